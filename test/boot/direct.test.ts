/**
 * Direct kernel + initramfs boot (what a PXE chain ends in): the VM gets DHCP
 * from dnsmasq in the lab namespace, lama finds the real dist/grand by
 * multicast with the baked key, and grand lists it with the baked role and
 * attribute, and its control channel answers Status. Then, on the serial console, the rescue shell kills lama and the
 * restart loop brings it back, showing the count.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import {
  type BootLab, BOOT_TEST_TIMEOUT_MS, bootSkipReason, bootUntilListed, CLEANUP_TIMEOUT_MS, directAppend, ensureTestImages,
  IMAGE_BUILD_TIMEOUT_MS, LAB_HOST_IP, startBootLab, TEST_ROLE, type TestImages,
} from "./lab/index.ts";

const skip = bootSkipReason();
if (skip) console.log(`skip test/boot/direct.test.ts: ${skip}`);

describe.skipIf(skip !== undefined)("boot: direct kernel + initramfs", () => {
  let images: TestImages;
  let bl: BootLab | undefined;
  beforeAll(async () => {
    images = await ensureTestImages();
    bl = await startBootLab("direct", images);
  }, IMAGE_BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await bl?.destroy();
    if (bl) expect(bl.lab.exists()).toBe(false);
  }, CLEANUP_TIMEOUT_MS);

  test("the VM is listed by grand with the baked role and attribute, and a killed lama is restarted", async () => {
    const r = await bootUntilListed(bl!, {
      name: "direct",
      source: { kind: "kernel", kernel: images.kernel, initrd: images.initramfs, append: directAppend() },
      keep: true,
    });
    try {
      console.log(`direct boot: listed ${(r.listedAfterMs / 1000).toFixed(1)} s after power-on`);
      expect(r.node.attributes.roles).toContain(TEST_ROLE);
      expect(r.node.attributes.extra?.image).toBe("test");
      expect((r.node.attributes.addresses ?? []).some((a) => a.startsWith("198.18.0."))).toBe(true);
      const c = r.vm.console();
      expect(c).toContain("lama-init: net eth0: attempt 1: asking for a DHCP lease");
      expect(c).toMatch(new RegExp(`net eth0: 198\\.18\\.0\\.\\d+/24 via ${LAB_HOST_IP.replaceAll(".", "\\.")}`));
      expect(c).toContain("starting lama: pool key from this image");

      // The control channel opens and answers Status: the image's lama loaded libdatachannel and libsodium
      // from /usr/lib/lama (it embeds neither).
      await r.vm.waitForConsole(/lama is registered with grand/, 60_000);
      const node = `http://grand/api/nodes/${encodeURIComponent(r.node.id)}`;
      const deadline = performance.now() + 60_000;
      while (((await (await fetch(node, { unix: bl!.grand.socket })).json()) as { channel?: { state: string } }).channel?.state !== "open") {
        if (performance.now() > deadline) throw new Error(`the VM's control channel did not open within 60 s; grand said:\n${bl!.grand.process.output().slice(-3000)}`);
        await Bun.sleep(500);
      }
      const status = await fetch(`${node}/status`, { unix: bl!.grand.socket });
      expect(status.status).toBe(200);
      expect(((await status.json()) as { node: { serviceId: string } }).node.serviceId).toBe(r.node.id);

      // The rescue shell on the console; lama killed from it is restarted with the count shown.
      r.vm.type("\n");
      await Bun.sleep(1500);
      r.vm.type("killall -KILL lama\n");
      await r.vm.waitForConsole(/lama exited with status 137 after \d+s \(exits so far: 1\)/, 60_000);
      await r.vm.waitForConsole(/restarting lama \(start 2; it has exited 1 times\)/, 60_000);
      await r.vm.waitForConsole(/lama is registered with grand \(start 2/, 120_000);
    } finally {
      r.vm.process.proc.kill("SIGKILL");
    }
  }, BOOT_TEST_TIMEOUT_MS);
});
