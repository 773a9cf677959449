/**
 * /proc/meminfo: one "Key:   value [kB]" per line; "kB" means KiB.
 *
 *   MemTotal:       24684084 kB
 *   MemAvailable:   23639004 kB      (since 3.14)
 *   HugePages_Total:       0         (no unit: a count)
 *
 * MemAvailable is the kernel's own estimate of memory that can be handed out
 * without swapping. Kernels before 3.14 lack it; then it is estimated the way
 * `free` did before it existed, refined a little: MemFree + Buffers + Cached
 * + SReclaimable - Shmem (shared memory sits in Cached but cannot be dropped),
 * kept between MemFree and MemTotal. Unknown keys are ignored; missing ones read 0.
 */

export interface MemInfo {
  totalBytes: number;
  freeBytes: number;
  availableBytes: number;
  buffersBytes: number;
  cachedBytes: number;
  swapTotalBytes: number;
  swapFreeBytes: number;
  /** True when the kernel gave no MemAvailable and availableBytes is our estimate. */
  availableEstimated: boolean;
}

const LINE = /^([A-Za-z0-9_()]+):\s*(\d{1,19})(?:\s+(kB))?\s*$/;

/** Parses /proc/meminfo into a map of key → value, in bytes for "kB" lines. Never throws. */
export function parseMeminfoFields(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    const m = LINE.exec(line);
    if (!m) continue;
    const n = Number(m[2]);
    out.set(m[1]!, m[3] ? n * 1024 : n);
  }
  return out;
}

/** Parses /proc/meminfo into the figures NodeStatus reports. Never throws. */
export function parseMeminfo(text: string): MemInfo {
  const f = parseMeminfoFields(text);
  const get = (k: string) => f.get(k) ?? 0;
  const total = get("MemTotal");
  const free = get("MemFree");
  const buffers = get("Buffers");
  const cached = get("Cached");
  const given = f.get("MemAvailable");
  let available: number;
  if (given !== undefined) available = given;
  else {
    available = free + buffers + cached + get("SReclaimable") - get("Shmem");
    available = Math.max(free, total > 0 ? Math.min(total, available) : available);
  }
  return {
    totalBytes: total,
    freeBytes: free,
    availableBytes: available,
    buffersBytes: buffers,
    cachedBytes: cached,
    swapTotalBytes: get("SwapTotal"),
    swapFreeBytes: get("SwapFree"),
    availableEstimated: given === undefined,
  };
}
