import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseProcStat, totalTicks } from "./proc-stat.ts";

const fixture = (p: string) => readFileSync(join(import.meta.dir, "fixtures", p), "utf8");

test("this kernel's capture: 10 columns, 2 CPUs", () => {
  const s = parseProcStat(fixture("linux-6.18/t0/proc/stat"));
  expect(s.total).toEqual({ user: 128308, nice: 0, system: 9306, idle: 89745, iowait: 711, irq: 0, softirq: 109, steal: 231 });
  expect([...s.perCpu.keys()]).toEqual([0, 1]);
  // The kernel rounds each line from nanoseconds separately: at most a tick per mode and CPU apart.
  const perCpuSum = totalTicks(s.perCpu.get(0)!) + totalTicks(s.perCpu.get(1)!);
  expect(Math.abs(perCpuSum - totalTicks(s.total!))).toBeLessThanOrEqual(16);
});

test("2.6.32 capture: 9 columns, then cpu3 offline", () => {
  const t0 = parseProcStat(fixture("linux-2.6.32-i686/t0/proc/stat"));
  const t1 = parseProcStat(fixture("linux-2.6.32-i686/t1/proc/stat"));
  expect([...t0.perCpu.keys()]).toEqual([0, 1, 2, 3]);
  expect([...t1.perCpu.keys()]).toEqual([0, 1, 2]);
  expect(t0.perCpu.get(3)).toEqual({ user: 33901234, nice: 765, system: 6543210, idle: 477345678, iowait: 1543210, irq: 1123, softirq: 76543, steal: 0 });
});

test.each([
  ["2.4: four columns", "cpu  10 20 30 40", { user: 10, nice: 20, system: 30, idle: 40, iowait: 0, irq: 0, softirq: 0, steal: 0 }],
  ["2.6.0: seven columns", "cpu  1 2 3 4 5 6 7", { user: 1, nice: 2, system: 3, idle: 4, iowait: 5, irq: 6, softirq: 7, steal: 0 }],
  ["2.6.11: eight columns", "cpu  1 2 3 4 5 6 7 8", { user: 1, nice: 2, system: 3, idle: 4, iowait: 5, irq: 6, softirq: 7, steal: 8 }],
  ["guest and guest_nice are not added (already in user and nice)", "cpu  1 2 3 4 5 6 7 8 900 900", { user: 1, nice: 2, system: 3, idle: 4, iowait: 5, irq: 6, softirq: 7, steal: 8 }],
  ["three columns are not enough", "cpu  1 2 3", undefined],
  ["a non-numeric column", "cpu  1 2 x 4 5", undefined],
  ["a negative column", "cpu  1 2 -3 4 5", undefined],
  ["a cut-off line", "cpu  12", undefined],
])("cpu line, %s", (_what, line, want) => {
  expect(parseProcStat(`${line}\ncpu0 1 1 1 1\n`).total).toEqual(want);
});

test.each([
  ["cpu", false],
  ["cpu17", true],
  ["cpufreq", false],
  ["cpu-1", false],
  ["cpu99999", false],
])("%s is a per-CPU line: %p", (name, isCpu) => {
  expect(parseProcStat(`${name} 1 2 3 4\n`).perCpu.size).toBe(isCpu ? 1 : 0);
});

test("empty text gives nothing", () => {
  expect(parseProcStat("")).toEqual({ total: undefined, perCpu: new Map() });
});

test.each([
  ["a count with trailing letters", "cpu  1 2 3x 4"],
  ["a count with a leading sign", "cpu  1 +2 3 4"],
  ["an indented line (the kernel starts every cpu line in column 0)", " cpu  1 2 3 4"],
])("not a cpu line: %s", (_what, line) => {
  expect(parseProcStat(`${line}\n`).total).toBeUndefined();
});

test("a trailing blank (or \\r) does not cut the line", () => {
  expect(parseProcStat("cpu  1 2 3 4 \ncpu0 5 6 7 8\r\n")).toEqual({
    total: { user: 1, nice: 2, system: 3, idle: 4, iowait: 0, irq: 0, softirq: 0, steal: 0 },
    perCpu: new Map([[0, { user: 5, nice: 6, system: 7, idle: 8, iowait: 0, irq: 0, softirq: 0, steal: 0 }]]),
  });
});

test("columns after steal (guest, guest_nice) are not read, whatever they hold", () => {
  expect(parseProcStat("cpu  1 2 3 4 5 6 7 8 guest? 0\n").total).toEqual({ user: 1, nice: 2, system: 3, idle: 4, iowait: 5, irq: 6, softirq: 7, steal: 8 });
});

test("a name that only ends in cpuN is not a per-CPU line", () => {
  expect(parseProcStat("cpucpu1 1 2 3 4\n").perCpu.size).toBe(0);
});

test("totalTicks adds all eight modes", () => {
  // powers of two: any mode left out or subtracted changes the sum
  expect(totalTicks({ user: 1, nice: 2, system: 4, idle: 8, iowait: 16, irq: 32, softirq: 64, steal: 128 })).toBe(255);
});
