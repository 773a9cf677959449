/**
 * Public surface of runtime/probes/: the node probes that read /proc and /sys
 * directly and produce one NodeStatus (the paper's L(t)) per sample period.
 *
 *   parsers (text in, values out, never throw) → Snapshot (readSnapshot, through a
 *   ProcSource) → buildNodeStatus(prev, cur) (pure rate maths) → Sampler (keeps prev)
 */
export { Sampler, DEFAULT_SAMPLE_PERIOD_MS, type SamplerOptions } from "./sampler.ts";
export {
  realProcSource,
  memoryProcSource,
  MemoryProcSource,
  loadFixture,
  FIXTURE_STATFS_FILE,
  type ProcSource,
  type MemoryProcSourceInit,
} from "./proc-source.ts";
export { readSnapshot, PROC_PATHS, type Snapshot, type LinkInfo, type FileSystemReading } from "./snapshot.ts";
export { buildNodeStatus, type NodeStatusOptions } from "./node-status.ts";
export { parseCounter, counterDelta, counterValue, type Counter } from "./counter.ts";
export { parseNetDev, type NetDevCounters } from "./net-dev.ts";
export { parseProcStat, totalTicks, CPU_MODES, type CpuTimes, type ProcStat } from "./proc-stat.ts";
export { parseMeminfo, parseMeminfoFields, type MemInfo } from "./meminfo.ts";
export { parseLoadavg, type LoadAvg } from "./loadavg.ts";
export { parseDiskstats, isReportedDisk, SECTOR_BYTES, type DiskCounters } from "./diskstats.ts";
export {
  parseMounts,
  selectFileSystems,
  isReportedFsType,
  fsUsage,
  PSEUDO_FS_TYPES,
  NETWORK_FS_TYPES,
  type MountEntry,
  type FsStat,
  type FsUsage,
} from "./mounts.ts";
export {
  parseLinkSpeed,
  linkCapacityBps,
  isLoopback,
  validateLinkSpeedSetting,
  ARPHRD_LOOPBACK,
  type LinkSpeedSetting,
} from "./link-speed.ts";
export {
  interfaceRates,
  cpuFractions,
  diskRates,
  ZERO_INTERFACE_RATES,
  ZERO_CPU_FRACTIONS,
  ZERO_DISK_RATES,
  type InterfaceRates,
  type CpuFractions,
  type DiskRates,
} from "./rates.ts";
