/**
 * True network boot: the VM has no kernel and no disk. Its NIC firmware
 * (Debian's ipxe-qemu ROM) does DHCP against dnsmasq running the PXE kit's own
 * configuration in the lab namespace, gets boot.ipxe by TFTP, the kernel and
 * initramfs by HTTP (busybox httpd serving the kit's http/), and the node is
 * listed by grand. Then the same with the kit's proxy-DHCP configuration beside
 * a plain DHCP server (busybox udhcpd) that knows nothing about PXE.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import {
  type BootLab, BOOT_TEST_TIMEOUT_MS, bootSkipReason, bootUntilListed, CLEANUP_TIMEOUT_MS, ensureTestImages, IMAGE_BUILD_TIMEOUT_MS,
  startBootLab, TEST_ROLE, type TestImages,
} from "./lab/index.ts";

const skip = bootSkipReason();
if (skip) console.log(`skip test/boot/pxe.test.ts: ${skip}`);

describe.skipIf(skip !== undefined)("boot: PXE / iPXE from the PXE kit", () => {
  let images: TestImages;
  let bl: BootLab | undefined;
  beforeAll(async () => {
    images = await ensureTestImages();
    bl = await startBootLab("pxe", images);
  }, IMAGE_BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await bl?.destroy();
    if (bl) expect(bl.lab.exists()).toBe(false);
  }, CLEANUP_TIMEOUT_MS);

  test("NIC ROM → dnsmasq DHCP + TFTP boot.ipxe → HTTP kernel + initramfs → listed by grand", async () => {
    const r = await bootUntilListed(bl!, { name: "pxe", source: { kind: "pxe" } });
    console.log(`PXE boot: listed ${(r.listedAfterMs / 1000).toFixed(1)} s after power-on`);
    expect(r.node.attributes.roles).toContain(TEST_ROLE);
    // iPXE prints to the (absent) screen only; the servers' logs show the chain instead.
    const dnsmasq = await Bun.file(bl!.lab.dir + "/dnsmasq.log").text();
    expect(dnsmasq).toMatch(/user class: iPXE/);
    expect(dnsmasq).toMatch(/dnsmasq-tftp.*sent \S+\/boot\.ipxe to 198\.18\.0\./);
    const httpd = await Bun.file(bl!.lab.dir + "/httpd.log").text();
    expect(httpd).toContain("url:/vmlinuz");
    expect(httpd).toContain("url:/initramfs.img");
  }, BOOT_TEST_TIMEOUT_MS);
});

describe.skipIf(skip !== undefined)("boot: PXE / iPXE with proxy-DHCP beside an existing DHCP server", () => {
  let images: TestImages;
  let bl: BootLab | undefined;
  beforeAll(async () => {
    images = await ensureTestImages();
    bl = await startBootLab("pxe-proxy", images, { dhcp: "proxy" });
  }, IMAGE_BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await bl?.destroy();
    if (bl) expect(bl.lab.exists()).toBe(false);
  }, CLEANUP_TIMEOUT_MS);

  test("udhcpd gives the address, dnsmasq (proxy) the boot file → listed by grand", async () => {
    const r = await bootUntilListed(bl!, { name: "pxe-proxy", source: { kind: "pxe" } });
    console.log(`PXE boot with proxy-DHCP: listed ${(r.listedAfterMs / 1000).toFixed(1)} s after power-on`);
    expect(r.node.attributes.roles).toContain(TEST_ROLE);
    const dnsmasq = await Bun.file(bl!.lab.dir + "/dnsmasq.log").text();
    expect(dnsmasq).toMatch(/proxy on subnet 198\.18\.0\.0/);
    expect(dnsmasq).toMatch(/dnsmasq-tftp.*sent \S+\/boot\.ipxe to 198\.18\.0\./);
    expect(dnsmasq).not.toMatch(/DHCPACK/);
  }, BOOT_TEST_TIMEOUT_MS);
});
