import { describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { archivePath, cpioHeader, type CpioEntry, memorySink, orderEntries, writeCpio } from "./cpio.ts";

const text = (s: string) => new TextEncoder().encode(s);
const ascii = (b: Uint8Array) => new TextDecoder().decode(b);

describe("cpio newc", () => {
  test("header layout: magic, 13 hex fields, name, NUL, padding to 4", () => {
    const h = cpioHeader({ ino: 1, mode: 0o100644, nlink: 1, mtime: 0x6592_0000, size: 5, name: "init" });
    expect(ascii(h.subarray(0, 110))).toBe(
      "070701" + "00000001" + "000081a4" + "00000000" + "00000000" + "00000001" + "65920000" + "00000005" +
        "00000000" + "00000000" + "00000000" + "00000000" + "00000005" + "00000000",
    );
    expect(h.length % 4).toBe(0);
    expect(ascii(h.subarray(110, 115))).toBe("init\0");
    expect(h.length).toBe(116);
  });

  const entries: CpioEntry[] = [
    { path: "etc/lama/pool.key", type: "file", mode: 0o600, data: text("k\n") },
    { path: "etc", type: "dir", mode: 0o755 },
    { path: "etc/lama", type: "dir", mode: 0o755 },
    { path: "init", type: "symlink", target: "bin/busybox" },
    { path: "dev", type: "dir", mode: 0o755 },
    { path: "dev/console", type: "chardev", mode: 0o600, major: 5, minor: 1 },
  ];

  test("same entries in any order give the same bytes (golden sha256)", () => {
    const a = memorySink();
    const b = memorySink();
    writeCpio(entries, 1_704_067_200, a);
    writeCpio([...entries].reverse(), 1_704_067_200, b);
    expect(a.bytes()).toEqual(b.bytes());
    expect(new Bun.CryptoHasher("sha256").update(a.bytes()).digest("hex")).toMatchSnapshot();
  });

  test("GNU cpio reads it back with modes, link target and the 0600 key", () => {
    if (spawnSync("cpio", ["--version"]).status !== 0) return;
    const s = memorySink();
    writeCpio(entries, 1_704_067_200, s);
    const r = spawnSync("cpio", ["-t", "-v", "--quiet"], { input: s.bytes(), encoding: "utf8" });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.map((l) => l.split(/\s+/).at(-1) === "bin/busybox" ? l.split(/\s+/).slice(-3).join(" ") : l.split(/\s+/).at(-1))).toEqual([
      "dev", "dev/console", "etc", "etc/lama", "etc/lama/pool.key", "init -> bin/busybox",
    ]);
    expect(lines.find((l) => l.endsWith("pool.key"))).toStartWith("-rw-------");
    expect(lines.find((l) => l.endsWith("console"))).toStartWith("crw-------");
  });

  test.each([
    ["./etc", "etc"], ["/etc/x", "etc/x"], ["etc/", "etc"],
  ])("archivePath(%p) = %p", (p, want) => expect(archivePath(p)).toBe(want));

  test.each([["../x"], ["a/../b"], [""], ["a//b"]])("archivePath rejects %p", (p) => expect(() => archivePath(p)).toThrow());

  test("a file without its directory entry, or a path twice, is rejected", () => {
    expect(() => orderEntries([{ path: "a/b", type: "dir", mode: 0o755 }])).toThrow(/no directory entry for 'a'/);
    expect(() => orderEntries([{ path: "a", type: "dir", mode: 0o755 }, { path: "a", type: "dir", mode: 0o755 }])).toThrow(/twice/);
  });
});
