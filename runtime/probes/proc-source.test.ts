import { expect, test } from "bun:test";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadFixture, memoryProcSource, realProcSource } from "./proc-source.ts";

test("the memory twin answers what it holds and undefined for the rest", () => {
  const s = memoryProcSource({
    files: { "/proc/stat": "cpu  1 2 3 4\n", "/sys/class/net/eth0/type": "1\n", "/sys/class/net/lo/type": "772\n" },
    statfs: { "/": { blockSize: 4096, blocks: 10, freeBlocks: 5, availableBlocks: 4 } },
  });
  expect(s.readText("/proc/stat")).toBe("cpu  1 2 3 4\n");
  expect(s.readText("/proc/nope")).toBeUndefined();
  expect(s.statfs("/")).toEqual({ blockSize: 4096, blocks: 10, freeBlocks: 5, availableBlocks: 4 });
  expect(s.statfs("/home")).toBeUndefined();
  expect(s.listDir("/sys/class/net")?.sort()).toEqual(["eth0", "lo"]);
  expect(s.listDir("/sys/class/net/")?.sort()).toEqual(["eth0", "lo"]);
  expect(s.listDir("/sys/block")).toBeUndefined();
  expect(s.calls).toEqual({ readText: 2, statfs: 2, listDir: 3 });
});

test("the memory twin changes between samples", () => {
  const s = memoryProcSource({ dirs: { "/sys/block": ["sda"] } });
  s.set("/proc/loadavg", "1 2 3 1/2 3\n");
  expect(s.readText("/proc/loadavg")).toBe("1 2 3 1/2 3\n");
  s.set("/proc/loadavg", undefined);
  expect(s.readText("/proc/loadavg")).toBeUndefined();
  expect(s.listDir("/sys/block")).toEqual(["sda"]);
  s.load({});
  expect(s.listDir("/sys/block")).toBeUndefined();
});

test("loadFixture mirrors the directory and reads statfs.json", () => {
  const init = loadFixture(join(import.meta.dir, "fixtures/linux-6.18/t0"));
  expect(Object.keys(init.files!)).toContain("/proc/net/dev");
  expect(Object.keys(init.files!)).toContain("/sys/class/net/eth0/speed");
  expect(Object.keys(init.files!)).not.toContain("/statfs.json");
  expect(init.statfs!["/"]!.blockSize).toBe(4096);
});

test("loadFixture says what is wrong with a bad fixture", () => {
  expect(() => loadFixture("/nonexistent/fixture")).toThrow(/fixture directory \/nonexistent\/fixture not found/);
  const dir = mkdtempSync(join(tmpdir(), "lama-probe-fixture-"));
  mkdirSync(join(dir, "proc"));
  try {
    writeFileSync(join(dir, "statfs.json"), "{ not json");
    expect(() => loadFixture(dir)).toThrow(/statfs\.json is not valid JSON/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the real source reads the live kernel and never throws", () => {
  expect(realProcSource.readText("/proc/loadavg")).toMatch(/^\d+\.\d\d /);
  expect(realProcSource.readText("/proc/does-not-exist")).toBeUndefined();
  expect(realProcSource.readText("/sys/class/net/lo/speed")).toBeUndefined(); // EINVAL
  expect(realProcSource.listDir("/sys/class/net")).toContain("lo");
  expect(realProcSource.listDir("/does-not-exist")).toBeUndefined();
  const root = realProcSource.statfs("/")!;
  expect(root.blockSize).toBeGreaterThan(0);
  expect(root.blocks).toBeGreaterThan(0);
  expect(realProcSource.statfs("/does-not-exist")).toBeUndefined();
});

test("load replaces the files and the statfs results, it does not add to them", () => {
  const st = { blockSize: 4096, blocks: 10, freeBlocks: 5, availableBlocks: 4 };
  const s = memoryProcSource({ files: { "/proc/stat": "cpu  1 2 3 4\n" }, statfs: { "/": st } });
  s.load({ files: { "/proc/loadavg": "1 2 3 1/2 3\n" }, statfs: { "/home": st } });
  expect(s.readText("/proc/stat")).toBeUndefined();
  expect(s.readText("/proc/loadavg")).toBe("1 2 3 1/2 3\n");
  expect(s.statfs("/")).toBeUndefined();
  expect(s.statfs("/home")).toEqual(st);
});

test("a file set to undefined is gone from directory listings too", () => {
  const s = memoryProcSource();
  s.set("/sys/class/net/eth0/speed", "1000\n");
  expect(s.listDir("/sys/class/net")).toEqual(["eth0"]);
  s.set("/sys/class/net/eth0/speed", undefined);
  expect(s.listDir("/sys/class/net")).toBeUndefined();
  expect(s.files.has("/sys/class/net/eth0/speed")).toBe(false);
});

test("setStatfs sets a result, and undefined removes it", () => {
  const st = { blockSize: 1024, blocks: 100, freeBlocks: 60, availableBlocks: 50 };
  const s = memoryProcSource();
  s.setStatfs("/data", st);
  expect(s.statfs("/data")).toEqual(st);
  s.setStatfs("/data", undefined);
  expect(s.statfs("/data")).toBeUndefined();
  expect(s.fsStats.has("/data")).toBe(false);
});
