/**
 * Pool keys. A pool key is 32 random bytes, written as base64 in a key file. It is
 * never used directly: crypto_kdf derives from it
 *   - the sealing key (subkey 1, context "LAMAseal", 32 bytes), and
 *   - the key id (subkey 2, context "LAMAkeid", first 4 bytes big-endian),
 * so the key id on the wire reveals nothing about the key.
 *
 * A keyring holds several keys and sends with one of them. Rotation without
 * downtime: install the new key everywhere, switch senders to it, remove the old.
 */
import type { Sodium } from "./sodium.ts";

export const POOL_KEY_BYTES = 32;
const SEAL_CONTEXT = "LAMAseal";
const KEY_ID_CONTEXT = "LAMAkeid";

/** Thrown for a key that cannot be used; the message says how to make a good one. */
export class KeyError extends Error {
  override name = "KeyError";
}

export interface PoolKey {
  /** 32-bit id carried in every envelope header. */
  readonly keyId: number;
  /** XChaCha20-Poly1305 key derived from the pool key. */
  readonly sealKey: Uint8Array;
}

const HOW_TO = "create one with 'lama keygen > pool.key'";

/** Parses the text of a key file: base64 of exactly 32 bytes, surrounding whitespace allowed. */
export function parsePoolKey(text: string, source = "pool key"): Uint8Array {
  const t = text.trim();
  if (t.length === 0) throw new KeyError(`${source} is empty; ${HOW_TO}`);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(t)) throw new KeyError(`${source} is not base64; ${HOW_TO}`);
  const bytes = Uint8Array.from(Buffer.from(t, "base64"));
  if (bytes.length !== POOL_KEY_BYTES) {
    throw new KeyError(`${source} holds ${bytes.length} bytes, a pool key is ${POOL_KEY_BYTES}; ${HOW_TO}`);
  }
  return bytes;
}

/** Formats a pool key for a key file. */
export function formatPoolKey(key: Uint8Array): string {
  return Buffer.from(key).toString("base64");
}

/** Derives the sealing key and key id from a pool key. */
export function derivePoolKey(sodium: Sodium, poolKey: Uint8Array): PoolKey {
  if (poolKey.length !== POOL_KEY_BYTES) throw new KeyError(`a pool key is ${POOL_KEY_BYTES} bytes, got ${poolKey.length}`);
  const sealKey = sodium.crypto_kdf_derive_from_key(32, 1, SEAL_CONTEXT, poolKey);
  const idBytes = sodium.crypto_kdf_derive_from_key(16, 2, KEY_ID_CONTEXT, poolKey);
  const keyId = new DataView(idBytes.buffer, idBytes.byteOffset, 4).getUint32(0, false);
  return { keyId, sealKey };
}

/** Several installed keys, one of which seals outgoing packets. */
export class Keyring {
  private readonly keys = new Map<number, PoolKey>();
  private sendId: number;

  constructor(private readonly sodium: Sodium, poolKeys: Uint8Array[]) {
    if (poolKeys.length === 0) throw new KeyError(`a keyring needs at least one pool key; ${HOW_TO}`);
    for (const k of poolKeys) this.install(k);
    this.sendId = derivePoolKey(sodium, poolKeys[0]!).keyId;
  }

  /** Adds a key that is accepted on receive; returns its key id. */
  install(poolKey: Uint8Array): number {
    const k = derivePoolKey(this.sodium, poolKey);
    const existing = this.keys.get(k.keyId);
    if (existing && !this.sodium.memcmp(existing.sealKey, k.sealKey)) {
      throw new KeyError(`two different pool keys share key id ${hex32(k.keyId)}; generate a new key`);
    }
    this.keys.set(k.keyId, k);
    return k.keyId;
  }

  /** Makes an installed key the one used for sending. */
  use(keyId: number): void {
    if (!this.keys.has(keyId)) throw new KeyError(`key ${hex32(keyId)} is not installed; install it before using it`);
    this.sendId = keyId;
  }

  /** Removes a key; the sending key cannot be removed (switch first). */
  remove(keyId: number): void {
    if (keyId === this.sendId) throw new KeyError(`key ${hex32(keyId)} is the sending key; 'use' another key before removing it`);
    this.keys.delete(keyId);
  }

  /**
   * Makes the ring hold exactly these keys, the first sealing (a reload of the key
   * files). Checked whole before anything changes: a bad set leaves the ring as it was.
   */
  replace(poolKeys: Uint8Array[]): void {
    // The constructor checks the set (at least one key, no clash of key ids).
    const fresh = new Keyring(this.sodium, poolKeys);
    this.keys.clear();
    for (const [id, k] of fresh.keys) this.keys.set(id, k);
    this.sendId = fresh.sendId;
  }

  /** The key used to seal. */
  sending(): PoolKey {
    return this.keys.get(this.sendId)!;
  }

  /** The key with this id, if installed. */
  byId(keyId: number): PoolKey | undefined {
    return this.keys.get(keyId);
  }

  /** Installed key ids, sending key first. */
  ids(): number[] {
    return [this.sendId, ...[...this.keys.keys()].filter((id) => id !== this.sendId)];
  }
}

export function hex32(n: number): string {
  return n.toString(16).padStart(8, "0");
}
