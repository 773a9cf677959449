/**
 * `npm run bench`: runs the benchmarks one after another (each prints its figures
 * and writes bench/results/NAME.json). The 10-minute real-loss run is long, so it
 * runs only with --all.
 *
 *   bun bench/run.ts [--all]
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

const quick = ["envelope.ts", "probe.ts", "loss-sim.ts", "cluster.ts", "control.ts", "simulate.ts", "boot.ts"];
const slow = ["loss.ts"];
const list = process.argv.includes("--all") ? [...quick, ...slow] : quick;
let failed = 0;
for (const b of list) {
  const path = join(import.meta.dir, b);
  if (!existsSync(path)) continue;
  console.log(`\n=== bench/${b}`);
  const p = Bun.spawnSync([process.execPath, path], { stdio: ["ignore", "inherit", "inherit"] });
  if (p.exitCode !== 0) {
    console.log(`bench/${b} failed with exit code ${p.exitCode}`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
