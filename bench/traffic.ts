/**
 * Traffic-follows-reallocation benchmark, in network namespaces with the built
 * binaries and the real daemons (needs root, `npm run build`, haproxy and nginx):
 * the web pool of test/harness/traffic-pool.ts, a surge of request clients through
 * the dispatcher, then its end.
 *
 *   bun bench/traffic.ts [--runs 3] [--stream-runs 1] [--stream-policy threshold|horizon]
 *
 * Per run, from grand's own record of what it did (/api/pools, grand's clock):
 * - dispatcher update latency: supplement decided → the Set listing the new node
 *   in maint accepted, and release decided → the Set draining it accepted;
 * - supplement decided → the Set listing it ready accepted (its nginx start included);
 * - release: drain accepted → the node stopped because the dispatcher reported no
 *   session left on it (drainMs 10 s is only the bound);
 * and, from the test process polling every 50 ms: supplement decided (first seen in
 * the API) → the new node has sent 100 kB more on its interface (it carries load).
 * The streaming pool (needs icecast2 and tc): the source, three relays capped at
 * 2 Mbit/s by tc tbf, listeners 0 → 22 in 40 s, held, down to 4 (test/traffic.test.ts
 * describes the scale): supplement decided → the new relay has sent 20 kB more
 * (its first listener), listener-seconds below 90 % of the stream rate (2 s
 * periods) during the ramp up and hold, streams cut, dispatcher update latency, how
 * each release's drain ended (no session left, or drainMs 15 s up with N cut), and
 * supplements decided after the first release (re-supplements).
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
const STREAM_RUNS = Number(arg("--stream-runs", "1"));
/** threshold (Algorithm 1 at 0.6 / 0.5) or horizon (lead time 2 s, hold 10 s). */
const STREAM_POLICY = arg("--stream-policy", "threshold") as "threshold" | "horizon";

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
  /** Drain accepted → no session left on the dispatcher (the node is stopped then); NaN when the drain ran out. */
  drainToEmptyMs: number;
  requests: number;
  failedRequests: number;
}

async function oneRun(): Promise<Run> {
  const t = await TrafficPool.web({ nodes: 2, capacityBps: 8_000_000, drainMs: 10_000, periodMs: 1000 });
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
      drainToEmptyMs: Number(/no sessions left on the dispatcher (\d+) ms/.exec(p!.lastActions.find((a) => a.action.includes(`release ${released}`) && a.outcome.startsWith("no sessions left"))?.outcome ?? "")?.[1] ?? Number.NaN),
      requests: summaries.reduce((s, x) => s + x.requests, 0),
      failedRequests: summaries.reduce((s, x) => s + x.errors, 0),
    };
  } finally {
    t.destroy();
  }
}

interface StreamRun {
  supplemented: string[];
  supplementToCarriesMs: number[];
  supplementToMaintSetMs: number[];
  listenerSecondsBelowRamp: number;
  listenerSecondsBelow: number;
  cuts: number;
  releases: number;
  /** Per release: how its drain ended. */
  drainEndings: string[];
  /** Supplements decided after the first release was decided. */
  resupplements: number;
  peakListeners: number;
}

async function streamRun(): Promise<StreamRun> {
  const t = await TrafficPool.stream(STREAM_POLICY === "horizon"
    ? { relays: 3, capacityBps: 2_000_000, policy: "horizon", leadTimeMs: 2000, horizon: { holdMs: 10_000 }, drainMs: 15_000, periodMs: 1000 }
    : { relays: 3, capacityBps: 2_000_000, upperThreshold: 0.6, lowerThreshold: 0.5, drainMs: 15_000, periodMs: 1000 });
  try {
    // Only supplements decided after the listeners start (the first relay was started to fill the pool).
    const before = Math.max(0, ...(await t.pool("relays"))!.lastActions.map((a) => a.atMs));
    const listeners = t.listeners("listeners", { path: "/live", mode: "stream", ramp: "0:0,40:22,60:22,64:4", seconds: 96, rateBps: 0, minBps: 0.9 * 128_000, periodMs: 2000, leave: "random" });
    const decided: Record<string, number> = {};
    const tx: Record<string, number> = {};
    const carries: Record<string, number> = {};
    let running = true;
    void listeners.exited.then(() => (running = false));
    let p: PoolJson | undefined;
    while (running) {
      p = (await t.pool("relays"))!;
      for (const a of p.lastActions) {
        const m = /supplement (relay-\d)/.exec(a.action);
        if (m && a.outcome.startsWith("starting") && a.atMs > before && decided[m[1]!] === undefined) {
          decided[m[1]!] = performance.now();
          tx[m[1]!] = t.world.txBytes(t.nsOf(m[1]!));
        }
      }
      for (const id of Object.keys(decided)) {
        if (carries[id] === undefined && t.world.txBytes(t.nsOf(id)) - tx[id]! > 20_000) carries[id] = performance.now() - decided[id]!;
      }
      await Bun.sleep(50);
    }
    // Releases still draining when the listeners ended finish now.
    await waitFor(async () => (p = (await t.pool("relays"))!).releasing.length === 0, 20_000, () => `releases to finish: ${JSON.stringify(p)}`);
    const s = TrafficPool.summary(listeners);
    const firstRelease = Math.min(...p!.lastActions.filter((a) => /release relay-\d/.test(a.action)).map((a) => a.atMs));
    const periods = listeners.output.split("\n").filter((l) => l.startsWith('{"t"')).map((l) => JSON.parse(l) as { t: number; below: number });
    const supplemented = Object.keys(carries).sort();
    const maintSet = (id: string) => {
      const d = p!.lastActions.find((a) => a.atMs > before && a.action.includes(`supplement ${id}`) && a.outcome.startsWith("starting"))!;
      return p!.lastActions.find((a) => a.atMs >= d.atMs && a.action.includes(`${id}@`) && /maint/.test(a.action.split(`${id}@`)[1]!.split(",")[0]!) && a.outcome === "applied")!.atMs - d.atMs;
    };
    return {
      supplemented,
      supplementToCarriesMs: supplemented.map((id) => Math.round(carries[id]!)),
      supplementToMaintSetMs: supplemented.map(maintSet),
      listenerSecondsBelowRamp: periods.filter((q) => q.t <= 62).reduce((n, q) => n + q.below * 2, 0),
      listenerSecondsBelow: s.listenerSecondsBelow,
      cuts: s.cuts,
      releases: p!.lastActions.filter((a) => a.action.includes("release") && a.outcome.startsWith("stopped")).length,
      drainEndings: p!.lastActions.filter((a) => /release relay-\d/.test(a.action) && /^(no sessions left|drain time)/.test(a.outcome))
        .map((a) => `${/release (relay-\d)/.exec(a.action)![1]}: ${a.outcome.split(";")[0]}`),
      resupplements: p!.lastActions.filter((a) => a.atMs > firstRelease && /supplement relay-\d/.test(a.action) && a.outcome.startsWith("starting")).length,
      peakListeners: s.peakClients,
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
    `release → drain Set ${ms(r.releaseToDrainSetMs)}, drain → no session left (stopped) ${ms(r.drainToEmptyMs)}; ${r.requests} requests, ${r.failedRequests} failed`);
}
const of = (k: keyof Run) => summary(runs.map((r) => r[k]));
const web = {
  runs,
  supplementToMaintSetMs: of("supplementToMaintSetMs"),
  supplementToReadySetMs: of("supplementToReadySetMs"),
  supplementToCarriesMs: of("supplementToCarriesMs"),
  releaseToDrainSetMs: of("releaseToDrainSetMs"),
  drainToEmptyMs: of("drainToEmptyMs"),
  failedRequests: runs.reduce((s, r) => s + r.failedRequests, 0),
};
console.log(`web pool, ${RUNS} runs (median / max): dispatcher update ${ms(web.supplementToMaintSetMs.p50)} / ${ms(web.supplementToMaintSetMs.max)}; ` +
  `decided → ready in the dispatcher ${ms(web.supplementToReadySetMs.p50)} / ${ms(web.supplementToReadySetMs.max)}; ` +
  `decided → new node carries load ${ms(web.supplementToCarriesMs.p50)} / ${ms(web.supplementToCarriesMs.max)}; ` +
  `release → drained ${ms(web.releaseToDrainSetMs.p50)} / ${ms(web.releaseToDrainSetMs.max)}; drain → no session left ${ms(web.drainToEmptyMs.p50)} / ${ms(web.drainToEmptyMs.max)}; ` +
  `failed requests ${web.failedRequests}`);
let stream: Record<string, unknown> | string = "skipped: icecast2 or tc missing";
if (!trafficUnavailable(["/usr/bin/icecast2"]) && Bun.spawnSync(["tc", "-V"]).exitCode === 0) {
  const sruns: StreamRun[] = [];
  for (let i = 0; i < STREAM_RUNS; i++) {
    const r = await streamRun();
    sruns.push(r);
    console.log(`stream run ${i + 1}: supplemented ${r.supplemented.join(", ")}: decided → carries a listener ${r.supplementToCarriesMs.map(ms).join(", ")}; ` +
      `decided → maint Set accepted ${r.supplementToMaintSetMs.map(ms).join(", ")}; listener-seconds below 115.2 kbit/s: ${r.listenerSecondsBelowRamp} in the ramp up and hold, ` +
      `${r.listenerSecondsBelow} in all; ${r.releases} releases (${r.drainEndings.join("; ")}), ${r.cuts} streams cut (at a relay's Stop); ` +
      `${r.resupplements} supplements after the first release; peak ${r.peakListeners} listeners`);
  }
  stream = {
    scale: "relays capped at 2 Mbit/s (tc tbf), 128 kbit/s streams, period 1 s, drain at most 15 s (stopped once no session is left), cooldown 10 s; listeners 0:0,40:22,60:22,64:4 over 96 s",
    policy: STREAM_POLICY === "horizon" ? "horizon, lead time 2 s, hold 10 s" : "threshold 0.6/0.5, lead time 0",
    runs: sruns,
    supplementToCarriesMs: summary(sruns.flatMap((r) => r.supplementToCarriesMs)),
    listenerSecondsBelowRamp: summary(sruns.map((r) => r.listenerSecondsBelowRamp)),
  };
}
writeResult(STREAM_POLICY === "horizon" ? "traffic-horizon" : "traffic", { web, stream });
process.exit(0);
