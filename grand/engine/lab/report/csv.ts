/**
 * CSV output of a simulation: the per-period series of every policy side by side,
 * and the log of actions. Numbers have fixed decimals so that one seed gives one
 * file, byte for byte.
 */
import type { Simulation } from "../simulator/simulator.ts";

const mbps = (bps: number): string => (Number.isNaN(bps) ? "" : (bps / 1e6).toFixed(3));

/** One row per monitoring period: time, true demand, the oracle's nodes, then per policy what it saw, forecast and allocated. */
export function seriesCsv(sim: Simulation): string {
  const cols = ["time_s", "demand_mbps", "oracle_nodes"];
  for (const r of sim.runs) {
    cols.push(`${r.policy}_observed_mbps`, `${r.policy}_forecast_mbps`, `${r.policy}_upper_mbps`, `${r.policy}_allocated`, `${r.policy}_ready`);
  }
  const lines = [cols.join(",")];
  const w = sim.workload;
  for (let k = 0; k < w.demandBps.length; k++) {
    const row = [((k * w.periodMs) / 1000).toString(), mbps(w.demandBps[k]!), String(sim.oracle.allocated[k])];
    for (const r of sim.runs) {
      const s = r.series;
      row.push(mbps(s.observedBps[k]!), mbps(s.forecastBps[k]!), mbps(s.upperBps[k]!), String(s.allocated[k]), String(s.ready[k]));
    }
    lines.push(row.join(","));
  }
  return lines.join("\n") + "\n";
}

/** Quotes a CSV field when it needs it. */
function field(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per supplement or release, in time order per policy. */
export function actionsCsv(sim: Simulation): string {
  const lines = ["time_s,policy,action,node,reason"];
  for (const r of sim.runs) {
    for (const a of r.log) lines.push([String(a.atMs / 1000), r.policy, a.kind, a.serviceId, field(a.reason)].join(","));
  }
  return lines.join("\n") + "\n";
}
