/**
 * Pool benchmark in network namespaces with the built binaries (needs root and
 * `npm run build`).
 *
 *   bun bench/cluster.ts [--runs 20] [--idle-s 30]
 *
 * - join time: agent process start -> grand's "registered" event, per run;
 * - crash detection: kill -9 of a registered agent -> grand's "expired" event;
 * - agent and grand idle RSS and CPU over a quiet window;
 * - binary sizes.
 */
import { readFileSync, statSync } from "node:fs";
import { join as joinPath } from "node:path";
import { binariesMissing, Cluster, DIST, waitFor } from "../test/harness/cluster.ts";
import { NetnsWorld, netnsUnavailable } from "../test/harness/netns.ts";
import { ms, summary, writeResult } from "./lib.ts";

const arg = (k: string, d: number) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const RUNS = arg("--runs", 20);
const IDLE_S = arg("--idle-s", 30);

const why = netnsUnavailable() ?? binariesMissing();
if (why) {
  console.log(`skipping cluster benchmark: ${why}`);
  process.exit(0);
}

/** RSS in kB and CPU ticks (user+system) of a process. */
function procUsage(pid: number): { rssKb: number; ticks: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { rssKb, ticks: Number(fields[11]) + Number(fields[12]) };
}
const CLK_TCK = 100;

const world = NetnsWorld.create(2);
const c = new Cluster(world);
try {
  const grand = await c.startGrand(world.nodes[0]!);
  const join: number[] = [];
  const crash: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const id = `bench-${i}`;
    const t0 = performance.now();
    const agent = c.startAgent(world.nodes[1]!, id);
    await waitFor(() => c.events.some((e) => e.type === "registered" && e.id === id), 15_000, () => `${id} to register: ${agent.output}`);
    join.push(c.events.find((e) => e.type === "registered" && e.id === id)!.receivedAt - t0);
    await Bun.sleep(300 + Math.random() * 500); // kill at a random point of the renewal cycle
    const tk = performance.now();
    await agent.kill("SIGKILL");
    await waitFor(() => c.events.some((e) => e.type === "expired" && e.id === id), 15_000, () => `${id} to expire`);
    crash.push(c.events.find((e) => e.type === "expired" && e.id === id)!.receivedAt - tk);
    process.stdout.write(`run ${i + 1}/${RUNS}: join ${ms(join.at(-1)!)}, crash detected ${ms(crash.at(-1)!)}\n`);
  }

  // Idle cost: one agent, registered, renewing; grand with one node.
  const idle = c.startAgent(world.nodes[1]!, "idle");
  await waitFor(() => c.events.some((e) => e.type === "registered" && e.id === "idle"), 15_000);
  await Bun.sleep(3000);
  const a0 = procUsage(idle.child.pid!);
  const g0 = procUsage(grand.child.pid!);
  await Bun.sleep(IDLE_S * 1000);
  const a1 = procUsage(idle.child.pid!);
  const g1 = procUsage(grand.child.pid!);
  const agentCpu = (a1.ticks - a0.ticks) / CLK_TCK / IDLE_S;
  const grandCpu = (g1.ticks - g0.ticks) / CLK_TCK / IDLE_S;
  const sizes = { lama: statSync(joinPath(DIST, "lama")).size, grand: statSync(joinPath(DIST, "grand")).size };

  const js = summary(join);
  const cs = summary(crash);
  console.log(`\njoin time (process start -> listed), ${RUNS} runs: p50 ${ms(js.p50)}, p95 ${ms(js.p95)}, min ${ms(js.min)}, max ${ms(js.max)}`);
  console.log(`crash detection (kill -9 -> expired), ${RUNS} runs: p50 ${ms(cs.p50)}, p95 ${ms(cs.p95)}, min ${ms(cs.min)}, max ${ms(cs.max)}`);
  console.log(`agent idle: RSS ${(a1.rssKb / 1024).toFixed(1)} MiB, CPU ${(agentCpu * 100).toFixed(2)}% of one core over ${IDLE_S} s`);
  console.log(`grand with one agent: RSS ${(g1.rssKb / 1024).toFixed(1)} MiB, CPU ${(grandCpu * 100).toFixed(2)}% of one core`);
  console.log(`binary sizes: lama ${(sizes.lama / 1e6).toFixed(1)} MB, grand ${(sizes.grand / 1e6).toFixed(1)} MB`);
  writeResult("cluster", {
    command: `bun bench/cluster.ts --runs ${RUNS} --idle-s ${IDLE_S}`,
    joinMs: { ...js, samples: join.map(Math.round) },
    crashDetectionMs: { ...cs, samples: crash.map(Math.round) },
    agentIdle: { rssMiB: Number((a1.rssKb / 1024).toFixed(1)), cpuFractionOfCore: Number(agentCpu.toFixed(4)), windowS: IDLE_S },
    grandOneAgent: { rssMiB: Number((g1.rssKb / 1024).toFixed(1)), cpuFractionOfCore: Number(grandCpu.toFixed(4)) },
    binaryBytes: sizes,
  });
} finally {
  c.destroy();
}
