/**
 * GET /api/events as Server-Sent Events: the held events after `since`, then
 * each new one as it is published, with a keep-alive comment every
 * SSE_HEARTBEAT_MS. Each event is `id: seq`, `event: type` and `data:` an
 * `EventJson`. Publishing never blocks on a slow reader: a stream that cannot
 * take more is unsubscribed. (`event-stream.ts` is the reading side.)
 */
import { every, type Clock } from "../runtime/wire/index.ts";
import { eventToJson } from "./api-views.ts";
import type { EventLog, LookupEvent } from "./lookup.ts";

/** Period of keep-alive comments on an event stream. */
export const SSE_HEARTBEAT_MS = 5_000;

/** The streaming response; it ends when the request is aborted. */
export function eventsResponse(o: { events: EventLog; clock: Clock; grandId: string; since: number; signal: AbortSignal }): Response {
  const enc = new TextEncoder();
  let unsubscribe = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (e: LookupEvent) => {
        try {
          controller.enqueue(enc.encode(`id: ${e.seq}\nevent: ${e.type}\ndata: ${JSON.stringify(eventToJson(e, o.clock.now()))}\n\n`));
        } catch {
          unsubscribe();
        }
      };
      controller.enqueue(enc.encode(`: grand ${o.grandId} events after ${o.since}\n\n`));
      for (const e of o.events.since(o.since)) send(e);
      const unsubscribeEvents = o.events.subscribe(send);
      // A comment line now and then keeps idle connections (and proxies) from timing out.
      const stopHeartbeat = every(o.clock, SSE_HEARTBEAT_MS, () => {
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
      o.signal.addEventListener("abort", () => {
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
