/**
 * The dispatcher Set's reply, read by the reallocator: a reply that shows the
 * dispatcher's adaptor not running is a failure, whatever the call returned; a
 * reply with no state at all is taken as accepted. Scripted replies on a fake
 * clock, one period each.
 */
import { expect, test } from "bun:test";
import { pb, type lama } from "../proto/index.ts";
import { FakeClock, memoryLogger, type RpcMethod } from "../runtime/wire/index.ts";
import { Monitor } from "./monitor.ts";
import { parsePoolsConfig } from "./pools-config.ts";
import { Reallocator } from "./reallocator.ts";

const MBPS = 1e6;

/** d1 runs the dispatcher "lb", n1 a running "web"; the Set's reply (or rejection) is scripted. */
function world(reply: () => Promise<unknown>, dispatcher: Record<string, string> = { role: "dispatcher", adaptor: "lb" }, withN2 = false, mode: "live" | "dry-run" = "live", lbState = pb.AdaptorState.ADAPTOR_RUNNING) {
  const clock = new FakeClock();
  const monitor = new Monitor();
  const log = memoryLogger();
  const roles: Record<string, string> = withN2 ? { d1: "dispatcher", n1: "web", n2: "web" } : { d1: "dispatcher", n1: "web" };
  const status = (id: string): lama.v1.INodeStatus => ({
    serviceId: id, atMs: clock.now(), periodMs: 2000, txBps: 0.1 * MBPS, linkCapacityBps: id === "n1" && withN2 ? 5 * MBPS : 10 * MBPS,
    adaptors: [{ name: id === "d1" ? "lb" : "web", state: id === "d1" ? lbState : pb.AdaptorState.ADAPTOR_RUNNING }],
  });
  const calls: string[] = [];
  const [spec] = parsePoolsConfig(JSON.stringify([{
    name: "web", role: "web", adaptor: "web", policy: "threshold", serverParams: { port: "8080" },
    nodeCapacityBps: (withN2 ? 20 : 10) * MBPS, minNodes: 1, maxNodes: withN2 ? 2 : 1, cooldownMs: 0, drainMs: 1000, periodMs: 2000, dispatcher,
  }]));
  const r = new Reallocator({
    pools: [spec!], mode, clock, log,
    deps: {
      nodesWithRole: (role) => Object.keys(roles).filter((id) => roles[id] === role).map((serviceId) => ({ serviceId, roles: [role] })),
      nodeState: (id) => monitor.nodeState(id),
      addressesOf: (id) => [id === "d1" ? "198.18.0.10/15" : id === "n1" ? "198.18.0.11/15" : "198.18.0.12/15"],
      async call(id: string, method: RpcMethod) {
        calls.push(`${id} ${method.set ? `set ${JSON.stringify(method.set.params)}` : Object.keys(method)[0]}`);
        return (await reply()) as never;
      },
    },
  });
  const period = async () => {
    clock.advance(2000);
    for (const id of Object.keys(roles)) monitor.record(id, [roles[id]!], status(id), clock.now());
    r.tick();
    for (let i = 0; i < 3; i++) await new Promise<void>((res) => setImmediate(res));
  };
  return { r, log, calls, period, t0: clock.now() };
}

const LIST = "n1@198.18.0.11:8080/10/ready";

test.each([
  ["no adaptor in the reply", null, {}],
  ["no status", null, { adaptor: { message: "ok" } }],
  ["a null state", null, { adaptor: { status: { state: null }, message: "ok" } }],
  ["running", null, { adaptor: { status: { state: pb.AdaptorState.ADAPTOR_RUNNING }, message: "ok" } }],
  ["stopped, with a message", "lb on d1 is not running (haproxy exited)", { adaptor: { status: { state: pb.AdaptorState.ADAPTOR_STOPPED }, message: "haproxy exited" } }],
  ["stopped, no message", "lb on d1 is not running ()", { adaptor: { status: { state: pb.AdaptorState.ADAPTOR_STOPPED } } }],
  ["starting", "lb on d1 is not running ()", { adaptor: { status: { state: pb.AdaptorState.ADAPTOR_STARTING }, message: "" } }],
] as [string, string | null, unknown][])("a Set reply with %s fails with %p", async (_, error, reply) => {
  const w = world(async () => reply);
  await w.period();
  expect(w.calls).toEqual([`d1 set {"backends":"${LIST}"}`]);
  const [d] = w.r.reports()[0]!.dispatchers;
  expect(d).toEqual({ serviceId: "d1", adaptor: "lb", applied: error ? null : LIST, appliedAtMs: error ? null : w.t0 + 2000, pending: null, error });
  expect(w.r.stats.failures).toBe(error ? 1 : 0);
  expect(w.r.reports()[0]!.lastActions.at(-1)).toEqual({ atMs: w.t0 + 2000, action: `web: set d1 lb backends=${LIST}`, outcome: error ? `failed: ${error}` : "applied" });
  expect(w.log.lines.at(-1)).toEqual(error
    ? { name: "action-failed", fields: { pool: "web", action: "dispatcher-set", node: "d1", error } }
    : { name: "dispatcher-set", fields: { pool: "web", node: "d1", backends: LIST } });
});

test("a Set rejected with something not an Error is reported as its text, and tried again the next period", async () => {
  let n = 0;
  const w = world(async () => {
    if (n++ === 0) throw "socket closed";
    return {};
  });
  await w.period();
  expect(w.r.reports()[0]!.dispatchers[0]!.error).toBe("socket closed");
  await w.period();
  expect(w.calls.length).toBe(2);
  expect(w.r.reports()[0]!.dispatchers[0]!).toMatchObject({ applied: LIST, appliedAtMs: w.t0 + 4000, error: null });
  await w.period();
  expect(w.calls.length).toBe(2); // accepted: not sent again
});

test("a dispatcher named by service id gets the list", async () => {
  const w = world(async () => ({}), { serviceId: "d1", adaptor: "lb" });
  await w.period();
  expect(w.calls).toEqual([`d1 set {"backends":"${LIST}"}`]);
});

test("a stopped reallocator sends no Set", async () => {
  const w = world(async () => ({}));
  w.r.stop();
  await w.period();
  expect(w.calls).toEqual([]);
});

test("a released node is drained at its own weight: a node on a 10 Mbps link in a pool of 20 Mbps nodes weighs 10", async () => {
  const w = world(async () => ({}), undefined, true);
  await w.period();
  await w.period();
  // Both idle at the first period: n2 is released at once, so the first list already drains it, at 10, not 20.
  expect(w.calls.filter((c) => c.includes("set"))).toEqual([
    `d1 set {"backends":"n1@198.18.0.11:8080/5/ready,n2@198.18.0.12:8080/10/drain"}`,
    `d1 set {"backends":"n1@198.18.0.11:8080/5/ready"}`,
  ]);
});

test("a dry run sends the dispatcher nothing", async () => {
  const w = world(async () => ({}), undefined, false, "dry-run");
  await w.period();
  await w.period();
  expect(w.calls).toEqual([]);
  expect(w.r.reports()[0]!.dispatchers).toEqual([]);
});

test("a dispatcher whose adaptor is not running is not sent the list", async () => {
  const w = world(async () => ({}), undefined, false, "live", pb.AdaptorState.ADAPTOR_STOPPED);
  await w.period();
  expect(w.calls).toEqual([]);
  expect(w.r.reports()[0]!.dispatchers).toEqual([]);
});
