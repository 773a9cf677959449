/**
 * Cancellable waits on a Clock, for timeouts, backoff and polling in adaptors.
 *
 * Every wait can be cancelled, and is cancelled when it loses a race, so no timer
 * outlives the operation that set it: a FakeClock in tests then has nothing
 * pending once an operation is over, and the real event loop is not held open.
 */
import type { Clock, TimerHandle } from "../runtime/wire/index.ts";

/** A pending wait and the way to abandon it (its promise then never settles). */
export interface Wait<T> {
  readonly promise: Promise<T>;
  cancel(): void;
}

/** Resolves after ms on clock. */
export function delay(clock: Clock, ms: number): Wait<void> {
  let handle: TimerHandle | undefined;
  const promise = new Promise<void>((resolve) => {
    handle = clock.setTimeout(() => {
      handle = undefined;
      resolve();
    }, ms);
  });
  return {
    promise,
    cancel: () => {
      if (handle !== undefined) clock.clearTimeout(handle);
      handle = undefined;
    },
  };
}

/**
 * Waits for promise at most ms: { done: true, value } if it settled in time
 * (a rejection is passed on), { done: false } if the time ran out first.
 */
export async function within<T>(clock: Clock, promise: Promise<T>, ms: number): Promise<{ done: true; value: T } | { done: false }> {
  const timer = delay(clock, ms);
  try {
    return await Promise.race([promise.then((value) => ({ done: true as const, value })), timer.promise.then(() => ({ done: false as const }))]);
  } finally {
    timer.cancel();
  }
}

/**
 * Calls check() now and then every intervalMs until it returns true; the promise
 * resolves then. A check that throws counts as false. Checks never overlap.
 */
export function pollUntil(clock: Clock, intervalMs: number, check: () => Promise<boolean>): Wait<void> {
  let cancelled = false;
  let pending: Wait<void> | undefined;
  const promise = new Promise<void>((resolve) => {
    const attempt = async (): Promise<void> => {
      let ok = false;
      try {
        ok = await check();
      } catch {
        ok = false;
      }
      if (cancelled) return;
      if (ok) return resolve();
      pending = delay(clock, intervalMs);
      await pending.promise;
      if (!cancelled) void attempt();
    };
    void attempt();
  });
  return {
    promise,
    cancel: () => {
      cancelled = true;
      pending?.cancel();
    },
  };
}
