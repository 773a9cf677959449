/**
 * A LAMA pool inside a NetnsWorld, run from the built single executables copied
 * alone into an empty directory (so the tests also prove they need nothing else).
 * grand's HTTP API listens on a unix socket, reachable from the test process
 * across namespaces; its POSTs carry the API token from `tokenFile`.
 */
import { type ChildProcess, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { eventStream, type EventJson as ApiEventJson, type NodeJson as ApiNodeJson } from "../../grand/index.ts";
import type { NetnsWorld, NodeNs } from "./netns.ts";

export const ROOT = resolve(import.meta.dir, "../..");
export const DIST = join(ROOT, "dist");

/** Why the built binaries cannot be used, or undefined. */
export function binariesMissing(): string | undefined {
  for (const b of ["lama", "grand"]) if (!existsSync(join(DIST, b))) return `dist/${b} is missing; run 'npm run build' (npm test does)`;
  return undefined;
}

/** A node as grand's API lists it (grand/api-views.ts). */
export type NodeJson = ApiNodeJson;

/** An event as the test process received it from grand's stream. */
export type EventJson = Pick<ApiEventJson, "seq" | "type" | "id"> & {
  /** performance.now() when the test process received it. */
  receivedAt: number;
};

export class Proc {
  output = "";
  readonly exited: Promise<number | null>;
  constructor(readonly child: ChildProcess, readonly name: string) {
    child.stdout!.on("data", (d: Buffer) => (this.output += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((r) => child.on("exit", (code) => r(code)));
  }
  kill(signal: NodeJS.Signals = "SIGKILL"): Promise<number | null> {
    this.child.kill(signal);
    return this.exited;
  }
}

export class Cluster {
  readonly dir: string;
  readonly keyFile: string;
  readonly socket: string;
  /** grand's API token (--api-token-file), sent with every API request. */
  readonly tokenFile: string;
  private readonly token: string;
  readonly bin: { lama: string; grand: string };
  events: EventJson[] = [];
  private eventAbort: AbortController | undefined;

  /**
   * `installed`: the build's native addons at ../lib/lama beside the binaries, as the boot
   * image installs them (loaded in place); without it the binaries stand alone and use their embedded copies.
   */
  constructor(readonly world: NetnsWorld, opts: { binDir?: string; installed?: boolean } = {}) {
    this.dir = mkdtempSync(join(tmpdir(), "lama-cluster-"));
    const binDir = opts.binDir ?? DIST;
    // The binaries, alone in an empty directory.
    const binHome = join(this.dir, "bin");
    spawnSync("mkdir", ["-p", binHome]);
    this.bin = { lama: join(binHome, "lama"), grand: join(binHome, "grand") };
    copyFileSync(join(binDir, "lama"), this.bin.lama);
    copyFileSync(join(binDir, "grand"), this.bin.grand);
    if (opts.installed) cpSync(join(binDir, "lib"), join(this.dir, "lib"), { recursive: true });
    spawnSync("chmod", ["755", this.bin.lama, this.bin.grand]);
    this.keyFile = join(this.dir, "pool.key");
    writeFileSync(this.keyFile, randomBytes(32).toString("base64") + "\n", { mode: 0o600 });
    this.socket = join(this.dir, "grand.sock");
    this.tokenFile = join(this.dir, "api.token");
    this.token = randomBytes(32).toString("hex");
    writeFileSync(this.tokenFile, this.token + "\n", { mode: 0o600 });
  }

  writeKey(name: string): string {
    const p = join(this.dir, name);
    writeFileSync(p, randomBytes(32).toString("base64") + "\n", { mode: 0o600 });
    return p;
  }

  /** Starts grand in a namespace and follows its events. */
  async startGrand(node: NodeNs, extra: string[] = [], env: Record<string, string> = {}): Promise<Proc> {
    rmSync(this.socket, { force: true });
    const p = new Proc(this.world.spawn(node, [this.bin.grand, "serve", "--key-file", this.keyFile, "--interface", node.address,
      "--http", `unix:${this.socket}`, "--api-token-file", this.tokenFile, "--id", "grand-test", ...extra], { cwd: this.dir, env }), "grand");
    await waitFor(async () => existsSync(this.socket) && (await this.tryJson("/healthz")) !== undefined, 15_000, () => `grand did not start:\n${p.output}`);
    this.followEvents();
    return p;
  }

  /** Starts lama in a namespace with the roles given (default: web). */
  startAgent(node: NodeNs, id: string, extra: string[] = [], keyFile = this.keyFile, roles = ["web"]): Proc {
    // The agent's state (crash-adoption records of the programs it starts) stays in the test's directory.
    return new Proc(this.world.spawn(node, [this.bin.lama, "run", "--key-file", keyFile, "--service-id", id, ...roles.flatMap((r) => ["--role", r]),
      "--state-dir", join(this.dir, "state"), ...extra],
      { cwd: this.dir }), id);
  }

  private followEvents(): void {
    this.eventAbort?.abort();
    const ctl = new AbortController();
    this.eventAbort = ctl;
    void (async () => {
      try {
        const res = await fetch("http://grand/api/events?since=0", { unix: this.socket, signal: ctl.signal });
        for await (const e of eventStream<ApiEventJson>(res.body!)) {
          this.events.push({ seq: e.seq, type: e.type, id: e.id, receivedAt: performance.now() });
        }
      } catch {
        // stream ended: grand stopped, or the test moved on
      }
    })();
  }

  async tryJson(path: string): Promise<unknown> {
    try {
      const res = await fetch(`http://grand${path}`, { unix: this.socket });
      return res.ok ? await res.json() : undefined;
    } catch {
      return undefined;
    }
  }

  /** Any API request over the unix socket; returns status and parsed JSON. */
  async api(path: string, init: RequestInit = {}): Promise<{ status: number; body: Record<string, unknown> }> {
    const headers = { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${this.token}` };
    const res = await fetch(`http://grand${path}`, { ...init, headers, unix: this.socket });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  /** POST /api/nodes/:id/ACTION with {adaptor, params}. */
  act(id: string, action: "start" | "stop" | "set", adaptor: string, params: Record<string, string> = {}) {
    return this.api(`/api/nodes/${id}/${action}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ adaptor, params }) });
  }

  async nodes(): Promise<NodeJson[]> {
    return ((await this.tryJson("/api/nodes")) as NodeJson[] | undefined) ?? [];
  }

  async ids(): Promise<string[]> {
    return (await this.nodes()).map((n) => n.id).sort();
  }

  async stats(): Promise<{ drops: Record<string, number>; accepted: number; announces: number; registers: number }> {
    return (await this.tryJson("/api/stats")) as never;
  }

  stopEvents(): void {
    this.eventAbort?.abort();
  }

  destroy(): void {
    this.stopEvents();
    this.world.destroy();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Polls until check() is true; throws with describe() after timeoutMs. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, describe: () => string = () => "condition"): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    if (await check()) return performance.now() - start;
    await Bun.sleep(20);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}`);
}
