/**
 * Reproducible images: the initramfs archives (base and agent) and the ISO,
 * rebuilt from the same inputs into a fresh folder (fresh module staging, fresh
 * file times), are byte for byte the ones the shared build made. The compressor
 * runs single-threaded on the same archives, so the compressed initramfs follows; `npm run images --
 * --check-reproducible` checks the whole build, compression included.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildIso, ensureKernel, initramfsEntries, initramfsSegments, NIC_MODULES, REPO_ROOT, sha256File, stageModules, walk, writeInitramfsCpio,
} from "../../images/index.ts";
import { ensureTestImages, IMAGE_BUILD_TIMEOUT_MS, type TestImages } from "./lab/index.ts";

const missing = ["xz", "grub-mkrescue", "xorriso", "depmod", "apt-get"].filter((t) => !Bun.which(t));
const skip = missing.length ? `missing tools: ${missing.join(", ")}` : undefined;
if (skip) console.log(`skip test/boot/reproducible.test.ts: ${skip}`);

describe.skipIf(skip !== undefined)("images are reproducible", () => {
  let images: TestImages;
  let tmp = "";
  beforeAll(async () => {
    images = await ensureTestImages();
    tmp = mkdtempSync(join(tmpdir(), "lama-repro-"));
  }, IMAGE_BUILD_TIMEOUT_MS);
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test("the initramfs archive rebuilt from the same inputs is identical", () => {
    const kernel = ensureKernel(join(REPO_ROOT, "dist/images/cache"));
    const stage = join(tmp, "modules");
    stageModules(kernel, NIC_MODULES, stage);
    // The drivers bare-metal servers need that were once left out for size, and the two softdeps, are in the image.
    const files = walk(stage).map((f) => f.slice(f.lastIndexOf("/") + 1));
    for (const ko of ["sfc.ko", "be2net.ko", "atlantic.ko", "hv_netvsc.ko", "hv_vmbus.ko", "bnx2.ko", "bnx2x.ko", "realtek.ko", "crc32c_generic.ko"]) {
      expect(files).toContain(ko);
    }
    const lamaBinary = join(REPO_ROOT, "dist/images/cache/lama-baseline/lama");
    expect(sha256File(lamaBinary)).toBe(images.manifest.lama.sha256);
    const libDir = join(REPO_ROOT, "dist/images/cache/lama-baseline/lib/lama");
    const nativeLibs = readdirSync(libDir).sort().map((f) => join(libDir, f));
    // The image's lama loads its addons from /usr/lib/lama: both are there, named with the pinned versions.
    expect(nativeLibs.map((f) => f.slice(f.lastIndexOf("/") + 1))).toEqual(["node-datachannel-0.33.4.node", "sodium-native-4.3.3.node"]);
    const { entries } = initramfsEntries({
      kernel, lamaBinary, nativeLibs, busybox: "/bin/busybox", bakedKey: images.key, bakedArgs: images.manifest.bakedArgs, nicModules: NIC_MODULES,
      version: `${images.manifest.lama.version}, kernel ${kernel.version} (${kernel.packageVersion})`,
    }, stage);
    const again = initramfsSegments(entries).map((g) => `${g.name} ${writeInitramfsCpio(g.entries, join(tmp, `${g.name}.cpio`))}`);
    const built = readFileSync(images.initramfs + ".source-sha256", "utf8").split("\n").filter(Boolean).map((l) => l.split(" ").slice(0, 2).join(" "));
    expect(again).toEqual(built);
    expect(again.map((l) => l.split(" ")[0])).toEqual(["base", "agent"]);
  }, 120_000);

  test("the ISO rebuilt from the same kernel and initramfs is identical", () => {
    const out = join(tmp, "again.iso");
    buildIso({ work: join(tmp, "iso-work"), out, vmlinuz: images.kernel, initramfs: images.initramfs, lamaArgs: [] });
    expect(sha256File(out)).toBe(images.manifest.outputs["lama-recovery.iso"]!.sha256);
  }, 120_000);
});
