/**
 * The reallocator on the whole in-process path: grand and three nodes with a
 * scripted adaptor, assembled as the binaries are (test/harness/live-pool.ts),
 * control channels through the in-memory peer factory, telemetry into the
 * monitor, all on a fake clock. What it shows: the plan depends on telemetry
 * alone. A node whose calls are slow or fail keeps its place while its telemetry
 * flows; a node whose telemetry goes silent is dropped.
 */
import { afterEach, expect, test } from "bun:test";
import { AdaptorRegistry, type Adaptor, type AdaptorState, type AdaptorStatusInfo } from "../adaptors/index.ts";
import { RpcTimeoutError } from "../runtime/wire/index.ts";
import { LivePool } from "../test/harness/live-pool.ts";
import { parsePoolsConfig } from "./pools-config.ts";

const MBPS = 1e6;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** An adaptor that starts and stops at once and remembers what it was asked. */
function webAdaptor(): Adaptor & { asked: string[] } {
  let state: AdaptorState = "stopped";
  let params: Record<string, string> = {};
  const status = (): AdaptorStatusInfo => ({ name: "web", state, restarts: 0, params, detail: state });
  const asked: string[] = [];
  return {
    name: "web",
    asked,
    describe: () => ({ name: "web", type: "scripted", description: "test web server", params: [] }),
    status,
    async start(p) {
      asked.push(`start port=${p.port}`);
      const noOp = state === "running";
      state = "running";
      params = { ...p };
      return { status: status(), message: noOp ? "already running" : "started", noOp };
    },
    async stop() {
      asked.push("stop");
      state = "stopped";
      return { status: status(), message: "stopped", noOp: false };
    },
    async set() {
      return { status: status(), message: "unchanged", noOp: true };
    },
  };
}

async function livePool() {
  const pool = new LivePool();
  const [spec] = parsePoolsConfig(JSON.stringify([{
    name: "web", role: "web", adaptor: "web", policy: "threshold", serverParams: { port: "8080" },
    nodeCapacityBps: 1 * MBPS, minNodes: 1, maxNodes: 3, cooldownMs: 0, drainMs: 1000, periodMs: 2000,
  }]));
  const load = new Map<string, number>();
  const adaptors = new Map<string, ReturnType<typeof webAdaptor>>();
  for (const id of ["n1", "n2", "n3"]) {
    const web = webAdaptor();
    adaptors.set(id, web);
    pool.addNode(id, {
      registry: new AdaptorRegistry([web]), sampleMs: 2000,
      sampler: { sample: (now) => ({ serviceId: id, atMs: now, periodMs: 2000, txBps: load.get(id) ?? 0, linkCapacityBps: 1 * MBPS }) },
    });
  }
  await pool.run(1000); // the nodes sample at 0, 2, 4, … s; grand's periods fall between, at 1 + 2k s
  const grand = pool.startGrand({ pools: [spec!], reallocate: "live" });
  cleanups.push(() => pool.stop());
  await pool.run(1000); // every node registered, its channel open and its first telemetry in
  const control = grand.control!;
  const reallocator = grand.reallocator!;
  expect(control.openCount).toBe(3);
  const report = () => reallocator.reports()[0]!;
  const members = () => report().members.map((m) => `${m.serviceId}${m.ready ? "" : " (not ready)"}`);
  const dispatches = () => report().lastActions.map((a) => a.action).filter((a) => a.includes("dispatch"));
  return { w: pool, control, peers: pool.peers, reallocator, load, adaptors, report, members, dispatches };
}

test("a node whose calls time out keeps its place in the plan and the dispatcher while its telemetry flows; silent, it is dropped", async () => {
  const p = await livePool();
  await p.w.run(2000); // period 1 (t = 3 s): below minNodes, start n1
  expect(p.adaptors.get("n1")!.asked).toEqual(["start port=8080"]);
  p.load.set("n1", 0.95 * MBPS);
  await p.w.run(4000); // periods 2 and 3: SUM 0.95 > 0.9 of one node, start n2
  expect(p.adaptors.get("n2")!.asked).toEqual(["start port=8080"]);
  p.load.set("n1", 0.6 * MBPS);
  p.load.set("n2", 0.3 * MBPS);
  await p.w.run(4000); // SUM 0.9: not above 0.9·2 = 1.8, not below 0.8·(2 − 1) = 0.8: the pool holds
  expect(p.members()).toEqual(["n1", "n2"]);
  expect(p.report().unreachable).toEqual([]);
  expect(p.dispatches().at(-1)).toBe("web: dispatch to [n1×1, n2×1] because the set of ready nodes changed");
  const actions = p.report().lastActions.length;

  // n2's rpc channel stalls (a saturated link): every call to it times out, its telemetry still arrives.
  p.peers.stall.add("grand-n2/rpc");
  const call = p.control.call("n2", { status: {} }, 1500).catch((e) => e);
  await p.w.run(1500);
  expect(await call).toBeInstanceOf(RpcTimeoutError);
  await p.w.run(18_500); // ten more periods
  expect(p.members()).toEqual(["n1", "n2"]);
  expect(p.report().members.map((m) => m.txBps)).toEqual([0.6 * MBPS, 0.3 * MBPS]);
  expect(p.report().unreachable).toEqual([]);
  expect(p.report().lastActions.length).toBe(actions); // no dispatch without n2, no supplement in its place
  expect(p.control.info("n2")!.opens).toBe(1); // and its channel was never taken for dead

  // Now its telemetry stops too: past the 10 s silence limit it is unreachable and leaves the plan.
  p.peers.stall.add("grand-n2/telemetry");
  await p.w.run(8000); // within the limit: still planned with its last load
  expect(p.members()).toEqual(["n1", "n2"]);
  await p.w.run(6000);
  expect(p.report().unreachable).toEqual(["n2"]);
  expect(p.members()).toEqual(["n1"]);
  expect(p.report().idle).toEqual(["n3"]);
  // SUM 0.6 on n1 alone: not above 0.9, and n1 is the last node: only the dispatcher changes.
  expect(p.report().lastActions.slice(actions).map((a) => a.action)).toEqual(["web: dispatch to [n1×1] because the set of ready nodes changed"]);
  expect(p.adaptors.get("n3")!.asked).toEqual([]);
});
