/**
 * grand's HTTP server shell against real sockets on 127.0.0.1: malformed
 * requests, held and idle connections, slow event-stream readers, and the
 * API token. Each grand is assembled by startGrand with an in-memory datagram
 * transport, so only the HTTP side touches the network.
 */
import { afterAll, afterEach, expect, test } from "bun:test";
import { statSync, writeFileSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";
import { Keyring, loadSodium, memoryLogger, MemoryNetwork } from "../runtime/wire/index.ts";
import { API_TOKEN_ENV } from "./api-token.ts";
import { eventToJson, type EventJson, type EventStreamStatsJson, type StatsJson } from "./api-views.ts";
import { grandConfig, type GrandConfig } from "./config.ts";
import { eventStream } from "./event-stream.ts";
import { events } from "./client.ts";
import { grandMain } from "./grand-main.ts";
import type { Lease } from "./lease-table.ts";
import { startGrand, type RunningGrand } from "./start-grand.ts";
import { Scratch } from "../test/harness/scratch.ts";

const scratch = new Scratch();
afterAll(() => scratch.remove());

const sodium = await loadSodium();
const running: RunningGrand[] = [];
afterEach(async () => {
  for (const g of running.splice(0)) await g.stop();
});

async function grandOnLoopback(given: Partial<GrandConfig> = {}) {
  const log = memoryLogger();
  const grand = await startGrand(grandConfig({ id: "grand-http", interfaces: [], http: { address: "127.0.0.1", port: 0 }, ...given }), {
    keyring: new Keyring(sodium, [Uint8Array.from({ length: 32 }, (_, i) => i)]),
    transport: new MemoryNetwork().attach("198.18.0.1", 4161),
    peers: null,
    log,
  });
  running.push(grand);
  return { grand, log, port: grand.httpPort! };
}

/** Sends raw bytes on a fresh TCP connection and returns everything read until the server closes (or `waitMs` passes). */
function raw(port: number, bytes: string, waitMs = 2_000): Promise<string> {
  return new Promise((resolve) => {
    let out = "";
    const done = setTimeout(() => resolve(out), waitMs);
    void Bun.connect({
      hostname: "127.0.0.1",
      port,
      socket: {
        open: (s) => void s.write(bytes),
        data: (_s, d) => void (out += d.toString()),
        close: () => (clearTimeout(done), resolve(out)),
        error: () => (clearTimeout(done), resolve(out)),
      },
    });
  });
}

test("an HTTP/1.0 request with no Host gets a short JSON 400, not a development error page", async () => {
  const { port } = await grandOnLoopback();
  const answer = await raw(port, "GET /api/nodes HTTP/1.0\r\n\r\n");
  const [head, body = ""] = answer.split("\r\n\r\n");
  expect(head!.split("\r\n")[0]).toBe("HTTP/1.1 400 Bad Request");
  expect(head!.toLowerCase()).toContain("content-type: application/json");
  expect(JSON.parse(body)).toEqual({ error: "the request has no Host header; send one (HTTP/1.1 requires it), e.g. Host: 127.0.0.1" });
  expect(body.length).toBeLessThan(1024);
  expect(body).not.toContain(process.cwd());
  expect(body).not.toMatch(/^\s*at /m);
});

test("a request the handler cannot parse gets a short JSON error with no stack or path", async () => {
  const { port } = await grandOnLoopback();
  for (const request of ["GET /api/nodes HTTP/1.1\r\nHost: [zz\r\nConnection: close\r\n\r\n", "GET /api/nodes HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n", "GARBAGE\r\n\r\n"]) {
    const answer = await raw(port, request);
    const body = answer.split("\r\n\r\n")[1] ?? "";
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
    expect(body.length).toBeLessThan(1024);
    expect(body).not.toContain(process.cwd());
    expect(body).not.toMatch(/^\s*at /m);
  }
});

test("a handler that throws gets a short JSON 500; the reason goes to the log, not to the client", async () => {
  const { grand, log, port } = await grandOnLoopback();
  grand.service.lookup = () => {
    throw new Error(`cannot read ${process.cwd()}/secret`);
  };
  const answer = await raw(port, `GET /api/nodes HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
  const [head, body = ""] = answer.split("\r\n\r\n");
  expect(head!.split("\r\n")[0]).toBe("HTTP/1.1 500 Internal Server Error");
  expect(JSON.parse(body)).toEqual({ error: "grand failed to answer this request; the reason is in grand's log" });
  expect(body).not.toContain(process.cwd());
  expect(log.lines.filter((l) => l.name === "http-error").map((l) => l.fields.error)).toEqual([`cannot read ${process.cwd()}/secret`]);
  // and grand goes on answering
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
});

/** A registration as the lookup service would publish it, with `padBytes` of attributes to make each event large. */
function lease(i: number, padBytes = 0): Lease {
  return {
    serviceId: `n${i % 10}`, leaseId: i, bootId: "b", registeredAtMs: 0, renewedAtMs: 0, expiresAtMs: 0, grantedMs: 2500, renewals: 0, endpoint: { address: "198.18.0.9", port: 4000 },
    item: { serviceId: `n${i % 10}`, attributes: { hostname: `h${i}`, roles: ["web"], extra: { pad: "x".repeat(padBytes) } } },
  };
}

/** Yields to the event loop so the server can write and the sockets can move bytes. */
const tick = () => new Promise((r) => setTimeout(r, 1));

test("an event-stream reader that never reads is dropped once it is too far behind; one that reads gets everything", async () => {
  const { grand, port } = await grandOnLoopback({ eventsBacklog: 100 });
  // The stalled reader: a socket that asks for the stream and then never reads.
  const stalled = net.connect(port, "127.0.0.1");
  await new Promise((r) => stalled.once("connect", r));
  stalled.write(`GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
  stalled.pause();
  // A reader that keeps up.
  const ctl = new AbortController();
  const reading = fetch(`http://127.0.0.1:${port}/api/events`, { signal: ctl.signal }).then(async (res) => {
    let last = 0;
    for await (const e of eventStream<EventJson>(res.body!)) if ((last = e.seq) === 6000) break;
    return last;
  });
  await tick();
  // 6000 events of about 4 KB: 25 MB, several times what the kernel buffers of a stalled socket take.
  let published = 0;
  for (let i = 1; i <= 6000; i++) {
    published += JSON.stringify(eventToJson(grand.service.events.publish("registered", lease(i, 4000), 0), 0, grand.epoch)).length;
    if (i % 20 === 0) await tick();
  }
  expect(await reading).toBe(6000);
  ctl.abort();
  await tick();
  const stats = (await (await fetch(`http://127.0.0.1:${port}/api/stats`)).json()) as StatsJson;
  expect(stats.eventStream).toMatchObject({ clients: 0, dropped: 1, maxBacklogEvents: 100 });
  // All that went to the connections: the reader's 6000 events (and their id: and event: lines),
  // and of the stalled one only what its socket took before it fell behind.
  const toReader = published + 6000 * 40;
  expect((stats.eventStream as EventStreamStatsJson).bytesSent - toReader).toBeLessThan(published / 3);
  // The stalled socket, read at last, holds the start of the stream and, last, why it was dropped.
  stalled.resume();
  let text = "";
  stalled.on("data", (d) => void (text += d.toString()));
  await new Promise((r) => stalled.once("close", r));
  expect(text).toEndWith("\r\n0\r\n\r\n"); // the chunked body's end: grand closed the stream
  const last = text.split("\r\n").filter((l) => l.includes("event: ")).join("").trimEnd().split("\n\n").at(-1)!;
  expect(last).toStartWith("event: dropped\ndata: ");
  expect(JSON.parse(last.split("data: ")[1]!)).toMatchObject({ type: "dropped", epoch: grand.epoch, lastSeq: expect.any(Number), reason: expect.stringContaining("more than 100 events behind") });
  stalled.destroy();
}, 30_000);

test("grand events follows grand across a restart: it resumes with its cursor and says 'reset' instead of skipping", async () => {
  const first = await grandOnLoopback();
  const port = first.port;
  first.grand.service.events.publish("registered", lease(1), Date.parse("2027-01-15T08:00:00Z"));
  first.grand.service.events.publish("registered", lease(2), Date.parse("2027-01-15T08:00:01Z"));
  let out = "";
  const io = { stdout: (s: string) => void (out += s), stderr: () => {} };
  const ctl = new AbortController();
  const following = events(["--api", `http://127.0.0.1:${port}`], io, { signal: ctl.signal });
  const until = async (lines: number) => {
    for (let i = 0; i < 500 && out.split("\n").length <= lines; i++) await Bun.sleep(10);
  };
  await until(2);
  await first.grand.stop();
  // grand starts again on the same port: a new epoch, events numbered from 1 again.
  const second = await grandOnLoopback({ http: { address: "127.0.0.1", port } });
  expect(second.grand.epoch).not.toBe(first.grand.epoch);
  second.grand.service.events.publish("expired", lease(3), Date.parse("2027-01-15T08:00:09Z"));
  await until(4);
  ctl.abort();
  expect(await following).toBe(0);
  expect(out).toBe(
    "2027-01-15T08:00:00.000Z #1 registered n1 host=h1 addresses=\n" +
    "2027-01-15T08:00:01.000Z #2 registered n2 host=h2 addresses=\n" +
    `-- reset: your cursor is from epoch ${first.grand.epoch}; grand restarted and is in epoch ${second.grand.epoch}, where events are numbered from 1 again; the events grand holds follow from the start\n` +
    "2027-01-15T08:00:09.000Z #1 expired n3 host=h3 addresses=\n",
  );
});

test("grand events --since EPOCH:N starts after that event", async () => {
  const { grand, port } = await grandOnLoopback();
  for (let i = 1; i <= 3; i++) grand.service.events.publish("registered", lease(i), Date.parse("2027-01-15T08:00:00Z"));
  let out = "";
  const ctl = new AbortController();
  const following = events(["--api", `http://127.0.0.1:${port}`, "--since", `${grand.epoch}:2`], { stdout: (s) => void (out += s), stderr: () => {} }, { signal: ctl.signal });
  for (let i = 0; i < 500 && !out.includes("\n"); i++) await Bun.sleep(10);
  ctl.abort();
  await following;
  expect(out).toBe("2027-01-15T08:00:00.000Z #3 registered n3 host=h3 addresses=\n");
});

const TOKEN = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const dir = scratch.dir("grand-http-");
const tokenFile = join(dir, "api.token");
writeFileSync(tokenFile, TOKEN + "\n", { mode: 0o600 });

/** A request with the given headers: its status and error text. */
async function ask(url: string, init: RequestInit = {}) {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, error: res.headers.get("content-type")?.includes("json") ? (JSON.parse(text) as { error?: string }).error : undefined };
}
const stop = { method: "POST", body: '{"adaptor":"web"}' };
const json = { "content-type": "application/json" };

test("every POST needs the API token; with none configured grand refuses POSTs and says how to configure one", async () => {
  const without = await grandOnLoopback();
  const refused = await ask(`http://127.0.0.1:${without.port}/api/nodes/n1/stop`, { ...stop, headers: json });
  expect(refused.status).toBe(401);
  expect(refused.error).toContain("has no API token, so it accepts no POST: it was started without --api-token-file");

  const { port } = await grandOnLoopback({ apiTokenFile: tokenFile });
  const url = `http://127.0.0.1:${port}/api/nodes/n1/stop`;
  expect((await ask(url, { ...stop, headers: json })).status).toBe(401);
  expect((await ask(url, { ...stop, headers: { ...json, authorization: `Bearer ${TOKEN.slice(0, -1)}0` } })).status).toBe(401);
  expect((await ask(url, { ...stop, headers: { ...json, authorization: TOKEN } })).status).toBe(401);
  // Past the token, the request is handled: this grand has no node n1.
  expect(await ask(url, { ...stop, headers: { ...json, authorization: `Bearer ${TOKEN}` } })).toEqual({ status: 404, error: "node 'n1' is not registered" });
  // Reads on loopback need no token, so the dashboard keeps working in a browser.
  expect((await ask(`http://127.0.0.1:${port}/api/nodes`)).status).toBe(200);
  expect((await ask(`http://127.0.0.1:${port}/`)).status).toBe(200);
});

test("off loopback, every request needs the token", async () => {
  const { port } = await grandOnLoopback({ http: { address: "0.0.0.0", port: 0 }, apiTokenFile: tokenFile });
  const denied = await ask(`http://127.0.0.1:${port}/api/nodes`);
  expect(denied.status).toBe(401);
  expect(denied.error).toContain("Authorization: Bearer TOKEN");
  expect((await ask(`http://127.0.0.1:${port}/api/events?follow=0`)).status).toBe(401);
  expect((await ask(`http://127.0.0.1:${port}/api/nodes`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  // Any Host is fine here: the token, not the name, is the check.
  expect((await ask(`http://127.0.0.1:${port}/api/nodes`, { headers: { host: "grand.example", authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
});

test("on loopback only loopback names are accepted in Host (DNS rebinding)", async () => {
  const { port } = await grandOnLoopback();
  const hostAnswer = async (host: string) => (await raw(port, `GET /api/nodes HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)).split("\r\n")[0];
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, "127.0.0.1", "LOCALHOST"]) expect(await hostAnswer(host)).toBe("HTTP/1.1 200 OK");
  for (const host of [`evil.example:${port}`, "evil.example", `127.0.0.1.evil.example:${port}`, `localhost.:${port}`]) expect(await hostAnswer(host)).toBe("HTTP/1.1 403 Forbidden");
});

test("the API's unix socket is created 0600", async () => {
  const socket = join(dir, "grand.sock");
  await grandOnLoopback({ http: { unix: socket } });
  expect(statSync(socket).mode & 0o777).toBe(0o600);
});

test("the grand commands send the token from --api-token-file or $GRAND_API_TOKEN_FILE", async () => {
  const { port } = await grandOnLoopback({ http: { address: "0.0.0.0", port: 0 }, apiTokenFile: tokenFile });
  const run = async (argv: string[]) => {
    const out = { stdout: "", stderr: "" };
    const code = await grandMain(argv, { stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s) });
    return { code, ...out };
  };
  const api = ["--api", `http://127.0.0.1:${port}`];
  const without = await run(["nodes", ...api]);
  expect(without.code).toBe(1);
  expect(without.stderr).toContain("grand answered 401");
  expect(await run(["nodes", ...api, "--api-token-file", tokenFile])).toEqual({ code: 0, stdout: "ID  HOSTNAME  ROLES  ADDRESSES  LEASE LEFT  RENEWALS\n0 nodes\n", stderr: "" });
  process.env[API_TOKEN_ENV] = tokenFile;
  try {
    expect((await run(["nodes", ...api])).code).toBe(0);
    // A Stop with the token reaches the node lookup: no such node here.
    const stopped = await run(["stop", "n1", "web", ...api]);
    expect([stopped.code, stopped.stderr]).toEqual([1, "grand: stop n1 web failed (404): node 'n1' is not registered\n"]);
  } finally {
    delete process.env[API_TOKEN_ENV];
  }
  const missing = await run(["nodes", ...api, "--api-token-file", join(dir, "none.token")]);
  expect([missing.code, missing.stderr]).toEqual([2, `grand: API token file ${join(dir, "none.token")} not found; make one with 'grand token > ${join(dir, "none.token")}'\n`]);
});

test("grand token prints a fresh 64-hex-digit token; a token file that is too short is refused, naming the file", async () => {
  const tokens: string[] = [];
  for (let i = 0; i < 2; i++) await grandMain(["token"], { stdout: (s) => void tokens.push(s), stderr: () => {} });
  expect(tokens[0]).toMatch(/^[0-9a-f]{64}\n$/);
  expect(tokens[1]).not.toBe(tokens[0]);
  const short = join(dir, "short.token");
  writeFileSync(short, "abc\n");
  await expect(grandOnLoopback({ apiTokenFile: short })).rejects.toThrow(`API token file ${short} holds 3 characters; a token needs at least 32: make one with 'grand token > ${short}'`);
});

test("held connections cannot starve grand: over --http-max-connections they get 503, idle ones are closed, and the API answers again", async () => {
  const { port } = await grandOnLoopback({ httpMaxConnections: 20, httpIdleMs: 1000 });
  const held: net.Socket[] = [];
  const answers: string[] = [];
  for (let i = 0; i < 300; i++) {
    const s = net.connect(port, "127.0.0.1");
    let text = "";
    s.on("data", (d) => void (text += d.toString()));
    s.on("close", () => void answers.push(text));
    s.on("error", () => {});
    held.push(s);
  }
  for (let i = 0; i < 200 && answers.length < 280; i++) await Bun.sleep(10);
  expect(answers.length).toBe(280);
  expect(answers.every((a) => a.startsWith("HTTP/1.1 503 Service Unavailable\r\n") && a.includes('"kind":"TOO_MANY_CONNECTIONS"'))).toBe(true);
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(503);
  // The 20 it holds say nothing; a second later grand has closed them and answers again.
  for (let i = 0; i < 300 && answers.length < 300; i++) await Bun.sleep(10);
  expect(answers.length).toBe(300);
  const stats = (await (await fetch(`http://127.0.0.1:${port}/api/stats`)).json()) as StatsJson;
  expect(stats.http).toMatchObject({ maxConnections: 20, idleMs: 1000, refused: 281, idleClosed: 20, open: 1 });
  for (const s of held) s.destroy();
}, 15_000);
