/**
 * Old hardware: the image's lama is Bun's baseline x86-64 build, so it runs on
 * a CPU without AVX/AVX2. Booted on QEMU's Nehalem model (SSE4.2, no AVX), the
 * node is listed.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import {
  type BootLab, BOOT_TEST_TIMEOUT_MS, bootSkipReason, bootUntilListed, CLEANUP_TIMEOUT_MS, directAppend, ensureTestImages,
  IMAGE_BUILD_TIMEOUT_MS, startBootLab, type TestImages,
} from "./lab/index.ts";

const skip = bootSkipReason();
if (skip) console.log(`skip test/boot/baseline-cpu.test.ts: ${skip}`);

/** A CPU model from before AVX (2008). */
export const OLD_CPU_MODEL = "Nehalem";

describe.skipIf(skip !== undefined)("boot: baseline build on an old CPU model", () => {
  let images: TestImages;
  let bl: BootLab | undefined;
  beforeAll(async () => {
    images = await ensureTestImages();
    bl = await startBootLab("baseline-cpu", images);
  }, IMAGE_BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await bl?.destroy();
    if (bl) expect(bl.lab.exists()).toBe(false);
  }, CLEANUP_TIMEOUT_MS);

  test(`listed when booted with -cpu ${OLD_CPU_MODEL} (no AVX, no AVX2)`, async () => {
    expect(images.manifest.lama.target).toBe("bun-linux-x64-baseline");
    const r = await bootUntilListed(bl!, {
      name: "baseline-cpu",
      cpu: OLD_CPU_MODEL,
      source: { kind: "kernel", kernel: images.kernel, initrd: images.initramfs, append: directAppend() },
    });
    console.log(`baseline on ${OLD_CPU_MODEL}: listed ${(r.listedAfterMs / 1000).toFixed(1)} s after power-on`);
    expect(r.vm.console()).toMatch(/machine: 1 x.*Nehalem/);
  }, BOOT_TEST_TIMEOUT_MS);
});
