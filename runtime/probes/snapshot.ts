/**
 * One reading of everything the probes look at, taken through a ProcSource: the
 * thin shell around the parsers. Rates need two snapshots (see node-status.ts).
 *
 * Files read per snapshot: /proc/net/dev, /proc/stat, /proc/meminfo,
 * /proc/loadavg, /proc/diskstats, /proc/self/mounts (or /proc/mounts), the
 * listings of /sys/class/net and /sys/block, /sys/class/net/<if>/type and
 * /sys/class/net/<if>/speed per interface, and statfs of each reported file system.
 * Anything missing is reported empty or zero, never thrown.
 */
import { isReportedDisk, parseDiskstats, type DiskCounters } from "./diskstats.ts";
import { isLoopback, parseLinkSpeed } from "./link-speed.ts";
import { parseLoadavg, type LoadAvg } from "./loadavg.ts";
import { parseMeminfo, type MemInfo } from "./meminfo.ts";
import { fsUsage, parseMounts, selectFileSystems, type FsUsage, type MountEntry } from "./mounts.ts";
import { parseNetDev, type NetDevCounters } from "./net-dev.ts";
import type { ProcSource } from "./proc-source.ts";
import { parseProcStat, type ProcStat } from "./proc-stat.ts";

/** Where each input lives on a live system. */
export const PROC_PATHS = {
  netDev: "/proc/net/dev",
  stat: "/proc/stat",
  meminfo: "/proc/meminfo",
  loadavg: "/proc/loadavg",
  diskstats: "/proc/diskstats",
  /** Our own mount namespace; /proc/mounts is the fallback (a symlink to it since 2.6.25). */
  mounts: ["/proc/self/mounts", "/proc/mounts"],
  sysClassNet: "/sys/class/net",
  sysBlock: "/sys/block",
} as const;

export interface LinkInfo {
  loopback: boolean;
  /** What /sys/class/net/<if>/speed says, bits per second; undefined when it says nothing. */
  sysfsSpeedBps: number | undefined;
}

export interface FileSystemReading extends MountEntry {
  usage: FsUsage;
}

export interface Snapshot {
  /** The sampler's time argument for this reading, ms. */
  atMs: number;
  net: Map<string, NetDevCounters>;
  links: Map<string, LinkInfo>;
  cpu: ProcStat;
  memory: MemInfo;
  load: LoadAvg | undefined;
  /** Whole storage devices only (see isReportedDisk), by name, in file order. */
  disks: Map<string, DiskCounters>;
  filesystems: FileSystemReading[];
}

/** Reads one snapshot. Synchronous: only kernel-generated files and local statfs (see mounts.ts). */
export function readSnapshot(source: ProcSource, atMs: number): Snapshot {
  // A file that cannot be read parses as empty text: every parser returns "nothing" for it.
  // Stryker disable next-line StringLiteral: any text without the file's layout parses to nothing, as "" does
  const text = (path: string) => source.readText(path) ?? "";
  const net = parseNetDev(text(PROC_PATHS.netDev));

  const sysNet = source.listDir(PROC_PATHS.sysClassNet);
  const inSysfs = sysNet && new Set(sysNet);
  const links = new Map<string, LinkInfo>();
  for (const name of net.keys()) {
    // A name missing from /sys/class/net (sysfs of another namespace mounted here)
    // has no files to read; an interface named "." or ".." would escape the directory.
    const readable = (!inSysfs || inSysfs.has(name)) && name !== "." && name !== ".." && !name.includes("/");
    const base = `${PROC_PATHS.sysClassNet}/${name}`;
    const typeText = readable ? source.readText(`${base}/type`) : undefined;
    const type = Number.parseInt(String(typeText), 10); // NaN when unreadable: not loopback by type
    links.set(name, {
      loopback: isLoopback(name, type),
      sysfsSpeedBps: readable ? parseLinkSpeed(source.readText(`${base}/speed`)) : undefined,
    });
  }

  const blockList = source.listDir(PROC_PATHS.sysBlock);
  // An empty listing (a container with /sys/block hidden) says nothing: use names.
  const sysBlock = blockList && blockList.length > 0 ? new Set(blockList) : undefined;
  const disks = new Map<string, DiskCounters>();
  for (const d of parseDiskstats(text(PROC_PATHS.diskstats))) {
    if (isReportedDisk(d.name, sysBlock)) disks.set(d.name, d);
  }

  let mountsText: string | undefined;
  for (const p of PROC_PATHS.mounts) if ((mountsText = source.readText(p)) !== undefined) break;
  const filesystems: FileSystemReading[] = [];
  // Stryker disable next-line StringLiteral: any text that is not a mount table parses to no mounts, as "" does
  for (const m of selectFileSystems(parseMounts(mountsText ?? ""))) {
    const s = source.statfs(m.mountPoint);
    if (s) filesystems.push({ ...m, usage: fsUsage(s) });
  }

  return {
    atMs,
    net,
    links,
    cpu: parseProcStat(text(PROC_PATHS.stat)),
    memory: parseMeminfo(text(PROC_PATHS.meminfo)),
    load: parseLoadavg(text(PROC_PATHS.loadavg)),
    disks,
    filesystems,
  };
}
