/**
 * Benchmark of the reallocation policies: every policy and the oracle on the paper
 * workload (20 seeds) and the diurnal workload (5 seeds), at lead times 0, 20 and
 * 60 s, plus a measurement-noise sweep on the paper workload and a sweep of our
 * rule's confidence on both workloads, at 60 s. Prints
 * tables of medians (with worst cases where they matter), checks the targets
 * in docs/policy.md, and writes every figure to bench/results/simulate.json. Deterministic:
 * the JSON is the same on every run.
 *
 *   node_modules/.bin/bun bench/simulate.ts
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PAPER_POOL, POLICY_NAMES, type PolicyName, type PoolConfig } from "../grand/engine/index.ts";
import { diurnalWorkload, paperWorkload, PAPER_MEASUREMENT_NOISE, simulate, type Metrics, type Simulation, type Workload } from "../grand/engine/lab/index.ts";

const PAPER_SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const DIURNAL_SEEDS = [1, 2, 3, 4, 5];
const LEAD_TIMES_S = [0, 20, 60];
const NOISES = [0.05, 0.1, 0.15, 0.2];
/** Our rule's confidence z (release at z + 2): the knob that trades node-seconds for SLA safety. */
const CONFIDENCES = [1.5, 2, 2.5, 3];
const RESULTS = join(import.meta.dir, "results", "simulate.json");

type Row = {
  workload: string;
  leadTimeS: number;
  noise: number;
  policy: string;
  seeds: number;
  median: Record<string, number>;
  max: Record<string, number>;
  perSeed: Record<string, number>[];
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function figures(m: Metrics): Record<string, number> {
  return { ...m, nodeSecondsRatio: Math.round((m.nodeSeconds / m.oracleNodeSeconds) * 1000) / 1000, actionsRatio: Math.round((m.actions / m.oracleActions) * 1000) / 1000 };
}

function summarise(workload: string, leadTimeS: number, noise: number, sims: Simulation[]): Row[] {
  const rows: Row[] = [];
  const summary = (policy: string, perSeed: Record<string, number>[]): Row => {
    const keys = Object.keys(perSeed[0]!);
    return {
      workload,
      leadTimeS,
      noise,
      policy,
      seeds: perSeed.length,
      median: Object.fromEntries(keys.map((k) => [k, median(perSeed.map((f) => f[k]!))])),
      max: Object.fromEntries(keys.map((k) => [k, Math.max(...perSeed.map((f) => f[k]!))])),
      perSeed,
    };
  };
  for (const [i, name] of sims[0]!.runs.map((r) => r.policy).entries()) {
    rows.push(summary(name, sims.map((s) => figures(s.runs[i]!.metrics))));
  }
  rows.push(
    summary(
      "oracle",
      sims.map((s) => ({ slaViolationSeconds: 0, droppedStreamSeconds: 0, nodeSeconds: s.oracle.nodeSeconds, nodeSecondsRatio: 1, actions: s.oracle.actions, actionsRatio: 1, reversals: 0 })),
    ),
  );
  return rows;
}

function table(rows: Row[]): string {
  const head = "| workload | lead s | noise | policy | SLA viol. s (max) | dropped stream·s | node·s | ÷ oracle (max) | actions (max) | reversals |";
  const lines = [head, "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"];
  for (const r of rows) {
    const m = r.median;
    const x = r.max;
    lines.push(
      `| ${r.workload} | ${r.leadTimeS} | ${r.noise} | ${r.policy} | ${m.slaViolationSeconds} (${x.slaViolationSeconds}) | ${Math.round(m.droppedStreamSeconds!)} | ` +
        `${Math.round(m.nodeSeconds!)} | ${m.nodeSecondsRatio!.toFixed(3)} (${x.nodeSecondsRatio!.toFixed(3)}) | ${m.actions} (${x.actions}) | ${m.reversals} |`,
    );
  }
  return lines.join("\n");
}

function runAll(
  workloadFor: (seed: number) => Workload,
  seeds: number[],
  leadTimeS: number,
  noise: number,
  policies: readonly PolicyName[] = POLICY_NAMES,
  pool: PoolConfig = PAPER_POOL,
): Simulation[] {
  return seeds.map((seed) => simulate(workloadFor(seed), policies, { seed, leadTimeMs: leadTimeS * 1000, noise, pool }));
}

const started = performance.now();
const paper = paperWorkload();
const byLead: Row[] = [];
for (const lead of LEAD_TIMES_S) byLead.push(...summarise("paper", lead, PAPER_MEASUREMENT_NOISE, runAll(() => paper, PAPER_SEEDS, lead, PAPER_MEASUREMENT_NOISE)));
const diurnalDays = new Map(DIURNAL_SEEDS.map((seed) => [seed, diurnalWorkload({ seed })]));
for (const lead of LEAD_TIMES_S) {
  byLead.push(...summarise("diurnal", lead, PAPER_MEASUREMENT_NOISE, runAll((seed) => diurnalDays.get(seed)!, DIURNAL_SEEDS, lead, PAPER_MEASUREMENT_NOISE)));
}
const byNoise: Row[] = [];
for (const noise of NOISES) byNoise.push(...summarise("paper", 60, noise, runAll(() => paper, PAPER_SEEDS, 60, noise)));

const byConfidence: (Row & { confidence: number })[] = [];
for (const z of CONFIDENCES) {
  const pool: PoolConfig = { ...PAPER_POOL, horizon: { ...PAPER_POOL.horizon, confidence: z, releaseConfidence: z + 2 } };
  const paperRuns = runAll(() => paper, PAPER_SEEDS, 60, PAPER_MEASUREMENT_NOISE, ["horizon"], pool);
  const dayRuns = runAll((seed) => diurnalDays.get(seed)!, DIURNAL_SEEDS, 60, PAPER_MEASUREMENT_NOISE, ["horizon"], pool);
  for (const [name, runs] of [["paper", paperRuns], ["diurnal", dayRuns]] as const) {
    const [row] = summarise(name, 60, PAPER_MEASUREMENT_NOISE, runs);
    byConfidence.push({ ...row!, policy: `horizon z=${z}`, confidence: z });
  }
}

// The policies' targets (docs/policy.md, "Targets"), seed by seed, on the paper workload with a 60 s lead time.
const at60 = (policy: string): Row => byLead.find((r) => r.workload === "paper" && r.leadTimeS === 60 && r.policy === policy)!;
const ours = at60("horizon").perSeed;
const threshold = at60("threshold").perSeed;
const ar1 = at60("ar1").perSeed;
const count = (pred: (i: number) => boolean): string => `${PAPER_SEEDS.filter((_, i) => pred(i)).length}/${PAPER_SEEDS.length} seeds`;
const targets = {
  horizonNoSlaViolation: count((i) => ours[i]!.slaViolationSeconds === 0),
  horizonNodeSecondsWithin10Percent: count((i) => ours[i]!.nodeSecondsRatio! <= 1.1),
  horizonActionsAtMost1_2xOracle: count((i) => ours[i]!.actionsRatio! <= 1.2),
  thresholdCyclesMoreThanAr1: count((i) => threshold[i]!.reversals! > ar1[i]!.reversals!),
  ar1FewerActionsThanThreshold: count((i) => ar1[i]!.actions! < threshold[i]!.actions!),
};

console.log(`Policies and oracle, medians over ${PAPER_SEEDS.length} seeds (paper) and ${DIURNAL_SEEDS.length} seeds (diurnal), measurement noise ${PAPER_MEASUREMENT_NOISE}; worst seed in parentheses.\n`);
console.log(table(byLead));
console.log(`\nMeasurement-noise sweep, paper workload, 60 s lead time, medians over ${PAPER_SEEDS.length} seeds.\n`);
console.log(table(byNoise));
console.log(`\nOur rule's confidence z (releases at z + 2), 60 s lead time, medians.\n`);
console.log(table(byConfidence));
console.log("\nTargets (paper workload, 60 s lead time):");
for (const [name, value] of Object.entries(targets)) console.log(`  ${name}: ${value}`);

await mkdir(join(import.meta.dir, "results"), { recursive: true });
await writeFile(RESULTS, JSON.stringify({ paperSeeds: PAPER_SEEDS, diurnalSeeds: DIURNAL_SEEDS, targets, byLeadTime: byLead, byNoise, byConfidence }, null, 1) + "\n");
console.log(`\nwrote ${RESULTS} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
