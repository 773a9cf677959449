/**
 * libsodium, loaded once, as the few calls the wire layer makes.
 *
 * Two builds of the same C library sit behind them. Where sodium-native ships a
 * prebuilt addon for the platform (linux x64 and arm64 on glibc) it is used: the
 * WebAssembly build in libsodium-wrappers costs the agent ~21 MiB of PSS (a
 * 16 MiB linear memory and the compiled module) where the addon costs ~2 MiB
 * (issue 12: a compiled probe sealing 2,000 datagrams, PSS 29.0 → 50.7 MiB with
 * the WebAssembly build, 28.2 → 34.0 with the addon). Everywhere else (musl,
 * where sodium-native publishes no prebuild) libsodium-wrappers is loaded
 * instead, and only then, so a native binary never pays for it. Both compute
 * byte-identical results (sodium.test.ts checks one against the other), so an
 * agent on either talks to a grand on either.
 *
 * A compiled binary loads the addon installed beside it (native-lib.ts) when
 * there is one; else the copy it embeds, required by a literal path so
 * `bun build --compile` embeds it. scripts/build.ts points that path at the
 * target's prebuild, or at nothing for a target that has none.
 */
import { installedNativeLib, NATIVE_VERSIONS } from "./native-lib.ts";

export interface Sodium {
  /** Which build answers: "native" (sodium-native's addon) or "wasm" (libsodium-wrappers). */
  readonly backend: "native" | "wasm";
  randombytes_buf(length: number): Uint8Array;
  /** Ciphertext with the 16-byte tag appended. */
  crypto_aead_xchacha20poly1305_ietf_encrypt(message: Uint8Array, ad: Uint8Array | null, nsec: null, nonce: Uint8Array, key: Uint8Array): Uint8Array;
  /** The plaintext; throws when the tag does not verify. */
  crypto_aead_xchacha20poly1305_ietf_decrypt(nsec: null, cipher: Uint8Array, ad: Uint8Array | null, nonce: Uint8Array, key: Uint8Array): Uint8Array;
  /** `context` is 8 ASCII characters, as libsodium requires. */
  crypto_kdf_derive_from_key(length: number, subkeyId: number, context: string, key: Uint8Array): Uint8Array;
  crypto_sign_seed_keypair(seed: Uint8Array): { publicKey: Uint8Array; privateKey: Uint8Array };
  crypto_sign_detached(message: Uint8Array, privateKey: Uint8Array): Uint8Array;
  crypto_sign_verify_detached(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
  /** Constant-time equality of two arrays of the same length (throws on different lengths). */
  memcmp(a: Uint8Array, b: Uint8Array): boolean;
}

/** The part of sodium-native's binding used here: libsodium's C calls, writing into the first argument. */
interface NativeBinding {
  randombytes_buf(out: Uint8Array): void;
  crypto_aead_xchacha20poly1305_ietf_encrypt(c: Uint8Array, m: Uint8Array, ad: Uint8Array | null, nsec: null, npub: Uint8Array, k: Uint8Array): number;
  crypto_aead_xchacha20poly1305_ietf_decrypt(m: Uint8Array, nsec: null, c: Uint8Array, ad: Uint8Array | null, npub: Uint8Array, k: Uint8Array): number;
  crypto_kdf_derive_from_key(subkey: Uint8Array, subkeyId: number, ctx: Uint8Array, key: Uint8Array): void;
  crypto_sign_seed_keypair(pk: Uint8Array, sk: Uint8Array, seed: Uint8Array): void;
  crypto_sign_detached(sig: Uint8Array, m: Uint8Array, sk: Uint8Array): void;
  crypto_sign_verify_detached(sig: Uint8Array, m: Uint8Array, pk: Uint8Array): boolean;
  sodium_memcmp(a: Uint8Array, b: Uint8Array): boolean;
}

const TAG_BYTES = 16;
const SODIUM_NATIVE_VERSION = NATIVE_VERSIONS["sodium-native"];
const KDF_CONTEXT_BYTES = 8;

/** libsodium on sodium-native's binding, shaped as libsodium-wrappers' calls (new arrays in, new arrays out). */
export function nativeSodium(n: NativeBinding): Sodium {
  return {
    backend: "native",
    randombytes_buf(length) {
      const out = new Uint8Array(length);
      n.randombytes_buf(out);
      return out;
    },
    crypto_aead_xchacha20poly1305_ietf_encrypt(message, ad, nsec, nonce, key) {
      const c = new Uint8Array(message.length + TAG_BYTES);
      n.crypto_aead_xchacha20poly1305_ietf_encrypt(c, message, ad, nsec, nonce, key);
      return c;
    },
    crypto_aead_xchacha20poly1305_ietf_decrypt(nsec, cipher, ad, nonce, key) {
      if (cipher.length < TAG_BYTES) throw new Error(`ciphertext is ${cipher.length} bytes, shorter than its ${TAG_BYTES}-byte tag`);
      const m = new Uint8Array(cipher.length - TAG_BYTES);
      n.crypto_aead_xchacha20poly1305_ietf_decrypt(m, nsec, cipher, ad, nonce, key);
      return m;
    },
    crypto_kdf_derive_from_key(length, subkeyId, context, key) {
      const ctx = new TextEncoder().encode(context);
      if (ctx.length !== KDF_CONTEXT_BYTES) throw new Error(`a key derivation context is ${KDF_CONTEXT_BYTES} bytes, '${context}' is ${ctx.length}`);
      const out = new Uint8Array(length);
      n.crypto_kdf_derive_from_key(out, subkeyId, ctx, key);
      return out;
    },
    crypto_sign_seed_keypair(seed) {
      const publicKey = new Uint8Array(32);
      const privateKey = new Uint8Array(64);
      n.crypto_sign_seed_keypair(publicKey, privateKey, seed);
      return { publicKey, privateKey };
    },
    crypto_sign_detached(message, privateKey) {
      const sig = new Uint8Array(64);
      n.crypto_sign_detached(sig, message, privateKey);
      return sig;
    },
    crypto_sign_verify_detached: (signature, message, publicKey) => n.crypto_sign_verify_detached(signature, message, publicKey),
    memcmp: (a, b) => n.sodium_memcmp(a, b),
  };
}

/** The sodium-native addon installed beside the executable at `execPath`, if any (native-lib.ts). */
export function installedSodiumNative(execPath = process.execPath): string | undefined {
  return installedNativeLib("sodium-native", SODIUM_NATIVE_VERSION, execPath);
}

/** sodium-native's addon for this platform, or null where there is none. */
function nativeBinding(): NativeBinding | null {
  const installed = installedSodiumNative();
  let binding: NativeBinding | null = null;
  try {
    binding = (installed ? require(installed) : require("sodium-native/prebuilds/linux-x64/sodium-native.node")) as NativeBinding | null;
  } catch {
    // Not x64 glibc when run from source (a compiled binary embeds its target's addon): null, WebAssembly then.
  }
  return binding;
}

/** libsodium-wrappers' WebAssembly build, loaded on first use only. */
export async function wasmSodium(): Promise<Sodium> {
  const wrappers = (await import("libsodium-wrappers")).default;
  await wrappers.ready;
  return {
    backend: "wasm",
    randombytes_buf: (length) => wrappers.randombytes_buf(length),
    crypto_aead_xchacha20poly1305_ietf_encrypt: (m, ad, nsec, nonce, key) => wrappers.crypto_aead_xchacha20poly1305_ietf_encrypt(m, ad, nsec, nonce, key),
    crypto_aead_xchacha20poly1305_ietf_decrypt: (nsec, c, ad, nonce, key) => wrappers.crypto_aead_xchacha20poly1305_ietf_decrypt(nsec, c, ad, nonce, key),
    crypto_kdf_derive_from_key: (length, subkeyId, context, key) => wrappers.crypto_kdf_derive_from_key(length, subkeyId, context, key),
    crypto_sign_seed_keypair: (seed) => wrappers.crypto_sign_seed_keypair(seed),
    crypto_sign_detached: (m, sk) => wrappers.crypto_sign_detached(m, sk),
    crypto_sign_verify_detached: (sig, m, pk) => wrappers.crypto_sign_verify_detached(sig, m, pk),
    memcmp: (a, b) => wrappers.memcmp(a, b),
  };
}

let ready: Promise<Sodium> | undefined;

/** Resolves to libsodium (native where built for the platform, else WebAssembly); safe to call many times. */
export function loadSodium(): Promise<Sodium> {
  ready ??= (async () => {
    const native = nativeBinding();
    return native ? nativeSodium(native) : await wasmSodium();
  })();
  return ready;
}
