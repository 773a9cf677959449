/**
 * Rates and fractions from two readings of the kernel's counters.
 *
 * Every function takes the previous reading (undefined when there is none) and the
 * current one. With no previous reading, or a period that is not positive, every
 * rate and fraction is 0 — including CPU busy and idle: "no data" is never dressed
 * up as "idle" or "saturated". NodeStatus says which case it is with period_ms = 0.
 *
 * Counter differences go through `counterDelta`, so wrap-around of 32- and 64-bit
 * counters and resets are handled there. CPU ticks are 64-bit and never wrap in
 * practice; a mode whose ticks went down (iowait does on some NO_HZ kernels, and a
 * CPU brought back online starts again) contributes 0.
 */
import { counterDelta } from "./counter.ts";
import { SECTOR_BYTES, type DiskCounters } from "./diskstats.ts";
import type { NetDevCounters } from "./net-dev.ts";
import type { CpuTimes } from "./proc-stat.ts";

export interface InterfaceRates {
  /** Bits per second. */
  rxBps: number;
  txBps: number;
  /** Packets per second. */
  rxPps: number;
  txPps: number;
  rxErrorsPs: number;
  txErrorsPs: number;
  rxDropsPs: number;
  txDropsPs: number;
}

export const ZERO_INTERFACE_RATES: Readonly<InterfaceRates> = Object.freeze({
  rxBps: 0, txBps: 0, rxPps: 0, txPps: 0, rxErrorsPs: 0, txErrorsPs: 0, rxDropsPs: 0, txDropsPs: 0,
});

/** Per-second rates of one interface over periodMs. */
export function interfaceRates(prev: NetDevCounters | undefined, cur: NetDevCounters, periodMs: number): InterfaceRates {
  if (!prev || !(periodMs > 0)) return { ...ZERO_INTERFACE_RATES };
  const perS = 1000 / periodMs;
  return {
    rxBps: counterDelta(prev.rxBytes, cur.rxBytes) * 8 * perS,
    txBps: counterDelta(prev.txBytes, cur.txBytes) * 8 * perS,
    rxPps: counterDelta(prev.rxPackets, cur.rxPackets) * perS,
    txPps: counterDelta(prev.txPackets, cur.txPackets) * perS,
    rxErrorsPs: counterDelta(prev.rxErrors, cur.rxErrors) * perS,
    txErrorsPs: counterDelta(prev.txErrors, cur.txErrors) * perS,
    rxDropsPs: counterDelta(prev.rxDrops, cur.rxDrops) * perS,
    txDropsPs: counterDelta(prev.txDrops, cur.txDrops) * perS,
  };
}

/** Fractions of the elapsed CPU time, 0..1, by mode; busy = 1 - idle - iowait. */
export type CpuFractions = CpuTimes & { busy: number };

export const ZERO_CPU_FRACTIONS: Readonly<CpuFractions> = Object.freeze({
  user: 0, nice: 0, system: 0, idle: 0, iowait: 0, irq: 0, softirq: 0, steal: 0, busy: 0,
});

/**
 * How the ticks between two readings split across modes. For the "cpu" line
 * that is the average over all CPUs. No previous reading, or no tick elapsed
 * (two readings within one 10 ms tick), gives all zeros.
 */
export function cpuFractions(prev: CpuTimes | undefined, cur: CpuTimes): CpuFractions {
  if (!prev) return { ...ZERO_CPU_FRACTIONS };
  const d = (a: number, b: number) => Math.max(0, b - a);
  const user = d(prev.user, cur.user);
  const nice = d(prev.nice, cur.nice);
  const system = d(prev.system, cur.system);
  const idle = d(prev.idle, cur.idle);
  const iowait = d(prev.iowait, cur.iowait);
  const irq = d(prev.irq, cur.irq);
  const softirq = d(prev.softirq, cur.softirq);
  const steal = d(prev.steal, cur.steal);
  const total = user + nice + system + idle + iowait + irq + softirq + steal;
  if (!(total > 0)) return { ...ZERO_CPU_FRACTIONS };
  return {
    user: user / total,
    nice: nice / total,
    system: system / total,
    idle: idle / total,
    iowait: iowait / total,
    irq: irq / total,
    softirq: softirq / total,
    steal: steal / total,
    // Computed from the busy ticks rather than as 1 - idle - iowait in floating
    // point, so a fully idle CPU reads exactly 0 — the same quantity.
    busy: (total - idle - iowait) / total,
  };
}

export interface DiskRates {
  /** Bytes (not bits) per second. */
  readBytesPs: number;
  writeBytesPs: number;
  readIops: number;
  writeIops: number;
  /** Fraction of the period with I/O in flight, 0..1 (iostat's %util / 100). */
  busy: number;
}

export const ZERO_DISK_RATES: Readonly<DiskRates> = Object.freeze({
  readBytesPs: 0, writeBytesPs: 0, readIops: 0, writeIops: 0, busy: 0,
});

/** Per-second rates of one block device over periodMs. */
export function diskRates(prev: DiskCounters | undefined, cur: DiskCounters, periodMs: number): DiskRates {
  if (!prev || !(periodMs > 0)) return { ...ZERO_DISK_RATES };
  const perS = 1000 / periodMs;
  return {
    readBytesPs: counterDelta(prev.sectorsRead, cur.sectorsRead) * SECTOR_BYTES * perS,
    writeBytesPs: counterDelta(prev.sectorsWritten, cur.sectorsWritten) * SECTOR_BYTES * perS,
    readIops: counterDelta(prev.readsCompleted, cur.readsCompleted) * perS,
    writeIops: counterDelta(prev.writesCompleted, cur.writesCompleted) * perS,
    // io_ticks is sampled on jiffies, so it can run a tick ahead of our clock.
    busy: Math.min(1, counterDelta(prev.ioMs, cur.ioMs) / periodMs),
  };
}
