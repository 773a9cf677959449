/** The live loop against scripted nodes: what it asks them to do, period by period. */
import { expect, test } from "bun:test";
import { pb, type lama } from "../proto/index.ts";
import { FakeClock, memoryLogger, type RpcMethod } from "../runtime/wire/index.ts";
import { parsePoolsConfig } from "./pools-config.ts";
import { Reallocator, type ReallocationMode } from "./reallocator.ts";

const MBPS = 1e6;

function world(mode: ReallocationMode, failing = new Set<string>()) {
  const clock = new FakeClock();
  const state = new Map<string, number>([["n1", pb.AdaptorState.ADAPTOR_STOPPED], ["n2", pb.AdaptorState.ADAPTOR_STOPPED], ["n3", pb.AdaptorState.ADAPTOR_STOPPED]]);
  const load = new Map<string, number>();
  const calls: string[] = [];
  const status = (id: string): lama.v1.INodeStatus => ({ serviceId: id, txBps: load.get(id) ?? 0, linkCapacityBps: 1 * MBPS });
  const [spec] = parsePoolsConfig(JSON.stringify([{
    name: "web", role: "web", adaptor: "web", policy: "threshold", serverParams: { port: "8080" },
    nodeCapacityBps: 1 * MBPS, minNodes: 1, maxNodes: 3, cooldownMs: 0, drainMs: 1000, periodMs: 2000,
  }]));
  const r = new Reallocator({
    pools: [spec!], mode, clock, log: memoryLogger(),
    deps: {
      nodesWithRole: () => [...state.keys()].map((serviceId) => ({ serviceId, roles: ["web"] })),
      latest: (id) => status(id),
      async call(id: string, method: RpcMethod) {
        if (method.status) return { status: { node: status(id), adaptors: [{ name: "web", state: state.get(id) }] } };
        calls.push(`${method.start ? "start" : "stop"} ${id}${method.start ? " port=" + method.start.params?.port : ""}`);
        if (method.start && failing.has(id)) throw new Error("program exited at once");
        state.set(id, method.start ? pb.AdaptorState.ADAPTOR_RUNNING : pb.AdaptorState.ADAPTOR_STOPPED);
        return { adaptor: { message: "ok" } };
      },
    },
  });
  const period = async () => {
    clock.advance(2000);
    await r.tick();
    await new Promise<void>((res) => setImmediate(res));
  };
  return { clock, r, load, calls, state, period };
}

test("live: brings the pool up, supplements under load, releases when it falls, draining first", async () => {
  const w = world("live");
  await w.period();
  expect(w.calls).toEqual(["start n1 port=8080"]); // below minNodes
  w.load.set("n1", 0.95 * MBPS);
  await w.period();
  expect(w.calls.at(-1)).toBe("start n2 port=8080"); // SUM 0.95 > 0.9 of 1 node
  w.load.set("n1", 0.3 * MBPS);
  w.load.set("n2", 0.2 * MBPS);
  await w.period();
  expect(w.calls.length).toBe(2); // release decided: n2 drains before it is stopped
  expect(w.r.reports()[0]!.releasing).toEqual(["n2"]);
  w.clock.advance(1000);
  await new Promise<void>((res) => setImmediate(res));
  expect(w.calls.at(-1)).toBe("stop n2");
  await w.period();
  expect(w.r.reports()[0]!.members.map((m) => m.serviceId)).toEqual(["n1"]);
  expect(w.r.reports()[0]!.idle).toEqual(["n2", "n3"]);
});

test("a node whose Start fails is held out for a minute; another idle node is used meanwhile", async () => {
  const w = world("live", new Set(["n1"]));
  await w.period();
  expect(w.calls).toEqual(["start n1 port=8080"]);
  await w.period();
  expect(w.calls).toEqual(["start n1 port=8080", "start n2 port=8080"]);
  expect(w.r.reports()[0]!.lastActions.some((a) => a.outcome === "failed: program exited at once")).toBe(true);
  for (let i = 0; i < 31; i++) await w.period(); // past the hold, n1 is idle again (but the pool is full at minNodes)
  expect(w.r.reports()[0]!.idle).toEqual(["n1", "n3"]);
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
});

test.each([
  ["[]", "non-empty JSON array"],
  ["{", "is not JSON"],
  ['[{"name":"a","role":"r"}]', "'adaptor' must be a non-empty string"],
  ['[{"name":"a","role":"r","adaptor":"x","colour":1}]', "unknown setting 'colour'"],
  ['[{"name":"a","role":"r","adaptor":"x","policy":"magic"}]', "policy 'magic' is not one of threshold, ar1, horizon"],
  ['[{"name":"a","role":"r","adaptor":"x","minNodes":0}]', "minNodes is 0"],
  ['[{"name":"a","role":"r","adaptor":"x"},{"name":"a","role":"q","adaptor":"y"}]', "pool name 'a' is used twice"],
  ['[{"name":"a","role":"r","adaptor":"x","serverParams":{"port":8080}}]', "'serverParams' must be an object of strings"],
])("pools config %s is refused: %s", (text, message) => {
  expect(() => parsePoolsConfig(text)).toThrow(message);
});
