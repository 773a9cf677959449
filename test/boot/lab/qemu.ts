/**
 * One QEMU virtual machine on a lab tap: `qemu-system-x86_64 -accel tcg` (nested
 * KVM hangs on these machines), one vCPU, serial console on stdout, no display.
 * `qemuArgs` is pure so the command line of each boot path is easy to read and
 * test; `bootVm` starts it inside the lab namespace and watches the console.
 */
import { existsSync } from "node:fs";
import type { Lab, LabProcess } from "./netns.ts";

export const QEMU = "qemu-system-x86_64";
/** Debian's OVMF (package ovmf), for UEFI boots. */
export const OVMF_CODE = "/usr/share/OVMF/OVMF_CODE.fd";
export const OVMF_VARS = "/usr/share/OVMF/OVMF_VARS.fd";

export type BootSource =
  | { kind: "kernel"; kernel: string; initrd: string; append: string }
  | { kind: "pxe" }
  | { kind: "cdrom"; iso: string }
  | { kind: "usb"; image: string };

export interface VmOptions {
  source: BootSource;
  tap: string;
  /** 52:54:00:xx:xx:xx */
  mac: string;
  memoryMb: number;
  /** QEMU CPU model; "max" unless a test wants an old one (e.g. Nehalem). */
  cpu: string;
  /** UEFI firmware (OVMF) instead of SeaBIOS. */
  uefi?: { varsCopy: string };
  nic?: "virtio-net-pci" | "e1000";
}

/** The QEMU command line. Pure. */
export function qemuArgs(o: VmOptions): string[] {
  const a = [
    QEMU, "-accel", "tcg", "-cpu", o.cpu, "-smp", "1", "-m", String(o.memoryMb),
    "-display", "none", "-vga", "none", "-monitor", "none", "-serial", "stdio", "-no-reboot",
    "-netdev", `tap,id=n0,ifname=${o.tap},script=no,downscript=no`,
    "-device", `${o.nic ?? "virtio-net-pci"},netdev=n0,mac=${o.mac}${o.source.kind === "pxe" ? ",bootindex=1" : ""}`,
  ];
  if (o.uefi) {
    a.push("-drive", `if=pflash,format=raw,unit=0,readonly=on,file=${OVMF_CODE}`, "-drive", `if=pflash,format=raw,unit=1,file=${o.uefi.varsCopy}`);
  }
  switch (o.source.kind) {
    case "kernel":
      a.push("-kernel", o.source.kernel, "-initrd", o.source.initrd, "-append", o.source.append);
      break;
    case "pxe":
      a.push("-boot", "order=n");
      break;
    case "cdrom":
      a.push("-drive", `file=${o.source.iso},media=cdrom,readonly=on,if=ide,index=2`, "-boot", "order=d");
      break;
    case "usb":
      a.push("-drive", `file=${o.source.image},format=raw,if=none,id=usbdisk,readonly=on`, "-device", "qemu-xhci", "-device", "usb-storage,drive=usbdisk,bootindex=0");
      break;
  }
  return a;
}

/** A random locally administered MAC in QEMU's 52:54:00 range. */
export function randomMac(): string {
  const b = crypto.getRandomValues(new Uint8Array(3));
  return `52:54:00:${[...b].map((x) => x.toString(16).padStart(2, "0")).join(":")}`;
}

export interface Vm {
  process: LabProcess;
  mac: string;
  startedAt: number;
  /** Console text so far. */
  console(): string;
  /** When the console character at `index` arrived, in ms since QEMU started (undefined: not yet). */
  arrivedAt(index: number): number | undefined;
  /** Types on the serial console. */
  type(text: string): void;
  /** Resolves when the console matches `re`; rejects after `timeoutMs` or if QEMU exits. */
  waitForConsole(re: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
}

export function qemuAvailable(): boolean {
  return Bun.which(QEMU) !== null;
}

export function ovmfAvailable(): boolean {
  return existsSync(OVMF_CODE) && existsSync(OVMF_VARS);
}

/** Starts the VM inside the lab's namespace. */
export function bootVm(lab: Lab, name: string, o: VmOptions): Vm {
  const startedAt = performance.now();
  // Arrival time of each chunk of console output: [end offset, ms since start].
  const chunks: [number, number][] = [];
  let received = 0;
  const p = lab.spawn(name, qemuArgs(o), {
    stdin: true,
    onOutput: (t) => {
      received += t.length;
      chunks.push([received, performance.now() - startedAt]);
    },
  });
  let exited = false;
  p.exited.then(() => (exited = true));
  return {
    process: p,
    mac: o.mac,
    startedAt,
    console: () => p.output(),
    arrivedAt: (index) => chunks.find(([end]) => end > index)?.[1],
    type: (text) => p.write(text),
    async waitForConsole(re, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const m = p.output().match(re);
        if (m) return m;
        if (exited) throw new Error(`QEMU ${name} exited before the console showed ${re}; console:\n${tail(p.output())}`);
        if (performance.now() > deadline) throw new Error(`console of ${name} did not show ${re} within ${timeoutMs / 1000} s; console:\n${tail(p.output())}`);
        await Bun.sleep(250);
      }
    },
  };
}

/** The last lines of a console, for error messages. */
export function tail(text: string, lines = 40): string {
  return text.split("\n").slice(-lines).join("\n");
}
