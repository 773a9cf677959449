/**
 * Network-namespace test world: a bridge in a switch namespace of its own, and
 * one namespace per node joined to it by a veth pair, with addresses from
 * 198.18.0.0/15 and a multicast route. Nothing is created in the machine's own
 * namespace and the bridge has no uplink, so no packet can leave the machine.
 *
 * Everything is removed by destroy(), on process exit and on SIGINT/SIGTERM, and
 * namespaces left by a crashed earlier run (whose pid is gone) are swept first.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";

const PREFIX = "lamat";

/** Why namespace tests cannot run here, or undefined when they can. */
export function netnsUnavailable(): string | undefined {
  if (process.platform !== "linux") return "network namespaces need Linux";
  if (process.getuid?.() !== 0) return "network namespace tests need root (CI runs as root)";
  if (spawnSync("ip", ["-V"]).status !== 0) return "the 'ip' command (iproute2) is missing";
  return undefined;
}

function ip(args: string[], allowFail = false): string {
  const r = spawnSync("ip", args, { encoding: "utf8" });
  if (r.status !== 0 && !allowFail) throw new Error(`ip ${args.join(" ")} failed: ${r.stderr.trim()}`);
  return r.stdout;
}

/** Removes namespaces made by test processes that no longer exist. */
export function sweepStale(): void {
  for (const line of ip(["netns", "list"], true).split("\n")) {
    const name = line.split(" ")[0] ?? "";
    const m = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (!alive) ip(["netns", "del", name], true);
  }
}

export interface NodeNs {
  name: string;
  /** e.g. 198.18.0.2 */
  address: string;
  /** Interface inside the namespace. */
  iface: string;
}

const live = new Set<NetnsWorld>();
let hooked = false;
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  const all = () => {
    for (const w of live) w.destroy();
  };
  process.on("exit", all);
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      all();
      process.exit(130);
    });
  }
}

export class NetnsWorld {
  readonly switchNs: string;
  readonly nodes: NodeNs[] = [];
  private readonly procs = new Set<ChildProcess>();
  private destroyed = false;
  private static counter = 0;

  private constructor(readonly tag: string) {
    this.switchNs = `${tag}-sw`;
  }

  /** Makes a switch and `count` node namespaces: node i has 198.18.0.(i+1)/15. */
  static create(count: number): NetnsWorld {
    sweepStale();
    hookExit();
    const w = new NetnsWorld(`${PREFIX}${process.pid}-${NetnsWorld.counter++}`);
    live.add(w);
    try {
      ip(["netns", "add", w.switchNs]);
      ip(["-n", w.switchNs, "link", "set", "lo", "up"]);
      ip(["-n", w.switchNs, "link", "add", "br0", "type", "bridge", "mcast_snooping", "0"]);
      ip(["-n", w.switchNs, "link", "set", "br0", "up"]);
      for (let i = 0; i < count; i++) w.addNode();
    } catch (e) {
      w.destroy();
      throw e;
    }
    return w;
  }

  /** Adds one more node namespace to the bridge. */
  addNode(): NodeNs {
    const i = this.nodes.length;
    const name = `${this.tag}-n${i}`;
    const address = `198.18.${Math.floor((i + 1) / 250)}.${((i + 1) % 250) + 1}`;
    ip(["netns", "add", name]);
    ip(["-n", this.switchNs, "link", "add", `p${i}`, "type", "veth", "peer", "name", "eth0", "netns", name]);
    ip(["-n", this.switchNs, "link", "set", `p${i}`, "master", "br0", "up"]);
    ip(["-n", name, "link", "set", "lo", "up"]);
    ip(["-n", name, "addr", "add", `${address}/15`, "dev", "eth0"]);
    ip(["-n", name, "link", "set", "eth0", "up"]);
    ip(["-n", name, "route", "add", "224.0.0.0/4", "dev", "eth0"]);
    const node = { name, address, iface: "eth0" };
    this.nodes.push(node);
    return node;
  }

  /** Runs `ip -n NS ...` (for route changes in a test). */
  ip(node: NodeNs, args: string[]): string {
    return ip(["-n", node.name, ...args]);
  }

  /** Runs a program inside a node's namespace; it is killed by destroy(). */
  spawn(node: NodeNs, argv: string[], opts: { env?: Record<string, string>; cwd?: string } = {}): ChildProcess {
    const child = spawn("ip", ["netns", "exec", node.name, ...argv], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...opts.env },
      cwd: opts.cwd,
    });
    this.procs.add(child);
    child.on("exit", () => this.procs.delete(child));
    return child;
  }

  /** Bytes the node has sent on its interface (its veth's kernel counter). */
  txBytes(node: NodeNs): number {
    const r = spawnSync("ip", ["netns", "exec", node.name, "cat", `/sys/class/net/${node.iface}/statistics/tx_bytes`], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`reading ${node.name}'s tx_bytes failed: ${r.stderr.trim()}`);
    return Number(r.stdout.trim());
  }

  /** Kills every process and removes every namespace; safe to call twice. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const p of this.procs) p.kill("SIGKILL");
    // Also every process the agents started (adaptors run programs in their own process groups,
    // which outlive a SIGKILLed agent): whatever still runs inside the namespaces.
    for (const n of [...this.nodes.map((x) => x.name), this.switchNs]) {
      for (const pid of ip(["netns", "pids", n], true).split(/\s+/).filter(Boolean)) {
        try {
          process.kill(Number(pid), "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
    for (const n of this.nodes) ip(["netns", "del", n.name], true);
    ip(["netns", "del", this.switchNs], true);
    live.delete(this);
  }
}
