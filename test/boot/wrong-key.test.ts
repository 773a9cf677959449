/**
 * A node with the wrong pool key is never listed, and its console says why.
 * The image has the right key baked in; lama.key= on the kernel command line
 * carries another one and wins, so this also shows the precedence.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import {
  type BootLab, BOOT_TEST_TIMEOUT_MS, bootSkipReason, bootVm, CLEANUP_TIMEOUT_MS, directAppend, ensureTestImages, IMAGE_BUILD_TIMEOUT_MS,
  keygen, nodeForMac, randomMac, startBootLab, TEST_VM_MEMORY_MB, type TestImages,
} from "./lab/index.ts";

const skip = bootSkipReason();
if (skip) console.log(`skip test/boot/wrong-key.test.ts: ${skip}`);

/** After the NOT ACCEPTED line, keep watching grand this long more. */
const EXTRA_WATCH_MS = 5_000;

describe.skipIf(skip !== undefined)("boot: wrong pool key", () => {
  let images: TestImages;
  let bl: BootLab | undefined;
  beforeAll(async () => {
    images = await ensureTestImages();
    bl = await startBootLab("wrong-key", images);
  }, IMAGE_BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await bl?.destroy();
    if (bl) expect(bl.lab.exists()).toBe(false);
  }, CLEANUP_TIMEOUT_MS);

  test("never listed; the console names the key's source and fingerprint and says grand did not accept it", async () => {
    const other = keygen();
    const fingerprint = new Bun.CryptoHasher("sha256").update(Buffer.from(other, "base64")).digest("hex").slice(0, 8);
    const mac = randomMac();
    const vm = bootVm(bl!.lab, "wrong-key", {
      source: { kind: "kernel", kernel: images.kernel, initrd: images.initramfs, append: directAppend([`lama.key=${other}`]) },
      tap: bl!.lab.addTap(), mac, memoryMb: TEST_VM_MEMORY_MB, cpu: "max",
    });
    let listed = false;
    const watch = setInterval(async () => {
      if ((await bl!.grand.nodes().catch(() => [])).some(nodeForMac(mac))) listed = true;
    }, 500);
    try {
      await vm.waitForConsole(/starting lama: pool key from kernel command line/, 180_000);
      expect(vm.console()).toContain(`fingerprint ${fingerprint}`);
      await vm.waitForConsole(/NOT ACCEPTED: no grand has accepted this node/, 120_000);
      await Bun.sleep(EXTRA_WATCH_MS);
      expect(listed).toBe(false);
      expect((await bl!.grand.nodes()).some(nodeForMac(mac))).toBe(false);
      expect(vm.console()).toContain(`pool key is not grand's`);
      expect(vm.console()).not.toContain("lama is registered with grand");
    } finally {
      clearInterval(watch);
      vm.process.proc.kill("SIGKILL");
    }
  }, BOOT_TEST_TIMEOUT_MS);
});
