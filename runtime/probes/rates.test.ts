import { expect, test } from "bun:test";
import type { DiskCounters } from "./diskstats.ts";
import type { NetDevCounters } from "./net-dev.ts";
import type { CpuTimes } from "./proc-stat.ts";
import { cpuFractions, diskRates, interfaceRates, ZERO_CPU_FRACTIONS, ZERO_DISK_RATES, ZERO_INTERFACE_RATES } from "./rates.ts";

const T32 = 2 ** 32;
const net = (c: Partial<NetDevCounters> = {}): NetDevCounters => ({
  rxBytes: 0, rxPackets: 0, rxErrors: 0, rxDrops: 0, txBytes: 0, txPackets: 0, txErrors: 0, txDrops: 0, ...c,
});

test.each([
  ["first sample (no predecessor)", undefined, net({ rxBytes: 1e9 }), 2000, ZERO_INTERFACE_RATES],
  ["period 0", net(), net({ rxBytes: 1e6 }), 0, ZERO_INTERFACE_RATES],
  ["negative period (clock stepped back)", net(), net({ rxBytes: 1e6 }), -2000, ZERO_INTERFACE_RATES],
  ["NaN period", net(), net({ rxBytes: 1e6 }), Number.NaN, ZERO_INTERFACE_RATES],
  [
    "every counter over 2 s",
    net({ rxBytes: 1000, rxPackets: 10, rxErrors: 1, rxDrops: 2, txBytes: 500, txPackets: 5 }),
    net({ rxBytes: 251000, rxPackets: 510, rxErrors: 3, rxDrops: 6, txBytes: 125500, txPackets: 255, txErrors: 4, txDrops: 1 }),
    2000,
    { rxBps: 1e6, txBps: 5e5, rxPps: 250, txPps: 125, rxErrorsPs: 1, txErrorsPs: 2, rxDropsPs: 2, txDropsPs: 0.5 },
  ],
  [
    "32-bit byte and packet counters wrapping",
    net({ rxBytes: T32 - 1e6, rxPackets: T32 - 10 }),
    net({ rxBytes: 1e6, rxPackets: 990 }),
    2000,
    { ...ZERO_INTERFACE_RATES, rxBps: 8e6, rxPps: 500 },
  ],
  [
    "64-bit byte counter wrapping (bigint)",
    net({ txBytes: 18446744073709551000n }),
    net({ txBytes: 1249384 }),
    1000,
    { ...ZERO_INTERFACE_RATES, txBps: 1e7 },
  ],
  ["counter reset (interface re-created)", net({ rxBytes: 5e9 }), net({ rxBytes: 3000 }), 1000, { ...ZERO_INTERFACE_RATES, rxBps: 24000 }],
  ["fractional period", net(), net({ rxBytes: 1000 }), 2082, { ...ZERO_INTERFACE_RATES, rxBps: 8000 / 2.082 }],
] as const)("interfaceRates: %s", (_what, prev, cur, periodMs, want) => {
  const got = interfaceRates(prev, cur, periodMs);
  for (const [k, v] of Object.entries(want)) expect(got[k as keyof typeof got]).toBeCloseTo(v, 9);
});

const cpu = (c: Partial<CpuTimes> = {}): CpuTimes => ({ user: 0, nice: 0, system: 0, idle: 0, iowait: 0, irq: 0, softirq: 0, steal: 0, ...c });

test.each([
  ["first sample: all zero, busy too", undefined, cpu({ user: 500, idle: 500 }), ZERO_CPU_FRACTIONS],
  ["no tick elapsed", cpu({ user: 5, idle: 5 }), cpu({ user: 5, idle: 5 }), ZERO_CPU_FRACTIONS],
  ["all idle", cpu(), cpu({ idle: 200 }), { ...ZERO_CPU_FRACTIONS, idle: 1 }],
  ["half user", cpu(), cpu({ user: 100, idle: 100 }), { ...ZERO_CPU_FRACTIONS, user: 0.5, idle: 0.5, busy: 0.5 }],
  ["iowait is not busy", cpu(), cpu({ system: 50, iowait: 50, idle: 100 }), { ...ZERO_CPU_FRACTIONS, system: 0.25, iowait: 0.25, idle: 0.5, busy: 0.25 }],
  [
    "every mode",
    cpu({ user: 1000, nice: 1000, system: 1000, idle: 1000, iowait: 1000, irq: 1000, softirq: 1000, steal: 1000 }),
    cpu({ user: 1040, nice: 1010, system: 1020, idle: 1080, iowait: 1020, irq: 1005, softirq: 1015, steal: 1010 }),
    { user: 0.2, nice: 0.05, system: 0.1, idle: 0.4, iowait: 0.1, irq: 0.025, softirq: 0.075, steal: 0.05, busy: 0.5 },
  ],
  ["steal counts as busy", cpu(), cpu({ steal: 30, idle: 70 }), { ...ZERO_CPU_FRACTIONS, steal: 0.3, idle: 0.7, busy: 0.3 }],
  [
    "a mode going backwards (NO_HZ iowait) counts 0",
    cpu({ user: 100, idle: 100, iowait: 50 }),
    cpu({ user: 200, idle: 200, iowait: 40 }),
    { ...ZERO_CPU_FRACTIONS, user: 0.5, idle: 0.5, busy: 0.5 },
  ],
  [
    "2.6.32 fixture, all CPUs (cpu3 frozen offline)",
    cpu({ user: 148271602, nice: 3862, system: 32839506, idle: 1882049379, iowait: 7641974, irq: 17047, softirq: 497529 }),
    cpu({ user: 148271762, nice: 3862, system: 32839566, idle: 1882049725, iowait: 7642004, irq: 17048, softirq: 497532 }),
    { user: 160 / 600, nice: 0, system: 60 / 600, idle: 346 / 600, iowait: 30 / 600, irq: 1 / 600, softirq: 3 / 600, steal: 0, busy: 224 / 600 },
  ],
] as const)("cpuFractions: %s", (_what, prev, cur, want) => {
  const got = cpuFractions(prev, cur);
  for (const [k, v] of Object.entries(want)) expect(got[k as keyof typeof got]).toBeCloseTo(v, 12);
});

test("cpuFractions sum to 1 and busy is 1 - idle - iowait", () => {
  const f = cpuFractions(cpu({ user: 3, idle: 7 }), cpu({ user: 120, nice: 7, system: 33, idle: 91, iowait: 12, irq: 3, softirq: 9, steal: 4 }));
  expect(f.user + f.nice + f.system + f.idle + f.iowait + f.irq + f.softirq + f.steal).toBeCloseTo(1, 12);
  expect(f.busy).toBeCloseTo(1 - f.idle - f.iowait, 12);
});

const disk = (c: Partial<DiskCounters> = {}): DiskCounters => ({
  major: 8, minor: 0, name: "sda", fields: 20, readsCompleted: 0, sectorsRead: 0, writesCompleted: 0, sectorsWritten: 0, ioMs: 0, ...c,
});

test.each([
  ["first sample", undefined, disk({ sectorsRead: 1e6, ioMs: 1e6 }), 2000, ZERO_DISK_RATES],
  ["period 0", disk(), disk({ sectorsRead: 8 }), 0, ZERO_DISK_RATES],
  [
    "reads, writes and busy over 2 s",
    disk({ readsCompleted: 10, sectorsRead: 100, writesCompleted: 20, sectorsWritten: 200, ioMs: 1000 }),
    disk({ readsCompleted: 110, sectorsRead: 1700, writesCompleted: 320, sectorsWritten: 4200, ioMs: 2500 }),
    2000,
    { readBytesPs: 409600, writeBytesPs: 1024000, readIops: 50, writeIops: 150, busy: 0.75 },
  ],
  ["io_ticks wrapping at 2^32 ms", disk({ ioMs: T32 - 1000 }), disk({ ioMs: 500 }), 2000, { ...ZERO_DISK_RATES, busy: 0.75 }],
  ["32-bit completion counter wrapping", disk({ writesCompleted: T32 - 100 }), disk({ writesCompleted: 200 }), 1000, { ...ZERO_DISK_RATES, writeIops: 300 }],
  ["busy never above 1 (io_ticks runs a jiffy ahead)", disk({ ioMs: 0 }), disk({ ioMs: 2004 }), 2000, { ...ZERO_DISK_RATES, busy: 1 }],
  ["device re-attached (counters reset)", disk({ sectorsRead: 5e6 }), disk({ sectorsRead: 8 }), 1000, { ...ZERO_DISK_RATES, readBytesPs: 4096 }],
] as const)("diskRates: %s", (_what, prev, cur, periodMs, want) => {
  const got = diskRates(prev, cur, periodMs);
  for (const [k, v] of Object.entries(want)) expect(got[k as keyof typeof got]).toBeCloseTo(v, 9);
});

test("the zero constants are frozen and results are fresh objects", () => {
  expect(Object.isFrozen(ZERO_INTERFACE_RATES)).toBe(true);
  const a = cpuFractions(undefined, cpu());
  a.busy = 5;
  expect(ZERO_CPU_FRACTIONS.busy).toBe(0);
});
