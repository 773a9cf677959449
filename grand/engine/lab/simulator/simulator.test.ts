import { describe, expect, test } from "bun:test";
import { PAPER_POOL } from "../../index.ts";
import { diurnalWorkload } from "../workload/diurnal.ts";
import { paperWorkload } from "../workload/paper.ts";
import { parseWorkloadCsv } from "../workload/csv.ts";
import { flashWorkload } from "../workload/flash.ts";
import { initialNodes, simulate, simulatePolicy } from "./simulator.ts";

const paper = paperWorkload();
/** Fixed seeds for the checks below; bench/simulate.ts reports many more. */
const SEEDS = [1, 2, 3, 4, 5];

describe("simulator", () => {
  test("same seed, same run; another seed, another run", () => {
    const policies = ["threshold", "ar1", "horizon"] as const;
    const [a, b, c] = [11, 11, 12].map((seed) => simulate(paper, policies, { seed, leadTimeMs: 60_000 }));
    // Bit for bit: compare the series' bytes (NaN marks "no upper bound" and is not equal to itself).
    const bytes = (s: typeof a): string[] =>
      s!.runs.flatMap((r) => Object.values(r.series).map((v: ArrayLike<number> & { buffer: ArrayBufferLike }) => Buffer.from(v.buffer).toString("hex")));
    expect(bytes(b)).toEqual(bytes(a));
    expect(b!.runs.map((r) => [r.metrics, r.log])).toEqual(a!.runs.map((r) => [r.metrics, r.log]));
    expect(bytes(c)).not.toEqual(bytes(a));
  });

  test("a supplemented node serves only after the lead time", () => {
    const run = simulatePolicy(paper, "threshold", { seed: 1, leadTimeMs: 60_000, noise: 0 });
    const first = run.log.find((a) => a.kind === "supplement")!;
    const k = first.atMs / paper.periodMs;
    expect(run.series.allocated[k]).toBe(2);
    expect(run.series.ready[k + 29]).toBe(1);
    expect(run.series.ready[k + 30]).toBe(2);
  });

  test.each(["threshold", "ar1", "horizon"] as const)("%s never drops below one node", (policy) => {
    const run = simulatePolicy(paper, policy, { seed: 2, leadTimeMs: 20_000 });
    expect(Math.min(...run.series.allocated)).toBeGreaterThanOrEqual(1);
    expect(Math.min(...run.series.ready)).toBeGreaterThanOrEqual(1);
  });

  test("with no noise and no lead time even the threshold policy meets the SLA on the paper workload", () => {
    const run = simulatePolicy(paper, "threshold", { seed: 1, leadTimeMs: 0, noise: 0 });
    expect(run.metrics.slaViolationSeconds).toBe(0);
    expect(run.metrics.reversals).toBe(0);
  });

  test("starts with enough nodes for the first sample", () => {
    expect(initialNodes(paper, PAPER_POOL)).toBe(1);
    expect(initialNodes(diurnalWorkload({ seed: 1, fromHour: 12, toHour: 13 }), PAPER_POOL)).toBe(7);
  });
});

describe("sticky and resplit models", () => {
  // 1000 listeners on two nodes (500 each), falling to 100 (50 each) at 22 s: threshold releases one node at once.
  const fall = parseWorkloadCsv("time_s,streams\n0,1000\n20,1000\n22,100\n200,100\n", { name: "fall" });

  test("sticky: the released node drains 10 s (5 periods), then its Stop cuts its 50 listeners; the drain costs node-seconds", () => {
    const run = simulatePolicy(fall, "threshold", { seed: 1, leadTimeMs: 0, noise: 0 });
    expect(run.log).toMatchObject([{ atMs: 22_000, kind: "release", serviceId: "node-001" }]);
    expect(run.metrics.cutStreams).toBe(50);
    expect(run.metrics.slaViolationSeconds).toBe(0);
    // 11 periods of 2 nodes, 5 of one member and one draining, 85 of one: (22 + 10 + 85) · 2 s.
    expect(run.metrics.nodeSeconds).toBe(234);
    expect(run.metrics.oracleNodeSeconds).toBe(234 - 2); // it knows the fall: its release is one period (one node · 2 s) earlier
  });

  test("resplit: the released node's clients move at once and nobody is cut", () => {
    const run = simulatePolicy(fall, "threshold", { seed: 1, leadTimeMs: 0, noise: 0, model: "resplit" });
    expect(run.metrics.cutStreams).toBe(0);
    expect(run.metrics.nodeSeconds).toBe(224); // (11 · 2 + 90 · 1) · 2 s
  });

  test("sticky: a node ordered too late leaves listeners refused, which is an SLA violation", () => {
    // 600 listeners on one node, then a step to 1400 at 22 s: the node (742 clients) refuses 658 until the second serves.
    const step = parseWorkloadCsv("time_s,streams\n0,600\n20,600\n22,1400\n200,1400\n", { name: "step" });
    const run = simulatePolicy(step, "threshold", { seed: 1, leadTimeMs: 10_000, noise: 0 });
    // Ordered at 22 s, serving 5 periods later (32 s): refused during 22..30 s, five periods.
    expect(run.log[0]).toMatchObject({ atMs: 22_000, kind: "supplement" });
    expect(run.metrics.slaViolationSeconds).toBe(10);
    expect(run.metrics.droppedStreamSeconds).toBe(5 * 658 * 2);
  });
});

describe("horizon on flash crowds and on noise alone", () => {
  // 800 listeners on two nodes, then 3000 more at once at 300 s: 501.6 Mbps, six nodes' worth.
  const step = flashWorkload({ base: 800, size: 3000, ratePerMinute: Infinity, atS: 300, holdS: 300, fadeS: 300, durationS: 1200 });

  test.each([
    // [lead time s, budget s]: the step cannot be seen before it happens; the budget is the lead time as it acts
    // (at least one period) plus two periods.
    [0, 2 + 4],
    [20, 20 + 4],
    [60, 60 + 4],
  ])("a step of 3000 listeners with a %d s lead time is answered within %d s of SLA violation", (lead, budget) => {
    for (const seed of [1, 2, 3]) {
      const m = simulatePolicy(step, "horizon", { seed, leadTimeMs: lead * 1000, noise: 0 }).metrics;
      expect(m.slaViolationSeconds).toBeLessThanOrEqual(budget);
      expect(m.reversals).toBe(0);
    }
  });

  test.each([0, 0.05, 0.2])("two hours of a flat 2000 listeners at %d noise: at most 1 reversal an hour, a handful of actions", (noise) => {
    const flat = flashWorkload({ base: 2000, size: 0, durationS: 7200 });
    for (const lead of [0, 60]) {
      for (const seed of [1, 2, 3]) {
        const m = simulatePolicy(flat, "horizon", { seed, leadTimeMs: lead * 1000, noise }).metrics;
        expect(m.reversals).toBeLessThanOrEqual(2);
        expect(m.actions).toBeLessThanOrEqual(6);
        expect(m.slaViolationSeconds).toBe(0);
      }
    }
  }, 30_000);
});

describe("the paper's result (Figure 8), noisy paper workload, 60 s lead time", () => {
  const runs = SEEDS.map((seed) => simulate(paper, ["threshold", "ar1"], { seed, leadTimeMs: 60_000 }));
  const total = (policy: number, metric: "reversals" | "actions"): number => runs.reduce((s, r) => s + r.runs[policy]!.metrics[metric], 0);

  test("the threshold policy cycles resources more than AR(1)", () => {
    expect(total(0, "reversals")).toBeGreaterThan(2 * total(1, "reversals"));
    for (const r of runs) expect(r.runs[0]!.metrics.reversals).toBeGreaterThanOrEqual(r.runs[1]!.metrics.reversals);
  });

  test("AR(1) takes fewer actions than threshold", () => {
    expect(total(1, "actions")).toBeLessThan(total(0, "actions"));
  });
});

describe("horizon meets its targets on the paper workload with a 60 s lead time", () => {
  test.each(SEEDS)("seed %d: no SLA violation, node-seconds within 10 % of the oracle, at most 1.2 × its actions", (seed) => {
    const m = simulatePolicy(paper, "horizon", { seed, leadTimeMs: 60_000 }).metrics;
    expect(m.slaViolationSeconds).toBe(0);
    expect(m.droppedStreamSeconds).toBe(0);
    expect(m.nodeSeconds).toBeLessThanOrEqual(1.1 * m.oracleNodeSeconds);
    expect(m.actions).toBeLessThanOrEqual(1.2 * m.oracleActions);
  });

  test.each([0, 20_000])("and keeps the SLA with a %d ms lead time too", (leadTimeMs) => {
    for (const seed of SEEDS) expect(simulatePolicy(paper, "horizon", { seed, leadTimeMs }).metrics.slaViolationSeconds).toBe(0);
  });
});
