/**
 * The live loop against scripted nodes whose telemetry feeds a real monitor:
 * what it asks them to do, period by period, on a fake clock.
 */
import { expect, test } from "bun:test";
import { pb, type lama } from "../proto/index.ts";
import { FakeClock, memoryLogger, type RpcMethod } from "../runtime/wire/index.ts";
import { Monitor } from "./monitor.ts";
import { parsePoolsConfig } from "./pools-config.ts";
import { Reallocator, type ReallocationMode } from "./reallocator.ts";

const MBPS = 1e6;

interface WorldOptions {
  /** Nodes whose Start fails. */
  failing?: Set<string>;
  drainMs?: number;
  /** The adaptor reports running at once, but the Start reply waits until finishStarts() (readiness not yet confirmed). */
  slowStart?: boolean;
  /** The Start reply waits until finishStarts(), and the node reports its adaptor stopped until then. */
  slowStartStillStopped?: boolean;
  /** A fourth node, n4, has the role but runs only a "relay" adaptor, not the pool's "web". */
  relayNode?: boolean;
}

function world(mode: ReallocationMode, failing = new Set<string>(), options: WorldOptions = {}) {
  const clock = new FakeClock();
  const state = new Map<string, number>([["n1", pb.AdaptorState.ADAPTOR_STOPPED], ["n2", pb.AdaptorState.ADAPTOR_STOPPED], ["n3", pb.AdaptorState.ADAPTOR_STOPPED]]);
  const load = new Map<string, number>();
  const calls: string[] = [];
  const heldStarts: (() => void)[] = [];
  const o = { failing, drainMs: 1000, slowStart: false, slowStartStillStopped: false, relayNode: false, ...options };
  if (o.relayNode) state.set("n4", pb.AdaptorState.ADAPTOR_RUNNING);
  const monitor = new Monitor();
  const log = memoryLogger();
  /** Nodes whose telemetry has stopped. */
  const mute = new Set<string>();
  const status = (id: string): lama.v1.INodeStatus => ({
    serviceId: id, atMs: clock.now(), periodMs: 2000, txBps: load.get(id) ?? 0, linkCapacityBps: 1 * MBPS, adaptors: [{ name: id === "n4" ? "relay" : "web", state: state.get(id) }],
  });
  /** Every node that is not mute sends its telemetry (each period, and at once when an adaptor changes). */
  const telemetry = (only?: string) => {
    for (const id of state.keys()) if (!mute.has(id) && (only === undefined || only === id)) monitor.record(id, ["web"], status(id), clock.now());
  };
  const [spec] = parsePoolsConfig(JSON.stringify([{
    name: "web", role: "web", adaptor: "web", policy: "threshold", serverParams: { port: "8080" },
    nodeCapacityBps: 1 * MBPS, minNodes: 1, maxNodes: 3, cooldownMs: 0, drainMs: o.drainMs, periodMs: 2000,
  }]));
  const r = new Reallocator({
    pools: [spec!], mode, clock, log,
    deps: {
      nodesWithRole: () => [...state.keys()].map((serviceId) => ({ serviceId, roles: ["web"] })),
      nodeState: (id) => monitor.nodeState(id),
      addressesOf: (id) => [`198.18.0.${10 + Number(id.slice(1))}/15`],
      async call(id: string, method: RpcMethod) {
        calls.push(method.status ? `status ${id}` : method.start ? `start ${id} ${method.start.adaptor} port=${method.start.params?.port}` : `stop ${id} ${method.stop?.adaptor}`);
        if (method.status) throw new Error("the reallocator learns states from telemetry, not Status");
        if (method.start && o.failing.has(id)) throw new Error("program exited at once");
        const after = method.start ? pb.AdaptorState.ADAPTOR_RUNNING : pb.AdaptorState.ADAPTOR_STOPPED;
        if (method.start && o.slowStartStillStopped) await new Promise<void>((res) => heldStarts.push(res));
        state.set(id, after);
        telemetry(id); // the node sends its new state at once
        if (method.start && o.slowStart) await new Promise<void>((res) => heldStarts.push(res));
        return { adaptor: { message: "ok" } };
      },
    },
  });
  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise<void>((res) => setImmediate(res));
  };
  const period = async () => {
    clock.advance(2000);
    telemetry();
    r.tick();
    await new Promise<void>((res) => setImmediate(res));
  };
  const finishStarts = async () => {
    for (const res of heldStarts.splice(0)) res();
    await settle();
  };
  /** The events logged, as "name node" (or "name backends" for a dispatch). */
  const events = () => log.lines.map((l) => `${l.name} ${l.fields.node ?? l.fields.backends ?? ""}`.trim());
  return { clock, r, load, calls, state, o, monitor, mute, telemetry, period, settle, finishStarts, events };
}

test("live: brings the pool up, supplements under load, releases when it falls, draining first", async () => {
  const w = world("live");
  await w.period();
  expect(w.calls).toEqual(["start n1 web port=8080"]); // below minNodes
  w.load.set("n1", 0.95 * MBPS);
  await w.period();
  expect(w.calls.at(-1)).toBe("start n2 web port=8080"); // SUM 0.95 > 0.9 of 1 node
  w.load.set("n1", 0.3 * MBPS);
  w.load.set("n2", 0.2 * MBPS);
  await w.period();
  expect(w.calls.length).toBe(2); // release decided: n2 drains before it is stopped
  expect(w.r.reports()[0]!.releasing).toEqual(["n2"]);
  w.clock.advance(1000);
  await new Promise<void>((res) => setImmediate(res));
  expect(w.calls.at(-1)).toBe("stop n2 web");
  await w.period();
  expect(w.r.reports()[0]!.members.map((m) => m.serviceId)).toEqual(["n1"]);
  expect(w.r.reports()[0]!.idle).toEqual(["n2", "n3"]);
  const outcomes = w.r.reports()[0]!.lastActions.map((a) => `${a.action.split(" because")[0]}: ${a.outcome}`);
  expect(outcomes.filter((a) => !a.includes("dispatch"))).toEqual([
    "web: supplement n1 (start web port=8080): starting", "web: supplement n1 (start web port=8080): started: ok",
    "web: supplement n2 (start web port=8080): starting", "web: supplement n2 (start web port=8080): started: ok",
    "web: release n2 (drain 1 s, stop web): draining 1000 ms", "web: release n2 (drain 1 s, stop web): stopped: ok",
  ]);
  expect(w.r.stats).toMatchObject({ failures: 0 });
  // Period 1: no ready node (dispatch to none), start n1; 2: n1 ready, start n2; 3: n2 drained out, then released.
  expect(w.events()).toEqual(["dispatch", "supplement n1", "dispatch n1x1", "supplement n2", "dispatch n1x1", "release n2"]);
});

test("before its first period a pool reports nothing; stopped, the loop runs no more periods", async () => {
  const w = world("live");
  expect(w.r.reports()).toEqual([{
    pool: "web", policy: "threshold", mode: "live", atMs: 0, observedBps: 0, outlook: null,
    members: [], idle: [], releasing: [], unreachable: [], dispatchers: [], lastActions: [],
  }]);
  w.r.start();
  w.telemetry();
  w.clock.advance(2000);
  await w.settle();
  expect(w.r.stats.ticks).toBe(1);
  w.r.stop();
  w.clock.advance(10_000);
  await w.settle();
  expect(w.r.stats.ticks).toBe(1);
  expect(w.calls).toEqual(["start n1 web port=8080"]);
});

test("a node without the pool's adaptor is never a candidate; one whose adaptor is starting on its own is a member, not ready", async () => {
  const w = world("live", undefined, { relayNode: true });
  await w.period(); // start n1; n4 runs only its relay
  let report = w.r.reports()[0]!;
  expect([report.members, report.idle, report.unreachable]).toEqual([[], ["n1", "n2", "n3"], []]);
  w.state.set("n2", pb.AdaptorState.ADAPTOR_STARTING); // e.g. restarting after a crash
  await w.period();
  report = w.r.reports()[0]!;
  expect(report.members).toEqual([{ serviceId: "n1", ready: true, txBps: 0 }, { serviceId: "n2", ready: false, txBps: 0 }]);
  expect(report.idle).toEqual(["n3"]);
  expect(w.calls).toEqual(["start n1 web port=8080"]);
});

test("a node whose Start fails is held out for a minute; another idle node is used meanwhile", async () => {
  const w = world("live", new Set(["n1"]));
  await w.period();
  expect(w.calls).toEqual(["start n1 web port=8080"]);
  await w.period();
  expect(w.calls).toEqual(["start n1 web port=8080", "start n2 web port=8080"]);
  expect(w.r.reports()[0]!.lastActions.some((a) => a.outcome === "failed: program exited at once")).toBe(true);
  expect(w.r.stats.failures).toBe(1);
  expect(w.events().filter((e) => e.startsWith("action-failed"))).toEqual(["action-failed n1"]);
  for (let i = 0; i < 31; i++) await w.period(); // past the hold, n1 is idle again (but the pool is full at minNodes)
  expect(w.r.reports()[0]!.idle).toEqual(["n1", "n3"]);
});

test.each([
  ["not at all", 0],
  ["forward an hour", 3_600_000],
  ["back an hour", -3_600_000],
] as const)("the hold after a failed Start lasts 60 s on the monotonic clock: wall stepped %s, held 1 ms before, offered again at 60 s", async (_, stepMs) => {
  const w = world("live", new Set(["n1"]));
  await w.period();
  const failedAt = w.clock.monotonic();
  expect(w.calls).toEqual(["start n1 web port=8080"]);
  await w.period(); // n2 takes n1's place and serves
  w.clock.stepWall(stepMs);
  const tickAt = async (sinceFailureMs: number) => {
    w.clock.advance(failedAt + sinceFailureMs - w.clock.monotonic());
    w.telemetry();
    w.r.tick();
    await w.settle();
    return w.r.reports()[0]!.idle;
  };
  expect(await tickAt(10_000)).toEqual(["n3"]);
  expect(await tickAt(59_999)).toEqual(["n3"]);
  expect(await tickAt(60_000)).toEqual(["n1", "n3"]);
  expect(w.calls).toEqual(["start n1 web port=8080", "start n2 web port=8080"]);
});

test("a draining node is neither a member nor idle, and is not put back in the dispatcher", async () => {
  const w = world("live", undefined, { drainMs: 10_000 });
  await w.period(); // start n1
  w.load.set("n1", 0.95 * MBPS);
  await w.period(); // start n2
  w.load.set("n1", 0.3 * MBPS);
  w.load.set("n2", 0.2 * MBPS);
  await w.period(); // SUM 0.5 < 0.8·(2 − 1): release n2, drained for 10 s
  const logged = w.r.reports()[0]!.lastActions.length;
  expect(w.r.reports()[0]!.lastActions.slice(-2).map((a) => a.action)).toEqual([
    "web: dispatch to [n1×1] because drain n2",
    "web: release n2 (drain 10 s, stop web) because SUM 0.50 Mbps < 0.8·(TC − C) = 0.80 Mbps",
  ]);
  // Two periods inside the drain: n2 still runs its server and reports load, but it is leaving.
  for (let i = 0; i < 2; i++) {
    await w.period();
    const report = w.r.reports()[0]!;
    expect(report.members.map((m) => m.serviceId)).toEqual(["n1"]);
    expect(report.idle).toEqual(["n3"]);
    expect(report.releasing).toEqual(["n2"]);
    expect(report.lastActions.length).toBe(logged); // no dispatch back to [n1, n2], no second release
  }
  expect(w.calls).toEqual(["start n1 web port=8080", "start n2 web port=8080"]);
});

test("a node whose Start is still in flight is a member but not ready, so the dispatcher waits for it", async () => {
  const w = world("live", undefined, { slowStart: true });
  await w.period(); // start n1: its adaptor reports running at once, the Start reply is still pending
  expect(w.calls).toEqual(["start n1 web port=8080"]);
  expect(w.state.get("n1")).toBe(pb.AdaptorState.ADAPTOR_RUNNING);
  await w.period();
  let report = w.r.reports()[0]!;
  expect(report.members).toEqual([{ serviceId: "n1", ready: false, txBps: 0 }]);
  expect(report.lastActions.map((a) => a.action).filter((a) => a.includes("dispatch"))).toEqual([
    "web: dispatch to [] because the set of ready nodes changed",
  ]);
  await w.finishStarts();
  await w.period();
  report = w.r.reports()[0]!;
  expect(report.members).toEqual([{ serviceId: "n1", ready: true, txBps: 0 }]);
  expect(report.lastActions.at(-1)!.action).toBe("web: dispatch to [n1×1] because the set of ready nodes changed");
});

test("a period that falls due while the last one's Start is in flight, its node still reporting stopped, starts nothing more", async () => {
  const w = world("live", undefined, { slowStartStillStopped: true });
  w.r.start();
  w.telemetry();
  w.clock.advance(2000); // period 1: below minNodes, start n1; its Start is slow
  await w.settle();
  w.telemetry(); // n1 still reports its adaptor stopped
  w.clock.advance(2000); // period 2 is due while n1's Start is in flight
  await w.settle();
  const report = w.r.reports()[0]!;
  expect(report.members).toEqual([{ serviceId: "n1", ready: false, txBps: 0 }]);
  expect(report.idle).toEqual(["n2", "n3"]);
  await w.finishStarts();
  w.r.stop();
  expect(w.calls).toEqual(["start n1 web port=8080"]);
  expect(w.r.stats).toEqual({ ticks: 2, actions: 2, failures: 0, dispatcherSets: 0 });
});

test("a node's calls are not needed to plan it: no Status is asked, and a silent node is unreachable until it is heard again", async () => {
  const w = world("live");
  await w.period(); // start n1
  w.load.set("n1", 0.95 * MBPS);
  await w.period(); // start n2
  await w.period(); // SUM 0.95 Mbps: under 0.9·2 and not under 0.8·(2 − 1), so nothing changes
  expect(w.r.reports()[0]!.members.map((m) => m.serviceId)).toEqual(["n1", "n2"]);
  expect(w.r.reports()[0]!.lastActions.at(-1)!.action).toBe("web: dispatch to [n1×1, n2×1] because the set of ready nodes changed");
  w.load.set("n1", 0.5 * MBPS);
  w.mute.add("n2");
  w.monitor.markSilent("n2"); // the control manager's silence limit passed
  await w.period(); // SUM 0.5 Mbps on n1 alone: no supplement (≤ 0.9), no release (the last node)
  let report = w.r.reports()[0]!;
  expect(report.members.map((m) => m.serviceId)).toEqual(["n1"]);
  expect(report.unreachable).toEqual(["n2"]);
  expect(report.idle).toEqual(["n3"]);
  expect(report.lastActions.at(-1)!.action).toBe("web: dispatch to [n1×1] because the set of ready nodes changed");
  w.mute.delete("n2");
  await w.period();
  report = w.r.reports()[0]!;
  expect(report.members.map((m) => m.serviceId)).toEqual(["n1", "n2"]);
  expect(report.unreachable).toEqual([]);
  expect(w.calls).toEqual(["start n1 web port=8080", "start n2 web port=8080"]);
});

test("dry-run: reports the plan once, carries nothing out", async () => {
  const w = world("dry-run");
  await w.period();
  await w.period();
  await w.period();
  expect(w.calls).toEqual([]);
  const report = w.r.reports()[0]!;
  expect(report.mode).toBe("dry-run");
  expect(report.lastActions.map((a) => a.outcome)).toEqual(["dry-run: not carried out", "dry-run: not carried out"]);
  expect(report.lastActions.map((a) => a.action).join("\n")).toContain("supplement n1");
  expect(w.events()).toEqual(["plan", "plan n1"]); // the dispatch, then the supplement: logged once, not every period
});

test("the action log keeps the last 50 actions, oldest dropped first", async () => {
  const w = world("live");
  // Load swings each period: n2 is supplemented, then released, again and again (four outcomes a cycle).
  for (let i = 0; i < 60; i++) {
    w.load.set("n1", i % 2 ? 0.3 * MBPS : 0.95 * MBPS);
    w.load.set("n2", 0.2 * MBPS);
    await w.period();
    await w.settle();
  }
  const actions = w.r.reports()[0]!.lastActions;
  expect(w.r.stats.actions).toBeGreaterThan(50);
  expect(actions.length).toBe(50);
  expect(actions.at(-1)!.atMs).toBe(w.clock.now());
});

test("the loop runs at the smallest pool period; stop() before start() is harmless", async () => {
  const clock = new FakeClock();
  const specs = parsePoolsConfig(JSON.stringify([
    { name: "slow", role: "a", adaptor: "web", serverParams: { port: "1" }, minNodes: 1, maxNodes: 1, periodMs: 5000 },
    { name: "fast", role: "b", adaptor: "web", serverParams: { port: "2" }, minNodes: 1, maxNodes: 1, periodMs: 2000 },
  ]));
  const deps = { nodesWithRole: () => [], nodeState: () => undefined, addressesOf: () => [], call: async () => ({}) };
  new Reallocator({ pools: specs, mode: "live", clock, log: memoryLogger(), deps }).stop();
  const r = new Reallocator({ pools: specs, mode: "live", clock, log: memoryLogger(), deps });
  r.start();
  clock.advance(2000);
  expect(r.stats.ticks).toBe(1);
  clock.advance(4000);
  expect(r.stats.ticks).toBe(3);
  r.stop();
  clock.advance(4000);
  expect(r.stats.ticks).toBe(3);
});
