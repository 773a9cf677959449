/**
 * Freshness and replay checks for sealed packets, kept per sender.
 *
 * A packet is fresh when its send time is within ±windowMs of the receiver's
 * clock and its (sender, nonce) has not been seen. Each sender has its own
 * memory of nonces, kept until they fall out of the window, and its own floor:
 * past maxPerSender the sender's oldest nonce is evicted and *that sender's*
 * floor rises to its send time, so anything that sender sent at or before it is
 * refused as stale and an eviction never re-admits a replay.
 *
 * Why per sender: with one shared memory, a key holder sending authentic packets
 * dated 29 s ahead filled it, the shared floor rose to now + 29 s and every other
 * sender's packets were refused as stale for as long. Now a flood costs only the
 * sender id it is sealed under.
 *
 * At most maxSenders senders are tracked (least recently admitted first out).
 * An evicted sender's newest send time is kept as a small "retired" floor (at
 * most maxSenders of those too, each dropped once it is out of the window), so
 * a sender pushed out is not open to replays of its packets when it comes back.
 * Memory is bounded by maxSenders × maxPerSender nonces. Evictions are counted.
 */

export type Freshness = "fresh" | "stale" | "future" | "replay";

/** Senders tracked at once: well above the pool size (grand hears each agent; an agent hears grand and its peers). */
export const MAX_REPLAY_SENDERS = 4_096;
/**
 * Nonces remembered per sender: an agent renews 4 times a second, 120 in a 30 s
 * window. Evicting an in-order sender's oldest nonce costs it nothing (its
 * packets are newer than the floor); only a sender dating packets ahead pays.
 */
export const MAX_REPLAY_PER_SENDER = 256;

interface SenderWindow {
  seen: Map<string, number>;
  floorMs: number;
  newestMs: number;
}

/** What eviction has cost, for the operator (and the tests). */
export interface ReplayEvictions {
  /** Nonces pushed out by their own sender's cap (the sender's floor rose). */
  nonces: number;
  /** Whole senders pushed out by the sender cap (their newest send time kept as a floor). */
  senders: number;
  /** Retired floors dropped while still inside the window (only when over maxSenders of them). */
  retiredFloors: number;
}

export class ReplayWindow {
  private readonly senders = new Map<string, SenderWindow>();
  /** Floors of senders evicted from `senders`, by sender id. */
  private readonly retired = new Map<string, number>();
  readonly evicted: ReplayEvictions = { nonces: 0, senders: 0, retiredFloors: 0 };

  constructor(
    readonly windowMs: number,
    readonly maxSenders = MAX_REPLAY_SENDERS,
    readonly maxPerSender = MAX_REPLAY_PER_SENDER,
  ) {}

  /** Checks a packet from `sender` and, when fresh, remembers its nonce. */
  admit(sender: string, nonceKey: string, sentAtMs: number, nowMs: number): Freshness {
    if (sentAtMs < nowMs - this.windowMs) return "stale";
    if (sentAtMs > nowMs + this.windowMs) return "future";
    let w = this.senders.get(sender);
    if (!w) {
      const floor = this.retired.get(sender) ?? -Infinity;
      if (sentAtMs <= floor) return "stale";
      w = { seen: new Map(), floorMs: floor, newestMs: floor };
      this.retired.delete(sender);
    }
    if (sentAtMs <= w.floorMs) return "stale";
    prune(w.seen, nowMs - this.windowMs);
    if (w.seen.has(nonceKey)) return "replay";
    w.seen.set(nonceKey, sentAtMs);
    w.newestMs = Math.max(w.newestMs, sentAtMs);
    if (w.seen.size > this.maxPerSender) {
      const [oldest, at] = w.seen.entries().next().value as [string, number];
      w.seen.delete(oldest);
      w.floorMs = Math.max(w.floorMs, at);
      this.evicted.nonces++;
    }
    // Most recently admitted last.
    this.senders.delete(sender);
    this.senders.set(sender, w);
    if (this.senders.size > this.maxSenders) this.retire(nowMs);
    return "fresh";
  }

  /** Nonces currently remembered, over all senders. */
  get size(): number {
    let n = 0;
    for (const w of this.senders.values()) n += w.seen.size;
    return n;
  }

  /** Senders currently tracked. */
  get senderCount(): number {
    return this.senders.size;
  }

  /** Evicts the least recently admitted sender, keeping its newest send time as its floor. */
  private retire(nowMs: number): void {
    const [oldest, w] = this.senders.entries().next().value as [string, SenderWindow];
    this.senders.delete(oldest);
    this.evicted.senders++;
    // Floors that have left the window protect nothing: the window refuses those packets anyway.
    prune(this.retired, nowMs - this.windowMs);
    this.retired.set(oldest, w.newestMs);
    if (this.retired.size > this.maxSenders) {
      this.retired.delete(this.retired.keys().next().value as string);
      this.evicted.retiredFloors++;
    }
  }
}

/**
 * Drops nonces that have left the window. Insertion order is close to send-time
 * order; stop at the first entry still inside (a slightly late older entry is
 * pruned on a later call).
 */
function prune(seen: Map<string, number>, limitMs: number): void {
  for (const [k, at] of seen) {
    if (at >= limitMs) break;
    seen.delete(k);
  }
}
