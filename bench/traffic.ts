/**
 * Traffic-follows-reallocation benchmark, in network namespaces with the built
 * binaries and the real daemons (needs root, `npm run build`, haproxy and nginx):
 * the web pool of test/harness/traffic-pool.ts, a surge of request clients through
 * the dispatcher, then its end.
 *
 *   bun bench/traffic.ts [--runs 3]
 *
 * Per run, from grand's own record of what it did (/api/pools, grand's clock):
 * - dispatcher update latency: supplement decided → the Set listing the new node
 *   in maint accepted, and release decided → the Set draining it accepted;
 * - supplement decided → the Set listing it ready accepted (its nginx start included);
 * and, from the test process polling every 50 ms: supplement decided (first seen in
 * the API) → the new node has sent 100 kB more on its interface (it carries load).
 * Writes bench/results/traffic.json.
 */
import { waitFor } from "../test/harness/cluster.ts";
import { TrafficPool, trafficUnavailable, type PoolJson } from "../test/harness/traffic-pool.ts";
import { ms, summary, writeResult } from "./lib.ts";

const arg = (k: string, d: string) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1]! : d;
};
const RUNS = Number(arg("--runs", "3"));

const why = trafficUnavailable(["/usr/sbin/haproxy", "/usr/sbin/nginx"]);
if (why) {
  console.log(`skipping traffic benchmark: ${why}`);
  process.exit(0);
}

interface Run {
  supplementToMaintSetMs: number;
  supplementToReadySetMs: number;
  supplementToCarriesMs: number;
  releaseToDrainSetMs: number;
  requests: number;
  failedRequests: number;
}

async function oneRun(): Promise<Run> {
  const t = await TrafficPool.web({ nodes: 2, capacityBps: 8_000_000, drainMs: 2000, periodMs: 1000 });
  try {
    const web = async () => (await t.pool("web"))!;
    const first = (await web()).members[0]!.serviceId;
    const second = first === "web-1" ? "web-2" : "web-1";
    const requests = (name: string, ramp: string, seconds: number) => t.listeners(name, { path: "/page.bin", mode: "requests", ramp, seconds, rateBps: 1_000_000 });
    const base = requests("base", "0:3", 30);
    const surge = requests("surge", "0:0,2:6", 16);
    let p: PoolJson | undefined;
    await waitFor(async () => (p = await web()).lastActions.some((a) => a.action.includes(`supplement ${second}`)), 20_000, () => `a supplement: ${JSON.stringify(p)}`);
    const seen = performance.now();
    const tx0 = t.world.txBytes(t.nsOf(second));
    await waitFor(() => t.world.txBytes(t.nsOf(second)) - tx0 > 100_000, 10_000, () => `bytes from ${second}`);
    const carries = performance.now() - seen;
    await surge.exited;
    await waitFor(async () => (p = await web()).lastActions.some((a) => a.action.includes("release") && a.outcome.startsWith("stopped")), 20_000, () => `a release: ${JSON.stringify(p)}`);
    await base.exited;
    const at = (pred: (a: PoolJson["lastActions"][number]) => boolean) => p!.lastActions.find(pred)?.atMs ?? Number.NaN;
    const address = t.nsOf(second).address;
    const decided = at((a) => a.action.includes(`supplement ${second}`) && a.outcome === "starting");
    const released = /release (web-\d)/.exec(p!.lastActions.find((a) => a.action.includes("release"))!.action)![1]!;
    const releaseAt = at((a) => a.action.includes(`release ${released}`) && a.outcome.startsWith("draining"));
    const summaries = [TrafficPool.summary(base), TrafficPool.summary(surge)];
    return {
      supplementToMaintSetMs: at((a) => a.action.includes(`${second}@${address}:8080/8/maint`) && a.outcome === "applied") - decided,
      supplementToReadySetMs: at((a) => a.action.includes(`${second}@${address}:8080/8/ready`) && a.outcome === "applied") - decided,
      supplementToCarriesMs: Math.round(carries),
      releaseToDrainSetMs: at((a) => a.atMs >= releaseAt && new RegExp(`${released}@[^,]*/drain`).test(a.action) && a.outcome === "applied") - releaseAt,
      requests: summaries.reduce((s, x) => s + x.requests, 0),
      failedRequests: summaries.reduce((s, x) => s + x.errors, 0),
    };
  } finally {
    t.destroy();
  }
}

const runs: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  const r = await oneRun();
  runs.push(r);
  console.log(`run ${i + 1}: decided → maint Set ${ms(r.supplementToMaintSetMs)}, → ready Set ${ms(r.supplementToReadySetMs)}, → carries load ${ms(r.supplementToCarriesMs)}; ` +
    `release → drain Set ${ms(r.releaseToDrainSetMs)}; ${r.requests} requests, ${r.failedRequests} failed`);
}
const of = (k: keyof Run) => summary(runs.map((r) => r[k]));
const web = {
  runs,
  supplementToMaintSetMs: of("supplementToMaintSetMs"),
  supplementToReadySetMs: of("supplementToReadySetMs"),
  supplementToCarriesMs: of("supplementToCarriesMs"),
  releaseToDrainSetMs: of("releaseToDrainSetMs"),
  failedRequests: runs.reduce((s, r) => s + r.failedRequests, 0),
};
console.log(`web pool, ${RUNS} runs (median / max): dispatcher update ${ms(web.supplementToMaintSetMs.p50)} / ${ms(web.supplementToMaintSetMs.max)}; ` +
  `decided → ready in the dispatcher ${ms(web.supplementToReadySetMs.p50)} / ${ms(web.supplementToReadySetMs.max)}; ` +
  `decided → new node carries load ${ms(web.supplementToCarriesMs.p50)} / ${ms(web.supplementToCarriesMs.max)}; ` +
  `release → drained ${ms(web.releaseToDrainSetMs.p50)} / ${ms(web.releaseToDrainSetMs.max)}; failed requests ${web.failedRequests}`);
writeResult("traffic", { web });
process.exit(0);
