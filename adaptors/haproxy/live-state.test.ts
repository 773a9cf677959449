import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { adminState, infoPid, LiveStateError, parseServersState, parseStat } from "./live-state.ts";

/** Real answers of haproxy 2.6.12 (Debian 12): node-1 drained, node-2 ready with weight 2, node-3 in maint with weight 0, slot4 idle. */
const fixture = (name: string): string => readFileSync(join(import.meta.dir, "testdata", name), "utf8");

test("show servers state: slots with address, port, weight and effective admin state", () => {
  expect(parseServersState(fixture("show-servers-state.txt"), "lama_pool")).toEqual([
    { name: "slot1", address: "127.0.0.1", port: 46819, weight: 1, state: "drain" },
    { name: "slot2", address: "127.0.0.1", port: 44595, weight: 2, state: "ready" },
    { name: "slot3", address: "127.0.0.1", port: 46819, weight: 0, state: "maint" },
    { name: "slot4", address: "127.0.0.1", port: 1, weight: 1, state: "maint" },
  ]);
  expect(parseServersState(fixture("show-servers-state.txt"), "other")).toEqual([]);
});

test.each([
  [0, "ready"],
  [4, "ready"], // "disabled" in the configuration stays set after the CLI made it ready
  [5, "maint"],
  [1, "maint"],
  [2, "maint"],
  [0x20, "maint"],
  [8, "drain"],
  [12, "drain"],
  [0x10, "drain"],
  [9, "maint"],
])("admin bits %i are %s", (bits, state) => {
  expect(adminState(bits)).toBe(state as "ready");
});

test("show stat: sessions and bytes per server", () => {
  const rows = parseStat(fixture("show-stat.txt"));
  expect(rows.map((r) => `${r.proxy}/${r.server}`)).toEqual(["lama_in/FRONTEND", "lama_pool/slot1", "lama_pool/slot2", "lama_pool/slot3", "lama_pool/slot4", "lama_pool/BACKEND"]);
  expect(rows[1]).toEqual({ proxy: "lama_pool", server: "slot1", sessions: 0, sessionsTotal: 3, bytesIn: 354, bytesOut: 660, status: "DRAIN", weight: 1, address: "127.0.0.1:46819" });
  expect(rows[2]).toMatchObject({ sessionsTotal: 6, bytesOut: 6726, status: "no check", weight: 2 });
  expect(rows[3]).toMatchObject({ status: "MAINT", sessionsTotal: 0 });
});

test("show info: the worker's pid", () => {
  expect(infoPid(fixture("show-info.txt"))).toBeGreaterThan(0);
  expect(infoPid("Name: HAProxy\n")).toBeUndefined();
});

describe("answers that are not what was asked", () => {
  test.each(["", "Unknown command.\n", "1\n", "Permission denied\n"])("%j", (text) => {
    expect(() => parseServersState(text, "lama_pool")).toThrow(LiveStateError);
    expect(() => parseStat(text)).toThrow(LiveStateError);
  });

  test("a truncated servers-state line is an error, not a half-read slot", () => {
    const text = fixture("show-servers-state.txt").replace("46819 - 0 0 - - 0\n3 lama_pool 2", "46819\n3 lama_pool 2");
    expect(() => parseServersState(text, "lama_pool")).toThrow(/line has \d+ fields, the header 25/);
  });

  test("a truncated show stat keeps the rows it has and reads missing numbers as 0", () => {
    const text = fixture("show-stat.txt");
    const cut = text.slice(0, text.indexOf("lama_pool,slot2") + 30);
    const rows = parseStat(cut);
    expect(rows.at(-1)).toMatchObject({ server: "slot2", bytesOut: 0 });
  });
});
