import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseNetDev } from "./net-dev.ts";

const fixture = (p: string) => readFileSync(join(import.meta.dir, "fixtures", p), "utf8");
const HEADER =
  "Inter-|   Receive                                                |  Transmit\n" +
  " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n";

test("this kernel's capture", () => {
  const m = parseNetDev(fixture("linux-6.18/t0/proc/net/dev"));
  expect([...m.keys()]).toEqual(["lo", "ifb0", "ifb1", "eth0"]);
  expect(m.get("eth0")).toEqual({
    rxBytes: 441260464, rxPackets: 9769, rxErrors: 0, rxDrops: 0,
    txBytes: 540000, txPackets: 5567, txErrors: 0, txDrops: 0,
  });
  expect(m.get("lo")!.rxBytes).toBe(146869);
});

test("2.6.32 layout, where a wide count touches the colon", () => {
  const m = parseNetDev(fixture("linux-2.6.32-i686/t0/proc/net/dev"));
  expect([...m.keys()]).toEqual(["lo", "eth0", "eth1"]);
  expect(m.get("eth0")).toEqual({
    rxBytes: 4293967296, rxPackets: 3000000000, rxErrors: 0, rxDrops: 12,
    txBytes: 4294867296, txPackets: 4294967286, txErrors: 0, txDrops: 0,
  });
  expect(m.get("eth1")).toMatchObject({ rxBytes: 52428800, rxErrors: 7, rxDrops: 2 });
});

test("counters above 2^53 are kept exactly as bigint", () => {
  const m = parseNetDev(fixture("wrap-64/t0/proc/net/dev"));
  expect(m.get("eth0")).toMatchObject({ rxBytes: 18446744073709551000n, rxPackets: 18446744073709551615n, txBytes: 9007199254740993n });
});

test("columns are found by the header's names, so another layout parses", () => {
  // A Linux 2.0-style layout: no byte columns, five receive and six transmit columns.
  const text =
    "Inter-|   Receive                  |  Transmit\n" +
    " face |packets errs drop fifo frame|packets errs drop fifo colls carrier\n" +
    "    lo:     12    0    0    0    0       12    0    0    0     0       0\n" +
    "  eth0:   3456    7    8    0    0     4567    9   10    0     0       0\n";
  expect(parseNetDev(text).get("eth0")).toEqual({
    rxBytes: 0, rxPackets: 3456, rxErrors: 7, rxDrops: 8,
    txBytes: 0, txPackets: 4567, txErrors: 9, txDrops: 10,
  });
});

test("without a header the modern layout is assumed", () => {
  const m = parseNetDev("  eth0: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n");
  expect(m.get("eth0")).toEqual({ rxBytes: 1, rxPackets: 2, rxErrors: 3, rxDrops: 4, txBytes: 9, txPackets: 10, txErrors: 11, txDrops: 12 });
});

test.each([
  ["a line cut short", HEADER + "  eth0: 1 2 3 4 5 6 7 8 9 10 11\n  eth1: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n", ["eth1"]],
  ["a non-numeric count", HEADER + "  eth0: 1 x 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n", []],
  ["a negative count", HEADER + "  eth0: -1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n", []],
  ["no name", HEADER + "  : 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n", []],
  ["the header alone", HEADER, []],
  ["empty text", "", []],
  ["CRLF line ends", HEADER.replaceAll("\n", "\r\n") + "  eth0: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\r\n", ["eth0"]],
])("skips what it cannot read: %s", (_what, text, names) => {
  expect([...parseNetDev(text).keys()]).toEqual(names);
});

const counts = (n: number) => Array.from({ length: n }, (_, i) => i + 1).join(" ");

test.each([0, 1, 4, 8, 9, 11, 12, 13, 14, 15])("a modern line with %i of its 16 columns is skipped", (n) => {
  expect([...parseNetDev(`${HEADER}  eth0: ${counts(n)}\n  eth1: ${counts(16)}\n`).keys()]).toEqual(["eth1"]);
  expect([...parseNetDev(`  eth0: ${counts(n)}\n`).keys()]).toEqual([]);
});

test.each([16, 17, 20])("a modern line with %i columns is read by position", (n) => {
  expect(parseNetDev(`${HEADER}  eth0: ${counts(n)}\n`).get("eth0")).toEqual({
    rxBytes: 1, rxPackets: 2, rxErrors: 3, rxDrops: 4, txBytes: 9, txPackets: 10, txErrors: 11, txDrops: 12,
  });
});

test.each([
  [10, []],
  [11, ["eth0"]],
])("in the Linux 2.0 layout (11 columns) a line with %i columns: %p", (n, names) => {
  const header = "Inter-|   Receive                  |  Transmit\n face |packets errs drop fifo frame|packets errs drop fifo colls carrier\n";
  expect([...parseNetDev(`${header}  eth0: ${counts(n)}\n`).keys()]).toEqual(names);
});

test("a transmit group without errs and drop reads them as 0, not as a receive column", () => {
  const text =
    "Inter-|   Receive                |  Transmit\n" +
    " face |bytes packets errs drop   |bytes packets\n" +
    "  eth0:  100     2     3    4      500     6\n";
  expect(parseNetDev(text).get("eth0")).toEqual({
    rxBytes: 100, rxPackets: 2, rxErrors: 3, rxDrops: 4,
    txBytes: 500, txPackets: 6, txErrors: 0, txDrops: 0,
  });
});

test("blanks after the header's | do not shift the columns", () => {
  const text =
    "Inter-|   Receive |  Transmit\n" +
    " face |  bytes packets errs drop |  bytes packets errs drop\n" +
    "  eth0: 100 2 3 4 500 6 7 8\n";
  expect(parseNetDev(text).get("eth0")).toEqual({
    rxBytes: 100, rxPackets: 2, rxErrors: 3, rxDrops: 4,
    txBytes: 500, txPackets: 6, txErrors: 7, txDrops: 8,
  });
});

test.each([
  ["only the first header line (group titles, no column names)", "Inter-|   Receive                                                |  Transmit\n"],
  ["a header whose transmit group has no packets column", " face |bytes packets errs drop fifo frame compressed multicast|bytes errs\n"],
])("a header line without packets in both groups is not a layout: %s", (_what, header) => {
  expect(parseNetDev(`${header}  eth0: ${counts(16)}\n`).get("eth0")).toEqual({
    rxBytes: 1, rxPackets: 2, rxErrors: 3, rxDrops: 4, txBytes: 9, txPackets: 10, txErrors: 11, txDrops: 12,
  });
});
