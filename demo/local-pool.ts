/**
 * `npm start`: a local LAMA pool on this host, no root and no configuration.
 *
 * Generates a fresh pool key into a temp dir, starts grand in this process
 * (`startGrand`, as `grand serve` does) and three agents as real processes
 * (`lama run`, so one can lose power), with discovery on loopback multicast
 * (127.0.0.1 is both the sending interface and the group membership, which
 * needs no root), then shows
 * the nodes joining and opening their control channels, their live load from
 * telemetry, grand starting, reconfiguring and stopping a program on one node
 * through its process adaptor, one node losing power (SIGKILL) and expiring, and
 * one leaving cleanly (cancel). Ends by itself after about 25 s; `--forever`
 * keeps the pool running until Ctrl-C.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import dgram from "node:dgram";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { eventStream, grandConfig, startGrand, type EventJson, type NodeJson } from "../grand/index.ts";
import { formatPoolKey } from "../runtime/wire/index.ts";

const root = resolve(import.meta.dir, "..");
const forever = process.argv.includes("--forever");
const bun = process.execPath;
const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s`;
const say = (s: string) => console.log(`${since()}  ${s}`);

const children: ChildProcess[] = [];
let stopGrand: () => Promise<void> = async () => {};
const dir = mkdtempSync(join(tmpdir(), "lama-demo-"));
let cleaned = false;
function cleanup(): void {
  if (cleaned) return;
  cleaned = true;
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
}
process.on("exit", cleanup);
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

/** A free TCP port on loopback for the demo's web program. */
async function freeTcpPort(): Promise<number> {
  const s = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { data() {} } });
  const port = s.port;
  s.stop(true);
  return port;
}

/** A free UDP port on loopback, so the demo never meets a real pool's group port. */
async function freeUdpPort(): Promise<number> {
  const s = dgram.createSocket("udp4");
  await new Promise<void>((r) => s.bind(0, "127.0.0.1", () => r()));
  const port = s.address().port;
  s.close();
  return port;
}

function start(name: string, args: string[], onLine?: (line: string) => void): ChildProcess {
  const child = spawn(bun, args, { cwd: root, stdio: ["ignore", "inherit", "pipe"] });
  children.push(child);
  let buf = "";
  child.stderr!.on("data", (d: Buffer) => {
    buf += d.toString();
    let i;
    while ((i = buf.indexOf("\n")) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      onLine?.(line);
      if (!line.startsWith("{")) say(`${name}: ${line}`);
    }
  });
  return child;
}

async function main(): Promise<void> {
  const keyFile = join(dir, "pool.key");
  writeFileSync(keyFile, formatPoolKey(randomBytes(32)) + "\n", { mode: 0o600 });
  // The API token grand requires on every POST (what 'grand token > api.token' makes).
  const tokenFile = join(dir, "api.token");
  const token = randomBytes(32).toString("hex");
  writeFileSync(tokenFile, token + "\n", { mode: 0o600 });
  const groupPort = await freeUdpPort();
  const webPort = await freeTcpPort();
  // demo-node-1 can run one program: a tiny web server, behind the process adaptor.
  const adaptorFile = join(dir, "adaptors.json");
  writeFileSync(adaptorFile, JSON.stringify([{
    name: "web",
    type: "process",
    command: [bun, join(root, "demo/hello-server.ts"), "{port}", "{greeting}"],
    params: { port: { type: "port", default: String(webPort) }, greeting: { type: "string", default: "hello", pattern: "^[a-z]{1,20}$" } },
    restart: "on-failure",
    stopTimeoutMs: 3000,
    ready: { tcpPort: "{port}" },
  }], null, 2));
  console.log(`LAMA local pool demo — key ${keyFile}, discovery on 127.0.0.1 multicast, group port ${groupPort}\n`);

  // grand runs in this process, assembled as `grand serve` would be; its log lines stay quiet.
  const grand = await startGrand(grandConfig({
    keyFiles: [keyFile], interfaces: ["127.0.0.1"], groupPort, port: 0, http: { address: "127.0.0.1", port: 0 }, apiTokenFile: tokenFile,
  }), { log: { event() {} } });
  stopGrand = () => grand.stop();
  const api = grand.http!;
  say(`grand is up: dashboard at ${api}/ , API at ${api}/api/nodes`);

  const follow = fetch(`${api}/api/events`).then(async (res) => {
    for await (const e of eventStream<EventJson>(res.body!)) {
      const roles = e.node.attributes.roles.join(",");
      if (e.type === "registered") {
        const started = startedAt.get(e.id);
        say(`event #${e.seq}: ${e.id} registered (${roles})${started ? ` ${Date.now() - started} ms after its process started` : ""}`);
      } else if (e.type === "expired") {
        const killed = killedAt.get(e.id);
        say(`event #${e.seq}: ${e.id} EXPIRED — lease ran out${killed ? `, ${Date.now() - killed} ms after it lost power` : ""}`);
      } else {
        say(`event #${e.seq}: ${e.id} ${e.type}`);
      }
    }
  }).catch(() => {});

  const startedAt = new Map<string, number>();
  const killedAt = new Map<string, number>();
  const agents = new Map<string, ChildProcess>();
  const roles = ["streaming", "streaming", "dispatcher"];
  for (let i = 1; i <= 3; i++) {
    const id = `demo-node-${i}`;
    startedAt.set(id, Date.now());
    agents.set(id, start(id, ["runtime/lama-main.ts", "run", "--key-file", keyFile, "--interface", "127.0.0.1", "--group-port", String(groupPort),
      "--service-id", id, "--role", roles[i - 1]!, "--hostname", `demo-host-${i}`, "--attr", `rack=demo`, "--log-format", "json",
      "--sample-ms", "1000", "--link-capacity-bps", "100000000", ...(i === 1 ? ["--adaptors", adaptorFile] : [])]));
  }

  const table = async () => {
    const nodes = (await (await fetch(`${api}/api/nodes`)).json()) as NodeJson[];
    say(`nodes (${nodes.length}):${nodes.length ? "" : " none"}`);
    for (const n of nodes) {
      const l = n.load;
      const load = l ? `rx ${(l.rxBps / 1e3).toFixed(1)} kb/s, tx ${(l.txBps / 1e3).toFixed(1)} kb/s, cpu ${(l.cpuBusy * 100).toFixed(0)}%` : "no telemetry yet";
      console.log(`         ${n.id.padEnd(12)} lease ${(n.leaseRemainingMs / 1000).toFixed(1)}s left, ${String(n.renewals).padStart(3)} renewals, channel ${n.channel ?? "-"}, ${load}`);
    }
  };
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const act = async (action: string, params?: Record<string, string>) => {
    const res = await fetch(`${api}/api/nodes/demo-node-1/${action}`, action === "status" ? {} : {
      method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ adaptor: "web", params }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const page = async () => {
    try {
      return (await (await fetch(`http://127.0.0.1:${webPort}/`)).text()).trim();
    } catch {
      return "connection refused";
    }
  };

  for (let i = 0; i < 2; i++) {
    await sleep(2000);
    await table();
  }
  say(`grand starts the web adaptor on demo-node-1 (POST ${api}/api/nodes/demo-node-1/start)`);
  const started = await act("start", { port: String(webPort) });
  say(`  -> ${started.status} ${started.body.message}; http://127.0.0.1:${webPort}/ says: ${await page()}`);
  const bad = await act("set", { greeting: "Not Allowed!" });
  say(`grand sends a bad parameter -> ${bad.status} ${bad.body.kind}: ${bad.body.error}`);
  const set = await act("set", { port: String(webPort), greeting: "bonjour" });
  say(`grand sets greeting=bonjour -> ${set.status} ${set.body.message}; the page now says: ${await page()}`);
  const stopped = await act("stop");
  say(`grand stops it -> ${stopped.status} ${stopped.body.message}; the page: ${await page()}`);
  await table();
  say("demo-node-3 loses power (SIGKILL): it cannot say goodbye, so grand must notice by itself");
  killedAt.set("demo-node-3", Date.now());
  agents.get("demo-node-3")!.kill("SIGKILL");
  for (let i = 0; i < 2; i++) {
    await sleep(2000);
    await table();
  }
  if (forever) {
    say("running until Ctrl-C (--forever)");
    setInterval(() => void table(), 5000);
    await follow;
    return;
  }
  say("demo-node-1 is shut down cleanly (SIGTERM): it cancels its lease at once");
  agents.get("demo-node-1")!.kill("SIGTERM");
  await sleep(1500);
  await table();
  say("done: stopping the pool");
  for (const c of children) c.kill("SIGTERM");
  await sleep(300);
  await stopGrand();
  cleanup();
  process.exit(0);
}

main().catch((e) => {
  console.error(`demo failed: ${(e as Error).message}`);
  cleanup();
  process.exit(1);
});
