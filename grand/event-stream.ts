/**
 * Reading grand's event stream (Server-Sent Events from GET /api/events; the
 * format is in sse.ts). `sseMessages` yields every message with its event
 * type and id; `eventStream` only the JSON of change events (no comments,
 * no `reset` or `dropped`).
 */

/** One SSE message: `event:` (default "message"), `id:` and the joined `data:` lines. */
export interface SseMessage {
  event: string;
  id?: string;
  data: string;
}

/** The messages of an SSE body, reassembled across chunks; comments are skipped. */
export async function* sseMessages(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const dec = new TextDecoder();
  let buf = "";
  for await (const chunk of body) {
    buf += dec.decode(chunk, { stream: true });
    let i;
    while ((i = buf.indexOf("\n\n")) >= 0) {
      const lines = buf.slice(0, i).split("\n");
      buf = buf.slice(i + 2);
      const field = (name: string) => lines.filter((l) => l.startsWith(`${name}:`)).map((l) => l.slice(name.length + 1).replace(/^ /, ""));
      const data = field("data");
      if (data.length === 0) continue;
      yield { event: field("event").at(-1) ?? "message", id: field("id").at(-1), data: data.join("\n") };
    }
  }
}

/** Control messages of the stream, not change events. */
const CONTROL_EVENTS = new Set(["reset", "dropped"]);

/** The JSON of each change event's `data:`. */
export async function* eventStream<T = unknown>(body: ReadableStream<Uint8Array>): AsyncGenerator<T> {
  for await (const m of sseMessages(body)) if (!CONTROL_EVENTS.has(m.event)) yield JSON.parse(m.data) as T;
}
