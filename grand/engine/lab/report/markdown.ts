/**
 * The metrics of one simulation as a Markdown table, policies and oracle side by side.
 */
import { leadSteps } from "../simulator/oracle.ts";
import type { Simulation } from "../simulator/simulator.ts";

/**
 * The lead time as it acts: a node never serves before the period after the one
 * that ordered it, so a lead time shorter than a period is one period.
 */
export function leadLabel(leadTimeMs: number, periodMs: number): string {
  return leadTimeMs < periodMs ? `one period (${periodMs / 1000} s)` : `${leadTimeMs / 1000} s`;
}

/** The pool model in words. */
export function modelLabel(sim: Simulation): string {
  if (sim.model === "resplit") return "resplit model (all demand re-split every period)";
  return `sticky model (${sim.balance}, ${sim.sessionS > 0 ? `mean session ${sim.sessionS} s` : "no churn"})`;
}

/** A caption line naming the run's settings. */
export function caption(sim: Simulation): string {
  return (
    `workload ${sim.workload.name}, lead time ${leadLabel(sim.leadTimeMs, sim.workload.periodMs)}, seed ${sim.seed}, ` +
    `measurement noise ${Math.round(sim.noise * 100)} %, ${modelLabel(sim)}`
  );
}

/** Caption and table: each policy's metrics, node-seconds relative to the oracle, and the oracle's own row. */
export function metricsMarkdown(sim: Simulation): string {
  const rows = [
    "| policy | SLA violation s | dropped or refused stream·s | cut streams | node·s | ÷ oracle | actions | reversals |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of sim.runs) {
    const m = r.metrics;
    rows.push(
      `| ${r.policy} | ${m.slaViolationSeconds} | ${Math.round(m.droppedStreamSeconds)} | ${Math.round(m.cutStreams)} | ${Math.round(m.nodeSeconds)} | ` +
        `${(m.nodeSeconds / m.oracleNodeSeconds).toFixed(3)} | ${m.actions} | ${m.reversals} |`,
    );
  }
  rows.push(`| oracle | 0 | 0 | 0 | ${Math.round(sim.oracle.nodeSeconds)} | 1.000 | ${sim.oracle.actions} | – |`);
  return `${caption(sim)}\n\n${rows.join("\n")}\n`;
}

/** The `--json` document: settings, the oracle, and each policy's metrics under their documented names. */
export function metricsJson(sim: Simulation): string {
  const doc = {
    workload: sim.workload.name,
    seed: sim.seed,
    leadTimeS: sim.leadTimeMs / 1000,
    /** What the lead time amounts to in the simulator: whole periods, at least one. */
    effectiveLeadTimeS: (leadSteps(sim.leadTimeMs, sim.workload.periodMs) * sim.workload.periodMs) / 1000,
    noise: sim.noise,
    model: sim.model,
    ...(sim.model === "sticky" ? { balance: sim.balance, sessionS: sim.sessionS } : {}),
    periodS: sim.workload.periodMs / 1000,
    durationS: (sim.workload.demandBps.length * sim.workload.periodMs) / 1000,
    oracle: { nodeSeconds: sim.oracle.nodeSeconds, actions: sim.oracle.actions },
    policies: Object.fromEntries(sim.runs.map((r) => [r.policy, r.metrics])),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
