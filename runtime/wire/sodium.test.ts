import { describe, expect, test } from "bun:test";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installedSodiumNative, loadSodium, type Sodium, wasmSodium } from "./sodium.ts";

const hex = (s: string) => Uint8Array.from(Buffer.from(s, "hex"));
const text = (s: string) => new TextEncoder().encode(s);

// draft-irtf-cfrg-xchacha-03, appendix A.3.1 (AEAD_XChaCha20_Poly1305).
const XCHACHA = {
  plain: text("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it."),
  ad: hex("50515253c0c1c2c3c4c5c6c7"),
  key: hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"),
  nonce: hex("404142434445464748494a4b4c4d4e4f5051525354555657"),
  cipher: hex(
    "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e",
  ),
  tag: hex("c0875924c1c7987947deafd8780acf49"),
};
// RFC 8032, section 7.1, TEST 1 (Ed25519, empty message).
const ED = {
  seed: hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
  publicKey: hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"),
  signature: hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
};

const builds: [string, () => Promise<Sodium>][] = [
  ["loadSodium()", loadSodium],
  ["libsodium-wrappers", wasmSodium],
];

const notX64 = process.arch !== "x64";
if (notX64) console.log(`skipping the native-backend check: the literal addon path is x64's and this is ${process.arch}`);

test.skipIf(notX64)("on x64 glibc from source, loadSodium answers with sodium-native's addon, not the WebAssembly build", async () => {
  expect((await loadSodium()).backend).toBe("native");
  expect((await wasmSodium()).backend).toBe("wasm");
  expect(await loadSodium()).toBe(await loadSodium());
});

for (const [name, load] of builds) {
  describe(name, () => {
    test("XChaCha20-Poly1305 matches the draft's test vector and opens it again", async () => {
      const s = await load();
      const sealed = s.crypto_aead_xchacha20poly1305_ietf_encrypt(XCHACHA.plain, XCHACHA.ad, null, XCHACHA.nonce, XCHACHA.key);
      expect(sealed.length).toBe(XCHACHA.plain.length + 16);
      expect(sealed.subarray(0, XCHACHA.plain.length)).toEqual(XCHACHA.cipher);
      expect(sealed.subarray(XCHACHA.plain.length)).toEqual(XCHACHA.tag);
      expect(s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, XCHACHA.ad, XCHACHA.nonce, XCHACHA.key)).toEqual(XCHACHA.plain);
    });

    test("a flipped tag bit, other associated data or a cut ciphertext does not open", async () => {
      const s = await load();
      const sealed = s.crypto_aead_xchacha20poly1305_ietf_encrypt(XCHACHA.plain, XCHACHA.ad, null, XCHACHA.nonce, XCHACHA.key);
      const flipped = sealed.slice();
      flipped[flipped.length - 1]! ^= 1;
      expect(() => s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, flipped, XCHACHA.ad, XCHACHA.nonce, XCHACHA.key)).toThrow();
      expect(() => s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, hex("50515253c0c1c2c3c4c5c6c8"), XCHACHA.nonce, XCHACHA.key)).toThrow();
      expect(() => s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed.subarray(0, 15), XCHACHA.ad, XCHACHA.nonce, XCHACHA.key)).toThrow();
      expect(() => s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, new Uint8Array(0), null, XCHACHA.nonce, XCHACHA.key)).toThrow();
    });

    test("a nonce or key of the wrong length is refused, not read past", async () => {
      const s = await load();
      expect(() => s.crypto_aead_xchacha20poly1305_ietf_encrypt(XCHACHA.plain, null, null, XCHACHA.nonce.subarray(0, 23), XCHACHA.key)).toThrow();
      expect(() => s.crypto_aead_xchacha20poly1305_ietf_encrypt(XCHACHA.plain, null, null, XCHACHA.nonce, XCHACHA.key.subarray(0, 31))).toThrow();
    });

    test("Ed25519 from a seed matches RFC 8032's first test", async () => {
      const s = await load();
      const pair = s.crypto_sign_seed_keypair(ED.seed);
      expect(pair.publicKey).toEqual(ED.publicKey);
      expect(pair.privateKey.length).toBe(64);
      expect(s.crypto_sign_detached(new Uint8Array(0), pair.privateKey)).toEqual(ED.signature);
      expect(s.crypto_sign_verify_detached(ED.signature, new Uint8Array(0), ED.publicKey)).toBe(true);
      expect(s.crypto_sign_verify_detached(ED.signature, text("x"), ED.publicKey)).toBe(false);
    });

    test("key derivation wants an 8-byte context", async () => {
      const s = await load();
      expect(s.crypto_kdf_derive_from_key(32, 1, "LAMAseal", new Uint8Array(32)).length).toBe(32);
      expect(() => s.crypto_kdf_derive_from_key(32, 1, "LAMAsea", new Uint8Array(32))).toThrow();
    });

    test("randombytes_buf gives the length asked, different each time", async () => {
      const s = await load();
      const a = s.randombytes_buf(24 * 128);
      expect(a.length).toBe(3072);
      expect(a).not.toEqual(s.randombytes_buf(24 * 128));
    });

    test("memcmp: equal, unequal, and different lengths refused", async () => {
      const s = await load();
      expect(s.memcmp(hex("0102"), hex("0102"))).toBe(true);
      expect(s.memcmp(hex("0102"), hex("0103"))).toBe(false);
      expect(() => s.memcmp(hex("0102"), hex("010203"))).toThrow();
    });
  });
}

test("the native and WebAssembly builds agree byte for byte: derived keys, and what one seals the other opens", async () => {
  const native = await loadSodium();
  const wasm = await wasmSodium();
  for (let i = 0; i < 50; i++) {
    const poolKey = wasm.randombytes_buf(32);
    for (const [id, ctx] of [[1, "LAMAseal"], [2, "LAMAkeid"]] as const) {
      expect(native.crypto_kdf_derive_from_key(32, id, ctx, poolKey)).toEqual(wasm.crypto_kdf_derive_from_key(32, id, ctx, poolKey));
    }
    const key = native.randombytes_buf(32);
    const nonce = native.randombytes_buf(24);
    const plain = native.randombytes_buf(i * 29);
    const ad = wasm.randombytes_buf(34);
    const byNative = native.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, ad, null, nonce, key);
    expect(byNative).toEqual(wasm.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, ad, null, nonce, key));
    expect(wasm.crypto_aead_xchacha20poly1305_ietf_decrypt(null, byNative, ad, nonce, key)).toEqual(plain);
    const seed = wasm.randombytes_buf(32);
    expect(native.crypto_sign_seed_keypair(seed).publicKey).toEqual(wasm.crypto_sign_seed_keypair(seed).publicKey);
  }
});

test.skipIf(notX64)("the native build's own errors: a ciphertext shorter than its tag, a context that is not 8 bytes", async () => {
  const s = await loadSodium();
  expect(() => s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, new Uint8Array(15), null, XCHACHA.nonce, XCHACHA.key)).toThrow("ciphertext is 15 bytes, shorter than its 16-byte tag");
  expect(() => s.crypto_kdf_derive_from_key(32, 1, "LAMAseal!", new Uint8Array(32))).toThrow("a key derivation context is 8 bytes, 'LAMAseal!' is 9");
});

for (const [name, load] of builds) {
  test(`${name}: an empty message seals to its 16-byte tag alone and opens again`, async () => {
    const s = await load();
    const sealed = s.crypto_aead_xchacha20poly1305_ietf_encrypt(new Uint8Array(0), XCHACHA.ad, null, XCHACHA.nonce, XCHACHA.key);
    expect(sealed.length).toBe(16);
    expect(s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, XCHACHA.ad, XCHACHA.nonce, XCHACHA.key)).toEqual(new Uint8Array(0));
  });
}

test("a compiled binary at <root>/usr/bin looks for <root>/usr/lib/lama/sodium-native-4.3.3.node", () => {
  const root = mkdtempSync(join(tmpdir(), "lama-sodium-native-"));
  try {
    mkdirSync(join(root, "usr", "bin"), { recursive: true });
    mkdirSync(join(root, "usr", "lib", "lama"), { recursive: true });
    expect(installedSodiumNative(join(root, "usr", "bin", "lama"))).toBeUndefined();
    writeFileSync(join(root, "usr", "lib", "lama", "sodium-native-4.3.3.node"), "");
    expect(installedSodiumNative(join(root, "usr", "bin", "lama"))).toBe(join(root, "usr", "bin", "..", "lib", "lama", "sodium-native-4.3.3.node"));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
