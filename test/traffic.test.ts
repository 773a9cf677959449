/**
 * Traffic follows reallocation, with the built binaries and the real daemons in
 * network namespaces: grand (`--reallocate live`) runs a dispatcher pool
 * (haproxy through the haproxy-dispatcher adaptor) and a web pool (nginx) behind
 * it; real HTTP clients (test/tools/listeners.ts) in a client namespace go
 * through the dispatcher. As load rises a node is supplemented, listed in the
 * dispatcher once its nginx runs, and new requests land on it (bytes on its
 * interface); as load falls a node is drained, left out and stopped, and no
 * request fails on the way.
 *
 * Scale: each web node counts as 8 Mbit/s (`--link-capacity-bps`; the veths
 * are not capped here) and each client asks 1 Mbit/s of 64 kB pages, so nine
 * clients pass Algorithm 1's 90 % of one node and three fall below 80 % of one.
 * Pool periods and samples are 1 s, the lead time 0 and the drain 2 s, so the
 * test takes about a minute.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { binariesMissing, Cluster, Proc, ROOT, waitFor } from "./harness/cluster.ts";
import { NetnsWorld, netnsUnavailable, type NodeNs } from "./harness/netns.ts";

const DAEMONS = ["/usr/sbin/haproxy", "/usr/sbin/nginx"];
const skip = netnsUnavailable() ?? binariesMissing() ?? DAEMONS.filter((d) => !existsSync(d)).map((d) => `${d} is missing (apt-get install haproxy nginx)`)[0];
if (skip) console.log(`skipping traffic namespace test: ${skip}`);

const CAPACITY_BPS = 8_000_000;
const CLIENT_BPS = 1_000_000;
const tool = (name: string) => join(ROOT, "test/tools", name);

interface PoolReport {
  pool: string;
  members: { serviceId: string; ready: boolean; txBps: number }[];
  releasing: string[];
  dispatchers: { serviceId: string; applied: string | null; appliedAtMs: number | null }[];
  lastActions: { atMs: number; action: string; outcome: string }[];
}

interface Summary {
  listenerSecondsBelow: number;
  bytes: number;
  requests: number;
  errors: number;
  cuts: number;
}

describe.skipIf(!!skip)("traffic follows reallocation: a web pool behind haproxy (built binaries, real daemons)", () => {
  let world: NetnsWorld;
  let c: Cluster;
  let grand: Proc;
  let web: NodeNs[];
  let dispatcherNs: NodeNs;
  let clientNs: NodeNs;

  beforeAll(async () => {
    world = NetnsWorld.create(5); // n0 grand, n1 dispatcher, n2-n3 web nodes, n4 clients
    c = new Cluster(world);
    [dispatcherNs, web, clientNs] = [world.nodes[1]!, [world.nodes[2]!, world.nodes[3]!], world.nodes[4]!];
    chmodSync(c.dir, 0o755); // nginx's workers (www-data) reach the document root and their temp files below it
    const root = join(c.dir, "www");
    mkdirSync(root, { mode: 0o755 });
    writeFileSync(join(root, "page.bin"), Buffer.alloc(65_536, 120), { mode: 0o644 });
    mkdirSync(join(c.dir, "state"), { mode: 0o755 });
    const adaptorFile = (name: string, entry: object) => {
      const p = join(c.dir, `${name}.adaptors.json`);
      writeFileSync(p, JSON.stringify([entry]));
      return p;
    };
    const pools = join(c.dir, "pools.json");
    writeFileSync(pools, JSON.stringify([
      { name: "front", role: "dispatcher", adaptor: "lb", serverParams: { port: "8000", slots: "4" }, minNodes: 1, maxNodes: 1, periodMs: 1000, leadTimeMs: 0 },
      {
        name: "web", role: "web", adaptor: "web", policy: "threshold", serverParams: { root, port: "8080" },
        nodeCapacityBps: CAPACITY_BPS, minNodes: 1, maxNodes: 2, leadTimeMs: 0, cooldownMs: 0, drainMs: 2000, periodMs: 1000,
        dispatcher: { role: "dispatcher", adaptor: "lb" },
      },
    ]));
    grand = await c.startGrand(world.nodes[0]!, ["--pools", pools, "--reallocate", "live"]);
    c.startAgent(dispatcherNs, "disp", ["--adaptors", adaptorFile("disp", { name: "lb", type: "haproxy-dispatcher", stateDir: join(c.dir, "state/lb") }),
      "--sample-ms", "1000", "--link-capacity-bps", "1000000000"], c.keyFile, ["dispatcher"]);
    web.forEach((ns, i) => {
      const id = `web-${i + 1}`;
      c.startAgent(ns, id, ["--adaptors", adaptorFile(id, { name: "web", type: "nginx", stateDir: join(c.dir, "state", id) }),
        "--sample-ms", "1000", "--link-capacity-bps", String(CAPACITY_BPS)]);
    });
  }, 60_000);

  afterAll(() => c?.destroy());

  const pools = async () => (await c.api("/api/pools")).body as unknown as PoolReport[];
  const webPool = async () => (await pools()).find((p) => p.pool === "web")!;
  const nsOf = (id: string) => web[Number(id.split("-")[1]) - 1]!;
  const listeners = (name: string, ramp: string, seconds: number) =>
    new Proc(world.spawn(clientNs, [process.execPath, tool("listeners.ts"), "--url", `http://${dispatcherNs.address}:8000/page.bin`, "--mode", "requests",
      "--ramp", ramp, "--seconds", String(seconds), "--rate-bps", String(CLIENT_BPS), "--min-bps", "0", "--period-ms", "1000"]), name);
  const summary = (p: Proc): Summary => JSON.parse(p.output.trim().split("\n").at(-1)!).summary;

  test("the dispatcher is started and lists the pool's first node once its nginx serves", async () => {
    let last: PoolReport | undefined;
    await waitFor(async () => {
      last = await webPool();
      return last.dispatchers[0]?.applied?.endsWith("/8/ready") === true && last.members.length === 1;
    }, 30_000, () => `the first node ready in the dispatcher; pool: ${JSON.stringify(last)}\ngrand:\n${grand.output}`);
    const member = last!.members[0]!.serviceId;
    expect(last!.dispatchers[0]!.applied).toBe(`${member}@${nsOf(member).address}:8080/8/ready`);
    const res = await fetchFrom(clientNs, `http://${dispatcherNs.address}:8000/page.bin`);
    expect(res).toBe(65_536);
  }, 40_000);

  test("rising load supplements a node that joins the dispatcher and takes requests; falling load drains, leaves out and stops one; no request fails", async () => {
    const first = (await webPool()).members[0]!.serviceId;
    const second = first === "web-1" ? "web-2" : "web-1";
    const base = listeners("base", "0:3", 32); // 3 Mbit/s throughout, past the release
    const surge = listeners("surge", "0:0,2:6", 18); // 6 Mbit/s more for 18 s: 9 Mbit/s > 0.9 × 8
    const t0 = performance.now();
    // The decision, as seen by polling the API every 100 ms, then the new node's first 100 kB.
    let decidedAt = 0;
    let p: PoolReport | undefined;
    await waitFor(async () => {
      p = await webPool();
      return p.lastActions.some((a) => a.action.includes(`supplement ${second}`));
    }, 15_000, () => `a supplement; pool: ${JSON.stringify(p)}\ngrand:\n${grand.output}`);
    decidedAt = performance.now();
    const tx0 = world.txBytes(nsOf(second));
    await waitFor(() => world.txBytes(nsOf(second)) - tx0 > 100_000, 10_000, () => `bytes from ${second}`);
    const carriesMs = performance.now() - decidedAt;
    await waitFor(async () => (p = await webPool()).dispatchers[0]!.applied?.includes(`${second}@${nsOf(second).address}:8080/8/ready`) === true, 5000,
      () => `${second} ready in the list; pool: ${JSON.stringify(p)}`);
    const supplement = p!.lastActions.find((a) => a.action.includes(`supplement ${second}`) && a.outcome === "starting")!;
    const readySet = p!.lastActions.find((a) => a.action.includes(`${second}@`) && a.action.includes(`${second}@${nsOf(second).address}:8080/8/ready`) && a.outcome === "applied")!;
    const maintSet = p!.lastActions.find((a) => a.action.includes(`${second}@${nsOf(second).address}:8080/8/maint`) && a.outcome === "applied");
    expect(maintSet).toBeDefined(); // listed in maint while nginx started
    expect(maintSet!.atMs).toBeLessThanOrEqual(readySet.atMs);

    // Both nodes carry the surge now: new requests land on the new one by weight.
    const before = [world.txBytes(nsOf(first)), world.txBytes(nsOf(second))];
    await Bun.sleep(4000);
    const moved = [world.txBytes(nsOf(first)) - before[0]!, world.txBytes(nsOf(second)) - before[1]!];
    expect(moved[1]!).toBeGreaterThan(1_000_000); // > 2 Mbit/s over 4 s on the new node
    expect(moved[0]!).toBeGreaterThan(1_000_000);

    // The surge ends: 3 Mbit/s < 0.8 × (16 − 8) releases the less loaded node: drain, 2 s, left out, stopped.
    await surge.exited;
    await waitFor(async () => (p = await webPool()).lastActions.some((a) => a.action.includes("release") && a.outcome.startsWith("stopped")), 20_000,
      () => `a release; pool: ${JSON.stringify(p)}\ngrand:\n${grand.output}`);
    const released = /release (web-\d)/.exec(p!.lastActions.find((a) => a.action.includes("release") && a.outcome.startsWith("stopped"))!.action)![1]!;
    const releasedAt = p!.lastActions.find((a) => a.action.includes(`release ${released}`))!.atMs;
    const steps = p!.lastActions.filter((a) => a.atMs >= releasedAt && (a.action.includes(`release ${released}`) || a.action.includes(" backends=")))
      .map((a) => a.action.includes("release")
        ? `release: ${a.outcome.split(":")[0]}`
        : `${new RegExp(`${released}@[^,]*/(\\w+)(,|$)`).exec(a.action)?.[1] ?? "out"}: ${a.outcome.split(":")[0]}`);
    expect(steps).toEqual([
      "release: draining 2000 ms", "drain: applied", "release: drain accepted by the dispatcher; stop in 2000 ms", "out: applied", "release: stopped",
    ]);
    const remaining = released === first ? second : first;
    expect(p!.dispatchers[0]!.applied).toBe(`${remaining}@${nsOf(remaining).address}:8080/8/ready`);
    await base.exited;
    const b = summary(base);
    const s = summary(surge);
    expect(b.errors + s.errors).toBe(0); // no request failed through the supplement and the release
    expect(b.requests).toBeGreaterThan(100);
    const setLatency = readySet.atMs - supplement.atMs;
    console.log(`web pool: supplement decided → ${second} carries load (100 kB on its interface): ${carriesMs.toFixed(0)} ms; ` +
      `decision → dispatcher Set with it ready applied: ${setLatency} ms (nginx start included); ` +
      `${b.requests + s.requests} requests, ${b.errors + s.errors} failed; whole step ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }, 90_000);
});

/** Bytes of one GET made from inside a namespace (curl). */
async function fetchFrom(ns: NodeNs, url: string): Promise<number> {
  const r = Bun.spawnSync(["ip", "netns", "exec", ns.name, "curl", "-s", "-o", "/dev/null", "-w", "%{size_download}", "--max-time", "5", url]);
  return Number(r.stdout.toString());
}
