/**
 * A pool whose traffic follows reallocation, in network namespaces with the
 * built binaries and the real daemons: grand (`--reallocate live`), a dispatcher
 * node running haproxy through the haproxy-dispatcher adaptor (pool `front`), a
 * pool of server nodes behind it, and a client namespace for the listener load
 * generator (test/tools/listeners.ts). Used by test/traffic.test.ts and
 * bench/traffic.ts; everything is removed by destroy(), daemons included
 * (NetnsWorld kills whatever is left in its namespaces).
 *
 * The web pool: nginx on each server node serving a 64 kB page. Each node counts
 * as `capacityBps` (`--link-capacity-bps`); the veths are not capped.
 *
 * The streaming pool (the paper's prototype): a source node (pool `source`, one
 * icecast in source mode, fed by test/tools/feeder.ts from the client
 * namespace), relay nodes (pool `relays`, icecast relaying `{pool:source}`), each
 * relay's egress capped with a token bucket (`tc tbf`) at `capacityBps`, which is
 * also the capacity it reports.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { binariesMissing, Cluster, Proc, ROOT, waitFor } from "./cluster.ts";
import { NetnsWorld, netnsUnavailable, type NodeNs } from "./netns.ts";

/** A pool as grand's /api/pools shows it (grand/reallocator.ts PoolReport). */
export interface PoolJson {
  pool: string;
  members: { serviceId: string; ready: boolean; txBps: number }[];
  idle: string[];
  releasing: string[];
  dispatchers: { serviceId: string; applied: string | null; appliedAtMs: number | null; error: string | null }[];
  lastActions: { atMs: number; action: string; outcome: string }[];
}

/** The last line the listener generator prints. */
export interface ListenersSummary {
  listenerSecondsBelow: number;
  bytes: number;
  requests: number;
  errors: number;
  cuts: number;
  peakClients: number;
}

/** The dispatcher's port, on the dispatcher node. */
export const FRONT_PORT = 8000;
/** The web servers' port. */
export const WEB_PORT = 8080;
/** icecast's port on the source and relay nodes, and its mount. */
export const ICECAST_PORT = 8000;
export const MOUNT = "/live";
const SOURCE_PASSWORD = "lama-test-source";

/** Why a traffic world cannot run here, or undefined. */
export function trafficUnavailable(daemons: string[]): string | undefined {
  return netnsUnavailable() ?? binariesMissing() ?? daemons.filter((d) => !existsSync(d)).map((d) => `${d} is missing (install Debian's package)`)[0];
}

export interface WebPoolOptions {
  /** Web nodes (2 by default). */
  nodes?: number;
  capacityBps?: number;
  policy?: "threshold" | "ar1" | "horizon";
  drainMs?: number;
  /** Pool period and sample period, ms. */
  periodMs?: number;
}

export interface StreamPoolOptions {
  /** Relay nodes (3 by default). */
  relays?: number;
  /** Each relay's egress cap and reported capacity, bit/s. */
  capacityBps?: number;
  policy?: "threshold" | "ar1" | "horizon";
  /** Algorithm 1's thresholds for the relays (defaults 0.9 / 0.8). */
  upperThreshold?: number;
  lowerThreshold?: number;
  drainMs?: number;
  periodMs?: number;
  leadTimeMs?: number;
  /** No release within this long of an action (default 10 s: Algorithm 1 without one cycles on the noisy signal). */
  cooldownMs?: number;
  /** The horizon rule's settings (docs/policy.md), for policy "horizon". */
  horizon?: Record<string, number>;
}

export class TrafficPool {
  grand!: Proc;
  /** The nodes of the reallocated pool (web or relay), in service id order (web-1, … / relay-1, …). */
  readonly servers: NodeNs[];
  readonly dispatcher: NodeNs;
  readonly client: NodeNs;
  /** The streaming pool's source node. */
  source?: NodeNs;
  feeder?: Proc;

  /** n0 grand, n1 dispatcher, then `extra` nodes (the source), the servers, and the client last. */
  private constructor(readonly world: NetnsWorld, readonly c: Cluster, extra = 0) {
    this.dispatcher = world.nodes[1]!;
    this.servers = world.nodes.slice(2 + extra, -1);
    this.client = world.nodes.at(-1)!;
  }

  /**
   * grand, a dispatcher node, a source node fed by the feeder, `relays` relay
   * nodes with capped egress and a client namespace; returns once a relay is
   * ready in the dispatcher.
   */
  static async stream(o: StreamPoolOptions = {}): Promise<TrafficPool> {
    const relays = o.relays ?? 3;
    const capacity = o.capacityBps ?? 2_000_000;
    const periodMs = o.periodMs ?? 1000;
    const world = NetnsWorld.create(relays + 4); // n0 grand, n1 dispatcher, n2 source, relays, clients
    const c = new Cluster(world);
    const t = new TrafficPool(world, c, 1);
    t.source = world.nodes[2]!;
    try {
      // icecast (its own user) reads its instance directory below the agents' state directory.
      chmodSync(c.dir, 0o755);
      mkdirSync(join(c.dir, "state"), { mode: 0o755 });
      for (const ns of t.servers) {
        const r = spawnSync("tc", ["-n", ns.name, "qdisc", "add", "dev", ns.iface, "root", "tbf", "rate", `${capacity}bit`, "burst", "16kb", "latency", "200ms"], { encoding: "utf8" });
        if (r.status !== 0) throw new Error(`tc tbf on ${ns.name} failed: ${r.stderr.trim()}`);
      }
      const pools = join(c.dir, "pools.json");
      writeFileSync(pools, JSON.stringify([
        { name: "front", role: "dispatcher", adaptor: "lb", serverParams: { port: String(FRONT_PORT), slots: "8", balance: "leastconn" }, minNodes: 1, maxNodes: 1, periodMs, leadTimeMs: 0 },
        { name: "source", role: "source", adaptor: "radio", serverParams: { port: String(ICECAST_PORT), mount: MOUNT, sourcePassword: SOURCE_PASSWORD },
          minNodes: 1, maxNodes: 1, periodMs, leadTimeMs: 0 },
        {
          name: "relays", role: "relay", adaptor: "radio", policy: o.policy ?? "threshold",
          serverParams: { port: String(ICECAST_PORT), mount: MOUNT, relayFrom: `{pool:source}:${ICECAST_PORT}${MOUNT}`, retrySeconds: "1" },
          nodeCapacityBps: capacity, upperThreshold: o.upperThreshold ?? 0.9, lowerThreshold: o.lowerThreshold ?? 0.8,
          minNodes: 1, maxNodes: relays, leadTimeMs: o.leadTimeMs ?? 0, cooldownMs: o.cooldownMs ?? 10_000, drainMs: o.drainMs ?? 3000, periodMs, ...(o.horizon ? { horizon: o.horizon } : {}),
          dispatcher: { role: "dispatcher", adaptor: "lb" },
        },
      ]));
      t.grand = await c.startGrand(world.nodes[0]!, ["--pools", pools, "--reallocate", "live"]);
      const state = ["--sample-ms", String(periodMs)];
      c.startAgent(t.dispatcher, "disp", ["--adaptors", t.adaptorFile("disp", { name: "lb", type: "haproxy-dispatcher" }),
        ...state, "--link-capacity-bps", "1000000000"], c.keyFile, ["dispatcher"]);
      const radio = t.adaptorFile("radio", { name: "radio", type: "icecast" });
      c.startAgent(t.source, "source-1", ["--adaptors", radio, ...state, "--link-capacity-bps", "1000000000"], c.keyFile, ["source"]);
      t.servers.forEach((ns, i) => c.startAgent(ns, `relay-${i + 1}`, ["--adaptors", radio, ...state, "--link-capacity-bps", String(capacity)], c.keyFile, ["relay"]));
      t.feeder = new Proc(world.spawn(t.client, [process.execPath, join(ROOT, "test/tools/feeder.ts"), "--to", `${t.source.address}:${ICECAST_PORT}`,
        "--mount", MOUNT, "--password", SOURCE_PASSWORD]), "feeder");
      let last: PoolJson | undefined;
      await waitFor(async () => {
        last = await t.pool("relays");
        return last?.dispatchers[0]?.applied?.endsWith("/ready") === true && last.members.length === 1;
      }, 60_000, () => `the first relay ready in the dispatcher; pool: ${JSON.stringify(last)}\nfeeder: ${t.feeder?.output}\ngrand:\n${t.grand.output}`);
      return t;
    } catch (e) {
      c.destroy();
      throw e;
    }
  }

  /** grand, a dispatcher node, `nodes` nginx nodes and a client namespace; returns once the pool has its first node in the dispatcher. */
  static async web(o: WebPoolOptions = {}): Promise<TrafficPool> {
    const nodes = o.nodes ?? 2;
    const world = NetnsWorld.create(nodes + 3); // n0 grand, n1 dispatcher, servers, clients
    const c = new Cluster(world);
    const t = new TrafficPool(world, c);
    try {
      const periodMs = o.periodMs ?? 1000;
      chmodSync(c.dir, 0o755); // nginx's workers (www-data) reach the document root and their temp files below it
      const root = join(c.dir, "www");
      mkdirSync(root, { mode: 0o755 });
      writeFileSync(join(root, "page.bin"), Buffer.alloc(65_536, 120), { mode: 0o644 });
      mkdirSync(join(c.dir, "nginx"), { mode: 0o755 }); // nginx's state directories, outside the agents' (0700) trees
      const pools = join(c.dir, "pools.json");
      writeFileSync(pools, JSON.stringify([
        { name: "front", role: "dispatcher", adaptor: "lb", serverParams: { port: String(FRONT_PORT), slots: "8" }, minNodes: 1, maxNodes: 1, periodMs, leadTimeMs: 0 },
        {
          name: "web", role: "web", adaptor: "web", policy: o.policy ?? "threshold", serverParams: { root, port: String(WEB_PORT) },
          nodeCapacityBps: o.capacityBps ?? 8_000_000, minNodes: 1, maxNodes: nodes, leadTimeMs: 0, cooldownMs: 0, drainMs: o.drainMs ?? 2000, periodMs,
          dispatcher: { role: "dispatcher", adaptor: "lb" },
        },
      ]));
      t.grand = await c.startGrand(world.nodes[0]!, ["--pools", pools, "--reallocate", "live"]);
      c.startAgent(t.dispatcher, "disp", ["--adaptors", t.adaptorFile("disp", { name: "lb", type: "haproxy-dispatcher" }),
        "--sample-ms", String(periodMs), "--link-capacity-bps", "1000000000"], c.keyFile, ["dispatcher"]);
      t.servers.forEach((ns, i) => {
        const id = `web-${i + 1}`;
        c.startAgent(ns, id, ["--adaptors", t.adaptorFile(id, { name: "web", type: "nginx", stateDir: join(c.dir, "nginx", id) }),
          "--sample-ms", String(periodMs), "--link-capacity-bps", String(o.capacityBps ?? 8_000_000)]);
      });
      let last: PoolJson | undefined;
      await waitFor(async () => {
        last = await t.pool("web");
        return last?.dispatchers[0]?.applied?.endsWith("/ready") === true && last.members.length === 1;
      }, 30_000, () => `the first web node ready in the dispatcher; pool: ${JSON.stringify(last)}\ngrand:\n${t.grand.output}`);
      return t;
    } catch (e) {
      c.destroy();
      throw e;
    }
  }

  private adaptorFile(name: string, entry: object): string {
    const p = join(this.c.dir, `${name}.adaptors.json`);
    writeFileSync(p, JSON.stringify([entry]));
    return p;
  }

  /** A pool's report from grand's API. */
  async pool(name: string): Promise<PoolJson | undefined> {
    return ((await this.c.api("/api/pools")).body as unknown as PoolJson[]).find((p) => p.pool === name);
  }

  /** The server namespace of a service id "web-N" / "relay-N". */
  nsOf(serviceId: string): NodeNs {
    return this.servers[Number(serviceId.split("-").at(-1)) - 1]!;
  }

  /** Starts the listener load generator in the client namespace, through the dispatcher. */
  listeners(name: string, args: { path: string; mode: "stream" | "requests"; ramp: string; seconds: number; rateBps: number; minBps?: number; periodMs?: number; leave?: "newest" | "oldest" | "random" }): Proc {
    return new Proc(this.world.spawn(this.client, [process.execPath, join(ROOT, "test/tools/listeners.ts"),
      "--url", `http://${this.dispatcher.address}:${FRONT_PORT}${args.path}`, "--mode", args.mode, "--ramp", args.ramp, "--seconds", String(args.seconds),
      "--rate-bps", String(args.rateBps), "--min-bps", String(args.minBps ?? 0), "--period-ms", String(args.periodMs ?? 1000), "--max-clients", "200", "--leave", args.leave ?? "newest"]), name);
  }

  /** The summary line of a finished listener generator. */
  static summary(p: Proc): ListenersSummary {
    const line = p.output.trim().split("\n").reverse().find((l) => l.startsWith('{"summary"'));
    if (!line) throw new Error(`${p.name} printed no summary:\n${p.output.slice(-2000)}`);
    return JSON.parse(line).summary;
  }

  destroy(): void {
    this.c.destroy();
  }
}
