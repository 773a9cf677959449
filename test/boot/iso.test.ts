/**
 * The hybrid recovery image: as a CD-ROM on BIOS (SeaBIOS, El Torito, GRUB
 * i386-pc) and as a USB disk on UEFI (OVMF, GPT/EFI partition, GRUB x86_64-efi).
 * Each boot is listed by grand.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import {
  type BootLab, BOOT_TEST_TIMEOUT_MS, bootSkipReason, bootUntilListed, CLEANUP_TIMEOUT_MS, ensureTestImages, IMAGE_BUILD_TIMEOUT_MS,
  ovmfAvailable, startBootLab, type TestImages,
} from "./lab/index.ts";

const skip = bootSkipReason();
if (skip) console.log(`skip test/boot/iso.test.ts: ${skip}`);
const noUefi = skip ?? (ovmfAvailable() ? undefined : "OVMF is not installed (apt-get install ovmf)");
if (!skip && noUefi) console.log(`skip the UEFI case of test/boot/iso.test.ts: ${noUefi}`);

describe.skipIf(skip !== undefined)("boot: USB/ISO hybrid recovery image", () => {
  let images: TestImages;
  let bl: BootLab | undefined;
  beforeAll(async () => {
    images = await ensureTestImages();
    bl = await startBootLab("iso", images);
  }, IMAGE_BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await bl?.destroy();
    if (bl) expect(bl.lab.exists()).toBe(false);
  }, CLEANUP_TIMEOUT_MS);

  test("as a CD-ROM on BIOS → listed by grand", async () => {
    const r = await bootUntilListed(bl!, { name: "iso-bios-cdrom", source: { kind: "cdrom", iso: images.iso } });
    console.log(`ISO on BIOS as CD-ROM: listed ${(r.listedAfterMs / 1000).toFixed(1)} s after power-on`);
  }, BOOT_TEST_TIMEOUT_MS);

  test.skipIf(noUefi !== undefined)("as a USB disk on UEFI → listed by grand", async () => {
    const r = await bootUntilListed(bl!, { name: "iso-uefi-usb", uefi: true, source: { kind: "usb", image: images.iso } });
    console.log(`ISO on UEFI as USB disk: listed ${(r.listedAfterMs / 1000).toFixed(1)} s after power-on`);
  }, BOOT_TEST_TIMEOUT_MS);
});
