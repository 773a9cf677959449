/**
 * grand's HTTP API. `createApi()` returns a fetch handler, so tests call it
 * in-process with `api.fetch(new Request(...))`; the server shell is Bun.serve.
 *
 *   GET /api/nodes[?id=&role=&hostname=&attr=k=v]   registrations matching a template (JSON array)
 *   GET /api/nodes/:id                              one registration, 404 if not registered
 *   GET /api/events[?since=N]                       change events as Server-Sent Events (follows);
 *                                                   with ?follow=0 a JSON array of held events
 *   GET /api/stats                                  counters, drops by reason
 *   GET /api/nodes/:id/status                       live Status over the node's control channel
 *   POST /api/nodes/:id/start|stop|set              {"adaptor": "...", "params": {...}} over the control channel
 *   GET /api/nodes/:id/window                       the monitor's recent NodeStatus samples of a node
 *   GET /api/monitor                                latest load per node and summed per role
 *   GET /api/pools                                  each reallocated pool: members, idle, outlook, recent actions
 *   GET /                                           the dashboard (grand/dashboard.ts)
 *   GET /healthz
 *
 * This file is the route table and the checks on requests; the JSON shapes are
 * `api-views.ts`, errors and their HTTP statuses `api-errors.ts`, the event
 * stream `sse.ts`.
 */
import { VERSION, type Clock, type Envelope, type RpcMethod } from "../runtime/wire/index.ts";
import { templateFromQuery } from "./lookup.ts";
import type { LookupService } from "./lookup-service.ts";
import type { ControlManager } from "./control-manager.ts";
import type { Monitor } from "./monitor.ts";
import type { PoolReport } from "./reallocator.ts";
import { DASHBOARD_HTML } from "./dashboard.ts";
import { actionReplyToJson, eventToJson, loadToJson, nodeDetailToJson, nodeToJson, statusReplyToJson, statusToJson, type MonitorJson, type StatsJson } from "./api-views.ts";
import { controlErrorResponse, errorResponse, json, notFound } from "./api-errors.ts";
import { eventsResponse } from "./sse.ts";

/** How long an API call waits for a node to answer. */
export const API_RPC_DEADLINE_MS = 15_000;
/** Largest request body accepted (also the server's limit, so larger bodies are never buffered). */
export const MAX_BODY_BYTES = 64 * 1024;

export interface ApiContext {
  /**
   * Host headers this API answers (e.g. "127.0.0.1:7480"); others get 403, so a
   * web page cannot reach the API by DNS rebinding. Undefined: any (unix socket,
   * or bound to every address).
   */
  allowedHosts?: string[];
  service: LookupService;
  /** Present when grand runs control channels (not in lookup-only tests). */
  control?: ControlManager;
  monitor?: Monitor;
  /** Present when grand reallocates pools (--pools). */
  pools?: { reports(): PoolReport[] };
  envelope: Envelope;
  clock: Clock;
  grandId: string;
  epoch: number;
  startedAtMs: number;
}

/** The API as a fetch handler over `ctx`. */
export function createApi(ctx: ApiContext): { fetch: (req: Request) => Response | Promise<Response> } {
  return {
    fetch(req) {
      const url = new URL(req.url);
      const path = url.pathname.replace(/\/+$/, "") || "/";
      const now = ctx.clock.now();
      const host = req.headers.get("host");
      if (ctx.allowedHosts && host && !ctx.allowedHosts.includes(host.toLowerCase())) {
        return errorResponse({ error: `host '${host}' is not this API's address (${ctx.allowedHosts.join(", ")})` }, 403);
      }
      const control = /^\/api\/nodes\/([^/]+)\/(status|start|stop|set|window)$/.exec(path);
      if (control) {
        const id = decodeId(control[1]!);
        return id === undefined ? badId() : nodeAction(ctx, req, id, control[2]!);
      }
      if (req.method !== "GET") return errorResponse({ error: `method ${req.method} not allowed on ${path}` }, 405);
      if (path === "/healthz") return json({ ok: true });
      if (path === "/" || path === "/dashboard") return new Response(DASHBOARD_HTML, { headers: { "content-type": "text/html; charset=utf-8" } });
      if (path === "/api/nodes") {
        return json(ctx.service.lookup(templateFromQuery(url.searchParams)).map((l) => nodeToJson(l, now, ctx.control?.info(l.serviceId), ctx.monitor?.latest(l.serviceId))));
      }
      if (path.startsWith("/api/nodes/")) {
        const id = decodeId(path.slice("/api/nodes/".length));
        if (id === undefined) return badId();
        const lease = ctx.service.leases.get(id);
        if (!lease) return notFound(`node '${id}' is not registered`);
        return json(nodeDetailToJson(lease, now, ctx.control?.info(id), ctx.monitor?.latest(id)));
      }
      if (path === "/api/monitor") {
        const monitor = ctx.monitor;
        if (!monitor) return errorResponse({ error: "this grand runs no monitor" }, 404);
        const view: MonitorJson = {
          nodes: Object.fromEntries(ctx.service.lookup().map((l) => [l.serviceId, loadToJson(monitor.latest(l.serviceId))])),
          roles: Object.fromEntries(monitor.roleNames().map((r) => [r, monitor.roleWindowOf(r).at(-1) ?? null])),
        };
        return json(view);
      }
      if (path === "/api/pools") return json(ctx.pools?.reports() ?? []);
      if (path === "/api/stats") {
        const view: StatsJson = {
          grandId: ctx.grandId,
          epoch: ctx.epoch,
          version: VERSION,
          uptimeMs: now - ctx.startedAtMs,
          nodes: ctx.service.leases.size,
          channelsOpen: ctx.control?.openCount ?? 0,
          lastEventSeq: ctx.service.events.lastSeq,
          accepted: ctx.envelope.accepted,
          drops: { total: ctx.envelope.drops.total, ...ctx.envelope.drops.byReason },
          ...ctx.service.counters,
        };
        return json(view);
      }
      if (path === "/api/events") {
        const since = Number(url.searchParams.get("since") ?? "0");
        if (!Number.isInteger(since) || since < 0) return errorResponse({ error: "since must be a whole number ≥ 0" }, 400);
        if (url.searchParams.get("follow") === "0") return json(ctx.service.events.since(since).map((e) => eventToJson(e, now)));
        return eventsResponse({ events: ctx.service.events, clock: ctx.clock, grandId: ctx.grandId, since, signal: req.signal });
      }
      return notFound(`no such endpoint ${path}; see /api/nodes, /api/events, /api/stats, /api/monitor`);
    },
  };
}

function decodeId(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const badId = () => errorResponse({ error: "the node id in the path is not valid percent-encoding" }, 400);

async function nodeAction(ctx: ApiContext, req: Request, id: string, action: string): Promise<Response> {
  const wantMethod = action === "status" || action === "window" ? "GET" : "POST";
  if (req.method !== wantMethod) return errorResponse({ error: `use ${wantMethod} for /api/nodes/:id/${action}` }, 405);
  if (wantMethod === "POST") {
    // A browser can send a cross-site "simple" POST (text/plain, no preflight); it
    // cannot send one with a JSON content type, and it always says where it came from.
    const type = req.headers.get("content-type") ?? "";
    if (!/^application\/json\b/i.test(type)) return errorResponse({ error: "send the body as Content-Type: application/json", kind: "ERROR_BAD_REQUEST" }, 415);
    if (req.headers.get("origin") !== null) return errorResponse({ error: "requests from web pages (with an Origin header) may not act on nodes" }, 403);
  }
  if (!ctx.service.leases.get(id)) return notFound(`node '${id}' is not registered`);
  if (action === "window") return json((ctx.monitor?.window(id) ?? []).map(statusToJson));
  let method: RpcMethod;
  if (action === "status") method = { status: {} };
  else {
    const body = await readJsonBody(req);
    if (body instanceof Response) return body;
    const { adaptor, params } = body as { adaptor?: unknown; params?: unknown };
    if (typeof adaptor !== "string" || adaptor === "") return errorResponse({ error: 'body needs "adaptor": a non-empty string', kind: "ERROR_BAD_REQUEST" }, 400);
    if (params !== undefined && (typeof params !== "object" || params === null || Array.isArray(params))) {
      return errorResponse({ error: '"params" must be an object of strings, like {"port": "8000"}', kind: "ERROR_BAD_REQUEST" }, 400);
    }
    const p: Record<string, string> = {};
    for (const [k, v] of Object.entries((params ?? {}) as Record<string, unknown>)) {
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
        return errorResponse({ error: `parameter "${k}" must be a string, number or boolean`, kind: "ERROR_BAD_REQUEST", parameter: k }, 400);
      }
      p[k] = String(v);
    }
    method = action === "start" ? { start: { adaptor, params: p } } : action === "stop" ? { stop: { adaptor } } : { set: { adaptor, params: p } };
  }
  if (!ctx.control) return errorResponse({ error: "this grand runs no control channels" }, 503);
  try {
    const reply = await ctx.control.call(id, method, API_RPC_DEADLINE_MS);
    return json(reply.status ? statusReplyToJson(id, reply.status) : actionReplyToJson(id, reply.adaptor ?? {}));
  } catch (e) {
    return controlErrorResponse(e);
  }
}

async function readJsonBody(req: Request): Promise<unknown | Response> {
  const tooBig = () => errorResponse({ error: `body over ${MAX_BODY_BYTES} bytes`, kind: "ERROR_BAD_REQUEST" }, 413);
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return tooBig();
  const bytes = await req.arrayBuffer();
  if (bytes.byteLength > MAX_BODY_BYTES) return tooBig();
  const text = new TextDecoder().decode(bytes);
  try {
    const v = JSON.parse(text || "{}");
    if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error("not an object");
    return v;
  } catch (e) {
    return errorResponse({ error: `body is not a JSON object (${(e as Error).message}); send {"adaptor": "...", "params": {...}}`, kind: "ERROR_BAD_REQUEST" }, 400);
  }
}
