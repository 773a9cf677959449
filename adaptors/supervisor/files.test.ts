import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryFileSystem, nodeFileSystem, tempPathFor, type FileSystem } from "./files.ts";

test("the temporary file sits beside the target, hidden", () => {
  expect(tempPathFor("/etc/icecast2/icecast.xml", 42, 7)).toBe("/etc/icecast2/.icecast.xml.42.7.tmp");
});

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "lama-files-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The same contract, for the real file system and its twin. */
describe.each<[string, () => { fs: FileSystem; root: string }]>([
  ["nodeFileSystem", () => ({ fs: nodeFileSystem, root: mkdtempSync(join(dir, "t-")) })],
  ["MemoryFileSystem", () => ({ fs: new MemoryFileSystem(), root: "/etc/x" })],
])("%s", (_, make) => {
  test("write, read, replace, rename, remove, exists", async () => {
    const { fs, root } = make();
    const a = join(root, "a.conf");
    const b = join(root, "b.conf");
    expect(await fs.readFile(a)).toBeUndefined();
    expect(await fs.exists(a)).toBe(false);
    await fs.writeFileAtomic(a, "one\n");
    expect(await fs.readFile(a)).toBe("one\n");
    await fs.writeFileAtomic(a, "two\n");
    expect(await fs.readFile(a)).toBe("two\n");
    await fs.rename(a, b);
    expect(await fs.exists(a)).toBe(false);
    expect(await fs.readFile(b)).toBe("two\n");
    await fs.remove(b);
    await fs.remove(b);
    expect(await fs.exists(b)).toBe(false);
    await expect(fs.rename(a, b)).rejects.toMatchObject({ code: "ENOENT" });
  });
});

test("a real atomic write leaves no temporary file and keeps an existing file's mode", async () => {
  const root = mkdtempSync(join(dir, "m-"));
  const path = join(root, "haproxy.cfg");
  await nodeFileSystem.writeFileAtomic(path, "global\n", 0o600);
  expect(statSync(path).mode & 0o777).toBe(0o600);
  await nodeFileSystem.writeFileAtomic(path, "defaults\n");
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(readdirSync(root)).toEqual(["haproxy.cfg"]);
});

test("a real write into a missing directory fails and leaves nothing", async () => {
  await expect(nodeFileSystem.writeFileAtomic(join(dir, "missing", "x.conf"), "x")).rejects.toMatchObject({ code: "ENOENT" });
});

test("the twin can fail a write, leaving the old text", async () => {
  const fs = new MemoryFileSystem({ "/etc/nginx/nginx.conf": "old" });
  fs.failNextWrite();
  await expect(fs.writeFileAtomic("/etc/nginx/nginx.conf", "new")).rejects.toThrow("ENOSPC");
  expect(await fs.readFile("/etc/nginx/nginx.conf")).toBe("old");
  await fs.writeFileAtomic("/etc/nginx/nginx.conf", "new");
  expect(fs.writes).toEqual([{ path: "/etc/nginx/nginx.conf", text: "new" }]);
});
