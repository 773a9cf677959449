import { expect, test } from "bun:test";
import type { MemInfo } from "./meminfo.ts";
import type { NetDevCounters } from "./net-dev.ts";
import { buildNodeStatus } from "./node-status.ts";
import type { CpuTimes } from "./proc-stat.ts";
import type { Snapshot } from "./snapshot.ts";

const NO_MEMORY: MemInfo = {
  totalBytes: 0, freeBytes: 0, availableBytes: 0, buffersBytes: 0, cachedBytes: 0, swapTotalBytes: 0, swapFreeBytes: 0, availableEstimated: false,
};

/** A snapshot with nothing in it but what `over` gives. */
function snap(atMs: number, over: Partial<Snapshot> = {}): Snapshot {
  return {
    atMs, net: new Map(), links: new Map(), cpu: { total: undefined, perCpu: new Map() }, memory: NO_MEMORY,
    load: undefined, disks: new Map(), filesystems: [], ...over,
  };
}

const cpu = (user: number, idle: number, system = 0): CpuTimes => ({ user, nice: 0, system, idle, iowait: 0, irq: 0, softirq: 0, steal: 0 });
const net = (rxBytes: number, txBytes: number): NetDevCounters => ({
  rxBytes, rxPackets: 0, rxErrors: 0, rxDrops: 0, txBytes, txPackets: 0, txErrors: 0, txDrops: 0,
});

test("a gap of more than 2^32 - 1 ms saturates period_ms (a uint32)", () => {
  const s = buildNodeStatus(snap(0), snap(2 ** 32 + 5000), { serviceId: "n" });
  expect(s.periodMs).toBe(4294967295);
});

test("without the cpu line, the per-CPU lines are summed", () => {
  // cpu0: +10 user, +5 system, +85 idle; cpu1: +40 user, +15 system, +45 idle → 50 user, 20 system, 130 idle of 200
  const prev = snap(1000, { cpu: { total: undefined, perCpu: new Map([[0, cpu(10, 90, 1)], [1, cpu(30, 70, 2)]]) } });
  const cur = snap(3000, { cpu: { total: undefined, perCpu: new Map([[0, cpu(20, 175, 6)], [1, cpu(70, 115, 17)]]) } });
  const s = buildNodeStatus(prev, cur, { serviceId: "n" });
  expect(s.cpu).toMatchObject({ user: 0.25, system: 0.1, idle: 0.65, busy: 0.35 });
  expect(s.cpu!.perCpuBusy).toEqual([0.15, 0.55]);
});

test("with sysfs silent, an interface is loopback by its name lo alone", () => {
  // links is empty: /sys/class/net said nothing about either interface
  const prev = snap(1000, { net: new Map([["lo", net(0, 0)], ["eth0", net(0, 0)]]) });
  const cur = snap(2000, { net: new Map([["lo", net(1000, 1000)], ["eth0", net(500, 250)]]) });
  const s = buildNodeStatus(prev, cur, { serviceId: "n", linkSpeedBps: 1e9 });
  expect(s.rxBps).toBe(500 * 8);
  expect(s.txBps).toBe(250 * 8);
  expect(s.linkCapacityBps).toBe(1e9); // eth0 gets the default; lo never does
  expect(s.interfaces!.map((i) => [i.name, i.rxBps, i.speedBps])).toEqual([["lo", 8000, 0], ["eth0", 4000, 1e9]]);
});
