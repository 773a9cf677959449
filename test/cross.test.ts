/**
 * The appliance builds: `scripts/build.ts --target linux-arm64` and
 * `--target linux-x64-musl`, proven by running them.
 *
 * arm64: the binaries run under Debian's qemu-user (`qemu-aarch64`, invoked
 * explicitly: no binfmt needed) with `-L` pointing at Debian's arm64 C library
 * (libc6:arm64 fetched with a private apt state, so the machine's dpkg never
 * gains an architecture; kept in ~/.cache/lama/arm64-root). An arm64 `lama`
 * makes the pool key, joins an x64 grand and answers Status over its WebRTC
 * control channel (libdatachannel's arm64 addon embedded) with telemetry
 * flowing; an arm64 `grand` serves an x64 `lama` the same way. Each pair runs in
 * a network namespace of its own (only its loopback, multicast on 127.0.0.1),
 * and the test reads grand's API over a unix socket.
 *
 * musl: the build is for musl's loader and embeds node-datachannel's musl addon.
 * Bun's musl runtime also needs GNU libstdc++ and libgcc_s built for musl
 * (Alpine's libstdc++ and libgcc packages). Debian ships neither, so
 * scripts/musl-cxx.ts builds them from Debian's gcc-N-source (.ci/run runs it
 * before the tests; ~/.cache/lama/musl-cxx-<gcc version>, or
 * LAMA_MUSL_CXX_LIBS=DIR). In a minimal root without glibc (musl's loader, those
 * two libraries, the binaries, /proc, each run chrooted in a private mount
 * namespace) `lama keygen` makes a key, `grand` starts, and a musl lama joins a
 * musl grand in a network namespace and answers Status. Without the libraries
 * those runs are skipped, and the test pins that they are all the root lacks.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatPoolKey, parsePoolKey } from "../runtime/wire/index.ts";
import { build, lamaCacheDir } from "../scripts/build.ts";
import { cachedMuslCxx } from "../scripts/musl-cxx.ts";
import { buildPackages } from "../scripts/package.ts";
import { binariesMissing, DIST, Proc, ROOT, waitFor } from "./harness/cluster.ts";

const QEMU = "/usr/bin/qemu-aarch64";
const MUSL_LOADER = "/lib/ld-musl-x86_64.so.1";
/** ELF e_machine values (the ELF specification): x86-64 and AArch64. */
const EM_X86_64 = 62;
const EM_AARCH64 = 183;
/** Under TCG a Bun executable takes several seconds to start; joining adds discovery and a DTLS handshake. */
const QEMU_JOIN_MS = 180_000;
/** Natively the same takes about a second; the machines running the tests are shared and busy. */
const MUSL_JOIN_MS = 60_000;

const cacheRoot = lamaCacheDir();

/** The first `n` bytes of a file (the executables are 120 MB; only their headers are read). */
function head(path: string, n: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

function elfMachine(path: string): number {
  return head(path, 64).readUInt16LE(18);
}

function qemuMissing(): string | undefined {
  if (process.arch !== "x64") return `this is ${process.arch}; the arm64 test emulates arm64 on x64`;
  const r = spawnSync(QEMU, ["--version"], { encoding: "utf8" });
  if (r.status !== 0) return `${QEMU} not runnable; apt-get install qemu-user (.ci/run does)`;
  return binariesMissing();
}

/**
 * A directory with Debian's arm64 C library (libc6:arm64 unpacked), for qemu's -L.
 * apt runs with its own lists, status and cache under the cache dir and
 * APT::Architectures=arm64, so the machine's package state is not touched.
 */
function arm64Root(): string {
  const dir = join(cacheRoot, "arm64-root");
  if (existsSync(join(dir, "lib", "ld-linux-aarch64.so.1"))) return dir;
  const apt = join(cacheRoot, "arm64-apt");
  for (const d of ["lists/partial", "cache/archives/partial", "debs"]) mkdirSync(join(apt, d), { recursive: true });
  writeFileSync(join(apt, "status"), "");
  const opts = [
    "-o", "APT::Architecture=arm64", "-o", "APT::Architectures::=arm64", "-o", `Dir::State::Lists=${apt}/lists`,
    "-o", `Dir::State::status=${apt}/status`, "-o", `Dir::Cache=${apt}/cache`, "-o", "Debug::NoLocking=1", "-q",
  ];
  const update = spawnSync("apt-get", [...opts, "update"], { encoding: "utf8", timeout: 300_000 });
  if (update.status !== 0) throw new Error(`apt-get update for arm64 failed: ${update.stderr}`);
  const dl = spawnSync("apt-get", [...opts, "download", "libc6:arm64"], { cwd: join(apt, "debs"), encoding: "utf8", timeout: 300_000 });
  if (dl.status !== 0) throw new Error(`apt-get download libc6:arm64 failed: ${dl.stderr}`);
  const deb = readdirSync(join(apt, "debs")).find((f) => f.startsWith("libc6_") && f.endsWith("_arm64.deb"));
  if (!deb) throw new Error("apt-get download libc6:arm64 left no .deb");
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const x = spawnSync("dpkg-deb", ["-x", join(apt, "debs", deb), tmp], { encoding: "utf8" });
  if (x.status !== 0) throw new Error(`dpkg-deb -x ${deb}: ${x.stderr}`);
  rmSync(dir, { recursive: true, force: true });
  spawnSync("mv", [tmp, dir]);
  return dir;
}

/** Namespaces this run made (prefix, pid, index), removed in afterAll whatever happened. */
const NS_PREFIX = `lamax${process.pid}-`;

function netns(name: string): string {
  const ns = NS_PREFIX + name;
  const add = spawnSync("ip", ["netns", "add", ns], { encoding: "utf8" });
  if (add.status !== 0) throw new Error(`ip netns add ${ns}: ${add.stderr}`);
  spawnSync("ip", ["-n", ns, "link", "set", "lo", "up"]);
  return ns;
}

function removeNetns(ns: string): void {
  // Whatever still runs inside (a child of a killed qemu) goes with it.
  const pids = spawnSync("ip", ["netns", "pids", ns], { encoding: "utf8" }).stdout.split("\n").filter(Boolean).map(Number);
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  }
  spawnSync("ip", ["netns", "del", ns]);
}

interface NodeView { id: string; channel?: string; load: { linkCapacityBps: number } | null; attributes: { roles: string[] } }

/** GET over grand's unix socket: status and JSON, or undefined while grand is not answering yet. */
async function api<T>(socket: string, path: string): Promise<{ status: number; body: T } | undefined> {
  try {
    const res = await fetch(`http://grand${path}`, { unix: socket });
    return { status: res.status, body: (await res.json()) as T };
  } catch {
    return undefined;
  }
}

/**
 * Waits until grand behind `socket` lists `id` (started with role appliance,
 * 100 Mb/s link capacity and one adaptor "web") with an open channel and
 * telemetry, then checks its Status; returns how long it took.
 */
async function joinedAndAnswers(socket: string, id: string, what: () => string, timeoutMs: number): Promise<number> {
  const t0 = performance.now();
  await waitFor(async () => {
    const r = await api<NodeView[]>(socket, "/api/nodes");
    const n = r?.body.find((x) => x.id === id);
    return n?.channel === "open" && n.load !== null;
  }, timeoutMs, () => `${id} listed with an open channel and telemetry (${what()})`);
  const node = (await api<NodeView>(socket, `/api/nodes/${id}`))!;
  expect(node.body.attributes.roles).toEqual(["appliance"]);
  // The capacity it was given on its command line, carried in its telemetry.
  expect(node.body.load!.linkCapacityBps % 100_000_000).toBe(0);
  const status = (await api<{ id: string; node: { serviceId: string }; adaptors: { name: string }[] }>(socket, `/api/nodes/${id}/status`))!;
  expect(status.status).toBe(200);
  expect(status.body.node.serviceId).toBe(id);
  expect(status.body.adaptors.map((a) => a.name)).toEqual(["web"]);
  return performance.now() - t0;
}

const arm64Skip = qemuMissing() ?? (process.getuid?.() !== 0 ? "the arm64 test runs each pool in a network namespace of its own, which needs root (CI runs as root)" : undefined);
if (arm64Skip) console.log(`skipping the arm64 build test: ${arm64Skip}`);

describe.skipIf(!!arm64Skip)("linux-arm64 build under qemu-aarch64, in network namespaces", () => {
  // Made in beforeAll: bun runs a skipped describe's body too, and a skipped run must leave no temp dir.
  let dir = "";
  let bin = "";
  let keyFile = "";
  let root: string;
  const procs: Proc[] = [];
  const namespaces: string[] = [];
  const qemu = (name: "lama" | "grand", args: string[]) => [QEMU, "-L", root, join(bin, name), ...args];
  /** argv run inside namespace `ns`. */
  const start = (ns: string, name: string, argv: string[]) => {
    const p = new Proc(spawn("ip", ["netns", "exec", ns, ...argv], { stdio: ["ignore", "pipe", "pipe"] }), name);
    procs.push(p);
    return p;
  };
  const grandArgs = (socket: string) => ["serve", "--key-file", keyFile, "--interface", "127.0.0.1", "--port", "0", "--http", `unix:${socket}`];
  const lamaArgs = (id: string) => ["run", "--key-file", keyFile, "--interface", "127.0.0.1", "--service-id", id, "--role", "appliance",
    "--sample-ms", "1000", "--link-capacity-bps", "100000000", "--adaptors", join(dir, "adaptors.json"), "--state-dir", join(dir, `state-${id}`)];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "lama-arm64-"));
    bin = join(dir, "bin");
    keyFile = join(dir, "pool.key");
    build({ target: "linux-arm64", outdir: bin });
    root = arm64Root();
    writeFileSync(join(dir, "adaptors.json"), JSON.stringify([{ name: "web", type: "process", command: ["/bin/true"] }]));
  }, 600_000);

  afterAll(async () => {
    // Also when a test failed.
    for (const p of procs) await p.kill("SIGKILL");
    for (const ns of namespaces) removeNetns(ns);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("the executables are AArch64 ELF files", () => {
    expect(elfMachine(join(bin, "lama"))).toBe(EM_AARCH64);
    expect(elfMachine(join(bin, "grand"))).toBe(EM_AARCH64);
    expect(elfMachine(join(DIST, "lama"))).toBe(EM_X86_64);
  }, 30_000);

  test("lama keygen under qemu-aarch64 prints the pool key both pools use", () => {
    const [cmd, ...args] = qemu("lama", ["keygen"]);
    const r = spawnSync(cmd!, args, { encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    // base64 of 32 bytes: 43 characters and one '='.
    expect(r.stdout).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    expect(parsePoolKey(r.stdout.trim()).length).toBe(32);
    writeFileSync(keyFile, r.stdout, { mode: 0o600 });
  }, 60_000);

  test("the arm64 build packages as lama_<version>_arm64.deb, and the packaged lama runs", () => {
    const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    const debs = buildPackages({ binDir: bin, outDir: join(dir, "debs"), arch: "arm64", compression: "gzip", level: 1, sourceDateEpoch: 1_800_000_000, only: ["lama"] });
    expect(debs.lama).toBe(join(dir, "debs", `lama_${version}_arm64.deb`));
    expect(spawnSync("dpkg-deb", ["--field", debs.lama!, "Package", "Architecture"], { encoding: "utf8" }).stdout).toBe("Package: lama\nArchitecture: arm64\n");
    const x = join(dir, "unpacked");
    expect(spawnSync("dpkg-deb", ["-x", debs.lama!, x]).status).toBe(0);
    const [cmd, ...args] = qemu("lama", ["--version"]);
    args[2] = join(x, "usr", "bin", "lama");
    expect(spawnSync(cmd!, args, { encoding: "utf8", timeout: 60_000 }).stdout).toBe(`lama ${version}\n`);
    // An x64 executable is not packaged as arm64.
    expect(() => buildPackages({ binDir: DIST, outDir: join(dir, "wrong"), arch: "arm64", only: ["lama"] })).toThrow("is not an arm64 executable (ELF machine 62, arm64 is 183)");
  }, 120_000);

  test("an arm64 lama joins an x64 grand and answers Status over its control channel", async () => {
    if (!existsSync(keyFile)) writeFileSync(keyFile, formatPoolKey(randomBytes(32)) + "\n", { mode: 0o600 });
    const ns = netns("a");
    namespaces.push(ns);
    const socket = join(dir, "a.sock");
    const g = start(ns, "x64 grand", [join(DIST, "grand"), ...grandArgs(socket)]);
    const agent = start(ns, "arm64 lama", qemu("lama", lamaArgs("arm1")));
    const took = await joinedAndAnswers(socket, "arm1", () => `${agent.output.slice(-400)} / ${g.output.slice(-300)}`, QEMU_JOIN_MS);
    console.log(`arm64 lama under qemu: registered, channel open and telemetry in ${(took / 1000).toFixed(1)} s`);
  }, QEMU_JOIN_MS + 60_000);

  test("an arm64 grand serves an x64 lama: lists it and relays its Status", async () => {
    if (!existsSync(keyFile)) writeFileSync(keyFile, formatPoolKey(randomBytes(32)) + "\n", { mode: 0o600 });
    const ns = netns("b");
    namespaces.push(ns);
    const socket = join(dir, "b.sock");
    const g = start(ns, "arm64 grand", qemu("grand", grandArgs(socket)));
    const agent = start(ns, "x64 lama", [join(DIST, "lama"), ...lamaArgs("x1")]);
    const took = await joinedAndAnswers(socket, "x1", () => `${g.output.slice(-400)} / ${agent.output.slice(-300)}`, QEMU_JOIN_MS);
    console.log(`arm64 grand under qemu: x64 lama listed with channel and telemetry in ${(took / 1000).toFixed(1)} s`);
  }, QEMU_JOIN_MS + 60_000);
});

const muslSkip = process.arch !== "x64" ? `this is ${process.arch}` : !existsSync(MUSL_LOADER) ? `${MUSL_LOADER} missing; apt-get install musl (.ci/run does)` : undefined;
if (muslSkip) console.log(`skipping the musl build test: ${muslSkip}`);
const rootSkip = muslSkip ?? (process.getuid?.() !== 0 ? "a chroot and a network namespace need root (CI runs as root)" : undefined);
const cxxLibs = process.env.LAMA_MUSL_CXX_LIBS || cachedMuslCxx();
const cxxSkip = rootSkip ?? (cxxLibs ? undefined : "musl's libstdc++.so.6 and libgcc_s.so.1 are not built; run 'bun scripts/musl-cxx.ts' (.ci/run does; ~10 min) or set LAMA_MUSL_CXX_LIBS=DIR");
if (!muslSkip && cxxSkip) console.log(`skipping the musl runs in a root without glibc: ${cxxSkip}`);
/** Dynamic dependencies a musl C++ runtime may have: each other and musl's libc (under musl's or Alpine's name). */
const MUSL_CXX_NEEDS = ["libgcc_s.so.1", "libc.so", "libc.musl-x86_64.so.1"];

describe.skipIf(!!muslSkip)("linux-x64-musl build", () => {
  // Made in beforeAll: bun runs a skipped describe's body too, and a directory made there would be left behind.
  let dir = "";
  let bin = "";
  const procs: Proc[] = [];
  const namespaces: string[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "lama-musl-"));
    bin = join(dir, "bin");
    build({ target: "linux-x64-musl", outdir: bin });
  }, 600_000);

  afterAll(async () => {
    // Also when a test failed; each process's mounts go with its mount namespace.
    for (const p of procs) await p.kill("SIGKILL");
    for (const ns of namespaces) removeNetns(ns);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A root with musl's loader (also under Alpine's libc name), the binaries, /proc and /tmp; no glibc. */
  function minimalRoot(extraLibs?: string): string {
    const root = join(dir, "root");
    rmSync(root, { recursive: true, force: true });
    for (const d of ["lib", "proc", "tmp", "dev"]) mkdirSync(join(root, d), { recursive: true });
    copyFileSync(MUSL_LOADER, join(root, "lib", "ld-musl-x86_64.so.1"));
    // The addon and Bun's runtime name musl's libc as Alpine does; musl's loader is that libc.
    symlinkSync("ld-musl-x86_64.so.1", join(root, "lib", "libc.musl-x86_64.so.1"));
    if (extraLibs) for (const f of readdirSync(extraLibs)) copyFileSync(join(extraLibs, f), join(root, "lib", f));
    copyFileSync(join(bin, "lama"), join(root, "lama"));
    copyFileSync(join(bin, "grand"), join(root, "grand"));
    spawnSync("chmod", ["755", join(root, "lama"), join(root, "grand")]);
    return root;
  }

  /** argv that runs `argv` chrooted in `root`, in a private mount namespace (its /proc and /dev mounts go with it). */
  function rootArgv(root: string, argv: string[]): string[] {
    const script = 'mount -t proc proc "$0/proc" && for d in null urandom; do touch "$0/dev/$d" && mount --bind "/dev/$d" "$0/dev/$d"; done && exec chroot "$0" "$@"';
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, root, ...argv];
  }

  function inRoot(root: string, argv: string[]) {
    const [cmd, ...args] = rootArgv(root, argv);
    return spawnSync(cmd!, args, { encoding: "utf8", timeout: 60_000 });
  }

  test("the executables are for musl's loader", () => {
    for (const name of ["lama", "grand"]) {
      const text = head(join(bin, name), 4096).toString("latin1");
      expect(elfMachine(join(bin, name))).toBe(EM_X86_64);
      expect(text).toContain("/lib/ld-musl-x86_64.so.1\0");
      expect(text).not.toContain("ld-linux-x86-64.so.2");
    }
  }, 30_000);

  test.skipIf(!!rootSkip)("in a root without glibc, all that is missing is musl's C++ runtime", () => {
    const r = inRoot(minimalRoot(), ["/lama", "keygen"]);
    expect(r.status).toBe(127);
    expect(r.stderr.split("\n")[0]).toBe("Error loading shared library libstdc++.so.6: No such file or directory (needed by /lama)");
    // Everything else the loader could not bind is a C++ runtime symbol (mangled _Z..., or the __cxa ABI).
    const unbound = [...r.stderr.matchAll(/Error relocating \/lama: (\S+): symbol not found/g)].map((m) => m[1]!);
    expect(unbound.length).toBeGreaterThan(0);
    expect(unbound.filter((s) => !/^(_Z|__cxa_|__dynamic_cast|__once_proxy|__gxx_personality|_Unwind_)/.test(s))).toEqual([]);
  });

  test.skipIf(!!cxxSkip)("the musl C++ runtime is libstdc++.so.6 and libgcc_s.so.1 and asks nothing of glibc", () => {
    for (const name of ["libstdc++.so.6", "libgcc_s.so.1"]) {
      const file = join(cxxLibs!, name);
      const dynamic = spawnSync("readelf", ["-d", file], { encoding: "utf8" }).stdout;
      expect(/\(SONAME\)\s+Library soname: \[([^\]]+)\]/.exec(dynamic)?.[1]).toBe(name);
      const needed = [...dynamic.matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]!);
      expect(needed.filter((n) => !MUSL_CXX_NEEDS.includes(n))).toEqual([]);
      // glibc's symbol versions (GLIBC_2.2.5, ...) would mean it was linked against glibc; GLIBCXX_/CXXABI_ are libstdc++'s own.
      expect(spawnSync("readelf", ["-V", "-W", file], { encoding: "utf8" }).stdout).not.toMatch(/GLIBC_\d/);
    }
  });

  test.skipIf(!!cxxSkip)("in a root without glibc, with musl's libstdc++ and libgcc_s, lama makes a key and grand starts", () => {
    const root = minimalRoot(cxxLibs);
    const key = inRoot(root, ["/lama", "keygen"]);
    expect(key.stderr).toBe("");
    expect(key.stdout).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    expect(parsePoolKey(key.stdout.trim()).length).toBe(32);
    expect(inRoot(root, ["/grand", "--version"]).stdout).toMatch(/^grand \d+\.\d+\.\d+/);
  });

  test.skipIf(!!cxxSkip)("in that root, a musl lama joins a musl grand and answers Status over its control channel", async () => {
    const root = minimalRoot(cxxLibs);
    writeFileSync(join(root, "pool.key"), formatPoolKey(randomBytes(32)) + "\n", { mode: 0o600 });
    // The adaptor's program must exist in the root; lama itself is the one program there.
    writeFileSync(join(root, "adaptors.json"), JSON.stringify([{ name: "web", type: "process", command: ["/lama", "--version"] }]));
    const ns = netns("m");
    namespaces.push(ns);
    const start = (name: string, argv: string[]) => {
      const p = new Proc(spawn("ip", ["netns", "exec", ns, ...rootArgv(root, argv)], { stdio: ["ignore", "pipe", "pipe"] }), name);
      procs.push(p);
      return p;
    };
    const g = start("musl grand", ["/grand", "serve", "--key-file", "/pool.key", "--interface", "127.0.0.1", "--port", "0", "--http", "unix:/tmp/grand.sock"]);
    const agent = start("musl lama", ["/lama", "run", "--key-file", "/pool.key", "--interface", "127.0.0.1", "--service-id", "musl1", "--role", "appliance",
      "--sample-ms", "1000", "--link-capacity-bps", "100000000", "--adaptors", "/adaptors.json", "--state-dir", "/state-musl1"]);
    const took = await joinedAndAnswers(join(root, "tmp", "grand.sock"), "musl1", () => `${agent.output.slice(-400)} / ${g.output.slice(-300)}`, MUSL_JOIN_MS);
    console.log(`musl lama and grand in a root without glibc: registered, channel open and telemetry in ${(took / 1000).toFixed(1)} s`);
  }, MUSL_JOIN_MS + 30_000);
});
