/**
 * The `grand` commands that talk to a running grand over its HTTP API: `nodes`,
 * `events`, `status`, `start`, `stop` and `set`. Each reads the API's JSON views
 * (`api-views.ts`) and prints them with `format.ts`.
 */
import { parse, parseIntSetting, UsageError, type Io } from "../runtime/wire/index.ts";
import type { ActionReplyJson, ErrorJson, EventJson, NodeJson, StatusReplyJson } from "./api-views.ts";
import { DEFAULT_HTTP } from "./config.ts";
import { eventStream } from "./event-stream.ts";
import { formatEvent, formatNodeTable, formatStatus } from "./format.ts";

/** Environment variable naming grand's API when --api is not given. */
export const API_ENV = "GRAND_API";

/** Where the CLI finds grand's API: a base URL, plus a socket path for unix: addresses. */
interface ApiTarget {
  base: string;
  unix?: string;
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
export async function nodeCall(action: "status" | "start" | "stop" | "set", argv: string[], io: Io): Promise<number> {
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
  const body = (await res.json()) as unknown;
  if (!res.ok) {
    const err = body as ErrorJson;
    const message = String(err.error ?? "");
    // Name the parameter and what is allowed, unless the message already does.
    const extra = [err.parameter && !message.includes(String(err.parameter)) ? `parameter ${err.parameter}` : "",
      err.allowed && !message.includes(String(err.allowed)) ? `allowed: ${err.allowed}` : ""].filter(Boolean).join("; ");
    io.stderr(`grand: ${action} ${node}${adaptor ? ` ${adaptor}` : ""} failed (${err.kind ?? res.status}): ${err.error}${extra ? ` (${extra})` : ""}\n`);
    if (typeof err.outputTail === "string" && err.outputTail) io.stderr(`--- output tail ---\n${err.outputTail}\n`);
    return 1;
  }
  if (values.json) {
    io.stdout(JSON.stringify(body, null, 2) + "\n");
    return 0;
  }
  if (action === "status") io.stdout(formatStatus(body as StatusReplyJson));
  else {
    const reply = body as ActionReplyJson;
    io.stdout(`${node} ${adaptor}: ${reply.message}${reply.noOp ? " (nothing to do)" : ""}\n`);
  }
  return 0;
}

/** `grand nodes`: the registered nodes as a table, or as JSON. */
export async function nodes(argv: string[], io: Io): Promise<number> {
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

/** `grand events`: follows the event stream, one line per event. */
export async function events(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { api: { type: "string" }, since: { type: "string" } });
  const since = parseIntSetting(values.since, "--since", 0, 0, Number.MAX_SAFE_INTEGER);
  const res = await apiFetch(apiTarget(values.api), `/api/events?since=${since}`);
  for await (const e of eventStream<EventJson>(res.body!)) io.stdout(formatEvent(e));
  return 0;
}
