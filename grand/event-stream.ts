/**
 * Reading grand's event stream (Server-Sent Events from GET /api/events): yields
 * the JSON of each event's `data:` line; comments (keep-alives) are skipped.
 */
export async function* eventStream<T = unknown>(body: ReadableStream<Uint8Array>): AsyncGenerator<T> {
  const dec = new TextDecoder();
  let buf = "";
  for await (const chunk of body) {
    buf += dec.decode(chunk, { stream: true });
    let i;
    while ((i = buf.indexOf("\n\n")) >= 0) {
      const data = buf.slice(0, i).split("\n").find((l) => l.startsWith("data: "));
      buf = buf.slice(i + 2);
      if (data) yield JSON.parse(data.slice(6)) as T;
    }
  }
}
