/**
 * The sealed envelope: every LAMA datagram on the wire.
 *
 *   offset  size   field
 *   0       4      magic "LAMA" (4c 41 4d 41)
 *   4       1      version, 0x01
 *   5       1      flags: bit 0 (0x01) SIGNED, the other bits reserved (receivers drop
 *                  a packet with any of them set)
 *   6       4      key id, uint32 big-endian (keyring.ts: derived, reveals nothing)
 *   10      24     nonce, random per packet
 *   34      n+16   XChaCha20-Poly1305-IETF ciphertext and tag of a protobuf
 *                  `lama.v1.Sealed` message (sender id, send time, the
 *                  sender's epoch and packet count, body);
 *                  associated data = bytes 0..33 (the whole header)
 *
 * SIGNED (grand's packets when it holds a controller key, controller-key.ts): the
 * plaintext is the Sealed bytes followed by a 64-byte Ed25519 signature over
 * SIGNATURE_CONTEXT || header (34 bytes) || Sealed bytes. The signature covers the
 * nonce, so a pool-key holder cannot re-seal a capture of grand's under a new
 * nonce (the replay memory would take it as new); it sits inside the AEAD, so
 * nobody without the pool key sees who signed. A receiver with controller keys
 * verifies it before the replay check: a packet signed by none of its keys is
 * treated as unsigned, and a body only grand sends (CONTROLLER_BODIES) arriving
 * unsigned is dropped as "unsigned" without touching the replay memory. Signed
 * and unsigned packets keep separate replay state even under one sender id, so a
 * pool-key holder flooding under grand's id cannot push grand's signed packets
 * out.
 *
 * A datagram is at most MAX_DATAGRAM_BYTES. Version rule: a receiver drops any
 * version it does not know (counted as "version"); a new version gets a new number,
 * never a reinterpretation. Inside the protobuf, unknown fields are ignored
 * (forward compatible) and an unknown body is dropped as "empty".
 *
 * Drops are never answered, only counted by reason (DropCounters).
 */
import { pb, type lama } from "../../proto/index.ts";
import type { Clock } from "./clock.ts";
import { SIGNATURE_BYTES, SIGNATURE_CONTEXT, type ControllerKeys, type ControllerSigner } from "./controller-key.ts";
import type { Keyring } from "./keyring.ts";
import { ReplayWindow, type ReplayEvictions } from "./replay-window.ts";
import type { Sodium } from "./sodium.ts";

export const MAGIC = Uint8Array.of(0x4c, 0x41, 0x4d, 0x41);
export const WIRE_VERSION = 1;
export const HEADER_BYTES = 34;
export const NONCE_BYTES = 24;
/** Nonces drawn from the CSPRNG per call (24 B each: 3 KiB a call). */
const NONCE_BATCH = 128;
export const TAG_BYTES = 16;
/** Large enough for an SDP offer with candidates; small enough to stay one UDP datagram. */
export const MAX_DATAGRAM_BYTES = 8192;
/** Packets sent more than this far from our clock are refused. */
export const FRESHNESS_WINDOW_MS = 30_000;
/** Header flag: the plaintext ends with grand's controller signature. */
export const SIGNED_FLAG = 0x01;
/** Bodies only grand sends: a node with controller keys takes them only signed by one. */
export const CONTROLLER_BODIES: ReadonlySet<string> = new Set(["grandAnnounce", "discovered", "registerReply", "renewReply", "cancelReply", "signal"]);

export type SealedMessage = lama.v1.Sealed;
/** The body of a sealed message: exactly one of Sealed's oneof fields. */
export type SealedBody = Omit<lama.v1.ISealed, "senderId" | "sentAtMs" | "epoch" | "seq">;

export const DROP_REASONS = [
  "short", "oversized", "magic", "version", "flags", "unknown-key", "auth", "decode", "empty", "unsigned", "stale", "future", "replay",
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** Per-reason counts of packets refused. */
export class DropCounters {
  readonly byReason: Record<DropReason, number> = Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>;
  count(reason: DropReason): void {
    this.byReason[reason]++;
  }
  get total(): number {
    return Object.values(this.byReason).reduce((a, b) => a + b, 0);
  }
}

export type OpenResult =
  | { ok: true; message: SealedMessage; keyId: number; /** Signed by one of the receiver's controller keys. */ signed: boolean }
  | { ok: false; reason: DropReason; outOfWindow?: SealedMessage; /** The header's key id, for "unknown-key". */ keyId?: number };

export interface EnvelopeOptions {
  sodium: Sodium;
  keyring: Keyring;
  /** Our id, written into every packet we seal. */
  senderId: string;
  clock: Clock;
  windowMs?: number;
  /**
   * Written into every packet we seal with a count from 1, so receivers can order
   * our packets whatever our wall clock does (grand: its epoch, which grows at
   * every start; agents: 0).
   */
  epoch?: number;
  /** grand: signs every packet sealed (controller-key.ts); replaceable later through `signer`. */
  signer?: ControllerSigner;
  /**
   * Public controller keys: a packet signed by one of them opens as `signed`. When
   * any is configured, CONTROLLER_BODIES arriving unsigned are dropped ("unsigned")
   * unless `acceptUnsignedControllerBodies` (grand, which only watches for others).
   */
  controllerKeys?: ControllerKeys;
  acceptUnsignedControllerBodies?: boolean;
  /** Replay-memory caps (senders tracked, nonces per sender); defaults in replay-window.ts. */
  replayLimits?: { maxSenders?: number; maxPerSender?: number };
}

/** Seals outgoing and opens incoming packets for one sender identity. */
export class Envelope {
  readonly drops = new DropCounters();
  accepted = 0;
  private readonly replay: ReplayWindow;
  private readonly signedReplay: ReplayWindow;
  private readonly sodium: Sodium;
  private readonly keyring: Keyring;
  private readonly clock: Clock;
  readonly senderId: string;
  /**
   * Added to our clock when sealing and when judging freshness. An agent sets it
   * from grand's announcements when its own clock is off by more than the window
   * (a node without a battery-backed clock); grand leaves it at 0.
   */
  clockOffsetMs = 0;
  readonly epoch: number;
  /** Signs what we seal (grand with a controller secret); undefined: unsigned. */
  signer: ControllerSigner | undefined;
  private readonly controllerKeys: ControllerKeys | undefined;
  private readonly acceptUnsigned: boolean;
  /** Packets sealed so far; the next one carries seq + 1. */
  private seq = 0;
  /** Random bytes for the next nonces, and how far they are used. */
  private nonces: Uint8Array = new Uint8Array(0);
  private noncesUsed = 0;

  constructor(opts: EnvelopeOptions) {
    this.epoch = opts.epoch ?? 0;
    this.signer = opts.signer;
    this.controllerKeys = opts.controllerKeys;
    this.acceptUnsigned = opts.acceptUnsignedControllerBodies ?? false;
    this.sodium = opts.sodium;
    this.keyring = opts.keyring;
    this.clock = opts.clock;
    this.senderId = opts.senderId;
    this.replay = new ReplayWindow(opts.windowMs ?? FRESHNESS_WINDOW_MS, opts.replayLimits?.maxSenders, opts.replayLimits?.maxPerSender);
    this.signedReplay = new ReplayWindow(opts.windowMs ?? FRESHNESS_WINDOW_MS, opts.replayLimits?.maxSenders, opts.replayLimits?.maxPerSender);
  }

  /**
   * Seals a body with a fresh random nonce, the current time, our epoch and the next
   * sequence number, under `keyId` when it is installed (a reply goes out under the
   * key its request came in with), else under the sending key.
   */
  seal(body: SealedBody, keyId?: number): Uint8Array {
    // An epoch of 0 (agents) is left out: two bytes less on every agent packet.
    const message = { ...body, senderId: this.senderId, sentAtMs: this.clock.now() + this.clockOffsetMs, ...(this.epoch ? { epoch: this.epoch } : {}), seq: ++this.seq };
    return sealWith(this.sodium, this.keyring, message, this.nextNonce(), { signer: this.signer, keyId });
  }

  /**
   * The next nonce: 24 bytes from libsodium's CSPRNG, drawn NONCE_BATCH at a time
   * (one randombytes call per batch: the call cost 2.3 µs a packet, more than the
   * cipher, issue 12). Each nonce is still 24 fresh random bytes used once, so
   * XChaCha20-Poly1305's random-nonce bound is unchanged (a collision among 2^64
   * packets under one key is ~2^-64 likely). That the bytes wait in memory until
   * used changes nothing: a nonce need only be unique, not secret — it travels in
   * the clear in the header.
   */
  private nextNonce(): Uint8Array {
    if (this.noncesUsed >= this.nonces.length) {
      this.nonces = this.sodium.randombytes_buf(NONCE_BYTES * NONCE_BATCH);
      this.noncesUsed = 0;
    }
    const nonce = this.nonces.subarray(this.noncesUsed, this.noncesUsed + NONCE_BYTES);
    this.noncesUsed += NONCE_BYTES;
    return nonce;
  }

  /** Opens a datagram; anything refused is counted by reason and must not be answered. */
  open(datagram: Uint8Array): OpenResult {
    const r = openWith(this.sodium, this.keyring, datagram, this.controllerKeys);
    if (!r.ok) {
      this.drops.count(r.reason);
      return r;
    }
    // Before the replay memory: a forged grand body must not touch grand's replay state.
    if (!r.signed && this.controllerKeys?.configured && !this.acceptUnsigned && CONTROLLER_BODIES.has(r.message.body!)) return this.drop("unsigned");
    const nonceKey = Buffer.from(datagram.subarray(10, HEADER_BYTES)).toString("latin1");
    // Replay state is per sender id, so one sender's flood costs only that sender; signed
    // packets have a memory of their own, which no pool-key holder can write to.
    const fresh = (r.signed ? this.signedReplay : this.replay).admit(r.message.senderId, nonceKey, Number(r.message.sentAtMs), this.clock.now() + this.clockOffsetMs);
    if (fresh === "stale" || fresh === "future") {
      // Authentic but outside the window: dropped, yet the caller may learn the
      // sender's time from it (never act on its contents).
      this.drops.count(fresh);
      return { ok: false, reason: fresh, outOfWindow: r.message };
    }
    if (fresh !== "fresh") return this.drop(fresh);
    this.accepted++;
    return r;
  }

  /** What the replay memory's caps have evicted (nonces, senders, retired floors). */
  get replayEvictions(): Readonly<ReplayEvictions> {
    const a = this.replay.evicted;
    const b = this.signedReplay.evicted;
    return { nonces: a.nonces + b.nonces, senders: a.senders + b.senders, retiredFloors: a.retiredFloors + b.retiredFloors };
  }

  private drop(reason: DropReason): OpenResult {
    this.drops.count(reason);
    return { ok: false, reason };
  }
}

/**
 * Seals a full message with a given nonce (deterministic: used by golden tests),
 * signed when a signer is given, under `keyId` when installed (else the sending key).
 */
export function sealWith(sodium: Sodium, keyring: Keyring, message: lama.v1.ISealed, nonce: Uint8Array, opts: { signer?: ControllerSigner; keyId?: number } = {}): Uint8Array {
  if (nonce.length !== NONCE_BYTES) throw new RangeError(`nonce must be ${NONCE_BYTES} bytes`);
  // Stryker disable next-line ConditionalExpression: equivalent, byId(undefined) finds no key and the sending key is used
  const key = (opts.keyId !== undefined ? keyring.byId(opts.keyId) : undefined) ?? keyring.sending();
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC, 0);
  header[4] = WIRE_VERSION;
  header[5] = opts.signer ? SIGNED_FLAG : 0;
  new DataView(header.buffer).setUint32(6, key.keyId, false);
  header.set(nonce, 10);
  const sealed = pb.Sealed.encode(message).finish();
  const plain = opts.signer ? concat(sealed, opts.signer.sign(concat(SIGNATURE_CONTEXT, header, sealed))) : sealed;
  const cipher = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, header, null, nonce, key.sealKey);
  if (HEADER_BYTES + cipher.length > MAX_DATAGRAM_BYTES) {
    throw new RangeError(`sealed message is ${HEADER_BYTES + cipher.length} bytes, the limit is ${MAX_DATAGRAM_BYTES}`);
  }
  const out = new Uint8Array(HEADER_BYTES + cipher.length);
  out.set(header, 0);
  out.set(cipher, HEADER_BYTES);
  return out;
}

/**
 * Checks header, key and tag, verifies a signature against `controllerKeys` and
 * decodes the body; no freshness or replay check.
 */
export function openWith(sodium: Sodium, keyring: Keyring, d: Uint8Array, controllerKeys?: ControllerKeys): OpenResult {
  if (d.length > MAX_DATAGRAM_BYTES) return { ok: false, reason: "oversized" };
  if (d.length < HEADER_BYTES + TAG_BYTES) return { ok: false, reason: "short" };
  if (d[0] !== MAGIC[0] || d[1] !== MAGIC[1] || d[2] !== MAGIC[2] || d[3] !== MAGIC[3]) return { ok: false, reason: "magic" };
  if (d[4] !== WIRE_VERSION) return { ok: false, reason: "version" };
  if ((d[5]! & ~SIGNED_FLAG) !== 0) return { ok: false, reason: "flags" };
  const signedFlag = d[5] === SIGNED_FLAG;
  const keyId = new DataView(d.buffer, d.byteOffset, d.byteLength).getUint32(6, false);
  const key = keyring.byId(keyId);
  if (!key) return { ok: false, reason: "unknown-key", keyId };
  let plain: Uint8Array;
  try {
    plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, d.subarray(HEADER_BYTES), d.subarray(0, HEADER_BYTES),
      d.subarray(10, HEADER_BYTES), key.sealKey);
  } catch {
    return { ok: false, reason: "auth" };
  }
  let signed = false;
  if (signedFlag) {
    if (plain.length < SIGNATURE_BYTES) return { ok: false, reason: "decode" };
    const body = plain.subarray(0, plain.length - SIGNATURE_BYTES);
    // A signature by none of our keys (or with none configured) opens as unsigned.
    signed = controllerKeys?.verify(concat(SIGNATURE_CONTEXT, d.subarray(0, HEADER_BYTES), body), plain.subarray(plain.length - SIGNATURE_BYTES)) ?? false;
    plain = body;
  }
  let message: SealedMessage;
  try {
    message = pb.Sealed.decode(plain);
  } catch {
    return { ok: false, reason: "decode" };
  }
  if (!message.body || !message.senderId) return { ok: false, reason: "empty" };
  return { ok: true, message, keyId, signed };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
