import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isReportedDisk, parseDiskstats } from "./diskstats.ts";

const fixture = (p: string) => readFileSync(join(import.meta.dir, "fixtures", p), "utf8");

test("this kernel's capture: 20 fields", () => {
  const all = parseDiskstats(fixture("linux-6.18/t0/proc/diskstats"));
  expect(all.map((d) => d.name)).toEqual(["loop0", "loop1", "loop2", "loop3", "loop4", "loop5", "loop6", "loop7", "vda", "zram0"]);
  expect(all.find((d) => d.name === "vda")).toEqual({
    major: 254, minor: 0, name: "vda", fields: 20,
    readsCompleted: 71664, sectorsRead: 3382746, writesCompleted: 13002, sectorsWritten: 10024864, ioMs: 13224,
  });
});

test("2.6.32 capture: 14 fields", () => {
  const sda = parseDiskstats(fixture("linux-2.6.32-i686/t0/proc/diskstats")).find((d) => d.name === "sda");
  expect(sda).toEqual({
    major: 8, minor: 0, name: "sda", fields: 14,
    readsCompleted: 1823456, sectorsRead: 98765432, writesCompleted: 3456789, sectorsWritten: 123456789, ioMs: 2 ** 32 - 1000,
  });
});

const counters = { readsCompleted: 1, sectorsRead: 3, writesCompleted: 5, sectorsWritten: 7, ioMs: 10 };

test.each([
  ["14 fields (2.6.25 to 4.17)", "   8       0 sda 1 2 3 4 5 6 7 8 9 10 11", { ...counters, fields: 14 }],
  ["18 fields (4.18 to 5.4: discards)", "   8       0 sda 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15", { ...counters, fields: 18 }],
  ["20 fields (5.5 on: flushes)", "   8       0 sda 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17", { ...counters, fields: 20 }],
  ["more fields from a future kernel", "   8       0 sda 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19", { ...counters, fields: 22 }],
  ["7-field partition (2.6.0 to 2.6.24)", "   8    1 sda1 1 3 5 7", { readsCompleted: 1, sectorsRead: 3, writesCompleted: 5, sectorsWritten: 7, ioMs: 0, fields: 7 }],
  ["cut short", "   8       0 sda 1 2 3 4 5 6 7 8 9", undefined],
  ["non-numeric counter", "   8       0 sda 1 2 x 4 5 6 7 8 9 10 11", undefined],
  ["non-numeric major", "   x       0 sda 1 2 3 4 5 6 7 8 9 10 11", undefined],
  ["empty", "", undefined],
])("%s", (_what, line, want) => {
  const got = parseDiskstats(line)[0];
  if (want === undefined) expect(got).toBeUndefined();
  else expect(got).toMatchObject({ major: 8, ...want });
});

test.each([
  ["sda", true], ["sda1", false], ["sdaa", true], ["sdaa12", false], ["vda", true], ["vda1", false],
  ["xvda", true], ["xvda1", false], ["hda", true], ["hda3", false],
  ["nvme0n1", true], ["nvme0n1p1", false], ["mmcblk0", true], ["mmcblk0p2", false], ["mmcblk0boot0", true],
  ["md0", true], ["md127", true], ["md0p1", false], ["nbd0", true], ["nbd0p1", false],
  ["dm-0", true], ["sr0", true],
  ["loop0", false], ["ram15", false], ["zram0", false], ["fd0", false],
])("without /sys/block, %s is reported: %p", (name, want) => {
  expect(isReportedDisk(name)).toBe(want);
});

test.each([
  ["vda", true], ["vda1", false], ["loop0", false], ["zram0", false], ["cciss/c0d0", true], ["cciss/c0d0p1", false],
])("with /sys/block, %s is reported: %p", (name, want) => {
  expect(isReportedDisk(name, new Set(["vda", "loop0", "zram0", "cciss!c0d0"]))).toBe(want);
});
