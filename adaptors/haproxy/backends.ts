/**
 * The dispatcher's backend list: the one parameter (`backends`) that Set changes
 * live. Two spellings are accepted, and the compact one is canonical (Status
 * reports it, Set compares it):
 *
 *   compact  ID@ADDRESS:PORT[/WEIGHT[/STATE]], …      entries separated by ',' (spaces ignored)
 *            node-1@198.18.0.2:8000/10/ready, node-2@[fd00::2]:8000/0/drain
 *   JSON     [{"id": "node-1", "address": "198.18.0.2", "port": 8000, "weight": 10, "state": "ready"}, …]
 *
 * WEIGHT defaults to 1 and STATE to ready. An ID is 1 to 64 letters, digits, '.',
 * '_' or '-'; ADDRESS an IPv4 or IPv6 literal (haproxy's runtime API sets
 * addresses, it does not resolve names; an IPv6 one in brackets in the compact
 * form); WEIGHT 0 to 256 (haproxy's range; 0 takes no new clients); STATE one of
 *   ready  takes new clients by weight
 *   drain  takes no new clients, its open connections keep flowing (a node being released)
 *   maint  takes nothing new (a node still starting, or being taken out)
 * The empty string is the empty list. Canonical order is by id.
 */
import { isIP } from "node:net";

export const BACKEND_STATES = ["ready", "drain", "maint"] as const;
export type BackendState = (typeof BACKEND_STATES)[number];

/** One server the dispatcher sends clients to. */
export interface Backend {
  /** Stable name chosen by the caller (grand uses the node id); it keeps its slot across Sets. */
  readonly id: string;
  /** IPv4 or IPv6 literal. */
  readonly address: string;
  readonly port: number;
  readonly weight: number;
  readonly state: BackendState;
}

/** haproxy's weight range. */
export const MAX_WEIGHT = 256;
export const DEFAULT_WEIGHT = 1;
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const COMPACT_RE = /^([^@]*)@(\[[^\]]*\]|[^:/\[\]]*):([^/]*)(?:\/([^/]*))?(?:\/([^/]*))?$/;

/** What a backend list looks like, for error messages. */
export const BACKENDS_ALLOWED =
  "a list 'ID@ADDRESS:PORT[/WEIGHT[/STATE]], …' (e.g. 'node-1@198.18.0.2:8000/10/ready') or a JSON array of " +
  '{"id", "address", "port", "weight", "state"}; ADDRESS an IP literal ([v6] in brackets), WEIGHT 0 to 256, STATE ready, drain or maint';

/** A backend list that cannot be read; the message names the entry and what is wrong. */
export class BackendListError extends Error {
  override readonly name = "BackendListError";
}

/** Parses either spelling; throws BackendListError naming the entry at fault. */
export function parseBackends(text: string): Backend[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  const list = trimmed.startsWith("[") ? fromJson(trimmed) : trimmed.split(",").map((e, i) => fromCompact(e.trim(), i));
  const seen = new Set<string>();
  for (const b of list) {
    if (seen.has(b.id)) throw new BackendListError(`backend id ${JSON.stringify(b.id)} appears twice; each backend needs its own id`);
    seen.add(b.id);
  }
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The canonical compact form, sorted by id. */
export function formatBackends(list: readonly Backend[]): string {
  return [...list]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((b) => `${b.id}@${isIP(b.address) === 6 ? `[${b.address}]` : b.address}:${b.port}/${b.weight}/${b.state}`)
    .join(",");
}

function fromCompact(entry: string, i: number): Backend {
  const at = `backend entry ${i + 1} (${JSON.stringify(entry.length > 80 ? entry.slice(0, 80) + "…" : entry)})`;
  const m = COMPACT_RE.exec(entry);
  if (!m) throw new BackendListError(`${at} is not ID@ADDRESS:PORT[/WEIGHT[/STATE]]`);
  const [, id, rawAddr, port, weight, state] = m;
  const address = rawAddr!.startsWith("[") ? rawAddr!.slice(1, -1) : rawAddr!;
  if (rawAddr!.startsWith("[") && isIP(address) !== 6) throw new BackendListError(`${at}: ${JSON.stringify(address)} in brackets is not an IPv6 address`);
  return check(at, { id: id!, address, port: port!, weight: weight ?? String(DEFAULT_WEIGHT), state: state ?? "ready" });
}

function fromJson(text: string): Backend[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new BackendListError(`the backend list is not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(doc)) throw new BackendListError("the backend list must be a JSON array");
  return doc.map((raw, i) => {
    const at = `backend entry ${i + 1}`;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new BackendListError(`${at} must be an object with id, address, port, weight, state`);
    const o = raw as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (!["id", "address", "port", "weight", "state"].includes(k)) throw new BackendListError(`${at}: unknown field ${JSON.stringify(k)}; allowed: id, address, port, weight, state`);
    }
    const str = (k: string, dflt?: string): string => {
      const v = o[k];
      if (v === undefined && dflt !== undefined) return dflt;
      if (typeof v === "string") return v;
      if (typeof v === "number" && (k === "port" || k === "weight")) return String(v);
      throw new BackendListError(`${at}: ${k} is ${v === undefined ? "missing" : `a ${typeof v}`}; ${k === "port" || k === "weight" ? "give a whole number" : "give a string"}`);
    };
    return check(at, { id: str("id"), address: str("address"), port: str("port"), weight: str("weight", String(DEFAULT_WEIGHT)), state: str("state", "ready") });
  });
}

function check(at: string, raw: { id: string; address: string; port: string; weight: string; state: string }): Backend {
  if (!ID_RE.test(raw.id)) throw new BackendListError(`${at}: id ${JSON.stringify(raw.id)} is not 1 to 64 letters, digits, '.', '_' or '-' starting with a letter or digit`);
  if (isIP(raw.address) === 0) {
    throw new BackendListError(`${at}: address ${JSON.stringify(raw.address)} is not an IPv4 or IPv6 address (the runtime API does not resolve names; give the node's address)`);
  }
  const port = wholeNumber(raw.port);
  if (port === undefined || port < 1 || port > 65535) throw new BackendListError(`${at}: port ${JSON.stringify(raw.port)} is not a port number from 1 to 65535`);
  const weight = wholeNumber(raw.weight);
  if (weight === undefined || weight > MAX_WEIGHT) throw new BackendListError(`${at}: weight ${JSON.stringify(raw.weight)} is not a whole number from 0 to ${MAX_WEIGHT}`);
  if (!(BACKEND_STATES as readonly string[]).includes(raw.state)) throw new BackendListError(`${at}: state ${JSON.stringify(raw.state)} is not one of ${BACKEND_STATES.join(", ")}`);
  return { id: raw.id, address: raw.address, port, weight, state: raw.state as BackendState };
}

function wholeNumber(s: string): number | undefined {
  return /^[0-9]{1,6}$/.test(s) ? Number(s) : undefined;
}
