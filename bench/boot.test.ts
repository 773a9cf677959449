import { expect, test } from "bun:test";
import { median, smallestWorking } from "./boot.ts";

test.each([
  [[3], 3], [[5, 1], 3], [[9, 1, 5], 5], [[4, 1, 3, 2], 2.5],
])("median(%p) = %p", (xs, want) => expect(median(xs)).toBe(want));

test.each([
  // threshold, low, high, step → smallest working value
  [300, 128, 768, 32, 320],
  [128, 128, 768, 32, 128],
  [768, 128, 768, 32, 768],
  [900, 128, 768, 32, undefined],
])("smallestWorking finds the threshold %p in [%p, %p] step %p", async (threshold, low, high, step, want) => {
  const tried: number[] = [];
  const got = await smallestWorking(low, high, step, async (v) => {
    tried.push(v);
    return v >= threshold;
  });
  expect(got).toBe(want);
  expect(tried.length).toBeLessThanOrEqual(7);
});
