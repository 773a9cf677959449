/**
 * The monitor's cost per telemetry message as the pool grows (pure, in-process).
 *
 *   bun bench/monitor.ts [--nodes 100,1000,2000,5000] [--periods 20]
 *
 * N nodes of one role each record one sample per period; prints µs per
 * record() and the share of one core that N nodes at a 2 s period would take.
 * A per-message recompute over every node is O(N) per message, O(N²) per period;
 * running sums make it flat.
 */
import os from "node:os";
import { Monitor } from "../grand/index.ts";
import { writeResult } from "./lib.ts";

const arg = (k: string, d: string) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1]! : d;
};
const SIZES = arg("--nodes", "100,1000,2000,5000").split(",").map(Number);
const PERIODS = Number(arg("--periods", "20"));
const PERIOD_MS = 2_000;

const rows = [];
for (const n of SIZES) {
  const m = new Monitor();
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  const roles = ["streaming"];
  let t = 0;
  const run = (periods: number) => {
    for (let p = 0; p < periods; p++) {
      t += PERIOD_MS;
      for (let i = 0; i < n; i++) m.record(ids[i]!, roles, { atMs: t, txBps: i * 1000 + p, rxBps: i, linkCapacityBps: 1e9, periodMs: PERIOD_MS }, t);
    }
  };
  run(2); // warm up
  const t0 = performance.now();
  run(PERIODS);
  const usPerRecord = ((performance.now() - t0) * 1000) / (n * PERIODS);
  const coreShareAt2s = (usPerRecord * n) / (PERIOD_MS * 1000);
  rows.push({ nodes: n, usPerRecord: Number(usPerRecord.toFixed(2)), percentOfCoreAt2sPeriod: Number((coreShareAt2s * 100).toFixed(3)) });
  console.log(`${n} nodes: ${usPerRecord.toFixed(2)} µs per record(), ${(coreShareAt2s * 100).toFixed(3)} % of a core at a 2 s period`);
}
writeResult("monitor", { command: `bun bench/monitor.ts --nodes ${SIZES.join(",")} --periods ${PERIODS}`, loadAverage: os.loadavg(), rows });
