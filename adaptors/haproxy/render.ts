/**
 * The dispatcher's haproxy configuration, rendered from validated settings (pure;
 * golden-tested in render.test.ts).
 *
 * One frontend, one backend with a fixed table of server slots (slot1 … slotN,
 * every one in maintenance at localhost:1 until the runtime API gives it a
 * backend), and an admin-level runtime API socket in the state directory, mode
 * 0600. The backends themselves are never written here: they change live through
 * the runtime API. After each change the adaptor saves haproxy's server state
 * (`show servers state`) to the server-state file, which a reloaded or restarted
 * haproxy loads before it takes traffic, so its slots come up as they were. The
 * placeholder is a name, not an address, on purpose: haproxy restores a server's
 * address from that file only when its configuration line names a host.
 */
import { isIP } from "node:net";

export const DISPATCH_MODES = ["http", "tcp"] as const;
export type DispatchMode = (typeof DISPATCH_MODES)[number];
/** haproxy's balance algorithms that make sense without extra arguments. */
export const BALANCE_ALGORITHMS = ["roundrobin", "static-rr", "leastconn", "first", "source"] as const;
export type BalanceAlgorithm = (typeof BALANCE_ALGORITHMS)[number];

/** haproxy's names for the proxies; the runtime-API commands use them. */
export const FRONTEND_NAME = "lama_in";
export const BACKEND_NAME = "lama_pool";
/** Server slots are SLOT_PREFIX1 … SLOT_PREFIXn. */
export const SLOT_PREFIX = "slot";
/** Where an idle slot points: a closed port on loopback (by name; see above), and the slot is in maint anyway. */
export const IDLE_SLOT_ADDRESS = "localhost:1";

/** Time to connect to a backend before haproxy tries elsewhere. */
export const CONNECT_TIMEOUT_MS = 5_000;
/** Inactivity allowed on either side of a connection; a stream that flows is never idle. */
export const IDLE_TIMEOUT_MS = 60_000;

export interface DispatcherSettings {
  /** The adaptor's name, for the header comment. */
  readonly name: string;
  readonly port: number;
  readonly bind: string;
  readonly mode: DispatchMode;
  readonly balance: BalanceAlgorithm;
  readonly slots: number;
  readonly maxconn: number;
  /** The runtime API socket (absolute). */
  readonly socketPath: string;
  /** The saved server state, loaded on every start and reload (absolute). */
  readonly serverStatePath: string;
  /** Drop to this user and group after binding (when the agent runs as root). */
  readonly user?: string;
  readonly group?: string;
}

/** The bind address as haproxy writes it: IPv6 literals in brackets. */
export function bindAddress(host: string, port: number): string {
  return `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
}

/** The slot names, in order. */
export function slotNames(slots: number): string[] {
  return Array.from({ length: slots }, (_, i) => `${SLOT_PREFIX}${i + 1}`);
}

export function renderHaproxyConfig(s: DispatcherSettings): string {
  const privileges = s.user ? [`    user ${s.user}`, `    group ${s.group ?? s.user}`] : [];
  return [
    `# haproxy configuration of the lama adaptor "${s.name}"; rendered by lama, rewritten on every Start and Set.`,
    `# The backends are not here: they are set live through the runtime API (${s.socketPath}).`,
    "global",
    `    stats socket ${s.socketPath} mode 600 level admin`,
    "    stats timeout 10s",
    `    server-state-file ${s.serverStatePath}`,
    ...privileges,
    `    maxconn ${s.maxconn}`,
    "",
    "defaults",
    `    mode ${s.mode}`,
    "    load-server-state-from-file global",
    `    timeout connect ${CONNECT_TIMEOUT_MS}ms`,
    `    timeout client ${IDLE_TIMEOUT_MS}ms`,
    `    timeout server ${IDLE_TIMEOUT_MS}ms`,
    "",
    `frontend ${FRONTEND_NAME}`,
    `    bind ${bindAddress(s.bind, s.port)}`,
    `    default_backend ${BACKEND_NAME}`,
    "",
    `backend ${BACKEND_NAME}`,
    `    balance ${s.balance}`,
    `    server-template ${SLOT_PREFIX} 1-${s.slots} ${IDLE_SLOT_ADDRESS} disabled`,
    "",
  ].join("\n");
}
