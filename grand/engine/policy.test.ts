import { describe, expect, test } from "bun:test";
import { isPolicyName, POLICIES } from "./policy.ts";
import { ReallocationEngine } from "./engine.ts";
import { PAPER_POOL, type PoolConfig } from "./pool.ts";

const M = 1e6;

describe("what each policy's rule is told", () => {
  test("threshold: the current SUM_L", () => {
    const p = POLICIES.threshold.createPredictor(PAPER_POOL);
    p.observe(0, 40 * M);
    p.observe(2_000, 55 * M);
    expect(POLICIES.threshold.outlook(p, PAPER_POOL)).toEqual({ rule: "algorithm1", sumBps: 55 * M });
  });

  test("ar1: the forecast 20 s ahead, which on a ramp of 1 Mbps per 2 s period is 10 Mbps above the last sample", () => {
    const p = POLICIES.ar1.createPredictor(PAPER_POOL);
    for (let k = 0; k < 30; k++) p.observe(k * 2_000, k * M);
    const o = POLICIES.ar1.outlook(p, PAPER_POOL);
    expect(o.rule).toBe("algorithm1");
    expect(o.rule === "algorithm1" && o.sumBps).toBeCloseTo(39 * M, 0);
  });

  test.each<[string, Partial<PoolConfig>, number]>([
    ["the paper's pool: 60 s lead time + one 2 s period", {}, 62_000],
    ["a 30 s lead time and a 5 s period", { leadTimeMs: 30_000, periodMs: 5_000 }, 35_000],
  ])("horizon: now, and the lead time plus one more monitoring period ahead (%s)", (_name, patch, aheadMs) => {
    const config = { ...PAPER_POOL, ...patch };
    const p = POLICIES.horizon.createPredictor(config);
    // A noiseless ramp of 0.66 Mbps/s (the paper's 300 listeners a minute at 132 kbps) for 600 s, which the filter locks onto.
    for (let k = 0; k <= 300; k++) p.observe(k * 2_000, 20 * M + 0.66 * M * k * 2);
    const o = POLICIES.horizon.outlook(p, config);
    if (o.rule !== "horizon") throw new Error(`expected the horizon rule, got ${o.rule}`);
    expect(o.aheadMs).toBe(aheadMs);
    expect(o.now.meanBps).toBeCloseTo(20 * M + 0.66 * M * 600, -5); // 416 Mbps
    expect(o.ahead.meanBps).toBeCloseTo(20 * M + 0.66 * M * (600 + aheadMs / 1000), -5); // 456.92 Mbps for 62 s
  });
});

test.each([
  ["threshold", 50 * M],
  ["ar1", 50 * M],
  ["horizon", 80 * M],
] as const)("%s counts a draining node's clients as demand: SUM_L %p (only ours does; the paper's two do not)", (name, sum) => {
  const node = (serviceId: string, txBps: number) => ({ serviceId, roles: [PAPER_POOL.role], txBps, capacityBps: 100 * M, ready: true });
  const engine = new ReallocationEngine(PAPER_POOL, POLICIES[name]);
  expect(engine.tick({ members: [node("a", 50 * M)], idle: [], draining: [node("b", 30 * M)] }, 0).observedBps).toBe(sum);
});

test("the three policies by name, each with its one-line summary", () => {
  expect(Object.values(POLICIES).map((p) => [p.name, p.summary])).toEqual([
    ["threshold", "paper's Algorithm 1 on the current summed usage (reactive)"],
    ["ar1", "paper's Algorithm 1 on an AR(1) forecast, 40 s history, 20 s ahead"],
    ["horizon", "ours: Kalman trend forecast and a burst detector, at lead time + p, upper confidence bound, hysteresis"],
  ]);
  expect(["threshold", "ar1", "horizon", "oracle", "toString", ""].map(isPolicyName)).toEqual([true, true, true, false, false, false]);
});
