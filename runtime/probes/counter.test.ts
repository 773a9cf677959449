import { expect, test } from "bun:test";
import { counterDelta, counterValue, parseCounter } from "./counter.ts";

const T32 = 2 ** 32;

test.each([
  ["0", 0],
  ["441260464", 441260464],
  ["999999999999999", 999999999999999], // 15 digits: number fast path
  ["9007199254740991", Number.MAX_SAFE_INTEGER], // 2^53 - 1 is still a number
  ["9007199254740993", 9007199254740993n], // 2^53 + 1: bigint, exact
  ["18446744073709551615", 18446744073709551615n], // 2^64 - 1
  ["18446744073709551616", undefined], // 2^64 does not fit
  ["123456789012345678901", undefined], // 21 digits
  ["", undefined],
  ["-1", undefined],
  ["1e5", undefined],
  ["0x10", undefined],
  ["12a", undefined],
  [" 1", undefined],
  [undefined, undefined],
] as const)("parseCounter(%p) = %p", (token, want) => {
  expect(parseCounter(token)).toBe(want);
});

test.each([
  // [what, prev, cur, delta]
  ["no change", 5, 5, 0],
  ["plain increase", 100, 250, 150],
  ["32-bit wrap", T32 - 1_000_000, 1_000_000, 2_000_000],
  ["32-bit wrap from the top", T32 - 1, 0, 1],
  ["32-bit wrap of exactly half the range", T32 / 2, 0, T32 / 2],
  ["32-bit counter reset (wrap would be more than half the range)", 1_000_000, 1000, 1000],
  ["reset to zero", 123_456, 0, 0],
  ["64-bit counter reset from above 2^32", 5_000_000_000, 3000, 3000],
  ["64-bit counter reset from near 2^53", Number.MAX_SAFE_INTEGER, 10, 10],
  ["64-bit wrap", 18446744073709551000n, 1_249_384, 1_250_000],
  ["64-bit wrap from the top", 18446744073709551615n, 0, 1],
  ["64-bit wrap to a bigint", 18446744073709551615n, 9007199254740993n, 9007199254740994],
  ["64-bit reset from below 2^63", 2n ** 62n, 77, 77],
  ["exact increase across 2^53", 9007199254740993n, 9007199254741993n, 1000],
  ["number to bigint", 9007199254740000, 9007199254740993n, 993],
] as const)("counterDelta: %s", (_what, prev, cur, want) => {
  expect(counterDelta(prev, cur)).toBe(want);
});

test("counterValue turns a bigint into the nearest number", () => {
  expect(counterValue(12)).toBe(12);
  expect(counterValue(2n ** 60n)).toBe(2 ** 60);
});

test.each([
  // [what, prev, cur, delta] where at least one reading is a bigint
  ["no change above 2^53", 2n ** 60n, 2n ** 60n, 0],
  // 2^63 + 5 → 5: the 64-bit wrap is 2^64 - (2^63 + 5) + 5 = 2^63, exactly half the range: a wrap
  ["64-bit wrap of exactly half the range", 9223372036854775813n, 5, 9223372036854775808],
  // 2^63 + 4 → 5: the wrap would be 2^63 + 1, more than half: a reset
  ["64-bit reset just over half the range", 9223372036854775812n, 5, 5],
] as const)("counterDelta: %s", (_what, prev, cur, want) => {
  expect(counterDelta(prev, cur)).toBe(want);
});
