import { describe, expect, test } from "bun:test";
import { BURST_DEFAULTS, burstForecast, burstRebase, burstStart, burstStep, type BurstSettings } from "./burst.ts";

const M = 1e6;
// The filter's prediction is held at 100 ± 5 Mbps here, so each z is (y − 100) / 5 by hand.
const step = (s: ReturnType<typeof burstStart>, tS: number, y: number, censored = false, settings: BurstSettings = BURST_DEFAULTS) =>
  burstStep(s, tS * 1000, y * M, 100 * M, 5 * M, censored, settings);
const mean = (s: ReturnType<typeof burstStart>, hS: number) => burstForecast(s, hS * 1000)!.meanBps / M;

describe("burst detector", () => {
  test("noise within the allowance never accumulates: no alarm, no forecast", () => {
    let s = burstStart(0, 100 * M);
    for (let t = 2; t <= 600; t += 2) s = step(s, t, t % 4 === 0 ? 109 : 91); // z = ±1.8 < κ = 2
    expect(s.cusum).toBe(0);
    expect(s.active).toBe(false);
    expect(burstForecast(s, 62_000)).toBeNull();
  });

  test("a step of 6 sds is seen in the period it happens; the first sample gives the level, the second the rate", () => {
    let s = burstStart(0, 100 * M);
    s = step(s, 2, 130); // z = 6 > 4.5: alarm at once; not yet told a step from a ramp
    expect(s.active).toBe(true);
    expect(mean(s, 62)).toBe(130);
    expect(burstForecast(s, 62_000)!.sdBps).toBe(5 * M);
    s = step(s, 4, 160); // still rising: a ramp of (160 − 100) / 4 s = 15 Mbps/s
    expect(s.rateBps).toBe(15 * M);
    expect(mean(s, 62)).toBe(160 + 15 * 62);
    expect(burstForecast(s, 62_000)!.sdBps).toBe(5 * M * (1 + 62 / 4));
  });

  test("a CUSUM alarm after a slow start, then the nodes fill: the crowd goes on, unseen, at the rate last seen", () => {
    const settings = { allowance: 0, threshold: 3, jump: 100 };
    let s = burstStart(0, 100 * M);
    s = step(s, 2, 110, false, settings); // S = 2
    expect(s.active).toBe(false);
    s = step(s, 4, 120, false, settings); // S = 6 > 3: alarm, level only
    expect([s.active, s.rateBps]).toEqual([true, 0]);
    s = step(s, 6, 130, false, settings); // confirmed: 30 Mbps over 6 s
    expect(s.rateBps).toBe(5 * M);
    s = step(s, 8, 140, true, settings); // full: 140 is a lower bound
    expect(mean(s, 10)).toBe(130 + 5 * (2 + 10));
    s = step(s, 10, 140, true, settings); // still full: 4 s after the last sample that showed the ramp
    expect(mean(s, 10)).toBe(130 + 5 * (4 + 10));
    expect(s.rateBps).toBe(5 * M); // never falls while censored
  });

  test("a crowd that fills the nodes at once is extrapolated from what they serve, without growing while they start", () => {
    let s = burstStart(0, 100 * M);
    s = step(s, 2, 196, true); // z = 19.2; censored, so the rate counts at once: 96 Mbps in 2 s
    expect(s.rateBps).toBe(48 * M);
    expect(mean(s, 2)).toBe(196 + 96);
    s = step(s, 4, 196, true); // same observation: the rate holds (max of 48 and 96 / 4)
    expect(s.rateBps).toBe(48 * M);
    expect(mean(s, 2)).toBe(196 + 96);
  });

  test("the alarm ends when the innovations fall back; the base line then follows the filter", () => {
    let s = burstStart(0, 100 * M);
    s = step(s, 2, 130);
    for (let t = 4; t <= 40; t += 2) s = step(s, t, 100); // z = 0: S falls by κ = 2 a sample from 6 − 2 = 4
    expect(s.active).toBe(false);
    expect(burstRebase(s, 40_000, 101 * M, 0.5 * M)).toMatchObject({ baseAtMs: 40_000, baseLevel: 101 * M, baseSlope: 0.5 * M });
    // While an alarm is held up by full nodes (S may be 0 by then) the base stays where its crowd began.
    let held = step(burstStart(0, 100 * M), 2, 196, true);
    for (let t = 4; t <= 20; t += 2) held = step(held, t, 100, true);
    expect([held.active, held.cusum]).toEqual([true, 0]);
    expect(burstRebase(held, 20_000, 100 * M, 0)).toBe(held);
    // While S > 0 the base stays where the run began.
    const running = step(burstStart(0, 100 * M), 2, 115); // z = 3: S = 1
    expect(burstRebase(running, 2_000, 101 * M, 0)).toBe(running);
  });
});
