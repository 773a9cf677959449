import { afterAll, describe, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pb } from "../../proto/index.ts";
import { FakeClock } from "./clock.ts";
import {
  ControllerKeys, controllerSigner, formatControllerPublic, formatControllerSecret, parseControllerPublic, parseControllerPublicList, parseControllerSecret,
  readControllerKeyFile, readControllerSecretFile,
} from "./controller-key.ts";
import { Envelope, HEADER_BYTES, openWith, sealWith } from "./envelope.ts";
import { Keyring, KeyError } from "./keyring.ts";
import { loadSodium } from "./sodium.ts";
import { Scratch } from "../../test/harness/scratch.ts";

const scratch = new Scratch();
afterAll(() => scratch.remove());

const sodium = await loadSodium();
const POOL = Uint8Array.from({ length: 32 }, (_, i) => i);
const SEED = Uint8Array.from({ length: 32 }, (_, i) => 100 + i);
const ROGUE_SEED = Uint8Array.from({ length: 32 }, (_, i) => 200 - i);
const NONCE = Uint8Array.from({ length: 24 }, (_, i) => 0xa0 + i);
const T0 = 1_800_000_000_000;
const signer = controllerSigner(sodium, SEED);
const rogue = controllerSigner(sodium, ROGUE_SEED);
const ring = () => new Keyring(sodium, [POOL]);

/** grand (signing), a node trusting grand's key, and a pool-key holder without the controller key. */
function world(opts: { nodeKeys?: Uint8Array[] } = {}) {
  const clock = new FakeClock(T0);
  const grand = new Envelope({ sodium, keyring: ring(), senderId: "grand-1", clock, epoch: 7, signer });
  const node = new Envelope({ sodium, keyring: ring(), senderId: "node-1", clock, controllerKeys: new ControllerKeys(sodium, opts.nodeKeys ?? [signer.publicKey]) });
  const mallory = new Envelope({ sodium, keyring: ring(), senderId: "grand-1", clock, epoch: 8 });
  const rogueGrand = new Envelope({ sodium, keyring: ring(), senderId: "grand-1", clock, epoch: 9, signer: rogue });
  return { clock, grand, node, mallory, rogueGrand };
}

const ANNOUNCE = { grandAnnounce: { grandId: "grand-1", epoch: 7 } };

describe("controller key text", () => {
  test("public and secret round-trip, and the secret's public half is the signer's", () => {
    const pub = formatControllerPublic(signer.publicKey);
    expect(pub.startsWith("ctl-pub:")).toBe(true);
    expect(parseControllerPublic(` ${pub}\n`)).toEqual(signer.publicKey);
    expect(parseControllerSecret(formatControllerSecret(SEED))).toEqual(SEED);
    // Ed25519 public key of this seed, pinned: the signer is crypto_sign_seed_keypair.
    expect(signer.publicKey).toEqual(sodium.crypto_sign_seed_keypair(SEED).publicKey);
    expect(signer.publicKey.length).toBe(32);
  });

  test.each([
    ["", "must start with 'ctl-pub:'"],
    [Buffer.alloc(32, 1).toString("base64"), "must start with 'ctl-pub:'"],
    [`ctl-secret:${Buffer.alloc(32, 1).toString("base64")}`, "this is a controller SECRET: never give it to nodes"],
    ["ctl-pub:$$$", "is not 'ctl-pub:' followed by base64"],
    [`ctl-pub:${Buffer.alloc(33, 1).toString("base64")}`, "holds 33 bytes, it must be 32"],
  ])("public key %j is refused: %s", (text, message) => {
    expect(() => parseControllerPublic(text)).toThrow(KeyError);
    expect(() => parseControllerPublic(text)).toThrow(message);
  });

  test("base64 must fill the whole key text: junk before or after 32 good bytes is refused; the default subjects name the key", () => {
    const good = Buffer.alloc(32, 7).toString("base64");
    expect(() => parseControllerPublic(`ctl-pub:*${good}`)).toThrow("controller key is not 'ctl-pub:' followed by base64");
    expect(() => parseControllerPublic(`ctl-pub:${good}*`)).toThrow("controller key is not 'ctl-pub:' followed by base64");
    expect(() => parseControllerSecret(`ctl-secret:${good}!`)).toThrow(/^controller secret is not 'ctl-secret:' followed by base64; /);
    expect(() => parseControllerPublic("x")).toThrow(/^controller key must start with 'ctl-pub:'; /);
    expect(() => parseControllerSecret("x")).toThrow(/^controller secret must start with 'ctl-secret:'; /);
  });

  test("a key file's lines are trimmed before comments are told apart: an indented comment and a padded key are fine", () => {
    const text = `   # grand of rack 4\n\t${formatControllerPublic(signer.publicKey)}   \n`;
    expect(parseControllerPublicList(text)).toEqual([signer.publicKey]);
  });

  test("a bad public key says where grand's comes from; a seed of the wrong length is refused", () => {
    expect(() => parseControllerPublic("nope")).toThrow("; print grand's with 'grand controller-public controller.secret'");
    expect(() => controllerSigner(sodium, new Uint8Array(31))).toThrow("a controller seed is 32 bytes, got 31");
  });

  test("a public key where the secret belongs is named as such", () => {
    expect(() => parseControllerSecret(formatControllerPublic(signer.publicKey))).toThrow("(this is a public key, not the secret)");
    expect(() => parseControllerSecret("")).toThrow("grand controller-keygen > controller.secret");
  });

  test("a key file holds several public keys, one a line, comments and blank lines ignored", () => {
    const text = `# grand, 2026\n${formatControllerPublic(signer.publicKey)}\n\n${formatControllerPublic(rogue.publicKey)}\n`;
    expect(parseControllerPublicList(text)).toEqual([signer.publicKey, rogue.publicKey]);
    expect(() => parseControllerPublicList("# nothing\n")).toThrow("controller key file holds no key");
    expect(() => parseControllerPublicList(`${formatControllerPublic(signer.publicKey)}\nbad`)).toThrow("controller key file line 2 must start with 'ctl-pub:'");
  });

  test("files: the secret file gives the signer; a missing file says how to make one", () => {
    const dir = scratch.dir("ctl-key-");
    writeFileSync(join(dir, "c.secret"), formatControllerSecret(SEED) + "\n");
    writeFileSync(join(dir, "c.pub"), formatControllerPublic(signer.publicKey) + "\n");
    expect(readControllerSecretFile(sodium, join(dir, "c.secret")).publicKey).toEqual(signer.publicKey);
    expect(readControllerKeyFile(join(dir, "c.pub"))).toEqual([signer.publicKey]);
    expect(() => readControllerSecretFile(sodium, join(dir, "none"))).toThrow(`controller secret file ${join(dir, "none")} not found; create one with 'grand controller-keygen > ${join(dir, "none")}'`);
    expect(() => readControllerKeyFile(join(dir, "none"))).toThrow(`controller key file ${join(dir, "none")} not found`);
    // A file that is there but wrong names itself.
    writeFileSync(join(dir, "short.secret"), "ctl-secret:AAAA\n");
    expect(() => readControllerSecretFile(sodium, join(dir, "short.secret"))).toThrow(`controller secret file ${join(dir, "short.secret")} holds 3 bytes`);
    writeFileSync(join(dir, "bad.pub"), "AAAA\n");
    expect(() => readControllerKeyFile(join(dir, "bad.pub"))).toThrow(`controller key file ${join(dir, "bad.pub")} line 1 must start with 'ctl-pub:'`);
  });

  test("the native signer gives libsodium's very signature, and each verifies the other's", () => {
    const pair = sodium.crypto_sign_seed_keypair(SEED);
    for (const m of [new Uint8Array(0), Uint8Array.of(1, 2, 3), new Uint8Array(300).fill(9)]) {
      expect(signer.sign(m)).toEqual(sodium.crypto_sign_detached(m, pair.privateKey));
      expect(sodium.crypto_sign_verify_detached(signer.sign(m), m, pair.publicKey)).toBe(true);
      expect(new ControllerKeys(sodium, [pair.publicKey]).verify(m, sodium.crypto_sign_detached(m, pair.privateKey))).toBe(true);
    }
    const m = Uint8Array.of(1, 2, 3);
    const bad = signer.sign(m);
    bad[10]! ^= 1;
    expect(new ControllerKeys(sodium, [pair.publicKey]).verify(m, bad)).toBe(false);
    expect(new ControllerKeys(sodium, [pair.publicKey]).verify(Uint8Array.of(1, 2, 4), signer.sign(m))).toBe(false);
  });

  test("ControllerKeys: configured only with a key; replace swaps the set; a wrong length is refused", () => {
    const keys = new ControllerKeys(sodium);
    expect(keys.configured).toBe(false);
    const m = Uint8Array.of(1, 2, 3);
    expect(keys.verify(m, signer.sign(m))).toBe(false);
    keys.replace([signer.publicKey]);
    expect([keys.configured, keys.count, keys.verify(m, signer.sign(m)), keys.verify(m, rogue.sign(m))]).toEqual([true, 1, true, false]);
    expect(keys.verify(m, signer.sign(m).subarray(0, 63))).toBe(false);
    expect(() => keys.replace([Uint8Array.of(1)])).toThrow("a controller public key is 32 bytes, got 1");
    expect(keys.count).toBe(1);
  });
});

describe("signed envelopes", () => {
  test("a signed packet: flags 0x01, 64 bytes longer, opens as signed under grand's key", () => {
    const message = { senderId: "grand-1", sentAtMs: T0, epoch: 7, seq: 1, ...ANNOUNCE };
    const plain = sealWith(sodium, ring(), message, NONCE);
    const signed = sealWith(sodium, ring(), message, NONCE, { signer });
    expect(signed[5]).toBe(0x01);
    expect(plain[5]).toBe(0x00);
    expect(signed.length - plain.length).toBe(64);
    // Ed25519 is deterministic: the same message, nonce and seed give the same bytes.
    expect(sealWith(sodium, ring(), message, NONCE, { signer })).toEqual(signed);
    const r = openWith(sodium, ring(), signed, new ControllerKeys(sodium, [signer.publicKey]));
    expect(r.ok && r.signed).toBe(true);
    expect(r.ok && r.message.grandAnnounce?.epoch).toBe(7);
    // Without keys, or with another key, it opens but not as signed.
    expect(openWith(sodium, ring(), signed).ok && (openWith(sodium, ring(), signed) as { signed: boolean }).signed).toBe(false);
    const other = openWith(sodium, ring(), signed, new ControllerKeys(sodium, [rogue.publicKey]));
    expect(other.ok && other.signed).toBe(false);
  });

  test("the node takes grand's signed bodies and drops the same bodies from a pool-key holder as unsigned", () => {
    const { grand, node, mallory, rogueGrand } = world();
    expect(node.open(grand.seal(ANNOUNCE))).toMatchObject({ ok: true, signed: true });
    for (const body of [ANNOUNCE, { discovered: { grandId: "grand-1", epoch: 8 } }, { registerReply: { requestId: 1, status: pb.Status.STATUS_OK } },
      { renewReply: { requestId: 1, status: pb.Status.STATUS_OK } }, { cancelReply: { requestId: 1 } }, { signal: { session: "s", offerSdp: "v=0" } }]) {
      expect(node.open(mallory.seal(body))).toEqual({ ok: false, reason: "unsigned" });
      expect(node.open(rogueGrand.seal(body))).toEqual({ ok: false, reason: "unsigned" });
    }
    expect(node.drops.byReason.unsigned).toBe(12);
    // What nodes send each other needs no signature.
    expect(node.open(mallory.seal({ announce: { attempt: 1 } }))).toMatchObject({ ok: true, signed: false });
  });

  test("a node without a controller key takes unsigned grand bodies (the warned-about mode)", () => {
    const { mallory, clock } = world();
    const bare = new Envelope({ sodium, keyring: ring(), senderId: "n", clock, controllerKeys: new ControllerKeys(sodium) });
    expect(bare.open(mallory.seal(ANNOUNCE))).toMatchObject({ ok: true, signed: false });
    const none = new Envelope({ sodium, keyring: ring(), senderId: "n2", clock });
    expect(none.open(mallory.seal(ANNOUNCE))).toMatchObject({ ok: true, signed: false });
  });

  test("grand itself (acceptUnsignedControllerBodies) opens another grand's unsigned announcement, marked unsigned", () => {
    const { clock, mallory } = world();
    const g = new Envelope({ sodium, keyring: ring(), senderId: "grand-2", clock, controllerKeys: new ControllerKeys(sodium, [signer.publicKey]), acceptUnsignedControllerBodies: true });
    expect(g.open(mallory.seal(ANNOUNCE))).toMatchObject({ ok: true, signed: false });
  });

  test("a capture re-sealed by a pool-key holder under a new nonce loses its signature", () => {
    const { grand, node } = world();
    const p = grand.seal(ANNOUNCE);
    const key = ring().sending().sealKey;
    const plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, p.subarray(HEADER_BYTES), p.subarray(0, HEADER_BYTES), p.subarray(10, HEADER_BYTES), key);
    const header = p.slice(0, HEADER_BYTES);
    header[10]! ^= 0xff; // a new nonce
    const resealed = new Uint8Array([...header, ...sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, header, null, header.subarray(10), key)]);
    expect(node.open(resealed)).toEqual({ ok: false, reason: "unsigned" });
    // The original still opens once, then is a replay.
    expect(node.open(p)).toMatchObject({ ok: true, signed: true });
    expect(node.open(p)).toEqual({ ok: false, reason: "replay" });
  });

  test.each([
    [10, "decode"], // shorter than a signature
    [63, "decode"],
    [64, "empty"], // a signature and nothing before it: an empty Sealed
  ] as const)("a signed packet with a %i-byte plaintext is dropped as %s", (length, reason) => {
    const key = ring().sending().sealKey;
    const header = new Uint8Array(HEADER_BYTES);
    header.set([0x4c, 0x41, 0x4d, 0x41, 1, 1]);
    new DataView(header.buffer).setUint32(6, ring().sending().keyId);
    header.set(NONCE, 10);
    const d = new Uint8Array([...header, ...sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(new Uint8Array(length), header, null, NONCE, key)]);
    expect(openWith(sodium, ring(), d, new ControllerKeys(sodium, [signer.publicKey]))).toEqual({ ok: false, reason });
  });

  test("the signature is Ed25519 over 'LAMA controller v1\\0', the header and the Sealed bytes, checked here with libsodium alone", () => {
    const message = { senderId: "grand-1", sentAtMs: T0, epoch: 7, seq: 1, ...ANNOUNCE };
    const p = sealWith(sodium, ring(), message, NONCE, { signer });
    const plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, p.subarray(HEADER_BYTES), p.subarray(0, HEADER_BYTES), NONCE, ring().sending().sealKey);
    const body = plain.subarray(0, plain.length - 64);
    expect(body).toEqual(pb.Sealed.encode(message).finish());
    const signed = new Uint8Array([...new TextEncoder().encode("LAMA controller v1\0"), ...p.subarray(0, HEADER_BYTES), ...body]);
    expect(sodium.crypto_sign_verify_detached(plain.subarray(plain.length - 64), signed, signer.publicKey)).toBe(true);
  });

  test("replay evictions count both memories, signed and unsigned", () => {
    const clock = new FakeClock(T0);
    const node = new Envelope({ sodium, keyring: ring(), senderId: "node-1", clock, controllerKeys: new ControllerKeys(sodium, [signer.publicKey]), replayLimits: { maxSenders: 1, maxPerSender: 1 } });
    // In each memory: one sender sends twice (a nonce evicted), then two more senders (two senders retired, one retired floor dropped).
    for (const s of [undefined, signer]) {
      for (const id of ["s1", "s1", "s2", "s3"]) {
        clock.advance(1);
        expect(node.open(new Envelope({ sodium, keyring: ring(), senderId: id, clock, signer: s }).seal({ announce: {} })).ok).toBe(true);
      }
    }
    expect(node.replayEvictions).toEqual({ nonces: 2, senders: 4, retiredFloors: 2 });
  });

  test("a pool-key holder flooding under grand's id, dated ahead, does not make grand's signed packets stale", () => {
    const clock = new FakeClock(T0);
    const grand = new Envelope({ sodium, keyring: ring(), senderId: "grand-1", clock, epoch: 7, signer });
    const node = new Envelope({ sodium, keyring: ring(), senderId: "node-1", clock, controllerKeys: new ControllerKeys(sodium, [signer.publicKey]), replayLimits: { maxPerSender: 4 } });
    const ahead = new Envelope({ sodium, keyring: ring(), senderId: "grand-1", clock: new FakeClock(T0 + 29_000) });
    // Node bodies under grand's id pass the signature rule and fill the unsigned memory.
    for (let i = 0; i < 10; i++) node.open(ahead.seal({ announce: { attempt: i } }));
    expect(node.replayEvictions.nonces).toBe(1);
    // The unsigned memory's floor for "grand-1" is now 29 s ahead: an unsigned packet under that id is stale...
    const unsignedNow = new Envelope({ sodium, keyring: ring(), senderId: "grand-1", clock });
    expect(node.open(unsignedNow.seal({ announce: {} }))).toMatchObject({ ok: false, reason: "stale" });
    // ...while grand's signed packets, in a memory of their own, are untouched.
    expect(node.open(grand.seal(ANNOUNCE))).toMatchObject({ ok: true, signed: true });
  });

  test("seal under a given installed key id; an id not installed falls back to the sending key", () => {
    const NEW = Uint8Array.from({ length: 32 }, (_, i) => 50 + i);
    const clock = new FakeClock(T0);
    const both = new Keyring(sodium, [POOL, NEW]);
    const e = new Envelope({ sodium, keyring: both, senderId: "g", clock });
    const newId = both.ids()[1]!;
    const keyIdOf = (p: Uint8Array) => new DataView(p.buffer, p.byteOffset).getUint32(6);
    expect(keyIdOf(e.seal({ announce: {} }, newId))).toBe(newId);
    expect(keyIdOf(e.seal({ announce: {} }, 0x12345678))).toBe(both.ids()[0]!);
    expect(keyIdOf(e.seal({ announce: {} }))).toBe(both.ids()[0]!);
  });
});
