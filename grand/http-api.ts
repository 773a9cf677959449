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
 * Control errors map onto HTTP: no open channel 503, unknown adaptor 404, invalid
 * parameter or bad request 400, adaptor failure 502, timeout 504; the body is
 * {"error": message, "kind": ..., and the fields of the typed error}.
 */
import { every, type Clock, type Envelope, VERSION, ChannelClosedError, RemoteRpcError, RpcTimeoutError, type RpcMethod } from "../runtime/wire/index.ts";
import { type LookupEvent, templateFromQuery } from "./lookup.ts";
import { leaseToJson, type LookupService } from "./lookup-service.ts";
import { pb, type lama } from "../proto/index.ts";
import { NotConnectedError, type ControlManager } from "./control-manager.ts";
import type { Monitor } from "./monitor.ts";
import type { PoolReport } from "./reallocator.ts";
import { DASHBOARD_HTML } from "./dashboard.ts";

/** How long an API call waits for a node to answer. */
export const API_RPC_DEADLINE_MS = 15_000;
/** Largest request body accepted (also the server's limit, so larger bodies are never buffered). */
export const MAX_BODY_BYTES = 64 * 1024;

/** NodeStatus as JSON: numbers as numbers, enums as names. */
export function statusToJson(s: lama.v1.INodeStatus | undefined | null) {
  return s ? pb.NodeStatus.toObject(pb.NodeStatus.fromObject(s), { longs: Number, enums: String, arrays: true }) : null;
}

function adaptorStatusToJson(a: lama.v1.IAdaptorStatus) {
  return pb.AdaptorStatus.toObject(pb.AdaptorStatus.fromObject(a), { longs: Number, enums: String, arrays: true, objects: true, defaults: true });
}

/** Maps a control-call failure onto an HTTP status and a JSON body. */
export function controlErrorResponse(e: unknown): Response {
  if (e instanceof NotConnectedError || e instanceof ChannelClosedError) return json({ error: e.message, kind: "NOT_CONNECTED" }, 503);
  if (e instanceof RpcTimeoutError) return json({ error: `the node did not answer: ${e.message}`, kind: "ERROR_TIMEOUT" }, 504);
  if (e instanceof RemoteRpcError) {
    const http: Record<string, number> = { ERROR_UNKNOWN_ADAPTOR: 404, ERROR_INVALID_PARAMETER: 400, ERROR_BAD_REQUEST: 400, ERROR_ADAPTOR_FAILURE: 502, ERROR_TIMEOUT: 504 };
    const { message, parameter, allowed, outputTail } = e.error;
    return json({ error: message, kind: e.kind, parameter: parameter || undefined, allowed: allowed || undefined, outputTail: outputTail || undefined }, http[e.kind] ?? 502);
  }
  return json({ error: (e as Error).message ?? String(e) }, 500);
}

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

/** Period of keep-alive comments on an event stream. */
export const SSE_HEARTBEAT_MS = 5_000;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body, null, 2) + "\n", { status, headers: { "content-type": "application/json" } });

const notFound = (what: string) => json({ error: what }, 404);

export function eventToJson(e: LookupEvent, nowMs: number) {
  return { seq: e.seq, type: e.type, at: new Date(e.atMs).toISOString(), id: e.serviceId, node: leaseToJson(e.lease, nowMs) };
}

export function createApi(ctx: ApiContext): { fetch: (req: Request) => Response | Promise<Response> } {
  return {
    fetch(req) {
      const url = new URL(req.url);
      const path = url.pathname.replace(/\/+$/, "") || "/";
      const now = ctx.clock.now();
      const host = req.headers.get("host");
      if (ctx.allowedHosts && host && !ctx.allowedHosts.includes(host.toLowerCase())) {
        return json({ error: `host '${host}' is not this API's address (${ctx.allowedHosts.join(", ")})` }, 403);
      }
      const control = /^\/api\/nodes\/([^/]+)\/(status|start|stop|set|window)$/.exec(path);
      if (control) {
        const id = decodeId(control[1]!);
        return id === undefined ? badId() : nodeAction(ctx, req, id, control[2]!);
      }
      if (req.method !== "GET") return json({ error: `method ${req.method} not allowed on ${path}` }, 405);
      if (path === "/healthz") return json({ ok: true });
      if (path === "/" || path === "/dashboard") return new Response(DASHBOARD_HTML, { headers: { "content-type": "text/html; charset=utf-8" } });
      if (path === "/api/nodes") {
        return json(ctx.service.lookup(templateFromQuery(url.searchParams)).map((l) => ({
          ...leaseToJson(l, now),
          channel: ctx.control?.info(l.serviceId)?.state ?? null,
          load: loadJson(ctx.monitor?.latest(l.serviceId)),
        })));
      }
      if (path.startsWith("/api/nodes/")) {
        const id = decodeId(path.slice("/api/nodes/".length));
        if (id === undefined) return badId();
        const lease = ctx.service.leases.get(id);
        if (!lease) return notFound(`node '${id}' is not registered`);
        return json({ ...leaseToJson(lease, now), channel: ctx.control?.info(id) ?? null, load: loadJson(ctx.monitor?.latest(id)) });
      }
      if (path === "/api/monitor") {
        const monitor = ctx.monitor;
        if (!monitor) return json({ error: "this grand runs no monitor" }, 404);
        return json({
          nodes: Object.fromEntries(ctx.service.lookup().map((l) => [l.serviceId, loadJson(monitor.latest(l.serviceId))])),
          roles: Object.fromEntries(monitor.roleNames().map((r) => [r, monitor.roleWindowOf(r).at(-1) ?? null])),
        });
      }
      if (path === "/api/pools") return json(ctx.pools?.reports() ?? []);
      if (path === "/api/stats") {
        return json({
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
        });
      }
      if (path === "/api/events") {
        const since = Number(url.searchParams.get("since") ?? "0");
        if (!Number.isInteger(since) || since < 0) return json({ error: "since must be a whole number ≥ 0" }, 400);
        if (url.searchParams.get("follow") === "0") return json(ctx.service.events.since(since).map((e) => eventToJson(e, now)));
        return sse(ctx, since, req.signal);
      }
      return notFound(`no such endpoint ${path}; see /api/nodes, /api/events, /api/stats, /api/monitor`);
    },
  };
}

/** The load summary shown in node listings. */
function loadJson(s: lama.v1.INodeStatus | undefined) {
  if (!s) return null;
  return { at: new Date(Number(s.atMs ?? 0)).toISOString(), rxBps: s.rxBps ?? 0, txBps: s.txBps ?? 0, cpuBusy: s.cpu?.busy ?? 0, linkCapacityBps: Number(s.linkCapacityBps ?? 0) };
}

function decodeId(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const badId = () => json({ error: "the node id in the path is not valid percent-encoding" }, 400);

async function nodeAction(ctx: ApiContext, req: Request, id: string, action: string): Promise<Response> {
  const wantMethod = action === "status" || action === "window" ? "GET" : "POST";
  if (req.method !== wantMethod) return json({ error: `use ${wantMethod} for /api/nodes/:id/${action}` }, 405);
  if (wantMethod === "POST") {
    // A browser can send a cross-site "simple" POST (text/plain, no preflight); it
    // cannot send one with a JSON content type, and it always says where it came from.
    const type = req.headers.get("content-type") ?? "";
    if (!/^application\/json\b/i.test(type)) return json({ error: "send the body as Content-Type: application/json", kind: "ERROR_BAD_REQUEST" }, 415);
    if (req.headers.get("origin") !== null) return json({ error: "requests from web pages (with an Origin header) may not act on nodes" }, 403);
  }
  if (!ctx.service.leases.get(id)) return notFound(`node '${id}' is not registered`);
  if (action === "window") return json((ctx.monitor?.window(id) ?? []).map(statusToJson));
  let method: RpcMethod;
  if (action === "status") method = { status: {} };
  else {
    const body = await readJsonBody(req);
    if (body instanceof Response) return body;
    const { adaptor, params } = body as { adaptor?: unknown; params?: unknown };
    if (typeof adaptor !== "string" || adaptor === "") return json({ error: 'body needs "adaptor": a non-empty string', kind: "ERROR_BAD_REQUEST" }, 400);
    if (params !== undefined && (typeof params !== "object" || params === null || Array.isArray(params))) {
      return json({ error: '"params" must be an object of strings, like {"port": "8000"}', kind: "ERROR_BAD_REQUEST" }, 400);
    }
    const p: Record<string, string> = {};
    for (const [k, v] of Object.entries((params ?? {}) as Record<string, unknown>)) {
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
        return json({ error: `parameter "${k}" must be a string, number or boolean`, kind: "ERROR_BAD_REQUEST", parameter: k }, 400);
      }
      p[k] = String(v);
    }
    method = action === "start" ? { start: { adaptor, params: p } } : action === "stop" ? { stop: { adaptor } } : { set: { adaptor, params: p } };
  }
  if (!ctx.control) return json({ error: "this grand runs no control channels" }, 503);
  try {
    const reply = await ctx.control.call(id, method, API_RPC_DEADLINE_MS);
    if (reply.status) {
      return json({ id, node: statusToJson(reply.status.node), adaptors: (reply.status.adaptors ?? []).map(adaptorStatusToJson) });
    }
    const a = reply.adaptor ?? {};
    return json({ id, message: a.message ?? "", noOp: a.noOp ?? false, adaptor: a.status ? adaptorStatusToJson(a.status) : null });
  } catch (e) {
    return controlErrorResponse(e);
  }
}

async function readJsonBody(req: Request): Promise<unknown | Response> {
  const tooBig = () => json({ error: `body over ${MAX_BODY_BYTES} bytes`, kind: "ERROR_BAD_REQUEST" }, 413);
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return tooBig();
  const bytes = await req.arrayBuffer();
  if (bytes.byteLength > MAX_BODY_BYTES) return tooBig();
  const text = new TextDecoder().decode(bytes);
  try {
    const v = JSON.parse(text || "{}");
    if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error("not an object");
    return v;
  } catch (e) {
    return json({ error: `body is not a JSON object (${(e as Error).message}); send {"adaptor": "...", "params": {...}}`, kind: "ERROR_BAD_REQUEST" }, 400);
  }
}

function sse(ctx: ApiContext, since: number, signal: AbortSignal): Response {
  const enc = new TextEncoder();
  let unsubscribe = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (e: LookupEvent) => {
        try {
          controller.enqueue(enc.encode(`id: ${e.seq}\nevent: ${e.type}\ndata: ${JSON.stringify(eventToJson(e, ctx.clock.now()))}\n\n`));
        } catch {
          unsubscribe();
        }
      };
      controller.enqueue(enc.encode(`: grand ${ctx.grandId} events after ${since}\n\n`));
      for (const e of ctx.service.events.since(since)) send(e);
      const unsubscribeEvents = ctx.service.events.subscribe(send);
      // A comment line now and then keeps idle connections (and proxies) from timing out.
      const stopHeartbeat = every(ctx.clock, SSE_HEARTBEAT_MS, () => {
        try {
          controller.enqueue(enc.encode(": keep-alive\n\n"));
        } catch {
          unsubscribe();
        }
      });
      unsubscribe = () => {
        unsubscribeEvents();
        stopHeartbeat();
      };
      signal.addEventListener("abort", () => {
        unsubscribe();
        try {
          controller.close();
        } catch {}
      });
    },
    cancel() {
      unsubscribe();
    },
  });
  return new Response(stream, { headers: { "content-type": "text/event-stream", "cache-control": "no-cache" } });
}
