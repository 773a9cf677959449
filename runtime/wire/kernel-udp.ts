/**
 * The kernel's UDP counters for this network namespace (`/proc/net/snmp`, the
 * "Udp:" header and value lines). `RcvbufErrors` counts datagrams the kernel
 * dropped because a socket's receive buffer was full — drops that no counter of
 * ours can see, shown beside the envelope's own drop counters.
 */
import { readFileSync } from "node:fs";

export interface KernelUdpCounters {
  inDatagrams: number;
  noPorts: number;
  inErrors: number;
  outDatagrams: number;
  rcvbufErrors: number;
  sndbufErrors: number;
  /** Absent on kernels older than 3.10. */
  inCsumErrors?: number;
}

const FIELDS: Record<string, keyof KernelUdpCounters> = {
  InDatagrams: "inDatagrams",
  NoPorts: "noPorts",
  InErrors: "inErrors",
  OutDatagrams: "outDatagrams",
  RcvbufErrors: "rcvbufErrors",
  SndbufErrors: "sndbufErrors",
  InCsumErrors: "inCsumErrors",
};

/** Parses the text of /proc/net/snmp; undefined when it has no well-formed Udp lines. */
export function parseKernelUdp(text: string): KernelUdpCounters | undefined {
  const lines = text.split("\n").filter((l) => l.startsWith("Udp: "));
  if (lines.length < 2) return undefined;
  const names = lines[0]!.split(/\s+/).slice(1);
  const values = lines[1]!.split(/\s+/).slice(1);
  if (names.length !== values.length || values.some((v) => !/^\d+$/.test(v))) return undefined;
  const out: Partial<KernelUdpCounters> = {};
  names.forEach((n, i) => {
    const key = FIELDS[n];
    if (key) out[key] = Number(values[i]);
  });
  const required: (keyof KernelUdpCounters)[] = ["inDatagrams", "noPorts", "inErrors", "outDatagrams", "rcvbufErrors", "sndbufErrors"];
  return required.every((k) => out[k] !== undefined) ? (out as KernelUdpCounters) : undefined;
}

/** Reads this namespace's counters; undefined where /proc/net/snmp cannot be read or parsed (not Linux). */
export function readKernelUdp(path = "/proc/net/snmp"): KernelUdpCounters | undefined {
  try {
    return parseKernelUdp(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}
