/**
 * The appliance builds: `scripts/build.ts --target linux-arm64` and
 * `--target linux-x64-musl`, proven by running them.
 *
 * arm64: the binaries run under Debian's qemu-user (`qemu-aarch64`, invoked
 * explicitly: no binfmt needed) with `-L` pointing at Debian's arm64 C library
 * (libc6:arm64 fetched with a private apt state, so the machine's dpkg never
 * gains an architecture; kept in ~/.cache/lama/arm64-root). An arm64 `lama`
 * makes the pool key, joins an x64 grand on loopback multicast and answers
 * Status over its WebRTC control channel (libdatachannel's arm64 addon embedded);
 * an arm64 `grand` serves an x64 `lama` the same way.
 *
 * musl: the build is for musl's loader and embeds node-datachannel's musl addon.
 * Bun's musl runtime also needs GNU libstdc++ and libgcc_s built for musl
 * (Alpine's libstdc++ and libgcc packages); neither Debian nor the npm registry
 * ships them, so the run in a minimal root without glibc (musl's loader from
 * Debian's `musl` package, the binary, /proc, in a private mount namespace)
 * needs them given as LAMA_MUSL_CXX_LIBS=DIR and is skipped otherwise; without
 * them the test pins that this is the only thing the root lacks.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import dgram from "node:dgram";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { grandConfig, startGrand, type RunningGrand } from "../grand/index.ts";
import { formatPoolKey, parsePoolKey } from "../runtime/wire/index.ts";
import { build } from "../scripts/build.ts";
import { binariesMissing, DIST, Proc, waitFor } from "./harness/cluster.ts";

const QEMU = "/usr/bin/qemu-aarch64";
const MUSL_LOADER = "/lib/ld-musl-x86_64.so.1";
/** ELF e_machine values (the ELF specification): x86-64 and AArch64. */
const EM_X86_64 = 62;
const EM_AARCH64 = 183;
/** Under TCG a Bun executable takes several seconds to start; joining adds discovery and a DTLS handshake. */
const QEMU_JOIN_MS = 120_000;

const cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "lama");

function elfMachine(path: string): number {
  const head = readFileSync(path).subarray(0, 64);
  return head.readUInt16LE(18);
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

async function freePort(kind: "tcp" | "udp"): Promise<number> {
  if (kind === "tcp") {
    const s = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { data() {} } });
    const port = s.port;
    s.stop(true);
    return port;
  }
  const s = dgram.createSocket("udp4");
  await new Promise<void>((r) => s.bind(0, "127.0.0.1", () => r()));
  const port = s.address().port;
  s.close();
  return port;
}

const arm64Skip = qemuMissing();
if (arm64Skip) console.log(`skipping the arm64 build test: ${arm64Skip}`);

describe.skipIf(!!arm64Skip)("linux-arm64 build under qemu-aarch64", () => {
  const dir = mkdtempSync(join(tmpdir(), "lama-arm64-"));
  const bin = join(dir, "bin");
  let root: string;
  let grand: RunningGrand | undefined;
  const procs: Proc[] = [];
  const qemu = (name: "lama" | "grand", args: string[]) => [QEMU, ["-L", root, join(bin, name), ...args]] as const;
  let keyFile: string;

  beforeAll(() => {
    build({ target: "linux-arm64", outdir: bin });
    root = arm64Root();
  }, 600_000);

  afterAll(async () => {
    // Also when a test failed.
    for (const p of procs) await p.kill("SIGKILL");
    await grand?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the executables are AArch64 ELF files", () => {
    expect(elfMachine(join(bin, "lama"))).toBe(EM_AARCH64);
    expect(elfMachine(join(bin, "grand"))).toBe(EM_AARCH64);
    expect(elfMachine(join(DIST, "lama"))).toBe(EM_X86_64);
  });

  test("lama keygen under qemu-aarch64 prints a pool key", () => {
    const [cmd, args] = qemu("lama", ["keygen"]);
    const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    // base64 of 32 bytes: 43 characters and one '='.
    expect(r.stdout).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    expect(parsePoolKey(r.stdout.trim()).length).toBe(32);
    keyFile = join(dir, "pool.key");
    writeFileSync(keyFile, r.stdout, { mode: 0o600 });
  }, 60_000);

  test("an arm64 lama joins an x64 grand on loopback and answers Status over its control channel", async () => {
    keyFile ??= join(dir, "pool.key");
    if (!existsSync(keyFile)) writeFileSync(keyFile, formatPoolKey(randomBytes(32)) + "\n", { mode: 0o600 });
    const groupPort = await freePort("udp");
    grand = await startGrand(grandConfig({ keyFiles: [keyFile], interfaces: ["127.0.0.1"], groupPort, port: 0, http: null }), { log: { event() {} } });
    const adaptors = join(dir, "adaptors.json");
    writeFileSync(adaptors, JSON.stringify([{ name: "web", type: "process", command: ["/bin/true"] }]));
    const [cmd, args] = qemu("lama", ["run", "--key-file", keyFile, "--interface", "127.0.0.1", "--group-port", String(groupPort), "--service-id", "arm1",
      "--role", "appliance", "--sample-ms", "1000", "--link-capacity-bps", "100000000", "--adaptors", adaptors, "--state-dir", join(dir, "state")]);
    const agent = new Proc(spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] }), "arm1");
    procs.push(agent);
    const g = grand;
    const joined = await waitFor(() => g.service.leases.get("arm1") !== undefined, QEMU_JOIN_MS, () => `arm1 to register (${agent.output.slice(-500)})`);
    await waitFor(() => g.control?.info("arm1")?.state === "open", QEMU_JOIN_MS, () => `arm1's control channel (${JSON.stringify(g.control?.info("arm1"))}; ${agent.output.slice(-500)})`);
    const reply = await g.control!.call("arm1", { status: {} }, 30_000);
    expect(reply.status?.node?.serviceId).toBe("arm1");
    expect(reply.status?.adaptors?.map((a) => a.name)).toEqual(["web"]);
    expect(g.service.leases.get("arm1")!.item.attributes?.roles).toEqual(["appliance"]);
    // Telemetry flows too (the monitor's one source of node state).
    await waitFor(() => g.monitor.nodeState("arm1") !== undefined, 30_000, () => "arm1's telemetry");
    console.log(`arm64 lama under qemu registered ${(joined / 1000).toFixed(1)} s after launch`);
  }, QEMU_JOIN_MS * 2 + 60_000);

  test("an arm64 grand under qemu-aarch64 serves an x64 lama: lists it and relays Status", async () => {
    keyFile ??= join(dir, "pool.key");
    const groupPort = await freePort("udp");
    const httpPort = await freePort("tcp");
    const [cmd, args] = qemu("grand", ["serve", "--key-file", keyFile, "--interface", "127.0.0.1", "--group-port", String(groupPort), "--port", "0",
      "--http", `127.0.0.1:${httpPort}`]);
    const g = new Proc(spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] }), "arm64 grand");
    procs.push(g);
    const agent = new Proc(spawn(join(DIST, "lama"), ["run", "--key-file", keyFile, "--interface", "127.0.0.1", "--group-port", String(groupPort),
      "--service-id", "x1", "--role", "web", "--sample-ms", "1000", "--state-dir", join(dir, "state-x1")], { stdio: ["ignore", "pipe", "pipe"] }), "x1");
    procs.push(agent);
    const api = `http://127.0.0.1:${httpPort}`;
    await waitFor(async () => {
      try {
        const nodes = (await (await fetch(`${api}/api/nodes`)).json()) as { id: string; channel?: string }[];
        return nodes.some((n) => n.id === "x1" && n.channel === "open");
      } catch {
        return false;
      }
    }, QEMU_JOIN_MS, () => `the arm64 grand to list x1 with an open channel (${g.output.slice(-500)})`);
    const res = await fetch(`${api}/api/nodes/x1/status`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string; node: { serviceId: string } }).node.serviceId).toBe("x1");
  }, QEMU_JOIN_MS * 2);
});

const muslSkip = process.arch !== "x64" ? `this is ${process.arch}` : !existsSync(MUSL_LOADER) ? `${MUSL_LOADER} missing; apt-get install musl (.ci/run does)` : undefined;
if (muslSkip) console.log(`skipping the musl build test: ${muslSkip}`);
const cxxLibs = process.env.LAMA_MUSL_CXX_LIBS;
const rootSkip = muslSkip ?? (process.getuid?.() !== 0 ? "a chroot needs root" : undefined);

describe.skipIf(!!muslSkip)("linux-x64-musl build", () => {
  const dir = mkdtempSync(join(tmpdir(), "lama-musl-"));
  const bin = join(dir, "bin");

  beforeAll(() => {
    build({ target: "linux-x64-musl", outdir: bin });
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

  /** Runs a command in the root, in a private mount namespace (its /proc mount goes with it). */
  function inRoot(root: string, argv: string[]) {
    const script = 'mount -t proc proc "$0/proc" && for d in null urandom; do touch "$0/dev/$d" && mount --bind "/dev/$d" "$0/dev/$d"; done && exec chroot "$0" "$@"';
    return spawnSync("unshare", ["--mount", "--propagation", "private", "sh", "-c", script, root, ...argv], { encoding: "utf8", timeout: 60_000 });
  }

  test("the executables are for musl's loader", () => {
    for (const name of ["lama", "grand"]) {
      const head = readFileSync(join(bin, name)).subarray(0, 4096).toString("latin1");
      expect(elfMachine(join(bin, name))).toBe(EM_X86_64);
      expect(head).toContain("/lib/ld-musl-x86_64.so.1\0");
      expect(head).not.toContain("ld-linux-x86-64.so.2");
    }
  });

  test.skipIf(!!rootSkip || !!cxxLibs)("in a root without glibc, all that is missing is musl's C++ runtime", () => {
    const r = inRoot(minimalRoot(), ["/lama", "keygen"]);
    expect(r.status).toBe(127);
    expect(r.stderr.split("\n")[0]).toBe("Error loading shared library libstdc++.so.6: No such file or directory (needed by /lama)");
    // Everything else the loader could not bind is a C++ runtime symbol (mangled _Z..., or the __cxa ABI).
    const unbound = [...r.stderr.matchAll(/Error relocating \/lama: (\S+): symbol not found/g)].map((m) => m[1]!);
    expect(unbound.length).toBeGreaterThan(0);
    expect(unbound.filter((s) => !/^(_Z|__cxa_|__dynamic_cast|__once_proxy|__gxx_personality|_Unwind_)/.test(s))).toEqual([]);
  });

  test.skipIf(!!rootSkip || !cxxLibs)("in a root without glibc, with musl's libstdc++ and libgcc_s given, lama makes a key and grand starts", () => {
    const root = minimalRoot(cxxLibs);
    const key = inRoot(root, ["/lama", "keygen"]);
    expect(key.stderr).toBe("");
    expect(key.stdout).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    expect(inRoot(root, ["/grand", "--version"]).stdout).toMatch(/^grand \d+\.\d+\.\d+/);
  });
});
