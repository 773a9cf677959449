import { describe, expect, test } from "bun:test";
import { type Action, describeAction } from "./actions.ts";
import { allocationView, leastUtilised, plan, remember, type PoolState } from "./allocator.ts";
import { EMPTY_MEMORY, type Outlook, type PoolMemory } from "./decide/decision.ts";
import { ReallocationEngine } from "./engine.ts";
import { POLICIES } from "./policy.ts";
import { PAPER_POOL, PoolConfigError, validatePoolConfig, type PoolConfig } from "./pool.ts";
import type { NodeSample } from "./sample.ts";

const M = 1e6;
const node = (serviceId: string, txMbps: number, ready = true): NodeSample => ({
  serviceId,
  roles: ["streaming"],
  txBps: txMbps * M,
  capacityBps: 100 * M,
  ready,
});
const sum = (mbps: number): Outlook => ({ rule: "algorithm1", sumBps: mbps * M });
const dispatched = (...ids: string[]): PoolMemory => ({ ...EMPTY_MEMORY, dispatched: ids });

function state(members: NodeSample[], outlook: Outlook, memory: PoolMemory, config: Partial<PoolConfig> = {}): PoolState {
  return { config: { ...PAPER_POOL, ...config }, members, idle: ["idle-1", "idle-2", "idle-3"], outlook, memory };
}

/** Actions in a compact form for tables: "+id", "-id", "D[a,b]". */
function brief(actions: Action[]): string[] {
  return actions.map((a) =>
    a.kind === "supplement" ? `+${a.serviceId}` : a.kind === "release" ? `-${a.serviceId}` : `D[${a.backends.map((b) => b.serviceId).join(",")}]`,
  );
}

describe("plan", () => {
  test.each<[string, PoolState, string[]]>([
    ["hold inside the thresholds", state([node("a", 60)], sum(60), dispatched("a")), []],
    ["supplement the first idle node", state([node("a", 95)], sum(95), dispatched("a")), ["+idle-1"]],
    [
      "release the least-utilised node, taken out of the dispatcher first",
      state([node("a", 30), node("b", 20), node("c", 25)], sum(75), dispatched("a", "b", "c")),
      ["D[a,c]", "-b"],
    ],
    [
      "a starting node carries nothing, so it goes first",
      state([node("a", 70), node("b", 0, false)], sum(70), dispatched("a")),
      ["D[a]", "-b"],
    ],
    [
      "never the last serving node, even when the other is idle and starting",
      state([node("a", 1), node("b", 0, false)], sum(1), dispatched("a"), { minNodes: 1 }),
      ["D[a]", "-b"],
    ],
    ["never below minNodes", state([node("a", 5), node("b", 5)], sum(10), dispatched("a", "b"), { minNodes: 2 }), []],
    ["never above maxNodes", state([node("a", 99), node("b", 99)], sum(198), dispatched("a", "b"), { maxNodes: 2 }), []],
    ["the dispatcher follows a node that became ready", state([node("a", 90), node("b", 10)], sum(100), dispatched("a")), ["D[a,b]"]],
    ["the first plan sets the dispatcher", state([node("a", 50)], sum(50), EMPTY_MEMORY), ["D[a]"]],
    ["an empty pool is brought up to minNodes", state([], sum(0), EMPTY_MEMORY, { minNodes: 2 }), ["D[]", "+idle-1", "+idle-2"]],
    ["a pool that lost nodes refills to minNodes first", state([node("a", 1)], sum(1), dispatched("a"), { minNodes: 2 }), ["+idle-1"]],
    ["a starting node is not put in the dispatcher", state([node("a", 85), node("b", 0, false)], sum(85), dispatched("a")), []],
    ["the dispatcher's list is in service-id order", state([node("c", 60), node("b", 60), node("a", 60)], sum(180), EMPTY_MEMORY), ["D[a,b,c]"]],
    ["a dispatcher holding another node is resynced", state([node("a", 50), node("b", 40)], sum(90), dispatched("a", "c")), ["D[a,b]"]],
    ["a dispatcher holding one node too many is resynced", state([node("a", 50), node("b", 40)], sum(90), dispatched("a", "b", "c")), ["D[a,b]"]],
    [
      "a release keeps a starting node when a ready one stays beside it",
      state([node("a", 10), node("b", 5), node("c", 20, false)], sum(35), dispatched("a", "b")),
      ["D[a]", "-b"],
    ],
    [
      "a release replaces a pending resync with the one list that drops the victim",
      state([node("a", 30), node("b", 20), node("c", 25)], sum(75), dispatched("a", "b")),
      ["D[a,c]", "-b"],
    ],
  ])("%s", (_name, s, expected) => {
    expect(brief(plan(s, 1_000_000))).toEqual(expected);
  });

  test("never leaves the pool without a serving node", () => {
    // Both members are starting except one; the rule asks for a release; the serving one must stay.
    const s = state([node("a", 0), node("b", 0, false)], sum(0), dispatched("a"));
    const actions = plan(s, 1_000_000);
    expect(brief(actions)).toEqual(["D[a]", "-b"]);
    const onlyServing = state([node("a", 0)], sum(0), dispatched("a"));
    expect(plan(onlyServing, 1_000_000)).toEqual([]);
  });

  test("keeps the last serving node when it, not a starting one, is the least utilised", () => {
    // a serves 1 of 100 Mbps (1 %); b is still starting but already sends 2 Mbps (2 %).
    // SUM 3 < 0.8·(200 − 100) = 80, so Algorithm 1 asks for a release, and the victim is a:
    // releasing it would leave only b, which is not ready, and the service dark.
    const s = state([node("a", 1), node("b", 2, false)], sum(3), dispatched("a"));
    expect(brief(plan(s, 1_000_000))).toEqual([]);
    // The same pool once b serves: a goes, drained first.
    const bothReady = state([node("a", 1), node("b", 2)], sum(3), dispatched("a", "b"));
    expect(brief(plan(bothReady, 1_000_000))).toEqual(["D[b]", "-a"]);
  });

  test("a refill says how far below minNodes the pool is, and carries the server parameters", () => {
    const actions = plan(state([node("a", 1)], sum(1), dispatched("a"), { minNodes: 3 }), 0);
    expect(actions).toEqual([
      { kind: "supplement", pool: "streaming", serviceId: "idle-1", adaptor: "icecast", params: { RelayFrom: "http://source:8000/live" }, reason: "the pool has 1 of at least 3 nodes" },
      { kind: "supplement", pool: "streaming", serviceId: "idle-2", adaptor: "icecast", params: { RelayFrom: "http://source:8000/live" }, reason: "the pool has 1 of at least 3 nodes" },
    ]);
    const none: PoolState = { ...state([node("a", 99)], sum(99), dispatched("a"), { minNodes: 3 }), idle: [] };
    expect(plan(none, 0)).toEqual([]);
  });

  test("a release drains the victims in one dispatcher update that says so, then stops them", () => {
    const actions = plan(state([node("a", 30), node("b", 20), node("c", 25)], sum(75), dispatched("a", "b", "c")), 1_000_000);
    expect(actions).toEqual([
      { kind: "dispatch", pool: "streaming", backends: [{ serviceId: "a", weight: 100 }, { serviceId: "c", weight: 100 }], reason: "drain b" },
      { kind: "release", pool: "streaming", serviceId: "b", adaptor: "icecast", drainMs: 10_000, reason: "SUM 75.00 Mbps < 0.8·(TC − C) = 160.00 Mbps" },
    ]);
  });

  test("a pool that has not acted yet may release at once, even in the first cooldown after time 0", () => {
    expect(brief(plan(state([node("a", 30), node("b", 20)], sum(50), dispatched("a", "b"), { cooldownMs: 30_000 }), 10_000))).toEqual(["D[a]", "-b"]);
    const released: PoolMemory = { ...dispatched("a", "b"), lastReleaseMs: 0 };
    expect(brief(plan(state([node("a", 30), node("b", 20)], sum(50), released, { cooldownMs: 30_000 }), 10_000))).toEqual([]);
  });

  test("no idle node: nothing to supplement", () => {
    const s: PoolState = { ...state([node("a", 99)], sum(99), dispatched("a")), idle: [] };
    expect(plan(s, 0)).toEqual([]);
  });

  test("a supplement carries the pool's adaptor and server control parameters", () => {
    const [a] = plan(state([node("a", 95)], sum(95), dispatched("a")), 0);
    expect(a).toEqual({
      kind: "supplement",
      pool: "streaming",
      serviceId: "idle-1",
      adaptor: "icecast",
      params: { RelayFrom: "http://source:8000/live" },
      reason: "SUM 95.00 Mbps > 0.9·TC = 90.00 Mbps",
    });
  });

  test.each([
    // [ms since the last action, cooldown ms, what happens to a release; a supplement is never held]
    [5_000, 30_000, []],
    [30_000, 30_000, ["D[a]", "-b"]],
    [5_000, 0, ["D[a]", "-b"]],
  ])("%d ms after an action with cooldown %d ms → %o", (since, cooldownMs, expected) => {
    const memory: PoolMemory = { ...dispatched("a", "b"), lastSupplementMs: 100_000 };
    const release = state([node("a", 30), node("b", 20)], sum(50), memory, { cooldownMs });
    expect(brief(plan(release, 100_000 + since))).toEqual(expected);
    const supplement = state([node("a", 99), node("b", 99)], sum(198), memory, { cooldownMs });
    expect(brief(plan(supplement, 100_000 + since))).toEqual(["+idle-1"]);
  });

  test("backend weights follow capacity", () => {
    const big: NodeSample = { ...node("big", 880), capacityBps: 1_000 * M };
    const [d, ...rest] = plan(state([node("a", 85), big], sum(965), EMPTY_MEMORY), 0);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ kind: "dispatch", backends: [{ serviceId: "a", weight: 100 }, { serviceId: "big", weight: 1000 }] });
  });
});

describe("leastUtilised", () => {
  test.each<[string, NodeSample[], string]>([
    ["lowest utilisation", [node("a", 50), node("b", 10), node("c", 30)], "b"],
    ["relative to capacity", [node("a", 50), { ...node("b", 60), capacityBps: 1_000 * M }], "b"],
    ["ties: starting before ready", [node("a", 0), node("b", 0, false)], "b"],
    ["ties: then by id", [node("b", 5), node("a", 5)], "a"],
    ["ties: by id whatever the order", [node("a", 5), node("b", 5)], "a"],
    ["ties: a starting node first whatever the order", [node("b", 0, false), node("a", 0)], "b"],
  ])("%s", (_name, members, expected) => {
    expect(leastUtilised(members, 100 * M)?.serviceId).toBe(expected);
  });
});

test("the allocation view counts every member, and the ready ones apart", () => {
  const members = [node("a", 30), { ...node("b", 10, false), capacityBps: 1_000 * M }, node("c", 5)];
  expect(allocationView(members, 100 * M)).toEqual({
    count: 3,
    capacityBps: 1_200 * M,
    readyCount: 2,
    readyCapacityBps: 200 * M,
    victimCapacityBps: 1_000 * M, // b: 1 % of its link
    observedBps: 45 * M,
  });
  expect(allocationView([], 100 * M)).toEqual({ count: 0, capacityBps: 0, readyCount: 0, readyCapacityBps: 0, victimCapacityBps: 100 * M, observedBps: 0 });
});

test("plan uses the pool's rule: a horizon outlook is judged by the horizon rule, not Algorithm 1", () => {
  // 85 Mbps on one 100 Mbps node: Algorithm 1 would supplement (> 0.9·100); the horizon rule's bound 85 fits 0.95·100.
  const flat = { meanBps: 85 * M, sdBps: 0 };
  const horizon: Outlook = { rule: "horizon", now: flat, ahead: flat, aheadMs: 62_000 };
  expect(brief(plan(state([node("a", 85)], horizon, dispatched("a")), 1_000_000))).toEqual([]);
  expect(brief(plan(state([node("a", 85)], sum(85), dispatched("a")), 1_000_000))).toEqual([]);
  expect(brief(plan(state([node("a", 91)], sum(91), dispatched("a")), 1_000_000))).toEqual(["+idle-1"]);
  const horizon91: Outlook = { rule: "horizon", now: { meanBps: 91 * M, sdBps: 0 }, ahead: { meanBps: 91 * M, sdBps: 0 }, aheadMs: 62_000 };
  expect(brief(plan(state([node("a", 91)], horizon91, dispatched("a")), 1_000_000))).toEqual([]);
  const horizon96: Outlook = { rule: "horizon", now: { meanBps: 96 * M, sdBps: 0 }, ahead: { meanBps: 96 * M, sdBps: 0 }, aheadMs: 62_000 };
  expect(brief(plan(state([node("a", 96)], horizon96, dispatched("a")), 1_000_000))).toEqual(["+idle-1"]);
});

test("remember records when the pool changed and what the dispatcher has", () => {
  const actions = plan(state([node("a", 30), node("b", 20), node("c", 25)], sum(75), dispatched("a", "b", "c")), 7_000);
  const m = remember(dispatched("a", "b", "c"), actions, 7_000);
  expect(m).toEqual({ lastSupplementMs: null, lastReleaseMs: 7_000, dispatched: ["a", "c"] });
});

describe("ReallocationEngine", () => {
  test("ticks the policy's predictor and plans; dry runs report without remembering", () => {
    const live = new ReallocationEngine(PAPER_POOL, POLICIES.threshold);
    const dry = new ReallocationEngine(PAPER_POOL, POLICIES.threshold, { mode: "dry-run" });
    const view = { members: [node("a", 95)], idle: ["b"] };
    for (const engine of [live, dry]) {
      const r = engine.tick(view, 0);
      expect(r.observedBps).toBe(95 * M);
      expect(brief(r.actions)).toEqual(["D[a]", "+b"]);
    }
    expect(live.memory).toEqual({ lastSupplementMs: 0, lastReleaseMs: null, dispatched: ["a"] });
    expect(dry.memory).toEqual(EMPTY_MEMORY);

    // Not having remembered the first plan, the dry run plans the same again.
    expect(dry.tick(view, 2_000).actions.map(describeAction)).toEqual([
      "streaming: dispatch to [a×100] because the set of ready nodes changed",
      "streaming: supplement b (start icecast RelayFrom=http://source:8000/live) because SUM 95.00 Mbps > 0.9·TC = 90.00 Mbps",
    ]);
  });

  test("rejects an unsound pool config, naming the setting", () => {
    expect(() => new ReallocationEngine({ ...PAPER_POOL, minNodes: 0 }, POLICIES.ar1)).toThrow(PoolConfigError);
    expect(() => validatePoolConfig({ ...PAPER_POOL, lowerThreshold: 0.95 })).toThrow(
      "pool 'streaming': lowerThreshold is 0.95; it must not exceed upperThreshold (0.9)",
    );
  });

  test.each<[keyof PoolConfig | string, Partial<PoolConfig>]>([
    ["role", { role: "" }],
    ["nodeCapacityBps", { nodeCapacityBps: 0 }],
    ["slaUtilisation", { slaUtilisation: 1.5 }],
    ["maxNodes", { maxNodes: 0 }],
    ["leadTimeMs", { leadTimeMs: -1 }],
    ["periodMs", { periodMs: 0 }],
    ["horizon.releaseConfidence", { horizon: { ...PAPER_POOL.horizon, releaseConfidence: 1 } }],
    ["horizon.releaseUtilisation", { horizon: { ...PAPER_POOL.horizon, releaseUtilisation: 0.97 } }],
  ])("validation names %s", (setting, patch) => {
    expect(() => validatePoolConfig({ ...PAPER_POOL, ...patch })).toThrow(`${setting} is`);
  });

  test("describeAction says what and why", () => {
    const release: Action = { kind: "release", pool: "p", serviceId: "n1", adaptor: "icecast", drainMs: 10_000, reason: "quiet" };
    expect(describeAction(release)).toBe("p: release n1 (drain 10 s, stop icecast) because quiet");
  });
});
