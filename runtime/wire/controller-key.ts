/**
 * The controller key: what makes grand grand.
 *
 * The pool key admits a node; every node holds it, so it cannot tell grand from a
 * node that poses as grand. The controller key is an Ed25519 key pair (libsodium
 * crypto_sign): grand holds the secret half and signs every packet it seals; nodes
 * hold only public halves and accept grand's bodies (announcements, discovery
 * replies, lease grants and renew replies, signalling, hence the control channel)
 * only when signed by one of them (envelope.ts, flag SIGNED_FLAG).
 *
 * Text forms, one key per line, prefixed so that one kind is never taken for the
 * other (nor for a pool key, which is bare base64):
 *   public  "ctl-pub:" + base64(32-byte public key)     (nodes: --controller-key, lama.controller=)
 *   secret  "ctl-secret:" + base64(32-byte seed)         (grand: --controller-secret-file, mode 0600)
 * The seed regenerates the key pair (crypto_sign_seed_keypair).
 *
 * Signing and verifying run on Bun's native Ed25519 (node:crypto, BoringSSL): the
 * same signatures as libsodium's crypto_sign_detached (Ed25519 is deterministic;
 * the tests compare the bytes and verify each side's with the other), about ten
 * times faster than libsodium's WebAssembly build (bench/controller-key.ts), which
 * matters to grand, which signs every renew reply.
 */
import { createPrivateKey, createPublicKey, sign as edSign, verify as edVerify, type KeyObject } from "node:crypto";
import { KeyError } from "./keyring.ts";
import type { Sodium } from "./sodium.ts";
import { readTextFile } from "./text-file.ts";

export const CONTROLLER_PUBLIC_PREFIX = "ctl-pub:";
export const CONTROLLER_SECRET_PREFIX = "ctl-secret:";
export const CONTROLLER_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;
/** Signatures are over this context followed by the envelope header and the Sealed bytes. */
export const SIGNATURE_CONTEXT = new TextEncoder().encode("LAMA controller v1\0");

/** DER prefixes that turn a raw Ed25519 seed (PKCS#8) or public key (SPKI) into a key node:crypto takes (RFC 8410). */
const PKCS8_ED25519 = Buffer.from("302e020100300506032b657004220420", "hex");
const SPKI_ED25519 = Buffer.from("302a300506032b6570032100", "hex");
const privateKeyObject = (seed: Uint8Array): KeyObject => createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: "der", type: "pkcs8" });
const publicKeyObject = (pk: Uint8Array): KeyObject => createPublicKey({ key: Buffer.concat([SPKI_ED25519, pk]), format: "der", type: "spki" });

const SECRET_HOW_TO = "create one with 'grand controller-keygen > controller.secret' (chmod 600)";
const PUBLIC_HOW_TO = "print grand's with 'grand controller-public controller.secret'";

/** What seals grand's packets: the key pair from the secret file. */
export interface ControllerSigner {
  readonly publicKey: Uint8Array;
  sign(message: Uint8Array): Uint8Array;
}

function decodeTagged(text: string, prefix: string, what: string, howTo: string): Uint8Array {
  const t = text.trim();
  if (!t.startsWith(prefix)) {
    const other = t.startsWith(CONTROLLER_SECRET_PREFIX) ? " (this is a controller SECRET: never give it to nodes)"
      : t.startsWith(CONTROLLER_PUBLIC_PREFIX) ? " (this is a public key, not the secret)" : "";
    throw new KeyError(`${what} must start with '${prefix}'${other}; ${howTo}`);
  }
  const b64 = t.slice(prefix.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new KeyError(`${what} is not '${prefix}' followed by base64; ${howTo}`);
  const bytes = Uint8Array.from(Buffer.from(b64, "base64"));
  if (bytes.length !== CONTROLLER_KEY_BYTES) throw new KeyError(`${what} holds ${bytes.length} bytes, it must be ${CONTROLLER_KEY_BYTES}; ${howTo}`);
  return bytes;
}

/** Parses one public key ("ctl-pub:BASE64"). */
export function parseControllerPublic(text: string, what = "controller key"): Uint8Array {
  return decodeTagged(text, CONTROLLER_PUBLIC_PREFIX, what, PUBLIC_HOW_TO);
}

/** Parses the text of a controller key file: one or more public keys, one per line (# comments and blank lines ignored). */
export function parseControllerPublicList(text: string, what = "controller key file"): Uint8Array[] {
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  if (lines.length === 0) throw new KeyError(`${what} holds no key; ${PUBLIC_HOW_TO}`);
  return lines.map((l, i) => parseControllerPublic(l, `${what} line ${i + 1}`));
}

/** Parses a controller secret ("ctl-secret:BASE64SEED"). */
export function parseControllerSecret(text: string, what = "controller secret"): Uint8Array {
  return decodeTagged(text, CONTROLLER_SECRET_PREFIX, what, SECRET_HOW_TO);
}

export const formatControllerPublic = (publicKey: Uint8Array): string => CONTROLLER_PUBLIC_PREFIX + Buffer.from(publicKey).toString("base64");
export const formatControllerSecret = (seed: Uint8Array): string => CONTROLLER_SECRET_PREFIX + Buffer.from(seed).toString("base64");

/** The signer for a seed. */
export function controllerSigner(sodium: Sodium, seed: Uint8Array): ControllerSigner {
  if (seed.length !== CONTROLLER_KEY_BYTES) throw new KeyError(`a controller seed is ${CONTROLLER_KEY_BYTES} bytes, got ${seed.length}`);
  const key = privateKeyObject(seed);
  return { publicKey: sodium.crypto_sign_seed_keypair(seed).publicKey, sign: (m) => new Uint8Array(edSign(null, m, key)) };
}

/** Reads grand's secret file. */
export function readControllerSecretFile(sodium: Sodium, path: string): ControllerSigner {
  const text = readTextFile(path, { subject: `controller secret file ${path}`, fix: SECRET_HOW_TO.replace("controller.secret", path), toError: (m) => new KeyError(m) });
  return controllerSigner(sodium, parseControllerSecret(text, `controller secret file ${path}`));
}

/** Reads a node's controller key file (one or more public keys). */
export function readControllerKeyFile(path: string): Uint8Array[] {
  const text = readTextFile(path, { subject: `controller key file ${path}`, fix: PUBLIC_HOW_TO, toError: (m) => new KeyError(m) });
  return parseControllerPublicList(text, `controller key file ${path}`);
}

/**
 * The public keys a node trusts as grand's. Replaceable in place (SIGHUP reload,
 * key rotation: install the new public key, switch grand's secret, remove the old).
 * Empty: no controller key configured, nothing can be verified.
 */
export class ControllerKeys {
  private keys: KeyObject[];

  // The sodium argument keeps the constructor's shape beside the other key types; verifying is native.
  constructor(_sodium: Sodium, keys: Uint8Array[] = []) {
    this.keys = ControllerKeys.check(keys);
  }

  private static check(keys: Uint8Array[]): KeyObject[] {
    for (const k of keys) if (k.length !== CONTROLLER_KEY_BYTES) throw new KeyError(`a controller public key is ${CONTROLLER_KEY_BYTES} bytes, got ${k.length}`);
    return keys.map(publicKeyObject);
  }

  /** Whether any key is configured (a node without one accepts unsigned grand packets, and says so at start). */
  get configured(): boolean {
    return this.keys.length > 0;
  }

  get count(): number {
    return this.keys.length;
  }

  /** Replaces every key at once. */
  replace(keys: Uint8Array[]): void {
    this.keys = ControllerKeys.check(keys);
  }

  /** Whether `signature` over `message` is by one of the keys. */
  verify(message: Uint8Array, signature: Uint8Array): boolean {
    // Stryker disable next-line ConditionalExpression: Ed25519 verification itself answers false for a signature of another length; this only skips the work
    if (signature.length !== SIGNATURE_BYTES) return false;
    return this.keys.some((k) => edVerify(null, message, k, signature));
  }
}
