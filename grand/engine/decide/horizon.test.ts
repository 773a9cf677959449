import { describe, expect, test } from "bun:test";
import { PAPER_POOL } from "../pool.ts";
import { EMPTY_MEMORY, type AllocationView, type PoolMemory } from "./decision.ts";
import { decideHorizon, type HorizonOutlook } from "./horizon.ts";

const M = 1e6;
// PAPER_POOL.horizon: z 2 to supplement, z 4 to release, 0.95 / 0.9 of capacity, hold 62 s.
const view = (count: number): AllocationView => ({
  count,
  capacityBps: count * 100 * M,
  readyCount: count,
  readyCapacityBps: count * 100 * M,
  victimCapacityBps: 100 * M,
  observedBps: 0,
});
const outlook = (nowMean: number, nowSd: number, aheadMean: number, aheadSd: number): HorizonOutlook => ({
  now: { meanBps: nowMean * M, sdBps: nowSd * M },
  ahead: { meanBps: aheadMean * M, sdBps: aheadSd * M },
  aheadMs: 62_000,
});

describe("horizon rule", () => {
  test.each([
    // [nodes, now mean/sd, ahead mean/sd, supplement, release, what]
    [1, [50, 1], [80, 5], 0, 0, "upper 90 ≤ 0.95·100"],
    [1, [50, 1], [86, 5], 1, 0, "upper 96 > 95: the node must be ordered now to serve in time"],
    [1, [50, 1], [200, 10], 2, 0, "upper 220 needs 220 / 0.95 = 232 Mbps: two more nodes at once"],
    [2, [100, 2], [120, 10], 0, 0, "no release: even z = 4 bound 160 ≥ 0.9·100"],
    [2, [70, 2], [60, 4], 0, 1, "release: z = 4 bounds 78 and 76 < 0.9·100"],
    [2, [70, 2], [75, 4], 0, 0, "rising: the bound at the horizon (91) keeps the node"],
    [3, [150, 3], [140, 5], 0, 1, "release: 162 and 160 < 0.9·200 = 180"],
  ])("%d nodes, now %o, ahead %o → +%d −%d (%s)", (n, now, ahead, supplement, release) => {
    const d = decideHorizon(outlook(now[0]!, now[1]!, ahead[0]!, ahead[1]!), view(n), PAPER_POOL, EMPTY_MEMORY, 1e9);
    expect([d.supplement, d.release]).toEqual([supplement, release]);
  });

  test("uncertainty alone can hold a release back", () => {
    // The same means, well below 0.9·200 = 180: with sd 9 the z = 4 bound at the horizon is
    // 140 + 36 = 176 and the node goes; with sd 11 it is 184 and the node stays.
    const sure = decideHorizon(outlook(150, 3, 140, 9), view(3), PAPER_POOL, EMPTY_MEMORY, 1e9);
    const unsure = decideHorizon(outlook(150, 3, 140, 11), view(3), PAPER_POOL, EMPTY_MEMORY, 1e9);
    expect(sure.release).toBe(1);
    expect(unsure.release).toBe(0);
  });

  test.each([
    // N = 3, now 150 ± 3 (z = 4 bound 162); the bound at the horizon decides.
    [9.975, 1], // 140 + 4·9.975 = 179.9 < 0.9·(300 − 100) = 180
    [10, 0], // 140 + 4·10 = 180: not strictly below 0.9·(TC − C), the node stays
  ])("release boundary 0.9·(TC − C): ahead 140 ± %d Mbps → −%d", (aheadSd, release) => {
    const d = decideHorizon(outlook(150, 3, 140, aheadSd), view(3), PAPER_POOL, EMPTY_MEMORY, 1e9);
    expect([d.supplement, d.release]).toEqual([0, release]);
  });

  test.each([
    // One node: supplement once the z = 2 bound needs more than 0.95·100 = 95 Mbps.
    [5, 0], // 85 + 2·5 = 95: fits exactly
    [5.05, 1], // 85 + 2·5.05 = 95.1
  ])("supplement boundary 0.95·TC: ahead 85 ± %d Mbps → +%d", (aheadSd, supplement) => {
    const d = decideHorizon(outlook(50, 1, 85, aheadSd), view(1), PAPER_POOL, EMPTY_MEMORY, 1e9);
    expect([d.supplement, d.release]).toEqual([supplement, 0]);
  });

  test.each([
    [30_000, 0],
    [61_999, 0], // the hold, 62 s, is longer than the 60 s within which a release counts as a reversal
    [62_000, 1],
  ])("no release %d ms after a supplement → −%d", (since, release) => {
    const memory: PoolMemory = { ...EMPTY_MEMORY, lastSupplementMs: 1_000_000 };
    const d = decideHorizon(outlook(70, 2, 60, 4), view(2), PAPER_POOL, memory, 1_000_000 + since);
    expect(d.release).toBe(release);
  });

  test("releases nothing while the ready nodes are full: what they show may be less than the demand", () => {
    // Two ready nodes at 191 Mbps observed (> 0.95·200) and a forecast that would otherwise release.
    const full: AllocationView = { ...view(3), readyCount: 2, readyCapacityBps: 200 * M, observedBps: 191 * M };
    expect(decideHorizon(outlook(150, 3, 140, 5), full, PAPER_POOL, EMPTY_MEMORY, 1e9).release).toBe(0);
    // Exactly at the line (0.95·200 = 190) is not above it.
    const atLine: AllocationView = { ...full, observedBps: 190 * M };
    expect(decideHorizon(outlook(150, 3, 140, 5), atLine, PAPER_POOL, EMPTY_MEMORY, 1e9).release).toBe(1);
    const notFull: AllocationView = { ...view(3), observedBps: 150 * M };
    expect(decideHorizon(outlook(150, 3, 140, 5), notFull, PAPER_POOL, EMPTY_MEMORY, 1e9).release).toBe(1);
  });

  test("an order is cancelled only if the ready nodes suffice without it", () => {
    // Four allocated, two still starting (a victim): not 0.9·(TC − C) = 270 but the ready 200 Mbps must carry
    // the z = 4 bound, 0.9·200 = 180.
    const starting: AllocationView = { ...view(4), readyCount: 2, readyCapacityBps: 200 * M, observedBps: 150 * M };
    expect(decideHorizon(outlook(150, 3, 170, 3), starting, PAPER_POOL, EMPTY_MEMORY, 1e9).release).toBe(0); // 182 ≥ 180
    expect(decideHorizon(outlook(150, 3, 160, 3), starting, PAPER_POOL, EMPTY_MEMORY, 1e9).release).toBe(1); // 172 < 180
  });

  test("demand now is at least what the nodes served in each of the last three periods", () => {
    // The filter says 80 ± 2 now and at the horizon (bound 84 < 95), but the node served 96 three times running.
    const lagging: HorizonOutlook = { ...outlook(80, 2, 80, 2), servedFloorBps: 96 * M };
    expect(decideHorizon(lagging, view(1), PAPER_POOL, EMPTY_MEMORY, 1e9)).toMatchObject({ supplement: 1, release: 0 });
    expect(decideHorizon(outlook(80, 2, 80, 2), view(1), PAPER_POOL, EMPTY_MEMORY, 1e9).supplement).toBe(0);
  });

  test.each([
    // One node, the filter at 80 ± 2 now and 85 ± 2 at the horizon (bound 89 ≤ 95 on its own).
    [88, 1, "upper bound 97.00 Mbps in 62 s > 0.95·TC = 95.00 Mbps"], // served 88: lag 8, bound 89 + 8 = 97
    [84, 0, "upper bound 93.00 Mbps in 62 s fits TC = 100.00 Mbps"], // lag 4: 93
    [0, 0, "upper bound 89.00 Mbps in 62 s fits TC = 100.00 Mbps"], // floor unknown: no lag
  ])("a filter that lags what the nodes served (floor %d Mbps) lags as much at the horizon → +%d", (floor, supplement, reason) => {
    const o: HorizonOutlook = { ...outlook(80, 2, 85, 2), servedFloorBps: floor * M };
    expect(decideHorizon(o, view(1), PAPER_POOL, EMPTY_MEMORY, 1e9)).toEqual({ supplement, release: 0, reason });
  });

  test("a served floor below the filter's level lowers nothing", () => {
    // Ahead 92 ± 2: bound 96 > 95. Served 78, 2 below the level of 80: the bound stays 96, not 94.
    const o: HorizonOutlook = { ...outlook(80, 2, 92, 2), servedFloorBps: 78 * M };
    expect(decideHorizon(o, view(1), PAPER_POOL, EMPTY_MEMORY, 1e9).supplement).toBe(1);
  });

  test("never releases the only node", () => {
    expect(decideHorizon(outlook(0, 0, 0, 0), view(1), PAPER_POOL, EMPTY_MEMORY, 1e9).release).toBe(0);
  });

  test("says why, with the horizon in seconds", () => {
    const d = (now: [number, number], ahead: [number, number], n: number) =>
      decideHorizon(outlook(now[0], now[1], ahead[0], ahead[1]), view(n), PAPER_POOL, EMPTY_MEMORY, 1e9).reason;
    expect(d([50, 1], [86, 5], 1)).toBe("upper bound 96.00 Mbps in 62 s > 0.95·TC = 95.00 Mbps");
    expect(d([100, 1], [60, 5], 1)).toBe("upper bound 102.00 Mbps now > 0.95·TC = 95.00 Mbps");
    expect(d([70, 2], [60, 4], 2)).toBe("upper bound ≤ 78.00 Mbps over the next 62 s < 0.9·(TC − C) = 90.00 Mbps");
    expect(d([50, 1], [80, 5], 1)).toBe("upper bound 90.00 Mbps in 62 s fits TC = 100.00 Mbps");
    // the same bound now and ahead counts as "in 62 s"
    expect(d([96, 0], [96, 0], 1)).toBe("upper bound 96.00 Mbps in 62 s > 0.95·TC = 95.00 Mbps");
  });

  test("a bound exactly at the supplement utilisation fits (strictly greater supplements)", () => {
    // supplementUtilisation 0.5 divides exactly: bound 50 → wanted 100 = TC; 50.5 → 101.
    const pool = { ...PAPER_POOL, horizon: { ...PAPER_POOL.horizon, supplementUtilisation: 0.5 } };
    expect(decideHorizon(outlook(50, 0, 50, 0), view(1), pool, EMPTY_MEMORY, 1e9).supplement).toBe(0);
    expect(decideHorizon(outlook(50, 0, 50.5, 0), view(1), pool, EMPTY_MEMORY, 1e9).supplement).toBe(1);
  });

  test("a forecast falling below zero still never releases the only node", () => {
    expect(decideHorizon(outlook(-10, 0, -20, 0), view(1), PAPER_POOL, EMPTY_MEMORY, 1e9).release).toBe(0);
    expect(decideHorizon(outlook(-10, 0, -20, 0), view(2), PAPER_POOL, EMPTY_MEMORY, 1e9).release).toBe(1);
  });

  test("a pool that never supplemented is not held, even in its first minute", () => {
    expect(decideHorizon(outlook(70, 2, 60, 4), view(2), PAPER_POOL, EMPTY_MEMORY, 30_000).release).toBe(1);
  });

  test("plans for the larger of now and the horizon", () => {
    // Falling demand that is already above the allocation: supplement, although the horizon looks fine.
    expect(decideHorizon(outlook(100, 1, 60, 5), view(1), PAPER_POOL, EMPTY_MEMORY, 1e9).supplement).toBe(1);
  });
});
