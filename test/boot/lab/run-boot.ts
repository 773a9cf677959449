/**
 * What every boot test and the benchmark do: make a lab with grand and dnsmasq
 * (and an HTTP server for the PXE kit), boot one VM, and wait until grand lists
 * it. Also the one place that decides whether boot tests can run here.
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../../../images/index.ts";
import { type TestImages } from "./images.ts";
import { Lab } from "./netns.ts";
import { bootVm, type BootSource, ovmfAvailable, OVMF_VARS, qemuAvailable, randomMac, tail, type Vm } from "./qemu.ts";
import { type Grand, type GrandNode, nodeForMac, startDnsmasq, startDnsmasqProxy, startGrand, startHttp, startUdhcpd } from "./services.ts";

/** Memory for test boots: enough for the unpacked initramfs and lama with room to spare. */
export const TEST_VM_MEMORY_MB = 768;
/** How long a boot may take to be listed under TCG on a busy 2-core machine. */
export const LISTED_TIMEOUT_MS = 240_000;
/** Logs of each lab: dist/test-logs/boot/<name>/ (console, grand, dnsmasq). */
export const LAB_LOG_ROOT = join(REPO_ROOT, "dist/test-logs/boot");

/** Why boot tests cannot run on this machine, or undefined when they can. */
export function bootSkipReason(extra: { ovmf?: boolean } = {}): string | undefined {
  if (process.getuid?.() !== 0) return "needs root (network namespaces, taps)";
  if (!qemuAvailable()) return "qemu-system-x86_64 is not installed (apt-get install qemu-system-x86)";
  if (!existsSync("/dev/net/tun")) return "/dev/net/tun is missing";
  if (!Bun.which("dnsmasq")) return "dnsmasq is not installed (apt-get install dnsmasq-base)";
  if (!Bun.which("ip")) return "iproute2 is not installed";
  if (extra.ovmf && !ovmfAvailable()) return "OVMF is not installed (apt-get install ovmf)";
  return undefined;
}

/** A lab with grand, dnsmasq (full DHCP + TFTP from the kit) and busybox httpd (the kit's http/). */
export interface BootLab {
  lab: Lab;
  grand: Grand;
  destroy(): Promise<void>;
}

/**
 * `dhcp: "full"`: dnsmasq is the network's DHCP server (the kit's dnsmasq-dhcp.conf).
 * `dhcp: "proxy"`: busybox udhcpd plays the network's own DHCP server and dnsmasq
 * runs the kit's dnsmasq-proxy.conf beside it.
 */
export async function startBootLab(name: string, images: TestImages, o: { dhcp?: "full" | "proxy" } = {}): Promise<BootLab> {
  const dir = join(LAB_LOG_ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const lab = Lab.create(dir);
  try {
    const grand = await startGrand(lab, images.grand, images.keyFile);
    if (o.dhcp === "proxy") {
      startUdhcpd(lab);
      startDnsmasqProxy(lab, images.pxeTftp);
    } else {
      startDnsmasq(lab, images.pxeTftp);
    }
    startHttp(lab, images.pxeHttp);
    return { lab, grand, destroy: () => lab.destroy() };
  } catch (e) {
    await lab.destroy();
    throw e;
  }
}

export interface BootResult {
  vm: Vm;
  node: GrandNode;
  /** From QEMU start to the first GET /api/nodes that listed the node. */
  listedAfterMs: number;
}

/** Boots one VM and waits until grand lists it; kills the VM afterwards unless `keep`. */
export async function bootUntilListed(bl: BootLab, o: {
  name: string; source: BootSource; cpu?: string; memoryMb?: number; uefi?: boolean; timeoutMs?: number; keep?: boolean;
}): Promise<BootResult> {
  const tap = bl.lab.addTap();
  const mac = randomMac();
  let uefi: { varsCopy: string } | undefined;
  if (o.uefi) {
    uefi = { varsCopy: join(bl.lab.dir, `${o.name}-OVMF_VARS.fd`) };
    await Bun.write(uefi.varsCopy, Bun.file(OVMF_VARS));
  }
  const vm = bootVm(bl.lab, o.name, { source: o.source, tap, mac, memoryMb: o.memoryMb ?? TEST_VM_MEMORY_MB, cpu: o.cpu ?? "max", uefi });
  try {
    const { node, at } = await bl.grand.waitForNode(nodeForMac(mac), o.timeoutMs ?? LISTED_TIMEOUT_MS, () => {
      if (vm.process.proc.exitCode !== null) return `QEMU exited (${vm.process.proc.exitCode}) before grand listed the VM; console:\n${tail(vm.console())}`;
      if (/Kernel panic/.test(vm.console())) return `the VM's kernel panicked; console:\n${tail(vm.console())}`;
      return undefined;
    }).catch((e: Error) => {
      throw new Error(`${e.message}\n--- console of ${o.name} (${mac}) ---\n${tail(vm.console(), 60)}`);
    });
    return { vm, node, listedAfterMs: at - vm.startedAt };
  } finally {
    if (!o.keep) {
      vm.process.proc.kill("SIGKILL");
      await vm.process.proc.exited;
    }
  }
}

/**
 * Kernel command line for a direct kernel boot, as the iPXE script and GRUB give
 * it, plus no_timer_check: on a starved host TCG can miss the ticks the kernel's
 * early IO-APIC timer check waits for, and the kernel panics ("IO-APIC + timer
 * doesn't work!"), which the bench saw at load average 38. A test-harness setting
 * for emulated machines, not in the images.
 */
export function directAppend(extra: string[] = []): string {
  return ["console=ttyS0,115200n8", "quiet", "loglevel=3", "panic=10", "no_timer_check", ...extra].join(" ");
}
