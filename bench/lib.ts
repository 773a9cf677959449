/** Shared bits for benchmarks: percentiles, machine description, result files. */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";

export const RESULTS = resolve(import.meta.dir, "results");

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i]!;
}

export function summary(values: number[]) {
  return {
    n: values.length,
    min: Math.min(...values),
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: Math.max(...values),
  };
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    kernel: os.release(),
    bun: Bun.version,
  };
}

/** Writes bench/results/NAME.json with the machine and the time of the run. */
export function writeResult(name: string, data: Record<string, unknown>): string {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.json`);
  writeFileSync(path, JSON.stringify({ benchmark: name, at: new Date().toISOString(), machine: machine(), ...data }, null, 2) + "\n");
  console.log(`wrote ${path}`);
  return path;
}

export const ms = (x: number) => `${x.toFixed(0)} ms`;
