/** Public surface of the boot lab: namespaces and taps, QEMU, grand/dnsmasq/httpd, the shared test images. */
export * from "./images.ts";
export * from "./netns.ts";
export * from "./qemu.ts";
export * from "./services.ts";
export * from "./timeouts.ts";
export * from "./run-boot.ts";
