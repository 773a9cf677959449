import { afterAll, expect, test } from "bun:test";
import { mkdtempSync, writeFileSync, mkdirSync, chmodSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readKeyFile, readKeyFileKeys, readPoolKeys, loadKeyring } from "./key-file.ts";
import { derivePoolKey, formatPoolKey, Keyring, KeyError, parsePoolKey } from "./keyring.ts";
import { loadSodium } from "./sodium.ts";

/** Every scratch folder a test made, removed at the end (the mutation runs execute this file thousands of times). */
const scratch: string[] = [];
const scratchDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

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
  const dir = scratchDir("lama-key-");
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
  const dir = scratchDir("lama-key-");
  writeFileSync(join(dir, "k"), formatPoolKey(new Uint8Array(32).fill(1)));
  expect(loadKeyring(sodium, [], { LAMA_KEY_FILE: join(dir, "k") }).ids().length).toBe(1);
  expect(() => loadKeyring(sodium, [], {})).toThrow(/--key-file PATH or set LAMA_KEY_FILE/);
});

// A libsodium whose key-id derivation is rigged: every key gets id 0x0000002a and
// its own bytes as the sealing key, so two different keys collide on purpose.
async function collidingSodium() {
  const real = await loadSodium();
  const derive = (len: number, sub: number, ctx: string, key: Uint8Array) =>
    ctx === "LAMAkeid" ? Uint8Array.from({ length: len }, (_, i) => (i === 3 ? 0x2a : 0)) : key.slice(0, len);
  return { ...real, crypto_kdf_derive_from_key: derive } as unknown as Awaited<ReturnType<typeof loadSodium>>;
}

test("keys are base64 from the first character: a prefix outside the alphabet is refused", () => {
  const good = formatPoolKey(new Uint8Array(32).fill(9));
  expect(() => parsePoolKey(`*${good}`)).toThrow("pool key is not base64; create one with 'lama keygen > pool.key'");
  expect(() => parsePoolKey("", "key file k")).toThrow("key file k is empty");
  expect(() => parsePoolKey("")).toThrow(/^pool key is empty/);
});

test("a key error is a KeyError by name", () => {
  try {
    parsePoolKey("");
    throw new Error("unreachable");
  } catch (e) {
    expect(e).toBeInstanceOf(KeyError);
    expect((e as Error).name).toBe("KeyError");
  }
});

test("derivation refuses a pool key that is not 32 bytes; a keyring refuses to be empty", async () => {
  const sodium = await loadSodium();
  expect(() => derivePoolKey(sodium, new Uint8Array(31))).toThrow("a pool key is 32 bytes, got 31");
  expect(() => derivePoolKey(sodium, new Uint8Array(33))).toThrow("a pool key is 32 bytes, got 33");
  expect(() => new Keyring(sodium, [])).toThrow(/^a keyring needs at least one pool key/);
});

test("two different keys with the same key id are refused, naming the id in 8 hex digits; the same key twice is fine", async () => {
  const sodium = await collidingSodium();
  const a = new Uint8Array(32).fill(1);
  const b = a.slice();
  b[31] = 2; // differs in one byte only
  const ring = new Keyring(sodium, [a]);
  expect(ring.install(a.slice())).toBe(0x2a);
  expect(() => ring.install(b)).toThrow("two different pool keys share key id 0000002a; generate a new key");
  expect(() => new Keyring(sodium, [a, b])).toThrow(KeyError);
});

test("ids() lists the sending key first, then every other installed key", async () => {
  const sodium = await loadSodium();
  const [a, b, c] = [1, 2, 3].map((n) => new Uint8Array(32).fill(n));
  const [ia, ib, ic] = [a!, b!, c!].map((k) => derivePoolKey(sodium, k).keyId);
  const ring = new Keyring(sodium, [a!, b!, c!]);
  expect(ring.ids()).toEqual([ia!, ib!, ic!]);
  ring.use(ic!);
  expect(ring.ids()).toEqual([ic!, ia!, ib!]);
  expect(ring.sending().keyId).toBe(ic!);
  expect(() => ring.use(0x12)).toThrow("key 00000012 is not installed; install it before using it");
  expect(() => ring.remove(ic!)).toThrow(/is the sending key/);
  ring.remove(ia!);
  expect(ring.ids()).toEqual([ic!, ib!]);
  expect(ring.byId(ia!)).toBeUndefined();
});

test("a key file may hold several keys, one a line: the first of the first file seals; errors name the line", async () => {
  const sodium = await loadSodium();
  const dir = scratchDir("lama-keys-");
  const k = (n: number) => Uint8Array.from({ length: 32 }, (_, i) => n + i);
  writeFileSync(join(dir, "a"), `# rotation: new first\n${formatPoolKey(k(2))}\n\n   \n  # an indented comment\n  ${formatPoolKey(k(1))}  \n`);
  writeFileSync(join(dir, "b"), formatPoolKey(k(3)) + "\n");
  expect(readKeyFileKeys(join(dir, "a"))).toEqual([k(2), k(1)]);
  expect(readKeyFile(join(dir, "a"))).toEqual(k(2));
  expect(readPoolKeys([join(dir, "a"), join(dir, "b")], {})).toEqual([k(2), k(1), k(3)]);
  const ring = loadKeyring(sodium, [join(dir, "a"), join(dir, "b")], {});
  expect(ring.ids()).toEqual([k(2), k(1), k(3)].map((x) => derivePoolKey(sodium, x).keyId));
  writeFileSync(join(dir, "c"), `${formatPoolKey(k(1))}\nAAAA\n`);
  expect(() => readKeyFileKeys(join(dir, "c"))).toThrow(`pool key file ${join(dir, "c")} line 2 holds 3 bytes, a pool key is 32; create one with 'lama keygen > ${join(dir, "c")}'`);
  writeFileSync(join(dir, "d"), "# only a comment\n");
  expect(() => readKeyFileKeys(join(dir, "d"))).toThrow(`pool key file ${join(dir, "d")} is empty`);
  expect(() => readPoolKeys([], {})).toThrow("no pool key given");
});

test("replace() makes the ring hold exactly the given keys, the first sealing; a bad set leaves it as it was", async () => {
  const sodium = await loadSodium();
  const k = (n: number) => Uint8Array.from({ length: 32 }, (_, i) => n + i);
  const id = (n: number) => derivePoolKey(sodium, k(n)).keyId;
  const ring = new Keyring(sodium, [k(1), k(2)]);
  ring.replace([k(3), k(1)]);
  expect(ring.ids()).toEqual([id(3), id(1)]);
  expect(ring.byId(id(2))).toBeUndefined();
  expect(ring.sending().keyId).toBe(id(3));
  expect(() => ring.replace([])).toThrow("a keyring needs at least one pool key");
  expect(() => ring.replace([k(4), Uint8Array.of(1)])).toThrow("a pool key is 32 bytes, got 1");
  expect(ring.ids()).toEqual([id(3), id(1)]);
});
