import { describe, expect, test } from "bun:test";
import { PAPER_POOL } from "../../index.ts";
import type { Workload } from "../workload/workload.ts";
import { leadSteps, nodesNeeded, runOracle } from "./oracle.ts";

const M = 1e6;
const workload = (mbps: number[]): Workload => ({
  name: "t",
  periodMs: 2_000,
  demandBps: Float64Array.from(mbps, (x) => x * M),
  streamBps: 132_000,
  startOfDayS: null,
});

describe("oracle", () => {
  test.each([
    [0, 1],
    [98, 1], // exactly at the SLA line is allowed
    [98.01, 2],
    [196, 2],
    [401, 5],
    [1e6, 64], // maxNodes
  ])("%d Mbps needs %d nodes", (mbps, n) => {
    expect(nodesNeeded(mbps * M, PAPER_POOL)).toBe(n);
  });

  test.each([
    [0, 1],
    [2_000, 1],
    [2_001, 2],
    [60_000, 30],
  ])("lead time %d ms is %d steps", (ms, steps) => {
    expect(leadSteps(ms, 2_000)).toBe(steps);
  });

  test("adds a node one lead time before it is needed and releases it as soon as it is not", () => {
    // need:          1   1   1   2    2    1   1
    const w = workload([10, 10, 10, 150, 150, 10, 10]);
    const two = runOracle(w, PAPER_POOL, 4_000, 1); // ℓ = 2 steps
    expect(Array.from(two.allocated)).toEqual([1, 2, 2, 2, 1, 1, 1]);
    expect(two.actions).toBe(2);
    expect(two.nodeSeconds).toBe(2 * (1 + 2 + 2 + 2 + 1 + 1 + 1));
    const one = runOracle(w, PAPER_POOL, 0, 1); // ℓ = 1 step
    expect(Array.from(one.allocated)).toEqual([1, 1, 2, 2, 1, 1, 1]);
  });

  test("rides out a dip shorter than the lead time, follows a longer one", () => {
    // Dips of 2 and 4 steps.
    const w = workload([150, 10, 10, 150, 150, 10, 10, 10, 10, 150]);
    expect(Array.from(runOracle(w, PAPER_POOL, 10_000, 2).allocated)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(Array.from(runOracle(w, PAPER_POOL, 6_000, 2).allocated)).toEqual([2, 2, 2, 2, 1, 1, 2, 2, 2, 2]);
    expect(Array.from(runOracle(w, PAPER_POOL, 2_000, 2).allocated)).toEqual([1, 1, 2, 2, 1, 1, 1, 1, 2, 2]);
  });
});
