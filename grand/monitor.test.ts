import { expect, test } from "bun:test";
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

test("the same sample arriving twice (telemetry and Status) is kept once", () => {
  const m = new Monitor();
  m.record("a", [], { atMs: 5, txBps: 1 }, 5);
  m.record("a", [], { atMs: 5, txBps: 1 }, 5);
  expect(m.window("a").length).toBe(1);
});

test("memory stays flat: a day of samples from 50 nodes holds at most the window sizes", () => {
  const m = new Monitor(300, 300);
  for (let t = 0; t < 43_200; t++) {
    for (let n = 0; n < 50; n++) m.record(`n${n}`, ["streaming"], { atMs: t, txBps: n }, t);
  }
  expect(m.samplesSeen).toBe(43_200 * 50);
  expect(m.heldSamples).toBe(50 * 300 + 300);
});
