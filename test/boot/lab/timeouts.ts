/** Timeouts of the boot tests (bun test per-test and per-hook limits). */

/** First build of the shared images: kernel download, baseline lama, ~145 MB through xz -9e (minutes; more on a busy machine), ISO. */
export const IMAGE_BUILD_TIMEOUT_MS = 900_000;
/** One boot until grand lists the VM, plus lab set-up and clean-up. */
export const BOOT_TEST_TIMEOUT_MS = 300_000;
/** Clean-up of a lab: kill QEMU, dnsmasq, grand; delete the namespace. */
export const CLEANUP_TIMEOUT_MS = 30_000;
