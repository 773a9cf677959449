/**
 * How long a released node is drained, in process on a fake clock (grand and
 * its nodes assembled as the binaries are, test/harness/live-pool.ts): the
 * dispatcher twin reports open sessions per backend in the haproxy-dispatcher
 * adaptor's words, and grand stops a drained node as soon as the dispatcher
 * reports none left for it (read from the dispatcher's telemetry, from its
 * second sample after the drain was accepted), or when drainMs is up — then
 * saying how many sessions the Stop cuts.
 */
import { afterEach, expect, test } from "bun:test";
import { AdaptorRegistry, type Adaptor, type AdaptorState } from "../adaptors/index.ts";
import { LivePool } from "../test/harness/live-pool.ts";
import { parsePoolsConfig } from "./pools-config.ts";

const MBPS = 1e6;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** An adaptor that starts, stops and sets at once; `detail` is what its Status says. */
function twin(name: string, log: string[], node: string, detail: (params: Record<string, string>) => string): Adaptor {
  let state: AdaptorState = "stopped";
  let params: Record<string, string> = {};
  const status = () => ({ name, state, restarts: 0, params, detail: state === "running" ? detail(params) : state });
  return {
    name,
    describe: () => ({ name, type: "twin", description: name, params: [] }),
    status,
    async start(p) {
      log.push(`${node} start`);
      state = "running";
      params = { ...p };
      return { status: status(), message: "started", noOp: false };
    },
    async stop() {
      log.push(`${node} stop`);
      state = "stopped";
      return { status: status(), message: "stopped", noOp: false };
    },
    async set(p) {
      params = { ...params, ...p };
      return { status: status(), message: "applied", noOp: false };
    },
  };
}

const POOLS = [
  { name: "front", role: "dispatcher", adaptor: "lb", serverParams: { port: "80" }, minNodes: 1, maxNodes: 1, periodMs: 1000 },
  {
    name: "web", role: "web", adaptor: "web", policy: "threshold", serverParams: { port: "8080" }, nodeCapacityBps: 10 * MBPS,
    minNodes: 1, maxNodes: 2, cooldownMs: 0, drainMs: 20_000, periodMs: 1000, dispatcher: { role: "dispatcher", adaptor: "lb" },
  },
];

/**
 * d1 runs the dispatcher twin, n1 and n2 the web twin; n2 is supplemented, then released with `open` sessions on the dispatcher.
 * With `counting: false` d1 is a dispatcher whose detail counts no sessions; `d2` adds a second dispatcher node that counts them.
 */
async function world(open: number, opts: { counting?: boolean; d2?: boolean } = {}) {
  const w = new LivePool();
  const log: string[] = [];
  const load = new Map<string, number>();
  const sessions = new Map<string, number>();
  // The dispatcher's detail: one entry per backend it was given, with its sessions.
  const detail = (params: Record<string, string>) => {
    const list = params.backends ?? "";
    return ["running since 2026-12-02T00:00:00.000Z", ...list.split(",").filter(Boolean).map((e) => {
      const id = e.split("@")[0]!;
      return `${id} ${e.split("@")[1]!.split("/")[0]} w10 no check: ${sessions.get(id) ?? 0} sessions (9 total), 0 B in, 0 B out`;
    })].join("; ");
  };
  const lb = twin("lb", log, "d1", opts.counting === false ? () => "running since 2026-12-02T00:00:00.000Z" : detail);
  // Another adaptor listed before the dispatcher's on d1, never started: its detail is not the dispatcher's.
  const aux = twin("aux", log, "d1", () => "unused");
  const sampler = (id: string) => ({ sample: (now: number) => ({ serviceId: id, atMs: now, periodMs: 1000, txBps: load.get(id) ?? 0, linkCapacityBps: 10 * MBPS }) });
  w.addNode("d1", { roles: ["dispatcher"], registry: new AdaptorRegistry([aux, lb]), sampleMs: 1000, sampler: sampler("d1") });
  if (opts.d2) w.addNode("d2", { roles: ["dispatcher"], registry: new AdaptorRegistry([twin("lb", log, "d2", detail)]), sampleMs: 1000, sampler: sampler("d2") });
  for (const id of ["n1", "n2"]) w.addNode(id, { roles: ["web"], registry: new AdaptorRegistry([twin("web", log, id, () => "serving")]), sampleMs: 1000, sampler: sampler(id) });
  await w.run(500);
  const pools = opts.d2 ? [{ ...POOLS[0], minNodes: 2, maxNodes: 2 }, POOLS[1]] : POOLS;
  const grand = w.startGrand({ pools: parsePoolsConfig(JSON.stringify(pools)), reallocate: "live" });
  cleanups.push(() => w.stop());
  const web = () => grand.reallocator!.reports().find((r) => r.pool === "web")!;
  // n1 fills the pool, then a load above 90 % of it brings n2 in.
  await w.run(3000);
  load.set("n1", 9.5 * MBPS);
  await w.run(3000);
  expect(log).toContain("n2 start");
  expect(web().dispatchers[0]!.applied).toMatch(/n2@[\d.]+:8080\/10\/ready/);
  // Load falls: n2, the less loaded, is released and drained.
  load.set("n1", 2 * MBPS);
  load.set("n2", 1 * MBPS);
  sessions.set("n2", open);
  const outcomes = () => web().lastActions.filter((a) => a.action.includes("release n2")).map((a) => a.outcome);
  // Until the drain is accepted (grand's clock then), in steps of 100 ms.
  for (let i = 0; i < 50 && !outcomes().some((o) => o.startsWith("drain accepted")); i++) await w.run(100);
  expect(web().releasing).toEqual(["n2"]);
  expect(web().dispatchers[0]!.applied).toMatch(/n2@[\d.]+:8080\/10\/drain/);
  return { w, log, sessions, web, outcomes, acceptedAt: w.clock.now() };
}

test("a drained node is stopped as soon as the dispatcher reports its last session gone, long before drainMs", async () => {
  const { w, log, sessions, web, outcomes } = await world(3);
  // Its three listeners leave one by one; while any is left it serves on.
  await w.run(5000);
  sessions.set("n2", 1);
  await w.run(5000);
  expect(log).not.toContain("n2 stop");
  expect(web().releasing).toEqual(["n2"]);
  sessions.set("n2", 0);
  await w.run(3000); // the dispatcher's next samples say 0; then the list without n2, then Stop
  expect(log.at(-1)).toBe("n2 stop");
  const said = outcomes();
  expect(said[0]).toBe("draining 20000 ms");
  expect(said[1]).toBe("drain accepted by the dispatcher; stop once it reports no sessions there, at most in 20000 ms");
  const early = /^no sessions left on the dispatcher (\d+) ms after the drain; stop now$/.exec(said[2]!);
  expect(early).not.toBeNull();
  expect(Number(early![1])).toBeGreaterThanOrEqual(10_000); // sessions were open for 10 s
  expect(Number(early![1])).toBeLessThan(14_000); // and it stopped within a few samples of the last one leaving
  expect(said[3]).toBe("stopped: stopped");
  expect(web().dispatchers[0]!.applied).not.toContain("n2@");
});

test("a node with no session left is stopped only from the dispatcher's second sample after the drain: a count read before cannot end it", async () => {
  const { w, log, outcomes, acceptedAt } = await world(0);
  // The dispatcher samples every second; its first sample after acceptance may carry counts fetched before it.
  await w.run(900);
  expect(log).not.toContain("n2 stop");
  for (let i = 0; i < 60 && !log.includes("n2 stop"); i++) await w.run(100);
  const stoppedAfter = w.clock.now() - acceptedAt;
  expect(log.at(-1)).toBe("n2 stop");
  // Samples at 1 s: the second one after acceptance is read at the period after it, 2 s on (1 s if the first counted).
  expect(stoppedAfter).toBeGreaterThanOrEqual(1500);
  expect(stoppedAfter).toBeLessThan(4000); // not the 20 s of drainMs
  // The sample taken in the period of acceptance and the one after do not count; the second after it (2 s) does.
  expect(outcomes()[2]).toBe("no sessions left on the dispatcher 2000 ms after the drain; stop now");
});

test("the dispatcher's list without the emptied node is sent in the same period that found it empty, and the Stop follows", async () => {
  const { w, log, web, outcomes, acceptedAt } = await world(0);
  let said = -1;
  let listed = -1;
  let stopped = -1;
  for (let i = 0; i < 100 && stopped < 0; i++) {
    await w.run(50);
    const t = w.clock.now() - acceptedAt;
    if (said < 0 && outcomes().some((o) => o.startsWith("no sessions left"))) said = t;
    if (listed < 0 && !web().dispatchers[0]!.applied!.includes("n2@")) listed = t;
    if (stopped < 0 && log.includes("n2 stop")) stopped = t;
  }
  expect(said).toBeGreaterThan(0);
  // Not at the next period, 1000 ms on: within the 50 ms step that said so.
  expect(listed).toBe(said);
  expect(stopped).toBe(said);
});

test("a drain timer that fires after the node already stopped early says nothing more", async () => {
  const { w, log, outcomes } = await world(0);
  await w.run(25_000); // past drainMs (20 s)
  expect(log.filter((l) => l === "n2 stop")).toEqual(["n2 stop"]);
  expect(outcomes()).toEqual([
    "draining 20000 ms",
    "drain accepted by the dispatcher; stop once it reports no sessions there, at most in 20000 ms",
    "no sessions left on the dispatcher 2000 ms after the drain; stop now",
    "stopped: stopped",
  ]);
});

test("when drainMs is up with one session open, grand says so in the singular", async () => {
  const { w, log, outcomes } = await world(1);
  await w.run(22_000);
  expect(log.at(-1)).toBe("n2 stop");
  expect(outcomes().slice(2)).toEqual([
    "drain time 20000 ms is up with 1 session open on the dispatcher; the Stop cuts them",
    "stopped: stopped",
  ]);
});

test("with two dispatchers, one that counts no sessions, the sessions left are unknown: the node drains for drainMs and grand says so", async () => {
  // d2 reports 0 sessions for n2, but d1 (first by id) never says: no early stop.
  const { w, log, outcomes, web } = await world(0, { counting: false, d2: true });
  expect(web().dispatchers.map((d) => d.applied)).toEqual([expect.stringMatching(/n2@[\d.]+:8080\/10\/drain/), expect.stringMatching(/n2@[\d.]+:8080\/10\/drain/)]);
  await w.run(19_000);
  expect(log).not.toContain("n2 stop");
  await w.run(3_000);
  expect(log.at(-1)).toBe("n2 stop");
  expect(outcomes().slice(2)).toEqual([
    "drain time 20000 ms is up with an unknown number of sessions open on the dispatcher; the Stop cuts them",
    "stopped: stopped",
  ]);
});

test("when drainMs is up with sessions still open, grand says how many and the Stop cuts them", async () => {
  const { w, log, outcomes } = await world(3);
  await w.run(19_000);
  expect(log).not.toContain("n2 stop");
  await w.run(3_000);
  expect(log.at(-1)).toBe("n2 stop");
  expect(outcomes().slice(2)).toEqual([
    "drain time 20000 ms is up with 3 sessions open on the dispatcher; the Stop cuts them",
    "stopped: stopped",
  ]);
});

