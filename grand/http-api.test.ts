import { expect, test } from "bun:test";
import { createApi } from "./http-api.ts";
import { formatNodeTable } from "./format.ts";
import { sseMessages, type SseMessage } from "./event-stream.ts";
import { parseCursor, resumeFrom } from "./sse.ts";
import { World } from "../test/harness/world.ts";

const TOKEN = "t".repeat(32);

async function setup() {
  const w = new World();
  const service = w.startGrand();
  w.addAgent("n1", { attributes: { addresses: ["198.18.0.10/15", "fd00::10/64"], linkCapacityBps: 1_000_000_000, agentVersion: "0.3.1", extra: { rack: "7" } } });
  w.addAgent("n2");
  await w.run(500);
  const api = createApi({ service, envelope: service.envelope, clock: w.clock, grandId: "grand-test", epoch: 1, startedAtMs: w.clock.now() });
  const get = async (path: string) => {
    const res = await api.fetch(new Request(`http://grand${path}`));
    return { status: res.status, body: res.headers.get("content-type")?.includes("json") ? await res.json() : res };
  };
  return { w, api, get };
}

test("GET /api/nodes lists registrations with id, attributes, addresses and lease expiry", async () => {
  const { w, get } = await setup();
  const { status, body } = await get("/api/nodes");
  expect(status).toBe(200);
  const nodes = body as { id: string; addresses: string[] }[];
  expect(nodes.map((n) => n.id)).toEqual(["n1", "n2"]);
  // The world's clock starts at 08:00:00.000 and moves in 10 ms steps: n1 registers in the first
  // step for a 2.5 s lease, renews only a second later, and is listed at 08:00:00.500.
  expect(w.clock.now()).toBe(Date.parse("2027-01-15T08:00:00.500Z"));
  expect(nodes[0] as unknown).toEqual({
    id: "n1",
    attributes: {
      roles: ["web"], hostname: "host-n1", addresses: ["198.18.0.10/15", "fd00::10/64"],
      linkCapacityBps: 1_000_000_000, agentVersion: "0.3.1", adaptors: [], extra: { rack: "7" },
    },
    addresses: ["198.18.0.10/15", "fd00::10/64"],
    endpoint: "198.18.0.10:40000",
    leaseId: 1001,
    registeredAt: "2027-01-15T08:00:00.010Z",
    leaseExpiresAt: "2027-01-15T08:00:02.510Z",
    leaseRemainingMs: 2010,
    renewals: 0,
    channel: null,
    load: null,
  });
  expect(nodes[1]!.addresses).toEqual([]);
});

test("lookup by template in the query string", async () => {
  const { get } = await setup();
  expect(((await get("/api/nodes?id=n2")).body as { id: string }[]).map((n) => n.id)).toEqual(["n2"]);
  expect((await get("/api/nodes?role=dispatcher")).body).toEqual([]);
  expect(((await get("/api/nodes?role=web")).body as unknown[]).length).toBe(2);
});

test("one node, and a clear 404 for an unknown one", async () => {
  const { get } = await setup();
  expect(((await get("/api/nodes/n1")).body as { id: string }).id).toBe("n1");
  const missing = await get("/api/nodes/zz");
  expect(missing.status).toBe(404);
  expect(missing.body).toEqual({ error: "node 'zz' is not registered" });
});

test("events: JSON with follow=0, resumable with since; SSE stream otherwise", async () => {
  const { w, api, get } = await setup();
  const all = (await get("/api/events?follow=0")).body as { seq: number; type: string; id: string }[];
  expect(all.map((e) => `${e.seq}:${e.type}:${e.id}`)).toEqual(["1:registered:n1", "2:registered:n2"]);
  expect(((await get("/api/events?follow=0&since=1")).body as unknown[]).length).toBe(1);
  expect((await get("/api/events?since=-1")).status).toBe(400);

  const ctl = new AbortController();
  const res = await api.fetch(new Request("http://grand/api/events?since=2", { signal: ctl.signal }));
  expect(res.headers.get("content-type")).toBe("text/event-stream");
  const reader = res.body!.getReader();
  w.agents[0]!.stop(true);
  await w.run(20);
  let text = "";
  while (!text.includes("event: cancelled")) text += new TextDecoder().decode((await reader.read()).value);
  expect(text).toContain("id: 1:3\nevent: cancelled\n");
  ctl.abort();
});

test("stats carry drop counters; unknown paths and methods get clear errors", async () => {
  const { w, get, api } = await setup();
  w.clock.stepWall(-3_600_000); // uptime is on the monotonic clock: a step does not change it
  const stats = (await get("/api/stats")).body as { nodes: number; drops: { total: number }; registers: number; uptimeMs: number; replayEvictions: unknown; otherEpoch: number; wallSteps: number };
  expect(stats.nodes).toBe(2);
  expect(stats.registers).toBe(2);
  expect(stats.drops.total).toBe(0);
  expect(stats.replayEvictions).toEqual({ nonces: 0, senders: 0, retiredFloors: 0 });
  expect(stats).toMatchObject({ otherEpoch: 0, wallSteps: 0, otherGrands: [], otherGrandAnnounces: 0 });
  expect(stats.uptimeMs).toBeGreaterThanOrEqual(0);
  expect(stats.uptimeMs).toBeLessThan(60_000);
  expect((await get("/nope")).status).toBe(404);
  expect((await api.fetch(new Request("http://grand/api/nodes", { method: "DELETE" }))).status).toBe(405);
});

test("grand nodes prints an aligned table", () => {
  const table = formatNodeTable([
    { id: "n1", attributes: { roles: ["web"], hostname: "a", addresses: ["198.18.0.2/15"] }, addresses: ["198.18.0.2/15"], leaseRemainingMs: 2400, leaseExpiresAt: "", renewals: 3 },
  ]);
  expect(table).toBe("ID  HOSTNAME  ROLES  ADDRESSES      LEASE LEFT  RENEWALS\nn1  a         web    198.18.0.2/15  2.4s        3\n1 node\n");
});

test("web pages cannot act on nodes: JSON content type required, Origin refused, foreign Host refused", async () => {
  const { w } = await setup();
  const service = w.grand;
  const api = createApi({ service, envelope: service.envelope, clock: w.clock, grandId: "g", epoch: 1, startedAtMs: 0, allowedHosts: ["127.0.0.1", "localhost", "[::1]"], apiToken: TOKEN });
  const post = (headers: Record<string, string>) =>
    api.fetch(new Request("http://127.0.0.1:7480/api/nodes/n1/stop", { method: "POST", headers: { host: "127.0.0.1:7480", authorization: `Bearer ${TOKEN}`, ...headers }, body: '{"adaptor":"web"}' }));
  expect((await post({ "content-type": "text/plain" })).status).toBe(415);
  expect((await post({ "content-type": "application/json", origin: "http://evil.example" })).status).toBe(403);
  // passes the checks, then finds no control channel in this in-process grand
  expect((await post({ "content-type": "application/json" })).status).toBe(503);
  const rebound = await api.fetch(new Request("http://evil.example/api/nodes", { headers: { host: "evil.example" } }));
  expect(rebound.status).toBe(403);
});

test("a malformed id is a 400, and an oversized body a 413", async () => {
  const { w } = await setup();
  const api = createApi({ service: w.grand, envelope: w.grand.envelope, clock: w.clock, grandId: "g", epoch: 1, startedAtMs: 0, apiToken: TOKEN });
  expect((await api.fetch(new Request("http://grand/api/nodes/%E0%A4%A/status"))).status).toBe(400);
  expect((await api.fetch(new Request("http://grand/api/nodes/%E0%A4%A"))).status).toBe(400);
  const big = await api.fetch(new Request("http://grand/api/nodes/n1/start", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: "x".repeat(70_000) }));
  expect(big.status).toBe(413);
});

test("the dashboard is served at / and reads the API it documents", async () => {
  const { api } = await setup();
  const res = await api.fetch(new Request("http://grand/"));
  expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
  const html = await res.text();
  for (const path of ["/api/nodes", "/api/stats", "/api/pools", "/api/events", "/api/dashboard/feed", "/window"]) expect(html).toContain(path);
  expect(html).not.toMatch(/https?:\/\//); // self-contained: nothing fetched from elsewhere
});

test.each([
  ["", null, { seq: 0 }],
  ["since=4", null, { seq: 4 }],
  ["epoch=17&since=4", null, { epoch: 17, seq: 4 }],
  ["epoch=17", null, { epoch: 17, seq: 0 }],
  ["", "17:4", { epoch: 17, seq: 4 }],
  ["", "4", { seq: 4 }],
  ["since=2", "17:4", { seq: 2 }],
  ["since=-1", null, { error: "since must be a whole number ≥ 0 (the seq of the last event you have)" }],
  ["since=1.5", null, { error: "since must be a whole number ≥ 0 (the seq of the last event you have)" }],
  ["epoch=x&since=1", null, { error: "epoch must be a whole number ≥ 0 (the epoch of the last event you have)" }],
  ["", "17:", { error: "Last-Event-ID must be EPOCH:SEQ, as sent in the stream's id: lines" }],
  ["", "a:b", { error: "Last-Event-ID must be EPOCH:SEQ, as sent in the stream's id: lines" }],
])("cursor of ?%s with Last-Event-ID %j", (query, lastEventId, cursor) => {
  expect(parseCursor(new URLSearchParams(query), lastEventId)).toEqual(cursor);
});

test.each([
  [{ seq: 0 }, { resume: 0 }],
  [{ epoch: 5, seq: 0 }, { resume: 0 }],
  [{ epoch: 5, seq: 30 }, { resume: 30 }],
  [{ seq: 30 }, { resume: 30 }],
  [{ epoch: 4, seq: 30 }, { reset: "your cursor is from epoch 4; grand restarted and is in epoch 5, where events are numbered from 1 again" }],
  [{ seq: 41 }, { reset: "your cursor 41 is ahead of this grand's last event 40: it is from an earlier run" }],
  [{ epoch: 5, seq: 8 }, { reset: "events 9..9 are no longer held (the oldest held is 10)" }],
  [{ epoch: 5, seq: 9 }, { resume: 9 }],
])("cursor %j against epoch 5 holding 10..40 is %j", (cursor, resumption) => {
  expect(resumeFrom(cursor, { epoch: 5, oldestSeq: 10, lastSeq: 40 })).toEqual(resumption);
});

test("a cursor from before a restart gets 'reset, resync', not a silent gap", async () => {
  const { api, get } = await setup(); // epoch 1, events 1 and 2
  expect((await api.fetch(new Request("http://grand/api/events?follow=0"))).headers.get("grand-epoch")).toBe("1");
  const held = (await get("/api/events?follow=0&epoch=1&since=1")).body as { epoch: number; seq: number }[];
  expect(held.map((e) => `${e.epoch}:${e.seq}`)).toEqual(["1:2"]);
  // A watcher that had seen #5 of an earlier run (this grand has only 2 events).
  for (const query of ["since=5", "epoch=0&since=1"]) {
    const stale = await get(`/api/events?follow=0&${query}`);
    expect(stale.status).toBe(410);
    expect((stale.body as { kind: string; epoch: number; lastSeq: number }).kind).toBe("RESET");
    expect((stale.body as { epoch: number }).epoch).toBe(1);
  }
  // An EventSource reconnecting after grand restarted: reset first, then every event of this epoch.
  const ctl = new AbortController();
  const res = await api.fetch(new Request("http://grand/api/events", { headers: { "last-event-id": "0:9" }, signal: ctl.signal }));
  const messages: SseMessage[] = [];
  for await (const m of sseMessages(res.body!)) if (messages.push(m) === 3) break;
  ctl.abort();
  expect(messages.map((m) => `${m.event} ${m.id ?? "-"}`)).toEqual(["reset -", "registered 1:1", "registered 1:2"]);
  expect(JSON.parse(messages[0]!.data)).toEqual({ type: "reset", epoch: 1, lastSeq: 2, reason: "your cursor is from epoch 0; grand restarted and is in epoch 1, where events are numbered from 1 again" });
  expect((await get("/api/stats")).body).toMatchObject({ eventStream: { resets: 1 } });
});
