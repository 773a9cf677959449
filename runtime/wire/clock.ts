/**
 * Time as a seam. Logic never calls Date.now() or setTimeout directly: it takes a
 * Clock, so leases, backoff and forecasting are tested by advancing a FakeClock
 * instead of sleeping.
 *
 * Two readings, for two purposes:
 * - monotonic(): never steps (NTP corrections, an operator's `date -s`, a bad RTC
 *   do not move it). Leases, renewals, deadlines, silence limits and expiry are
 *   measured on it, and timers run on it.
 * - now(): wall time. Used only where another machine's clock is compared with
 *   ours (the sealed envelope's freshness window) and for timestamps people read
 *   (logs, the API). It may jump either way at any moment.
 * A monotonic reading is meaningful only against another reading of the same
 * clock in the same process: never compare it with now() or send it.
 */

/** Opaque handle returned by Clock.setTimeout. */
export type TimerHandle = { readonly __timer: unique symbol } | number | object;

export interface Clock {
  /** Wall-clock milliseconds since the Unix epoch; may step either way. */
  now(): number;
  /** Milliseconds on a clock that never steps back or jumps; the origin is arbitrary. */
  monotonic(): number;
  /** Runs fn once after ms of monotonic time (on the event loop; fn must not block). */
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  // performance.now() runs off CLOCK_MONOTONIC, as Bun's timers do.
  monotonic: () => performance.now(),
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

/**
 * A clock that moves only when told to; timers fire in time order during advance().
 * Its monotonic reading starts at startMs too, so a test reads one number until it
 * steps the wall clock with stepWall(), which moves now() alone, as an NTP step does.
 */
export class FakeClock implements Clock {
  /** Monotonic time; timers are due on it. */
  private t: number;
  /** now() minus monotonic(): changed only by stepWall. */
  private wallOffset = 0;
  private timers: FakeTimer[] = [];
  private nextId = 1;

  constructor(startMs = 1_800_000_000_000) {
    this.t = startMs;
  }

  now(): number {
    return this.t + this.wallOffset;
  }

  monotonic(): number {
    return this.t;
  }

  /** Steps the wall clock by ms (negative: back) without moving monotonic time or firing timers. */
  stepWall(ms: number): void {
    this.wallOffset += ms;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const timer = { id: this.nextId++, at: this.t + Math.max(0, ms), fn };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Moves both readings forward by ms, firing every timer that falls due, in order. */
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

/**
 * Another machine's clock in a test: the same monotonic time and timers as `base`
 * (time passes alike everywhere) with a wall clock of its own, which stepWall()
 * moves — grand's NTP step while its agents' clocks stay put.
 */
export class SteppedClock implements Clock {
  private wallOffset = 0;

  constructor(private readonly base: Clock) {}

  now(): number {
    return this.base.now() + this.wallOffset;
  }

  monotonic(): number {
    return this.base.monotonic();
  }

  /** Steps this clock's wall time by ms (negative: back). */
  stepWall(ms: number): void {
    this.wallOffset += ms;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    return this.base.setTimeout(fn, ms);
  }

  clearTimeout(handle: TimerHandle): void {
    this.base.clearTimeout(handle);
  }
}
