/**
 * Builds the two single executables with `bun build --compile`:
 *   dist/lama   the node agent
 *   dist/grand  the controller
 * Each runs from any directory on a machine without Bun or node_modules.
 *
 *   bun scripts/build.ts [--target TARGET] [--outdir DIR]
 *
 * TARGET is one of TARGETS (linux-x64, linux-x64-baseline, linux-arm64,
 * linux-x64-musl, linux-arm64-musl) or a Bun target name (bun-linux-x64-baseline);
 * none: this machine. Bun cross-compiles by fetching the target's runtime from
 * the npm registry. The one native part, node-datachannel's addon, comes from
 * its per-platform npm package (@node-datachannel/linux-arm64-gnu, ...): the
 * installed one for this machine, else `npm pack` of the version package-lock.json
 * pins, checked against the lock's sha512 and kept in a cache
 * (~/.cache/lama/node-datachannel). The runtime imports the linux-x64-gnu addon
 * by a literal path (runtime/wire/webrtc.ts), so for another target a build
 * plugin points that import at the target's addon, and the compiler embeds it.
 * libsodium's native addon (sodium-native's prebuild, runtime/wire/sodium.ts) is
 * handled the same way: its linux-arm64 prebuild for arm64 glibc, and for musl,
 * where sodium-native publishes none, an empty module, so the binary falls back to
 * libsodium-wrappers' WebAssembly build.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { NATIVE_VERSIONS, nativeLibName } from "../runtime/wire/index.ts";

const root = resolve(import.meta.dir, "..");

export const ENTRIES = { lama: "runtime/lama-main.ts", grand: "grand/grand-main.ts" } as const;

/** Each supported target: Bun's compile target and node-datachannel's platform package for it. */
export const TARGETS = {
  "linux-x64": { bun: "bun-linux-x64", addon: "linux-x64-gnu" },
  "linux-x64-baseline": { bun: "bun-linux-x64-baseline", addon: "linux-x64-gnu" },
  "linux-arm64": { bun: "bun-linux-arm64", addon: "linux-arm64-gnu" },
  "linux-x64-musl": { bun: "bun-linux-x64-musl", addon: "linux-x64-musl" },
  "linux-arm64-musl": { bun: "bun-linux-arm64-musl", addon: "linux-arm64-musl" },
} as const;
export type TargetName = keyof typeof TARGETS;

/** The addon path runtime/wire/webrtc.ts requires; a build for another platform redirects it. */
const HOST_ADDON = "@node-datachannel/linux-x64-gnu/node_datachannel.node";

/** The sodium-native addon path runtime/wire/sodium.ts requires. */
const HOST_SODIUM = "sodium-native/prebuilds/linux-x64/sodium-native.node";

/** sodium-native's prebuilt addon for a node-datachannel platform name, or null where it ships none (musl). */
export function sodiumPrebuild(addon: string): string | null {
  const glibc = /^linux-(x64|arm64)-gnu$/.exec(addon);
  if (!glibc) return null;
  const file = join(root, "node_modules", "sodium-native", "prebuilds", `linux-${glibc[1]}`, "sodium-native.node");
  if (!existsSync(file)) throw new Error(`${file} is missing; run 'npm ci' to install sodium-native`);
  return file;
}

/** Bun target and addon package for a target given as one of TARGETS or a Bun target name. */
export function resolveTarget(target: string): { bun: string; addon: string } {
  if (target in TARGETS) return TARGETS[target as TargetName];
  const bunName = /^bun-linux-(x64|arm64|aarch64)(-baseline|-modern)?(-musl)?(-baseline)?$/.exec(target);
  if (bunName) {
    const arch = bunName[1] === "x64" ? "x64" : "arm64";
    return { bun: target, addon: `linux-${arch}-${bunName[3] ? "musl" : "gnu"}` };
  }
  throw new Error(`unknown build target '${target}'; use one of ${Object.keys(TARGETS).join(", ")} (or a Bun target such as bun-linux-x64-baseline)`);
}

/** The version and sha512 integrity package-lock.json pins for an @node-datachannel platform package. */
export function lockedAddon(addon: string, lockText = readFileSync(join(root, "package-lock.json"), "utf8")): { version: string; integrity: string } {
  const lock = JSON.parse(lockText) as { packages?: Record<string, { version?: string; integrity?: string }> };
  const entry = lock.packages?.[`node_modules/@node-datachannel/${addon}`];
  if (!entry?.version || !entry.integrity?.startsWith("sha512-")) {
    throw new Error(`package-lock.json pins no @node-datachannel/${addon} with a sha512 integrity; run 'npm install' to record node-datachannel's platform packages`);
  }
  return { version: entry.version, integrity: entry.integrity };
}

/** LAMA's cache of downloads and builds: $XDG_CACHE_HOME/lama, else ~/.cache/lama. */
export function lamaCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "lama");
}

/** Where the addon for `addon` (a platform package name) is on disk, fetching it from the npm registry if needed. */
export function datachannelAddon(addon: string, cacheRoot = join(lamaCacheDir(), "node-datachannel")): string {
  const installed = join(root, "node_modules", "@node-datachannel", addon, "node_datachannel.node");
  const { version, integrity } = lockedAddon(addon);
  if (existsSync(installed)) {
    const pkg = JSON.parse(readFileSync(join(root, "node_modules", "@node-datachannel", addon, "package.json"), "utf8")) as { version: string };
    if (pkg.version === version) return installed;
  }
  const dir = join(cacheRoot, `${addon}-${version}`);
  const file = join(dir, "node_datachannel.node");
  if (existsSync(file)) return file;
  const work = mkdtempSync(join(tmpdir(), "lama-addon-"));
  try {
    const spec = `@node-datachannel/${addon}@${version}`;
    const packed = spawnSync("npm", ["pack", spec, "--pack-destination", work, "--silent"], { cwd: work, encoding: "utf8", timeout: 300_000 });
    if (packed.status !== 0) throw new Error(`npm pack ${spec} failed (status ${packed.status}): ${(packed.stderr || packed.error?.message || "").trim()}`);
    const tgz = join(work, packed.stdout.trim().split("\n").at(-1)!);
    const got = "sha512-" + createHash("sha512").update(readFileSync(tgz)).digest("base64");
    if (got !== integrity) throw new Error(`${spec} from the registry has integrity ${got}, but package-lock.json pins ${integrity}; refusing to embed it`);
    const untar = spawnSync("tar", ["-xzf", tgz, "-C", work, "package/node_datachannel.node"], { encoding: "utf8" });
    if (untar.status !== 0) throw new Error(`unpacking ${tgz}: ${untar.stderr}`);
    mkdirSync(dir, { recursive: true });
    renameSync(join(work, "package", "node_datachannel.node"), file);
    return file;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The runtime names the addon files after NATIVE_VERSIONS; the build refuses when package.json, the lock
 * or node_modules hold other versions (a binary would look for files no build wrote).
 */
export function checkNativeVersions(lockedDatachannel: string, pkgText = readFileSync(join(root, "package.json"), "utf8"), installedSodium = readFileSync(join(root, "node_modules", "sodium-native", "package.json"), "utf8")): void {
  const pins = (JSON.parse(pkgText) as { dependencies: Record<string, string> }).dependencies;
  const found = { "node-datachannel": [pins["node-datachannel"], lockedDatachannel], "sodium-native": [pins["sodium-native"], (JSON.parse(installedSodium) as { version: string }).version] };
  for (const [name, versions] of Object.entries(found)) {
    const want = NATIVE_VERSIONS[name as keyof typeof NATIVE_VERSIONS];
    if (versions.some((v) => v !== want)) {
      throw new Error(`runtime/wire/native-lib.ts names ${name} ${want}, but package.json pins ${versions[0]} and ${versions[1]} is installed or locked; make them one version ('npm install --save-exact ${name}@…' and NATIVE_VERSIONS)`);
    }
  }
}

/** Where a build writes the addons for installing beside the executables (runtime/wire/native-lib.ts). */
export const NATIVE_LIB_DIR = join("lib", "lama");

/** The addon files a build wrote beside the executables in `outdir`, sorted; none for an older build. */
export function builtNativeLibs(outdir: string): string[] {
  const dir = join(outdir, NATIVE_LIB_DIR);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".node")).sort().map((f) => join(dir, f)) : [];
}

/**
 * Builds the executables into `outdir` (default dist) and their native addons into
 * `outdir/lib/lama/<package>-<version>.node`, which a binary at `outdir/<name>` (or
 * /usr/bin/<name> with the addons at /usr/lib/lama) loads in place of its embedded copy.
 * `nativeLibs: "external"` embeds no addon (a smaller binary that needs the files: the boot image).
 */
export function build(opts: { outdir?: string; target?: string; only?: (keyof typeof ENTRIES)[]; nativeLibs?: "embed" | "external" } = {}): Record<string, number> {
  const outdir = resolve(root, opts.outdir ?? "dist");
  mkdirSync(join(outdir, NATIVE_LIB_DIR), { recursive: true });
  const target = opts.target === undefined ? undefined : resolveTarget(opts.target);
  const platform = target?.addon ?? "linux-x64-gnu";
  // Versions first: refuse before fetching an addon the binary would not look for.
  checkNativeVersions(lockedAddon(platform).version);
  const addon = datachannelAddon(platform);
  const sodium = sodiumPrebuild(platform);
  copyFileSync(addon, join(outdir, NATIVE_LIB_DIR, nativeLibName("node-datachannel", NATIVE_VERSIONS["node-datachannel"])));
  if (sodium) copyFileSync(sodium, join(outdir, NATIVE_LIB_DIR, nativeLibName("sodium-native", NATIVE_VERSIONS["sodium-native"])));
  const external = opts.nativeLibs === "external";
  const sizes: Record<string, number> = {};
  for (const name of opts.only ?? (Object.keys(ENTRIES) as (keyof typeof ENTRIES)[])) {
    const out = join(outdir, name);
    const entry = join(root, ENTRIES[name]);
    const t0 = performance.now();
    // Another platform's addons, or none, need the build plugin, which only the Bun.build API takes: that runs
    // in a child (compileWithAddon below), so build() stays synchronous for its callers.
    const args = platform !== "linux-x64-gnu" || external
      ? [import.meta.path, "--compile-one", entry, "--bun-target", target?.bun ?? "bun-linux-x64", "--addon", external ? "none" : addon,
        "--sodium", external ? "none" : sodium ?? "none", "--outfile", out]
      : ["build", "--compile", "--minify", "--sourcemap=none", entry, "--outfile", out, ...(target ? [`--target=${target.bun}`] : [])];
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    if (r.status !== 0) throw new Error(`bun build of ${name}${target ? ` for ${target.bun}` : ""} failed (status ${r.status})`);
    sizes[name] = statSync(out).size;
    console.log(`built ${out}${target ? ` for ${target.bun}` : ""}${external ? " (addons not embedded)" : ""} (${(sizes[name] / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return sizes;
}

const literal = (path: string) => new RegExp(`^${path.replace(/[/.]/g, "\\$&")}$`);

/** One executable for `bunTarget` with HOST_ADDON's import pointed at `addon` and HOST_SODIUM's at `sodium` ("none": an empty module, null). */
async function compileWithAddon(entry: string, bunTarget: string, addon: string, sodium: string, outfile: string): Promise<void> {
  const r = await Bun.build({
    entrypoints: [entry],
    compile: { target: bunTarget as Bun.Build.CompileTarget, outfile },
    minify: true,
    sourcemap: "none",
    plugins: [
      {
        name: "native-addons-for-the-target",
        setup: (b) => {
          const to = (path: string) => (path === "none" ? { path: "none", namespace: "lama-no-addon" } : { path });
          b.onResolve({ filter: literal(HOST_ADDON) }, () => to(addon));
          b.onResolve({ filter: literal(HOST_SODIUM) }, () => to(sodium));
          b.onLoad({ filter: /.*/, namespace: "lama-no-addon" }, () => ({ contents: "module.exports = null;", loader: "js" }));
        },
      },
    ],
  });
  if (!r.success) throw new Error(r.logs.map(String).join("\n"));
}

if (import.meta.main) {
  const arg = (k: string) => {
    const i = process.argv.indexOf(k);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const one = arg("--compile-one");
  if (one) await compileWithAddon(one, arg("--bun-target")!, arg("--addon")!, arg("--sodium")!, arg("--outfile")!);
  else build({ outdir: arg("--outdir"), target: arg("--target") });
}
