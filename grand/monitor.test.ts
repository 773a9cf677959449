import { expect, test } from "bun:test";
import { pb } from "../proto/index.ts";
import { Monitor, Ring } from "./monitor.ts";

test("a ring keeps the newest N, oldest first", () => {
  const r = new Ring<number>(3);
  expect(r.last()).toBeUndefined();
  for (let i = 1; i <= 5; i++) r.push(i);
  expect(r.toArray()).toEqual([3, 4, 5]);
  expect(r.last()).toBe(5);
  expect(r.length).toBe(3);
});

test("per-role sums follow the latest sample of every node with that role", () => {
  const m = new Monitor(10, 10);
  m.record("a", ["streaming"], { atMs: 1, txBps: 100, rxBps: 1, linkCapacityBps: 1000 }, 1);
  m.record("b", ["streaming", "web"], { atMs: 1, txBps: 50, rxBps: 2, linkCapacityBps: 1000 }, 2);
  m.record("a", ["streaming"], { atMs: 3, txBps: 300, rxBps: 1, linkCapacityBps: 1000 }, 3);
  expect(m.roleWindowOf("streaming").map((s) => s.txBps)).toEqual([100, 150, 350]);
  expect(m.roleWindowOf("streaming").at(-1)).toEqual({ atMs: 3, nodes: 2, rxBps: 3, txBps: 350, capacityBps: 2000 });
  expect(m.roleWindowOf("web").at(-1)?.txBps).toBe(50);
  m.forget("a", 4);
  expect(m.roleWindowOf("streaming").at(-1)).toMatchObject({ nodes: 1, txBps: 50 });
  expect(m.latest("a")).toBeUndefined();
});

test("a sample sent again because an adaptor changed is kept once, and its adaptor states are taken", () => {
  const m = new Monitor();
  const web = (state: number) => [{ name: "web", state }];
  m.record("a", ["web"], { atMs: 5, txBps: 1, adaptors: web(pb.AdaptorState.ADAPTOR_STOPPED) }, 5);
  m.record("a", ["web"], { atMs: 5, txBps: 1, adaptors: web(pb.AdaptorState.ADAPTOR_STARTING) }, 6);
  expect(m.window("a").length).toBe(1);
  expect(m.roleWindowOf("web").length).toBe(1);
  expect(m.nodeState("a")?.adaptors).toEqual(web(pb.AdaptorState.ADAPTOR_STARTING));
  m.record("a", ["web"], { atMs: 2_005, txBps: 2, adaptors: web(pb.AdaptorState.ADAPTOR_RUNNING) }, 2_005);
  expect(m.window("a").map((s) => s.txBps)).toEqual([1, 2]);
  expect(m.nodeState("a")).toEqual({ latest: m.latest("a")!, adaptors: web(pb.AdaptorState.ADAPTOR_RUNNING) });
});

test("the window holds load only: adaptor states are kept once per node, not in every sample", () => {
  const m = new Monitor();
  m.record("a", [], pb.NodeStatus.decode(pb.NodeStatus.encode({ atMs: 5, txBps: 7, adaptors: [{ name: "web", state: pb.AdaptorState.ADAPTOR_RUNNING }] }).finish()), 5);
  expect(m.latest("a")?.adaptors ?? []).toEqual([]);
  expect([m.latest("a")?.txBps, m.latest("a")?.rxBps]).toEqual([7, 0]);
  expect(m.nodeState("a")?.adaptors.map((x) => x.name)).toEqual(["web"]);
});

test("a silent node has no current state until its telemetry flows again; a node never heard has none", () => {
  const m = new Monitor();
  expect(m.nodeState("a")).toBeUndefined();
  expect(m.markSilent("a")).toBe(false);
  m.record("a", ["web"], { atMs: 2_000, txBps: 10, adaptors: [{ name: "web", state: pb.AdaptorState.ADAPTOR_RUNNING }] }, 2_000);
  expect(m.nodeState("a")?.latest.txBps).toBe(10);
  expect(m.markSilent("a")).toBe(true);
  expect(m.markSilent("a")).toBe(false); // once
  expect(m.nodeState("a")).toBeUndefined();
  expect(m.window("a").length).toBe(1); // its history stays
  m.record("a", ["web"], { atMs: 20_000, txBps: 20, adaptors: [] }, 20_000);
  expect(m.nodeState("a")).toEqual({ latest: m.latest("a")!, adaptors: [] });
  m.forget("a", 21_000);
  expect(m.nodeState("a")).toBeUndefined();
});

test("samples not stamped with a time (at_ms 0) are never taken for duplicates", () => {
  const m = new Monitor();
  m.record("a", ["web"], { atMs: 0, txBps: 10 }, 2_000);
  m.record("a", ["web"], { atMs: 0, txBps: 20 }, 4_000);
  m.record("a", ["web"], { txBps: 30 }, 6_000);
  m.record("a", ["web"], { txBps: 40 }, 8_000);
  expect(m.window("a").map((s) => s.txBps)).toEqual([10, 20, 30, 40]);
  expect(m.latest("a")?.txBps).toBe(40);
  expect(m.roleWindowOf("web").map((s) => s.txBps)).toEqual([10, 20, 30, 40]);
});

test("by default a node keeps its last 300 samples (10 minutes at 2 s) and a role its last 300 sums", () => {
  const m = new Monitor();
  for (let k = 1; k <= 301; k++) m.record("a", ["web"], { atMs: k * 2_000, txBps: k }, k * 2_000);
  const w = m.window("a");
  expect(w.length).toBe(300);
  expect([w[0]!.txBps, w.at(-1)!.txBps]).toEqual([2, 301]);
  const r = m.roleWindowOf("web");
  expect(r.length).toBe(300);
  expect([r[0]!.atMs, r.at(-1)!.atMs]).toEqual([4_000, 602_000]);
});

test("samplesSeen counts the samples taken, not the adaptor-change repeats", () => {
  const m = new Monitor();
  expect(m.samplesSeen).toBe(0);
  m.record("a", ["web"], { atMs: 2_000, txBps: 1 }, 2_000);
  m.record("a", ["web"], { atMs: 2_000, txBps: 1, adaptors: [{ name: "web" }] }, 2_100); // the same sample again
  m.record("b", ["web"], { atMs: 2_000, txBps: 1 }, 2_200);
  m.record("a", ["web"], { atMs: 4_000, txBps: 1 }, 4_000);
  expect(m.samplesSeen).toBe(3);
});

test("a sample without adaptor states leaves the node with none", () => {
  const m = new Monitor();
  m.record("a", ["web"], { atMs: 2_000, txBps: 1 }, 2_000);
  expect(m.nodeState("a")?.adaptors).toEqual([]);
});

test("a role nobody has has an empty window; role names come sorted", () => {
  const m = new Monitor();
  expect(m.roleWindowOf("web")).toEqual([]);
  expect(m.roleNames()).toEqual([]);
  m.record("a", ["web", "relay"], { atMs: 2_000 }, 2_000);
  m.record("b", ["cache"], { atMs: 2_000 }, 2_000);
  expect(m.roleNames()).toEqual(["cache", "relay", "web"]);
  expect(m.roleWindowOf("streaming")).toEqual([]);
});

test("heldSamples counts every node sample and every role point held", () => {
  const m = new Monitor(3, 4);
  expect(m.heldSamples).toBe(0);
  m.record("a", ["web"], { atMs: 2_000 }, 2_000); // a: 1, web: 1
  m.record("b", ["web", "relay"], { atMs: 2_000 }, 2_000); // b: 1, web: 2, relay: 1
  expect(m.heldSamples).toBe(5);
  for (let k = 2; k <= 10; k++) m.record("a", ["web"], { atMs: k * 2_000 }, k * 2_000); // a: 3 of 10, web: 4 of 11
  expect(m.heldSamples).toBe(3 + 1 + 4 + 1);
});

test("a role sum counts missing load fields as 0", () => {
  const m = new Monitor();
  m.record("a", ["web"], { atMs: 2_000, txBps: 5 }, 2_000);
  m.record("b", ["web"], { atMs: 2_000, rxBps: 7, linkCapacityBps: 1_000 }, 2_000);
  expect(m.roleWindowOf("web")).toEqual([
    { atMs: 2_000, nodes: 1, rxBps: 0, txBps: 5, capacityBps: 0 },
    { atMs: 2_000, nodes: 2, rxBps: 7, txBps: 5, capacityBps: 1_000 },
  ]);
});

test("a monitor that keeps no node samples still counts each node in its roles' sums, with no load", () => {
  const m = new Monitor(0, 10);
  m.record("a", ["web"], { atMs: 2_000, txBps: 5, rxBps: 7, linkCapacityBps: 1_000 }, 2_000);
  expect(m.window("a")).toEqual([]);
  expect(m.roleWindowOf("web")).toEqual([{ atMs: 2_000, nodes: 1, rxBps: 0, txBps: 0, capacityBps: 0 }]);
});

test("a node whose roles change moves its share: out of the old role, into the new, counted once per role", () => {
  const m = new Monitor(10, 10);
  m.record("a", ["web", "web"], { atMs: 2_000, txBps: 100, rxBps: 10, linkCapacityBps: 1000 }, 2_000);
  expect(m.roleWindowOf("web").at(-1)).toEqual({ atMs: 2_000, nodes: 1, rxBps: 10, txBps: 100, capacityBps: 1000 });
  m.record("b", ["web"], { atMs: 2_000, txBps: 5 }, 2_001);
  // The same sample again with new roles (a renewal changed them): no new point, but the share moves.
  m.record("a", ["cache"], { atMs: 2_000, txBps: 100, rxBps: 10, linkCapacityBps: 1000 }, 2_100);
  expect(m.roleWindowOf("cache")).toEqual([]);
  m.record("b", ["web"], { atMs: 4_000, txBps: 7 }, 4_000);
  expect(m.roleWindowOf("web").at(-1)).toEqual({ atMs: 4_000, nodes: 1, rxBps: 0, txBps: 7, capacityBps: 0 });
  m.record("a", ["cache", "web"], { atMs: 4_000, txBps: 30, linkCapacityBps: 500 }, 4_001);
  expect(m.roleWindowOf("cache").at(-1)).toEqual({ atMs: 4_001, nodes: 1, rxBps: 0, txBps: 30, capacityBps: 500 });
  expect(m.roleWindowOf("web").at(-1)).toEqual({ atMs: 4_001, nodes: 2, rxBps: 0, txBps: 37, capacityBps: 500 });
  m.forget("a", 5_000);
  m.forget("b", 5_001);
  expect(m.roleWindowOf("web").at(-1)).toEqual({ atMs: 5_001, nodes: 0, rxBps: 0, txBps: 0, capacityBps: 0 });
  expect(m.roleWindowOf("cache").at(-1)).toEqual({ atMs: 5_000, nodes: 0, rxBps: 0, txBps: 0, capacityBps: 0 });
});

test("a non-finite load value counts as 0 and does not poison the role's sum", () => {
  const m = new Monitor(10, 10);
  m.record("a", ["web"], { atMs: 2_000, txBps: Number.NaN, rxBps: Number.POSITIVE_INFINITY }, 2_000);
  m.record("b", ["web"], { atMs: 2_000, txBps: 5, rxBps: 1 }, 2_001);
  expect(m.roleWindowOf("web").at(-1)).toMatchObject({ nodes: 2, txBps: 5, rxBps: 1 });
  m.record("a", ["web"], { atMs: 4_000, txBps: 3, rxBps: 2 }, 4_000);
  expect(m.roleWindowOf("web").at(-1)).toMatchObject({ nodes: 2, txBps: 8, rxBps: 3 });
});

test("running sums equal a sum over every node's latest sample after thousands of random updates", () => {
  // The sum each point must show, counted here from scratch over a plain record of each node.
  let seed = 7;
  const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const m = new Monitor(5, 5);
  const truth = new Map<string, { roles: string[]; tx: number; rx: number; cap: number }>();
  const roleSets = [["web"], ["cache"], ["web", "cache"], []];
  for (let k = 1; k <= 5_000; k++) {
    const id = `n${Math.floor(rand() * 40)}`;
    if (rand() < 0.05) {
      m.forget(id, k);
      truth.delete(id);
      continue;
    }
    const roles = roleSets[Math.floor(rand() * roleSets.length)]!;
    const tx = Math.floor(rand() * 1e9);
    const rx = Math.floor(rand() * 1e6);
    const cap = Math.floor(rand() * 1e10);
    m.record(id, roles, { atMs: k, txBps: tx, rxBps: rx, linkCapacityBps: cap }, k);
    truth.set(id, { roles, tx, rx, cap });
    for (const role of roles) {
      const members = [...truth.values()].filter((t) => t.roles.includes(role));
      expect(m.roleWindowOf(role).at(-1)).toEqual({
        atMs: k, nodes: members.length,
        txBps: members.reduce((a, t) => a + t.tx, 0), rxBps: members.reduce((a, t) => a + t.rx, 0), capacityBps: members.reduce((a, t) => a + t.cap, 0),
      });
    }
  }
});

test("a repeat whose roles grow or change in part moves the node's share to exactly its new roles", () => {
  const m = new Monitor(10, 10);
  m.record("a", ["web"], { atMs: 2_000, txBps: 100 }, 2_000);
  // The same sample again, now also in "cache" (a renewal added a role): web keeps it, cache gains it.
  m.record("a", ["web", "cache"], { atMs: 2_000, txBps: 100 }, 2_100);
  m.record("b", ["web", "cache", "relay"], { atMs: 2_000, txBps: 1 }, 2_200);
  expect(m.roleWindowOf("web").at(-1)).toEqual({ atMs: 2_200, nodes: 2, rxBps: 0, txBps: 101, capacityBps: 0 });
  expect(m.roleWindowOf("cache").at(-1)).toEqual({ atMs: 2_200, nodes: 2, rxBps: 0, txBps: 101, capacityBps: 0 });
  // Again, "cache" swapped for "relay" while "web" stays first: cache loses the share, relay gains it.
  m.record("a", ["web", "relay"], { atMs: 2_000, txBps: 100 }, 2_300);
  m.record("b", ["web", "cache", "relay"], { atMs: 4_000, txBps: 2 }, 4_000);
  expect(m.roleWindowOf("web").at(-1)).toEqual({ atMs: 4_000, nodes: 2, rxBps: 0, txBps: 102, capacityBps: 0 });
  expect(m.roleWindowOf("cache").at(-1)).toEqual({ atMs: 4_000, nodes: 1, rxBps: 0, txBps: 2, capacityBps: 0 });
  expect(m.roleWindowOf("relay").at(-1)).toEqual({ atMs: 4_000, nodes: 2, rxBps: 0, txBps: 102, capacityBps: 0 });
});

test("a repeat with its roles unchanged leaves the role sums as they were, not even moved by rounding", () => {
  // Rates are fractional (bytes over a measured interval). 0.2 + 0.2 + 0.5 is 0.9 in doubles, but taking a
  // 0.2 out and putting it back gives 0.8999999999999999: a repeat must not touch the sums at all.
  const m = new Monitor(10, 10);
  m.record("a", ["web"], { atMs: 2_000, txBps: 0.2 }, 2_000);
  m.record("b", ["web"], { atMs: 2_000, txBps: 0.2 }, 2_001);
  m.record("c", ["web"], { atMs: 2_000, txBps: 0.5 }, 2_002);
  expect(m.roleWindowOf("web").at(-1)?.txBps).toBe(0.9);
  m.record("a", ["web"], { atMs: 2_000, txBps: 0.2, adaptors: [{ name: "web", state: pb.AdaptorState.ADAPTOR_RUNNING }] }, 2_100);
  m.record("d", ["web"], { atMs: 2_000, txBps: 0 }, 2_200);
  expect(m.roleWindowOf("web").at(-1)).toEqual({ atMs: 2_200, nodes: 4, rxBps: 0, txBps: 0.9, capacityBps: 0 });
});

test("a role every node left sums to exactly 0, whatever rounding its running sums carried", () => {
  // 0.1 + 0.2 - 0.1 - 0.2 is 2.8e-17 in doubles; the last node out resets the totals instead.
  const m = new Monitor(10, 10);
  m.record("a", ["web"], { atMs: 2_000, txBps: 0.1, rxBps: 0.1, linkCapacityBps: 1_000 }, 2_000);
  m.record("b", ["web"], { atMs: 2_000, txBps: 0.2, rxBps: 0.2, linkCapacityBps: 1_000 }, 2_001);
  m.forget("a", 3_000);
  m.forget("b", 3_001);
  expect(m.roleWindowOf("web").at(-1)).toEqual({ atMs: 3_001, nodes: 0, rxBps: 0, txBps: 0, capacityBps: 0 });
});
