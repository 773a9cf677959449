/**
 * The sealed envelope: every LAMA datagram on the wire.
 *
 *   offset  size   field
 *   0       4      magic "LAMA" (4c 41 4d 41)
 *   4       1      version, 0x01
 *   5       1      flags, 0x00 in version 1 (receivers drop non-zero: reserved)
 *   6       4      key id, uint32 big-endian (keyring.ts: derived, reveals nothing)
 *   10      24     nonce, random per packet
 *   34      n+16   XChaCha20-Poly1305-IETF ciphertext and tag of a protobuf
 *                  `lama.v1.Sealed` message (sender id, send time, the
 *                  sender's epoch and packet count, body);
 *                  associated data = bytes 0..33 (the whole header)
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

export type SealedMessage = lama.v1.Sealed;
/** The body of a sealed message: exactly one of Sealed's oneof fields. */
export type SealedBody = Omit<lama.v1.ISealed, "senderId" | "sentAtMs" | "epoch" | "seq">;

export const DROP_REASONS = [
  "short", "oversized", "magic", "version", "flags", "unknown-key", "auth", "decode", "empty", "stale", "future", "replay",
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
  | { ok: true; message: SealedMessage; keyId: number }
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
  /** Replay-memory caps (senders tracked, nonces per sender); defaults in replay-window.ts. */
  replayLimits?: { maxSenders?: number; maxPerSender?: number };
}

/** Seals outgoing and opens incoming packets for one sender identity. */
export class Envelope {
  readonly drops = new DropCounters();
  accepted = 0;
  private readonly replay: ReplayWindow;
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
  /** Packets sealed so far; the next one carries seq + 1. */
  private seq = 0;
  /** Random bytes for the next nonces, and how far they are used. */
  private nonces: Uint8Array = new Uint8Array(0);
  private noncesUsed = 0;

  constructor(opts: EnvelopeOptions) {
    this.epoch = opts.epoch ?? 0;
    this.sodium = opts.sodium;
    this.keyring = opts.keyring;
    this.clock = opts.clock;
    this.senderId = opts.senderId;
    this.replay = new ReplayWindow(opts.windowMs ?? FRESHNESS_WINDOW_MS, opts.replayLimits?.maxSenders, opts.replayLimits?.maxPerSender);
  }

  /** Seals a body with a fresh random nonce, the current time, our epoch and the next sequence number. */
  seal(body: SealedBody): Uint8Array {
    // An epoch of 0 (agents) is left out: two bytes less on every agent packet.
    const message = { ...body, senderId: this.senderId, sentAtMs: this.clock.now() + this.clockOffsetMs, ...(this.epoch ? { epoch: this.epoch } : {}), seq: ++this.seq };
    return sealWith(this.sodium, this.keyring, message, this.nextNonce());
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
    const r = openWith(this.sodium, this.keyring, datagram);
    if (!r.ok) {
      this.drops.count(r.reason);
      return r;
    }
    const nonceKey = Buffer.from(datagram.subarray(10, HEADER_BYTES)).toString("latin1");
    // Replay state is per sender id, so one sender's flood costs only that sender.
    const fresh = this.replay.admit(r.message.senderId, nonceKey, Number(r.message.sentAtMs), this.clock.now() + this.clockOffsetMs);
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
    return this.replay.evicted;
  }

  private drop(reason: DropReason): OpenResult {
    this.drops.count(reason);
    return { ok: false, reason };
  }
}

/** Seals a full message with a given nonce (deterministic: used by golden tests). */
export function sealWith(sodium: Sodium, keyring: Keyring, message: lama.v1.ISealed, nonce: Uint8Array): Uint8Array {
  if (nonce.length !== NONCE_BYTES) throw new RangeError(`nonce must be ${NONCE_BYTES} bytes`);
  const key = keyring.sending();
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC, 0);
  header[4] = WIRE_VERSION;
  header[5] = 0;
  new DataView(header.buffer).setUint32(6, key.keyId, false);
  header.set(nonce, 10);
  const plain = pb.Sealed.encode(message).finish();
  const cipher = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, header, null, nonce, key.sealKey);
  if (HEADER_BYTES + cipher.length > MAX_DATAGRAM_BYTES) {
    throw new RangeError(`sealed message is ${HEADER_BYTES + cipher.length} bytes, the limit is ${MAX_DATAGRAM_BYTES}`);
  }
  const out = new Uint8Array(HEADER_BYTES + cipher.length);
  out.set(header, 0);
  out.set(cipher, HEADER_BYTES);
  return out;
}

/** Checks header, key and tag and decodes the body; no freshness or replay check. */
export function openWith(sodium: Sodium, keyring: Keyring, d: Uint8Array): OpenResult {
  if (d.length > MAX_DATAGRAM_BYTES) return { ok: false, reason: "oversized" };
  if (d.length < HEADER_BYTES + TAG_BYTES) return { ok: false, reason: "short" };
  if (d[0] !== MAGIC[0] || d[1] !== MAGIC[1] || d[2] !== MAGIC[2] || d[3] !== MAGIC[3]) return { ok: false, reason: "magic" };
  if (d[4] !== WIRE_VERSION) return { ok: false, reason: "version" };
  if (d[5] !== 0) return { ok: false, reason: "flags" };
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
  let message: SealedMessage;
  try {
    message = pb.Sealed.decode(plain);
  } catch {
    return { ok: false, reason: "decode" };
  }
  if (!message.body || !message.senderId) return { ok: false, reason: "empty" };
  return { ok: true, message, keyId };
}
