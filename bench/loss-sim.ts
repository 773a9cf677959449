/**
 * Lease defaults under packet loss, simulated: the real agent and lookup-service
 * code on the in-memory network with a fake clock, for many agent-hours.
 *
 *   bun bench/loss-sim.ts [--agents 10] [--hours 2]
 *
 * Loss is applied to every datagram independently (both directions). Reports
 * false expiries and renewals sent per agent per second, per loss rate; complements bench/loss.ts, which runs the real
 * binaries for 10 minutes.
 */
import os from "node:os";
import { LEASE_MS, RENEW_EVERY_MS, RENEW_RETRY_MS } from "../runtime/wire/index.ts";
import { World } from "../test/harness/world.ts";
import { writeResult } from "./lib.ts";

const arg = (k: string, d: number) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const AGENTS = arg("--agents", 10);
const HOURS = arg("--hours", 2);

const rows: { lossPercent: number; agentHours: number; falseExpiries: number; lost: number; delivered: number; renewalsPerAgentPerS: number }[] = [];
for (const loss of [0, 0.2, 0.36, 0.5]) {
  const w = new World(Math.round(loss * 1000));
  w.startGrand();
  for (let i = 0; i < AGENTS; i++) w.addAgent(`a${i}`);
  await w.run(2000);
  w.net.lossRate = loss;
  const renewals0 = w.agents.reduce((a, x) => a + x.stats.renewals, 0);
  const t0 = performance.now();
  await w.run(HOURS * 3_600_000, 50);
  const falseExpiries = w.grand.events.since(0).filter((e) => e.type === "expired").length;
  const renewalsPerAgentPerS = (w.agents.reduce((a, x) => a + x.stats.renewals, 0) - renewals0) / AGENTS / (HOURS * 3600);
  rows.push({ lossPercent: loss * 100, agentHours: AGENTS * HOURS, falseExpiries, lost: w.net.lost, delivered: w.net.delivered, renewalsPerAgentPerS: Number(renewalsPerAgentPerS.toFixed(3)) });
  console.log(`loss ${(loss * 100).toFixed(0)}%: ${falseExpiries} false expiries in ${AGENTS * HOURS} agent-hours, ${renewalsPerAgentPerS.toFixed(2)} renewals/s per agent (${w.net.lost} packets lost; simulated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
writeResult("loss-sim", { command: `bun bench/loss-sim.ts --agents ${AGENTS} --hours ${HOURS}`, loadAverage: os.loadavg(), leaseMs: LEASE_MS, renewEveryMs: RENEW_EVERY_MS, renewRetryMs: RENEW_RETRY_MS, rows });
