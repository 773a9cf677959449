/**
 * A private boot network: one network namespace the test makes itself, holding
 * a bridge (198.18.0.1/24, multicast snooping off, a multicast route) and the
 * taps QEMU's NICs attach to. Every process the lab starts runs inside it with
 * `ip netns exec`, so nothing touches the machine's real interfaces.
 *
 * `destroy()` kills the lab's processes by pid (TERM, then KILL), waits for
 * them, and deletes the namespace, which takes the bridge and taps with it. It
 * is idempotent and also runs from a process "exit" hook, so a failed or timed
 * out test leaves nothing behind. Namespaces left by a run that was killed
 * outright carry its pid in their name and are swept by the next run.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { appendFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

/** Name prefix of every namespace this harness makes: lamaboot-<pid>-<n>. */
export const NETNS_PREFIX = "lamaboot-";
/** The bridge's address: grand, dnsmasq and the HTTP server listen here. */
export const LAB_HOST_IP = "198.18.0.1";
export const LAB_PREFIX_LEN = 24;
export const LAB_NETWORK = "198.18.0.0";
/** Addresses dnsmasq hands to the VMs. */
export const LAB_DHCP_RANGE = "198.18.0.100,198.18.0.199,255.255.255.0,1h";

let counter = 0;
const live = new Set<Lab>();
let hooked = false;

function sh(args: string[], what: string): SpawnSyncReturns<string> {
  const r = spawnSync(args[0]!, args.slice(1), { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${what}: '${args.join(" ")}' failed: ${(r.stderr || r.error?.message || "").trim()}`);
  return r;
}

/** A process the lab started; output is kept and also appended to a log file. */
export interface LabProcess {
  name: string;
  pid: number;
  proc: ReturnType<typeof Bun.spawn>;
  /** Writes to the process's stdin (only when spawned with stdin: true). */
  write(text: string): void;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  exited: Promise<number>;
}

export class Lab {
  readonly ns: string;
  readonly bridge = "br0";
  private taps = 0;
  private readonly procs: LabProcess[] = [];
  private destroyed = false;

  private constructor(readonly dir: string) {
    this.ns = `${NETNS_PREFIX}${process.pid}-${++counter}`;
  }

  /** Makes the namespace and bridge. `dir` is where config files and logs go. */
  static create(dir: string): Lab {
    if (!hooked) {
      hooked = true;
      process.on("exit", () => {
        for (const l of live) l.destroySync();
      });
    }
    sweepStaleNamespaces();
    mkdirSync(dir, { recursive: true });
    const lab = new Lab(dir);
    live.add(lab);
    try {
      sh(["ip", "netns", "add", lab.ns], "making the lab namespace");
      const x = (...a: string[]) => sh(["ip", "-n", lab.ns, ...a], "setting up the lab bridge");
      x("link", "set", "lo", "up");
      x("link", "add", lab.bridge, "type", "bridge", "mcast_snooping", "0", "stp_state", "0", "forward_delay", "0");
      x("addr", "add", `${LAB_HOST_IP}/${LAB_PREFIX_LEN}`, "dev", lab.bridge);
      x("link", "set", lab.bridge, "up");
      x("route", "add", "224.0.0.0/4", "dev", lab.bridge);
    } catch (e) {
      lab.destroySync();
      throw e;
    }
    return lab;
  }

  /** Adds a tap on the bridge for one VM NIC; returns its name. */
  addTap(): string {
    const tap = `tap${this.taps++}`;
    sh(["ip", "-n", this.ns, "tuntap", "add", "dev", tap, "mode", "tap"], "making a tap");
    sh(["ip", "-n", this.ns, "link", "set", tap, "master", this.bridge, "up"], "attaching the tap");
    return tap;
  }

  /** Starts `argv` inside the namespace; output goes to <dir>/<name>.log too. */
  spawn(name: string, argv: string[], opts: { onOutput?: (chunk: string) => void; stdin?: boolean } = {}): LabProcess {
    if (this.destroyed) throw new Error("lab already destroyed");
    const log = join(this.dir, `${name}.log`);
    const proc = Bun.spawn(["ip", "netns", "exec", this.ns, ...argv], { stdin: opts.stdin ? "pipe" : "ignore", stdout: "pipe", stderr: "pipe" });
    let text = "";
    const pump = async (s: ReadableStream<Uint8Array>) => {
      const dec = new TextDecoder();
      for await (const c of s) {
        const t = dec.decode(c, { stream: true });
        text += t;
        appendFileSync(log, t);
        opts.onOutput?.(t);
      }
    };
    const done = Promise.all([pump(proc.stdout as ReadableStream<Uint8Array>), pump(proc.stderr as ReadableStream<Uint8Array>)]);
    const write = (t: string) => {
      const sink = proc.stdin;
      if (!sink || typeof sink === "number") throw new Error(`${name} was not started with stdin`);
      sink.write(t);
      sink.flush();
    };
    const p: LabProcess = { name, pid: proc.pid, proc, write, output: () => text, exited: done.then(() => proc.exited) };
    this.procs.push(p);
    return p;
  }

  /** Kills every process the lab started and deletes the namespace. */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    for (const p of this.procs) p.proc.kill("SIGTERM");
    await Promise.race([Promise.all(this.procs.map((p) => p.proc.exited)), Bun.sleep(3000)]);
    for (const p of this.procs) if (p.proc.exitCode === null && p.proc.signalCode === null) p.proc.kill("SIGKILL");
    await Promise.race([Promise.all(this.procs.map((p) => p.proc.exited)), Bun.sleep(3000)]);
    this.destroySync();
  }

  /** The synchronous part of destroy(), safe inside an "exit" hook. */
  destroySync(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    live.delete(this);
    for (const p of this.procs) {
      try {
        process.kill(p.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    spawnSync("ip", ["netns", "del", this.ns]);
  }

  /** Whether the namespace still exists (tests check cleanup with it). */
  exists(): boolean {
    return listNamespaces().includes(this.ns);
  }
}

/** Names from `ip netns list`. */
export function listNamespaces(): string[] {
  const r = spawnSync("ip", ["netns", "list"], { encoding: "utf8" });
  return (r.stdout ?? "").split("\n").map((l) => l.split(" ")[0]!).filter(Boolean);
}

/** The pid in a lab namespace name, if it is one. Pure. */
export function labNamespacePid(name: string): number | undefined {
  const m = new RegExp(`^${NETNS_PREFIX}(\\d+)-\\d+$`).exec(name);
  return m ? Number(m[1]) : undefined;
}

/** Deletes lab namespaces whose creating process is gone (a run killed with SIGKILL). */
export function sweepStaleNamespaces(): void {
  for (const ns of listNamespaces()) {
    const pid = labNamespacePid(ns);
    if (pid === undefined || pid === process.pid) continue;
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (!alive) {
      // Processes still inside (a QEMU that outlived its test) hold the namespace; end them first.
      const pids = spawnSync("ip", ["netns", "pids", ns], { encoding: "utf8" }).stdout?.split("\n").filter(Boolean) ?? [];
      for (const p of pids) {
        try {
          process.kill(Number(p), "SIGKILL");
        } catch {
          // gone
        }
      }
      spawnSync("ip", ["netns", "del", ns]);
    }
  }
}
