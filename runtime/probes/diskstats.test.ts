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

test.each([
  // [what, line]: each counter the parser reads, made unreadable in turn
  ["13 fields: one short of the 14-field layout", "   8       0 sda 1 2 3 4 5 6 7 8 9 10"],
  ["reads completed not a number", "   8       0 sda x 2 3 4 5 6 7 8 9 10 11"],
  ["writes completed not a number", "   8       0 sda 1 2 3 4 x 6 7 8 9 10 11"],
  ["sectors written not a number", "   8       0 sda 1 2 3 4 5 6 x 8 9 10 11"],
  ["ms doing I/O not a number", "   8       0 sda 1 2 3 4 5 6 7 8 9 x 11"],
  ["7 fields, reads not a number", "   8       1 sda1 x 3 5 7"],
  ["7 fields, sectors read not a number", "   8       1 sda1 1 x 5 7"],
  ["7 fields, writes not a number", "   8       1 sda1 1 3 x 7"],
  ["7 fields, sectors written not a number", "   8       1 sda1 1 3 5 x"],
  ["major with trailing letters", "  8a       0 sda 1 2 3 4 5 6 7 8 9 10 11"],
  ["major with leading letters", "  a8       0 sda 1 2 3 4 5 6 7 8 9 10 11"],
  ["minor with trailing letters", "   8      0a sda 1 2 3 4 5 6 7 8 9 10 11"],
  ["minor with leading letters", "   8      a0 sda 1 2 3 4 5 6 7 8 9 10 11"],
])("skipped: %s", (_what, line) => {
  expect(parseDiskstats(`${line}\n`)).toEqual([]);
});

test("a bad line is skipped and the next one still read", () => {
  const text = "   8       0 sda 1 2 3 4 5 6 7 8 9 x 11\n 259       0 nvme0n1 10 0 80 5 20 0 160 7 0 12 12\n";
  expect(parseDiskstats(text)).toEqual([
    { major: 259, minor: 0, name: "nvme0n1", fields: 14, readsCompleted: 10, sectorsRead: 80, writesCompleted: 20, sectorsWritten: 160, ioMs: 12 },
  ]);
});

test.each([
  // partitions with multi-digit numbers in every place the name has one
  ["nvme10n1p1", false], ["nvme0n12p1", false], ["nvme0n1p12", false], ["nvme10n12", true],
  ["mmcblk10p1", false], ["mmcblk10", true], ["md127p1", false], ["nbd15p2", false], ["nbd15", true],
  ["rbd0", true], ["rbd0p1", false], ["rbd12p1", false], ["zd0", true], ["zd16", true], ["zd0p1", false], ["zd16p1", false],
  // the rules look at the whole name: a name that only starts or ends like one is not one
  ["sda1x", true], ["xsda1", true], ["loop0x", true], ["xloop0", true], ["xzd0p1", true], ["nvme0n1p1x", true],
])("without /sys/block, %s is reported: %p", (name, want) => {
  expect(isReportedDisk(name)).toBe(want);
});

test.each([
  ["loop0p1", false], ["loop12p3", false], ["ram0p1", false], ["ram0p12", false],
])("without /sys/block, a partition of a loop or RAM disk, %s, is reported: %p", (name, want) => {
  expect(isReportedDisk(name)).toBe(want);
});
