/**
 * Traffic follows reallocation, in process: grand and four nodes assembled as
 * the binaries are (test/harness/live-pool.ts), on a fake clock. d1 runs the
 * dispatcher (an in-memory twin of haproxy-dispatcher that records every Set),
 * n1–n3 a web server twin that takes 1 s to start. What it pins: the exact
 * Sets of `backends` the dispatcher receives and their order against the
 * Starts and Stops — a supplemented node enters in maint and turns ready only
 * once its adaptor runs, a released node is drained, stopped drainMs after the
 * drain was accepted (this twin reports no sessions; reallocator-drain.test.ts
 * has one that does) and left out first; a failed Set is tried again the next
 * period; server parameters naming another pool follow that pool's member.
 */
import { afterEach, expect, test } from "bun:test";
import { AdaptorRegistry, type Adaptor, type AdaptorState, type AdaptorStatusInfo } from "../adaptors/index.ts";
import type { FakeClock } from "../runtime/wire/index.ts";
import { LivePool } from "../test/harness/live-pool.ts";
import { parsePoolsConfig } from "./pools-config.ts";

const MBPS = 1e6;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Twin extends Adaptor {
  /** Sets to refuse, next first. */
  failSets: number;
}

/**
 * A scripted adaptor: Start takes `startMs` on the clock (starting, then
 * running), Stop and Set are immediate; every call is logged as
 * "NODE VERB PARAMS" with the time since the pool was made.
 */
function twin(node: string, name: string, clock: FakeClock, t0: number, log: { atMs: number; what: string }[], startMs = 0): Twin {
  let state: AdaptorState = "stopped";
  let params: Record<string, string> = {};
  const status = (): AdaptorStatusInfo => ({ name, state, restarts: 0, params, detail: state });
  const result = (message: string, noOp = false) => ({ status: status(), message, noOp });
  const say = (verb: string, p: Record<string, string> = {}) =>
    log.push({ atMs: clock.now() - t0, what: `${node} ${verb}${Object.entries(p).map(([k, v]) => ` ${k}=${v}`).join("")}`.trimEnd() });
  const t: Twin = {
    name,
    failSets: 0,
    describe: () => ({ name, type: "scripted", description: `twin of ${name}`, params: [] }),
    status,
    async start(p) {
      say("start", p);
      if (state === "running") return result("already running", true);
      state = "starting";
      params = { ...p };
      if (startMs > 0) await new Promise<void>((r) => clock.setTimeout(r, startMs));
      state = "running";
      return result("started");
    },
    async stop() {
      say("stop");
      state = "stopped";
      return result("stopped");
    },
    async set(p) {
      if (t.failSets > 0) {
        t.failSets--;
        say("set (refused)", p);
        throw new Error("runtime API socket busy");
      }
      say("set", p);
      params = { ...params, ...p };
      return result("applied");
    },
  };
  return t;
}

async function pool(poolsJson: unknown[], nodes: { id: string; roles: string[]; adaptors: string[]; startMs?: number }[]) {
  const w = new LivePool();
  const t0 = w.clock.now();
  const [log, load, twins] = [[] as { atMs: number; what: string }[], new Map<string, number>(), new Map<string, Twin>()];
  for (const n of nodes) {
    const adaptors = n.adaptors.map((a) => {
      const t = twin(n.id, a, w.clock, t0, log, a === "web" || a === "relay" ? (n.startMs ?? 1000) : 0);
      twins.set(`${n.id}/${a}`, t);
      return t;
    });
    w.addNode(n.id, {
      roles: n.roles, registry: new AdaptorRegistry(adaptors), sampleMs: 2000,
      sampler: { sample: (now) => ({ serviceId: n.id, atMs: now, periodMs: 2000, txBps: load.get(n.id) ?? 0, linkCapacityBps: 10 * MBPS }) },
    });
  }
  await w.run(1000); // nodes sample at 0, 2, 4 … s; grand's periods fall between, at 3, 5, 7 … s
  const grand = w.startGrand({ pools: parsePoolsConfig(JSON.stringify(poolsJson)), reallocate: "live" });
  cleanups.push(() => w.stop());
  await w.run(1000);
  expect(grand.control!.openCount).toBe(nodes.length);
  const reports = () => grand.reallocator!.reports();
  /** The log from `since` on, as "t=SECONDS what", times rounded to 0.1 s (channel hops take a few 10 ms steps). */
  const calls = (since = 0) => log.filter((l) => l.atMs >= since).map((l) => `t=${(Math.round(l.atMs / 100) / 10).toFixed(1)} ${l.what}`);
  return { w, log, load, twins, grand, reports, calls };
}

const FRONT = { name: "front", role: "dispatcher", adaptor: "lb", serverParams: { port: "80", slots: "8" }, minNodes: 1, maxNodes: 1, periodMs: 2000 };
const WEB = {
  name: "web", role: "web", adaptor: "web", policy: "threshold", serverParams: { port: "8080" }, nodeCapacityBps: 10 * MBPS,
  minNodes: 1, maxNodes: 3, cooldownMs: 0, drainMs: 3000, periodMs: 2000, dispatcher: { role: "dispatcher", adaptor: "lb" },
};

test("the dispatcher is told each node's address and state: maint while starting, ready once running, drain before Stop, left out before Stop", async () => {
  const p = await pool([FRONT, WEB], [
    { id: "d1", roles: ["dispatcher"], adaptors: ["lb"] }, // 198.18.0.10
    { id: "n1", roles: ["web"], adaptors: ["web"] }, // 198.18.0.11
    { id: "n2", roles: ["web"], adaptors: ["web"] }, // 198.18.0.12
    { id: "n3", roles: ["web"], adaptors: ["web"] }, // 198.18.0.13
  ]);
  // t = 3 s, period 1: both pools below minNodes. The dispatcher is not running yet, so nothing to Set;
  // n1 starts (1 s). At 4 s n1's Start returns with its adaptor running: the first list has it ready.
  await p.w.run(3000); // to t = 5 s (period 2: nothing changes)
  expect(p.calls()).toEqual([
    "t=3.0 d1 start port=80 slots=8",
    "t=3.0 n1 start port=8080",
    "t=4.0 d1 set backends=n1@198.18.0.11:8080/10/ready",
  ]);
  // n1 at 95 % of its 10 Mbps: sampled at 6 s, period 3 at 7 s supplements n2: listed in maint, then started;
  // its Start returns at 8 s and it turns ready. That Set is refused once and sent again at period 4 (9 s).
  p.load.set("n1", 9.5 * MBPS);
  await p.w.run(2500); // to t = 7.5 s
  p.twins.get("d1/lb")!.failSets = 1;
  await p.w.run(1500); // to t = 9 s
  expect(p.calls(5000)).toEqual([
    "t=7.0 d1 set backends=n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/maint",
    "t=7.0 n2 start port=8080",
    "t=8.0 d1 set (refused) backends=n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/ready",
    "t=9.0 d1 set backends=n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/ready",
  ]);
  expect(p.reports().find((r) => r.pool === "web")!.lastActions.filter((a) => a.action.startsWith("web: set")).map((a) => `${a.action} → ${a.outcome}`)).toEqual([
    "web: set d1 lb backends=n1@198.18.0.11:8080/10/ready → applied",
    "web: set d1 lb backends=n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/maint → applied",
    "web: set d1 lb backends=n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/ready → failed: internal error: runtime API socket busy",
    "web: set d1 lb backends=n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/ready → applied",
  ]);
  expect(p.w.grandLog.lines.filter((l) => l.name === "dispatcher-set" || l.name === "action-failed")).toEqual([
    { name: "dispatcher-set", fields: { pool: "web", node: "d1", backends: "n1@198.18.0.11:8080/10/ready" } },
    { name: "dispatcher-set", fields: { pool: "web", node: "d1", backends: "n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/maint" } },
    { name: "action-failed", fields: { pool: "web", action: "dispatcher-set", node: "d1", error: "internal error: runtime API socket busy" } },
    { name: "dispatcher-set", fields: { pool: "web", node: "d1", backends: "n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/ready" } },
  ]);
  const front = () => p.reports().find((r) => r.pool === "web")!.dispatchers;
  expect(front()).toEqual([{
    serviceId: "d1", adaptor: "lb", applied: "n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/ready",
    appliedAtMs: expect.any(Number), pending: null, error: null,
  }]);

  // Load falls to 3 + 2 Mbps: below 0.8·(20 − 10) = 8 Mbps, sampled at 10 s; period 5 (11 s) releases n2, the
  // less loaded: drain at once, drainMs = 3 s after the dispatcher accepted it (14 s) leave it out, then Stop.
  p.load.set("n1", 3 * MBPS);
  p.load.set("n2", 2 * MBPS);
  await p.w.run(6000); // to t = 15 s
  expect(p.calls(9500)).toEqual([
    "t=11.0 d1 set backends=n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/drain",
    "t=14.0 d1 set backends=n1@198.18.0.11:8080/10/ready",
    "t=14.0 n2 stop",
  ]);
  const drainAt = p.log.find((l) => l.what.endsWith("/10/drain"))!.atMs;
  const outAt = p.log.findLast((l) => l.what === "d1 set backends=n1@198.18.0.11:8080/10/ready")!.atMs;
  const stopAt = p.log.find((l) => l.what === "n2 stop")!.atMs;
  expect(outAt - drainAt).toBeGreaterThanOrEqual(3000); // drainMs, counted from the accepted drain
  expect(outAt - drainAt).toBeLessThan(3100);
  expect(stopAt).toBeGreaterThanOrEqual(outAt); // left out before it is stopped
  const web = p.reports().find((r) => r.pool === "web")!;
  expect(web.members.map((m) => m.serviceId)).toEqual(["n1"]);
  expect(web.releasing).toEqual([]);
  expect(web.dispatchers[0]!.applied).toBe("n1@198.18.0.11:8080/10/ready");
  expect(web.lastActions.filter((a) => a.action.includes("release n2")).map((a) => a.outcome)).toEqual([
    "draining 3000 ms", "drain accepted by the dispatcher; stop once it reports no sessions there, at most in 3000 ms",
    // This dispatcher twin reports no session counts: the drain lasts its whole time.
    "drain time 3000 ms is up with an unknown number of sessions open on the dispatcher; the Stop cuts them", "stopped: stopped",
  ]);
  expect(p.grand.reallocator!.stats).toMatchObject({ failures: 1, dispatcherSets: 6 });
});

test("a release waits for the dispatcher to accept the drain: while the Set is refused the node serves on and is not stopped", async () => {
  const p = await pool([FRONT, WEB], [
    { id: "d1", roles: ["dispatcher"], adaptors: ["lb"] },
    { id: "n1", roles: ["web"], adaptors: ["web"] },
    { id: "n2", roles: ["web"], adaptors: ["web"] },
  ]);
  await p.w.run(1000); // t = 4 s: n1 ready in the list
  p.load.set("n1", 9.5 * MBPS);
  await p.w.run(4000); // t = 8 s: n2 supplemented at 7 s, ready at 8 s
  p.load.set("n1", 3 * MBPS); // in the sample taken at 8 s
  p.load.set("n2", 2 * MBPS);
  p.twins.get("d1/lb")!.failSets = 2;
  await p.w.run(10_000); // to t = 18 s
  // Release at 9 s: the drain is refused at 9 and 11 s and accepted at 13 s; drainMs (3 s) runs from there.
  expect(p.calls(8500)).toEqual([
    "t=9.0 d1 set (refused) backends=n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/drain",
    "t=11.0 d1 set (refused) backends=n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/drain",
    "t=13.0 d1 set backends=n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/drain",
    "t=16.0 d1 set backends=n1@198.18.0.11:8080/10/ready",
    "t=16.0 n2 stop",
  ]);
  expect(p.reports()[1]!.dispatchers[0]!.error).toBeNull();
  expect(p.reports()[1]!.releasing).toEqual([]);
});

test("a server parameter naming another pool is resolved to its member's address, and set again when the source moves", async () => {
  const SOURCE = { name: "source", role: "source", adaptor: "relay", serverParams: { port: "8000" }, minNodes: 1, maxNodes: 1, periodMs: 2000 };
  const RELAYS = {
    name: "relays", role: "relay", adaptor: "relay", serverParams: { port: "8000", relayFrom: "{pool:source}:8000/live" },
    minNodes: 1, maxNodes: 2, periodMs: 2000,
  };
  const p = await pool([SOURCE, RELAYS], [
    { id: "s1", roles: ["source"], adaptors: ["relay"], startMs: 500 }, // 198.18.0.10
    { id: "s2", roles: ["source"], adaptors: ["relay"], startMs: 500 }, // 198.18.0.11
    { id: "r1", roles: ["relay"], adaptors: ["relay"], startMs: 500 }, // 198.18.0.12
  ]);
  // Period 1 (3 s): the source pool starts s1; the relay pool has nothing to refer to yet and waits.
  // Period 2 (5 s): s1 serves; r1 starts relaying from it.
  await p.w.run(3000);
  expect(p.calls()).toEqual([
    "t=3.0 s1 start port=8000",
    "t=5.0 r1 start port=8000 relayFrom=198.18.0.10:8000/live",
  ]);
  expect(p.reports()[1]!.lastActions[1]!.outcome).toBe("not started: pool 'source' has no serving member to refer to");
  // The source node dies (its telemetry stops): after the 10 s silence limit the source pool starts s2,
  // and the next period r1 is set to relay from it.
  p.w.peers.stall.add("grand-s1/telemetry");
  await p.w.run(16_000);
  expect(p.calls(6000)).toEqual([
    "t=17.0 s2 start port=8000",
    "t=19.0 r1 set relayFrom=198.18.0.11:8000/live",
  ]);
  expect(p.reports()[1]!.lastActions.filter((a) => a.action.includes("supplement r1")).map((a) => a.outcome).slice(1, 3)).toEqual([
    "starting with relayFrom=198.18.0.10:8000/live", "started: started",
  ]);
  expect(p.w.grandLog.lines.filter((l) => l.name === "server-set")).toEqual([
    { name: "server-set", fields: { pool: "relays", node: "r1", params: ["relayFrom=198.18.0.11:8000/live"] } },
  ]);
  expect(p.reports()[1]!.lastActions.filter((a) => a.action.startsWith("relays: set")).map((a) => `${a.action} → ${a.outcome}`)).toEqual([
    "relays: set r1 relay relayFrom=198.18.0.11:8000/live → applied: applied",
  ]);
  await p.w.run(4000);
  expect(p.calls(19_500)).toEqual([]); // set once, not every period
});

test("a dispatcher that stops is forgotten, and sent the whole list again at the first period it runs", async () => {
  const p = await pool([{ ...FRONT, maxNodes: 1 }, { ...WEB, minNodes: 1 }], [
    { id: "d1", roles: ["dispatcher"], adaptors: ["lb"] },
    { id: "n1", roles: ["web"], adaptors: ["web"] },
    { id: "n2", roles: ["web"], adaptors: ["web"] },
  ]);
  await p.w.run(4000); // t = 6 s: n1 ready in the list since 4 s
  expect(p.calls().filter((c) => c.includes("d1 set"))).toEqual(["t=4.0 d1 set backends=n1@198.18.0.11:8080/10/ready"]);
  // Someone stops the dispatcher's haproxy by hand (t = 6 s): the front pool (min 1) starts it again at the next
  // period (7 s), and the web pool sends the new haproxy the list again at the period after (9 s).
  await p.twins.get("d1/lb")!.stop();
  await p.w.run(4000); // t = 10 s
  expect(p.calls(5500)).toEqual([
    "t=6.0 d1 stop",
    "t=7.0 d1 start port=80 slots=8",
    "t=9.0 d1 set backends=n1@198.18.0.11:8080/10/ready",
  ]);
  expect(p.reports()[1]!.dispatchers[0]!.applied).toBe("n1@198.18.0.11:8080/10/ready");
});
