/**
 * A reproducible cpio archive in the "newc" format the Linux kernel unpacks as
 * an initramfs.
 *
 * Layout of one entry (all numbers 8 ASCII hex digits, no NUL):
 *
 *   offset  size  field
 *   0       6     magic "070701"
 *   6       8     ino        sequential from 1 in archive order
 *   14      8     mode       file type bits | permission bits
 *   22      8     uid        always 0
 *   30      8     gid        always 0
 *   38      8     nlink      2 for directories, else 1
 *   46      8     mtime      always the fixed SOURCE_DATE_EPOCH
 *   54      8     filesize   data bytes (symlink: length of the target)
 *   62      8     devmajor   0
 *   70      8     devminor   0
 *   78      8     rdevmajor  device nodes only
 *   86      8     rdevminor  device nodes only
 *   94      8     namesize   name length + 1 (the NUL)
 *   102     8     check      0
 *   110     …     name, NUL, zero padding to a multiple of 4; then data, padding to 4
 *
 * The archive ends with an entry named "TRAILER!!!". Entries are written sorted
 * by path (byte order, so a directory precedes its contents) with no host
 * metadata at all: same entries, same bytes.
 */
import { closeSync, openSync, readSync, writeSync } from "node:fs";

export type CpioEntry =
  | { path: string; type: "dir"; mode: number }
  | { path: string; type: "file"; mode: number; data: Uint8Array }
  | { path: string; type: "file"; mode: number; source: string; size: number }
  | { path: string; type: "symlink"; target: string }
  | { path: string; type: "chardev"; mode: number; major: number; minor: number };

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const S_IFCHR = 0o020000;
const enc = new TextEncoder();

function hex8(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`cpio field ${n} does not fit 8 hex digits`);
  return n.toString(16).padStart(8, "0");
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

/** The header, name and name padding of one entry. Pure. */
export function cpioHeader(f: {
  ino: number; mode: number; nlink: number; mtime: number; size: number; rdevMajor?: number; rdevMinor?: number; name: string;
}): Uint8Array {
  const name = enc.encode(f.name);
  const head = "070701" + [f.ino, f.mode, 0, 0, f.nlink, f.mtime, f.size, 0, 0, f.rdevMajor ?? 0, f.rdevMinor ?? 0, name.length + 1, 0].map(hex8).join("");
  const out = new Uint8Array(110 + name.length + 1 + pad4(110 + name.length + 1));
  out.set(enc.encode(head), 0);
  out.set(name, 110);
  return out;
}

/** Normalises a path to the archive's form: relative, no leading "./" or "/". */
export function archivePath(p: string): string {
  const clean = p.replace(/^\.?\/+/, "").replace(/\/+$/, "");
  if (!clean || clean.split("/").some((s) => s === ".." || s === "." || s === "")) throw new Error(`cpio path '${p}' is not a clean relative path`);
  return clean;
}

/** Sorts entries by path and rejects duplicates and missing parent directories. Pure. */
export function orderEntries(entries: CpioEntry[]): CpioEntry[] {
  const sorted = entries.map((e) => ({ ...e, path: archivePath(e.path) })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const dirs = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (i > 0 && sorted[i - 1]!.path === e.path) throw new Error(`cpio path '${e.path}' appears twice`);
    const parent = e.path.includes("/") ? e.path.slice(0, e.path.lastIndexOf("/")) : "";
    if (parent && !dirs.has(parent)) throw new Error(`cpio path '${e.path}' has no directory entry for '${parent}'`);
    if (e.type === "dir") dirs.add(e.path);
  }
  return sorted;
}

/** A sink for archive bytes: a file or memory. */
export interface ByteSink {
  write(bytes: Uint8Array): void;
}

/** Writes the archive for `entries` to `sink`; files with `source` are streamed from disk. */
export function writeCpio(entries: CpioEntry[], mtime: number, sink: ByteSink): void {
  let ino = 1;
  for (const e of orderEntries(entries)) {
    switch (e.type) {
      case "dir":
        sink.write(cpioHeader({ ino: ino++, mode: S_IFDIR | e.mode, nlink: 2, mtime, size: 0, name: e.path }));
        break;
      case "chardev":
        sink.write(cpioHeader({ ino: ino++, mode: S_IFCHR | e.mode, nlink: 1, mtime, size: 0, rdevMajor: e.major, rdevMinor: e.minor, name: e.path }));
        break;
      case "symlink": {
        const data = enc.encode(e.target);
        sink.write(cpioHeader({ ino: ino++, mode: S_IFLNK | 0o777, nlink: 1, mtime, size: data.length, name: e.path }));
        sink.write(data);
        sink.write(new Uint8Array(pad4(data.length)));
        break;
      }
      case "file": {
        const size = "data" in e ? e.data.length : e.size;
        sink.write(cpioHeader({ ino: ino++, mode: S_IFREG | e.mode, nlink: 1, mtime, size, name: e.path }));
        if ("data" in e) sink.write(e.data);
        else copyFileTo(e.source, size, sink);
        sink.write(new Uint8Array(pad4(size)));
        break;
      }
    }
  }
  sink.write(cpioHeader({ ino: 0, mode: 0, nlink: 1, mtime: 0, size: 0, name: "TRAILER!!!" }));
}

function copyFileTo(path: string, size: number, sink: ByteSink): void {
  const fd = openSync(path, "r");
  try {
    const buf = new Uint8Array(1 << 20);
    let done = 0;
    while (done < size) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, size - done), done);
      if (n <= 0) throw new Error(`${path} is shorter than the ${size} bytes it had when staged`);
      sink.write(buf.subarray(0, n));
      done += n;
    }
  } finally {
    closeSync(fd);
  }
}

/** A sink that keeps everything in memory (tests, small archives). */
export function memorySink(): ByteSink & { bytes(): Uint8Array } {
  const parts: Uint8Array[] = [];
  return {
    write: (b) => void parts.push(b.slice()),
    bytes: () => {
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let o = 0;
      for (const p of parts) {
        out.set(p, o);
        o += p.length;
      }
      return out;
    },
  };
}

/** A sink that appends to a file; call close() when done. */
export function fileSink(path: string): ByteSink & { close(): void } {
  const fd = openSync(path, "w", 0o644);
  return {
    write: (b) => {
      let o = 0;
      while (o < b.length) o += writeSync(fd, b, o, b.length - o);
    },
    close: () => closeSync(fd),
  };
}
