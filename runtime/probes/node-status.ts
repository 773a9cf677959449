/**
 * NodeStatus — the paper's L(t) — from two snapshots: a pure function.
 *
 * period_ms is the time between the two snapshots. It is 0 when there is no
 * previous snapshot (the first sample) or time did not move forward (the clock
 * stepped back); then every rate and CPU fraction is 0 and only the levels are
 * real: counters (rx_bytes, tx_bytes), memory, load, file systems, link speeds.
 * Receivers must read period_ms = 0 as "no rates yet", not as an idle node.
 *
 * Units: interface rates in bits (bps) and packets / errors / drops per second;
 * disk read_bps / write_bps in BYTES per second (iostat's convention); CPU and disk
 * busy as fractions 0..1. rx_bps / tx_bps are summed over non-loopback interfaces
 * (a bond and its slaves, or a bridge and its ports, are both counted);
 * link_capacity_bps over non-loopback interfaces with a known capacity.
 *
 * per_cpu_busy is indexed by CPU number, up to the highest online CPU; an offline
 * CPU below it (no line in /proc/stat) and a CPU just come online read 0.
 */
import type { lama } from "../../proto/index.ts";
import { counterValue } from "./counter.ts";
import { linkCapacityBps, type LinkSpeedSetting } from "./link-speed.ts";
import { CPU_MODES, type CpuTimes, type ProcStat } from "./proc-stat.ts";
import { cpuFractions, diskRates, interfaceRates } from "./rates.ts";
import type { Snapshot } from "./snapshot.ts";

export interface NodeStatusOptions {
  serviceId: string;
  /** Link capacity override (see link-speed.ts). */
  linkSpeedBps?: LinkSpeedSetting;
}

const UINT32_MAX = 2 ** 32 - 1;
// Stryker disable next-line ObjectLiteral: read only with a previous reading, which always has every mode
const ZERO_TIMES: CpuTimes = Object.freeze({ user: 0, nice: 0, system: 0, idle: 0, iowait: 0, irq: 0, softirq: 0, steal: 0 });

/** The "cpu" line, or the sum of the per-CPU lines when it is missing. */
function allCpus(stat: ProcStat): CpuTimes | undefined {
  if (stat.total) return stat.total;
  // Stryker disable next-line ConditionalExpression: without per-CPU lines the sum is all zeros, which reads as "no CPU time passed", as undefined does
  if (stat.perCpu.size === 0) return undefined;
  const sum: CpuTimes = { user: 0, nice: 0, system: 0, idle: 0, iowait: 0, irq: 0, softirq: 0, steal: 0 };
  for (const t of stat.perCpu.values()) for (const m of CPU_MODES) sum[m] += t[m];
  return sum;
}

/** Builds the NodeStatus for `cur`, with rates since `prev` (undefined: the first sample). */
export function buildNodeStatus(prev: Snapshot | undefined, cur: Snapshot, opts: NodeStatusOptions): lama.v1.INodeStatus {
  // Stryker disable next-line EqualityOperator: at equal times the difference is 0 either way
  const periodMs = prev && cur.atMs > prev.atMs ? cur.atMs - prev.atMs : 0;
  const before = periodMs > 0 ? prev : undefined;

  const curAll = allCpus(cur.cpu);
  const cpu = curAll ? cpuFractions(before && allCpus(before.cpu), curAll) : cpuFractions(undefined, ZERO_TIMES);
  let maxCpu = -1;
  for (const n of cur.cpu.perCpu.keys()) maxCpu = Math.max(maxCpu, n);
  const perCpuBusy: number[] = new Array<number>(maxCpu + 1).fill(0);
  for (const [n, t] of cur.cpu.perCpu) perCpuBusy[n] = cpuFractions(before?.cpu.perCpu.get(n), t).busy;

  const interfaces: lama.v1.IInterfaceStatus[] = [];
  let rxBps = 0;
  let txBps = 0;
  let linkCapacity = 0;
  for (const [name, c] of cur.net) {
    const r = interfaceRates(before?.net.get(name), c, periodMs);
    const link = cur.links.get(name);
    const loopback = link?.loopback ?? name === "lo";
    const capacity = linkCapacityBps(name, link?.sysfsSpeedBps, loopback, opts.linkSpeedBps);
    if (!loopback) {
      rxBps += r.rxBps;
      txBps += r.txBps;
      if (capacity !== undefined) linkCapacity += capacity;
    }
    interfaces.push({
      name,
      ...r,
      rxBytes: counterValue(c.rxBytes),
      txBytes: counterValue(c.txBytes),
      speedBps: capacity ?? 0,
    });
  }

  const disks: lama.v1.IDiskStatus[] = [];
  for (const [name, d] of cur.disks) {
    const r = diskRates(before?.disks.get(name), d, periodMs);
    disks.push({ name, readBps: r.readBytesPs, writeBps: r.writeBytesPs, readIops: r.readIops, writeIops: r.writeIops, busy: r.busy });
  }

  const m = cur.memory;
  const l = cur.load;
  return {
    serviceId: opts.serviceId,
    atMs: cur.atMs,
    // period_ms is a uint32; a gap of more than 49 days between samples saturates.
    periodMs: Math.min(UINT32_MAX, Math.round(periodMs)),
    cpu: {
      user: cpu.user,
      nice: cpu.nice,
      system: cpu.system,
      idle: cpu.idle,
      iowait: cpu.iowait,
      irq: cpu.irq,
      softirq: cpu.softirq,
      steal: cpu.steal,
      busy: cpu.busy,
      perCpuBusy,
    },
    memory: {
      totalBytes: m.totalBytes,
      availableBytes: m.availableBytes,
      freeBytes: m.freeBytes,
      buffersBytes: m.buffersBytes,
      cachedBytes: m.cachedBytes,
      swapTotalBytes: m.swapTotalBytes,
      swapFreeBytes: m.swapFreeBytes,
    },
    load: { one: l?.one ?? 0, five: l?.five ?? 0, fifteen: l?.fifteen ?? 0, running: l?.running ?? 0, total: l?.total ?? 0 },
    interfaces,
    disks,
    filesystems: cur.filesystems.map((f) => ({
      mount: f.mountPoint,
      type: f.fsType,
      sizeBytes: f.usage.sizeBytes,
      usedBytes: f.usage.usedBytes,
      availableBytes: f.usage.availableBytes,
    })),
    rxBps,
    txBps,
    linkCapacityBps: linkCapacity,
  };
}
