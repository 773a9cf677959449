/**
 * /proc/stat: CPU time by mode since boot, in USER_HZ ticks (1/100 s on every
 * architecture we run on; only ratios are used, so the unit does not matter).
 *
 *   cpu  121361 0 8658 84330 654 0 103 223 0 0      all CPUs together
 *   cpu0 57380 0 4214 45762 153 0 29 106 0 0        one line per online CPU
 *   intr 800311 0 0 …                               (other lines are ignored)
 *
 * Columns, in order, and the kernel that added them:
 *   user nice system idle (2.4) · iowait irq softirq (2.6.0) · steal (2.6.11)
 *   · guest (2.6.24) · guest_nice (2.6.33).
 * Missing trailing columns read as 0, so 2.4 and 2.6.x lines parse; a line needs at
 * least the first four. guest and guest_nice are already included in user and nice,
 * so they are not read (adding them would count guest time twice). An offline CPU
 * has no line at all. A malformed cpu line is skipped.
 */

export const CPU_MODES = ["user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal"] as const;

/** Ticks spent in each mode. */
export type CpuTimes = Record<(typeof CPU_MODES)[number], number>;

export interface ProcStat {
  /** The "cpu" line: all CPUs together; undefined when the line is missing or malformed. */
  total: CpuTimes | undefined;
  /** "cpuN" lines by N, for online CPUs. */
  perCpu: Map<number, CpuTimes>;
}

const TICKS = /^\d{1,19}$/;
/** CONFIG_NR_CPUS is at most 8192, so a CPU number has at most four digits. */
const CPU_N = /^cpu(\d{1,4})$/;
const WS = /\s+/;

function cpuTimes(tokens: string[]): CpuTimes | undefined {
  if (tokens.length < 5) return undefined;
  const v = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 8; i++) {
    const t = tokens[i + 1];
    if (t === undefined) break;
    if (!TICKS.test(t)) return undefined;
    v[i] = Number(t);
  }
  return { user: v[0]!, nice: v[1]!, system: v[2]!, idle: v[3]!, iowait: v[4]!, irq: v[5]!, softirq: v[6]!, steal: v[7]! };
}

/** Parses /proc/stat text. Never throws; what cannot be read is left out. */
export function parseProcStat(text: string): ProcStat {
  const out: ProcStat = { total: undefined, perCpu: new Map() };
  for (const line of text.split("\n")) {
    // Cheap test first: the intr line can be thousands of columns long.
    if (!line.startsWith("cpu")) continue;
    const tokens = line.trim().split(WS);
    const times = cpuTimes(tokens);
    if (!times) continue;
    if (tokens[0] === "cpu") {
      out.total = times;
      continue;
    }
    const m = CPU_N.exec(tokens[0]!);
    if (m) out.perCpu.set(Number(m[1]), times);
  }
  return out;
}

/** Sum of every mode: the ticks that passed (times the number of CPUs, for "cpu"). */
export function totalTicks(t: CpuTimes): number {
  return t.user + t.nice + t.system + t.idle + t.iowait + t.irq + t.softirq + t.steal;
}
