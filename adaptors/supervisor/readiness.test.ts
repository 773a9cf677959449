import { expect, test } from "bun:test";
import { createServer } from "node:net";
import { answerMatches, describeReadiness, httpProbe, MemoryHttp, readinessTimeoutMs, tcpProbe, type HttpAnswer, type HttpExpectation, type Readiness } from "./readiness.ts";

test.each<[string, HttpAnswer | undefined, HttpExpectation | undefined, boolean]>([
  ["no answer", undefined, undefined, false],
  ["200 by default", { status: 200, body: "" }, undefined, true],
  ["204 by default", { status: 204, body: "" }, undefined, true],
  ["302 is not 2xx", { status: 302, body: "" }, undefined, false],
  ["503 by default", { status: 503, body: "" }, undefined, false],
  ["the exact status asked for", { status: 401, body: "" }, { status: 401 }, true],
  ["another status than asked", { status: 200, body: "" }, { status: 401 }, false],
  ["body contains the text", { status: 200, body: "<b>Icecast</b>" }, { bodyIncludes: "Icecast" }, true],
  ["body lacks the text", { status: 200, body: "starting" }, { bodyIncludes: "Icecast" }, false],
  ["right body, wrong status", { status: 500, body: "Icecast" }, { bodyIncludes: "Icecast" }, false],
])("answerMatches: %s", (_, answer, expect_, want) => {
  expect(answerMatches(answer, expect_)).toBe(want);
});

test.each<[Readiness | undefined, string, number]>([
  [undefined, "spawned", 0],
  [{ kind: "alive", ms: 500 }, "must stay up for 500 ms", 0],
  [{ kind: "tcp", host: "127.0.0.1", port: 8000, timeoutMs: 10_000 }, "waiting for 127.0.0.1:8000 to accept connections", 10_000],
  [{ kind: "http", url: "http://127.0.0.1:8000/", timeoutMs: 5000 }, "waiting for http://127.0.0.1:8000/ to answer a 2xx status", 5000],
  [
    { kind: "http", url: "http://h/status", expect: { status: 200, bodyIncludes: "up" }, timeoutMs: 1 },
    'waiting for http://h/status to answer status 200 with a body containing "up"',
    1,
  ],
  [{ kind: "command", argv: ["/usr/bin/pg_isready", "-q"], timeoutMs: 3000 }, "waiting for /usr/bin/pg_isready -q to exit 0", 3000],
])("describeReadiness %#", (r, words, timeoutMs) => {
  expect(describeReadiness(r)).toBe(words);
  expect(readinessTimeoutMs(r)).toBe(timeoutMs);
});

test("MemoryHttp answers what it was told, and nothing elsewhere", async () => {
  const http = new MemoryHttp();
  http.answer("http://a/", 200, "ok");
  expect(await http.probe("http://a/", 100)).toEqual({ status: 200, body: "ok" });
  expect(await http.probe("http://b/", 100)).toBeUndefined();
  http.silence("http://a/");
  expect(await http.probe("http://a/", 100)).toBeUndefined();
  expect(http.requests).toEqual(["http://a/", "http://b/", "http://a/"]);
});

test("the real probes against a real listener on loopback", async () => {
  const server = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response("hello", { status: 202 }) });
  try {
    expect(await httpProbe(`http://127.0.0.1:${server.port}/`, 1000)).toEqual({ status: 202, body: "hello" });
    expect(await tcpProbe("127.0.0.1", server.port!)).toBe(true);
  } finally {
    server.stop(true);
  }
  // A port nobody listens on: take one, then close it.
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((r) => probe.close(() => r()));
  expect(await tcpProbe("127.0.0.1", port)).toBe(false);
  expect(await httpProbe(`http://127.0.0.1:${port}/`, 1000)).toBeUndefined();
});
