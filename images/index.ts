/** Public surface of images/: the boot-image builders (PXE initramfs, iPXE script and PXE kit, hybrid ISO). */
export * from "./build.ts";
export * from "./config.ts";
export * from "./cpio.ts";
export * from "./exec.ts";
export * from "./initramfs.ts";
export * from "./iso.ts";
export * from "./kernel.ts";
export * from "./ldd.ts";
export * from "./modules.ts";
export * from "./progress.ts";
export * from "./pxe-kit.ts";
