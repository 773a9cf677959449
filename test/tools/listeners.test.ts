/** The listener load generator against a stream server and a web server in this process, on loopback. */
import { afterAll, expect, test } from "bun:test";
import { clientsAt, parseRamp, parseWorkloadCsv, runListeners } from "./listeners.ts";

test.each([
  [0, 0], [5, 5], [10, 10], [15, 10], [20, 10], [25, 5], [30, 0], [99, 0],
])("at %d s the ramp 0:0,10:10,20:10,30:0 asks for %d clients", (t, n) => {
  expect(clientsAt(parseRamp("0:0,10:10,20:10,30:0"), t)).toBe(n);
});

test("a ramp or workload CSV that cannot be read is refused with what is wrong", () => {
  expect(() => parseRamp("0:0,10")).toThrow('ramp point 2 ("10") is not SECONDS:CLIENTS');
  expect(() => parseRamp("10:1,5:2")).toThrow("ramp point 2 (5 s) must come after the one before (10 s)");
  expect(parseWorkloadCsv("time_s,streams\n0,0\n60,300.4\n")).toEqual([{ tS: 0, clients: 0 }, { tS: 60, clients: 300 }]);
  expect(() => parseWorkloadCsv("t,n\n0,0")).toThrow("needs a header with time_s and clients (or streams)");
});

/** 16 kB every 100 ms: 1.31 Mbit/s per stream; /short ends after 0.3 s (a cut). */
const server = Bun.serve({
  hostname: "127.0.0.1",
  port: 0,
  idleTimeout: 0,
  fetch(req) {
    const path = new URL(req.url).pathname;
    if (path === "/page") return new Response("x".repeat(10_000));
    let timer: ReturnType<typeof setInterval>;
    let sent = 0;
    const body = new ReadableStream({
      start(c) {
        timer = setInterval(() => {
          try {
            c.enqueue(new Uint8Array(16_384));
            if (path === "/short" && ++sent === 3) {
              clearInterval(timer);
              c.close();
            }
          } catch {
            clearInterval(timer);
          }
        }, 100);
      },
      cancel() {
        clearInterval(timer);
      },
    });
    return new Response(body);
  },
});
afterAll(() => server.stop(true));

test("stream clients follow the ramp and read at most their rate; those below the stated rate are counted", async () => {
  const r = await runListeners({
    url: `http://127.0.0.1:${server.port}/live`, mode: "stream", ramp: parseRamp("0:2,1.5:3"), seconds: 3.05, maxClients: 3,
    periodMs: 1000, rateBps: 400_000, minBps: 300_000,
  });
  expect(r.periods.map((p) => p.clients)).toEqual([2, 3, 3]);
  expect(r.peakClients).toBe(3);
  // Read at 400 kbit/s (50 kB/s) on average, never the 164 kB/s sent. A read after a wait returns whatever fetch
  // buffered meanwhile, so one period may bring more and the next less (on a loaded machine, 96 kB in one
  // period was seen): bound each client's whole run instead, 50 kB/s × 3.05 s plus one buffered 64 KiB,
  // against the 500 kB it would read unlimited.
  for (const client of [0, 1]) {
    const total = r.periods.reduce((sum, p) => sum + (p.bytes[client] ?? 0), 0);
    expect(total).toBeGreaterThan(50_000);
    expect(total).toBeLessThan(50_000 * 3.05 + 65_536);
  }
  expect(r.cuts).toBe(0);
  const slow = await runListeners({
    url: `http://127.0.0.1:${server.port}/live`, mode: "stream", ramp: parseRamp("0:2"), seconds: 2.05, maxClients: 5,
    periodMs: 1000, rateBps: 0, minBps: 2_000_000, // the server sends 1.31 Mbit/s: both are below 2 Mbit/s
  });
  expect(slow.periods.map((p) => p.below)).toEqual([0, 2]); // the first period is not whole
  expect(slow.listenerSecondsBelow).toBe(2);
}, 10_000);

test("a stream the server ends is a cut and the client connects again; requests clients count requests", async () => {
  const cut = await runListeners({
    url: `http://127.0.0.1:${server.port}/short`, mode: "stream", ramp: parseRamp("0:1"), seconds: 1.2, maxClients: 1, periodMs: 1000, rateBps: 0, minBps: 0,
  });
  expect(cut.cuts).toBeGreaterThanOrEqual(1);
  expect(cut.requests).toBeGreaterThanOrEqual(2);
  const web = await runListeners({
    url: `http://127.0.0.1:${server.port}/page`, mode: "requests", ramp: parseRamp("0:2"), seconds: 1.05, maxClients: 2, periodMs: 1000, rateBps: 800_000, minBps: 0,
  });
  // 2 clients × 100 kB/s: about 10 pages a second each, plus the burst.
  expect(web.requests).toBeGreaterThanOrEqual(15);
  expect(web.requests).toBeLessThanOrEqual(40);
  expect(web.errors).toBe(0);
  const refused = await runListeners({
    url: "http://127.0.0.1:1/page", mode: "requests", ramp: parseRamp("0:1"), seconds: 0.5, maxClients: 1, periodMs: 1000, rateBps: 0, minBps: 0,
  });
  expect(refused.errors).toBeGreaterThanOrEqual(1);
}, 10_000);
