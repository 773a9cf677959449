/**
 * The PXE initramfs: busybox-static, lama, only the shared libraries lama
 * needs, NIC drivers, and busybox init running the scripts in images/rootfs/.
 *
 * Staging is a list of cpio entries pointing at files on the build machine (no
 * staging directory), written sorted with fixed metadata (see cpio.ts) as two
 * archives (see initramfsSegments), each compressed with INITRAMFS_COMPRESSOR.
 * Each uncompressed archive's sha256 is kept beside its compressed file so an
 * unchanged archive is not compressed again.
 */
import { createHash } from "node:crypto";
import {
  closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { INITRAMFS_COMPRESSOR, NATIVE_ADDONS, REPO_ROOT, SOURCE_DATE_EPOCH_S } from "./config.ts";
import { fileSink, type CpioEntry, writeCpio } from "./cpio.ts";
import { run } from "./exec.ts";
import type { Kernel } from "./kernel.ts";
import { parseLdd } from "./ldd.ts";
import { parseBuiltin, parseModulesDep, selectModules } from "./modules.ts";

/** The scripts of images/rootfs/ and where they go in the image. */
export const ROOTFS_FILES: { src: string; dest: string; mode: number }[] = [
  { src: "inittab", dest: "etc/inittab", mode: 0o644 },
  { src: "profile", dest: "etc/profile", mode: 0o644 },
  { src: "lib.sh", dest: "etc/lama/lib.sh", mode: 0o644 },
  { src: "rc.boot", dest: "etc/lama/rc.boot", mode: 0o755 },
  { src: "rc.shutdown", dest: "etc/lama/rc.shutdown", mode: 0o755 },
  { src: "net-watch", dest: "etc/lama/net-watch", mode: 0o755 },
  { src: "agent", dest: "etc/lama/agent", mode: 0o755 },
  { src: "udhcpc.script", dest: "etc/lama/udhcpc.script", mode: 0o755 },
];

/**
 * Libraries glibc loads at run time without ldd seeing them: libgcc_s for
 * pthread_cancel and unwinding (glibc aborts without it).
 */
export const DLOPENED_LIBS = ["/lib/x86_64-linux-gnu/libgcc_s.so.1"];

export interface InitramfsInputs {
  kernel: Kernel;
  lamaBinary: string;
  /**
   * The build's native addons (lib/lama/*.node beside the binary), installed at /usr/lib/lama where lama
   * loads them in place; empty for a given binary that embeds them (then copied to /tmp at start).
   */
  nativeLibs: string[];
  busybox: string;
  /** Base64 pool key to bake in (mode 0600), if any. */
  bakedKey?: string;
  /** lama.* words baked into /etc/lama/cmdline. */
  bakedArgs: string[];
  nicModules: readonly string[];
  /** Text for /etc/lama/version. */
  version: string;
}

/** Builds the entry list; returns it with notes about skipped modules. */
export function initramfsEntries(inp: InitramfsInputs, modStage: string): { entries: CpioEntry[]; notes: string[] } {
  const entries = new Map<string, CpioEntry>();
  const notes: string[] = [];
  const dir = (p: string, mode = 0o755) => {
    const parts = p.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const d = parts.slice(0, i).join("/");
      if (!entries.has(d)) entries.set(d, { path: d, type: "dir", mode: d === p ? mode : 0o755 });
    }
  };
  const add = (e: CpioEntry) => {
    if (e.path.includes("/")) dir(e.path.slice(0, e.path.lastIndexOf("/")));
    entries.set(e.path, e);
  };
  const hostFile = (dest: string, src: string, mode: number) => {
    const real = realpathSync(src);
    add({ path: dest, type: "file", mode, source: real, size: statSync(real).size });
  };
  const text = (dest: string, body: string, mode = 0o644) => add({ path: dest, type: "file", mode, data: new TextEncoder().encode(body) });

  for (const d of ["dev", "proc", "sys", "run", "mnt", "var/log", "usr/bin", "usr/sbin", "bin", "sbin"]) dir(d);
  dir("root", 0o700);
  dir("tmp", 0o1777);
  add({ path: "dev/console", type: "chardev", mode: 0o600, major: 5, minor: 1 });
  add({ path: "var/run", type: "symlink", target: "../run" });
  add({ path: "etc/mtab", type: "symlink", target: "/proc/mounts" });

  // busybox and its applet links; /init is busybox init (argv[0] "init").
  hostFile("bin/busybox", inp.busybox, 0o755);
  for (const applet of run(inp.busybox, ["--list-full"], { what: "listing busybox applets" }).split("\n").map((l) => l.trim()).filter(Boolean)) {
    if (applet === "bin/busybox" || applet === "linuxrc") continue;
    const depth = applet.split("/").length - 1;
    add({ path: applet, type: "symlink", target: `${"../".repeat(depth)}bin/busybox` });
  }
  add({ path: "init", type: "symlink", target: "bin/busybox" });

  // lama and exactly the libraries it links, at the paths its ELF header names.
  hostFile("usr/bin/lama", inp.lamaBinary, 0o755);
  const libs = parseLdd(run("ldd", [inp.lamaBinary], { what: "listing lama's shared libraries" }), inp.lamaBinary);
  for (const lib of inp.nativeLibs) hostFile(`usr/lib/lama/${basename(lib)}`, lib, 0o644);
  const addons = inp.nativeLibs.length ? inp.nativeLibs : NATIVE_ADDONS.map((a) => join(REPO_ROOT, a)).filter((a) => existsSync(a));
  for (const addon of addons) libs.push(...parseLdd(run("ldd", [addon], { what: "listing a native addon's shared libraries" }), addon));
  for (const lib of new Set([...libs, ...DLOPENED_LIBS.filter((l) => existsSync(l))])) hostFile(lib.replace(/^\//, ""), lib, 0o755);

  // NIC drivers, re-indexed by depmod so busybox modprobe finds them by device id.
  for (const f of walk(modStage)) hostFile(f.slice(modStage.length + 1), f, 0o644);
  text("etc/lama/nic-modules", inp.nicModules.join("\n") + "\n");

  for (const f of ROOTFS_FILES) hostFile(f.dest, join(REPO_ROOT, "images/rootfs", f.src), f.mode);
  text("etc/passwd", "root:x:0:0:root:/root:/bin/sh\n");
  text("etc/group", "root:x:0:\ntty:x:5:\n");
  text("etc/hosts", "127.0.0.1 localhost\n");
  text("etc/lama/version", inp.version + "\n");
  text("etc/lama/cmdline", inp.bakedArgs.join(" ") + (inp.bakedArgs.length ? "\n" : ""));
  if (inp.bakedKey) text("etc/lama/pool.key", inp.bakedKey + "\n", 0o600);
  else notes.push("no pool key baked in: give lama.key=… on the kernel command line");
  return { entries: [...entries.values()], notes };
}

/** Copies the selected modules of `kernel` into `stage` and runs depmod there. */
export function stageModules(kernel: Kernel, wanted: readonly string[], stage: string): { count: number; notes: string[] } {
  rmSync(stage, { recursive: true, force: true });
  const sel = selectModules(
    parseModulesDep(readFileSync(join(kernel.modulesDir, "modules.dep"), "utf8")),
    parseBuiltin(readFileSync(join(kernel.modulesDir, "modules.builtin"), "utf8")),
    wanted,
  );
  const dest = join(stage, "lib/modules", kernel.version);
  for (const f of sel.files) {
    mkdirSync(dirname(join(dest, f)), { recursive: true });
    copyFileSync(join(kernel.modulesDir, f), join(dest, f));
  }
  for (const f of ["modules.order", "modules.builtin", "modules.builtin.modinfo"]) copyFileSync(join(kernel.modulesDir, f), join(dest, f));
  run("depmod", ["-b", stage, kernel.version], { what: "indexing the initramfs modules" });
  // busybox modprobe reads the text indexes; kmod's binary ones only add size.
  for (const f of readdirSync(dest)) if (f.endsWith(".bin")) rmSync(join(dest, f));
  const notes = [];
  if (sel.builtin.length) notes.push(`built into the kernel: ${sel.builtin.join(" ")}`);
  if (sel.missing.length) notes.push(`not in kernel ${kernel.version}, skipped: ${sel.missing.join(" ")}`);
  return { count: sel.files.length, notes };
}

/** Every file under `root`, sorted. */
export function walk(root: string): string[] {
  const out: string[] = [];
  const go = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) go(p);
      else out.push(p);
    }
  };
  if (existsSync(root)) go(root);
  return out.sort();
}

/** Writes the uncompressed archive; returns its sha256 (hex). */
export function writeInitramfsCpio(entries: CpioEntry[], path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  const sink = fileSink(path);
  try {
    writeCpio(entries, SOURCE_DATE_EPOCH_S, sink);
  } finally {
    sink.close();
  }
  return sha256File(path);
}

/**
 * The initramfs is two cpio archives, each compressed on its own and written one
 * after the other into initramfs.img; the kernel unpacks them in turn (as it does
 * an early-microcode archive before the real one). "base" has everything but the
 * agent (busybox, scripts, libraries, drivers: ~20 MB) and comes first so that
 * /usr/bin exists; "agent" holds only /usr/bin/lama (~120 MB). A change to a
 * script, a driver or a baked setting so recompresses 20 MB, not 140.
 */
export const AGENT_SEGMENT_PATHS: ReadonlySet<string> = new Set(["usr/bin/lama"]);
export type SegmentName = "base" | "agent";

/**
 * Splits the entries into the two archives, base first. The agent archive
 * repeats the folders above its files (each archive is complete on its own; the
 * kernel leaves a folder that exists as it is). Pure.
 */
export function initramfsSegments(entries: CpioEntry[]): { name: SegmentName; entries: CpioEntry[] }[] {
  const agentDirs = new Set<string>();
  for (const p of AGENT_SEGMENT_PATHS) for (let i = p.indexOf("/"); i > 0; i = p.indexOf("/", i + 1)) agentDirs.add(p.slice(0, i));
  return [
    { name: "base", entries: entries.filter((e) => !AGENT_SEGMENT_PATHS.has(e.path)) },
    { name: "agent", entries: entries.filter((e) => AGENT_SEGMENT_PATHS.has(e.path) || (e.type === "dir" && agentDirs.has(e.path))) },
  ];
}

/** Compresses `cpio` into `out` with `compressor` (argv, input file appended) unless `out` was already made from the same archive. */
export async function compressFile(cpio: string, cpioSha: string, out: string, compressor: readonly string[]): Promise<{ reused: boolean }> {
  const stamp = out + ".source-sha256";
  const stampText = `${cpioSha} ${compressor.join(" ")}`;
  if (existsSync(out) && existsSync(stamp) && readFileSync(stamp, "utf8").trim() === stampText) return { reused: true };
  rmSync(stamp, { force: true });
  const [cmd, ...args] = compressor;
  const tmp = out + ".tmp";
  const p = Bun.spawn([cmd!, ...args, cpio], { stdout: Bun.file(tmp), stderr: "pipe" });
  const code = await p.exited;
  if (code !== 0) throw new Error(`compressing ${cpio} with ${cmd} failed (status ${code}): ${await new Response(p.stderr).text()}`);
  renameSync(tmp, out);
  writeFileSync(stamp, stampText + "\n");
  return { reused: false };
}

/**
 * Writes each segment's archive into `work`, compresses it (reusing an unchanged
 * one) and concatenates them into `out` (the kernel finds each compressed
 * archive by its magic number; no padding, which an lz4 stream would misread).
 * `out` + ".source-sha256" gets the archives' sha256s and the compressor, one
 * segment a line.
 */
export async function buildInitramfs(entries: CpioEntry[], work: string, out: string, compressor: readonly string[] = INITRAMFS_COMPRESSOR): Promise<{
  segments: { name: SegmentName; cpioBytes: number; compressedBytes: number; sha256: string; reused: boolean }[];
}> {
  const segments = [];
  const parts: string[] = [];
  for (const seg of initramfsSegments(entries)) {
    const cpio = join(work, `initramfs-${seg.name}.cpio`);
    const sha = writeInitramfsCpio(seg.entries, cpio);
    const packed = `${cpio}.${compressor[0]}`;
    const { reused } = await compressFile(cpio, sha, packed, compressor);
    segments.push({ name: seg.name, cpioBytes: statSync(cpio).size, compressedBytes: statSync(packed).size, sha256: sha, reused });
    parts.push(packed);
  }
  concatFiles(parts, out);
  writeFileSync(out + ".source-sha256", segments.map((s) => `${s.name} ${s.sha256} ${compressor.join(" ")}`).join("\n") + "\n");
  return { segments };
}

/** Writes `parts` one after the other into `out` (through a temporary file). */
export function concatFiles(parts: string[], out: string): void {
  const tmp = out + ".tmp";
  const fd = openSync(tmp, "w");
  try {
    for (const part of parts) writeSync(fd, readFileSync(part));
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, out);
}

export function sha256File(path: string): string {
  const h = createHash("sha256");
  const fd = openSync(path, "r");
  const buf = Buffer.alloc(1 << 20);
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n <= 0) break;
      h.update(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return h.digest("hex");
}

/** True for an ELF64 executable with no PT_INTERP program header (needs no shared library). Pure. */
export function isStaticElf(b: Uint8Array): boolean {
  if (b.length < 64 || b[0] !== 0x7f || b[1] !== 0x45 || b[2] !== 0x4c || b[3] !== 0x46 || b[4] !== 2) return false;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const phoff = Number(v.getBigUint64(32, true));
  const phentsize = v.getUint16(54, true);
  const phnum = v.getUint16(56, true);
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    if (at + 4 > b.length) return false;
    if (v.getUint32(at, true) === 3) return false; // PT_INTERP
  }
  return true;
}
