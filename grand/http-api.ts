/**
 * grand's HTTP API. `createApi()` returns a fetch handler, so tests call it
 * in-process with `api.fetch(new Request(...))`; the server shell is Bun.serve.
 *
 *   GET /api/nodes[?id=&role=&hostname=&attr=k=v]   registrations matching a template (JSON array)
 *   GET /api/nodes/:id                              one registration, 404 if not registered
 *   GET /api/events[?epoch=E&since=N]               change events as Server-Sent Events (follows; resumes
 *                                                   from Last-Event-ID E:N too; see sse.ts for reset and
 *                                                   dropped); with ?follow=0 a JSON array of held events,
 *                                                   or 410 {kind: "RESET"} for a cursor from another epoch
 *   GET /api/stats                                  counters, drops by reason
 *   GET /api/nodes/:id/status                       live Status over the node's control channel
 *   POST /api/nodes/:id/start|stop|set              {"adaptor": "...", "params": {...}} over the control channel
 *   GET /api/nodes/:id/window                       the monitor's recent NodeStatus samples of a node
 *   GET /api/monitor                                latest load per node and summed per role
 *   GET /api/pools                                  each reallocated pool: members, idle, outlook, recent actions
 *   GET /metrics                                    Prometheus text format 0.0.4 (metrics.ts)
 *   GET /api/dashboard/feed                         each pool's Figure-8 history, then updates, as Server-Sent
 *                                                   Events (dashboard-feed.ts)
 *   GET /                                           the dashboard (grand/dashboard.ts)
 *   GET /healthz
 *
 * Every POST needs the API token (`Authorization: Bearer TOKEN`, api-token.ts),
 * and with `tokenForReads` (bound off loopback) every request does; on a loopback
 * bind the Host must be a loopback name (DNS rebinding).
 *
 * This file is the route table and the checks on requests; the JSON shapes are
 * `api-views.ts`, errors and their HTTP statuses `api-errors.ts`, the event
 * stream `sse.ts`.
 */
import { VERSION, type Clock, type Envelope, type KernelUdpCounters, type RpcMethod } from "../runtime/wire/index.ts";
import { templateFromQuery } from "./lookup.ts";
import type { LookupService } from "./lookup-service.ts";
import type { ControlManager } from "./control-manager.ts";
import type { Monitor } from "./monitor.ts";
import type { PoolReport } from "./reallocator.ts";
import { DASHBOARD_HTML } from "./dashboard.ts";
import { DashboardFeed } from "./dashboard-feed.ts";
import { actionReplyToJson, eventToJson, loadToJson, nodeDetailToJson, nodeToJson, otherGrandToJson, statusReplyToJson, statusToJson, type ErrorJson, type HttpStatsJson, type MonitorJson, type ResetJson, type StatsJson } from "./api-views.ts";
import { controlErrorResponse, errorResponse, json, notFound } from "./api-errors.ts";
import { EventStreams, parseCursor } from "./sse.ts";
import { metricsText } from "./metrics.ts";
import { METRICS_CONTENT_TYPE } from "./metrics-text.ts";
import { API_TOKEN_ENV, authorizes } from "./api-token.ts";

/** How long an API call waits for a node to answer. */
export const API_RPC_DEADLINE_MS = 15_000;
/** Largest request body accepted (also the server's limit, so larger bodies are never buffered). */
export const MAX_BODY_BYTES = 64 * 1024;

export interface ApiContext {
  /**
   * Host names (without port) this API answers, e.g. ["127.0.0.1", "localhost",
   * "[::1]"] on a loopback bind; others get 403, so a web page cannot reach the
   * API by DNS rebinding. Undefined: any (a unix socket, or a bind off loopback,
   * where every request needs the token instead).
   */
  allowedHosts?: string[];
  /** The API token (api-token.ts): required for every POST; absent, POSTs are refused. */
  apiToken?: string;
  /** Require the token for every request, not only POSTs (an API bound off loopback). */
  tokenForReads?: boolean;
  service: LookupService;
  /** Present when grand runs control channels (not in lookup-only tests). */
  control?: ControlManager;
  monitor?: Monitor;
  /** Present when grand reallocates pools (--pools). */
  pools?: { reports(): PoolReport[] };
  /** The pools' history for the dashboard (present with pools); without it the feed says "no pools". */
  dashboard?: DashboardFeed;
  envelope: Envelope;
  clock: Clock;
  grandId: string;
  epoch: number;
  /** clock.monotonic() when grand started: uptime is measured on it, so a wall-clock step does not change it. */
  startedAtMs: number;
  /** The kernel's UDP counters for grand's network namespace, for /api/stats (receive-buffer drops). */
  kernelUdp?: () => KernelUdpCounters | undefined;
  /** The TCP connection guard's counters, for /api/stats (absent on a unix socket). */
  httpStats?: () => HttpStatsJson | undefined;
  /** How far an event-stream reader may fall behind before it is dropped (default DEFAULT_EVENTS_BACKLOG). */
  eventsBacklog?: number;
}

/** The API as a fetch handler over `ctx`. */
export function createApi(ctx: ApiContext): { fetch: (req: Request) => Response | Promise<Response>; streams: EventStreams } {
  const streams = new EventStreams({ events: ctx.service.events, clock: ctx.clock, grandId: ctx.grandId, epoch: ctx.epoch, maxBacklogEvents: ctx.eventsBacklog });
  // Never started: it holds nothing and only keeps the page's feed open.
  const noPools = new DashboardFeed({ pools: { reports: () => [] }, configs: new Map(), capacityOf: () => undefined, clock: ctx.clock });
  return {
    streams,
    fetch(req) {
      let url: URL;
      try {
        url = new URL(req.url);
      } catch {
        // Without a Host (HTTP/1.0), Bun's req.url is only the path.
        if (!req.headers.get("host")) return errorResponse({ error: "the request has no Host header; send one (HTTP/1.1 requires it), e.g. Host: 127.0.0.1" }, 400);
        return errorResponse({ error: "the Host header and path do not form a valid URL" }, 400);
      }
      const host = req.headers.get("host") ?? url.host;
      const path = url.pathname.replace(/\/+$/, "") || "/";
      const now = ctx.clock.now();
      const mono = ctx.clock.monotonic();
      if (ctx.allowedHosts && !ctx.allowedHosts.includes(hostName(host))) {
        return errorResponse({ error: `host '${host}' is not this API's address (${ctx.allowedHosts.join(", ")})` }, 403);
      }
      const denied = checkToken(ctx, req);
      if (denied) return denied;
      const control = /^\/api\/nodes\/([^/]+)\/(status|start|stop|set|window)$/.exec(path);
      if (control) {
        const id = decodeId(control[1]!);
        return id === undefined ? badId() : nodeAction(ctx, req, id, control[2]!);
      }
      if (req.method !== "GET") return errorResponse({ error: `method ${req.method} not allowed on ${path}` }, 405);
      if (path === "/healthz") return json({ ok: true });
      if (path === "/" || path === "/dashboard") return new Response(DASHBOARD_HTML, { headers: { "content-type": "text/html; charset=utf-8" } });
      if (path === "/api/nodes") {
        return json(ctx.service.lookup(templateFromQuery(url.searchParams)).map((l) => nodeToJson(l, now, ctx.control?.info(l.serviceId), ctx.monitor?.latest(l.serviceId), mono)));
      }
      if (path.startsWith("/api/nodes/")) {
        const id = decodeId(path.slice("/api/nodes/".length));
        if (id === undefined) return badId();
        const lease = ctx.service.leases.get(id);
        if (!lease) return notFound(`node '${id}' is not registered`);
        return json(nodeDetailToJson(lease, now, ctx.control?.info(id), ctx.monitor?.latest(id), mono));
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
      if (path === "/api/dashboard/feed") return (ctx.dashboard ?? noPools).response(req.signal);
      if (path === "/metrics") return new Response(metricsText(ctx), { headers: { "content-type": METRICS_CONTENT_TYPE } });
      if (path === "/api/stats") {
        const view: StatsJson = {
          grandId: ctx.grandId,
          epoch: ctx.epoch,
          version: VERSION,
          uptimeMs: mono - ctx.startedAtMs,
          nodes: ctx.service.leases.size,
          channelsOpen: ctx.control?.openCount ?? 0,
          lastEventSeq: ctx.service.events.lastSeq,
          eventStream: streams.stats(),
          http: ctx.httpStats?.() ?? null,
          accepted: ctx.envelope.accepted,
          drops: { total: ctx.envelope.drops.total, ...ctx.envelope.drops.byReason },
          replayEvictions: { ...ctx.envelope.replayEvictions },
          kernelUdp: ctx.kernelUdp?.() ?? null,
          otherGrands: ctx.service.otherGrands().map((g) => otherGrandToJson(g, now, mono)),
          ...ctx.service.counters,
        };
        return json(view);
      }
      if (path === "/api/events") {
        const cursor = parseCursor(url.searchParams, req.headers.get("last-event-id"));
        if ("error" in cursor) return errorResponse({ error: cursor.error }, 400);
        if (url.searchParams.get("follow") !== "0") return streams.response(cursor, req.signal);
        const resumption = streams.resumption(cursor);
        if ("reset" in resumption) {
          const reset: ErrorJson & ResetJson = { error: `reset, resync: ${resumption.reset}; read /api/nodes again and resume with ?epoch=${ctx.epoch}&since=0`, kind: "RESET", type: "reset", epoch: ctx.epoch, lastSeq: ctx.service.events.lastSeq, reason: resumption.reset };
          return errorResponse(reset, 410);
        }
        const held = json(ctx.service.events.since(resumption.resume).map((e) => eventToJson(e, now, ctx.epoch, mono)));
        held.headers.set("grand-epoch", String(ctx.epoch));
        return held;
      }
      return notFound(`no such endpoint ${path}; see /api/nodes, /api/events, /api/stats, /api/monitor`);
    },
  };
}

/** The host name of a Host header, lower case, without the port ("[::1]:7480" → "[::1]"). */
function hostName(host: string): string {
  return host.toLowerCase().replace(/:\d*$/, "");
}

/** 401 unless the request carries the token where one is needed (every POST; everything with tokenForReads). */
function checkToken(ctx: ApiContext, req: Request): Response | undefined {
  if (req.method !== "POST" && !ctx.tokenForReads) return undefined;
  const unauthorized = (error: string) =>
    new Response(JSON.stringify({ error, kind: "UNAUTHORIZED" }, null, 2) + "\n", { status: 401, headers: { "content-type": "application/json", "www-authenticate": 'Bearer realm="grand"' } });
  if (ctx.apiToken === undefined) {
    return unauthorized("this grand has no API token, so it accepts no POST: it was started without --api-token-file (make one with 'grand token > api.token' and restart grand with --api-token-file api.token)");
  }
  if (!authorizes(req.headers.get("authorization"), ctx.apiToken)) {
    return unauthorized(`send grand's API token as Authorization: Bearer TOKEN (the grand commands read it from --api-token-file or $${API_TOKEN_ENV})`);
  }
  return undefined;
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
