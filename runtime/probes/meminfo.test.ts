import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseMeminfo, parseMeminfoFields } from "./meminfo.ts";

const fixture = (p: string) => readFileSync(join(import.meta.dir, "fixtures", p), "utf8");
const KiB = 1024;

test("this kernel's capture has MemAvailable", () => {
  expect(parseMeminfo(fixture("linux-6.18/t0/proc/meminfo"))).toEqual({
    totalBytes: 24684084 * KiB,
    freeBytes: 21086300 * KiB,
    availableBytes: 23678940 * KiB,
    buffersBytes: 14124 * KiB,
    cachedBytes: 2729088 * KiB,
    swapTotalBytes: 0,
    swapFreeBytes: 0,
    availableEstimated: false,
  });
});

test("2.6.32 has no MemAvailable: free + buffers + cached + reclaimable slab - shmem", () => {
  const m = parseMeminfo(fixture("linux-2.6.32-i686/t0/proc/meminfo"));
  expect(m.availableEstimated).toBe(true);
  expect(m.availableBytes).toBe((183588 + 191944 + 2662096 + 140520 - 5148) * KiB);
  expect(m.swapTotalBytes).toBe(4128760 * KiB);
  expect(m.swapFreeBytes).toBe(4100432 * KiB);
});

test.each([
  ["estimate capped at MemTotal", "MemTotal: 100 kB\nMemFree: 50 kB\nCached: 90 kB\n", 100 * KiB],
  ["estimate never below MemFree", "MemTotal: 100 kB\nMemFree: 50 kB\nShmem: 80 kB\n", 50 * KiB],
  ["given MemAvailable wins", "MemTotal: 100 kB\nMemFree: 50 kB\nMemAvailable: 70 kB\n", 70 * KiB],
])("%s", (_what, text, available) => {
  expect(parseMeminfo(text).availableBytes).toBe(available);
});

test("values without a unit are counts, not KiB", () => {
  const f = parseMeminfoFields("HugePages_Total:       4\nHugepagesize:       2048 kB\nActive(anon):     1596 kB\n");
  expect(f.get("HugePages_Total")).toBe(4);
  expect(f.get("Hugepagesize")).toBe(2048 * KiB);
  expect(f.get("Active(anon)")).toBe(1596 * KiB);
});

test.each(["", "MemTotal", "MemTotal: lots kB", "MemTotal: -5 kB", "MemTotal: 12 MB", "\0\0\0"])("unreadable text %p gives zeros", (text) => {
  expect(parseMeminfo(text).totalBytes).toBe(0);
});

test("blanks before the unit and at the end of a line are allowed", () => {
  const f = parseMeminfoFields("MemTotal:  1000  kB\nMemFree:  500 kB  \nSwapTotal:  7 \n");
  expect(f.get("MemTotal")).toBe(1000 * KiB);
  expect(f.get("MemFree")).toBe(500 * KiB);
  expect(f.get("SwapTotal")).toBe(7);
});

test("without MemTotal the estimate is not capped (MemFree + Cached)", () => {
  expect(parseMeminfo("MemFree: 100 kB\nCached: 200 kB\n").availableBytes).toBe(300 * KiB);
});
