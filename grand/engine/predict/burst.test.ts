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
  test("a prediction without uncertainty standardises nothing: z = 0, no alarm however far the sample", () => {
    const s = burstStep(burstStart(0, 100 * M), 2_000, 500 * M, 100 * M, 0, false);
    expect([s.cusum, s.active]).toEqual([0, false]);
  });

  test.each([
    // κ = 2, h = 8, limit 4.5; prediction 100 ± 5.
    [0, 150, 8, true], // z = 10: S = 8, not above h, but z > 4.5 with S > 0 raises it
    [0, 122.5, 2.5, false], // z = 4.5 exactly: not above the single-sample limit
    [7, 120, 9, true], // z = 4: S = 9 > h
    [6, 120, 8, false], // z = 4: S = 8, not above h
  ])("alarm boundaries: from S = %p, sample %p → S = %p, alarm %p", (cusum0, y, cusum, active) => {
    const s = step({ ...burstStart(0, 100 * M), cusum: cusum0 }, 2, y);
    expect(s.cusum).toBe(cusum);
    expect(s.active).toBe(active);
  });

  test("a CUSUM exactly at h raises no alarm; the single-sample limit needs S > 0", () => {
    // κ = 2: a z of 10 from S = 0 gives S = 8 = h exactly, and z = 10 ≤ limit 100: no alarm.
    expect(step(burstStart(0, 100 * M), 2, 150, false, { allowance: 2, threshold: 8, jump: 100 }).active).toBe(false);
    // κ = 2, limit 1: z = 1.5 > 1 but S = max(0, 1.5 − 2) = 0: no alarm.
    expect(step(burstStart(0, 100 * M), 2, 107.5, false, { allowance: 2, threshold: 8, jump: 1 }).active).toBe(false);
  });

  test("the rate by hand from a sloped base line that began at 10 s", () => {
    // Base: 100 Mbps at 10 s, rising 1 Mbps/s. At 14 s, 120 Mbps: excess 120 − 104 = 16 over 4 s = 4 Mbps/s.
    const base = { ...burstStart(10_000, 100 * M), baseSlope: 1 * M, active: true, alarmSamples: 1, sdBps: 5 * M };
    // (The filter predicted 100 ± 4: z = 5 > 4.5 keeps the alarm raised.)
    const s = burstStep(base, 14_000, 120 * M, 100 * M, 4 * M, false);
    expect(s.rateBps).toBe(4 * M);
    // 6 s ahead: 120 + 4·6; sd 5·(1 + 6 / 4).
    expect(burstForecast(s, 6_000)).toEqual({ meanBps: 144 * M, sdBps: 12.5 * M });
    // An alarm whose base line began at the same instant has no time to measure a rate over: 0.
    const now = burstStep({ ...base, baseAtMs: 14_000 }, 14_000, 120 * M, 100 * M, 4 * M, false);
    expect([now.active, now.rateBps]).toEqual([true, 0]);
  });

  test("the alarm, once the innovations fall back, is lowered in the state too", () => {
    let s = step(burstStart(0, 100 * M), 2, 130);
    expect(s.active).toBe(true);
    s = step(s, 4, 100);
    s = step(s, 6, 100);
    expect(s.cusum).toBe(0);
    expect(s.active).toBe(false);
    expect(s.rateBps).toBe(0);
  });
  test("a quiet period forgets any ramp: a crowd that then fills the nodes at once is not taken for one", () => {
    let s = step(burstStart(0, 100 * M), 2, 100); // quiet
    expect(s.rampSeen).toBe(false);
    s = step(s, 4, 130, true); // z = 6: alarm, and the nodes are full at once
    expect([s.active, s.rampSeen]).toEqual([true, false]);
  });
});
