/**
 * Boot benchmark: power-on → listed by grand, per boot path (median of several
 * boots), the smallest VM memory that still boots and joins, and the image
 * sizes. Writes bench/results/boot.json and prints a table.
 *
 *   bun bench/boot.ts [--boots N] [--paths direct,pxe,iso-bios,iso-uefi-usb,baseline] [--no-memory]
 *   bun bench/boot.ts --compressors xz,zstd,lz4 [--boots N]
 *
 * Each boot is also split into phases from the serial console (see bootPhases):
 * firmware and loading, kernel, initramfs unpack, /init, DHCP, lama start,
 * registered, listed. --compressors boots the same image compressed each way
 * (bench/results/boot-compression.json) to choose INITRAMFS_COMPRESSOR.
 *
 * Needs root, qemu-system-x86_64, dnsmasq, OVMF (for the UEFI path) and the
 * real dist/lama and dist/grand; runs one VM at a time under TCG (-accel tcg),
 * so the figures are for an emulated CPU and far slower than real hardware.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import {
  type CompressorName, compressFile, concatFiles, INITRAMFS_COMPRESSORS, KERNEL_PLUS_INITRAMFS_BUDGET_BYTES, REPO_ROOT,
} from "../images/index.ts";
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

/**
 * Where a boot's time went, in ms, from the serial console: the lines rc.boot,
 * the DHCP script and the agent script stamp with the guest's uptime
 * ("lama-init: boot: … at 9.84 s"), the kernel's own timestamps of the
 * initramfs unpack and of /init (read from dmesg by rc.boot), the host's arrival
 * time of lama's first and "registered" log lines, and when grand listed the node.
 * The guest's clock starts when the kernel does; the offset between it and QEMU's
 * start (firmware, loading the kernel and initramfs, decompressing the kernel) is
 * the smallest arrival time minus stamped uptime over the stamped lines (a line
 * arrives late when the guest is busy, never early). lama's own lines
 * carry the guest's wall-clock time, which the agent script's launch line ties
 * to the uptime.
 */
export interface BootPhases {
  /** QEMU start → kernel clock 0: firmware, loading kernel + initramfs, decompressing the kernel. */
  firmwareAndLoadMs: number;
  /** Kernel clock 0 → initramfs unpack started. */
  kernelEarlyMs: number;
  /** The kernel unpacking (decompressing) the initramfs. */
  unpackMs: number;
  /** Unpack done → /init run. */
  kernelLateMs: number;
  /** /init (busybox init, rc.boot): file systems, settings, NIC drivers. */
  initMs: number;
  /** Drivers ready → first DHCP lease bound (link up, DHCP exchange). */
  dhcpMs: number;
  /** Of dhcpMs: the first "asking for a DHCP lease" line → the lease line (host arrival times): the DHCP exchange itself. */
  dhcpExchangeMs: number;
  /** Lease → the agent script launches lama. */
  launchWaitMs: number;
  /** lama launched → its first log line (Bun starting the compiled agent, reading key and settings), by the guest's clock. */
  lamaStartMs: number;
  /** lama's first log line → its "registered" line (discovery, registration with grand), by the guest's clock. */
  registerMs: number;
  /** lama registered → grand's API lists the node (the harness polls every 250 ms). */
  listedMs: number;
  /** QEMU start → listed, the sum of the above. */
  totalMs: number;
}

const PHASE_LINES = {
  kernel: /lama-init: boot: kernel unpacked the initramfs from ([\d.]+) to ([\d.]+) s and ran \/init at ([\d.]+) s; rc\.boot started at ([\d.]+) s/,
  drivers: /lama-init: boot: file systems, settings and NIC drivers ready at ([\d.]+) s/,
  asking: /lama-init: net \S+: attempt \d+: asking for a DHCP lease/,
  lease: /lama-init: boot: DHCP lease on \S+ at ([\d.]+) s/,
  launched: /lama-init: boot: lama started at ([\d.]+) s, clock (\d\d):(\d\d):(\d\d\.\d{3})/,
  lamaFirst: /(\d\d):(\d\d):(\d\d\.\d{3}) lama starting /,
  registered: /(\d\d):(\d\d):(\d\d\.\d{3}) lama registered /,
} as const;

/**
 * The phases of one boot from its console text, the arrival time (ms since QEMU
 * started) of a console character, and when grand listed the node. Undefined
 * when a line is missing (an image without the stamps, or a boot cut short). Pure.
 */
export function bootPhases(text: string, arrivedAt: (index: number) => number | undefined, listedAfterMs: number): BootPhases | undefined {
  const find = (re: RegExp) => {
    const m = re.exec(text);
    return m ? { m, at: arrivedAt(m.index + m[0].length - 1) } : undefined;
  };
  const k = find(PHASE_LINES.kernel);
  const drivers = find(PHASE_LINES.drivers);
  const lease = find(PHASE_LINES.lease);
  const asking = find(PHASE_LINES.asking);
  const launched = find(PHASE_LINES.launched);
  const first = find(PHASE_LINES.lamaFirst);
  const reg = find(PHASE_LINES.registered);
  if (!k || k.at === undefined || !drivers || lease?.at === undefined || asking?.at === undefined || !launched || !first || !reg) return undefined;
  const s = (x: string) => Number(x) * 1000;
  // lama's lines are placed by the guest's wall clock, which the launch line ties to its uptime
  // (their arrival on the host lags when the guest is busy).
  const DAY_MS = 86_400_000;
  const wall = (m: RegExpExecArray, i: number) => (Number(m[i]) * 3600 + Number(m[i + 1]) * 60 + Number(m[i + 2])) * 1000;
  const since = (from: number, to: number) => (((to - from) % DAY_MS) + DAY_MS) % DAY_MS;
  const launchedWall = wall(launched.m, 2);
  const [unpackStart, unpackEnd, initAt, rcAt] = [s(k.m[1]!), s(k.m[2]!), s(k.m[3]!), s(k.m[4]!)];
  // A line reaches the host at or after the moment it was stamped; the least late one gives the offset.
  const offset = Math.min(...[[k.at, rcAt], [drivers.at, s(drivers.m[1]!)], [lease.at, s(lease.m[1]!)], [launched.at, s(launched.m[1]!)]]
    .filter((p): p is [number, number] => p[0] !== undefined).map(([at, stamp]) => at - stamp));
  const driversAt = s(drivers.m[1]!);
  const leaseAt = s(lease.m[1]!);
  const launchedAt = s(launched.m[1]!);
  const phases = {
    firmwareAndLoadMs: offset,
    kernelEarlyMs: unpackStart,
    unpackMs: unpackEnd - unpackStart,
    kernelLateMs: initAt - unpackEnd,
    initMs: driversAt - initAt,
    dhcpMs: leaseAt - driversAt,
    dhcpExchangeMs: lease.at - asking.at,
    launchWaitMs: launchedAt - leaseAt,
    lamaStartMs: since(launchedWall, wall(first.m, 1)),
    registerMs: since(wall(first.m, 1), wall(reg.m, 1)),
    listedMs: listedAfterMs - (offset + launchedAt + since(launchedWall, wall(reg.m, 1))),
    totalMs: listedAfterMs,
  };
  return Object.fromEntries(Object.entries(phases).map(([n, v]) => [n, Math.round(v)])) as unknown as BootPhases;
}

/** The median of each phase over several boots (so the phases need not add up to the median total). Pure. */
export function medianPhases(list: BootPhases[]): BootPhases {
  const keys = Object.keys(list[0]!) as (keyof BootPhases)[];
  return Object.fromEntries(keys.map((k) => [k, median(list.map((p) => p[k]))])) as unknown as BootPhases;
}

/** One line: "firmware+load 1.2 s, kernel 0.8 s, unpack 7.1 s, …". Pure. */
export function formatPhases(p: BootPhases): string {
  const f = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [
    `firmware+load ${f(p.firmwareAndLoadMs)}`, `kernel ${f(p.kernelEarlyMs + p.kernelLateMs)}`, `unpack ${f(p.unpackMs)}`, `/init ${f(p.initMs)}`,
    `DHCP ${f(p.dhcpMs)} (exchange ${f(p.dhcpExchangeMs)})`, `lama start ${f(p.launchWaitMs + p.lamaStartMs)}`, `registered ${f(p.registerMs)}`, `listed ${f(p.listedMs)}`,
  ].join(", ");
}

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

/** Boots the test image once and returns how long it took and its phases. */
async function measuredBoot(bl: BootLab, name: string, def: { cpu: string; uefi: boolean }, source: BootSource): Promise<{ listedMs: number; phases?: BootPhases; loadAverage: number }> {
  const r = await bootUntilListed(bl, { name, cpu: def.cpu, uefi: def.uefi, source, keep: true });
  // lama's "registered" line reaches the console about when grand lists the node: give it a moment.
  await r.vm.waitForConsole(PHASE_LINES.registered, 10_000).catch(() => undefined);
  r.vm.process.proc.kill("SIGKILL");
  await r.vm.process.proc.exited;
  const phases = bootPhases(r.vm.console(), r.vm.arrivedAt, r.listedAfterMs);
  console.log(`${name}: listed after ${(r.listedAfterMs / 1000).toFixed(1)} s${phases ? `  (${formatPhases(phases)})` : ""}; load average ${loadavg()[0]!.toFixed(2)}`);
  return { listedMs: Math.round(r.listedAfterMs), phases, loadAverage: loadavg()[0]! };
}

/**
 * The same two archives as the test image, compressed with each of `names`:
 * size, host time to compress, and direct boots (unpack time and total).
 * Writes bench/results/boot-compression.json.
 */
async function compareCompressors(images: TestImages, names: CompressorName[], boots: number): Promise<void> {
  const work = join(REPO_ROOT, "dist/images/cache", `work-${basename(images.dir)}`);
  const shas = new Map(readFileSync(images.initramfs + ".source-sha256", "utf8").split("\n").filter(Boolean).map((l) => l.split(" ") as [string, string]));
  const rows: Record<string, unknown> = {};
  const bl = await startBootLab("bench-compression", images);
  try {
    for (const name of names) {
      const argv = INITRAMFS_COMPRESSORS[name];
      const parts: string[] = [];
      let compressMs = 0;
      for (const seg of ["base", "agent"]) {
        const cpio = join(work, `initramfs-${seg}.cpio`);
        const packed = `${cpio}.${argv[0]}`;
        const t0 = performance.now();
        const { reused } = await compressFile(cpio, shas.get(seg)!, packed, argv);
        if (!reused) compressMs += performance.now() - t0;
        parts.push(packed);
      }
      const img = join(images.dir, `initramfs-${name}.img`);
      concatFiles(parts, img);
      const bytes = statSync(img).size;
      console.log(`${name}: initramfs ${(bytes / 1e6).toFixed(2)} MB, kernel + initramfs ${((bytes + images.manifest.sizes.kernelBytes) / 1e6).toFixed(2)} MB${compressMs ? `, compressed in ${(compressMs / 1000).toFixed(0)} s` : ""}`);
      const runs = [];
      for (let i = 0; i < boots; i++) {
        runs.push(await measuredBoot(bl, `${name}-${i + 1}`, BOOT_PATHS.direct, { kind: "kernel", kernel: images.kernel, initrd: img, append: directAppend() }));
      }
      const phases = runs.flatMap((r) => (r.phases ? [r.phases] : []));
      rows[name] = {
        argv, initramfsBytes: bytes, kernelPlusInitramfsBytes: bytes + images.manifest.sizes.kernelBytes,
        withinBudget: bytes + images.manifest.sizes.kernelBytes <= KERNEL_PLUS_INITRAMFS_BUDGET_BYTES,
        compressSeconds: compressMs ? Math.round(compressMs / 1000) : undefined,
        listedMs: runs.map((r) => r.listedMs), medianListedMs: median(runs.map((r) => r.listedMs)), loadAverages: runs.map((r) => r.loadAverage),
        medianUnpackMs: phases.length ? median(phases.map((p) => p.unpackMs)) : undefined, phases,
      };
    }
  } finally {
    await bl.destroy();
  }
  const out = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, accel: "tcg", vcpus: 1, memoryMb: TEST_VM_MEMORY_MB, loadAverageAtEnd: loadavg() },
    bootsPerCompressor: boots, uncompressedBytes: images.manifest.sizes.initramfsUncompressedBytes, budgetBytes: KERNEL_PLUS_INITRAMFS_BUDGET_BYTES, compressors: rows,
  };
  mkdirSync(join(REPO_ROOT, "bench/results"), { recursive: true });
  writeFileSync(join(REPO_ROOT, "bench/results/boot-compression.json"), JSON.stringify(out, null, 2) + "\n");
  console.log("wrote bench/results/boot-compression.json");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { boots: { type: "string" }, paths: { type: "string" }, "no-memory": { type: "boolean" }, compressors: { type: "string" } },
  });
  const boots = Number(values.boots ?? 3);
  if (!Number.isInteger(boots) || boots < 1 || boots > 20) throw new Error(`--boots '${values.boots}' must be a whole number from 1 to 20`);
  if (values.compressors !== undefined) {
    const names = values.compressors.split(",") as CompressorName[];
    for (const n of names) if (!(n in INITRAMFS_COMPRESSORS)) throw new Error(`--compressors: '${n}' is not one of ${Object.keys(INITRAMFS_COMPRESSORS).join(", ")}`);
    const skip = bootSkipReason();
    if (skip) return void console.log(`bench/boot: skipped: ${skip}`);
    return compareCompressors(await ensureTestImages(), names, boots);
  }
  const paths = (values.paths ? values.paths.split(",") : Object.keys(BOOT_PATHS)) as PathName[];
  for (const p of paths) if (!(p in BOOT_PATHS)) throw new Error(`--paths: '${p}' is not one of ${Object.keys(BOOT_PATHS).join(", ")}`);
  const skip = bootSkipReason({ ovmf: paths.includes("iso-uefi-usb") });
  if (skip) {
    console.log(`bench/boot: skipped: ${skip}`);
    return;
  }

  const images = await ensureTestImages();
  const results: Record<string, { what: string; command: string; listedMs: number[]; medianMs: number; loadAverages: number[]; phases?: BootPhases[]; medianPhases?: BootPhases }> = {};
  let bl: BootLab | undefined;
  try {
    bl = await startBootLab("bench", images);
    for (const p of paths) {
      const def = BOOT_PATHS[p];
      const times: number[] = [];
      const phases: BootPhases[] = [];
      const loads: number[] = [];
      for (let i = 0; i < boots; i++) {
        const r = await measuredBoot(bl, `${p}-${i + 1}`, def, def.source(images));
        times.push(r.listedMs);
        loads.push(r.loadAverage);
        if (r.phases) phases.push(r.phases);
      }
      const command = qemuArgs({ source: def.source(images), tap: "tap0", mac: "52:54:00:00:00:01", memoryMb: TEST_VM_MEMORY_MB, cpu: def.cpu, uefi: def.uefi ? { varsCopy: "OVMF_VARS.fd" } : undefined })
        .map((a) => a.replace(REPO_ROOT + "/", "")).join(" ");
      results[p] = { what: def.what, command, listedMs: times, medianMs: median(times), loadAverages: loads, phases, medianPhases: phases.length ? medianPhases(phases) : undefined };
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
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, accel: "tcg", vcpus: 1, memoryMb: TEST_VM_MEMORY_MB, loadAverageAtEnd: loadavg() },
      qemu: Bun.spawnSync(["qemu-system-x86_64", "--version"]).stdout.toString().split("\n")[0],
      sizes: {
        kernelBytes: m.sizes.kernelBytes,
        initramfsBytes: m.sizes.initramfsBytes,
        kernelPlusInitramfsBytes: m.sizes.kernelPlusInitramfsBytes,
        isoBytes: m.sizes.isoBytes,
        lamaBytes: m.sizes.lamaBytes,
        initramfsUncompressedBytes: m.sizes.initramfsUncompressedBytes,
        budgetBytes: KERNEL_PLUS_INITRAMFS_BUDGET_BYTES,
        withinBudget: m.withinBudget,
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
    for (const [p, r] of Object.entries(results)) {
      console.log(`  ${p.padEnd(14)} ${(r.medianMs / 1000).toFixed(1).padStart(6)} s   ${r.what}`);
      if (r.medianPhases) console.log(`  ${"".padEnd(14)} phases (median of each): ${formatPhases(r.medianPhases)}`);
    }
    if (!values["no-memory"]) console.log(`smallest -m that boots and joins: ${minMemoryMb ?? "none up to " + MEMORY_SEARCH_MB.high} MB (step ${MEMORY_SEARCH_MB.stepMb})`);
    const mb = (b?: number) => (b === undefined ? "-" : `${(b / 1e6).toFixed(1)} MB`);
    console.log(`sizes: kernel ${mb(m.sizes.kernelBytes)}, initramfs ${mb(m.sizes.initramfsBytes)}, together ${mb(m.sizes.kernelPlusInitramfsBytes)}; ISO ${mb(m.sizes.isoBytes)}; lama ${mb(m.sizes.lamaBytes)}`);
    console.log("wrote bench/results/boot.json");
  } finally {
    await bl?.destroy();
  }
}

if (import.meta.main) await main();
