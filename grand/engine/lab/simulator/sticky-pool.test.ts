import { describe, expect, test } from "bun:test";
import { StickyPool, type Balance } from "./sticky-pool.ts";

// 132 kbps streams, SLA line 98 Mbps (742.4 streams), equal weights.
const STREAM = 132_000;
const SLA = 98e6;
const open = (...slots: number[]) => slots.map((slot) => ({ slot, weight: 100 }));
const pool = (balance: Balance, maxStreams = 742, sessionPeriods = 0) => new StickyPool(4, STREAM, maxStreams, SLA, balance, sessionPeriods);
const counts = (p: StickyPool) => Array.from(p.listeners).map((x) => Math.round(x * 1e6) / 1e6);

describe("sticky pool", () => {
  test("listeners stay where they joined; leastconn sends arrivals to the emptier node first", () => {
    const p = pool("leastconn");
    p.step(300, [], open(0), [0]); // 300 arrive on the only ready node
    p.step(400, [], open(0, 1), [0, 1]); // node 1 is ready: the next 100 all go there
    expect(counts(p)).toEqual([300, 100, 0, 0]);
    p.step(700, [], open(0, 1), [0, 1]); // 200 more to even them up, the last 100 split
    expect(counts(p)).toEqual([350, 350, 0, 0]);
  });

  test("roundrobin splits arrivals by weight whatever each node carries", () => {
    const p = pool("roundrobin");
    p.step(300, [], open(0), [0]);
    p.step(400, [], open(0, 1), [0, 1]);
    expect(counts(p)).toEqual([350, 50, 0, 0]);
  });

  test("a starting node gets no one; a full node refuses, and the refused wait and come back", () => {
    const p = pool("leastconn");
    p.step(700, [], open(0), [0]);
    const full = p.step(800, [], open(0), [0]); // only 42 more fit under 742; node 1 is still starting
    expect(full).toEqual({ waiting: 58, cut: 0, belowRate: 0, violation: true });
    const back = p.step(800, [], open(0, 1), [0, 1]); // node 1 ready: the 58 are placed
    expect(back).toEqual({ waiting: 0, cut: 0, belowRate: 0, violation: false });
    expect(counts(p)).toEqual([742, 58, 0, 0]);
  });

  test("roundrobin passes a full node's share on to the others", () => {
    const p = pool("roundrobin");
    p.step(730, [], open(0), [0]);
    p.step(830, [], open(0, 1), [0, 1]); // 50 each by weight, but node 0 has room for 12: 88 to node 1
    expect(counts(p)).toEqual([742, 88, 0, 0]);
  });

  test("departures leave from where they are, in proportion", () => {
    const p = pool("leastconn");
    p.step(300, [], open(0), [0]);
    p.step(400, [], open(0, 1), [0, 1]);
    p.step(300, [], open(0, 1), [0, 1]); // a quarter leave: 225 and 75 stay
    expect(counts(p)).toEqual([225, 75, 0, 0]);
  });

  test("a drained node keeps its listeners until its Stop cuts them; they reconnect to the open nodes", () => {
    const p = pool("leastconn");
    p.step(600, [], open(0, 1), [0, 1]);
    // Node 1 drains: no arrivals; its 300 stay and are served.
    const draining = p.step(700, [], open(0), [0, 1]);
    expect(counts(p)).toEqual([400, 300, 0, 0]);
    expect(draining.violation).toBe(false);
    const stopped = p.step(700, [1], open(0), [0]); // cut: 300 come back through the dispatcher
    expect(stopped).toEqual({ waiting: 0, cut: 300, belowRate: 0, violation: false });
    expect(counts(p)).toEqual([700, 0, 0, 0]);
  });

  test("a node above the SLA line serves its listeners below the stream rate", () => {
    const p = pool("leastconn", 750); // the paper's 750-client limit is above the 742.4-stream line
    const r = p.step(750, [], open(0), [0]);
    expect(r).toEqual({ waiting: 0, cut: 0, belowRate: 750, violation: true });
    expect(p.txBps(0, 100e6)).toBe(99e6);
    expect(p.txBps(0, 90e6)).toBe(90e6); // never more than its link
  });

  test("churn: with a mean session of 100 periods, 1 % leave each period and as many arrive by the dispatcher", () => {
    const p = pool("leastconn", 742, 100);
    p.step(600, [], open(0), [0]);
    p.step(600, [], open(0, 1), [0, 1]); // 6 leave node 0 (594 stay); 6 arrive on node 1
    expect(counts(p)).toEqual([594, 6, 0, 0]);
  });

  test("with no node open everyone waits", () => {
    const p = pool("leastconn");
    expect(p.step(10, [], [], [])).toEqual({ waiting: 10, cut: 0, belowRate: 0, violation: true });
  });
});
