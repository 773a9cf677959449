/**
 * The reallocator's edges, on scripted nodes and a fake clock: every call is
 * held until the test answers it, so what happens while a Start, Stop or Set is
 * in flight, and what a late answer does, is pinned down. What it covers: the
 * outcome texts an operator reads in the API, one Set per dispatcher at a time
 * and a changed list sent the moment the last Set returns, releases that wait
 * for every running dispatcher, a stopped reallocator that does nothing more
 * from late answers, and server parameters naming another pool (which member,
 * which address, a failing re-Set reported and tried again).
 */
import { expect, test } from "bun:test";
import { pb, type lama } from "../proto/index.ts";
import { FakeClock, memoryLogger, type RpcMethod } from "../runtime/wire/index.ts";
import type { NodeState } from "./monitor.ts";
import { parsePoolsConfig } from "./pools-config.ts";
import { Reallocator, type ReallocatorDeps } from "./reallocator.ts";

const MBPS = 1e6;
const { ADAPTOR_RUNNING: RUNNING, ADAPTOR_STOPPED: STOPPED } = pb.AdaptorState;

interface ScriptedNode {
  role: string;
  /** Registered addresses, "198.18.0.2/15" form. */
  addresses: string[];
  /** Adaptor name → state; `params` (when given) are the parameters its telemetry reports. */
  adaptors: Map<string, { state: number; params?: Record<string, string> }>;
  txBps: number;
  silent: boolean;
}

/** One call grand made, held until answered. */
interface HeldCall {
  node: string;
  what: string;
  method: RpcMethod;
  answer(reply: lama.v1.IRpcReply): Promise<void>;
  fail(e: unknown): Promise<void>;
}

const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise<void>((res) => setImmediate(res));
};

/**
 * Pools from `pools` (JSON as in pools.json) over scripted nodes. A Start or
 * Stop, once answered, also changes the node's adaptor state (as its telemetry
 * would say at once).
 */
function world(pools: unknown[], nodes: Record<string, Partial<Omit<ScriptedNode, "adaptors">> & { role: string; adaptors: Record<string, number> }>) {
  const clock = new FakeClock();
  const log = memoryLogger();
  const state = new Map<string, ScriptedNode>();
  let k = 0;
  for (const [id, n] of Object.entries(nodes)) {
    k++;
    state.set(id, {
      role: n.role, addresses: n.addresses ?? [`198.18.0.${10 + k}/15`], txBps: n.txBps ?? 0, silent: n.silent ?? false,
      adaptors: new Map(Object.entries(n.adaptors).map(([name, s]) => [name, { state: s }])),
    });
  }
  const held: HeldCall[] = [];
  const calls: string[] = [];
  const describe = (node: string, m: RpcMethod) =>
    m.start ? `${node} start ${m.start.adaptor} ${fmt(m.start.params)}`.trimEnd()
      : m.stop ? `${node} stop ${m.stop.adaptor}`
      : m.set ? `${node} set ${m.set.adaptor} ${fmt(m.set.params)}`.trimEnd()
      : `${node} ${Object.keys(m)[0]}`;
  const fmt = (p: Record<string, string> | null | undefined) => Object.entries(p ?? {}).map(([k, v]) => `${k}=${v}`).join(" ");
  const specs = parsePoolsConfig(JSON.stringify(pools));
  const nodeState = (id: string): NodeState | undefined => {
    const n = state.get(id);
    if (!n || n.silent) return undefined;
    return {
      latest: { serviceId: id, atMs: clock.now(), periodMs: 2000, txBps: n.txBps, linkCapacityBps: 10 * MBPS },
      adaptors: [...n.adaptors].map(([name, a]) => ({ name, state: a.state, ...(a.params ? { params: a.params } : {}) })),
    };
  };
  const deps: ReallocatorDeps = {
      nodesWithRole: (role) => [...state].filter(([, n]) => n.role === role).map(([serviceId]) => ({ serviceId, roles: [role] })),
      nodeState,
      addressesOf: (id) => state.get(id)?.addresses ?? [],
      call(node, method) {
        const what = describe(node, method);
        calls.push(what);
        return new Promise<lama.v1.IRpcReply>((resolve, reject) => {
          held.push({
            node, what, method,
            async answer(reply) {
              const a = method.start?.adaptor ?? method.stop?.adaptor;
              if (a) state.get(node)!.adaptors.get(a)!.state = method.start ? RUNNING : STOPPED;
              resolve(reply);
              await settle();
            },
            async fail(e) {
              reject(e);
              await settle();
            },
          });
        });
      },
  };
  const r = new Reallocator({ pools: specs, mode: "live", clock, log, deps });
  /** One pool period, 2 s after the last. */
  const period = async () => {
    clock.advance(2000);
    r.tick();
    await settle();
  };
  /** The held call whose text starts with `prefix` (the oldest), taken off the list. */
  const take = (prefix: string): HeldCall => {
    const i = held.findIndex((h) => h.what.startsWith(prefix));
    if (i < 0) throw new Error(`no held call '${prefix}…' among ${JSON.stringify(held.map((h) => h.what))}`);
    return held.splice(i, 1)[0]!;
  };
  const report = (pool: string) => r.reports().find((p) => p.pool === pool)!;
  const outcomes = (pool: string, actionPrefix = "") =>
    report(pool).lastActions.filter((a) => a.action.startsWith(actionPrefix)).map((a) => `${a.action.split(" because")[0]} → ${a.outcome}`);
  return { clock, t0: clock.now(), log, state, deps, r, held, calls, period, take, report, outcomes };
}

const WEB = {
  name: "web", role: "web", adaptor: "web", policy: "threshold", serverParams: { port: "8080" }, nodeCapacityBps: 10 * MBPS,
  minNodes: 1, maxNodes: 2, cooldownMs: 0, drainMs: 1000, periodMs: 2000,
};
const WITH_LB = { ...WEB, dispatcher: { role: "dispatcher", adaptor: "lb" } };

test("what an operator reads: a dispatch with no dispatcher, a Start and a Stop whose replies carry no message, a Stop that fails", async () => {
  const w = world([WEB], { n1: { role: "web", adaptors: { web: STOPPED } }, n2: { role: "web", adaptors: { web: STOPPED } } });
  await w.period(); // below minNodes: start n1
  expect(w.outcomes("web")).toEqual([
    "web: dispatch to [] → reported: the pool names no dispatcher",
    "web: supplement n1 (start web port=8080) → starting",
  ]);
  await w.take("n1 start").answer({}); // no adaptor in the reply at all
  expect(w.outcomes("web").at(-1)).toBe("web: supplement n1 (start web port=8080) → started: ");

  w.state.get("n1")!.txBps = 9.5 * MBPS; // over 0.9 of one node's 10 Mbps: start n2
  await w.period();
  await w.take("n2 start").answer({ adaptor: {} }); // an adaptor result with no message
  expect(w.outcomes("web").at(-1)).toBe("web: supplement n2 (start web port=8080) → started: ");

  w.state.get("n1")!.txBps = 3 * MBPS; // under 0.8·(20 − 10) = 8 Mbps: release n2, the idler
  await w.period();
  expect(w.outcomes("web").at(-1)).toBe("web: release n2 (drain 1 s, stop web) → draining 1000 ms");
  await w.period(); // drainMs passed (no dispatcher to wait for): Stop
  await w.take("n2 stop web").answer({});
  expect(w.outcomes("web").at(-1)).toBe("web: release n2 (drain 1 s, stop web) → stopped: ");
  expect(w.r.stats.failures).toBe(0);

  // Once more, and this Stop is rejected with no Error at all: it is reported and counted, not thrown.
  w.state.get("n1")!.txBps = 9.5 * MBPS;
  await w.period();
  await w.take("n2 start").answer({ adaptor: { message: "up" } });
  w.state.get("n1")!.txBps = 3 * MBPS;
  await w.period();
  await w.period();
  await w.take("n2 stop web").fail(undefined);
  expect(w.outcomes("web").slice(-4)).toEqual([
    "web: supplement n2 (start web port=8080) → started: up",
    "web: dispatch to [n1×10] → reported: the pool names no dispatcher",
    "web: release n2 (drain 1 s, stop web) → draining 1000 ms",
    "web: release n2 (drain 1 s, stop web) → failed: undefined",
  ]);
  expect(w.r.stats.failures).toBe(1);
  expect(w.log.lines.at(-1)).toEqual({ name: "action-failed", fields: { pool: "web", action: "release", node: "n2", error: "undefined" } });
  expect(w.r.reports()[0]!.releasing).toEqual([]);
});

test("dispatchers are the role's nodes whose telemetry says the dispatcher adaptor runs, sent their lists in service-id order", async () => {
  const w = world([WITH_LB], {
    d2: { role: "dispatcher", adaptors: { lb: RUNNING }, addresses: ["198.18.0.12/15"] },
    d1: { role: "dispatcher", adaptors: { lb: RUNNING }, addresses: ["198.18.0.11/15"] },
    d3: { role: "dispatcher", adaptors: { other: RUNNING, lb: STOPPED } }, // runs something else, not lb
    d4: { role: "dispatcher", adaptors: { lb: RUNNING }, silent: true }, // telemetry silent: unknown
    d5: { role: "dispatcher", adaptors: { other: RUNNING } }, // cannot run lb at all
    n1: { role: "web", adaptors: { web: RUNNING }, addresses: ["198.18.0.21/15"] },
  });
  await w.period();
  expect(w.outcomes("web", "web: dispatch")).toEqual(["web: dispatch to [n1×10] → the dispatcher's list follows"]);
  expect(w.calls).toEqual([
    "d1 set lb backends=n1@198.18.0.21:8080/10/ready",
    "d2 set lb backends=n1@198.18.0.21:8080/10/ready",
  ]);
  expect(w.report("web").dispatchers.map((d) => `${d.serviceId} ${d.pending}`)).toEqual([
    "d1 n1@198.18.0.21:8080/10/ready", "d2 n1@198.18.0.21:8080/10/ready",
  ]);
});

test("one Set per dispatcher at a time: a list that changed meanwhile is sent the moment the Set returns, and a dispatcher that blinks keeps its Set in flight", async () => {
  const w = world([WITH_LB], {
    d1: { role: "dispatcher", adaptors: { lb: RUNNING }, addresses: ["198.18.0.10/15"] },
    n1: { role: "web", adaptors: { web: RUNNING }, addresses: ["198.18.0.11/15"] },
    n2: { role: "web", adaptors: { web: STOPPED }, addresses: ["198.18.0.12/15"] },
  });
  await w.period(); // the list with n1; its Set is held
  w.state.get("n1")!.txBps = 9.5 * MBPS;
  await w.period(); // n1 serves at 95 %: n2 is supplemented, to be listed in maint, while the first Set is in flight
  expect(w.calls).toEqual(["d1 set lb backends=n1@198.18.0.11:8080/10/ready", "n2 start web port=8080"]);
  await w.take("d1 set").answer({});
  // Not a period later: at once, the list with n2 in maint.
  expect(w.calls.slice(2)).toEqual(["d1 set lb backends=n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/maint"]);

  // While that Set is in flight the dispatcher's telemetry says lb stopped, then running again: still one Set.
  w.state.get("d1")!.adaptors.get("lb")!.state = STOPPED;
  await w.period();
  expect(w.report("web").dispatchers).toEqual([{
    serviceId: "d1", adaptor: "lb", applied: "n1@198.18.0.11:8080/10/ready", appliedAtMs: w.t0 + 4000,
    pending: "n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/maint", error: null,
  }]);
  w.state.get("d1")!.adaptors.get("lb")!.state = RUNNING;
  await w.period();
  expect(w.calls.length).toBe(3);
  await w.take("d1 set").answer({});
  expect(w.calls.length).toBe(3); // what it accepted is what it should have: nothing more
  expect(w.report("web").dispatchers[0]!.applied).toBe("n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/maint");
});

test("a refused Set is tried again at the next period, not when another dispatcher's Set returns; an error that is not an Error is shown as text", async () => {
  const w = world([WITH_LB], {
    d1: { role: "dispatcher", adaptors: { lb: RUNNING }, addresses: ["198.18.0.10/15"] },
    d2: { role: "dispatcher", adaptors: { lb: RUNNING }, addresses: ["198.18.0.9/15"] },
    n1: { role: "web", adaptors: { web: RUNNING }, addresses: ["198.18.0.11/15"], txBps: 5 * MBPS },
  });
  const d2Sets = () => w.calls.filter((c) => c.startsWith("d2 set")).length;
  await w.period();
  await w.take("d2 set").fail(undefined);
  expect(w.report("web").dispatchers[1]).toMatchObject({ serviceId: "d2", applied: null, pending: null, error: "undefined" });
  await w.take("d1 set").answer({});
  expect(d2Sets()).toBe(1);
  // The node's address changes: both get a new list. d1's is held over the next period, d2 refuses each.
  w.state.get("n1")!.addresses = ["198.18.0.21/15"];
  await w.period();
  await w.take("d2 set").fail(new Error("busy"));
  await w.period(); // d1's Set still in flight, its list unchanged: not sent again; d2 tried again
  expect(w.calls.filter((c) => c.startsWith("d1 set"))).toEqual([
    "d1 set lb backends=n1@198.18.0.11:8080/10/ready", "d1 set lb backends=n1@198.18.0.21:8080/10/ready",
  ]);
  await w.take("d2 set").fail(new Error("busy"));
  expect(d2Sets()).toBe(3);
  await w.take("d1 set").answer({});
  expect(d2Sets()).toBe(3);
  await w.period();
  expect(d2Sets()).toBe(4);
});

test("a release waits for every running dispatcher, one that came up during the drain too, and is stopped only once it is left out", async () => {
  const w = world([WITH_LB], {
    d1: { role: "dispatcher", adaptors: { lb: RUNNING }, addresses: ["198.18.0.10/15"] },
    d2: { role: "dispatcher", adaptors: { lb: STOPPED }, addresses: ["198.18.0.9/15"] },
    n1: { role: "web", adaptors: { web: RUNNING }, addresses: ["198.18.0.11/15"], txBps: 5 * MBPS },
    n2: { role: "web", adaptors: { web: RUNNING }, addresses: ["198.18.0.12/15"] },
  });
  await w.period(); // SUM 5 < 0.8·(20 − 10): release n2, drained first
  expect(w.calls).toEqual(["d1 set lb backends=n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/drain"]);
  w.state.get("d2")!.adaptors.get("lb")!.state = RUNNING; // d2 comes up before d1 answers
  await w.take("d1 set").answer({});
  expect(w.outcomes("web", "web: release")).toEqual(["web: release n2 (drain 1 s, stop web) → draining 1000 ms"]);
  await w.period(); // d2 is told the drain
  expect(w.calls.slice(1)).toEqual(["d2 set lb backends=n1@198.18.0.11:8080/10/ready,n2@198.18.0.12:8080/10/drain"]);
  await w.take("d2 set").answer({});
  expect(w.outcomes("web", "web: release").at(-1)).toBe("web: release n2 (drain 1 s, stop web) → drain accepted by the dispatcher; stop once it reports no sessions there, at most in 1000 ms");
  w.clock.advance(1000); // drainMs later: both are told to leave n2 out; no Stop while those Sets are in flight
  await new Promise<void>((res) => setImmediate(res));
  expect(w.calls.slice(2)).toEqual(["d1 set lb backends=n1@198.18.0.11:8080/10/ready", "d2 set lb backends=n1@198.18.0.11:8080/10/ready"]);
  await w.take("d1 set").answer({});
  expect(w.calls.length).toBe(4);
  // grand stops now; the last Set returns late: a stopped reallocator stops no node.
  w.r.stop();
  await w.take("d2 set").answer({});
  expect(w.calls.length).toBe(4);
  expect(w.held).toEqual([]);
});

/** Source nodes s1–s3 serve the "source" pool (s1 registered only a loopback address), listed out of order; r1 relays. */
const SOURCE = {
  name: "source", role: "source", adaptor: "relay", policy: "threshold", serverParams: { port: "8000" }, nodeCapacityBps: 10 * MBPS,
  minNodes: 1, maxNodes: 3, cooldownMs: 0, drainMs: 1000, periodMs: 2000,
};
const RELAYS = {
  name: "relays", role: "relay", adaptor: "relay", policy: "threshold", nodeCapacityBps: 10 * MBPS,
  serverParams: { port: "8000", relayFrom: "{pool:source}:8000/live", backup: "{pool:source}:8001" },
  minNodes: 1, maxNodes: 2, cooldownMs: 0, drainMs: 1000, periodMs: 2000,
};
const sources = () => ({
  // 6 Mbps each: 18 of 30 Mbps, neither above 0.9·30 nor below 0.8·(30 − 10), so the source pool holds.
  s3: { role: "source", adaptors: { relay: RUNNING }, addresses: ["198.18.0.23/15"], txBps: 6 * MBPS },
  s1: { role: "source", adaptors: { relay: RUNNING }, addresses: ["127.0.0.1/8"], txBps: 6 * MBPS },
  s2: { role: "source", adaptors: { relay: RUNNING }, addresses: ["198.18.0.22/15"], txBps: 6 * MBPS },
});

test("a reference resolves to the named pool's first serving member by service id that has an address; a failed re-Set is reported and tried again", async () => {
  const w = world([WEB, SOURCE, RELAYS], {
    w1: { role: "web", adaptors: { web: RUNNING }, addresses: ["198.18.0.41/15"] }, // serves another pool, listed first
    ...sources(),
    r1: { role: "relay", adaptors: { relay: STOPPED }, addresses: ["198.18.0.31/15"] },
  });
  await w.period();
  // s1 is first by id but has no address to give; s2 is next. (Its telemetry reports no params.)
  expect(w.calls).toEqual(["r1 start relay port=8000 relayFrom=198.18.0.22:8000/live backup=198.18.0.22:8001"]);
  expect(w.outcomes("relays").at(-1)).toBe(
    "relays: supplement r1 (start relay port=8000 relayFrom={pool:source}:8000/live backup={pool:source}:8001) → starting with relayFrom=198.18.0.22:8000/live backup=198.18.0.22:8001",
  );
  await w.take("r1 start").answer({ adaptor: { message: "relaying" } });
  await w.period();
  await w.period();
  expect(w.calls.length).toBe(1); // what grand gave it at Start is what it has: no Set

  // s2 falls silent: s3 is the serving member now. r1 is Set, and that Set is held over the next period.
  w.state.get("s2")!.silent = true;
  await w.period();
  expect(w.calls.slice(1)).toEqual(["r1 set relay relayFrom=198.18.0.23:8000/live backup=198.18.0.23:8001"]);
  await w.period();
  expect(w.calls.length).toBe(2); // one Set per member at a time
  await w.take("r1 set").fail(new Error("runtime API socket busy"));
  await w.period(); // tried again
  await w.take("r1 set").fail("socket closed");
  await w.period();
  await w.take("r1 set").answer({});
  await w.period();
  await w.period();
  expect(w.calls.length).toBe(4);
  const what = "relays: set r1 relay relayFrom=198.18.0.23:8000/live backup=198.18.0.23:8001";
  expect(w.outcomes("relays", "relays: set")).toEqual([
    `${what} → failed: runtime API socket busy`, `${what} → failed: socket closed`, `${what} → applied: `,
  ]);
  expect(w.r.stats.failures).toBe(2);
  expect(w.log.lines.filter((l) => l.name === "server-set").map((l) => l.fields.params)).toEqual(
    Array(3).fill(["relayFrom=198.18.0.23:8000/live", "backup=198.18.0.23:8001"]),
  );
});

test("a member grand did not start is compared on its referring parameters as its telemetry reports them, and only those that differ are Set", async () => {
  const w = world([SOURCE, RELAYS], {
    ...sources(),
    r1: { role: "relay", adaptors: { relay: RUNNING }, addresses: ["198.18.0.31/15"] },
  });
  // Started by hand with another port (not a referring parameter) and a stale backup.
  w.state.get("r1")!.adaptors.get("relay")!.params = { port: "9000", relayFrom: "198.18.0.22:8000/live", backup: "198.18.0.99:8001" };
  await w.period();
  expect(w.calls).toEqual(["r1 set relay backup=198.18.0.22:8001"]);
  await w.take("r1 set").fail(undefined);
  expect(w.outcomes("relays", "relays: set")).toEqual(["relays: set r1 relay backup=198.18.0.22:8001 → failed: undefined"]);
});

test("a reference to a pool this reallocator does not run has nothing to refer to: the member is not started", async () => {
  const specs = [SOURCE, RELAYS];
  const w = world(specs, { r1: { role: "relay", adaptors: { relay: STOPPED } } });
  // The same relays pool, run without its source pool (parsePoolsConfig itself refuses an unknown name).
  const alone = new Reallocator({ pools: parsePoolsConfig(JSON.stringify(specs)).slice(1), mode: "live", clock: w.clock, log: w.log, deps: w.deps });
  w.clock.advance(2000);
  alone.tick();
  await settle();
  expect(w.calls).toEqual([]);
  expect(alone.reports()[0]!.lastActions.map((a) => a.outcome)).toEqual(["reported: the pool names no dispatcher", "not started: pool 'source' has no serving member to refer to"]);
});

test("what grand gave a member is forgotten once it is stopped: started again by hand, it is compared as its telemetry reports it", async () => {
  const w = world([SOURCE, RELAYS], {
    ...sources(),
    r1: { role: "relay", adaptors: { relay: STOPPED }, addresses: ["198.18.0.31/15"] },
    r2: { role: "relay", adaptors: { relay: STOPPED }, addresses: ["198.18.0.32/15"] },
  });
  const start = (s: string) => `port=8000 relayFrom=198.18.0.${s}:8000/live backup=198.18.0.${s}:8001`;
  await w.period();
  await w.take("r1 start").answer({});
  w.state.get("r1")!.txBps = 9.5 * MBPS; // over 0.9 of 10 Mbps: r2 too
  await w.period();
  await w.take("r2 start").answer({});
  w.state.get("r1")!.txBps = 3 * MBPS; // under 0.8·(20 − 10): r2 is released and, drainMs later, stopped
  await w.period();
  await w.period();
  await w.take("r2 stop").answer({});
  expect(w.calls).toEqual([`r1 start relay ${start("22")}`, `r2 start relay ${start("22")}`, "r2 stop relay"]);
  // The source moves to s3; r1 follows it.
  w.state.get("s2")!.silent = true;
  w.state.get("r1")!.txBps = 9 * MBPS; // with r2 back: not above 0.9·20, not below 0.8·(20 − 10)
  await w.period();
  await w.take("r1 set").answer({});
  // Someone starts r2's relay by hand, already relaying from s3: nothing to Set.
  const r2 = w.state.get("r2")!.adaptors.get("relay")!;
  r2.state = RUNNING;
  r2.params = { port: "8000", relayFrom: "198.18.0.23:8000/live", backup: "198.18.0.23:8001" };
  await w.period();
  await w.period();
  expect(w.report("relays").members.map((m) => m.serviceId)).toEqual(["r1", "r2"]);
  expect(w.calls.slice(3)).toEqual(["r1 set relay relayFrom=198.18.0.23:8000/live backup=198.18.0.23:8001"]);
});
