import { expect, test } from "bun:test";
import { mkdtempSync, writeFileSync, mkdirSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readKeyFile, loadKeyring } from "./key-file.ts";
import { formatPoolKey, KeyError, parsePoolKey } from "./keyring.ts";
import { loadSodium } from "./sodium.ts";

test.each([
  ["", /is empty/],
  ["not base64 !!", /not base64/],
  [Buffer.alloc(16).toString("base64"), /holds 16 bytes, a pool key is 32/],
  [Buffer.alloc(33).toString("base64"), /holds 33 bytes/],
])("parsePoolKey(%j) fails with a message saying how to fix it", (text, re) => {
  expect(() => parsePoolKey(text)).toThrow(re);
  expect(() => parsePoolKey(text)).toThrow(/lama keygen/);
});

test("a formatted key parses back, with surrounding whitespace", () => {
  const k = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
  expect(parsePoolKey(`  ${formatPoolKey(k)}\n`)).toEqual(k);
});

test("key file errors name the file and the fix", () => {
  const dir = mkdtempSync(join(tmpdir(), "lama-key-"));
  expect(() => readKeyFile(join(dir, "missing"))).toThrow(`pool key file ${join(dir, "missing")} not found; create one with 'lama keygen > ${join(dir, "missing")}'`);
  mkdirSync(join(dir, "d"));
  expect(() => readKeyFile(join(dir, "d"))).toThrow(/is a directory/);
  writeFileSync(join(dir, "bad"), "hello");
  expect(() => readKeyFile(join(dir, "bad"))).toThrow(KeyError);
  if (process.getuid?.() !== 0) {
    writeFileSync(join(dir, "secret"), formatPoolKey(new Uint8Array(32)));
    chmodSync(join(dir, "secret"), 0);
    expect(() => readKeyFile(join(dir, "secret"))).toThrow(/not readable/);
  }
});

test("loadKeyring uses LAMA_KEY_FILE when no file is given, and says what to do with neither", async () => {
  const sodium = await loadSodium();
  const dir = mkdtempSync(join(tmpdir(), "lama-key-"));
  writeFileSync(join(dir, "k"), formatPoolKey(new Uint8Array(32).fill(1)));
  expect(loadKeyring(sodium, [], { LAMA_KEY_FILE: join(dir, "k") }).ids().length).toBe(1);
  expect(() => loadKeyring(sodium, [], {})).toThrow(/--key-file PATH or set LAMA_KEY_FILE/);
});
