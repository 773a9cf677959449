/**
 * Control-channel benchmark in network namespaces with the built binaries
 * (needs root and `npm run build`; node_exporter from Debian's
 * prometheus-node-exporter for the side-by-side).
 *
 *   bun bench/control.ts [--calls 200] [--window-s 60] [--swarm 100,500]
 *
 * - Status round trip through grand's API, over the channel, and back;
 * - telemetry delay: agent's sample time -> grand's receipt;
 * - channel set-up time (offer -> both channels open), over agent restarts;
 * - agent RSS and CPU with sampling and one channel, next to
 *   prometheus-node-exporter scraped at the same period, in one run;
 * - grand memory and CPU per connected agent at 100 and 500 agents (a swarm
 *   process of real LeaseClient+LamaNode instances, each with its own channel).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { NodeDetailJson, StatsJson } from "../grand/index.ts";
import { binariesMissing, Cluster, Proc, ROOT, waitFor } from "../test/harness/cluster.ts";
import { NetnsWorld, netnsUnavailable } from "../test/harness/netns.ts";
import { ms, summary, writeResult } from "./lib.ts";

const arg = (k: string, d: string) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1]! : d;
};
const CALLS = Number(arg("--calls", "200"));
const WINDOW_S = Number(arg("--window-s", "60"));
const SWARMS = arg("--swarm", "100,500").split(",").filter(Boolean).map(Number);
const PERIOD_MS = 2000;

const why = netnsUnavailable() ?? binariesMissing();
if (why) {
  console.log(`skipping control benchmark: ${why}`);
  process.exit(0);
}
const exporter = spawnSync("which", ["prometheus-node-exporter"], { encoding: "utf8" }).stdout.trim();

function usage(pid: number): { rssKb: number; ticks: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]), ticks: Number(f[11]) + Number(f[12]) };
}
async function measure(pids: Record<string, number>, seconds: number) {
  const a = Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, usage(p)]));
  await Bun.sleep(seconds * 1000);
  return Object.fromEntries(Object.entries(pids).map(([k, p]) => {
    const b = usage(p);
    return [k, { rssMiB: Number((b.rssKb / 1024).toFixed(1)), cpuPercentOfCore: Number((((b.ticks - a[k]!.ticks) / 100 / seconds) * 100).toFixed(2)) }];
  }));
}

const world = NetnsWorld.create(3); // n0 grand, n1 agent (+ node_exporter), n2 scraper / swarm
const c = new Cluster(world);
const results: Record<string, unknown> = {};
try {
  let grand = await c.startGrand(world.nodes[0]!);
  const startAgent = () => c.startAgent(world.nodes[1]!, "bench-agent", ["--sample-ms", String(PERIOD_MS), "--link-capacity-bps", "100000000"]);
  const channelOpen = async () => ((await c.api("/api/nodes/bench-agent")).body as unknown as NodeDetailJson).channel;
  let agent = startAgent();
  await waitFor(async () => (await channelOpen())?.state === "open", 20_000);

  // 1. Status round trip
  const rtt: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const t0 = performance.now();
    const r = await c.api("/api/nodes/bench-agent/status");
    if (r.status !== 200) throw new Error(`status call failed: ${JSON.stringify(r.body)}`);
    rtt.push(performance.now() - t0);
  }
  const rs = summary(rtt);
  console.log(`Status round trip via API (${CALLS} calls): p50 ${rs.p50.toFixed(2)} ms, p99 ${(rtt.sort((a, b) => a - b)[Math.floor(CALLS * 0.99) - 1] ?? rs.max).toFixed(2)} ms`);
  results.statusRoundTripMs = { ...rs, p99: rtt[Math.floor(CALLS * 0.99) - 1] };

  // 2. telemetry delay
  const delays = new Map<string, number>();
  const tEnd = performance.now() + 20_000;
  while (performance.now() < tEnd) {
    const n = (await c.api("/api/nodes/bench-agent")).body as unknown as NodeDetailJson;
    if (n.load && n.channel?.lastTelemetryAtMs) delays.set(n.load.at, n.channel.lastTelemetryAtMs - Date.parse(n.load.at));
    await Bun.sleep(100);
  }
  const ds = summary([...delays.values()]);
  console.log(`telemetry delay, sample -> grand (${ds.n} samples): p50 ${ms(ds.p50)}, max ${ms(ds.max)}`);
  results.telemetryDelayMs = ds;

  // 3. channel set-up time over agent restarts
  const setup: number[] = [];
  const startToOpen: number[] = [];
  for (let i = 0; i < 10; i++) {
    await agent.kill("SIGTERM");
    await waitFor(async () => !(await c.ids()).includes("bench-agent"), 10_000);
    const t0 = performance.now();
    agent = startAgent();
    await waitFor(async () => (await channelOpen())?.state === "open", 20_000);
    startToOpen.push(performance.now() - t0);
    setup.push((await channelOpen())!.lastSetupMs!);
  }
  const ss = summary(setup);
  const so = summary(startToOpen);
  console.log(`channel set-up, offer -> open (10 runs): p50 ${ms(ss.p50)}, max ${ms(ss.max)}; agent process start -> channel open: p50 ${ms(so.p50)}`);
  results.channelSetupMs = { ...ss, samples: setup };
  results.agentStartToChannelOpenMs = so;

  // 4. agent vs node_exporter, side by side
  if (exporter) {
    const ne = new Proc(world.spawn(world.nodes[1]!, [exporter, `--web.listen-address=${world.nodes[1]!.address}:9100`]), "node_exporter");
    const scraper = new Proc(world.spawn(world.nodes[2]!, [process.execPath, "-e",
      `setInterval(() => fetch("http://${world.nodes[1]!.address}:9100/metrics").then((r) => r.text()).catch(() => {}), ${PERIOD_MS})`]), "scraper");
    await Bun.sleep(5000);
    const side = await measure({ lama: agent.child.pid!, nodeExporter: ne.child.pid! }, WINDOW_S);
    console.log(`over ${WINDOW_S} s at a ${PERIOD_MS} ms period: lama ${JSON.stringify(side.lama)}, prometheus-node-exporter ${JSON.stringify(side.nodeExporter)}`);
    results.sideBySide = { windowS: WINDOW_S, periodMs: PERIOD_MS, ...side };
    await scraper.kill();
    await ne.kill();
  } else {
    console.log("prometheus-node-exporter not installed (apt-get install prometheus-node-exporter): side-by-side skipped");
    results.sideBySide = { agentOnly: await measure({ lama: agent.child.pid! }, WINDOW_S) };
  }
  await agent.kill("SIGTERM");

  // 5. grand per connected agent
  const perAgent: Record<string, unknown> = {};
  for (const n of SWARMS) {
    await grand.kill("SIGTERM");
    grand = await c.startGrand(world.nodes[0]!);
    const base = await measure({ grand: grand.child.pid! }, 10);
    const swarm = new Proc(world.spawn(world.nodes[2]!, [process.execPath, join(ROOT, "test/tools/swarm.ts"), "--count", String(n), "--key-file", c.keyFile,
      "--bind", world.nodes[2]!.address, "--grand", `${world.nodes[0]!.address}:4161`, "--prefix", `s${n}`]), "swarm");
    const t0 = performance.now();
    let open = 0;
    await waitFor(async () => {
      const stats = (await c.api("/api/stats")).body as unknown as StatsJson;
      open = stats.channelsOpen;
      return open >= n;
    }, 180_000, () => `${n} channels (${open} open); swarm: ${swarm.output.slice(-500)}`);
    const allOpenS = (performance.now() - t0) / 1000;
    await Bun.sleep(10_000);
    const loaded = await measure({ grand: grand.child.pid!, swarm: swarm.child.pid! }, 30);
    const g = loaded.grand!;
    const per = { agents: n, allChannelsOpenAfterS: Number(allOpenS.toFixed(1)), grandIdle: base.grand, grandLoaded: g, swarm: loaded.swarm,
      rssKiBPerAgent: Math.round(((g.rssMiB - base.grand!.rssMiB) * 1024) / n), cpuPercentPerAgent: Number(((g.cpuPercentOfCore - base.grand!.cpuPercentOfCore) / n).toFixed(4)) };
    console.log(`grand with ${n} agents: RSS ${g.rssMiB} MiB (idle ${base.grand!.rssMiB}), CPU ${g.cpuPercentOfCore}% of a core; per agent ${per.rssKiBPerAgent} KiB, ${per.cpuPercentPerAgent}% — all channels open after ${per.allChannelsOpenAfterS} s`);
    perAgent[String(n)] = per;
    await swarm.kill("SIGTERM");
  }
  results.grandPerAgent = perAgent;
  writeResult("control", { command: `bun bench/control.ts --calls ${CALLS} --window-s ${WINDOW_S} --swarm ${SWARMS.join(",")}`, ...results });
} finally {
  c.destroy();
}
