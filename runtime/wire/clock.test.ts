import { expect, test } from "bun:test";
import { FakeClock, SteppedClock } from "./clock.ts";

test("stepWall moves the wall reading only: timers and the monotonic reading keep their pace", () => {
  const c = new FakeClock(1_000);
  const fired: number[] = [];
  c.setTimeout(() => fired.push(c.monotonic()), 500);
  c.stepWall(-10_000);
  expect([c.now(), c.monotonic()]).toEqual([-9_000, 1_000]);
  c.advance(499);
  expect(fired).toEqual([]);
  c.stepWall(20_000);
  c.advance(1);
  expect(fired).toEqual([1_500]);
  expect([c.now(), c.monotonic()]).toEqual([11_500, 1_500]);
});

test("a SteppedClock shares time and timers with its base and has a wall clock of its own", () => {
  const base = new FakeClock(1_000);
  const other = new SteppedClock(base);
  other.stepWall(-120_000);
  let fired = false;
  const h = other.setTimeout(() => (fired = true), 100);
  base.advance(100);
  expect(fired).toBe(true);
  expect([other.now(), other.monotonic(), base.now()]).toEqual([1_100 - 120_000, 1_100, 1_100]);
  other.clearTimeout(h);
  other.clearTimeout(other.setTimeout(() => (fired = false), 10));
  base.advance(10);
  expect(fired).toBe(true);
});
