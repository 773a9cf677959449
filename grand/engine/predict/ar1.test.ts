import { describe, expect, test } from "bun:test";
import { Ar1Predictor, fitAr1, forecastAr1 } from "./ar1.ts";
import { CurrentValuePredictor } from "./threshold.ts";

describe("fitAr1", () => {
  test.each([
    // x[t] = 10 + 0.5·x[t−1] from 0: an exact fit.
    ["exact AR(1)", [0, 10, 15, 17.5, 18.75], 10, 0.5, 0],
    // Pairs (1,3) (3,2) (2,4) (4,3): means 2.5 and 3, Sxy = −1, Sxx = 5, residuals ±0.3, ±0.9.
    ["noisy", [1, 3, 2, 4, 3], 3.5, -0.2, 0.9],
    // No spread in x[t−1]: φ = 0 and c is the mean.
    ["constant", [7, 7, 7, 7], 7, 0, 0],
    // x[t] = 2·x[t−1] would explode: φ is clamped to 1, c = m1 − m0; residuals −2.75, −1.75, 0.25, 4.25.
    ["explosive", [1, 2, 4, 8, 16], 3.75, 1, 28.75 / 2],
  ])("%s series", (_name, values, c, phi, residualVar) => {
    const fit = fitAr1(values);
    expect(fit.c).toBeCloseTo(c, 10);
    expect(fit.phi).toBeCloseTo(phi, 10);
    expect(fit.residualVar).toBeCloseTo(residualVar, 10);
  });

  test("needs two values", () => {
    expect(() => fitAr1([1])).toThrow(new RangeError("fitAr1 needs at least 2 values, got 1"));
  });

  test("two values are enough: no spread in x[i−1], so φ = 0 and c is the later value", () => {
    expect(fitAr1([10, 12])).toEqual({ c: 12, phi: 0, residualVar: 0 });
  });
});

describe("forecastAr1", () => {
  test.each([
    // From 18.75 with c = 10, φ = 0.5: 19.375, then 19.6875; no residual, no spread.
    [{ c: 10, phi: 0.5, residualVar: 0 }, 18.75, 1, 19.375, 0],
    [{ c: 10, phi: 0.5, residualVar: 0 }, 18.75, 2, 19.6875, 0],
    // From 3 with c = 3.5, φ = −0.2, σ² = 0.9: 2.9 (var 0.9), then 2.92 (var 0.9·(1 + 0.04)).
    [{ c: 3.5, phi: -0.2, residualVar: 0.9 }, 3, 1, 2.9, Math.sqrt(0.9)],
    [{ c: 3.5, phi: -0.2, residualVar: 0.9 }, 3, 2, 2.92, Math.sqrt(0.936)],
    // φ = 1 is a random walk with drift c: variance grows linearly.
    [{ c: 2, phi: 1, residualVar: 1 }, 10, 5, 20, Math.sqrt(5)],
    // The paper's 20 s at p = 2 s: 10 steps from 0 towards μ = 10 / (1 − 0.5) = 20 gives 20·(1 − 0.5¹⁰) = 19.98046875;
    // variance 3·Σ 0.25^j, j < 10 = 3·(1 − 0.25¹⁰) / 0.75 = 4 − 4 / 1048576.
    [{ c: 10, phi: 0.5, residualVar: 3 }, 0, 10, 19.98046875, Math.sqrt(3.999996185302734)],
  ])("%o from %d, %d steps", (fit, last, steps, mean, sd) => {
    const f = forecastAr1(fit, last, steps);
    expect(f.meanBps).toBeCloseTo(mean, 10);
    expect(f.sdBps).toBeCloseTo(sd, 10);
  });
});

describe("Ar1Predictor", () => {
  test("fits the last 40 s only: 20 samples at p = 2 s", () => {
    // 30 samples, 2 s apart: 0 for 58 s, then 19 at t = 58 s. The 40 s window is t = 20..58 s:
    // nineteen 0s and the 19, so every x[t−1] is 0: φ = 0, c = mean of x[t] = 19 / 19 = 1.
    // Residuals: eighteen of −1 and one of 18, SSE = 18 + 324 = 342, over 19 − 2 pairs: σ² = 342 / 17.
    // (21 samples would give c = 19 / 20, 19 samples c = 19 / 18.)
    const p = new Ar1Predictor();
    for (let k = 0; k < 29; k++) p.observe(k * 2_000, 0);
    p.observe(58_000, 19);
    const f = p.forecast(20_000);
    expect(f.meanBps).toBeCloseTo(1, 10);
    expect(f.sdBps).toBeCloseTo(4.48527001, 8); // √(342 / 17)
  });

  test("iterates 20 s as 10 periods of 2 s", () => {
    // A ramp x[t] = x[t−1] + 1 is fitted exactly by φ = 1, c = 1: each period adds 1, with no residual.
    const p = new Ar1Predictor();
    for (let k = 0; k < 30; k++) p.observe(k * 2_000, k);
    expect(p.forecast(2_000).meanBps).toBeCloseTo(30, 10);
    expect(p.forecast(20_000).meanBps).toBeCloseTo(39, 10);
    expect(p.forecast(20_000).sdBps).toBeCloseTo(0, 10);
  });

  test("before three samples it forecasts the last value", () => {
    const p = new Ar1Predictor();
    expect(p.forecast(20_000)).toEqual({ meanBps: 0, sdBps: 0 });
    p.observe(0, 5);
    p.observe(2_000, 9);
    expect(p.forecast(20_000)).toEqual({ meanBps: 9, sdBps: 0 });
  });
});

describe("Ar1Predictor at its edges", () => {
  test("one sample: the forecast is that sample", () => {
    const p = new Ar1Predictor();
    p.observe(0, 5);
    expect(p.forecast(20_000)).toEqual({ meanBps: 5, sdBps: 0 });
  });

  test("three samples are enough for a fit; 0 ms ahead is the last sample", () => {
    // 1, 2, 4 at 2 s: m0 = 1.5, m1 = 3, Sxy = 1, Sxx = 0.5 → φ = 2, clamped to 1; c = 3 − 1.5 = 1.5;
    // residuals −0.5, 0.5 → σ² = 0.5 / max(1, 0) = 0.5. 20 s = 10 steps: mean 4 + 10·1.5 = 19, variance 10·0.5.
    const p = new Ar1Predictor();
    p.observe(0, 1);
    p.observe(2_000, 2);
    p.observe(4_000, 4);
    const f = p.forecast(20_000);
    expect(f.meanBps).toBeCloseTo(19, 12);
    expect(f.sdBps).toBeCloseTo(Math.sqrt(5), 12);
    expect(p.forecast(0)).toEqual({ meanBps: 4, sdBps: 0 });
  });

  test("the predictors name their methods", () => {
    expect(new Ar1Predictor().method).toBe("ar1");
    expect(new CurrentValuePredictor().method).toBe("current");
  });
});

test("the threshold policy's predictor is the current value, with no uncertainty", () => {
  const p = new CurrentValuePredictor();
  p.observe(0, 40);
  p.observe(2_000, 55);
  expect(p.forecast(0)).toEqual({ meanBps: 55, sdBps: 0 });
  expect(p.forecast(60_000)).toEqual({ meanBps: 55, sdBps: 0 });
});
