/**
 * `grand`, the controller's command line.
 *
 *   grand [serve] [options]   run the lookup service, leases and HTTP API
 *   grand nodes [--api URL]   list registered nodes as a table (or --json)
 *   grand events [--api URL]  follow registration events
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import {
  DEFAULT_GRAND_PORT, DEFAULT_GROUP, DEFAULT_GROUP_PORT, parse, parseEndpoint, parseIntSetting, parseIpv4, parseMulticastGroup, runCommandLine, stdio,
  UsageError, type Io,
} from "../runtime/wire/index.ts";
import { systemClock, Envelope, localAddressOnSubnet, localIpv4Addresses, KEY_FILE_ENV, loadKeyring, createLogger, type LogFormat, loadSodium, openUdpTransport, VERSION, nativePeers } from "../runtime/wire/index.ts";
import { simulateMain } from "./engine/index.ts";
import { ControlManager } from "./control-manager.ts";
import { eventStream } from "./event-stream.ts";
import { createApi, MAX_BODY_BYTES, type ApiContext } from "./http-api.ts";
import { Monitor } from "./monitor.ts";
import { parsePoolsConfig, type PoolSpec } from "./pools-config.ts";
import { Reallocator } from "./reallocator.ts";
import { MAX_LEASE_MS, MIN_LEASE_MS } from "./lease-table.ts";
import { GRAND_ANNOUNCE_MS, LookupService } from "./lookup-service.ts";


export const DEFAULT_HTTP = "127.0.0.1:7480";
const API_ENV = "GRAND_API";

const HELP = `grand ${VERSION} — the LAMA controller

Usage:
  grand [serve] [options]        run the lookup service, leases and HTTP API
  grand nodes [--api URL] [--role R] [--json]
                                 list registered nodes
  grand events [--api URL] [--since N]
                                 follow registration events (registered, renewed-with-changes, expired, cancelled)
  grand status NODE [--api URL] [--json]
                                 a node's live status (load, adaptors) over its control channel
  grand start|stop|set NODE ADAPTOR [KEY=VALUE...] [--api URL]
                                 act on a node's adaptor, e.g. grand start node-1 web port=8080
  grand simulate [--workload paper|diurnal|FILE.csv] [--policy threshold|ar1|horizon|all]
                 [--lead-time S] [--seed N] [--json] [--out DIR]
                                 run the reallocation policies in the simulator (see grand simulate --help)
  grand --version

Options for serve:
  --key-file PATH        pool key file; repeat to accept several keys (the first seals).
                         Default: $${KEY_FILE_ENV}
  --interface ADDR       IPv4 address of an interface to serve on (repeatable);
                         default: every up, non-loopback IPv4 interface
  --group ADDR           multicast group (default ${DEFAULT_GROUP})
  --group-port N         group UDP port (default ${DEFAULT_GROUP_PORT})
  --port N               UDP port for registrations (default ${DEFAULT_GRAND_PORT}; 0 = any)
  --bind ADDR            address the registration port binds to (default 0.0.0.0)
  --http HOST:PORT       HTTP API address (default ${DEFAULT_HTTP}; port 0 = any);
                         unix:PATH serves on a local socket instead
  --id ID                grand id (default: grand-<hostname>)
  --min-lease-ms N       shortest lease granted (default ${MIN_LEASE_MS})
  --max-lease-ms N       longest lease granted (default ${MAX_LEASE_MS})
  --announce-ms N        period of grand's own announcements (default ${GRAND_ANNOUNCE_MS})
  --log-format text|json one line per event (default text)
  --pools FILE           JSON list of pools to reallocate (role, adaptor, policy, capacity,
                         min/max nodes, lead time, …; see docs/policy.md)
  --reallocate MODE      dry-run (default: report each plan, carry nothing out) or live
                         (Start / Stop the pool's adaptor on the nodes)

Options for nodes / events:
  --api URL              grand's HTTP API (default http://${DEFAULT_HTTP}, or $${API_ENV});
                         unix:PATH for a local socket
  -h, --help
`;

export function grandMain(argv: string[], io: Io = stdio): Promise<number> {
  return runCommandLine({
    program: "grand",
    version: VERSION,
    help: HELP,
    argv,
    io,
    defaultCommand: "serve",
    ownHelp: ["simulate"],
    commands: {
      serve: (rest) => serve(rest, io),
      nodes: (rest) => nodes(rest, io),
      events: (rest) => events(rest, io),
      status: (rest) => nodeCall("status", rest, io),
      start: (rest) => nodeCall("start", rest, io),
      stop: (rest) => nodeCall("stop", rest, io),
      set: (rest) => nodeCall("set", rest, io),
      simulate: (rest) => simulateMain(rest, io),
    },
  });
}

async function serve(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    "key-file": { type: "string", multiple: true },
    interface: { type: "string", multiple: true },
    group: { type: "string" },
    "group-port": { type: "string" },
    port: { type: "string" },
    bind: { type: "string" },
    http: { type: "string" },
    id: { type: "string" },
    "min-lease-ms": { type: "string" },
    "max-lease-ms": { type: "string" },
    "announce-ms": { type: "string" },
    "log-format": { type: "string" },
    pools: { type: "string" },
    reallocate: { type: "string" },
  });
  const logFormat = (values["log-format"] ?? "text") as LogFormat;
  if (logFormat !== "text" && logFormat !== "json") throw new UsageError(`--log-format '${logFormat}' is not allowed; use text or json`);
  const group = parseMulticastGroup(values.group ?? DEFAULT_GROUP);
  const groupPort = parseIntSetting(values["group-port"], "--group-port", DEFAULT_GROUP_PORT, 1, 65535);
  const port = parseIntSetting(values.port, "--port", DEFAULT_GRAND_PORT, 0, 65535);
  const bind = parseIpv4(values.bind ?? "0.0.0.0", "--bind");
  const http = parseHttpAddress(values.http ?? DEFAULT_HTTP);
  const minLeaseMs = parseIntSetting(values["min-lease-ms"], "--min-lease-ms", MIN_LEASE_MS, 100, 3_600_000);
  const maxLeaseMs = parseIntSetting(values["max-lease-ms"], "--max-lease-ms", MAX_LEASE_MS, 100, 3_600_000);
  if (minLeaseMs > maxLeaseMs) throw new UsageError(`--min-lease-ms ${minLeaseMs} is above --max-lease-ms ${maxLeaseMs}`);
  const announceMs = parseIntSetting(values["announce-ms"], "--announce-ms", GRAND_ANNOUNCE_MS, 50, 600_000);
  const interfaces = (values.interface ?? []).map((a) => parseIpv4(a, "--interface"));
  if (interfaces.length === 0) interfaces.push(...localIpv4Addresses().map((a) => a.address));
  if (interfaces.length === 0) throw new UsageError("no up IPv4 interface to serve on; pass --interface ADDR (127.0.0.1 for a local pool)");
  const grandId = values.id ?? `grand-${os.hostname()}`;
  const mode = values.reallocate ?? "dry-run";
  if (mode !== "dry-run" && mode !== "live") throw new UsageError(`--reallocate '${mode}' is not allowed; use dry-run or live`);
  if (values.reallocate && !values.pools) throw new UsageError("--reallocate needs --pools FILE (the pools to reallocate)");
  const pools = values.pools ? readPools(values.pools) : [];
  const sodium = await loadSodium();
  const keyring = loadKeyring(sodium, values["key-file"] ?? []);
  const log = createLogger({ format: logFormat, component: "grand", write: (l) => io.stderr(l + "\n") });

  let transport;
  try {
    transport = await openUdpTransport({ group, groupPort, interfaces, bindAddress: bind, port });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const clock = systemClock;
  // Epoch: start time in ms; lease ids start from epoch*1000, still below 2^53.
  const epoch = clock.now();
  const envelope = new Envelope({ sodium, keyring, senderId: grandId, clock });
  const udpPort = transport.local.port;
  const service = new LookupService({
    grandId,
    epoch,
    envelope,
    transport,
    clock,
    log,
    policy: { minLeaseMs, maxLeaseMs },
    announceEveryMs: announceMs,
    endpoints: interfaces.map((i) => ({ address: bind === "0.0.0.0" ? i : bind, port: udpPort })),
    version: VERSION,
  });
  const monitor = new Monitor();
  const ours = localIpv4Addresses(true).filter((a) => interfaces.includes(a.address));
  const control = new ControlManager({
    service,
    monitor,
    peers: nativePeers,
    clock,
    log,
    bindAddressFor: (nodeAddress) => localAddressOnSubnet(ours, nodeAddress),
  });
  const reallocator = pools.length
    ? new Reallocator({
      pools,
      mode,
      clock,
      log,
      deps: {
        nodesWithRole: (role) => service.lookup({ roles: [role] }).map((l) => ({ serviceId: l.serviceId, roles: l.item.attributes?.roles ?? [] })),
        nodeState: (id) => monitor.nodeState(id),
        call: (id, method, deadlineMs) => control.call(id, method, deadlineMs),
      },
    })
    : undefined;
  const apiContext: ApiContext = { service, envelope, clock, grandId, epoch, startedAtMs: clock.now(), control, monitor, pools: reallocator };
  const api = createApi(apiContext);
  let server;
  try {
    server = "unix" in http
      ? Bun.serve({ unix: http.unix, fetch: api.fetch, maxRequestBodySize: MAX_BODY_BYTES })
      : Bun.serve({ hostname: http.address, port: http.port, fetch: api.fetch, idleTimeout: 0, maxRequestBodySize: MAX_BODY_BYTES });
  } catch (e) {
    transport.close();
    throw new UsageError(`cannot serve HTTP on ${values.http ?? DEFAULT_HTTP}: ${(e as Error).message}; choose another with --http HOST:PORT`);
  }
  // Answer only our own address in Host headers (DNS rebinding); bound to every address we cannot tell.
  if (!("unix" in http) && http.address !== "0.0.0.0") {
    apiContext.allowedHosts = [`${http.address}:${server.port}`, ...(http.address.startsWith("127.") ? [`localhost:${server.port}`] : [])];
  }
  service.start();
  control.start();
  reallocator?.start();
  log.event("listening", { id: grandId, epoch, http: "unix" in http ? `unix:${http.unix}` : `http://${http.address}:${server.port}`, udp: `${bind}:${udpPort}`, group: `${group}:${groupPort}`, interfaces });
  return await new Promise<number>((resolve) => {
    const shutdown = (signal: string) => {
      log.event("stopping", { id: grandId, signal });
      reallocator?.stop();
      control.stop();
      service.stop();
      transport.close();
      server.stop(true);
      resolve(0);
    };
    process.once("SIGTERM", () => shutdown("SIGTERM"));
    process.once("SIGINT", () => shutdown("SIGINT"));
  });
}

/** `--http`: "HOST:PORT", or "unix:/path" for a local socket (reachable across network namespaces). */
function parseHttpAddress(text: string): { address: string; port: number } | { unix: string } {
  if (text.startsWith("unix:")) {
    if (text.length <= 5) throw new UsageError(`--http '${text}' needs a socket path, like unix:/run/grand.sock`);
    return { unix: text.slice(5) };
  }
  return parseEndpoint(text, "--http");
}

/** Where the CLI finds grand's API: a base URL, plus a socket path for unix: addresses. */
interface ApiTarget {
  base: string;
  unix?: string;
}

/** Reads `--pools FILE`. */
function readPools(path: string): PoolSpec[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`pools config ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return parsePoolsConfig(text, `pools config ${path}`);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function apiTarget(given: string | undefined): ApiTarget {
  const base = given ?? process.env[API_ENV] ?? `http://${DEFAULT_HTTP}`;
  if (base.startsWith("unix:")) return { base: "http://grand", unix: base.slice(5) };
  try {
    return { base: new URL(base).toString().replace(/\/$/, "") };
  } catch {
    throw new UsageError(`--api '${base}' is not a URL like http://127.0.0.1:7480 or unix:/run/grand.sock`);
  }
}

async function apiFetch(api: ApiTarget, path: string, init: RequestInit = {}, acceptErrors = false): Promise<Response> {
  const url = `${api.base}${path}`;
  let res: Response;
  try {
    res = await fetch(url, api.unix ? { ...init, unix: api.unix } : init);
  } catch (e) {
    const where = api.unix ? `unix:${api.unix}` : url;
    throw new Error(`cannot reach grand at ${where}: ${(e as Error).message}; is 'grand serve' running there? (--api URL)`);
  }
  if (acceptErrors) return res;
  if (!res.ok || !res.body) throw new Error(`grand answered ${res.status} for ${url}: ${(await res.text()).trim()}`);
  return res;
}

/** `grand status NODE` and `grand start|stop|set NODE ADAPTOR [k=v...]`. */
async function nodeCall(action: "status" | "start" | "stop" | "set", argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { api: { type: "string" }, json: { type: "boolean" } }, true);
  const [node, adaptor, ...kvs] = positionals;
  if (!node) throw new UsageError(`grand ${action} needs a NODE id (see grand nodes)`);
  if (action !== "status" && !adaptor) throw new UsageError(`grand ${action} needs NODE and ADAPTOR, e.g. grand ${action} ${node} web${action === "stop" ? "" : " port=8080"}`);
  if (action === "status" && adaptor) throw new UsageError(`grand status takes only a NODE id, got '${adaptor}' too`);
  if (action === "stop" && kvs.length) throw new UsageError("grand stop takes no parameters");
  const params: Record<string, string> = {};
  for (const kv of kvs) {
    const i = kv.indexOf("=");
    if (i <= 0) throw new UsageError(`parameter '${kv}' must be KEY=VALUE`);
    params[kv.slice(0, i)] = kv.slice(i + 1);
  }
  const path = `/api/nodes/${encodeURIComponent(node)}/${action}`;
  const init: RequestInit = action === "status" ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ adaptor, params }) };
  const res = await apiFetch(apiTarget(values.api), path, init, true);
  const body = (await res.json()) as Record<string, unknown>;
  if (!res.ok) {
    const message = String(body.error ?? "");
    // Name the parameter and what is allowed, unless the message already does.
    const extra = [body.parameter && !message.includes(String(body.parameter)) ? `parameter ${body.parameter}` : "",
      body.allowed && !message.includes(String(body.allowed)) ? `allowed: ${body.allowed}` : ""].filter(Boolean).join("; ");
    io.stderr(`grand: ${action} ${node}${adaptor ? ` ${adaptor}` : ""} failed (${body.kind ?? res.status}): ${body.error}${extra ? ` (${extra})` : ""}\n`);
    if (typeof body.outputTail === "string" && body.outputTail) io.stderr(`--- output tail ---\n${body.outputTail}\n`);
    return 1;
  }
  if (values.json) {
    io.stdout(JSON.stringify(body, null, 2) + "\n");
    return 0;
  }
  io.stdout(action === "status" ? formatStatus(body) : `${node} ${adaptor}: ${body.message}${body.noOp ? " (nothing to do)" : ""}\n`);
  return 0;
}

interface StatusJson {
  id: string;
  node: { periodMs?: number; rxBps?: number; txBps?: number; linkCapacityBps?: number; cpu?: { busy?: number }; memory?: { totalBytes?: number; availableBytes?: number }; load?: { one?: number } } | null;
  adaptors: { name: string; state: string; pid?: number; restarts?: number; detail?: string }[];
}

/** The `grand status` text. */
export function formatStatus(b: Record<string, unknown>): string {
  const s = b as unknown as StatusJson;
  const n = s.node ?? {};
  const mbps = (x = 0) => `${(x / 1e6).toFixed(2)} Mb/s`;
  const lines = [
    `node ${s.id}`,
    `  network  rx ${mbps(n.rxBps)}  tx ${mbps(n.txBps)}  link ${n.linkCapacityBps ? mbps(n.linkCapacityBps) : "unknown"}`,
    `  cpu      ${((n.cpu?.busy ?? 0) * 100).toFixed(1)}% busy  load ${(n.load?.one ?? 0).toFixed(2)}`,
    `  memory   ${((n.memory?.availableBytes ?? 0) / 2 ** 20).toFixed(0)} MiB available of ${((n.memory?.totalBytes ?? 0) / 2 ** 20).toFixed(0)} MiB`,
  ];
  if (!s.adaptors.length) lines.push("  adaptors none");
  for (const a of s.adaptors) {
    lines.push(`  adaptor  ${a.name}: ${a.state.replace("ADAPTOR_", "").toLowerCase()}${a.pid ? ` pid ${a.pid}` : ""}${a.restarts ? `, ${a.restarts} restarts` : ""}${a.detail ? ` — ${a.detail}` : ""}`);
  }
  return lines.join("\n") + "\n";
}

interface NodeJson {
  id: string;
  attributes: { roles: string[]; hostname: string; addresses: string[] };
  addresses: string[];
  leaseRemainingMs: number;
  leaseExpiresAt: string;
  renewals: number;
}

async function nodes(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { api: { type: "string" }, role: { type: "string", multiple: true }, json: { type: "boolean" } });
  const q = new URLSearchParams();
  for (const r of values.role ?? []) q.append("role", r);
  const list = (await (await apiFetch(apiTarget(values.api), `/api/nodes${q.size ? "?" + q : ""}`)).json()) as NodeJson[];
  if (values.json) {
    io.stdout(JSON.stringify(list, null, 2) + "\n");
    return 0;
  }
  io.stdout(formatNodeTable(list));
  return 0;
}

/** The `grand nodes` table. */
export function formatNodeTable(list: NodeJson[]): string {
  const rows = [["ID", "HOSTNAME", "ROLES", "ADDRESSES", "LEASE LEFT", "RENEWALS"]];
  for (const n of list) {
    rows.push([n.id, n.attributes.hostname, n.attributes.roles.join(",") || "-", n.addresses.join(",") || "-",
      `${(n.leaseRemainingMs / 1000).toFixed(1)}s`, String(n.renewals)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd());
  return lines.join("\n") + `\n${list.length} node${list.length === 1 ? "" : "s"}\n`;
}

async function events(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { api: { type: "string" }, since: { type: "string" } });
  const since = parseIntSetting(values.since, "--since", 0, 0, Number.MAX_SAFE_INTEGER);
  const res = await apiFetch(apiTarget(values.api), `/api/events?since=${since}`);
  for await (const e of eventStream<{ seq: number; type: string; at: string; id: string; node: NodeJson }>(res.body!)) {
    io.stdout(`${e.at} #${e.seq} ${e.type} ${e.id} host=${e.node.attributes.hostname} addresses=${e.node.addresses.join(",")}\n`);
  }
  return 0;
}

if (import.meta.main) {
  process.exitCode = await grandMain(process.argv.slice(2));
  process.exit();
}
