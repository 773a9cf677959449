import { expect, test } from "bun:test";
import { ANNOUNCE_BACKOFF, backoffDelayMs } from "./backoff.ts";

const noJitter = () => 0.5;

test.each([
  [0, 250], [1, 500], [2, 1000], [3, 2000], [4, 4000], [5, 4000], [50, 4000],
])("attempt %i waits %i ms without jitter", (attempt, ms) => {
  expect(backoffDelayMs(attempt, ANNOUNCE_BACKOFF, noJitter)).toBe(ms);
});

test("jitter stays within ±20%", () => {
  expect(backoffDelayMs(2, ANNOUNCE_BACKOFF, () => 0)).toBe(800);
  expect(backoffDelayMs(2, ANNOUNCE_BACKOFF, () => 0.999999)).toBe(1200);
});
