/**
 * What one NodeStatus sample costs the agent.
 *
 *   bun bench/probe.ts [--samples N]
 *
 * 1. Live: N samples (default 2000) of the real /proc and /sys, back to back,
 *    after a warm-up. Wall time per sample (median, p99, max) and the process's
 *    CPU time (process.cpuUsage(), user and system) per sample, and what that is
 *    as a share of one core at the default 2 s sample period.
 * 2. In memory: the same through the in-memory twin holding this machine's
 *    captures (fixtures/linux-6.18, alternating t0 and t1): parsing and rate
 *    maths alone, without the system calls.
 * 3. What a sample reads (files, listings, statfs calls) and its encoded size.
 */
import { join } from "node:path";
import { pb } from "../proto/index.ts";
import {
  DEFAULT_SAMPLE_PERIOD_MS,
  loadFixture,
  memoryProcSource,
  realProcSource,
  Sampler,
  type ProcSource,
} from "../runtime/probes/index.ts";
import { percentile, writeResult } from "./lib.ts";

const arg = (k: string, d: number) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const N = arg("--samples", 2000);
const WARMUP = 200;

/** Counts what a source is asked. */
function counting(inner: ProcSource) {
  const calls = { readText: 0, listDir: 0, statfs: 0 };
  const source: ProcSource = {
    readText: (p) => (calls.readText++, inner.readText(p)),
    listDir: (p) => (calls.listDir++, inner.listDir(p)),
    statfs: (p) => (calls.statfs++, inner.statfs(p)),
  };
  return { source, calls };
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

function run(label: string, sampler: Sampler, before?: (i: number) => void) {
  let now = 1_800_000_000_000;
  for (let i = 0; i < WARMUP; i++) {
    before?.(i);
    sampler.sample((now += DEFAULT_SAMPLE_PERIOD_MS));
  }
  const wallUs: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    before?.(i);
    const a = performance.now();
    sampler.sample((now += DEFAULT_SAMPLE_PERIOD_MS));
    wallUs.push((performance.now() - a) * 1000);
  }
  const elapsedUs = (performance.now() - t0) * 1000;
  const cpu = process.cpuUsage(cpu0);
  const result = {
    wallUsPerSample: {
      p50: round(percentile(wallUs, 50)),
      p99: round(percentile(wallUs, 99)),
      max: round(Math.max(...wallUs)),
      mean: round(wallUs.reduce((a, b) => a + b, 0) / N),
    },
    processCpuUsPerSample: {
      user: round(cpu.user / N),
      system: round(cpu.system / N),
      total: round((cpu.user + cpu.system) / N),
    },
    /** Process CPU over wall time of the loop: >1 means other threads (GC) worked too. */
    cpuPerWall: round((cpu.user + cpu.system) / elapsedUs, 2),
    /** Share of one core spent sampling at the default period. */
    percentOfOneCoreAtDefaultPeriod: round(((cpu.user + cpu.system) / N / (DEFAULT_SAMPLE_PERIOD_MS * 1000)) * 100, 3),
  };
  const w = result.wallUsPerSample;
  const c = result.processCpuUsPerSample;
  console.log(
    `${label.padEnd(10)} wall/sample p50 ${w.p50} µs  p99 ${w.p99} µs  max ${w.max} µs   ` +
      `CPU/sample ${c.total} µs (user ${c.user}, sys ${c.system})   ` +
      `${result.percentOfOneCoreAtDefaultPeriod}% of a core at ${DEFAULT_SAMPLE_PERIOD_MS} ms`,
  );
  return result;
}

// ---- live
const live = counting(realProcSource);
const liveSampler = new Sampler({ serviceId: "bench", source: live.source });
const liveResult = run("live", liveSampler);
const firstCalls = { ...live.calls };
const status = liveSampler.sample(1_900_000_000_000);
const perSample = {
  readText: live.calls.readText - firstCalls.readText,
  listDir: live.calls.listDir - firstCalls.listDir,
  statfs: live.calls.statfs - firstCalls.statfs,
  interfaces: status.interfaces!.length,
  disks: status.disks!.length,
  filesystems: status.filesystems!.length,
  cpus: status.cpu!.perCpuBusy!.length,
  encodedBytes: pb.NodeStatus.encode(status).finish().length,
};
console.log(
  `live       reads per sample: ${perSample.readText} files, ${perSample.listDir} listings, ${perSample.statfs} statfs; ` +
    `${perSample.interfaces} interfaces, ${perSample.disks} disks, ${perSample.filesystems} file systems; ` +
    `NodeStatus ${perSample.encodedBytes} B encoded`,
);

// ---- in memory
const fixtures = join(import.meta.dir, "../runtime/probes/fixtures/linux-6.18");
const snaps = [loadFixture(join(fixtures, "t0")), loadFixture(join(fixtures, "t1"))];
const mem = memoryProcSource(snaps[0]);
const memResult = run("in-memory", new Sampler({ serviceId: "bench", source: mem }), (i) => mem.load(snaps[i % 2]!));

writeResult("probe", {
  command: `bun bench/probe.ts --samples ${N}`,
  samples: N,
  warmup: WARMUP,
  samplePeriodMs: DEFAULT_SAMPLE_PERIOD_MS,
  live: liveResult,
  inMemory: { ...memResult, note: "fixtures/linux-6.18 through memoryProcSource: parsing and rate maths only (MemoryProcSource.load per sample included)" },
  perSample,
});
