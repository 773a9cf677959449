/**
 * grand's HTTP API. `createApi()` returns a fetch handler, so tests call it
 * in-process with `api.fetch(new Request(...))`; the server shell is Bun.serve.
 *
 *   GET /api/nodes[?id=&role=&hostname=&attr=k=v]   registrations matching a template (JSON array)
 *   GET /api/nodes/:id                              one registration, 404 if not registered
 *   GET /api/events[?since=N]                       change events as Server-Sent Events (follows);
 *                                                   with ?follow=0 a JSON array of held events
 *   GET /api/stats                                  counters, drops by reason
 *   GET /healthz
 */
import { every, type Clock } from "../runtime/clock.ts";
import type { Envelope } from "../runtime/envelope.ts";
import { VERSION } from "../runtime/version.ts";
import type { LookupEvent } from "./lookup.ts";
import { templateFromQuery } from "./lookup.ts";
import { leaseToJson, type LookupService } from "./lookup-service.ts";

export interface ApiContext {
  service: LookupService;
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
      if (req.method !== "GET") return json({ error: `method ${req.method} not allowed; this API is read-only for now` }, 405);
      const path = url.pathname.replace(/\/+$/, "") || "/";
      const now = ctx.clock.now();
      if (path === "/healthz") return json({ ok: true });
      if (path === "/api/nodes") return json(ctx.service.lookup(templateFromQuery(url.searchParams)).map((l) => leaseToJson(l, now)));
      if (path.startsWith("/api/nodes/")) {
        const id = decodeURIComponent(path.slice("/api/nodes/".length));
        const lease = ctx.service.leases.get(id);
        return lease ? json(leaseToJson(lease, now)) : notFound(`node '${id}' is not registered`);
      }
      if (path === "/api/stats") {
        return json({
          grandId: ctx.grandId,
          epoch: ctx.epoch,
          version: VERSION,
          uptimeMs: now - ctx.startedAtMs,
          nodes: ctx.service.leases.size,
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
      return notFound(`no such endpoint ${path}; see /api/nodes, /api/events, /api/stats`);
    },
  };
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
