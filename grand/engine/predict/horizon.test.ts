import { describe, expect, test } from "bun:test";
import { Prng } from "../lab/index.ts";
import { policyForecast, takenAsFull, TREND_DEFAULTS, TrendPredictor, trendForecast, trendNoiseVar, trendPredictNext, trendStart, trendStep, type TrendState } from "./horizon.ts";

const C = 100e6;

describe("trend filter", () => {
  test("locks onto a noiseless ramp and extrapolates it", () => {
    const p = new TrendPredictor(C);
    // 0.66 Mbps/s: the paper's 300 listeners a minute at 132 kbps.
    for (let k = 0; k <= 300; k++) p.observe(k * 2_000, 20e6 + 0.66e6 * k * 2);
    const s = p.state!;
    expect(s.slope).toBeCloseTo(0.66e6, -3);
    const f = p.forecast(62_000);
    expect(f.meanBps).toBeCloseTo(20e6 + 0.66e6 * (600 + 62), -5);
  });

  test("learns the noise level and averages it out", () => {
    const rng = new Prng(3);
    let s = trendStart(0, 300e6, C);
    const sigma = 10e6;
    let sumR = 0;
    for (let k = 1; k <= 1000; k++) {
      s = trendStep(s, k * 2_000, 300e6 + sigma * rng.gaussian(), C);
      if (k > 200) sumR += trendNoiseVar(s, C) / 800;
    }
    // Differences of white noise have variance 2σ², so R ≈ σ² (on average: the estimate is a 2-minute average).
    expect(Math.sqrt(sumR) / sigma).toBeGreaterThan(0.9);
    expect(Math.sqrt(sumR) / sigma).toBeLessThan(1.1);
    expect(Math.abs(s.level - 300e6)).toBeLessThan(sigma);
    expect(Math.abs(s.slope)).toBeLessThan(0.1e6);
  });

  test("is less sure the further ahead it looks", () => {
    const rng = new Prng(4);
    let s = trendStart(0, 100e6, C);
    for (let k = 1; k <= 100; k++) s = trendStep(s, k * 2_000, 100e6 + 0.5e6 * k + 5e6 * rng.gaussian(), C);
    const sds = [0, 10_000, 30_000, 60_000, 120_000].map((h) => trendForecast(s, h).sdBps);
    for (let i = 1; i < sds.length; i++) expect(sds[i]!).toBeGreaterThan(sds[i - 1]!);
  });

  test.each([
    // [P00, P01, P11, h ms, mean, sd] from level 100, slope 2 per s: mean 100 + 2h, variance P00 + 2h·P01 + h²·P11, h in s.
    [4, 1, 0.25, 0, 100, 2],
    [4, 1, 0.25, 10_000, 120, 7], // 4 + 20 + 25 = 49
    [4, 1, 0.25, 20_000, 140, 12], // 4 + 40 + 100 = 144
    [4, 1, 0.25, -5_000, 100, 2], // a horizon before the last sample is taken as 0
    [9, -1, 0.25, 4_000, 108, Math.sqrt(5)], // 9 − 8 + 4 = 5
    [1, -10, 1, 1_000, 102, 0], // 1 − 20 + 1 < 0 (P rounded badly): floored at 0
  ])("forecast from P = [%p, %p, %p], %p ms ahead: mean %p, sd %p", (p00, p01, p11, horizonMs, mean, sd) => {
    const s = { ...trendStart(0, 100, 1), level: 100, slope: 2, p: [p00, p01, p11] as const };
    const f = trendForecast(s, horizonMs);
    expect(f.meanBps).toBeCloseTo(mean, 10);
    expect(f.sdBps).toBeCloseTo(sd, 10);
  });

  test("one predict + update step, by hand", () => {
    // q = (1·1)² = 1, noise floor 1. Start at 10: P = [max(1, 2·1² / 2), 0, 60·q] = [1, 0, 60].
    const settings = { acceleration: 1, noiseTimeConstantMs: 1_000, noiseFloor: 1, relativeNoiseFloor: 0 };
    const s0 = trendStart(0, 10, 1, settings);
    expect(s0.p).toEqual([1, 0, 60]);
    // 12 one second later: first difference 2, so diffVar = 4 and R = max(1, 4 / 2) = 2.
    // Predict: P' = [1 + 60 + 1/3, 60 + 1/2, 60 + 1] = [184/3, 121/2, 61]. S = 184/3 + 2 = 190/3.
    // K = [92/95, 363/380]; innovation 2: level 10 + 184/95, slope 363/190.
    // P = [(3/95)·184/3, (3/95)·121/2, 61 − (363/380)·(121/2)] = [184/95, 363/190, 2437/760].
    const s1 = trendStep(s0, 1_000, 12, 1, settings);
    expect(trendNoiseVar(s1, 1, settings)).toBeCloseTo(2, 12);
    expect(s1.level).toBeCloseTo(1134 / 95, 12);
    expect(s1.slope).toBeCloseTo(363 / 190, 12);
    expect(s1.p[0]).toBeCloseTo(184 / 95, 12);
    expect(s1.p[1]).toBeCloseTo(363 / 190, 12);
    expect(s1.p[2]).toBeCloseTo(2437 / 760, 12);
    // 10 s ahead: variance 184/95 + 20·363/190 + 100·2437/760 = 68553/190, sd 18.9949.
    const f = trendForecast(s1, 10_000);
    expect(f.meanBps).toBeCloseTo(1134 / 95 + 10 * (363 / 190), 12);
    expect(f.sdBps).toBeCloseTo(18.994874655, 8);
  });

  test("two steps 2 s apart on a scale of 2, by hand", () => {
    // acceleration 0.5 of scale 2 → q = (0.5·2)² = 1; noise floor (1·2)² = 4; noise time constant 10 s.
    const settings = { acceleration: 0.5, noiseTimeConstantMs: 10_000, noiseFloor: 1, relativeNoiseFloor: 0 };
    // Start at 10: P00 = max(4, 2·(0.1·10)² / 2 = 1) = 4, P11 = 60·q = 60.
    const s0 = trendStart(0, 10, 2, settings);
    expect(s0.p).toEqual([4, 0, 60]);
    // 16 at 2 s: dt = 2; first difference 6, α = max(1/1, 2/10) = 1: diffMean 6, diffVar 36, R = max(4, 18) = 18.
    // Predict: P00 = 4 + 4·60 + 8/3 = 740/3, P01 = 2·60 + 4/2 = 122, P11 = 60 + 2 = 62. S = 794/3.
    // K = [370/397, 183/397]; innovation 6: level 10 + 2220/397 = 6190/397, slope 1098/397.
    // P = [(27/397)·740/3, (27/397)·122, 62 − (183/397)·122] = [6660/397, 3294/397, 2288/397].
    const s1 = trendStep(s0, 2_000, 16, 2, settings);
    expect(s1.diffMean).toBe(6);
    expect(s1.diffVar).toBe(36);
    expect(trendNoiseVar(s1, 2, settings)).toBe(18);
    expect(s1.level).toBeCloseTo(6190 / 397, 12);
    expect(s1.slope).toBeCloseTo(1098 / 397, 12);
    expect(s1.p[0]).toBeCloseTo(6660 / 397, 12);
    expect(s1.p[1]).toBeCloseTo(3294 / 397, 12);
    expect(s1.p[2]).toBeCloseTo(2288 / 397, 12);
    // 17 at 4 s: α = max(1/2, 2/10) = 1/2; deviation 17 − 16 − 6 = −5: diffMean 3.5, diffVar 36 + (25 − 36)/2 = 30.5, R = 15.25.
    const s2 = trendStep(s1, 4_000, 17, 2, settings);
    expect(s2.diffs).toBe(2);
    expect(s2.diffMean).toBe(3.5);
    expect(s2.diffVar).toBe(30.5);
    expect(trendNoiseVar(s2, 2, settings)).toBe(15.25);
    // Predict: level 6190/397 + 2·1098/397 = 8386/397; P00 = 6660/397 + 4·3294/397 + 4·2288/397 + 8/3 = 90140/1191,
    // P01 = 3294/397 + 2·2288/397 + 2 = 8664/397. S = 90140/1191 + 61/4; innovation 17 − 8386/397.
    // Update: level 7664158/433211, slope 769446/433211, P00 5498540/433211.
    expect(s2.level).toBeCloseTo(7664158 / 433211, 12);
    expect(s2.slope).toBeCloseTo(769446 / 433211, 12);
    expect(s2.p[0]).toBeCloseTo(5498540 / 433211, 12);
  });

  test("a long time constant makes the noise estimate average slowly once it has a few differences", () => {
    // α = max(1/n, dt/τ): with τ = 10 s and 2 s steps, from the 6th difference on α = 0.2.
    const settings = { acceleration: 0.5, noiseTimeConstantMs: 10_000, noiseFloor: 0, relativeNoiseFloor: 0 };
    let s = trendStart(0, 0, 1, settings);
    for (let i = 1; i <= 5; i++) s = trendStep(s, i * 2_000, 0, 1, settings);
    expect([s.diffMean, s.diffVar]).toEqual([0, 0]);
    s = trendStep(s, 12_000, 10, 1, settings);
    // δ = 10, α = max(1/6, 0.2) = 0.2: diffMean 2, diffVar 0.2·100 = 20, R = 10.
    expect(s.diffMean).toBe(2);
    expect(s.diffVar).toBe(20);
    expect(trendNoiseVar(s, 1, settings)).toBe(10);
  });

  test("the predictor names its method", () => {
    expect(new TrendPredictor(C).method).toBe("kalman-trend");
  });

  test("ignores an observation that does not move time forward", () => {
    const s = trendStep(trendStart(1_000, 5e6, C), 2_000, 6e6, C);
    expect(trendStep(s, 2_000, 99e6, C)).toBe(s);
    expect(trendStep(s, 1_500, 99e6, C)).toBe(s);
  });

  test("starts with the first observation and a modest uncertainty", () => {
    const p = new TrendPredictor(C);
    expect(p.forecast(60_000)).toEqual({ meanBps: 0, sdBps: 0 });
    p.observe(0, 50e6);
    const f = p.forecast(0);
    expect(f.meanBps).toBe(50e6);
    // 10 % of the first value: the prior until differences are seen.
    expect(f.sdBps).toBeCloseTo(5e6, -3);
    // 60 s ahead the slope's prior adds h²·P11, P11 = (1e-4 · 100 Mbps)² per s² times 60 s = 6e9:
    // (5e6)² + 60²·6e9 = 2.5e13 + 2.16e13 = 4.66e13, sd 6.826 Mbps.
    expect(p.forecast(60_000).sdBps).toBeCloseTo(6_826_419.27, 1);
  });
  test("a sample at the ready nodes' ceiling below the expectation is a lower bound: the level holds, the slope is kept", () => {
    // Expecting 200 + 2·2 = 204 Mbps with a 196 Mbps ceiling (204 ≥ 0.95·196) and seeing 190 (≥ 0.9·196, < 204): censored.
    const s0: TrendState = { ...trendStart(0, 200e6, C), slope: 2e6 };
    const s1 = trendStep(s0, 2_000, 190e6, C, TREND_DEFAULTS, 196e6);
    expect(s1).toMatchObject({ censored: true, level: 200e6, slope: 2e6, diffs: 0, lastValue: 190e6 });
    expect(s1.p[0]).toBeGreaterThan(s0.p[0]); // only the uncertainty grows
    // Without the ceiling the same sample pulls the level down.
    const free = trendStep(s0, 2_000, 190e6, C, TREND_DEFAULTS);
    expect(free.censored).toBe(false);
    expect(free.level).toBeLessThan(204e6);
    // Above the expectation a sample is a measurement, ceiling or not.
    expect(trendStep(s0, 2_000, 210e6, C, TREND_DEFAULTS, 196e6).censored).toBe(false);
  });

  test("the relative noise floor: a noiseless signal is trusted to 3 % of its level, not to the last bit", () => {
    let s = trendStart(0, 100e6, C);
    for (let k = 1; k <= 100; k++) s = trendStep(s, k * 2_000, 100e6, C);
    // R = max((1e-4·C)², (0.03·100 Mbps)²) = (3 Mbps)²: P00 settles above what a 10 kbps floor would give.
    const f = trendForecast(s, 0);
    expect(f.sdBps).toBeGreaterThan(0.5e6);
    expect(f.sdBps).toBeLessThan(3e6);
  });

  test("nodes that come up while the pool is full: the jump is the refused demand, not a new crowd", () => {
    const p = new TrendPredictor(C);
    for (let k = 0; k <= 60; k++) p.observe(k * 2_000, 105e6, 196e6);
    for (let k = 61; k <= 70; k++) p.observe(k * 2_000, 196e6, 196e6); // a step fills both nodes
    expect(p.burst!.active).toBe(true);
    const rate = p.burst!.rateBps;
    p.observe(71 * 2_000, 500e6, 588e6); // four more nodes ready: the waiting listeners arrive
    expect(p.state!.level).toBe(500e6);
    expect(p.burst!.rateBps).toBe(rate); // the detector does not count the recovery as a new, steeper crowd
  });
  test.each([
    // Level 1000, slope 10 per s, P = [4, 3, 0.5], diffVar 18 (R = 9), acceleration 0.5 of scale 2 (q = 1); 2 s ahead:
    // mean 1020, P00 = 4 + 2·2·3 + 4·0.5 + q·8/3 = 62/3. The noise part is max(R, (1.5 % of the level)²) = max(9, 225).
    [1000, 1020, Math.sqrt(62 / 3 + 225)],
    // Level 100: (1.5 % of 100)² = 2.25 < R = 9, so R stands; mean 100 + 20.
    [100, 120, Math.sqrt(62 / 3 + 9)],
  ])("one-step prediction for the burst detector from level %p: mean %p, sd %p (noise at least 1.5 % of the level)", (level, mean, sd) => {
    const settings = { acceleration: 0.5, noiseTimeConstantMs: 1_000, noiseFloor: 0, relativeNoiseFloor: 0.03 };
    const s = { ...trendStart(0, level, 2, settings), level, slope: 10, p: [4, 3, 0.5] as const, diffVar: 18 };
    const next = trendPredictNext(s, 2_000, 2, settings);
    expect(next.meanBps).toBeCloseTo(mean, 10);
    expect(next.sdBps).toBeCloseTo(sd, 10);
  });

  test("without measurement noise, a wander of 8 Mbps a period up and back raises no burst alarm; a jump of 40 Mbps does", () => {
    const wander = new TrendPredictor(C);
    for (let k = 0; k <= 100; k++) wander.observe(k * 2_000, 500e6);
    // The learnt noise is next to nothing (a constant signal): with the sd of the filter's level alone (about
    // 3.7 Mbps) the third sample stands more than 4.5 sds above the prediction and raised the alarm.
    let highest = 0;
    for (const [i, bps] of [508e6, 516e6, 524e6, 516e6, 508e6].entries()) {
      wander.observe((101 + i) * 2_000, bps);
      expect(wander.burst!.active).toBe(false);
      highest = Math.max(highest, wander.burst!.cusum);
    }
    expect(highest).toBeLessThan(2); // far from the alarm at 8
    const jump = new TrendPredictor(C);
    for (let k = 0; k <= 100; k++) jump.observe(k * 2_000, 500e6);
    jump.observe(101 * 2_000, 540e6); // 40 Mbps: more than 4.5 sds of 7.5 Mbps (1.5 % of 500)
    expect(jump.burst!.active).toBe(true);
  });

  test.each([
    // Level 110, slope 2 per s, 2 s on: expected 114; ceiling 120: 0.95·120 = 114, 0.9·120 = 108.
    [110, 112, true, "expected 114 ≥ 114, sample 112 ≥ 108 and below 114"],
    [110, 108, true, "a sample exactly at 90 % of the ceiling"],
    [110, 107.9, false, "a sample just below 90 %: a measurement"],
    [110, 114, false, "a sample at the expectation is a measurement"],
    [109.9, 112, false, "expected 113.9 < 114: not full"],
  ])("censoring from level %p, sample %p → %p (%s)", (level, value, censored) => {
    // acceleration 0.5 of scale 2: q = 1. P = [4, 3, 0.5].
    const settings = { acceleration: 0.5, noiseTimeConstantMs: 1_000, noiseFloor: 0, relativeNoiseFloor: 0 };
    const s0 = { ...trendStart(0, level, 2, settings), level, slope: 2, p: [4, 3, 0.5] as const };
    expect(trendStep(s0, 2_000, value, 2, settings, 120).censored).toBe(censored);
  });

  test("a censored step by hand: the level holds at least the sample, the slope stays, only P grows", () => {
    const settings = { acceleration: 0.5, noiseTimeConstantMs: 1_000, noiseFloor: 0, relativeNoiseFloor: 0 };
    const s0 = { ...trendStart(0, 110, 2, settings), level: 110, slope: 2, p: [4, 3, 0.5] as const, diffs: 5, diffVar: 7 };
    const s1 = trendStep(s0, 2_000, 112, 2, settings, 120);
    expect(s1.censored).toBe(true);
    // dt = 2, q = 1: P00 = 4 + 2·2·3 + 4·0.5 + 8/3 = 62/3, P01 = 3 + 2·0.5 + 4/2 = 6, P11 = 0.5 + 2 = 2.5.
    expect(s1.p[0]).toBeCloseTo(62 / 3, 12);
    expect(s1.p[1]).toBeCloseTo(6, 12);
    expect(s1.p[2]).toBeCloseTo(2.5, 12);
    expect([s1.level, s1.slope, s1.lastValue, s1.atMs, s1.diffs, s1.diffVar]).toEqual([112, 2, 112, 2_000, 5, 7]);
    // The next sample, below the ceiling line, is a measurement, but its difference from a censored one is not learnt.
    const s2 = trendStep(s1, 4_000, 90, 2, settings, 120);
    expect([s2.censored, s2.diffs, s2.diffVar]).toEqual([false, 5, 7]);
    // Nor is any difference when the caller says not to (a burst under way).
    const s3 = trendStep(s2, 6_000, 95, 2, settings, 120, false);
    expect([s3.diffs, s3.diffVar]).toEqual([5, 7]);
    expect(trendStep(s2, 6_000, 95, 2, settings, 120).diffs).toBe(6);
  });

  test.each([
    // Ceiling 100: censored when the prediction is ≥ 95 and the sample ≥ 90; full at once when the sample is
    // ≥ 97 and ≥ 6 sds above the prediction.
    [95, 1, 90, true, "prediction at 95 %, sample at 90 %"],
    [94.9, 1, 90, false, "prediction just below 95 %"],
    [95, 1, 89.9, false, "sample just below 90 %"],
    [80, 2, 97, true, "sample at 97 %, 17 = 8.5 sds above the prediction"],
    [80, 2, 96.9, false, "sample below 97 %"],
    [85, 2, 97, true, "exactly 6 sds above"],
    [85.1, 2, 97, false, "just under 6 sds above"],
    [94.9, 3, 98, false, "neither: 3.1 = about 1 sd above, prediction under 95 %"],
  ])("taken as full: prediction %p ± %p, sample %p → %p (%s)", (mean, sd, sample, full) => {
    expect(takenAsFull({ meanBps: mean, sdBps: sd }, sample, 100)).toBe(full);
  });

  test.each([
    [null, 100, 5, "no alarm: the trend's"],
    [{ meanBps: 120, sdBps: 9 }, 120, 9, "the burst expects more"],
    [{ meanBps: 100, sdBps: 9 }, 100, 5, "as much: the trend's"],
    [{ meanBps: 90, sdBps: 9 }, 100, 5, "less: the trend's"],
  ])("the policy's forecast, burst %o → %p ± %p (%s)", (burst, mean, sd) => {
    expect(policyForecast({ meanBps: 100, sdBps: 5 }, burst)).toEqual({ meanBps: mean, sdBps: sd });
  });

  test("an observation that does not move time forward is ignored by the predictor too", () => {
    const p = new TrendPredictor(C);
    for (let k = 0; k <= 30; k++) p.observe(k * 2_000, 100e6);
    const state = p.state;
    p.observe(60_000, 400e6); // the same time again: no alarm, no update
    expect(p.state).toBe(state);
    expect(p.burst!.active).toBe(false);
  });

  test("the noise is not learnt while a burst alarm is raised", () => {
    const p = new TrendPredictor(C);
    for (let k = 0; k <= 30; k++) p.observe(k * 2_000, 100e6);
    const diffs = p.state!.diffs;
    p.observe(62_000, 160e6); // a step of 60 Mbps: far beyond 4.5 sds
    expect(p.burst!.active).toBe(true);
    expect(p.state!.diffs).toBe(diffs);
    p.observe(64_000, 160e6);
    expect(p.state!.diffs).toBe(diffs);
  });

  test.each([
    // Ceiling 196 Mbps before; the last sample (not censored) at 176.4 = 90 % of it counts as full, 176.3 does not.
    [176.4e6, 300e6, 392e6, true, "full before, two more nodes up, more demand: the refused demand"],
    [176.3e6, 300e6, 392e6, false, "not full before: a new crowd"],
    [176.4e6, 300e6, 196e6, false, "no node came up"],
    [176.4e6, 176.4e6, 392e6, false, "no more demand"],
  ])("last sample %p, then %p with ceiling %p: taken as the level → %p (%s)", (last, next, ceiling, recovered) => {
    const p = new TrendPredictor(C);
    for (let k = 0; k <= 30; k++) p.observe(k * 2_000, 150e6, 196e6);
    p.observe(62_000, last, 196e6);
    const diffs = p.state!.diffs;
    p.observe(64_000, next, ceiling);
    expect(p.state!.level === next).toBe(recovered);
    // The recovery's jump is not a difference the noise estimate learns from.
    if (recovered) expect(p.state!.diffs).toBe(diffs);
  });

  test("the served floor: the least of the last three observations, 0 before there are three", () => {
    const p = new TrendPredictor(C);
    p.observe(0, 100e6);
    p.observe(2_000, 130e6);
    expect(p.servedFloor()).toBe(0);
    p.observe(4_000, 120e6);
    expect(p.servedFloor()).toBe(100e6);
    p.observe(6_000, 300e6); // one spike does not lift it
    expect(p.servedFloor()).toBe(120e6);
  });
});

