/**
 * What grand tells a pool's dispatcher and its servers, decided by pure
 * functions: the dispatcher's backend list (the paper's D-CP) and server
 * parameters that name another pool (the paper's S-CP `RelayFrom`). The
 * reallocator (reallocator.ts) reads the monitor and the lookup service, calls
 * these, and sends the results with Set.
 *
 * The backend list is the haproxy-dispatcher adaptor's compact spelling
 * (adaptors/haproxy/backends.ts; grand does not import adaptors, so it writes
 * the same text itself): `ID@ADDRESS:PORT/WEIGHT/STATE` entries sorted by id,
 * joined by ',' with no spaces — exactly what the adaptor's Status reports, so
 * equal lists compare equal as text.
 *
 * A reference is `{pool:NAME}` anywhere inside a parameter's value; it stands for
 * the address of NAME's serving member, e.g. `{pool:source}:8000/live`.
 */
import { inSubnet } from "../runtime/wire/index.ts";

/** haproxy's largest server weight. */
export const MAX_BACKEND_WEIGHT = 256;

/** What the dispatcher does with one backend. */
export type BackendState = "ready" | "drain" | "maint";

/** One backend before its address is chosen. */
export interface BackendWant {
  readonly serviceId: string;
  readonly weight: number;
  /** ready: a serving member; maint: a member still starting; drain: a node being released. */
  readonly state: BackendState;
}

/** A node's weight: its capacity in whole Mbps, 1 to 256 (haproxy's range). */
export function backendWeight(capacityBps: number): number {
  return Math.min(MAX_BACKEND_WEIGHT, Math.max(1, Math.round(capacityBps / 1e6)));
}

/** The IPv4 part of "198.18.0.2/15". */
function ipOf(cidr: string): string {
  // Stryker disable next-line StringLiteral: split always yields a first element, so the fallback never runs
  return cidr.split("/")[0] ?? "";
}

/**
 * Of a node's registered addresses ("198.18.0.2/15" form), the one another
 * node reaches it by: the first on a subnet of one of `facing`'s addresses,
 * else its first address that is not loopback. Undefined when it registered none.
 * A loopback address is used only when `facing` registered one too: both are
 * then on one host (a pool on loopback, such as `npm start`'s, where each node
 * registers its own 127.0.0.N).
 */
export function addressFacing(node: readonly string[], facing: readonly string[]): string | undefined {
  const ips = node.map(ipOf).filter((ip) => /^\d+\.\d+\.\d+\.\d+$/.test(ip));
  const sameHost = ips.find((ip) => isLoopback(ip) && facing.some((f) => isLoopback(f) && inSubnet(f, ip)));
  const usable = ips.filter((ip) => !isLoopback(ip));
  return usable.find((ip) => facing.some((f) => inSubnet(f, ip))) ?? sameHost ?? usable[0];
}

/** Whether an address ("127.0.0.12" or "127.0.0.12/8") is on the loopback network 127.0.0.0/8. */
function isLoopback(address: string): boolean {
  return address.startsWith("127.");
}

/** The compact backend list for one dispatcher, and the backends left out for want of an address. */
export function backendList(
  wants: readonly BackendWant[],
  port: number,
  addressOf: (serviceId: string) => string | undefined,
): { text: string; unresolved: string[] } {
  const unresolved: string[] = [];
  const entries: string[] = [];
  for (const w of [...wants].sort(byServiceId)) {
    const address = addressOf(w.serviceId);
    if (address === undefined) unresolved.push(w.serviceId);
    else entries.push(`${w.serviceId}@${address}:${port}/${w.weight}/${w.state}`);
  }
  return { text: entries.join(","), unresolved };
}

/** Sorts by id; the sort is stable, so entries with the same id keep their order. */
function byServiceId(a: BackendWant, b: BackendWant): number {
  if (a.serviceId < b.serviceId) return -1;
  // Stryker disable next-line EqualityOperator,ConditionalExpression: Bun's (JavaScriptCore's) sort only asks whether the result is below 0, so 1 and 0 order alike here
  return a.serviceId > b.serviceId ? 1 : 0;
}

/** A backend's state in a compact list; undefined when the list leaves it out. */
export function backendStateIn(list: string, serviceId: string): BackendState | undefined {
  for (const entry of list.split(",")) {
    const e = entry.trim();
    if (!e.startsWith(`${serviceId}@`)) continue;
    const state = e.split("/")[2] ?? "ready";
    return state as BackendState;
  }
  return undefined;
}

/**
 * The open sessions a dispatcher reports for one backend, from its adaptor's
 * Status detail: the haproxy-dispatcher adaptor writes one entry per backend,
 * `ID ADDRESS:PORT wWEIGHT STATUS: N sessions (T total), …`, entries joined by
 * "; " (adaptors/haproxy/dispatcher-adaptor.ts; `npm start`'s own dispatcher
 * writes the same). Undefined when the detail does not list the backend (no
 * traffic counters yet, or another kind of dispatcher).
 */
export function sessionsIn(detail: string, serviceId: string): number | undefined {
  for (const entry of detail.split("; ")) {
    const m = /^(\S+) \S+ w\d+ [^:;]+: (\d+) sessions\b/.exec(entry);
    if (m && m[1] === serviceId) return Number(m[2]);
  }
  return undefined;
}

const REFERENCE = /\{pool:([^{}]*)\}/g;

/** The pool names a parameter set refers to, in order of first appearance. */
export function referencedPools(params: Readonly<Record<string, string>>): string[] {
  const names: string[] = [];
  for (const v of Object.values(params)) {
    for (const m of v.matchAll(REFERENCE)) if (!names.includes(m[1]!)) names.push(m[1]!);
  }
  return names;
}

/**
 * Replaces every `{pool:NAME}` with `addressOfPool(NAME)`. When a named pool has
 * no address to give (no serving member), returns the first such name instead.
 */
export function resolveParams(
  params: Readonly<Record<string, string>>,
  addressOfPool: (pool: string) => string | undefined,
): { params: Record<string, string> } | { missing: string } {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    let missing: string | undefined;
    out[k] = v.replace(REFERENCE, (_, name: string) => {
      const address = addressOfPool(name);
      if (address === undefined) missing ??= name;
      // Stryker disable next-line StringLiteral: with no address, `missing` is set and the replaced text is thrown away
      return address ?? "";
    });
    if (missing !== undefined) return { missing };
  }
  return { params: out };
}
