import { expect, test } from "bun:test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseKernelUdp, readKernelUdp } from "./kernel-udp.ts";

// The layout of Linux 6.x (proc(5), /proc/net/snmp): a header line and a value line per protocol.
const SNMP = `Ip: Forwarding DefaultTTL InReceives
Ip: 1 64 91011
Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
Udp: 55902 410 37 57019 35 2 1 0 0
UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
UdpLite: 0 0 0 0 0 0 0 0 0
`;

test("reads the Udp counters by name, not by position, and ignores UdpLite", () => {
  expect(parseKernelUdp(SNMP)).toEqual({ inDatagrams: 55902, noPorts: 410, inErrors: 37, outDatagrams: 57019, rcvbufErrors: 35, sndbufErrors: 2, inCsumErrors: 1 });
  // an older kernel: no InCsumErrors and no later columns
  expect(parseKernelUdp("Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors\nUdp: 1 2 3 4 5 6\n")).toEqual({
    inDatagrams: 1, noPorts: 2, inErrors: 3, outDatagrams: 4, rcvbufErrors: 5, sndbufErrors: 6,
  });
  // columns in another order are still read by name
  expect(parseKernelUdp("Udp: RcvbufErrors InDatagrams NoPorts InErrors OutDatagrams SndbufErrors\nUdp: 9 1 2 3 4 6\n")?.rcvbufErrors).toBe(9);
});

test.each([
  ["no Udp lines", "Ip: Forwarding\nIp: 1\n"],
  ["a header without values", "Udp: InDatagrams NoPorts\n"],
  ["fewer values than names", "Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors\nUdp: 1 2 3\n"],
  ["a value that is not a count", "Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors\nUdp: 1 2 x 4 5 6\n"],
  ["a needed counter missing", "Udp: InDatagrams NoPorts InErrors OutDatagrams SndbufErrors\nUdp: 1 2 3 4 6\n"],
])("%s: no counters rather than wrong ones", (_what, text) => {
  expect(parseKernelUdp(text)).toBeUndefined();
});

test("a missing file gives no counters, this machine's file gives its counters", () => {
  const dir = mkdtempSync(join(tmpdir(), "lama-snmp-"));
  try {
    expect(readKernelUdp(join(dir, "missing"))).toBeUndefined();
    writeFileSync(join(dir, "snmp"), SNMP);
    expect(readKernelUdp(join(dir, "snmp"))?.rcvbufErrors).toBe(35);
    if (process.platform === "linux") expect(readKernelUdp()?.inDatagrams).toBeGreaterThanOrEqual(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
