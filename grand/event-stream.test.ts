import { expect, test } from "bun:test";
import { eventStream } from "./event-stream.ts";

test("events split across chunks are reassembled; comments are skipped", async () => {
  const parts = [": hello\n\n", "id: 1\nevent: registered\nda", 'ta: {"seq":1}\n\n: keep-alive\n\nid: 2\ndata: {"seq":2}\n', "\n"];
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (const p of parts) c.enqueue(new TextEncoder().encode(p));
      c.close();
    },
  });
  const seen: unknown[] = [];
  for await (const e of eventStream(body)) seen.push(e);
  expect(seen).toEqual([{ seq: 1 }, { seq: 2 }]);
});
