/**
 * The metrics of one simulation as a Markdown table, policies and oracle side by side.
 */
import type { Simulation } from "../simulator/simulator.ts";

/** A caption line naming the run's settings. */
export function caption(sim: Simulation): string {
  return `workload ${sim.workload.name}, lead time ${sim.leadTimeMs / 1000} s, seed ${sim.seed}, measurement noise ${Math.round(sim.noise * 100)} %`;
}

/** Caption and table: each policy's metrics, node-seconds relative to the oracle, and the oracle's own row. */
export function metricsMarkdown(sim: Simulation): string {
  const rows = [
    "| policy | SLA violation s | dropped stream·s | node·s | ÷ oracle | actions | reversals |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of sim.runs) {
    const m = r.metrics;
    rows.push(
      `| ${r.policy} | ${m.slaViolationSeconds} | ${Math.round(m.droppedStreamSeconds)} | ${Math.round(m.nodeSeconds)} | ` +
        `${(m.nodeSeconds / m.oracleNodeSeconds).toFixed(3)} | ${m.actions} | ${m.reversals} |`,
    );
  }
  rows.push(`| oracle | 0 | 0 | ${Math.round(sim.oracle.nodeSeconds)} | 1.000 | ${sim.oracle.actions} | – |`);
  return `${caption(sim)}\n\n${rows.join("\n")}\n`;
}

/** The `--json` document: settings, the oracle, and each policy's metrics under their documented names. */
export function metricsJson(sim: Simulation): string {
  const doc = {
    workload: sim.workload.name,
    seed: sim.seed,
    leadTimeS: sim.leadTimeMs / 1000,
    noise: sim.noise,
    periodS: sim.workload.periodMs / 1000,
    durationS: (sim.workload.demandBps.length * sim.workload.periodMs) / 1000,
    oracle: { nodeSeconds: sim.oracle.nodeSeconds, actions: sim.oracle.actions },
    policies: Object.fromEntries(sim.runs.map((r) => [r.policy, r.metrics])),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
