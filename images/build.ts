/**
 * `npm run images`: builds the boot images under dist/images/.
 *
 *   bun images/build.ts [options]
 *     --out DIR             output folder (default dist/images)
 *     --key-file PATH       bake this pool key into the initramfs (mode 0600)
 *     --cmdline-key         with --key-file: put the key on the iPXE/GRUB command line instead
 *     --role R              role baked in (repeatable)
 *     --attr K=V            attribute baked in (repeatable)
 *     --grand HOST[:PORT]   grand for unicast discovery, baked in (repeatable)
 *     --controller-key KEY  grand's public controller key (ctl-pub:…, from 'grand controller-public'),
 *                           baked in as lama.controller= (repeatable; with --cmdline-key it goes on the command line)
 *     --http-base URL       where boot.ipxe fetches the kernel and initramfs (default: relative, i.e. TFTP)
 *     --lama PATH           bake this lama binary instead of building the baseline one
 *     --kernel-deb FILE     use this linux-image .deb instead of apt-get download
 *     --only LIST           comma list of initramfs,pxe,iso (default all; the initramfs is always built)
 *     --check-reproducible  build twice into temporary folders and compare every output byte for byte
 *
 * Outputs: vmlinuz, initramfs.img, lama-recovery.iso, pxe/ (the PXE server kit),
 * manifest.json (inputs, sizes, sha256 of every output).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build as buildBinaries, builtNativeLibs } from "../scripts/build.ts";
import {
  type BuildConfig, type ImagePart, ALL_PARTS, ImageConfigError, KERNEL_PLUS_INITRAMFS_BUDGET_BYTES, lamaArgsFor, LAMA_IMAGE_TARGET,
  INITRAMFS_COMPRESSOR, NIC_MODULES, REPO_ROOT, resolveBuildConfig, SOURCE_DATE_EPOCH_S,
} from "./config.ts";
import { run, ToolError } from "./exec.ts";
import { buildInitramfs, initramfsEntries, isStaticElf, sha256File, stageModules, walk } from "./initramfs.ts";
import { buildIso } from "./iso.ts";
import { ensureKernel } from "./kernel.ts";
import { Progress, mb } from "./progress.ts";
import { renderIpxeScript, writePxeKit } from "./pxe-kit.ts";

/** What a build made: written as manifest.json. */
export interface ImageManifest {
  sourceDateEpoch: number;
  kernel: { package: string; version: string; release: string };
  lama: { version: string; target: string; sha256: string; bytes: number };
  busybox: { sha256: string };
  bakedKey: boolean;
  bakedArgs: string[];
  /** Output path (relative to the output folder) → size and sha256. */
  outputs: Record<string, { bytes: number; sha256: string }>;
  sizes: { kernelBytes: number; initramfsBytes: number; kernelPlusInitramfsBytes: number; isoBytes?: number; lamaBytes: number; initramfsUncompressedBytes: number };
  withinBudget: boolean;
}

export const OUTPUT_NAMES = { kernel: "vmlinuz", initramfs: "initramfs.img", iso: "lama-recovery.iso", pxe: "pxe", manifest: "manifest.json" } as const;

/** Builds what `cfg.parts` asks for; returns the manifest (also written to the output folder). */
export async function buildImages(cfg: BuildConfig, progress = new Progress(8)): Promise<ImageManifest> {
  mkdirSync(cfg.outDir, { recursive: true });
  mkdirSync(cfg.cacheDir, { recursive: true });
  const out = (name: string) => join(cfg.outDir, name);
  // Per-output work folder, so builds into different output folders can share the cache.
  const work = join(cfg.cacheDir, `work-${basename(cfg.outDir)}`);
  mkdirSync(work, { recursive: true });
  const wantKeyOnCmdline = cfg.bakedKey !== undefined && cfg.keyOnCmdline;
  const bakedArgs = lamaArgsFor(cfg);
  const bootArgs = wantKeyOnCmdline ? [...bakedArgs, `lama.key=${cfg.bakedKey}`] : [];

  let s = progress.step("kernel: Debian linux-image package, fetched and unpacked (not installed)");
  const kernel = ensureKernel(cfg.cacheDir, cfg.kernelDeb);
  cpSync(kernel.vmlinuz, out(OUTPUT_NAMES.kernel));
  s.done(`${kernel.packageName} ${kernel.packageVersion}, vmlinuz ${mb(statSync(out(OUTPUT_NAMES.kernel)).size)}`);

  s = progress.step(`lama for ${cfg.lamaBinary ? "the given binary" : LAMA_IMAGE_TARGET}`);
  let lamaBinary = cfg.lamaBinary;
  if (!lamaBinary) {
    const dir = join(cfg.cacheDir, "lama-baseline");
    // Addons not embedded: one copy of each in the image, at /usr/lib/lama, loaded in place (no /tmp copy in RAM).
    buildBinaries({ outdir: dir, target: LAMA_IMAGE_TARGET, only: ["lama"], nativeLibs: "external" });
    lamaBinary = join(dir, "lama");
  }
  if (!existsSync(lamaBinary)) throw new ImageConfigError(`lama binary ${lamaBinary} not found; run 'npm run build' or drop --lama`);
  const nativeLibs = builtNativeLibs(dirname(lamaBinary));
  const lamaVersion = run(lamaBinary, ["--version"], { what: "asking lama its version" }).trim();
  s.done(`${lamaVersion}, ${mb(statSync(lamaBinary).size)}${nativeLibs.length ? `, addons ${nativeLibs.map((f) => basename(f)).join(" ")}` : ", addons embedded"}`);

  s = progress.step("NIC drivers: selecting modules and their dependencies");
  const modStage = join(work, "modules-stage");
  const mods = stageModules(kernel, NIC_MODULES, modStage);
  for (const n of mods.notes) progress.note(n);
  s.done(`${mods.count} module files`);

  s = progress.step("initramfs: writing the sorted cpio archive");
  const busybox = "/bin/busybox";
  if (!existsSync(busybox) || !isStaticElf(readFileSync(busybox))) {
    throw new ToolError("the initramfs needs a static busybox at /bin/busybox; install it with 'apt-get install busybox-static'");
  }
  const { entries, notes } = initramfsEntries({
    kernel, lamaBinary, nativeLibs, busybox, bakedKey: wantKeyOnCmdline ? undefined : cfg.bakedKey, bakedArgs: wantKeyOnCmdline ? [] : bakedArgs,
    nicModules: NIC_MODULES, version: `${lamaVersion}, kernel ${kernel.version} (${kernel.packageVersion})`,
  }, modStage);
  for (const n of notes) progress.note(n);
  const packing = buildInitramfs(entries, work, out(OUTPUT_NAMES.initramfs));
  const cpioBytes = entries.reduce((n, e) => n + (e.type === "file" ? ("size" in e ? e.size : e.data.length) : 0), 0);
  s.done(`${entries.length} entries, ${mb(cpioBytes)} of files`);

  s = progress.step(`initramfs: compressing (${INITRAMFS_COMPRESSOR[0]}; the 120 MB agent takes minutes, but only when it changed)`);
  const { segments } = await packing;
  s.done(`${mb(statSync(out(OUTPUT_NAMES.initramfs)).size)}: ${segments.map((g) => `${g.name} ${mb(g.cpioBytes)} → ${mb(g.compressedBytes)}${g.reused ? " (unchanged, reused)" : ""}`).join(", ")}`);

  if (cfg.parts.has("pxe")) {
    s = progress.step("PXE kit: iPXE script, Debian's iPXE binaries, dnsmasq configurations, guide");
    const script = renderIpxeScript({ httpBase: cfg.httpBase, lamaArgs: bootArgs });
    const files = writePxeKit({ dir: out(OUTPUT_NAMES.pxe), vmlinuz: out(OUTPUT_NAMES.kernel), initramfs: out(OUTPUT_NAMES.initramfs), script });
    writeFileSync(out("boot.ipxe"), script);
    s.done(`${files.length} files in ${relative(REPO_ROOT, out(OUTPUT_NAMES.pxe))}/`);
  } else {
    progress.step("PXE kit").done("skipped (--only)");
  }

  if (cfg.parts.has("iso")) {
    s = progress.step("ISO: hybrid BIOS + UEFI, CD-ROM or USB (grub-mkrescue)");
    buildIso({ work, out: out(OUTPUT_NAMES.iso), vmlinuz: out(OUTPUT_NAMES.kernel), initramfs: out(OUTPUT_NAMES.initramfs), lamaArgs: bootArgs });
    s.done(mb(statSync(out(OUTPUT_NAMES.iso)).size));
  } else {
    rmSync(out(OUTPUT_NAMES.iso), { force: true });
    progress.step("ISO").done("skipped (--only)");
  }

  s = progress.step("manifest: sizes and sha256 of every output");
  const outputs: ImageManifest["outputs"] = {};
  for (const f of walk(cfg.outDir)) {
    const rel = relative(cfg.outDir, f);
    if (rel.startsWith("cache/") || rel === OUTPUT_NAMES.manifest || rel.endsWith(".source-sha256")) continue;
    outputs[rel] = { bytes: statSync(f).size, sha256: sha256File(f) };
  }
  const kernelBytes = outputs[OUTPUT_NAMES.kernel]!.bytes;
  const initramfsBytes = outputs[OUTPUT_NAMES.initramfs]!.bytes;
  const manifest: ImageManifest = {
    sourceDateEpoch: SOURCE_DATE_EPOCH_S,
    kernel: { package: kernel.packageName, version: kernel.packageVersion, release: kernel.version },
    lama: { version: lamaVersion, target: cfg.lamaBinary ? "given" : LAMA_IMAGE_TARGET, sha256: sha256File(lamaBinary), bytes: statSync(lamaBinary).size },
    busybox: { sha256: sha256File(busybox) },
    bakedKey: cfg.bakedKey !== undefined && !wantKeyOnCmdline,
    bakedArgs,
    outputs,
    sizes: {
      kernelBytes, initramfsBytes, kernelPlusInitramfsBytes: kernelBytes + initramfsBytes,
      isoBytes: outputs[OUTPUT_NAMES.iso]?.bytes, lamaBytes: statSync(lamaBinary).size, initramfsUncompressedBytes: segments.reduce((n, g) => n + g.cpioBytes, 0),
    },
    withinBudget: kernelBytes + initramfsBytes <= KERNEL_PLUS_INITRAMFS_BUDGET_BYTES,
  };
  writeFileSync(out(OUTPUT_NAMES.manifest), JSON.stringify(manifest, null, 2) + "\n");
  s.done(`kernel + initramfs ${mb(kernelBytes + initramfsBytes)} (budget ${mb(KERNEL_PLUS_INITRAMFS_BUDGET_BYTES)}${manifest.withinBudget ? "" : ", OVER BUDGET"})`);
  return manifest;
}

/** Builds twice into fresh folders (fresh caches, apart from the kernel download) and lists outputs that differ. */
export async function checkReproducible(given: Partial<BuildConfig>, progress: Progress): Promise<{ same: string[]; differ: string[] }> {
  const base = mkdtempSync(join(tmpdir(), "lama-repro-"));
  try {
    const sharedKernel = join(resolveBuildConfig(given).cacheDir, "kernel");
    const manifests: ImageManifest[] = [];
    for (const n of [1, 2]) {
      progress.note(`reproducibility: build ${n} of 2 in ${base}/${n}`);
      const cfg = resolveBuildConfig({ ...given, outDir: join(base, String(n)), cacheDir: join(base, `${n}-cache`) });
      // The downloaded kernel package is an input, not a product: both builds read the same one.
      mkdirSync(cfg.cacheDir, { recursive: true });
      if (existsSync(sharedKernel)) symlinkSync(sharedKernel, join(cfg.cacheDir, "kernel"));
      manifests.push(await buildImages(cfg, progress));
    }
    const [a, b] = manifests as [ImageManifest, ImageManifest];
    const names = [...new Set([...Object.keys(a.outputs), ...Object.keys(b.outputs)])].sort();
    const differ = names.filter((n) => a.outputs[n]?.sha256 !== b.outputs[n]?.sha256);
    return { same: names.filter((n) => !differ.includes(n)), differ };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

/** Parses the command line into a config (throws ImageConfigError with the setting's name). */
export function configFromArgv(argv: string[]): { cfg: BuildConfig; checkRepro: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        out: { type: "string" }, "key-file": { type: "string" }, "cmdline-key": { type: "boolean" }, role: { type: "string", multiple: true },
        attr: { type: "string", multiple: true }, grand: { type: "string", multiple: true }, "controller-key": { type: "string", multiple: true }, "http-base": { type: "string" },
        lama: { type: "string" }, "kernel-deb": { type: "string" }, only: { type: "string" }, "check-reproducible": { type: "boolean" }, help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    throw new ImageConfigError(`${(e as Error).message.split("\n")[0]} (see --help)`);
  }
  if (values.help) {
    console.log(readFileSync(import.meta.path, "utf8").split("*/")[0]!.replace(/^\/\*\*\n/, "").replace(/^ \* ?/gm, ""));
    process.exit(0);
  }
  let bakedKey: string | undefined;
  if (values["key-file"]) {
    try {
      bakedKey = readFileSync(values["key-file"], "utf8").trim();
    } catch {
      throw new ImageConfigError(`--key-file ${values["key-file"]} cannot be read; create one with 'dist/lama keygen > ${values["key-file"]}'`);
    }
  }
  const parts = values.only ? new Set(values.only.split(",").map((p) => p.trim()) as ImagePart[]) : new Set(ALL_PARTS);
  for (const p of parts) if (!ALL_PARTS.includes(p)) throw new ImageConfigError(`--only '${p}' is not allowed; use a comma list of ${ALL_PARTS.join(", ")}`);
  const cfg = resolveBuildConfig({
    outDir: values.out ? resolve(values.out) : undefined, bakedKey, roles: values.role, attrs: values.attr, grands: values.grand, controllerKeys: values["controller-key"],
    keyOnCmdline: values["cmdline-key"] === true, httpBase: values["http-base"] ?? "", lamaBinary: values.lama, kernelDeb: values["kernel-deb"], parts,
  });
  return { cfg, checkRepro: values["check-reproducible"] === true };
}

if (import.meta.main) {
  try {
    const { cfg, checkRepro } = configFromArgv(process.argv.slice(2));
    const progress = new Progress(checkRepro ? 16 : 8);
    if (checkRepro) {
      const r = await checkReproducible(cfg, progress);
      console.log(`reproducible: ${r.same.length} outputs identical${r.differ.length ? `; DIFFERENT: ${r.differ.join(", ")}` : ""}`);
      process.exit(r.differ.length ? 1 : 0);
    }
    const m = await buildImages(cfg, progress);
    console.log(`\nimages in ${relative(process.cwd(), cfg.outDir) || "."}/:`);
    for (const [name, o] of Object.entries(m.outputs)) if (!name.includes("/")) console.log(`  ${name.padEnd(20)} ${mb(o.bytes).padStart(9)}  ${o.sha256.slice(0, 16)}`);
    if (!m.withinBudget) console.log(`warning: kernel + initramfs is ${mb(m.sizes.kernelPlusInitramfsBytes)}, over the ${mb(KERNEL_PLUS_INITRAMFS_BUDGET_BYTES)} budget`);
  } catch (e) {
    if (e instanceof ImageConfigError || e instanceof ToolError) {
      console.error(`images: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
}
