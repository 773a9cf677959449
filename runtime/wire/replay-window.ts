/**
 * Freshness and replay checks for sealed packets.
 *
 * A packet is fresh when its send time is within ±windowMs of the receiver's
 * clock and its nonce has not been seen. Seen nonces are kept until they fall out
 * of the window, so the memory is bounded by the packet rate times the window;
 * past maxEntries the oldest nonce is evicted and the floor rises to its send time:
 * anything sent at or before the floor is then refused as stale, so an eviction
 * can never re-admit a replay.
 */

export type Freshness = "fresh" | "stale" | "future" | "replay";

export class ReplayWindow {
  private readonly seen = new Map<string, number>();
  private floorMs = -Infinity;

  constructor(
    readonly windowMs: number,
    readonly maxEntries = 262_144,
  ) {}

  /** Checks a packet and, when fresh, remembers its nonce. */
  admit(nonceKey: string, sentAtMs: number, nowMs: number): Freshness {
    if (sentAtMs < nowMs - this.windowMs || sentAtMs <= this.floorMs) return "stale";
    if (sentAtMs > nowMs + this.windowMs) return "future";
    this.prune(nowMs);
    if (this.seen.has(nonceKey)) return "replay";
    this.seen.set(nonceKey, sentAtMs);
    while (this.seen.size > this.maxEntries) {
      const [oldest, at] = this.seen.entries().next().value as [string, number];
      this.seen.delete(oldest);
      this.floorMs = Math.max(this.floorMs, at);
    }
    return "fresh";
  }

  /** Nonces currently remembered. */
  get size(): number {
    return this.seen.size;
  }

  private prune(nowMs: number): void {
    // Insertion order is close to send-time order; stop at the first entry still
    // inside the window (a slightly late older entry is pruned on a later call).
    const limit = nowMs - this.windowMs;
    for (const [k, at] of this.seen) {
      if (at >= limit) break;
      this.seen.delete(k);
    }
  }
}
