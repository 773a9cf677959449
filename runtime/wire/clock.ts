/**
 * Time as a seam. Logic never calls Date.now() or setTimeout directly: it takes a
 * Clock, so leases, backoff and forecasting are tested by advancing a FakeClock
 * instead of sleeping.
 */

/** Opaque handle returned by Clock.setTimeout. */
export type TimerHandle = { readonly __timer: unique symbol } | number | object;

export interface Clock {
  /** Wall-clock milliseconds since the Unix epoch. */
  now(): number;
  /** Runs fn once after ms (on the event loop; fn must not block). */
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as TimerHandle,
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Calls fn every periodMs until the returned function is called. */
export function every(clock: Clock, periodMs: number, fn: () => void): () => void {
  let stopped = false;
  let handle: TimerHandle;
  const tick = (): void => {
    if (stopped) return;
    handle = clock.setTimeout(tick, periodMs);
    fn();
  };
  handle = clock.setTimeout(tick, periodMs);
  return () => {
    stopped = true;
    clock.clearTimeout(handle);
  };
}

interface FakeTimer {
  id: number;
  at: number;
  fn: () => void;
}

/** A clock that moves only when told to; timers fire in time order during advance(). */
export class FakeClock implements Clock {
  private t: number;
  private timers: FakeTimer[] = [];
  private nextId = 1;

  constructor(startMs = 1_800_000_000_000) {
    this.t = startMs;
  }

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const timer = { id: this.nextId++, at: this.t + Math.max(0, ms), fn };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Moves time forward by ms, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let next: FakeTimer | undefined;
      for (const t of this.timers) if (t.at <= end && (!next || t.at < next.at || (t.at === next.at && t.id < next.id))) next = t;
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.t = Math.max(this.t, next.at);
      next.fn();
    }
    this.t = end;
  }

  /** Number of timers waiting (for tests that check nothing leaks). */
  get pending(): number {
    return this.timers.length;
  }
}
