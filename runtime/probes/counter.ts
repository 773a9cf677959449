/**
 * Kernel counters and the difference between two readings of one.
 *
 * /proc prints counters as unsigned decimal integers. Their width depends on the
 * kernel and the field: network counters are 64-bit on 64-bit kernels since 2.6.35
 * and `unsigned long` (32-bit) on 32-bit kernels; diskstats' millisecond fields
 * (`io_ticks`, …) were printed with `%u` and wrap at 2^32 ms (49.7 days) even on
 * 64-bit kernels before 5.x. The file never says which, so `counterDelta` infers it.
 *
 * A counter is held as a `number` while it is exactly representable (below 2^53,
 * i.e. every counter in practice) and as a `bigint` above that, so a 64-bit counter
 * about to wrap still gives an exact difference.
 */

/** One counter reading: a number below 2^53, a bigint at or above it. */
export type Counter = number | bigint;

const TWO_32 = 2 ** 32;
const TWO_32_BIG = 2n ** 32n;
const TWO_64_BIG = 2n ** 64n;
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
const DIGITS = /^\d+$/;
/** 2^64 - 1 has 20 digits; anything longer cannot be a kernel counter. */
const MAX_COUNTER_DIGITS = 20;

/**
 * Parses one unsigned decimal counter. Returns undefined for anything that is not
 * all digits or does not fit in 64 bits, so callers can skip the line.
 */
export function parseCounter(token: string | undefined): Counter | undefined {
  // Stryker disable next-line ConditionalExpression: DIGITS refuses undefined ("undefined") and "", and more than 20 digits fail the 2^64 check below
  if (token === undefined || token.length === 0 || token.length > MAX_COUNTER_DIGITS || !DIGITS.test(token)) return undefined;
  // 15 digits are always below 2^53: the common case never touches bigint.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path only; the bigint path below gives the same number for every token it skips
  if (token.length <= 15) return Number(token);
  const big = BigInt(token);
  if (big >= TWO_64_BIG) return undefined;
  return big <= MAX_SAFE_BIG ? Number(big) : big;
}

/** A counter as a (possibly rounded) number, for reporting totals such as rx_bytes. */
export function counterValue(c: Counter): number {
  // Stryker disable next-line ConditionalExpression,StringLiteral: Number(c) of a number is c, so both branches give the same value
  return typeof c === "number" ? c : Number(c);
}

/**
 * How much a counter advanced from `prev` to `cur`.
 *
 * - `cur >= prev`: the plain difference.
 * - `cur < prev`: either the counter wrapped or it was reset (interface re-created,
 *   driver reloaded, device re-attached). The width is inferred from `prev`: one
 *   below 2^32 is taken as a 32-bit counter, anything else as 64-bit. If the wrapped
 *   difference is at most half the counter's range it is taken as a wrap; otherwise
 *   a wrap would mean more than half the range passed in one period, so it is taken
 *   as a reset and the difference is `cur` (what was counted since the reset).
 *
 * The rule is ambiguous only for a 64-bit counter reset while still below 2^32 and
 * above 2^31 (read as a 32-bit wrap, so one period shows up to 2 GiB too much);
 * nothing in /proc can tell those apart.
 */
export function counterDelta(prev: Counter, cur: Counter): number {
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: a fast path only; the bigint path below gives the same result for two numbers (below 2^32 both take 2^32 as the range; above it a 64-bit wrap from below 2^53 is always more than half the range, a reset)
  if (typeof prev === "number" && typeof cur === "number") {
    if (cur >= prev) return cur - prev;
    // Stryker disable next-line EqualityOperator: at prev = 2^32 a number counter is past 32 bits, and a wrap from there is more than half of 2^64: a reset either way
    if (prev < TWO_32) {
      const wrapped = TWO_32 - prev + cur;
      return wrapped <= TWO_32 / 2 ? wrapped : cur;
    }
    // prev is below 2^53, so a 64-bit wrap would be more than 2^63: a reset.
    return cur;
  }
  const p = BigInt(prev);
  const c = BigInt(cur);
  if (c >= p) return Number(c - p);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the bigint path is taken only by counters past 2^53, never below 2^32
  const range = p < TWO_32_BIG ? TWO_32_BIG : TWO_64_BIG;
  const wrapped = range - p + c;
  return Number(wrapped <= range / 2n ? wrapped : c);
}
