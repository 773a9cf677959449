/**
 * /proc/diskstats: I/O counters per block device (Documentation/admin-guide/iostats.rst).
 *
 *    254       0 vda 69865 8689 3112962 88800 12562 30884 8448624 16043 0 12396 105514 4631 35 1415504 610 1414 59
 *   major minor name  1     2    3       4     5     6     7       8    9  10    11     12   13  14      15  16   17
 *
 *    1 reads completed     2 reads merged    3 sectors read      4 ms reading
 *    5 writes completed    6 writes merged   7 sectors written   8 ms writing
 *    9 I/Os in flight     10 ms doing I/O   11 weighted ms doing I/O
 *   12 discards completed 13 discards merged 14 sectors discarded 15 ms discarding   (4.18+)
 *   16 flushes completed  17 ms flushing                                              (5.5+)
 *
 * So a line has 14, 18 or 20 fields; more are accepted (future columns are
 * ignored). Kernels 2.6.0–2.6.24 printed partitions with only four counters
 * (reads, sectors read, writes, sectors written): those 7-field lines parse with
 * the other counters 0. A sector here is always 512 bytes, whatever the device's
 * block size. Counters are `unsigned long` (32-bit on 32-bit kernels) and the ms
 * fields were `%u` (wrapping at 2^32 ms) before 5.x; `counterDelta` handles both.
 */
import { parseCounter, type Counter } from "./counter.ts";

/** Bytes per diskstats sector, fixed by the kernel. */
export const SECTOR_BYTES = 512;

export interface DiskCounters {
  major: number;
  minor: number;
  name: string;
  readsCompleted: Counter;
  sectorsRead: Counter;
  writesCompleted: Counter;
  sectorsWritten: Counter;
  /** Milliseconds the device had I/O in flight; 0 in the old 7-field partition layout. */
  ioMs: Counter;
  /** Fields on the line (7, 14, 18, 20, …), telling which layout it was. */
  fields: number;
}

const WS = /\s+/;
const DEVNUM = /^\d{1,10}$/;

/** Parses /proc/diskstats into every device line, in file order. Never throws; bad lines are skipped. */
export function parseDiskstats(text: string): DiskCounters[] {
  const out: DiskCounters[] = [];
  for (const line of text.split("\n")) {
    const t = line.trim().split(WS);
    // Stryker disable next-line ConditionalExpression: lines shorter than 7 fields fail the field-count check below anyway
    if (t.length < 7 || !DEVNUM.test(t[0]!) || !DEVNUM.test(t[1]!)) continue;
    const head = { major: Number(t[0]), minor: Number(t[1]), name: t[2]!, fields: t.length };
    if (t.length === 7) {
      const [r, sr, w, sw] = [3, 4, 5, 6].map((i) => parseCounter(t[i]));
      if (r === undefined || sr === undefined || w === undefined || sw === undefined) continue;
      out.push({ ...head, readsCompleted: r, sectorsRead: sr, writesCompleted: w, sectorsWritten: sw, ioMs: 0 });
      continue;
    }
    if (t.length < 14) continue;
    const r = parseCounter(t[3]);
    const sr = parseCounter(t[5]);
    const w = parseCounter(t[7]);
    const sw = parseCounter(t[9]);
    const io = parseCounter(t[12]);
    if (r === undefined || sr === undefined || w === undefined || sw === undefined || io === undefined) continue;
    out.push({ ...head, readsCompleted: r, sectorsRead: sr, writesCompleted: w, sectorsWritten: sw, ioMs: io });
  }
  return out;
}

/**
 * Devices that are not storage: loop files, RAM disks, compressed-RAM swap, floppies,
 * and their partitions (`losetup -P` makes loop0p1; brd with max_part makes ram0p1).
 */
const NOT_STORAGE = /^(loop|ram|zram|fd)\d+(?:p\d+)?$/;
/** Partition names of the usual drivers: sda1, vdb2, xvda1, hda3, nvme0n1p1, mmcblk0p2, md0p1, nbd0p1. */
const PARTITION = /^(?:(?:[hsv]|xv)d[a-z]+\d+|(?:nvme\d+n\d+|mmcblk\d+|md\d+|nbd\d+|rbd\d+|zd\d+)p\d+)$/;

/**
 * Whether a diskstats device is a whole storage device worth reporting.
 *
 * Partitions are left out (their I/O is already in their disk). With `sysBlock`
 * (the entries of /sys/block, which lists whole devices only, with "/" in names
 * written "!") that is exact; without it, partitions are recognised by name.
 * loop, ram, zram and fd devices are always left out. Device-mapper and md devices
 * are kept: their I/O is also counted on the disks beneath them, so do not sum disks.
 */
export function isReportedDisk(name: string, sysBlock?: ReadonlySet<string>): boolean {
  if (NOT_STORAGE.test(name)) return false;
  if (sysBlock) return sysBlock.has(name.replaceAll("/", "!"));
  return !PARTITION.test(name);
}
