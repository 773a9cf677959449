/**
 * The connection guard with real sockets on 127.0.0.1 in front of a real
 * Bun.serve on a unix socket, and a fake clock driving its timeouts (the sockets
 * are real; only the waiting is skipped).
 */
import { afterAll, afterEach, expect, test } from "bun:test";
import net from "node:net";
import { join } from "node:path";
import { FakeClock, memoryLogger } from "../runtime/wire/index.ts";
import { CLOSE_GRACE_MS, ConnectionGuard, GUARD_SWEEP_MS, overdue, type ConnectionLimits } from "./http-guard.ts";
import { Scratch } from "../test/harness/scratch.ts";

const scratch = new Scratch();
afterAll(() => scratch.remove());

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

/** A guard in front of an upstream that answers "ok", or waits `holdMs` (real time) before answering /slow. */
function guarded(limits: ConnectionLimits) {
  const clock = new FakeClock();
  const sock = join(scratch.dir("guard-test-"), "up.sock");
  const upstream = Bun.serve({
    unix: sock,
    async fetch(req, server) {
      server.timeout(req, 0);
      if (new URL(req.url).pathname === "/slow") await Bun.sleep(300);
      return new Response("ok\n");
    },
  });
  const log = memoryLogger();
  const guard = new ConnectionGuard({ hostname: "127.0.0.1", port: 0, upstream: sock, limits, clock, log });
  cleanup.push(() => upstream.stop(true), () => guard.stop());
  return { clock, guard, log, url: `http://127.0.0.1:${guard.port}` };
}

/** A raw connection that keeps what it reads and tells when the server closed it. */
async function hold(port: number, send = "") {
  const c = { text: "", closed: false, socket: undefined as undefined | { write(s: string): number; end(): void } };
  c.socket = await Bun.connect({
    hostname: "127.0.0.1",
    port,
    socket: {
      open: (s) => void (send && s.write(send)),
      data: (_s, d) => void (c.text += d.toString()),
      close: () => void (c.closed = true),
      error: () => void (c.closed = true),
    },
  });
  cleanup.push(() => c.socket!.end());
  return c;
}

const settle = (ms = 50) => Bun.sleep(ms);
/** Advances the fake clock in sweep steps, letting the sockets move in between. */
async function advance(clock: FakeClock, ms: number) {
  for (let t = 0; t < ms; t += GUARD_SWEEP_MS) {
    clock.advance(GUARD_SWEEP_MS);
    await settle(5);
  }
}

test.each([
  [{ lastActivityMs: 0 }, 999, undefined],
  [{ lastActivityMs: 0 }, 1000, "idle"],
  [{ lastActivityMs: 500, requestSinceMs: 0 }, 1999, undefined],
  [{ lastActivityMs: 1900, requestSinceMs: 0 }, 2000, "slow"],
  // A request waiting on grand is not idle, however long nothing moves (below requestMs).
  [{ lastActivityMs: 0, requestSinceMs: 0 }, 1500, undefined],
])("connection %j at %d ms is %s (idle 1 s, request 2 s)", (conn, now, verdict) => {
  expect(overdue(conn, now, { idleMs: 1000, requestMs: 2000 })).toBe(verdict as never);
});

test("300 held connections against a cap of 20: 280 get a 503 and are closed; once the idle ones are dropped the API answers again", async () => {
  const { clock, guard, log, url } = guarded({ maxConnections: 20, idleMs: 1000, requestMs: 2000 });
  const held = [];
  for (let i = 0; i < 300; i++) held.push(await hold(guard.port));
  await settle(200);
  const busy = held.filter((c) => c.text.startsWith("HTTP/1.1 503 Service Unavailable\r\n"));
  expect(busy.length).toBe(280);
  expect(busy.every((c) => c.closed)).toBe(true);
  expect(JSON.parse(busy[0]!.text.split("\r\n\r\n")[1]!)).toEqual({ error: "grand's API has as many connections open as it allows; try again shortly", kind: "TOO_MANY_CONNECTIONS" });
  expect(held.filter((c) => !c.closed).length).toBe(20);
  expect((await fetch(`${url}/`)).status).toBe(503);
  // The 20 said nothing: after the idle time they are closed, and the API answers.
  await advance(clock, 1000);
  await settle();
  expect(held.filter((c) => !c.closed).length).toBe(0);
  expect(await (await fetch(`${url}/`)).text()).toBe("ok\n");
  expect(guard.stats()).toMatchObject({ refused: 281, idleClosed: 20, accepted: 21, maxConnections: 20 });
  // One log line for the burst of refusals, not 281.
  expect(log.lines.filter((l) => l.name === "http-connections-capped").map((l) => [l.fields?.open, l.fields?.max, l.fields?.refused])).toEqual([[20, 20, 1]]);
});

test("a request trickled byte by byte is closed after the request time, though never idle", async () => {
  const { clock, guard } = guarded({ maxConnections: 20, idleMs: 1000, requestMs: 2000 });
  const slow = await hold(guard.port, "GET / HTTP/1.1\r\n");
  // A byte every 500 ms keeps it from being idle (1 s); the request time (2 s) still runs out.
  let t = 0;
  for (; t < 4000 && !slow.closed; t += 500) {
    slow.socket!.write("X");
    await advance(clock, 500);
    await settle(10);
  }
  expect(slow.closed).toBe(true);
  expect(t).toBeGreaterThanOrEqual(2000);
  expect(t).toBeLessThanOrEqual(3000);
  expect(slow.text).toBe("");
  expect(guard.stats()).toMatchObject({ slowClosed: 1, idleClosed: 0, open: 0 });
});

test("a request waiting on its answer is not idle; an answered keep-alive connection is, later", async () => {
  const { clock, guard } = guarded({ maxConnections: 20, idleMs: 1000, requestMs: 5000 });
  const waiting = await hold(guard.port, "GET /slow HTTP/1.1\r\nHost: grand\r\n\r\n");
  await advance(clock, 1500); // past the idle time while the upstream takes its (real) 300 ms
  await settle(400);
  expect(waiting.closed).toBe(false);
  expect(waiting.text).toStartWith("HTTP/1.1 200 OK\r\n");
  expect(waiting.text).toEndWith("ok\n");
  await advance(clock, 1000);
  await settle();
  expect(waiting.closed).toBe(true);
  expect(guard.stats()).toMatchObject({ slowClosed: 0, idleClosed: 1, open: 0 });
});

test("a client that keeps its side open after grand's 503 is cut off after the grace time", async () => {
  const { clock, guard } = guarded({ maxConnections: 1, idleMs: 60_000, requestMs: 60_000 });
  await hold(guard.port); // takes the one slot
  // allowHalfOpen: this client never closes its side on its own.
  const stubborn = net.connect({ port: guard.port, host: "127.0.0.1", allowHalfOpen: true });
  let text = "";
  let closed = false;
  stubborn.on("data", (d) => void (text += d.toString()));
  stubborn.on("close", () => void (closed = true));
  stubborn.on("error", () => {});
  cleanup.push(() => stubborn.destroy());
  for (let i = 0; i < 100 && !text.includes("TOO_MANY_CONNECTIONS"); i++) await settle(10);
  expect(text).toStartWith("HTTP/1.1 503 Service Unavailable\r\n");
  expect([closed, guard.stats().closing]).toEqual([false, 1]);
  await advance(clock, CLOSE_GRACE_MS);
  expect(guard.stats().closing).toBe(0);
  // grand's side is gone: the next byte the client sends is refused and its socket closes.
  stubborn.write("x");
  for (let i = 0; i < 100 && !closed; i++) await settle(10);
  expect(closed).toBe(true);
});
