/**
 * `npm start`: LAMA's main job on this host, no root, no configuration.
 *
 * grand runs in this process (`startGrand`, as `grand serve --pools FILE
 * --reallocate live` does) with two pools: `front`, one dispatcher node, and
 * `relays`, stream servers behind it reallocated by the paper's Algorithm 1.
 * Four agents run as real processes (demo/demo-agent.ts: `lama run` with the
 * seams a single host needs), each on its own loopback address: front on
 * 127.0.0.10, relay-1..3 on 127.0.0.11..13; discovery is multicast on loopback
 * (127.0.0.1 is both the sending interface and the group membership, which
 * needs no root). The listener generator (test/tools/listeners.ts) then plays
 * listeners through the dispatcher: up, held, down. Every 2 s one line shows
 * the demand grand measures, the capacity allocated, the nodes serving and each
 * node's listeners (the dispatcher's sessions), and under it what grand did:
 * a relay supplemented (started, listed in the dispatcher, taking the new
 * listeners), then one drained and released.
 *
 * Which programs: the relays are always the project's own small stream server
 * (demo/stream-server.ts, under the `process` adaptor), because every node here
 * shares one loopback and a node's load is read from its server's own byte
 * counter. The dispatcher is the project's own small one (demo/demo-dispatcher.ts)
 * unless `--real` is given and haproxy is installed: then it is Debian's haproxy
 * through the haproxy-dispatcher adaptor. The output says which.
 *
 *   npm start [-- --real] [-- --forever]
 *
 * Ends by itself after about 40 s; `--forever` keeps the pool up (listeners
 * held at the peak) until Ctrl-C. Everything it started is stopped on exit,
 * Ctrl-C included.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import dgram from "node:dgram";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { grandConfig, parsePoolsConfig, startGrand, type PoolReport, type RunningGrand } from "../grand/index.ts";
import { formatPoolKey } from "../runtime/wire/index.ts";
import { parseRamp, runListeners } from "../test/tools/listeners.ts";

const root = resolve(import.meta.dir, "..");
const argv = process.argv.slice(2);
const forever = argv.includes("--forever");
const wantReal = argv.includes("--real");
const HAPROXY = "/usr/sbin/haproxy";
const bun = process.execPath;

/** The stream rate, and what one relay's link is counted as: about 7 listeners fill 90 % of it. */
const STREAM_BPS = 128_000;
const NODE_CAPACITY_BPS = 1_000_000;
/**
 * Listeners over time (seconds:listeners): 6 pass 65 % of one relay, and are held
 * while a second relay is supplemented; the 3 that come next land on it (the
 * dispatcher sends a new listener to the ready relay with the fewest); 9 fit two
 * relays, 2 fit one.
 */
const RAMP = "0:0,5:6,12:6,15:9,21:9,24:2";
const RAMP_SECONDS = 33;
/** With --forever: up as above, then held at 9. */
const FOREVER_RAMP = "0:0,5:6,12:6,15:9";
const PRINT_MS = 2000;
const FRONT = { id: "front", address: "127.0.0.10" };
const RELAYS = [1, 2, 3].map((i) => ({ id: `relay-${i}`, address: `127.0.0.${10 + i}` }));

const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s`;
const say = (s: string) => console.log(`${since()}  ${s}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const children: ChildProcess[] = [];
const dir = mkdtempSync(join(tmpdir(), "lama-demo-"));
const stateDir = join(dir, "state");
let grand: RunningGrand | undefined;
let cleaned = false;

/** Kills what is left: agents, and any program an agent started that outlived it (from its run records). */
function killAll(): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  if (!existsSync(stateDir)) return;
  for (const node of readdirSync(stateDir)) {
    for (const adaptor of readdirSync(join(stateDir, node))) {
      const record = join(stateDir, node, adaptor, "run.json");
      if (!existsSync(record)) continue;
      try {
        process.kill(-(JSON.parse(readFileSync(record, "utf8")) as { pgid: number }).pgid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
}

/** Stops the agents (each stops its programs), then anything left, then grand; removes the temp dir. */
async function shutdown(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
  const deadline = Date.now() + 5000;
  while (children.some((c) => c.exitCode === null && c.signalCode === null) && Date.now() < deadline) await sleep(100);
  killAll();
  await grand?.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.on("exit", () => {
  if (!cleaned) killAll();
  rmSync(dir, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.log(`\n${since()}  ${signal}: stopping everything the demo started`);
    void shutdown().finally(() => process.exit(130));
  });
}

/** A UDP port free on loopback, so the demo never meets a real pool's group port. */
async function freeUdpPort(): Promise<number> {
  const s = dgram.createSocket("udp4");
  await new Promise<void>((r) => s.bind(0, "127.0.0.1", () => r()));
  const port = s.address().port;
  s.close();
  return port;
}

/** A TCP port free on every one of the addresses. */
function freeTcpPort(addresses: string[]): number {
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = Bun.listen({ hostname: addresses[0]!, port: 0, socket: { data() {} } });
    const port = first.port;
    const others: { stop(b: boolean): void }[] = [];
    try {
      for (const a of addresses.slice(1)) others.push(Bun.listen({ hostname: a, port, socket: { data() {} } }));
      return port;
    } catch {
      // taken on another address: try another
    } finally {
      first.stop(true);
      for (const o of others) o.stop(true);
    }
  }
  throw new Error(`no TCP port free on all of ${addresses.join(", ")}`);
}

function startAgent(id: string, args: string[]): ChildProcess {
  const child = spawn(bun, [join(root, "demo/demo-agent.ts"), ...args], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  children.push(child);
  let buf = "";
  child.stderr!.on("data", (d: Buffer) => {
    buf += d.toString();
    let i;
    while ((i = buf.indexOf("\n")) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      // JSON log lines are the agent's events; anything else is an error worth showing.
      if (!line.startsWith("{") && line.trim()) say(`${id}: ${line}`);
    }
  });
  child.on("exit", (code, signal) => {
    if (!cleaned) say(`${id}'s agent exited (${signal ?? `code ${code}`})`);
  });
  return child;
}

/** Per-backend sessions from a dispatcher's Status detail (both dispatchers write haproxy's words). */
function sessionsByNode(detail: string): Map<string, { status: string; sessions: number }> {
  const out = new Map<string, { status: string; sessions: number }>();
  for (const m of detail.matchAll(/(?:^|; )([\w.-]+) \S+ w\d+ ([^:;]+): (\d+) sessions/g)) out.set(m[1]!, { status: m[2]!, sessions: Number(m[3]) });
  return out;
}

/** An action line, shorter: addresses and ports out of backend lists, reasons kept. */
function brief(a: PoolReport["lastActions"][number]): string {
  const action = a.action.replace(/@[\d.]+:\d+/g, "").replace(/ \(start [^)]*\)/, "");
  return `${action} → ${a.outcome.replace(/@[\d.]+:\d+/g, "")}`;
}

async function main(): Promise<void> {
  const realHaproxy = wantReal && existsSync(HAPROXY);
  mkdirSync(stateDir, { mode: 0o700 });
  const keyFile = join(dir, "pool.key");
  writeFileSync(keyFile, formatPoolKey(randomBytes(32)) + "\n", { mode: 0o600 });
  const groupPort = await freeUdpPort();
  const frontPort = freeTcpPort([FRONT.address]);
  const relayPort = freeTcpPort(RELAYS.map((r) => r.address));

  console.log("LAMA's main job on this host: traffic follows reallocation (npm start)\n");
  console.log(`  grand          this process; pools 'front' (the dispatcher) and 'relays' (Algorithm 1: supplement above 65 %, release below 50 %)`);
  console.log(`  front          ${FRONT.address}:${frontPort}  ${realHaproxy
    ? `haproxy (the real daemon, ${HAPROXY}) through the haproxy-dispatcher adaptor, backends changed live over its runtime API`
    : `the project's own small dispatcher (demo/demo-dispatcher.ts) — a stand-in for haproxy${wantReal ? ` (--real asked, but ${HAPROXY} is not installed)` : "; `npm start -- --real` uses haproxy when installed"}`}`);
  console.log(`  relay-1..3     ${RELAYS.map((r) => r.address).join(", ")} port ${relayPort}  the project's own small stream server (demo/stream-server.ts), a stand-in for icecast,`);
  console.log(`                 ${STREAM_BPS / 1000} kbit/s per listener, each node's link counted as ${NODE_CAPACITY_BPS / 1e6} Mbit/s; started and stopped by grand through the process adaptor`);
  console.log(`  listeners      the listener generator (test/tools/listeners.ts) through the dispatcher: ${RAMP} (seconds:listeners)`);
  console.log(`  discovery      multicast on loopback, group port ${groupPort}; temp dir ${dir}\n`);

  const pools = parsePoolsConfig(JSON.stringify([
    { name: "front", role: "dispatcher", adaptor: "dispatcher", serverParams: { port: String(frontPort), bind: FRONT.address, ...(realHaproxy ? { balance: "leastconn", slots: "4" } : {}) },
      minNodes: 1, maxNodes: 1, periodMs: 1000, leadTimeMs: 0 },
    {
      name: "relays", role: "relay", adaptor: "stream", policy: "threshold", serverParams: { port: String(relayPort) },
      nodeCapacityBps: NODE_CAPACITY_BPS, upperThreshold: 0.65, lowerThreshold: 0.5, minNodes: 1, maxNodes: 3,
      leadTimeMs: 0, cooldownMs: 5000, periodMs: 1000, drainMs: 3000,
      dispatcher: { role: "dispatcher", adaptor: "dispatcher" },
    },
  ]), "the demo's pools");
  grand = await startGrand(grandConfig({
    keyFiles: [keyFile], interfaces: ["127.0.0.1"], groupPort, port: 0, http: { address: "127.0.0.1", port: 0 }, apiTokenFile: null, pools, reallocate: "live",
  }), { log: { event() {} } });
  say(`grand is up: dashboard ${grand.http}/ , pools ${grand.http}/api/pools`);

  const common = ["--key-file", keyFile, "--interface", "127.0.0.1", "--group-port", String(groupPort), "--log-format", "json", "--sample-ms", "1000", "--state-dir", stateDir];
  const frontAdaptors = join(dir, "front.adaptors.json");
  writeFileSync(frontAdaptors, JSON.stringify(realHaproxy ? [{ name: "dispatcher", type: "haproxy-dispatcher", stateDir: join(dir, "haproxy") }] : []));
  startAgent(FRONT.id, [...common, "--demo-address", FRONT.address, "--service-id", FRONT.id, "--role", "dispatcher", "--link-capacity-bps", "1000000000",
    "--adaptors", frontAdaptors, ...(realHaproxy ? [] : ["--demo-dispatcher", "dispatcher"])]);
  for (const r of RELAYS) {
    const stats = join(dir, `${r.id}.stats.json`);
    const file = join(dir, `${r.id}.adaptors.json`);
    writeFileSync(file, JSON.stringify([{
      name: "stream", type: "process", description: "the project's own small stream server",
      command: [bun, join(root, "demo/stream-server.ts"), "--port", "{port}", "--bind", "{bind}", "--rate-bps", String(STREAM_BPS), "--stats", stats],
      params: { port: { type: "port", required: true }, bind: { type: "host", default: r.address } },
      restart: "on-failure", stopTimeoutMs: 3000, ready: { tcpPort: "{port}", host: "{bind}" },
    }]));
    startAgent(r.id, [...common, "--demo-address", r.address, "--demo-load-file", stats, "--service-id", r.id, "--role", "relay",
      "--link-capacity-bps", String(NODE_CAPACITY_BPS), "--adaptors", file]);
  }
  say("four agents started (front, relay-1..3); grand finds them, starts the dispatcher and a first relay (each pool's minimum)");

  const relays = () => grand!.reallocator!.reports().find((p) => p.pool === "relays")!;
  const readyBy = Date.now() + 30_000;
  while (!relays().dispatchers[0]?.applied?.includes("/ready")) {
    if (Date.now() > readyBy) throw new Error(`the first relay was not ready in the dispatcher within 30 s; pools: ${JSON.stringify(grand.reallocator!.reports())}`);
    await sleep(200);
  }
  const shown = new Set<string>();
  const showActions = () => {
    for (const p of grand!.reallocator!.reports()) {
      for (const a of p.lastActions) {
        const key = `${a.atMs} ${a.action} ${a.outcome}`;
        if (shown.has(key) || a.action.includes("dispatch to")) continue;
        shown.add(key);
        console.log(`         ↳ ${brief(a)}`);
      }
    }
  };
  showActions();
  say(`${relays().dispatchers[0]!.applied!.split("@")[0]} serves and is ready in the dispatcher: listeners start (${forever ? FOREVER_RAMP : RAMP})`);

  const listeners = { clients: 0 };
  const peak = new Map<string, number>();
  const line = () => {
    const p = relays();
    const front = grand!.monitor.nodeState(FRONT.id)?.adaptors.find((a) => a.name === "dispatcher");
    const sessions = sessionsByNode(front?.detail ?? "");
    const capacity = p.members.length * NODE_CAPACITY_BPS;
    const perNode = RELAYS.map((r) => {
      const s = sessions.get(r.id);
      const member = p.members.find((m) => m.serviceId === r.id);
      const role = p.releasing.includes(r.id) ? "draining" : member ? (member.ready ? "" : "starting") : "";
      if (!s && !member && !p.releasing.includes(r.id)) return `${r.id} idle`;
      if (s) peak.set(r.id, Math.max(peak.get(r.id) ?? 0, s.sessions));
      return `${r.id} ${s?.sessions ?? 0}${role ? ` (${role})` : ""}`;
    });
    say(`demand ${(p.observedBps / 1e6).toFixed(2)} Mbit/s of ${(capacity / 1e6).toFixed(0)} allocated; serving ${p.members.filter((m) => m.ready).length}; ` +
      `listeners ${listeners.clients}: ${perNode.join(", ")}`);
    showActions();
  };
  const ticker = setInterval(line, PRINT_MS);
  const run = runListeners({
    url: `http://${FRONT.address}:${frontPort}/live`, mode: "stream", ramp: parseRamp(forever ? FOREVER_RAMP : RAMP),
    seconds: forever ? 1e9 : RAMP_SECONDS, maxClients: 50, periodMs: 2000, rateBps: 0, minBps: 0.9 * STREAM_BPS, leave: "newest",
    onPeriod: (q) => (listeners.clients = q.clients),
  });
  if (forever) say("--forever: listeners rise to 9 and stay; Ctrl-C stops everything");
  const report = await run;
  clearInterval(ticker);
  line();

  // What happened, from grand's own record.
  const acts = relays().lastActions;
  const underLoad = [...new Set(acts.filter((a) => a.action.includes("because SUM")).map((a) => /supplement (relay-\d)/.exec(a.action)?.[1]).filter((x): x is string => !!x))];
  const released = acts.filter((a) => /release relay-\d/.test(a.action) && a.outcome.startsWith("stopped")).map((a) => /release (relay-\d)/.exec(a.action)![1]!);
  console.log("");
  say(`summary: supplemented under load: ${underLoad.join(", ") || "none"}; ` +
    `most listeners per node: ${[...peak].map(([id, n]) => `${id} ${n}`).join(", ")}; released and stopped: ${released.join(", ") || "none"}; ` +
    `streams cut ${report.cuts}; listener-seconds below ${(0.9 * STREAM_BPS) / 1000} kbit/s: ${report.listenerSecondsBelow}`);
  say("done: stopping the agents (each stops its programs) and grand");
  await shutdown();
  process.exit(0);
}

main().catch(async (e) => {
  console.error(`demo failed: ${(e as Error).message}`);
  await shutdown();
  process.exit(1);
});
