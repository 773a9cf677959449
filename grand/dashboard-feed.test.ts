import { expect, test } from "bun:test";
import { FakeClock } from "../runtime/wire/index.ts";
import { actionMark, DashboardFeed, poolPoint, type DashboardSnapshot, type DashboardUpdate } from "./dashboard-feed.ts";
import { PAPER_POOL, type PoolConfig } from "./engine/index.ts";
import { sseMessages } from "./event-stream.ts";
import type { PoolReport } from "./reallocator.ts";

const M = 1e6;
/** The paper's thresholds (ut 0.9, lt 0.8) with a 50 Mbps default node. */
const CONFIG: PoolConfig = { ...PAPER_POOL, name: "web", role: "web", adaptor: "web", nodeCapacityBps: 50 * M };

function report(over: Partial<PoolReport>): PoolReport {
  return {
    pool: "web", policy: "threshold", mode: "live", atMs: 1_000, observedBps: 0, outlook: null,
    members: [], idle: [], releasing: [], unreachable: [], dispatchers: [], lastActions: [], ...over,
  };
}

test("an Algorithm 1 point: TC from the nodes' own capacities or the default, thresholds on TC and TC − C of the least-utilised node", () => {
  const r = report({
    observedBps: 60 * M,
    outlook: { rule: "algorithm1", sumBps: 61 * M },
    // a: 50 of 100 Mbps (its own link); b: 10 of 50 Mbps (reports none: the default) — b is the least utilised.
    members: [{ serviceId: "a", ready: true, txBps: 50 * M }, { serviceId: "b", ready: false, txBps: 10 * M }],
  });
  const p = poolPoint(r, CONFIG, (id) => (id === "a" ? 100 * M : 0));
  expect(p).toEqual({
    t: 1_000, demandBps: 60 * M, forecastBps: 61 * M, boundBps: null,
    supplementAboveBps: 0.9 * 150 * M, releaseBelowBps: 0.8 * (150 - 50) * M,
    allocatedBps: 150 * M, servingBps: 100 * M, members: 2, serving: 1,
  });
});

test("a horizon point: forecast at the horizon, bound max(mean + z·sd) now and ahead, no release line with one member", () => {
  const r = report({
    policy: "horizon", observedBps: 9 * M,
    outlook: { rule: "horizon", now: { meanBps: 10 * M, sdBps: 1 * M }, ahead: { meanBps: 20 * M, sdBps: 2 * M }, aheadMs: 62_000 },
    members: [{ serviceId: "a", ready: true, txBps: 9 * M }],
  });
  // z = 2 (HORIZON_DEFAULTS.confidence): now 12 Mbps, ahead 24 Mbps; supplement above 0.95 of 100 Mbps.
  const p = poolPoint(r, CONFIG, () => 100 * M);
  expect(p).toEqual({
    t: 1_000, demandBps: 9 * M, forecastBps: 20 * M, boundBps: 24 * M, supplementAboveBps: 95 * M, releaseBelowBps: null,
    allocatedBps: 100 * M, servingBps: 100 * M, members: 1, serving: 1,
  });
});

test("before its first period a pool has no forecast and nothing allocated", () => {
  expect(poolPoint(report({}), CONFIG, () => undefined)).toEqual({
    t: 1_000, demandBps: 0, forecastBps: null, boundBps: null, supplementAboveBps: 0, releaseBelowBps: null, allocatedBps: 0, servingBps: 0, members: 0, serving: 0,
  });
});

test.each([
  ["web: supplement n1 (start web) because the pool has 0 of at least 1 nodes", "started: pid 42", "supplement", "n1", "started"],
  ["web: release n2 (drain 1 s, stop web) because upper bound ≤ 1.00 Mbps", "draining 1000 ms", "release", "n2", "draining"],
  ["web: dispatch to [n1×100] because the set of ready nodes changed", "reported: the pool names no dispatcher", "dispatch", null, "reported"],
  ["web: set lb haproxy backends=n1@10.0.0.1:80/100", "failed: timeout", "set", "lb", "failed"],
  ["something else", "dry-run: not carried out", "other", null, "dry-run"],
])("mark of %s", (action, outcome, kind, node, cls) => {
  expect(actionMark("web", { atMs: 5, action, outcome })).toEqual({ t: 5, kind, outcome: cls, node, text: `${action} — ${outcome}` });
});

test("the feed takes one point per new report, marks each logged action once, and bounds its history", () => {
  const clock = new FakeClock();
  let current = report({});
  const feed = new DashboardFeed({ pools: { reports: () => [current] }, configs: new Map([["web", CONFIG]]), capacityOf: () => 100 * M, clock });
  const updates: DashboardUpdate[] = [];
  feed.subscribe((u) => updates.push(u));
  feed.sample();
  feed.sample(); // same report: nothing new
  expect(updates.length).toBe(1);
  expect(updates[0]!.points.map((p) => p.t)).toEqual([1_000]);

  const a1 = { atMs: 1_500, action: "web: supplement n1 (start web) because x", outcome: "starting" };
  const a2 = { atMs: 1_900, action: "web: supplement n1 (start web) because x", outcome: "started: ok" };
  current = report({ atMs: 2_000, lastActions: [a1] });
  feed.sample();
  current = report({ atMs: 2_000, lastActions: [a1, a2] });
  feed.sample();
  // The log moved on: a1 left the window, a2 is still there and is not marked again.
  current = report({ atMs: 3_000, lastActions: [a2] });
  feed.sample();
  expect(updates.map((u) => [u.points.map((p) => p.t), u.marks.map((m) => m.outcome)])).toEqual([
    [[1_000], []], [[2_000], ["starting"]], [[], ["started"]], [[3_000], []],
  ]);
  const snap = feed.snapshot();
  expect(snap.pools.map((p) => [p.pool, p.policy, p.mode, p.points.length, p.marks.length])).toEqual([["web", "threshold", "live", 3, 2]]);

  // 300 points are held (ten minutes of the paper's 2 s period); the oldest go first.
  for (let i = 4; i <= 400; i++) {
    current = report({ atMs: i * 1_000 });
    feed.sample();
  }
  const held = feed.snapshot().pools[0]!.points;
  expect(held.length).toBe(300);
  expect(held[0]!.t).toBe(101_000);
  expect(held.at(-1)!.t).toBe(400_000);
});

test("a pool grand has no settings for is left out, and a report of time 0 (no period yet) makes no point", () => {
  const feed = new DashboardFeed({ pools: { reports: () => [report({ atMs: 0 }), report({ pool: "ghost" })] }, configs: new Map([["web", CONFIG]]), capacityOf: () => 0, clock: new FakeClock() });
  feed.sample();
  expect(feed.snapshot().pools.map((p) => [p.pool, p.points.length])).toEqual([["web", 0]]);
});

test("GET /api/dashboard/feed: the snapshot first, then each sample's update; the stream ends with the request", async () => {
  const clock = new FakeClock();
  let current = report({ atMs: 1_000 });
  const feed = new DashboardFeed({ pools: { reports: () => [current] }, configs: new Map([["web", CONFIG]]), capacityOf: () => 0, clock });
  feed.start(); // samples once at once
  const abort = new AbortController();
  const res = feed.response(abort.signal);
  expect(res.headers.get("content-type")).toBe("text/event-stream");
  const messages = sseMessages(res.body!);
  const first = (await messages.next()).value!;
  expect(first.event).toBe("snapshot");
  const snap = JSON.parse(first.data) as DashboardSnapshot;
  expect(snap.sampleMs).toBe(1_000);
  expect(snap.pools[0]!.points.map((p) => p.t)).toEqual([1_000]);
  current = report({ atMs: 2_000 });
  clock.advance(1_000); // the feed's timer samples
  const second = (await messages.next()).value!;
  expect(second.event).toBe("update");
  expect((JSON.parse(second.data) as DashboardUpdate).points.map((p) => p.t)).toEqual([2_000]);
  abort.abort();
  expect((await messages.next()).done).toBe(true);
  feed.stop();
});
