/**
 * Builds the two single executables with `bun build --compile`:
 *   dist/lama   the node agent
 *   dist/grand  the controller
 * Each runs from any directory on a machine without Bun or node_modules.
 *
 *   bun scripts/build.ts [--target bun-linux-x64-baseline] [--outdir DIR]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dir, "..");

export const ENTRIES = { lama: "runtime/lama-main.ts", grand: "grand/grand-main.ts" } as const;

export function build(opts: { outdir?: string; target?: string; only?: (keyof typeof ENTRIES)[] } = {}): Record<string, number> {
  const outdir = resolve(root, opts.outdir ?? "dist");
  mkdirSync(outdir, { recursive: true });
  const sizes: Record<string, number> = {};
  for (const name of opts.only ?? (Object.keys(ENTRIES) as (keyof typeof ENTRIES)[])) {
    const out = join(outdir, name);
    const args = ["build", "--compile", "--minify", "--sourcemap=none", join(root, ENTRIES[name]), "--outfile", out];
    if (opts.target) args.push(`--target=${opts.target}`);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    if (r.status !== 0) throw new Error(`bun build of ${name} failed (status ${r.status})`);
    sizes[name] = statSync(out).size;
    console.log(`built ${out} (${(sizes[name] / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return sizes;
}

if (import.meta.main) {
  const arg = (k: string) => {
    const i = process.argv.indexOf(k);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  build({ outdir: arg("--outdir"), target: arg("--target") });
}
