/**
 * Announcement backoff: fast at first so a booting node joins in well under a
 * second, then slower so a pool without grand is not flooded.
 */

export interface BackoffPolicy {
  /** Delay after the first announcement. */
  initialMs: number;
  /** Upper bound of the delay. */
  maxMs: number;
  /** Growth per attempt. */
  factor: number;
  /** ± fraction of random spread, so nodes powered on together do not stay in step. */
  jitter: number;
}

export const ANNOUNCE_BACKOFF: BackoffPolicy = { initialMs: 250, maxMs: 4_000, factor: 2, jitter: 0.2 };

/** Delay before announcement number attempt+1; random() in [0,1) gives the jitter. */
export function backoffDelayMs(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const base = Math.min(policy.maxMs, policy.initialMs * Math.pow(policy.factor, Math.max(0, attempt)));
  const spread = base * policy.jitter * (2 * random() - 1);
  return Math.max(1, Math.round(base + spread));
}
