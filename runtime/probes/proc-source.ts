/**
 * The seam between the probes and the kernel: text of /proc and /sys files,
 * directory listings, and statfs(2).
 *
 * `realProcSource` reads the live files with synchronous calls: /proc and /sys
 * are generated in memory by the kernel and answer in microseconds, and statfs is
 * only asked of local file systems (see mounts.ts), so none of it blocks the event
 * loop for long. `MemoryProcSource` is its in-memory twin, filled from a fixture
 * directory or by a test, so any number of fake nodes can be sampled in one process.
 *
 * Every method answers undefined for what is not there or cannot be read, never
 * throws: a missing file is a normal state (no /proc/diskstats in some containers,
 * no speed file for a virtual link).
 */
import { readdirSync, readFileSync, statfsSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { FsStat } from "./mounts.ts";

export interface ProcSource {
  /** Whole text of a file, or undefined when it does not exist or cannot be read. */
  readText(path: string): string | undefined;
  /** statfs(2) of a mount point, or undefined when it fails. */
  statfs(mountPoint: string): FsStat | undefined;
  /** Names in a directory (such as /sys/class/net), or undefined when it cannot be listed. */
  listDir(path: string): string[] | undefined;
}

/** The live kernel. */
export const realProcSource: ProcSource = {
  readText: (path) => orUndefined(() => readFileSync(path, "utf8")),
  statfs: (mountPoint) =>
    orUndefined(() => {
      const s = statfsSync(mountPoint);
      // f_frsize is the unit of the block counts; fall back to f_bsize where a
      // runtime does not report it (on Linux local file systems they are equal).
      // Stryker disable next-line ConditionalExpression,EqualityOperator: Bun reports frsize equal to bsize on Linux, so either choice gives the same size
      const blockSize = s.frsize > 0 ? s.frsize : s.bsize;
      return { blockSize, blocks: s.blocks, freeBlocks: s.bfree, availableBlocks: s.bavail };
    }),
  listDir: (path) => orUndefined(() => readdirSync(path)),
};

/** The value of `read`, or undefined when it throws (a file that is gone, unreadable, not a directory). */
function orUndefined<T>(read: () => T): T | undefined {
  try {
    return read();
  }
  // Stryker disable next-line BlockStatement: an empty catch block returns undefined as well
  catch {
    return undefined;
  }
}

/** Contents of a MemoryProcSource: absolute paths to text, mount points to statfs results. */
export interface MemoryProcSourceInit {
  files?: Readonly<Record<string, string>>;
  statfs?: Readonly<Record<string, FsStat>>;
  /** Directory listings; a directory not given here lists the files stored under it. */
  dirs?: Readonly<Record<string, readonly string[]>>;
}

/** In-memory ProcSource for tests and simulations; change it between samples with set/load. */
export class MemoryProcSource implements ProcSource {
  readonly files = new Map<string, string>();
  readonly fsStats = new Map<string, FsStat>();
  readonly dirs = new Map<string, string[]>();
  /** Number of calls made, by kind, so tests can see what a sample reads. */
  readonly calls = { readText: 0, statfs: 0, listDir: 0 };

  constructor(init: MemoryProcSourceInit = {}) {
    this.load(init);
  }

  /** Replaces everything with init (e.g. the next snapshot of a fixture). */
  load(init: MemoryProcSourceInit): this {
    this.files.clear();
    this.fsStats.clear();
    this.dirs.clear();
    for (const [k, v] of Object.entries(init.files ?? {})) this.files.set(k, v);
    for (const [k, v] of Object.entries(init.statfs ?? {})) this.fsStats.set(k, v);
    for (const [k, v] of Object.entries(init.dirs ?? {})) this.dirs.set(k, [...v]);
    return this;
  }

  /** Sets a file's text; undefined removes it. */
  set(path: string, text: string | undefined): this {
    if (text === undefined) this.files.delete(path);
    else this.files.set(path, text);
    return this;
  }

  /** Sets a mount point's statfs result; undefined makes statfs fail. */
  setStatfs(mountPoint: string, stat: FsStat | undefined): this {
    if (stat === undefined) this.fsStats.delete(mountPoint);
    else this.fsStats.set(mountPoint, stat);
    return this;
  }

  readText(path: string): string | undefined {
    this.calls.readText++;
    return this.files.get(path);
  }

  statfs(mountPoint: string): FsStat | undefined {
    this.calls.statfs++;
    const s = this.fsStats.get(mountPoint);
    return s && { ...s };
  }

  listDir(path: string): string[] | undefined {
    this.calls.listDir++;
    const given = this.dirs.get(path);
    if (given) return [...given];
    const prefix = path.endsWith("/") ? path : `${path}/`;
    const names = new Set<string>();
    for (const k of this.files.keys()) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split("/")[0]!);
    return names.size > 0 ? [...names] : undefined;
  }
}

/** A MemoryProcSource holding init. */
export function memoryProcSource(init: MemoryProcSourceInit = {}): MemoryProcSource {
  return new MemoryProcSource(init);
}

/** Name of the statfs results inside a fixture directory. */
export const FIXTURE_STATFS_FILE = "statfs.json";

/**
 * Reads a fixture directory into a MemoryProcSourceInit. The directory mirrors the
 * file system: `<dir>/proc/stat` becomes "/proc/stat"; `<dir>/statfs.json` maps
 * mount points to FsStat. Throws with the path when the directory or the JSON is bad.
 */
export function loadFixture(dir: string): MemoryProcSourceInit {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`fixture directory ${dir} not found; it should mirror /proc and /sys (e.g. ${dir}/proc/stat)`);
  }
  const files: Record<string, string> = {};
  let statfs: Record<string, FsStat> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const rel = relative(dir, full).split(sep).join("/");
    const text = readFileSync(full, "utf8");
    if (rel === FIXTURE_STATFS_FILE) {
      try {
        statfs = JSON.parse(text) as Record<string, FsStat>;
      } catch (e) {
        throw new Error(`fixture ${full} is not valid JSON (${(e as Error).message}); it maps mount points to {blockSize, blocks, freeBlocks, availableBlocks}`);
      }
    } else files[`/${rel}`] = text;
  }
  return { files, statfs };
}
