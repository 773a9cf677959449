/**
 * `GrandConfig`: everything `grand serve` is told, typed and checked once.
 *
 * Every default is in `grandDefaults`, from the named constants below and those
 * kept beside what they tune (lease bounds in lease-table.ts, the announcement
 * period in lookup-service.ts, the group and port in the wire layer);
 * `grandConfigFromSettings` turns flag or config-file text into a config,
 * naming the setting in every error; `grandConfig` fills and checks a config
 * given in code (tests, benchmarks). Contradictions between settings are
 * rejected in `checkGrandConfig`, the one place that knows them.
 */
import os from "node:os";
import { readFileSync } from "node:fs";
import {
  DEFAULT_GRAND_PORT, DEFAULT_GROUP, DEFAULT_GROUP_PORT, localIpv4Addresses, parseEndpoint, parseIntSetting, parseIpv4, parseMulticastGroup, UsageError, withDefaults,
  type FlagSpec, type LogFormat, type ReadText, type Settings,
} from "../runtime/wire/index.ts";
import { API_RPC_DEADLINE_MS } from "./http-api.ts";
import { MAX_LEASE_MS, MIN_LEASE_MS } from "./lease-table.ts";
import { GRAND_ANNOUNCE_MS } from "./lookup-service.ts";
import { parsePoolsConfig, type PoolSpec } from "./pools-config.ts";
import { DEFAULT_EVENTS_BACKLOG } from "./sse.ts";
import type { ReallocationMode } from "./reallocator.ts";

/** HTTP API address: loopback, so the API (which can start and stop programs) is not on the network unless asked. */
export const DEFAULT_HTTP = "127.0.0.1:7480";
/**
 * UDP port of grand's one ICE socket, shared by every control channel (libjuice's
 * mux mode): next to the registration port, and one fixed port for a firewall.
 */
export const DEFAULT_ICE_PORT = 4162;
/** Registration port binds every address: agents reach grand on whichever interface they share. */
export const DEFAULT_BIND = "0.0.0.0";
/** Shortest and longest lease an operator may set: 100 ms is below any useful renewal; an hour is a node gone unnoticed for too long. */
export const LEASE_LIMITS_MS = { min: 100, max: 3_600_000 } as const;
/** Announcement period limits: faster than 50 ms floods the group; slower than 10 min leaves early agents waiting. */
export const ANNOUNCE_LIMITS_MS = { min: 50, max: 600_000 } as const;
/** Connections the API holds at once; beyond it a new one is answered 503 and closed, so held connections cannot use up grand's file descriptors (each costs three). */
export const DEFAULT_HTTP_MAX_CONNECTIONS = 256;
/** A connection with no byte either way for this long is closed (an event stream sends a keep-alive every 5 s). */
export const DEFAULT_HTTP_IDLE_MS = 60_000;
/** A request must arrive and be answered within this long of its first byte; above the API's 15 s wait for a node. */
export const DEFAULT_HTTP_REQUEST_MS = 30_000;
/** Limits of the HTTP settings: a cap below 4 starves the dashboard; a timeout under a second cuts off a slow but honest client. */
export const HTTP_MAX_CONNECTIONS_LIMITS = { min: 4, max: 60_000 } as const;
export const HTTP_TIMEOUT_LIMITS_MS = { min: 1_000, max: 3_600_000 } as const;
/** How far behind an event-stream reader may fall: below 10 drops readers on every burst; the event log holds 10,000. */
export const EVENTS_BACKLOG_LIMITS = { min: 10, max: 10_000 } as const;

/** Reallocation reports each plan and carries nothing out unless told `live`. */
export const DEFAULT_REALLOCATE: ReallocationMode = "dry-run";

/** Where the HTTP API listens: an address and port (0 = any), or a unix socket (reachable across network namespaces). */
export type HttpAddress = { address: string; port: number } | { unix: string };

export interface GrandConfig {
  /** Pool key files; the first seals, every one opens. Empty: $LAMA_KEY_FILE. */
  keyFiles: string[];
  /**
   * grand's controller secret ("ctl-secret:…", re-read on SIGHUP): every packet grand
   * seals is signed with it, and nodes given its public half take grand's packets only
   * signed. null: unsigned, and grand warns at start that any pool-key holder can pose as it.
   */
  controllerSecretFile: string | null;
  /** IPv4 addresses of the interfaces grand announces on and serves. */
  interfaces: string[];
  /** Multicast group and port of discovery. */
  group: string;
  groupPort: number;
  /** UDP port for registrations (0 = any) and the address it binds. */
  port: number;
  bind: string;
  /**
   * UDP port every control channel's ICE shares (one socket, demultiplexed by ICE
   * username and peer address); 0: a socket per channel, each polled on every
   * wake-up of libjuice's thread, which costs O(N²) at scale (issue 12).
   */
  icePort: number;
  /** HTTP API address; null serves no API (in-process tests). */
  http: HttpAddress | null;
  /** grand's id in announcements and logs. */
  id: string;
  /** Bounds on the lease granted to an agent, whatever it asks for. */
  minLeaseMs: number;
  maxLeaseMs: number;
  /** Period of grand's own announcements, so agents that started first find it. */
  announceMs: number;
  logFormat: LogFormat;
  /** Pools to reallocate (none: grand only watches). */
  pools: PoolSpec[];
  /** Report plans only, or carry them out. */
  reallocate: ReallocationMode;
  /**
   * File holding the API token every POST (and, off loopback, every request) must
   * carry as `Authorization: Bearer TOKEN`; null: POSTs are refused. Required for
   * an --http address that is not loopback.
   */
  apiTokenFile: string | null;
  /** TCP connections the API accepts at once (more get 503 and are closed). */
  httpMaxConnections: number;
  /** A TCP connection silent both ways this long is closed. */
  httpIdleMs: number;
  /** A request must arrive whole and be answered (start to) within this long. */
  httpRequestMs: number;
  /** An event-stream reader this many events behind the newest is dropped with a final `dropped` message. */
  eventsBacklog: number;
}

/** The flags of `grand serve` (and the keys of its config file). */
export const GRAND_FLAGS = {
  "key-file": { type: "string", multiple: true },
  interface: { type: "string", multiple: true },
  group: { type: "string" },
  "group-port": { type: "string" },
  port: { type: "string" },
  bind: { type: "string" },
  "ice-port": { type: "string" },
  http: { type: "string" },
  id: { type: "string" },
  "min-lease-ms": { type: "string" },
  "max-lease-ms": { type: "string" },
  "announce-ms": { type: "string" },
  "log-format": { type: "string" },
  pools: { type: "string" },
  reallocate: { type: "string" },
  "api-token-file": { type: "string" },
  "http-max-connections": { type: "string" },
  "http-idle-ms": { type: "string" },
  "http-request-ms": { type: "string" },
  "events-backlog": { type: "string" },
  "controller-secret-file": { type: "string" },
} as const satisfies FlagSpec;

/** What a config builder reads from the machine; tests give fixed values. */
export interface GrandEnvironment {
  hostname: () => string;
  /** Up, non-loopback IPv4 addresses: the interfaces served when none is named. */
  interfaces: () => string[];
  readText: ReadText;
}

export const realGrandEnvironment: GrandEnvironment = {
  hostname: () => os.hostname(),
  interfaces: () => localIpv4Addresses().map((a) => a.address),
  readText: (path) => readFileSync(path, "utf8"),
};

/** Every default of grand's config, in one place; `interfaces` empty until the machine is asked. */
export function grandDefaults(env: Pick<GrandEnvironment, "hostname"> = realGrandEnvironment): GrandConfig {
  return {
    keyFiles: [],
    controllerSecretFile: null,
    interfaces: [],
    group: DEFAULT_GROUP,
    groupPort: DEFAULT_GROUP_PORT,
    port: DEFAULT_GRAND_PORT,
    bind: DEFAULT_BIND,
    icePort: DEFAULT_ICE_PORT,
    http: parseHttpAddress(DEFAULT_HTTP),
    id: `grand-${env.hostname()}`,
    minLeaseMs: MIN_LEASE_MS,
    maxLeaseMs: MAX_LEASE_MS,
    announceMs: GRAND_ANNOUNCE_MS,
    logFormat: "text",
    pools: [],
    reallocate: DEFAULT_REALLOCATE,
    apiTokenFile: null,
    httpMaxConnections: DEFAULT_HTTP_MAX_CONNECTIONS,
    httpIdleMs: DEFAULT_HTTP_IDLE_MS,
    httpRequestMs: DEFAULT_HTTP_REQUEST_MS,
    eventsBacklog: DEFAULT_EVENTS_BACKLOG,
  };
}

/** A config from defaults and what is given (a setting given as undefined keeps its default); checked. */
export function grandConfig(given: Partial<GrandConfig> = {}): GrandConfig {
  return checkGrandConfig(withDefaults(grandDefaults(), given));
}

/** Rejects settings that contradict each other; returns the config unchanged. */
export function checkGrandConfig(c: GrandConfig): GrandConfig {
  if (c.icePort !== 0 && c.icePort === c.port) throw new UsageError(`--ice-port ${c.icePort} is also the registration --port; give the control channels another port (or 0 for a socket each)`);
  if (c.minLeaseMs > c.maxLeaseMs) throw new UsageError(`--min-lease-ms ${c.minLeaseMs} is above --max-lease-ms ${c.maxLeaseMs}`);
  if (c.http && !("unix" in c.http) && !isLoopback(c.http.address) && c.apiTokenFile === null) {
    throw new UsageError(`--http ${formatHttpAddress(c.http)} is not a loopback address, and the API can start and stop programs on every node: `
      + `give it --api-token-file PATH (create one with 'grand token > api.token'), or serve on 127.0.0.1`);
  }
  if (c.httpRequestMs <= API_RPC_DEADLINE_MS) {
    throw new UsageError(`--http-request-ms ${c.httpRequestMs} must be above ${API_RPC_DEADLINE_MS} (how long a Start or Stop may wait for its node)`);
  }
  return c;
}

/**
 * A config from `grand serve` settings (flags and config file). Each value is
 * parsed and range-checked with the flag named in the error, then the whole is
 * checked for contradictions.
 */
export function grandConfigFromSettings(values: Settings, env: GrandEnvironment = realGrandEnvironment): GrandConfig {
  const d = grandDefaults(env);
  const str = (k: keyof typeof GRAND_FLAGS) => values[k] as string | undefined;
  const list = (k: keyof typeof GRAND_FLAGS) => (values[k] as string[] | undefined) ?? [];
  const logFormat = (str("log-format") ?? d.logFormat) as LogFormat;
  if (logFormat !== "text" && logFormat !== "json") throw new UsageError(`--log-format '${logFormat}' is not allowed; use text or json`);
  const group = str("group") !== undefined ? parseMulticastGroup(str("group")!) : d.group;
  const groupPort = parseIntSetting(str("group-port"), "--group-port", d.groupPort, 1, 65535);
  const port = parseIntSetting(str("port"), "--port", d.port, 0, 65535);
  const bind = str("bind") !== undefined ? parseIpv4(str("bind")!, "--bind") : d.bind;
  const icePort = parseIntSetting(str("ice-port"), "--ice-port", d.icePort, 0, 65535);
  const http = str("http") !== undefined ? parseHttpAddress(str("http")!) : d.http;
  const minLeaseMs = parseIntSetting(str("min-lease-ms"), "--min-lease-ms", d.minLeaseMs, LEASE_LIMITS_MS.min, LEASE_LIMITS_MS.max);
  const maxLeaseMs = parseIntSetting(str("max-lease-ms"), "--max-lease-ms", d.maxLeaseMs, LEASE_LIMITS_MS.min, LEASE_LIMITS_MS.max);
  const announceMs = parseIntSetting(str("announce-ms"), "--announce-ms", d.announceMs, ANNOUNCE_LIMITS_MS.min, ANNOUNCE_LIMITS_MS.max);
  const interfaces = list("interface").map((a) => parseIpv4(a, "--interface"));
  if (interfaces.length === 0) interfaces.push(...env.interfaces());
  if (interfaces.length === 0) throw new UsageError("no up IPv4 interface to serve on; pass --interface ADDR (127.0.0.1 for a local pool)");
  const id = str("id") ?? d.id;
  const reallocate = (str("reallocate") ?? d.reallocate) as ReallocationMode;
  if (reallocate !== "dry-run" && reallocate !== "live") throw new UsageError(`--reallocate '${reallocate}' is not allowed; use dry-run or live`);
  const poolsFile = str("pools");
  if (str("reallocate") !== undefined && poolsFile === undefined) throw new UsageError("--reallocate needs --pools FILE (the pools to reallocate)");
  const pools = poolsFile !== undefined ? readPools(poolsFile, env.readText) : d.pools;
  const controllerSecretFile = str("controller-secret-file") ?? d.controllerSecretFile;
  if (controllerSecretFile === "") throw new UsageError("--controller-secret-file needs a path, like /etc/grand/controller.secret");
  const apiTokenFile = str("api-token-file") ?? d.apiTokenFile;
  if (apiTokenFile === "") throw new UsageError("--api-token-file needs a path, like /etc/lama/api.token");
  const httpMaxConnections = parseIntSetting(str("http-max-connections"), "--http-max-connections", d.httpMaxConnections, HTTP_MAX_CONNECTIONS_LIMITS.min, HTTP_MAX_CONNECTIONS_LIMITS.max);
  const httpIdleMs = parseIntSetting(str("http-idle-ms"), "--http-idle-ms", d.httpIdleMs, HTTP_TIMEOUT_LIMITS_MS.min, HTTP_TIMEOUT_LIMITS_MS.max);
  const httpRequestMs = parseIntSetting(str("http-request-ms"), "--http-request-ms", d.httpRequestMs, HTTP_TIMEOUT_LIMITS_MS.min, HTTP_TIMEOUT_LIMITS_MS.max);
  const eventsBacklog = parseIntSetting(str("events-backlog"), "--events-backlog", d.eventsBacklog, EVENTS_BACKLOG_LIMITS.min, EVENTS_BACKLOG_LIMITS.max);
  return checkGrandConfig({
    keyFiles: list("key-file"), controllerSecretFile, interfaces, group, groupPort, port, bind, icePort, http, id, minLeaseMs, maxLeaseMs, announceMs, logFormat, pools, reallocate,
    apiTokenFile, httpMaxConnections, httpIdleMs, httpRequestMs, eventsBacklog,
  });
}

/** Whether an IPv4 address is loopback (127.0.0.0/8): only this machine can reach it. */
export function isLoopback(address: string): boolean {
  return address.split(".")[0] === "127";
}

/** `--http`: "HOST:PORT", or "unix:/path" for a local socket (reachable across network namespaces). */
export function parseHttpAddress(text: string): HttpAddress {
  if (text.startsWith("unix:")) {
    if (text.length <= 5) throw new UsageError(`--http '${text}' needs a socket path, like unix:/run/grand.sock`);
    return { unix: text.slice(5) };
  }
  return parseEndpoint(text, "--http");
}

/** The `--http` text of an address, as given. */
export function formatHttpAddress(http: HttpAddress): string {
  return "unix" in http ? `unix:${http.unix}` : `${http.address}:${http.port}`;
}

/** Reads `--pools FILE`. */
function readPools(path: string, read: ReadText): PoolSpec[] {
  let text: string;
  try {
    text = read(path);
  } catch (e) {
    throw new UsageError(`pools config ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return parsePoolsConfig(text, `pools config ${path}`);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
