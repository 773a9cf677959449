/**
 * Builds GNU libstdc++ (`libstdc++.so.6`) and `libgcc_s.so.1` for musl from
 * GCC's own source as Debian ships it, for test/cross.test.ts: Bun's musl
 * runtime NEEDs libstdc++.so.6 (which NEEDs libgcc_s.so.1), Alpine's
 * `libstdc++` and `libgcc` packages provide them on a musl system, and Debian
 * ships neither. With them, the linux-x64-musl build runs in a root holding
 * only musl's loader, these two files and the binary.
 *
 *   bun scripts/musl-cxx.ts        builds unless cached; prints the directory
 *
 * The result goes to ~/.cache/lama/musl-cxx-<gcc version> (XDG_CACHE_HOME is
 * honoured) and is reused while both files are there; delete it to rebuild.
 * Needs Debian's gcc-N-source for the host's gcc N (same version, since the
 * host compiler builds GCC's runtime), g++, make, gawk, musl-dev (headers, crt
 * files, libc.so) and musl (the loader): the apt line in .ci/run. About 10
 * minutes on two busy cores, so CI builds it before `npm test`.
 *
 * How, with no musl-targeted compiler on Debian: the host gcc-N driven by a
 * specs file in the manner of musl-tools' musl-gcc.specs (musl's headers
 * instead of glibc's, musl's crt files and loader, no default library paths),
 * extended to C++ and to the libgcc built here. Then GCC's own build systems:
 *   1. gcc/ configured for --target=x86_64-linux-musl, and only the few headers
 *      libgcc includes from it generated (tm.h, options.h, insn-constants.h,
 *      ...; no compiler is built). libgcc's configure and Makefile then build
 *      libgcc_s.so.1, libgcc.a, libgcc_eh.a and crtbeginS/crtendS.o for musl
 *      exactly as for a musl target (t-gthr-noweak, dl_iterate_phdr unwinding).
 *      The host's libgcc cannot stand in: its unwinder calls glibc's
 *      _dl_find_object and finds threads through glibc-only weak symbols.
 *   2. libstdc++-v3's configure and Makefile with those wrappers, linked
 *      against step 1's libgcc_s (as Alpine's libstdc++.so.6 is).
 * Both are stripped and checked: right SONAMEs, and no glibc library or
 * GLIBC_ symbol version among their dynamic dependencies.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { lamaCacheDir } from "./build.ts";

/** The two files the musl build's root needs, by the SONAME each must carry. */
export const MUSL_CXX_FILES = ["libstdc++.so.6", "libgcc_s.so.1"] as const;

const MUSL_INCLUDE = "/usr/include/x86_64-linux-musl";
const MUSL_LIB = "/usr/lib/x86_64-linux-musl";
const MUSL_LOADER = "/lib/ld-musl-x86_64.so.1";
const TRIPLET = "x86_64-linux-musl";
const BUILD = "x86_64-linux-gnu";

/** The host gcc's major and full version, and the gcc-N-source tarball of that version. */
export function gccSource(): { major: string; version: string; tarball: string } {
  const v = spawnSync("gcc", ["-dumpfullversion"], { encoding: "utf8" });
  if (v.status !== 0) throw new Error("gcc not found; apt-get install g++ make gawk (.ci/run does)");
  const version = v.stdout.trim();
  const major = version.split(".")[0]!;
  const dir = `/usr/src/gcc-${major}`;
  const tar = existsSync(dir) ? readdirSync(dir).find((f) => new RegExp(`^gcc-${major}\\.[0-9.]+(-dfsg)?\\.tar\\.xz$`).test(f)) : undefined;
  if (!tar) throw new Error(`GCC's source for the host gcc ${version} is not in ${dir}; apt-get install gcc-${major}-source (.ci/run does)`);
  const srcVersion = /^gcc-([0-9.]+?)(-dfsg)?\.tar\.xz$/.exec(tar)![1]!;
  // The host compiler builds GCC's runtime with its own headers (unwind.h, stddef.h) and -fbuilding-libgcc.
  if (srcVersion !== version) throw new Error(`${dir}/${tar} is GCC ${srcVersion} but gcc is ${version}; install the matching gcc-${major} and gcc-${major}-source`);
  return { major, version, tarball: join(dir, tar) };
}

/** Where the libraries for GCC `version` are kept. */
export function muslCxxDir(version = gccSource().version): string {
  return join(lamaCacheDir(), `musl-cxx-${version}`);
}

/** A cached directory holding both libraries for the host's gcc, if one was built (no gcc or source: none). */
export function cachedMuslCxx(): string | undefined {
  let dir: string;
  try {
    dir = muslCxxDir();
  } catch {
    return undefined;
  }
  return MUSL_CXX_FILES.every((f) => existsSync(join(dir, f))) ? dir : undefined;
}

/**
 * What ties an ELF file to glibc, from `readelf -d` and `readelf -V` output:
 * NEEDED entries naming glibc's libraries and GLIBC_ versions it requires.
 */
export function glibcTies(dynamic: string, versions: string): string[] {
  const needed = [...dynamic.matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]!);
  const glibcLibs = needed.filter((n) => /^(libc\.so\.6|libm\.so\.6|libpthread\.so\.0|libdl\.so\.2|librt\.so\.1|ld-linux[-\w.]*)$/.test(n));
  const glibcVersions = [...new Set([...versions.matchAll(/Name: (GLIBC_[\w.]+)/g)].map((m) => m[1]!))];
  return [...glibcLibs.map((n) => `NEEDED ${n}`), ...glibcVersions.map((v) => `version ${v}`)];
}

/** The SONAME in `readelf -d` output. */
export function soname(dynamic: string): string | undefined {
  return /\(SONAME\)\s+Library soname: \[([^\]]+)\]/.exec(dynamic)?.[1];
}

/** Runs a build step, its output to a log; on failure the error carries the log's tail. */
function step(name: string, cmd: string, args: string[], opts: { cwd: string; env?: Record<string, string>; log: string }): void {
  const t0 = performance.now();
  mkdirSync(opts.cwd, { recursive: true });
  const fd = openSync(opts.log, "a");
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ["ignore", fd, fd] });
  if (r.status !== 0) {
    const tail = readFileSync(opts.log, "utf8").split("\n").slice(-40).join("\n");
    throw new Error(`musl C++ runtime: ${name} failed (status ${r.status ?? r.signal}; log ${opts.log}):\n${tail}`);
  }
  console.log(`  ${name}: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

/**
 * The host gcc-N as a musl compiler: musl's headers and GCC's own (stddef.h,
 * unwind.h), musl's crt files and loader, libraries from `lib` (the libgcc
 * built here) and musl only. gcc's default startfile/link specs would pull in
 * glibc's; these replace them, as musl-gcc.specs does for C.
 */
function writeToolchain(tc: string, major: string): Record<string, string> {
  const lib = join(tc, "lib");
  mkdirSync(join(tc, "bin"), { recursive: true });
  mkdirSync(lib, { recursive: true });
  const specs = join(tc, "musl.specs");
  writeFileSync(specs, `%rename cpp_options old_cpp_options

*cpp_options:
-nostdinc -isystem ${MUSL_INCLUDE} -isystem include%s %(old_cpp_options)

*cc1:
%(cc1_cpu) -nostdinc -isystem ${MUSL_INCLUDE} -isystem include%s

*cc1plus:
-nostdinc -isystem ${MUSL_INCLUDE} -isystem include%s

*link_libgcc:
-L${lib} -L${MUSL_LIB}

*libgcc:
%{static|static-libgcc:-lgcc -lgcc_eh}%{!static:%{!static-libgcc:-lgcc_s -lgcc}}

*startfile:
%{!shared: ${MUSL_LIB}/Scrt1.o} ${MUSL_LIB}/crti.o ${lib}/crtbeginS.o

*endfile:
${lib}/crtendS.o ${MUSL_LIB}/crtn.o

*link:
-dynamic-linker ${MUSL_LOADER} -nostdlib %{shared:-shared} %{static:-static} %{rdynamic:-export-dynamic}

`);
  const wrappers = { CC: `${TRIPLET}-gcc`, CXX: `${TRIPLET}-g++` };
  for (const [name, real] of [[wrappers.CC, `gcc-${major}`], [wrappers.CXX, `g++-${major}`]] as const) {
    writeFileSync(join(tc, "bin", name), `#!/bin/sh\nexec ${real} -specs=${specs} "$@"\n`);
    chmodSync(join(tc, "bin", name), 0o755);
  }
  return { PATH: `${join(tc, "bin")}:${process.env.PATH}`, ...wrappers };
}

/**
 * libgcc for musl, its results copied into the toolchain's `lib`. Its Makefile
 * includes gcc/'s libgcc.mvars and headers from ../../gcc; configuring gcc/ for
 * the musl target and making just those files gives them without building a
 * compiler. The build programs behind insn-constants.h and insn-modes.h link
 * the build machine's libiberty.
 */
function buildLibgcc(src: string, work: string, lib: string, env: Record<string, string>, jobs: string, log: string): void {
  const gccObj = join(work, "gcc");
  step("libiberty for gcc's generator programs", "sh", ["-c", `${src}/libiberty/configure --build=${BUILD} --host=${BUILD} && make -j${jobs}`], { cwd: join(work, `build-${BUILD}`, "libiberty"), log });
  step("configure gcc/ for the musl target", `${src}/gcc/configure`, [`--build=${BUILD}`, `--host=${BUILD}`, `--target=${TRIPLET}`, "--enable-languages=c", "--disable-multilib", "--enable-shared", "--enable-threads=posix", "--enable-tls"], { cwd: gccObj, log });
  // libgcc.mvars would depend on the compiler (xgcc, specs); -o takes them as made.
  step("gcc/ headers libgcc includes", "make", [`-j${jobs}`, "-o", "xgcc", "-o", "specs", "tconfig.h", "tm.h", "options.h", "insn-constants.h", "insn-modes.h", "version.h", "libgcc.mvars"], { cwd: gccObj, log });
  // A cross compiler without target headers sets inhibit_libc; here musl's headers are there, as on a native musl gcc.
  const mvars = join(gccObj, "libgcc.mvars");
  writeFileSync(mvars, readFileSync(mvars, "utf8").replace(/^INHIBIT_LIBC_CFLAGS = .*$/m, "INHIBIT_LIBC_CFLAGS ="));
  mkdirSync(join(gccObj, "include"), { recursive: true });
  const dir = join(work, TRIPLET, "libgcc");
  step("configure libgcc", `${src}/libgcc/configure`, [`--build=${BUILD}`, `--host=${TRIPLET}`, `--target=${TRIPLET}`, "--disable-multilib", "--enable-shared", "CFLAGS=-O2"], { cwd: dir, env, log });
  // The specs link everything, libgcc_s.so.1 included, with the crtbeginS/crtendS.o built for musl here.
  step("make libgcc's crt files", "make", [`-j${jobs}`, "crtbeginS.o", "crtendS.o"], { cwd: dir, env, log });
  for (const f of ["crtbeginS.o", "crtendS.o"]) copyFileSync(join(dir, f), join(lib, f));
  step("make libgcc", "make", [`-j${jobs}`], { cwd: dir, env, log });
  for (const f of ["libgcc_s.so.1", "libgcc.a", "libgcc_eh.a"]) copyFileSync(join(dir, f), join(lib, f));
  symlinkSync("libgcc_s.so.1", join(lib, "libgcc_s.so"));
}

function buildLibstdcxx(src: string, work: string, env: Record<string, string>, jobs: string, log: string): string {
  const dir = join(work, TRIPLET, "libstdc++-v3");
  step("configure libstdc++-v3", `${src}/libstdc++-v3/configure`, [
    `--build=${BUILD}`, `--host=${TRIPLET}`, `--target=${TRIPLET}`, `--prefix=${join(work, "unused-prefix")}`,
    "--disable-multilib", "--disable-nls", "--disable-libstdcxx-pch", "--enable-shared", "--disable-static",
    // std::stacktrace's libbacktrace goes only into the static libstdc++_libbacktrace.a.
    "--enable-libstdcxx-backtrace=no", "CFLAGS=-O2", "CXXFLAGS=-O2",
  ], { cwd: dir, env, log });
  step("make libstdc++-v3", "make", [`-j${jobs}`], { cwd: dir, env, log });
  return join(dir, "src", ".libs", "libstdc++.so.6");
}

/** Strips `file` into `dir` under `name` and checks its SONAME and that nothing in it asks for glibc. */
function install(file: string, dir: string, name: string): void {
  const out = join(dir, name);
  const strip = spawnSync("strip", ["--strip-unneeded", "-o", out, file], { encoding: "utf8" });
  if (strip.status !== 0) throw new Error(`strip ${file}: ${strip.stderr}`);
  const dynamic = spawnSync("readelf", ["-d", out], { encoding: "utf8" }).stdout;
  const versions = spawnSync("readelf", ["-V", out], { encoding: "utf8" }).stdout;
  if (soname(dynamic) !== name) throw new Error(`${file} has SONAME ${soname(dynamic)}, not ${name}`);
  const ties = glibcTies(dynamic, versions);
  if (ties.length > 0) throw new Error(`${file} was built against glibc after all: ${ties.join(", ")}`);
}

/** Builds both libraries into the cache unless there; returns the directory. */
export function buildMuslCxx(): string {
  const { major, version, tarball } = gccSource();
  const dir = muslCxxDir(version);
  if (MUSL_CXX_FILES.every((f) => existsSync(join(dir, f)))) return dir;
  for (const need of [join(MUSL_INCLUDE, "stdio.h"), join(MUSL_LIB, "libc.so")]) {
    if (!existsSync(need)) throw new Error(`${need} missing; apt-get install musl-dev (.ci/run does)`);
  }
  const jobs = String(availableParallelism() + 1);
  const work = mkdtempSync(join(tmpdir(), "lama-musl-cxx-"));
  const log = join(lamaCacheDir(), `musl-cxx-${version}.log`);
  mkdirSync(lamaCacheDir(), { recursive: true });
  writeFileSync(log, "");
  const t0 = performance.now();
  console.log(`building libstdc++.so.6 and libgcc_s.so.1 for musl from ${tarball} (log ${log})`);
  try {
    // GCC's test suite and the other languages' front ends and runtimes are most of the tarball and play no part
    // (libstdc++-v3/doc and testsuite stay: its configure writes Makefiles there).
    const skip = ["gcc/testsuite", "gcc/ada", "libgo", "libphobos", "libgfortran", "libsanitizer", "libgomp", "gcc/m2"];
    step("unpack GCC's source", "tar", ["-xJf", tarball, ...skip.map((d) => `--exclude=*/${d}`)], { cwd: work, log });
    const src = join(work, readdirSync(work).find((f) => f.startsWith("gcc-"))!);
    const tc = join(work, "toolchain");
    const env = writeToolchain(tc, major);
    buildLibgcc(src, work, join(tc, "lib"), env, jobs, log);
    const libstdcxx = buildLibstdcxx(src, work, env, jobs, log);
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    install(libstdcxx, tmp, "libstdc++.so.6");
    install(join(tc, "lib", "libgcc_s.so.1"), tmp, "libgcc_s.so.1");
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const sizes = MUSL_CXX_FILES.map((f) => `${f} ${(statSync(join(dir, f)).size / 1e6).toFixed(2)} MB`).join(", ");
  console.log(`built ${sizes} in ${((performance.now() - t0) / 60_000).toFixed(1)} min into ${dir}`);
  return dir;
}

if (import.meta.main) console.log(buildMuslCxx());
