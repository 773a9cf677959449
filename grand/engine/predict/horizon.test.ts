import { describe, expect, test } from "bun:test";
import { Prng } from "../prng.ts";
import { TREND_DEFAULTS, TrendPredictor, trendForecast, trendNoiseVar, trendStart, trendStep } from "./horizon.ts";

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
    expect(TREND_DEFAULTS.acceleration).toBeGreaterThan(0);
  });
});
