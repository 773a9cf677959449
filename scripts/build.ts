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
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";

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

/** Where the addon for `addon` (a platform package name) is on disk, fetching it from the npm registry if needed. */
export function datachannelAddon(addon: string, cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "lama", "node-datachannel")): string {
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

export function build(opts: { outdir?: string; target?: string; only?: (keyof typeof ENTRIES)[] } = {}): Record<string, number> {
  const outdir = resolve(root, opts.outdir ?? "dist");
  mkdirSync(outdir, { recursive: true });
  const target = opts.target === undefined ? undefined : resolveTarget(opts.target);
  const addon = target && target.addon !== "linux-x64-gnu" ? datachannelAddon(target.addon) : undefined;
  const sizes: Record<string, number> = {};
  for (const name of opts.only ?? (Object.keys(ENTRIES) as (keyof typeof ENTRIES)[])) {
    const out = join(outdir, name);
    const entry = join(root, ENTRIES[name]);
    const t0 = performance.now();
    // Another platform's addon needs the build plugin, which only the Bun.build API takes: that runs in a child
    // (compileWithAddon below), so build() stays synchronous for its callers.
    const args = addon
      ? [import.meta.path, "--compile-one", entry, "--bun-target", target!.bun, "--addon", addon, "--outfile", out]
      : ["build", "--compile", "--minify", "--sourcemap=none", entry, "--outfile", out, ...(target ? [`--target=${target.bun}`] : [])];
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    if (r.status !== 0) throw new Error(`bun build of ${name}${target ? ` for ${target.bun}` : ""} failed (status ${r.status})`);
    sizes[name] = statSync(out).size;
    console.log(`built ${out}${target ? ` for ${target.bun}` : ""} (${(sizes[name] / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return sizes;
}

/** One executable for `bunTarget` with HOST_ADDON's import pointed at `addon`. */
async function compileWithAddon(entry: string, bunTarget: string, addon: string, outfile: string): Promise<void> {
  const escaped = HOST_ADDON.replace(/[/.]/g, "\\$&");
  const r = await Bun.build({
    entrypoints: [entry],
    compile: { target: bunTarget as Bun.Build.CompileTarget, outfile },
    minify: true,
    sourcemap: "none",
    plugins: [{ name: "node-datachannel-platform", setup: (b) => void b.onResolve({ filter: new RegExp(`^${escaped}$`) }, () => ({ path: addon })) }],
  });
  if (!r.success) throw new Error(r.logs.map(String).join("\n"));
}

if (import.meta.main) {
  const arg = (k: string) => {
    const i = process.argv.indexOf(k);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const one = arg("--compile-one");
  if (one) await compileWithAddon(one, arg("--bun-target")!, arg("--addon")!, arg("--outfile")!);
  else build({ outdir: arg("--outdir"), target: arg("--target") });
}
