import { describe, expect, test } from "bun:test";
import { pb } from "../../proto/index.ts";
import { effectiveCapacityBps, nodeSampleFromStatus, sumTxBps, type NodeSample } from "./sample.ts";

describe("nodeSampleFromStatus", () => {
  test("takes tx and link capacity from a NodeStatus that crossed the wire", () => {
    const wire = pb.NodeStatus.encode(
      pb.NodeStatus.create({ serviceId: "node-7", atMs: 1_000, periodMs: 2_000, rxBps: 1e6, txBps: 87.5e6, linkCapacityBps: 100e6 }),
    ).finish();
    const sample = nodeSampleFromStatus(pb.NodeStatus.decode(wire), { roles: ["streaming"], ready: true });
    expect(sample).toEqual({ serviceId: "node-7", roles: ["streaming"], txBps: 87.5e6, capacityBps: 100e6, ready: true });
  });

  test.each([
    ["missing rates", {}, 0, 0],
    ["negative tx", { txBps: -5 }, 0, 0],
    ["NaN tx", { txBps: Number.NaN }, 0, 0],
    ["unknown capacity", { txBps: 3e6, linkCapacityBps: 0 }, 3e6, 0],
  ])("%s count as 0", (_name, status, tx, capacity) => {
    const s = nodeSampleFromStatus({ serviceId: "n", ...status }, { roles: [], ready: false });
    expect(s.txBps).toBe(tx);
    expect(s.capacityBps).toBe(capacity);
  });
});

describe("pool sums", () => {
  const node = (txBps: number, capacityBps: number): NodeSample => ({ serviceId: "n", roles: [], txBps, capacityBps, ready: true });

  test("SUM_L adds every node's tx", () => {
    expect(sumTxBps([node(10, 100), node(25, 100), node(0, 100)])).toBe(35);
    expect(sumTxBps([])).toBe(0);
  });

  test.each([
    [100e6, 1e9, 100e6],
    [0, 1e9, 1e9],
  ])("capacity %d with default %d plans with %d", (reported, fallback, expected) => {
    expect(effectiveCapacityBps(node(0, reported), fallback)).toBe(expected);
  });
});
