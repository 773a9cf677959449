/**
 * The image builder's one typed config: named constants with units, each with
 * the reason it has the value it has. `resolveBuildConfig` validates once.
 */
import { resolve } from "node:path";

/** Repository root (images/ lives one level below it). */
export const REPO_ROOT = resolve(import.meta.dir, "..");

/**
 * Every timestamp inside every image (cpio mtimes, ISO dates, FAT dates).
 * Fixed so that the same inputs give the same bytes. 2024-01-01T00:00:00Z.
 */
export const SOURCE_DATE_EPOCH_S = 1_704_067_200;

/** Debian's kernel meta-package; resolved to the versioned package it depends on. */
export const KERNEL_META_PACKAGE = "linux-image-amd64";

/**
 * Bun's target for the agent inside the images: the baseline x86-64 build runs
 * on CPUs without AVX2 (Nehalem and later), which is what old rack servers have.
 */
export const LAMA_IMAGE_TARGET = "bun-linux-x64-baseline";

/**
 * Native addons `bun build --compile` embeds in lama and loads at run time from
 * a temporary file; the shared libraries they need go into the image too.
 * (node-datachannel, the control channel, needs only glibc today.)
 */
export const NATIVE_ADDONS = ["node_modules/@node-datachannel/linux-x64-gnu/node_datachannel.node"] as const;

/**
 * NIC drivers put into the initramfs (module names as in modules.dep, '-' and
 * '_' equal): common server NICs, then the virtual NICs of hypervisors and
 * clouds that network-boot, then what QEMU and old PCs offer. Their
 * dependencies (failover, mdio, ptp, …) come along automatically; a name this
 * kernel lacks is skipped with a note. Left out to stay within the size budget
 * (each costs 0.1-0.4 MB compressed): sfc, be2net, atlantic, hv_netvsc, and
 * bnx2/bnx2x, which need firmware the image does not carry anyway.
 */
export const NIC_MODULES = [
  // virtual machines and clouds
  "virtio_pci", "virtio_net", "vmxnet3", "ena", "gve",
  // Intel
  "e1000", "e1000e", "igb", "igc", "ixgbe", "ixgbevf", "i40e", "iavf", "ice",
  // Broadcom, Realtek, Mellanox
  "tg3", "bnxt_en", "r8169", "mlx4_en", "mlx5_core",
  // what QEMU and old PCs offer
  "8139cp", "8139too", "pcnet32", "ne2k_pci", "e100",
] as const;

/**
 * How the initramfs is compressed: xz with the x86 branch filter, which packs
 * the 120 MB agent about 10% smaller than zstd -19 and so keeps kernel +
 * initramfs within the 50 MiB budget. The kernel needs crc32 checks; the
 * 64 MiB dictionary (0.4 MB smaller output than 32 MiB) is memory the kernel
 * allocates only while unpacking. Single-threaded for the same bytes every
 * time. (zstd unpacks faster — about 10 s less under QEMU TCG — but misses the
 * budget by 5 MB.)
 */
export const INITRAMFS_COMPRESSOR = ["xz", "--x86", "--lzma2=preset=9e,dict=64MiB", "--check=crc32", "-T1", "-c"] as const;

/** The compressed kernel + initramfs budget: 50 MB, read as 50 MiB (Tinkerbell's Hook is ~180 MB). */
export const KERNEL_PLUS_INITRAMFS_BUDGET_BYTES = 50 * 1024 * 1024;

/** Kernel command line every image starts with, before any lama.* setting. */
export const BASE_KERNEL_ARGS = ["console=tty0", "console=ttyS0,115200n8", "quiet", "loglevel=3", "panic=10"] as const;

/** Volume label of the ISO; GRUB finds its own disk by it. */
export const ISO_VOLUME_ID = "LAMA_RECOVERY";

/** What the builder makes; all paths absolute. */
export interface BuildConfig {
  /** Output folder: dist/images. */
  outDir: string;
  /** Downloads and unpacked packages, kept between builds: dist/images/cache. */
  cacheDir: string;
  /** The agent binary baked in; default: built for LAMA_IMAGE_TARGET. */
  lamaBinary?: string;
  /** A pool key (base64) to bake in at /etc/lama/pool.key, mode 0600; none = key on the command line. */
  bakedKey?: string;
  /** Put the key on the iPXE/GRUB kernel command line (lama.key=) instead of baking it into the initramfs. */
  keyOnCmdline: boolean;
  /** Roles baked into the image (the command line's lama.role replaces them). */
  roles: string[];
  /** Attributes baked into the image as k=v (the command line's lama.attr overrides a key). */
  attrs: string[];
  /** grand addresses for unicast discovery baked in (host:port). */
  grands: string[];
  /** grand's public controller keys ("ctl-pub:…") baked in as lama.controller= (never the secret). */
  controllerKeys: string[];
  /** Kernel package file to use instead of `apt-get download`. */
  kernelDeb?: string;
  /** Base URL the iPXE script fetches the kernel and initramfs from; "" = relative to the script. */
  httpBase: string;
  /** Which outputs to make. */
  parts: Set<ImagePart>;
}

export type ImagePart = "initramfs" | "pxe" | "iso";
export const ALL_PARTS: readonly ImagePart[] = ["initramfs", "pxe", "iso"];

/** No --http-base: boot.ipxe fetches the kernel and initramfs relative to itself, i.e. by TFTP from dnsmasq. */
export const DEFAULT_HTTP_BASE = "";

const ROLE_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ATTR_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}=[^\s"]{0,256}$/;
const GRAND_RE = /^\d{1,3}(\.\d{1,3}){3}(:\d{1,5})?$/;
const KEY_RE = /^[A-Za-z0-9+/]{43}=$/;
const CONTROLLER_RE = /^ctl-pub:[A-Za-z0-9+/]{43}=$/;

/** Thrown for a bad builder setting; the message names the setting and what is allowed. */
export class ImageConfigError extends Error {
  override name = "ImageConfigError";
}

/** Validates the settings a person gives; everything else has a default. */
export function resolveBuildConfig(given: Partial<BuildConfig> & { outDir?: string }): BuildConfig {
  const outDir = resolve(given.outDir ?? resolve(REPO_ROOT, "dist/images"));
  const cfg: BuildConfig = {
    outDir,
    cacheDir: given.cacheDir ?? resolve(outDir, "cache"),
    lamaBinary: given.lamaBinary ? resolve(given.lamaBinary) : undefined,
    bakedKey: given.bakedKey?.trim(),
    keyOnCmdline: given.keyOnCmdline ?? false,
    roles: given.roles ?? [],
    attrs: given.attrs ?? [],
    grands: given.grands ?? [],
    controllerKeys: given.controllerKeys ?? [],
    kernelDeb: given.kernelDeb ? resolve(given.kernelDeb) : undefined,
    httpBase: (given.httpBase ?? DEFAULT_HTTP_BASE).replace(/\/+$/, ""),
    parts: given.parts ?? new Set(ALL_PARTS),
  };
  if (cfg.bakedKey !== undefined && !KEY_RE.test(cfg.bakedKey)) {
    throw new ImageConfigError("--key-file must hold a pool key: base64 of 32 bytes (44 characters); create one with 'dist/lama keygen > pool.key'");
  }
  if (cfg.keyOnCmdline && cfg.bakedKey === undefined) throw new ImageConfigError("--cmdline-key needs --key-file PATH: it says where the key goes, not which key");
  for (const r of cfg.roles) if (!ROLE_RE.test(r)) throw new ImageConfigError(`--role '${r}' is not allowed: use 1-64 letters, digits, . _ - (no spaces: it travels on a kernel command line)`);
  for (const a of cfg.attrs) if (!ATTR_RE.test(a)) throw new ImageConfigError(`--attr '${a}' must be KEY=VALUE with no spaces or quotes (it travels on a kernel command line)`);
  for (const k of cfg.controllerKeys) {
    if (!CONTROLLER_RE.test(k)) {
      throw new ImageConfigError(`--controller-key '${k.slice(0, 12)}…' must be grand's public controller key, ctl-pub: and 44 base64 characters (print it with 'dist/grand controller-public controller.secret'; never bake the secret)`);
    }
  }
  for (const g of cfg.grands) if (!GRAND_RE.test(g)) throw new ImageConfigError(`--grand '${g}' must be an IPv4 address with an optional port, like 198.18.0.1:4161`);
  if (cfg.httpBase && !/^(https?|tftp):\/\//.test(cfg.httpBase)) throw new ImageConfigError(`--http-base '${cfg.httpBase}' must be an http://, https:// or tftp:// URL`);
  return cfg;
}

/** The lama.* kernel-command-line words for baked roles, attributes and grands. */
export function lamaArgsFor(settings: { roles: string[]; attrs: string[]; grands: string[]; controllerKeys?: string[] }): string[] {
  const out: string[] = [];
  if (settings.roles.length) out.push(`lama.role=${settings.roles.join(",")}`);
  for (const a of settings.attrs) out.push(`lama.attr=${a}`);
  for (const g of settings.grands) out.push(`lama.grand=${g}`);
  for (const k of settings.controllerKeys ?? []) out.push(`lama.controller=${k}`);
  return out;
}
