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
 * a temporary file, for a given lama binary with no lib/lama/ beside it; the
 * shared libraries they need go into the image too. (node-datachannel, the
 * control channel, needs only glibc today.) The image's own lama embeds none and
 * loads the build's lib/lama/ files, installed at /usr/lib/lama.
 */
export const NATIVE_ADDONS = ["node_modules/@node-datachannel/linux-x64-gnu/node_datachannel.node"] as const;

/**
 * NIC drivers put into the initramfs (module names as in modules.dep, '-' and
 * '_' equal): the virtual NICs of hypervisors and clouds that network-boot, then
 * common server NICs, then what QEMU and old PCs offer. Their dependencies
 * (failover, mdio, ptp, …) come along automatically; a name this kernel lacks is
 * skipped with a note. Two modules the kernel asks for by itself rather than
 * through modules.dep (its "softdep" lines, which busybox modprobe ignores) are
 * listed too: realtek, the PHY driver r8169 wants, and crc32c_generic, which
 * bnx2x's libcrc32c gets from the crypto API. No firmware files: bnx2 and bnx2x
 * load theirs from /lib/firmware when the NIC comes up (docs/images.md says how
 * to add them).
 */
export const NIC_MODULES = [
  // virtual machines and clouds
  "virtio_pci", "virtio_net", "vmxnet3", "ena", "gve", "hv_netvsc",
  // Intel
  "e1000", "e1000e", "igb", "igc", "ixgbe", "ixgbevf", "i40e", "iavf", "ice",
  // Broadcom, Emulex, Realtek, Mellanox, AMD/Solarflare, Marvell/Aquantia
  "tg3", "bnxt_en", "bnx2", "bnx2x", "be2net", "r8169", "mlx4_en", "mlx5_core", "sfc", "atlantic",
  // what QEMU and old PCs offer
  "8139cp", "8139too", "pcnet32", "ne2k_pci", "e100",
  // loaded by the kernel on behalf of drivers above (softdeps)
  "realtek", "crc32c_generic",
] as const;

/**
 * Compressors the kernel can unpack an initramfs from (Debian's kernel has
 * RD_XZ, RD_ZSTD, RD_LZ4 and RD_GZIP), as argv with the input file appended;
 * each single-threaded so the same archive gives the same bytes.
 * `bun bench/boot.ts --compressors xz,zstd,lz4` boots each and reports size
 * and unpack time. xz: the x86 branch filter, crc32 checks (the kernel's xz
 * code does not do sha256/crc64), a 64 MiB dictionary (0.4 MB smaller than
 * 32 MiB; memory the kernel needs only while unpacking). zstd: -19 with a
 * 128 MiB long-distance window. lz4: the legacy frame format, the one the
 * kernel reads.
 */
export const INITRAMFS_COMPRESSORS = {
  xz: ["xz", "--x86", "--lzma2=preset=9e,dict=64MiB", "--check=crc32", "-T1", "-c"],
  zstd: ["zstd", "-19", "--long=27", "-T1", "-q", "-c"],
  lz4: ["lz4", "-l", "-12", "-q", "-c"],
  gzip: ["gzip", "-9", "-n", "-c"],
} as const satisfies Record<string, readonly string[]>;
export type CompressorName = keyof typeof INITRAMFS_COMPRESSORS;

/**
 * How the initramfs is compressed, chosen by measurement (bench/results/
 * boot-compression.json, docs/images.md "Choosing the compression"): xz. On the
 * same archives zstd unpacked in 7.9 s instead of 21.5 s under loaded TCG but
 * packed 4.3 MB larger, lz4 in 2.8 s at 25 MB larger; the kernel + initramfs
 * budget is the harder limit, and xz is the only one near it.
 */
export const INITRAMFS_COMPRESSOR: readonly string[] = INITRAMFS_COMPRESSORS.xz;

/**
 * The compressed kernel + initramfs budget: 50 MB, decimal (Tinkerbell's Hook is
 * ~180 MB). A build over it fails (images/build.ts).
 */
export const KERNEL_PLUS_INITRAMFS_BUDGET_BYTES = 50_000_000;

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
