import { describe, expect, test } from "bun:test";
import { PAPER_POOL } from "../pool.ts";
import { decideAlgorithm1 } from "./algorithm1.ts";
import type { AllocationView } from "./decision.ts";

const M = 1e6;
const view = (count: number, observedBps = 0): AllocationView => ({
  count,
  capacityBps: count * 100 * M,
  readyCount: count,
  readyCapacityBps: count * 100 * M,
  victimCapacityBps: 100 * M,
  observedBps,
});

describe("Algorithm 1 (ut 0.9, lt 0.8, C 100 Mbps)", () => {
  test.each([
    // [N_A, SUM Mbps, supplement, release]
    [1, 90.1, 1, 0], // SUM > 0.9·100
    [1, 90, 0, 0], // not strictly above
    [1, 5, 0, 0], // one node: TC − C = 0, nothing to release
    [2, 180.5, 1, 0],
    [2, 79.9, 0, 1], // SUM < 0.8·(200 − 100)
    [2, 80, 0, 0],
  ])("N=%d, SUM=%d Mbps → +%d −%d", (n, sum, supplement, release) => {
    const d = decideAlgorithm1(sum * M, view(n), PAPER_POOL);
    expect([d.supplement, d.release]).toEqual([supplement, release]);
  });

  test.each([
    // N = 3: release below 0.8·200 = 160, supplement above 0.9·300 = 270.
    [3, 159.9, 0, 1],
    [3, 160, 0, 0],
    [3, 270, 0, 0],
    [3, 270.1, 1, 0],
    [5, 319, 0, 1], // < 0.8·400
  ])("N=%d, SUM=%d Mbps → +%d −%d", (n, sum, supplement, release) => {
    const d = decideAlgorithm1(sum * M, view(n), PAPER_POOL);
    expect([d.supplement, d.release]).toEqual([supplement, release]);
  });

  test("says why", () => {
    expect(decideAlgorithm1(95 * M, view(1), PAPER_POOL).reason).toBe("SUM 95.00 Mbps > 0.9·TC = 90.00 Mbps");
    expect(decideAlgorithm1(70 * M, view(2), PAPER_POOL).reason).toBe("SUM 70.00 Mbps < 0.8·(TC − C) = 80.00 Mbps");
    expect(decideAlgorithm1(85 * M, view(2), PAPER_POOL).reason).toBe("SUM 85.00 Mbps within [80.00 Mbps, 180.00 Mbps]");
  });

  test("generalised to pools: TC sums capacities and C is the victim's", () => {
    const mixed: AllocationView = { ...view(2), capacityBps: 1_100 * M, victimCapacityBps: 100 * M };
    expect(decideAlgorithm1(990.1 * M, mixed, PAPER_POOL).supplement).toBe(1);
    expect(decideAlgorithm1(799 * M, mixed, PAPER_POOL).release).toBe(1); // < 0.8·(1100 − 100)
  });

  test.each([
    // A 1000 Mbps and a 100 Mbps node; the big one is the victim, so TC − C = 100 Mbps and the bound is 80 Mbps.
    [79.9, 1],
    [80, 0], // not strictly below 0.8·(TC − C)
  ])("C is the victim's capacity: SUM %d Mbps with a 1000 Mbps victim → −%d", (sum, release) => {
    const bigVictim: AllocationView = { ...view(2), capacityBps: 1_100 * M, victimCapacityBps: 1_000 * M };
    expect(decideAlgorithm1(sum * M, bigVictim, PAPER_POOL)).toMatchObject({ supplement: 0, release });
  });

  test("one node is never released, even when an AR(1) forecast falls below zero (TC − C = 0)", () => {
    expect(decideAlgorithm1(-5 * M, view(1), PAPER_POOL)).toMatchObject({ supplement: 0, release: 0 });
  });
});
