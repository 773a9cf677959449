import { afterAll, expect, test } from "bun:test";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readTextFile, unreadableMessage } from "./text-file.ts";

const errno = (code: string) => Object.assign(new Error(`${code}: something`), { code });

test.each<[string, unknown, string | undefined, string]>([
  ["missing", errno("ENOENT"), "create it", "the file /x not found; create it"],
  ["a directory", errno("EISDIR"), "create it", "the file /x is a directory; create it"],
  ["not readable: the fix is about permissions, not creating it", errno("EACCES"), "create it", "the file /x is not readable by this user; fix its permissions or run as its owner"],
  ["another code", errno("EIO"), "create it", "the file /x cannot be read (EIO); create it"],
  ["no code", new Error("boom"), "create it", "the file /x cannot be read (boom); create it"],
  ["no fix", errno("ENOENT"), undefined, "the file /x not found"],
])("unreadableMessage: %s", (_name, error, fix, expected) => {
  expect(unreadableMessage("the file /x", error, fix)).toBe(expected);
});

const dir = mkdtempSync(join(tmpdir(), "lama-text-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

class TestError extends Error {}
const options = (path: string) => ({ subject: `test config ${path}`, fix: "see the docs", toError: (m: string) => new TestError(m) });

test("readTextFile returns the whole text", () => {
  writeFileSync(join(dir, "a.json"), "[1, 2]\n");
  expect(readTextFile(join(dir, "a.json"), options(join(dir, "a.json")))).toBe("[1, 2]\n");
});

test("readTextFile throws the caller's error with the message naming the file and the fix", () => {
  const missing = join(dir, "missing.json");
  expect(() => readTextFile(missing, options(missing))).toThrow(TestError);
  expect(() => readTextFile(missing, options(missing))).toThrow(`test config ${missing} not found; see the docs`);
  mkdirSync(join(dir, "d"));
  expect(() => readTextFile(join(dir, "d"), options(join(dir, "d")))).toThrow(`test config ${join(dir, "d")} is a directory; see the docs`);
});

test.skipIf(process.getuid?.() === 0)("readTextFile says so when the file is not readable by this user", () => {
  const secret = join(dir, "secret.json");
  writeFileSync(secret, "{}");
  chmodSync(secret, 0o000);
  expect(() => readTextFile(secret, options(secret))).toThrow(`test config ${secret} is not readable by this user; fix its permissions or run as its owner`);
});
