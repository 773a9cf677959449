/**
 * The `grand` commands that talk to a running grand over its HTTP API: `nodes`,
 * `events`, `status`, `start`, `stop` and `set`. Each reads the API's JSON views
 * (`api-views.ts`) and prints them with `format.ts`.
 */
import { backoffDelayMs, parse, parseIntSetting, systemClock, UsageError, type BackoffPolicy, type Clock, type Io } from "../runtime/wire/index.ts";
import type { ActionReplyJson, DroppedJson, ErrorJson, EventJson, NodeJson, ResetJson, StatusReplyJson } from "./api-views.ts";
import { API_TOKEN_ENV, generateApiToken, readApiToken } from "./api-token.ts";
import { DEFAULT_HTTP } from "./config.ts";
import { sseMessages } from "./event-stream.ts";
import { escapeControls, formatEvent, formatNodeTable, formatStatus } from "./format.ts";

/** Environment variable naming grand's API when --api is not given. */
export const API_ENV = "GRAND_API";

/** Where the CLI finds grand's API: a base URL, plus a socket path for unix: addresses, and the API token if one is given. */
interface ApiTarget {
  base: string;
  unix?: string;
  token?: string;
}

/** The flags every command that calls the API takes. */
const API_FLAGS = { api: { type: "string" }, "api-token-file": { type: "string" } } as const;

function apiTarget(values: { api?: string; "api-token-file"?: string }, env: Record<string, string | undefined> = process.env): ApiTarget {
  const base = values.api ?? env[API_ENV] ?? `http://${DEFAULT_HTTP}`;
  const tokenFile = values["api-token-file"] ?? env[API_TOKEN_ENV];
  const token = tokenFile ? readApiToken(tokenFile) : undefined;
  if (base.startsWith("unix:")) return { base: "http://grand", unix: base.slice(5), token };
  try {
    return { base: new URL(base).toString().replace(/\/$/, ""), token };
  } catch {
    throw new UsageError(`--api '${base}' is not a URL like http://127.0.0.1:7480 or unix:/run/grand.sock`);
  }
}

async function apiFetch(api: ApiTarget, path: string, init: RequestInit = {}, acceptErrors = false): Promise<Response> {
  const url = `${api.base}${path}`;
  if (api.token) init = { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${api.token}` } };
  let res: Response;
  try {
    res = await fetch(url, api.unix ? { ...init, unix: api.unix } : init);
  } catch (e) {
    const where = api.unix ? `unix:${api.unix}` : url;
    throw new Error(`cannot reach grand at ${where}: ${(e as Error).message}; is 'grand serve' running there? (--api URL)`);
  }
  if (acceptErrors) return res;
  if (!res.ok || !res.body) throw new Error(`grand answered ${res.status} for ${url}: ${escapeControls((await res.text()).trim(), { keepNewlines: true })}`);
  return res;
}

/** `grand status NODE` and `grand start|stop|set NODE ADAPTOR [k=v...]`. */
export async function nodeCall(action: "status" | "start" | "stop" | "set", argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { ...API_FLAGS, json: { type: "boolean" } }, true);
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
  const res = await apiFetch(apiTarget(values), path, init, true);
  const body = (await res.json()) as unknown;
  if (!res.ok) {
    const err = body as ErrorJson;
    const message = String(err.error ?? "");
    // Name the parameter and what is allowed, unless the message already does.
    const extra = [err.parameter && !message.includes(String(err.parameter)) ? `parameter ${err.parameter}` : "",
      err.allowed && !message.includes(String(err.allowed)) ? `allowed: ${err.allowed}` : ""].filter(Boolean).join("; ");
    // The message, parameter and output tail come from the node: escape what a terminal would act on.
    io.stderr(`grand: ${action} ${node}${adaptor ? ` ${adaptor}` : ""} failed (${err.kind ?? res.status}): ${escapeControls(String(err.error))}${extra ? ` (${escapeControls(extra)})` : ""}\n`);
    if (typeof err.outputTail === "string" && err.outputTail) io.stderr(`--- output tail ---\n${escapeControls(err.outputTail, { keepNewlines: true })}\n`);
    return 1;
  }
  if (values.json) {
    io.stdout(JSON.stringify(body, null, 2) + "\n");
    return 0;
  }
  if (action === "status") io.stdout(formatStatus(body as StatusReplyJson));
  else {
    const reply = body as ActionReplyJson;
    io.stdout(`${node} ${adaptor}: ${escapeControls(reply.message)}${reply.noOp ? " (nothing to do)" : ""}\n`);
  }
  return 0;
}

/** `grand nodes`: the registered nodes as a table, or as JSON. */
export async function nodes(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { ...API_FLAGS, role: { type: "string", multiple: true }, json: { type: "boolean" } });
  const q = new URLSearchParams();
  for (const r of values.role ?? []) q.append("role", r);
  const list = (await (await apiFetch(apiTarget(values), `/api/nodes${q.size ? "?" + q : ""}`)).json()) as NodeJson[];
  if (values.json) {
    io.stdout(JSON.stringify(list, null, 2) + "\n");
    return 0;
  }
  io.stdout(formatNodeTable(list));
  return 0;
}

/** Reconnection after the event stream ends (grand restarting, or a dropped stream): soon, then every few seconds. */
export const EVENTS_RECONNECT: BackoffPolicy = { initialMs: 250, maxMs: 5_000, factor: 2, jitter: 0.2 };

/**
 * `grand events`: follows the event stream, one line per event. It keeps a
 * cursor (epoch and seq of the last event printed) and, when the stream ends,
 * reconnects with it, so nothing is printed twice or skipped silently: if grand
 * restarted meanwhile, grand answers "reset" and the line says so before the
 * new epoch's events. `--since N` or `--since EPOCH:N` starts after an event
 * printed before; `--once` stops when the stream ends. Returns when `signal`
 * aborts (tests) or, with --once, when the stream ends.
 */
export async function events(argv: string[], io: Io, o: { signal?: AbortSignal; clock?: Clock } = {}): Promise<number> {
  const { values } = parse(argv, { ...API_FLAGS, since: { type: "string" }, once: { type: "boolean" } });
  const clock = o.clock ?? systemClock;
  const m = /^(?:(\d+):)?(\d+)$/.exec(values.since ?? "0");
  if (!m) throw new UsageError(`--since '${values.since}' must be N or EPOCH:N (the id of the last event you have, as grand events --json or the stream's id: lines show it)`);
  let cursor: { epoch?: number; seq: number } = { epoch: m[1] === undefined ? undefined : Number(m[1]), seq: parseIntSetting(m[2], "--since", 0, 0, Number.MAX_SAFE_INTEGER) };
  const api = apiTarget(values);
  let failures = 0;
  let connected = false;
  while (!o.signal?.aborted) {
    const query = cursor.epoch === undefined ? `since=${cursor.seq}` : `epoch=${cursor.epoch}&since=${cursor.seq}`;
    try {
      const res = await apiFetch(api, `/api/events?${query}`, { signal: o.signal });
      failures = 0;
      connected = true;
      for await (const msg of sseMessages(res.body!)) {
        if (msg.event === "reset") {
          const r = JSON.parse(msg.data) as ResetJson;
          io.stdout(`-- reset: ${escapeControls(r.reason)}; the events grand holds follow from the start\n`);
          cursor = { epoch: r.epoch, seq: 0 };
        } else if (msg.event === "dropped") {
          io.stderr(`grand events: grand dropped this stream (${escapeControls((JSON.parse(msg.data) as DroppedJson).reason)}); resuming\n`);
        } else {
          const e = JSON.parse(msg.data) as EventJson;
          io.stdout(formatEvent(e));
          cursor = { epoch: e.epoch, seq: e.seq };
        }
      }
    } catch (e) {
      if (o.signal?.aborted) break;
      // Failing to reach grand at all is the user's to fix; failing later is grand restarting.
      if (!connected) throw e;
      failures++;
    }
    if (values.once || o.signal?.aborted) break;
    await sleep(clock, backoffDelayMs(failures, EVENTS_RECONNECT), o.signal);
  }
  return 0;
}

/** Waits ms on the clock, or until signal aborts. */
function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = clock.setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clock.clearTimeout(timer), resolve()), { once: true });
  });
}

/** `grand token`: prints a new API token, for `grand token > api.token` (then chmod 600 it and give grand --api-token-file). */
export function token(argv: string[], io: Io): number {
  parse(argv, {});
  io.stdout(generateApiToken() + "\n");
  return 0;
}
