/**
 * GET /api/events as Server-Sent Events. (`event-stream.ts` is the reading side.)
 *
 * Wire format, one message per change event:
 *
 *   id: EPOCH:SEQ          grand's epoch (changes each start) and the event's number (1, 2, … per epoch)
 *   event: TYPE            registered | renewed-with-changes | expired | cancelled
 *   data: EventJson        one line of JSON (api-views.ts), carrying `epoch` and `seq` too
 *
 * and three kinds of control message: a comment (`: …`) first and every
 * SSE_HEARTBEAT_MS as a keep-alive; `event: reset` (data `ResetJson`) when the
 * client's cursor cannot be resumed — it is from another epoch (grand
 * restarted), ahead of this grand's last event, or older than the events still
 * held — after which every held event of this epoch follows, so the client
 * drops what it knew and rebuilds from the stream (or from /api/nodes);
 * `event: dropped` (data `DroppedJson`) just before grand closes a stream
 * whose reader fell more than `maxBacklogEvents` behind.
 *
 * A cursor is `?epoch=E&since=N`, or the `Last-Event-ID: E:N` an EventSource
 * sends when it reconnects; a bare `?since=N` (no epoch) is taken as this
 * epoch's, unless N is ahead of the last event.
 *
 * Memory per client is a cursor into the event log, not a buffer: the stream
 * serialises the next few events only when the connection asks for more
 * (`pull`), so a reader that stops reading stops costing anything but its
 * backlog count, and is dropped once that passes the bound. Publishing never
 * waits for a reader. Runs on grand's event loop.
 */
import { every, type Clock } from "../runtime/wire/index.ts";
import { eventToJson, type DroppedJson, type EventStreamStatsJson, type ResetJson } from "./api-views.ts";
import type { EventLog } from "./lookup.ts";

/** Period of keep-alive comments on an event stream. */
export const SSE_HEARTBEAT_MS = 5_000;
/** Events serialised per pull: small enough that a stalled reader holds little, large enough to catch up quickly. */
export const SSE_BATCH_EVENTS = 32;
/** Default bound on how far a reader may fall behind the newest event before it is dropped (about a minute of a busy pool). */
export const DEFAULT_EVENTS_BACKLOG = 1_000;

/** Where a client wants to resume: after `seq` of `epoch` (epoch undefined: "this one"). */
export interface EventCursor {
  epoch?: number;
  seq: number;
}

/**
 * The cursor of a request: `?epoch=E&since=N`, else `Last-Event-ID: E:N` (or `N`),
 * else from the start. A malformed value is an error naming what is allowed.
 */
export function parseCursor(query: URLSearchParams, lastEventId: string | null): EventCursor | { error: string } {
  const whole = (text: string) => (/^\d{1,15}$/.test(text) ? Number(text) : undefined);
  const since = query.get("since");
  const epoch = query.get("epoch");
  if (since !== null || epoch !== null) {
    const seq = since === null ? 0 : whole(since);
    if (seq === undefined) return { error: "since must be a whole number ≥ 0 (the seq of the last event you have)" };
    if (epoch === null) return { seq };
    const e = whole(epoch);
    if (e === undefined) return { error: "epoch must be a whole number ≥ 0 (the epoch of the last event you have)" };
    return { epoch: e, seq };
  }
  if (lastEventId !== null && lastEventId !== "") {
    const m = /^(?:(\d{1,15}):)?(\d{1,15})$/.exec(lastEventId.trim());
    if (!m) return { error: "Last-Event-ID must be EPOCH:SEQ, as sent in the stream's id: lines" };
    return m[1] === undefined ? { seq: Number(m[2]) } : { epoch: Number(m[1]), seq: Number(m[2]) };
  }
  return { seq: 0 };
}

/** Resume after `seq`, or reset (start over from the oldest held event) and why. */
export type Resumption = { resume: number } | { reset: string };

/** Whether a cursor can be resumed against a log in `epoch` holding events oldestSeq..lastSeq. */
export function resumeFrom(cursor: EventCursor, log: { epoch: number; oldestSeq: number; lastSeq: number }): Resumption {
  if (cursor.epoch !== undefined && cursor.epoch !== log.epoch) {
    return { reset: `your cursor is from epoch ${cursor.epoch}; grand restarted and is in epoch ${log.epoch}, where events are numbered from 1 again` };
  }
  if (cursor.seq > log.lastSeq) return { reset: `your cursor ${cursor.seq} is ahead of this grand's last event ${log.lastSeq}: it is from an earlier run` };
  if (cursor.seq > 0 && cursor.seq + 1 < log.oldestSeq) {
    return { reset: `events ${cursor.seq + 1}..${log.oldestSeq - 1} are no longer held (the oldest held is ${log.oldestSeq})` };
  }
  return { resume: cursor.seq };
}

export interface EventStreamOptions {
  events: EventLog;
  clock: Clock;
  grandId: string;
  epoch: number;
  /** A reader this many events behind the newest (counting only events published since it connected) is dropped. */
  maxBacklogEvents?: number;
}

/** The event streams of one grand, with their counters (GET /api/stats `eventStream`). */
export class EventStreams {
  private readonly o: Required<EventStreamOptions>;
  private readonly open = new Set<{ backlog(): number }>();
  /** Streams dropped for falling behind. */
  dropped = 0;
  /** Streams started with a reset (cursor from another epoch, ahead, or too old). */
  resets = 0;
  /** Bytes handed to connections, over all streams. */
  bytesSent = 0;

  constructor(o: EventStreamOptions) {
    this.o = { maxBacklogEvents: DEFAULT_EVENTS_BACKLOG, ...o };
  }

  stats(): EventStreamStatsJson {
    let maxBacklog = 0;
    for (const c of this.open) maxBacklog = Math.max(maxBacklog, c.backlog());
    return { clients: this.open.size, dropped: this.dropped, resets: this.resets, bytesSent: this.bytesSent, maxBacklogEvents: this.o.maxBacklogEvents, largestBacklog: maxBacklog };
  }

  /** The cursor's resumption against the log now. */
  resumption(cursor: EventCursor): Resumption {
    const { events, epoch } = this.o;
    return resumeFrom(cursor, { epoch, oldestSeq: events.oldestSeq, lastSeq: events.lastSeq });
  }

  /** The streaming response for a cursor; it ends when the request is aborted or the reader falls too far behind. */
  response(cursor: EventCursor, signal: AbortSignal): Response {
    const { events, clock, grandId, epoch, maxBacklogEvents } = this.o;
    const enc = new TextEncoder();
    const resumption = this.resumption(cursor);
    const startSeq = events.lastSeq;
    // The seq of the last event handed to the connection.
    let sent = "resume" in resumption ? resumption.resume : 0;
    let wake: (() => void) | undefined;
    let closed = false;
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const client = { backlog: () => events.lastSeq - Math.max(sent, startSeq) };
    const push = (text: string) => {
      const bytes = enc.encode(text);
      this.bytesSent += bytes.byteLength;
      controller.enqueue(bytes);
    };
    // The subscription and heartbeat are set up once the stream exists (below); finish runs only after.
    let unsubscribe = () => {};
    let stopHeartbeat = () => {};
    const finish = () => {
      if (closed) return;
      closed = true;
      this.open.delete(client);
      unsubscribe();
      stopHeartbeat();
      wake?.();
      try {
        controller.close();
      } catch {}
    };
    const stream = new ReadableStream<Uint8Array>({
      start: (c) => {
        controller = c;
        push(`: grand ${grandId} epoch ${epoch} events after ${sent}\n\n`);
        if ("reset" in resumption) {
          this.resets++;
          const reset: ResetJson = { type: "reset", epoch, lastSeq: events.lastSeq, reason: resumption.reset };
          push(`event: reset\ndata: ${JSON.stringify(reset)}\n\n`);
        }
      },
      // Called when the connection wants more. It must not settle without enqueueing
      // (Bun does not pull again after an empty pull), so with nothing new it waits for a publish.
      pull: async () => {
        while (!closed) {
          const batch = events.after(sent, SSE_BATCH_EVENTS);
          if (batch.length) {
            const now = clock.now();
            const mono = clock.monotonic();
            push(batch.map((e) => `id: ${epoch}:${e.seq}\nevent: ${e.type}\ndata: ${JSON.stringify(eventToJson(e, now, epoch, mono))}\n\n`).join(""));
            sent = batch.at(-1)!.seq;
            return;
          }
          await new Promise<void>((resolve) => (wake = resolve));
        }
      },
      cancel: finish,
    }, { highWaterMark: 0 });
    unsubscribe = events.subscribe(() => {
      if (client.backlog() > maxBacklogEvents) {
        this.dropped++;
        const why: DroppedJson = { type: "dropped", epoch, lastSeq: events.lastSeq, sentSeq: sent, reason: `you fell more than ${maxBacklogEvents} events behind; reconnect with Last-Event-ID ${epoch}:${sent}` };
        try {
          push(`event: dropped\ndata: ${JSON.stringify(why)}\n\n`);
        } catch {}
        finish();
        return;
      }
      const w = wake;
      wake = undefined;
      w?.();
    });
    // A comment now and then keeps idle connections (and proxies) from timing out;
    // only when the connection has taken all we gave it, so a stalled reader gains nothing.
    stopHeartbeat = every(clock, SSE_HEARTBEAT_MS, () => {
      if (!closed && (controller.desiredSize ?? 0) >= 0) push(": keep-alive\n\n");
    });
    this.open.add(client);
    signal.addEventListener("abort", finish);
    if (signal.aborted) finish();
    return new Response(stream, {
      // The connection ends with the stream: a dropped reader is cut off, not left holding a socket.
      headers: { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "close", "grand-epoch": String(epoch) },
    });
  }
}
