/**
 * Boot benchmark: power-on → listed by grand, per boot path (median of several
 * boots), the smallest VM memory that still boots and joins, and the image
 * sizes. Writes bench/results/boot.json and prints a table.
 *
 *   bun bench/boot.ts [--boots N] [--paths direct,pxe,iso-bios,iso-uefi-usb,baseline] [--no-memory]
 *
 * Needs root, qemu-system-x86_64, dnsmasq, OVMF (for the UEFI path) and the
 * real dist/lama and dist/grand; runs one VM at a time under TCG (-accel tcg),
 * so the figures are for an emulated CPU and far slower than real hardware.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { REPO_ROOT } from "../images/index.ts";
import {
  bootSkipReason, bootUntilListed, type BootLab, type BootSource, directAppend, ensureTestImages, qemuArgs, startBootLab, TEST_VM_MEMORY_MB,
  type TestImages,
} from "../test/boot/lab/index.ts";

/** The boot paths measured, each as the tests run it. */
export const BOOT_PATHS = {
  direct: { what: "direct kernel + initramfs (QEMU -kernel/-initrd)", cpu: "max", uefi: false, source: (i: TestImages): BootSource => ({ kind: "kernel", kernel: i.kernel, initrd: i.initramfs, append: directAppend() }) },
  pxe: { what: "network boot: NIC ROM iPXE → dnsmasq DHCP/TFTP → HTTP", cpu: "max", uefi: false, source: (): BootSource => ({ kind: "pxe" }) },
  "iso-bios": { what: "ISO as CD-ROM, BIOS (SeaBIOS + GRUB)", cpu: "max", uefi: false, source: (i: TestImages): BootSource => ({ kind: "cdrom", iso: i.iso }) },
  "iso-uefi-usb": { what: "ISO as USB disk, UEFI (OVMF + GRUB)", cpu: "max", uefi: true, source: (i: TestImages): BootSource => ({ kind: "usb", image: i.iso }) },
  baseline: { what: "direct boot on -cpu Nehalem (no AVX)", cpu: "Nehalem", uefi: false, source: (i: TestImages): BootSource => ({ kind: "kernel", kernel: i.kernel, initrd: i.initramfs, append: directAppend() }) },
} as const;
type PathName = keyof typeof BOOT_PATHS;

/** Memory search bounds and step for the smallest -m. */
export const MEMORY_SEARCH_MB = { low: 128, high: TEST_VM_MEMORY_MB, stepMb: 32 } as const;
/** A boot used in the memory search must be listed within this time. */
const MEMORY_PROBE_TIMEOUT_MS = 150_000;

/** Median of a non-empty list. Pure. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Smallest value in [low, high] (multiples of step from low) for which `works` holds, assuming monotonicity. */
export async function smallestWorking(low: number, high: number, step: number, works: (v: number) => Promise<boolean>): Promise<number | undefined> {
  if (!(await works(high))) return undefined;
  let lo = low - step; // known not to work (or below the range)
  let hi = high; // known to work
  while (hi - lo > step) {
    const mid = lo + Math.max(step, Math.round((hi - lo) / 2 / step) * step);
    if (mid >= hi) break;
    if (await works(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { boots: { type: "string" }, paths: { type: "string" }, "no-memory": { type: "boolean" } },
  });
  const boots = Number(values.boots ?? 3);
  if (!Number.isInteger(boots) || boots < 1 || boots > 20) throw new Error(`--boots '${values.boots}' must be a whole number from 1 to 20`);
  const paths = (values.paths ? values.paths.split(",") : Object.keys(BOOT_PATHS)) as PathName[];
  for (const p of paths) if (!(p in BOOT_PATHS)) throw new Error(`--paths: '${p}' is not one of ${Object.keys(BOOT_PATHS).join(", ")}`);
  const skip = bootSkipReason({ ovmf: paths.includes("iso-uefi-usb") });
  if (skip) {
    console.log(`bench/boot: skipped: ${skip}`);
    return;
  }

  const images = await ensureTestImages();
  const results: Record<string, { what: string; command: string; listedMs: number[]; medianMs: number }> = {};
  let bl: BootLab | undefined;
  try {
    bl = await startBootLab("bench", images);
    for (const p of paths) {
      const def = BOOT_PATHS[p];
      const times: number[] = [];
      for (let i = 0; i < boots; i++) {
        const r = await bootUntilListed(bl, { name: `${p}-${i + 1}`, cpu: def.cpu, uefi: def.uefi, source: def.source(images) });
        times.push(Math.round(r.listedAfterMs));
        console.log(`${p} boot ${i + 1}/${boots}: listed after ${(r.listedAfterMs / 1000).toFixed(1)} s`);
      }
      const command = qemuArgs({ source: def.source(images), tap: "tap0", mac: "52:54:00:00:00:01", memoryMb: TEST_VM_MEMORY_MB, cpu: def.cpu, uefi: def.uefi ? { varsCopy: "OVMF_VARS.fd" } : undefined })
        .map((a) => a.replace(REPO_ROOT + "/", "")).join(" ");
      results[p] = { what: def.what, command, listedMs: times, medianMs: median(times) };
    }

    let minMemoryMb: number | undefined;
    const probes: { memoryMb: number; ok: boolean; listedMs?: number }[] = [];
    if (!values["no-memory"]) {
      minMemoryMb = await smallestWorking(MEMORY_SEARCH_MB.low, MEMORY_SEARCH_MB.high, MEMORY_SEARCH_MB.stepMb, async (m) => {
        try {
          const r = await bootUntilListed(bl!, { name: `mem-${m}`, memoryMb: m, timeoutMs: MEMORY_PROBE_TIMEOUT_MS, source: BOOT_PATHS.direct.source(images) });
          probes.push({ memoryMb: m, ok: true, listedMs: Math.round(r.listedAfterMs) });
          console.log(`-m ${m}: listed after ${(r.listedAfterMs / 1000).toFixed(1)} s`);
          return true;
        } catch (e) {
          probes.push({ memoryMb: m, ok: false });
          console.log(`-m ${m}: not listed (${(e as Error).message.split("\n")[0]})`);
          return false;
        }
      });
    }

    const m = images.manifest;
    const out = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, accel: "tcg", vcpus: 1, memoryMb: TEST_VM_MEMORY_MB },
      qemu: Bun.spawnSync(["qemu-system-x86_64", "--version"]).stdout.toString().split("\n")[0],
      sizes: {
        kernelBytes: m.sizes.kernelBytes,
        initramfsBytes: m.sizes.initramfsBytes,
        kernelPlusInitramfsBytes: m.sizes.kernelPlusInitramfsBytes,
        isoBytes: m.sizes.isoBytes,
        lamaBytes: m.sizes.lamaBytes,
        initramfsUncompressedBytes: m.sizes.initramfsUncompressedBytes,
        withinBudget50MiB: m.withinBudget,
      },
      kernel: m.kernel,
      lama: m.lama,
      bootsPerPath: boots,
      paths: results,
      memory: values["no-memory"] ? undefined : { smallestWorkingMb: minMemoryMb, stepMb: MEMORY_SEARCH_MB.stepMb, path: "direct", probes },
    };
    mkdirSync(join(REPO_ROOT, "bench/results"), { recursive: true });
    writeFileSync(join(REPO_ROOT, "bench/results/boot.json"), JSON.stringify(out, null, 2) + "\n");

    console.log("\npower-on → listed by grand (median of %d, TCG, 1 vCPU):", boots);
    for (const [p, r] of Object.entries(results)) console.log(`  ${p.padEnd(14)} ${(r.medianMs / 1000).toFixed(1).padStart(6)} s   ${r.what}`);
    if (!values["no-memory"]) console.log(`smallest -m that boots and joins: ${minMemoryMb ?? "none up to " + MEMORY_SEARCH_MB.high} MB (step ${MEMORY_SEARCH_MB.stepMb})`);
    const mb = (b?: number) => (b === undefined ? "-" : `${(b / 1e6).toFixed(1)} MB`);
    console.log(`sizes: kernel ${mb(m.sizes.kernelBytes)}, initramfs ${mb(m.sizes.initramfsBytes)}, together ${mb(m.sizes.kernelPlusInitramfsBytes)}; ISO ${mb(m.sizes.isoBytes)}; lama ${mb(m.sizes.lamaBytes)}`);
    console.log("wrote bench/results/boot.json");
  } finally {
    await bl?.destroy();
  }
}

if (import.meta.main) await main();
