/**
 * Benchmark of the reallocation policies in the simulator: every policy and the
 * oracle over the workload family of grand/engine/lab/sweep.ts — the paper's ramp
 * and four flash crowds (950, 3000 and 30 000 listeners a minute, and a step;
 * 20 seeds each), six diurnal hours with and without the held-out flash crowd
 * (5 seeds each) — at lead times 0 (one period), 20, 60 and 120 s and measurement
 * noise 0, 5, 10 and 20 %, in the sticky model (streaming pools, the default).
 * Then the same policies in the re-split model beside the sticky one, to show what
 * moving every client every period hides. Prints one table per workload (rows:
 * lead time × noise × policy), checks horizon's targets seed by seed (docs/policy.md)
 * and lists every miss, and writes every figure to bench/results/simulate.json.
 * Deterministic: the JSON is the same on every run.
 *
 *   node_modules/.bin/bun bench/simulate.ts [--quick]     (--quick: 5 seeds, leads 0 and 60 s)
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { POLICY_NAMES } from "../grand/engine/index.ts";
import {
  checkTargets,
  diurnalCases,
  flashCases,
  median,
  PAPER_CASE,
  sweepCell,
  type Metrics,
  type SweepCell,
  type SweepWorkload,
  type TargetMiss,
} from "../grand/engine/lab/index.ts";

const QUICK = process.argv.includes("--quick");
const SEEDS = Array.from({ length: QUICK ? 5 : 20 }, (_, i) => i + 1);
const DIURNAL_SEEDS = [1, 2, 3, 4, 5].slice(0, QUICK ? 2 : 5);
const LEADS_S = QUICK ? [0, 60] : [0, 20, 60, 120];
const NOISES = [0, 0.05, 0.1, 0.2];
const RESULTS = join(import.meta.dir, "results", "simulate.json");

type Row = {
  workload: string;
  model: string;
  leadTimeS: number;
  effectiveLeadTimeS: number;
  noise: number;
  policy: string;
  seeds: number;
  median: Record<string, number>;
  max: Record<string, number>;
};

function figures(m: Metrics): Record<string, number> {
  return { ...m, nodeSecondsRatio: Math.round((m.nodeSeconds / m.oracleNodeSeconds) * 1000) / 1000 };
}

function rows(cell: SweepCell): Row[] {
  const out: Row[] = [];
  const summary = (policy: string, perSeed: Record<string, number>[]): Row => {
    const keys = Object.keys(perSeed[0]!);
    return {
      workload: cell.workload,
      model: cell.model,
      leadTimeS: cell.leadTimeS,
      effectiveLeadTimeS: cell.effectiveLeadTimeS,
      noise: cell.noise,
      policy,
      seeds: perSeed.length,
      median: Object.fromEntries(keys.map((k) => [k, median(perSeed.map((f) => f[k]!))])),
      max: Object.fromEntries(keys.map((k) => [k, Math.max(...perSeed.map((f) => f[k]!))])),
    };
  };
  for (const p of POLICY_NAMES) out.push(summary(p, cell.runs[p].map(figures)));
  out.push(summary("oracle", cell.runs.horizon.map((m) => ({ nodeSeconds: m.oracleNodeSeconds, actions: m.oracleActions }))));
  return out;
}

const lead = (r: Row): string => (r.leadTimeS < r.effectiveLeadTimeS ? `${r.leadTimeS} (1 period)` : String(r.leadTimeS));

function table(rs: Row[]): string {
  const lines = [
    "| lead s | noise | policy | SLA viol. s (max) | refused stream·s | cut | node·s ÷ oracle (max) | actions (max) | reversals (max) |",
    "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of rs) {
    const m = r.median;
    const x = r.max;
    const bold = (s: string): string => (r.policy === "horizon" ? `**${s}**` : s);
    if (r.policy === "oracle") {
      lines.push(`| ${lead(r)} | ${r.noise} | oracle | 0 | 0 | – | 1.000 | ${m.actions} (${x.actions}) | – |`);
      continue;
    }
    lines.push(
      `| ${lead(r)} | ${r.noise} | ${bold(r.policy)} | ${bold(`${m.slaViolationSeconds} (${x.slaViolationSeconds})`)} | ${Math.round(m.droppedStreamSeconds!)} | ` +
        `${Math.round(m.cutStreams!)} | ${bold(`${m.nodeSecondsRatio!.toFixed(3)} (${x.nodeSecondsRatio!.toFixed(3)})`)} | ${m.actions} (${x.actions}) | ${m.reversals} (${x.reversals}) |`,
    );
  }
  return lines.join("\n");
}

const started = performance.now();
const workloads: [SweepWorkload, number[]][] = [
  [PAPER_CASE, SEEDS],
  ...flashCases().map((w): [SweepWorkload, number[]] => [w, SEEDS]),
  ...diurnalCases().map((w): [SweepWorkload, number[]] => [w, DIURNAL_SEEDS]),
];

const all: Row[] = [];
const misses: TargetMiss[] = [];
const checked: Record<string, number> = {};
for (const [w, seeds] of workloads) {
  const rs: Row[] = [];
  for (const l of LEADS_S) {
    for (const noise of NOISES) {
      const cell = sweepCell(w, l, noise, seeds);
      rs.push(...rows(cell));
      misses.push(...checkTargets(w, cell));
      checked[w.name] = (checked[w.name] ?? 0) + seeds.length;
    }
  }
  all.push(...rs);
  console.log(`\n### ${w.name} (sticky model, ${seeds.length} seeds; medians, worst seed in parentheses)\n`);
  console.log(table(rs));
}

// One line per workload × lead time × noise: the three policies' SLA-violation seconds, horizon's cost.
function summaryTable(rs: Row[]): string {
  const lines = [
    "| workload | lead s | noise | SLA viol. s threshold / AR(1) / **horizon**, median (max) | horizon node·s ÷ oracle (max) | horizon actions (max) / oracle | horizon reversals (max) |",
    "| --- | ---: | ---: | --- | ---: | ---: | ---: |",
  ];
  for (let i = 0; i < rs.length; i += 4) {
    const [t, a, h, o] = rs.slice(i, i + 4) as [Row, Row, Row, Row];
    const sla = (r: Row): string => `${r.median.slaViolationSeconds} (${r.max.slaViolationSeconds})`;
    lines.push(
      `| ${h.workload} | ${lead(h)} | ${h.noise} | ${sla(t)} / ${sla(a)} / **${sla(h)}** | ${h.median.nodeSecondsRatio!.toFixed(3)} (${h.max.nodeSecondsRatio!.toFixed(3)}) | ` +
        `${h.median.actions} (${h.max.actions}) / ${o.median.actions} | ${h.median.reversals} (${h.max.reversals}) |`,
    );
  }
  return lines.join("\n");
}
console.log(`\n### Summary: every workload × lead time × noise (sticky model)\n`);
console.log(summaryTable(all));

// The two models side by side: the re-split model moves every client every period and flatters every policy.
const models: Row[] = [];
for (const w of [PAPER_CASE, flashCases()[0]!]) {
  for (const l of [0, 60]) {
    for (const model of ["resplit", "sticky"] as const) models.push(...rows(sweepCell(w, l, 0.1, SEEDS, model)).map((r) => ({ ...r })));
  }
}
console.log(`\n### The two models, noise 0.1, ${SEEDS.length} seeds\n`);
console.log(
  ["| workload | lead s | model | policy | SLA viol. s (max) | refused or dropped stream·s | cut | node·s ÷ oracle | actions | reversals |", "| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    .concat(
      models
        .filter((r) => r.policy !== "oracle")
        .map(
          (r) =>
            `| ${r.workload} | ${lead(r)} | ${r.model} | ${r.policy} | ${r.median.slaViolationSeconds} (${r.max.slaViolationSeconds}) | ${Math.round(r.median.droppedStreamSeconds!)} | ` +
            `${Math.round(r.median.cutStreams!)} | ${r.median.nodeSecondsRatio!.toFixed(3)} | ${r.median.actions} | ${r.median.reversals} |`,
        ),
    )
    .join("\n"),
);

// Targets, seed by seed: how many seed-runs missed each, per workload.
const byWorkload = new Map<string, Map<string, TargetMiss[]>>();
for (const m of misses) {
  const w = m.cell.split(" ")[0]!;
  const t = byWorkload.get(w) ?? new Map<string, TargetMiss[]>();
  t.set(m.target, [...(t.get(m.target) ?? []), m]);
  byWorkload.set(w, t);
}
console.log(`\n### horizon's targets, seed by seed (docs/policy.md)\n`);
for (const [w] of workloads) {
  const t = byWorkload.get(w.name);
  if (t === undefined) {
    console.log(`- ${w.name}: every target met on all ${checked[w.name]} seed-runs`);
    continue;
  }
  const parts = [...t.entries()].map(([target, ms]) => {
    const cells = [...new Set(ms.map((m) => m.cell.slice(w.name.length + 1).replace(" sticky", "")))];
    const worst = ms.reduce((a, b) => (b.value - b.limit > a.value - a.limit ? b : a));
    return `${target}: ${ms.length} (${cells.join("; ")}; worst ${worst.value} vs ${Math.round(worst.limit * 1000) / 1000})`;
  });
  console.log(`- ${w.name}: ${misses.filter((m) => m.cell.startsWith(`${w.name} `)).length} misses in ${checked[w.name]} seed-runs — ${parts.join(" | ")}`);
}

await mkdir(join(import.meta.dir, "results"), { recursive: true });
await writeFile(
  RESULTS,
  JSON.stringify({ seeds: SEEDS, diurnalSeeds: DIURNAL_SEEDS, leadsS: LEADS_S, noises: NOISES, rows: all, models, targetMisses: misses }, null, 1) + "\n",
);
console.log(`\nwrote ${RESULTS} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
