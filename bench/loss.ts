/**
 * Leases under packet loss, in network namespaces with the built binaries
 * (needs root, nftables, `npm run build`).
 *
 *   bun bench/loss.ts [--minutes 10] [--loss 20] [--agents 5]
 *
 * Every namespace (grand's and each agent's) drops --loss % of the UDP packets
 * it sends (nftables `numgen random`, on egress: the kernel here has no
 * sch_netem, so `tc netem loss` is not available; the effect on the wire is the
 * same). Counts false expiries of live agents over the run, and measures crash
 * detection under the same loss by killing an extra agent every two minutes.
 */
import { spawnSync } from "node:child_process";
import { binariesMissing, Cluster, waitFor } from "../test/harness/cluster.ts";
import { NetnsWorld, netnsUnavailable } from "../test/harness/netns.ts";
import { ms, summary, writeResult } from "./lib.ts";

const arg = (k: string, d: number) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const MINUTES = arg("--minutes", 10);
const LOSS = arg("--loss", 20);
const AGENTS = arg("--agents", 5);

const why = netnsUnavailable() ?? binariesMissing() ?? (spawnSync("nft", ["--version"]).status === 0 ? undefined : "nft is missing (apt-get install nftables)");
if (why) {
  console.log(`skipping loss benchmark: ${why}`);
  process.exit(0);
}

const world = NetnsWorld.create(AGENTS + 2);
const c = new Cluster(world);
try {
  for (const n of world.nodes) {
    const rules = `table inet lamaloss {\n chain out {\n  type filter hook output priority 0;\n  meta l4proto udp numgen random mod 100 < ${LOSS} counter drop\n }\n}\n`;
    const r = spawnSync("ip", ["netns", "exec", n.name, "nft", "-f", "-"], { input: rules, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`nft in ${n.name}: ${r.stderr}`);
  }
  await c.startGrand(world.nodes[0]!);
  for (let i = 1; i <= AGENTS; i++) c.startAgent(world.nodes[i]!, `live-${i}`);
  await waitFor(async () => (await c.ids()).length === AGENTS, 30_000, () => "all agents to join under loss");
  console.log(`${AGENTS} agents joined under ${LOSS}% loss per sender; running ${MINUTES} min`);
  const start = performance.now();
  const crash: number[] = [];
  let victim = 0;
  while (performance.now() - start < MINUTES * 60_000) {
    const elapsedMin = (performance.now() - start) / 60_000;
    if (elapsedMin >= 2 * (victim + 1) - 1.5 && victim < Math.floor(MINUTES / 2)) {
      const id = `victim-${victim++}`;
      const p = c.startAgent(world.nodes[AGENTS + 1]!, id);
      await waitFor(() => c.events.some((e) => e.type === "registered" && e.id === id), 30_000);
      await Bun.sleep(2000 + Math.random() * 1000);
      const tk = performance.now();
      await p.kill("SIGKILL");
      await waitFor(() => c.events.some((e) => e.type === "expired" && e.id === id), 30_000);
      crash.push(c.events.find((e) => e.type === "expired" && e.id === id)!.receivedAt - tk);
      console.log(`  ${elapsedMin.toFixed(1)} min: ${id} killed, expired after ${ms(crash.at(-1)!)}`);
    }
    await Bun.sleep(1000);
  }
  const falseExpiries = c.events.filter((e) => e.type === "expired" && e.id.startsWith("live-"));
  const stats = await c.stats();
  const dropped = world.nodes.map((n) => {
    const out = spawnSync("ip", ["netns", "exec", n.name, "nft", "list", "table", "inet", "lamaloss"], { encoding: "utf8" }).stdout;
    return Number(/packets (\d+)/.exec(out)?.[1] ?? 0);
  });
  const cs = summary(crash);
  console.log(`\nfalse expiries of live agents in ${MINUTES} min at ${LOSS}% loss: ${falseExpiries.length}`);
  console.log(`crash detection under loss (${crash.length} kills): p50 ${ms(cs.p50)}, max ${ms(cs.max)}`);
  console.log(`packets dropped by the loss rules: ${dropped.reduce((a, b) => a + b, 0)}; grand renewals accepted: ${(stats as unknown as { renewals: number }).renewals}`);
  writeResult("loss", {
    command: `bun bench/loss.ts --minutes ${MINUTES} --loss ${LOSS} --agents ${AGENTS}`,
    lossPercentPerSender: LOSS,
    minutes: MINUTES,
    agents: AGENTS,
    falseExpiries: falseExpiries.length,
    crashDetectionUnderLossMs: { ...cs, samples: crash.map(Math.round) },
    packetsDropped: dropped.reduce((a, b) => a + b, 0),
    grandRenewals: (stats as unknown as { renewals: number }).renewals,
  });
} finally {
  c.destroy();
}
