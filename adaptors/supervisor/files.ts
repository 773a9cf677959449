/**
 * The file-system seam for adaptor configs: the few operations an adaptor needs to
 * put a program's config file in place safely, and nothing more.
 *
 * writeFileAtomic never leaves a half-written file where the program would read
 * it: the text goes to a temporary file beside the target, is flushed to disk
 * (fsync), then renamed over the target, and the directory is flushed too, so
 * after a crash or a power cut the program finds either the old config or the new
 * one, whole.
 *
 * nodeFileSystem is the real one; MemoryFileSystem is its in-memory twin, which a
 * test can also tell to fail the next write.
 */
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface FileSystem {
  /** The file's text; undefined when there is no such file. */
  readFile(path: string): Promise<string | undefined>;
  /** Replaces (or creates) path with text, all or nothing; mode applies to a new file. */
  writeFileAtomic(path: string, text: string, mode?: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes path; a missing file is fine. */
  remove(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** Creates path and its missing parents (mode applies to those created); an existing directory is fine. */
  makeDir(path: string, mode?: number): Promise<void>;
}

/** Mode of a config file written anew: readable by the program's own user and group. */
export const CONFIG_FILE_MODE = 0o640;

let tempCounter = 0;

/** The name a write goes to before it is renamed into place (same directory, so rename is atomic). */
export function tempPathFor(path: string, pid = process.pid, n = ++tempCounter): string {
  return join(dirname(path), `.${basename(path)}.${pid}.${n}.tmp`);
}

/** The real file system, on node:fs/promises. */
export const nodeFileSystem: FileSystem = {
  async readFile(path) {
    try {
      return await readFile(path, "utf8");
    } catch (e) {
      if ((e as { code?: string }).code === "ENOENT") return undefined;
      throw e;
    }
  },

  async writeFileAtomic(path, text, mode = CONFIG_FILE_MODE) {
    const temp = tempPathFor(path);
    let existingMode: number | undefined;
    try {
      existingMode = (await stat(path)).mode & 0o7777;
    } catch {
      existingMode = undefined;
    }
    const file = await open(temp, "wx", existingMode ?? mode);
    try {
      await file.writeFile(text, "utf8");
      await file.sync();
    } catch (e) {
      await file.close().catch(() => {});
      await rm(temp, { force: true });
      throw e;
    }
    await file.close();
    try {
      await rename(temp, path);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
    // Make the rename itself durable.
    const dir = await open(dirname(path), "r");
    try {
      await dir.sync();
    } catch {
      // Some file systems refuse to fsync a directory; the rename has happened anyway.
    } finally {
      await dir.close();
    }
  },

  rename: (from, to) => rename(from, to),

  remove: (path) => rm(path, { force: true }),

  async makeDir(path, mode = 0o755) {
    await mkdir(path, { recursive: true, mode });
  },

  async exists(path) {
    try {
      await stat(path);
      return true;
    } catch {
      return false;
    }
  },
};

/** In-memory twin: files as a map from path to text. */
export class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, string>();
  /** Every write, in order (what a test checks was written, and when). */
  readonly writes: { path: string; text: string }[] = [];
  private failures: Error[] = [];

  constructor(initial: Readonly<Record<string, string>> = {}) {
    for (const [p, t] of Object.entries(initial)) this.files.set(p, t);
  }

  /** Makes the next writeFileAtomic fail (the file is left as it was), as for a full disk. */
  failNextWrite(message = "ENOSPC: no space left on device"): void {
    this.failures.push(Object.assign(new Error(message), { code: message.split(":")[0] }));
  }

  async readFile(path: string): Promise<string | undefined> {
    return this.files.get(path);
  }

  async writeFileAtomic(path: string, text: string): Promise<void> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.writes.push({ path, text });
    this.files.set(path, text);
  }

  async rename(from: string, to: string): Promise<void> {
    const text = this.files.get(from);
    if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, rename '${from}' -> '${to}'`), { code: "ENOENT" });
    this.files.delete(from);
    this.files.set(to, text);
  }

  async remove(path: string): Promise<void> {
    this.files.delete(path);
  }

  async exists(path: string): Promise<boolean> {
    return this.files.has(path) || this.dirs.has(path);
  }

  /** Directories made. */
  readonly dirs = new Set<string>();

  async makeDir(path: string): Promise<void> {
    this.dirs.add(path);
  }
}
