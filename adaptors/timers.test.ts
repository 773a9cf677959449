import { expect, test } from "bun:test";
import { FakeClock } from "../runtime/wire/index.ts";
import { settle } from "./test-helpers.ts";
import { delay, pollUntil, within } from "./timers.ts";


test("delay resolves on the clock and can be cancelled", async () => {
  const clock = new FakeClock();
  let fired = false;
  void delay(clock, 100).promise.then(() => (fired = true));
  clock.advance(99);
  await settle();
  expect(fired).toBe(false);
  clock.advance(1);
  await settle();
  expect(fired).toBe(true);
  const d = delay(clock, 100);
  d.cancel();
  expect(clock.pending).toBe(0);
});

test("within: the promise in time, or not done; no timer left behind", async () => {
  const clock = new FakeClock();
  expect(await within(clock, Promise.resolve(7), 100)).toEqual({ done: true, value: 7 });
  expect(clock.pending).toBe(0);
  const never = within(clock, new Promise(() => {}), 100);
  clock.advance(100);
  expect(await never).toEqual({ done: false });
  await expect(within(clock, Promise.reject(new Error("no")), 100)).rejects.toThrow("no");
});

test("pollUntil checks now and every interval until true; a throwing check is false", async () => {
  const clock = new FakeClock();
  let calls = 0;
  let done = false;
  const w = pollUntil(clock, 100, async () => {
    calls++;
    if (calls === 2) throw new Error("refused");
    return calls === 4;
  });
  void w.promise.then(() => (done = true));
  await settle();
  expect(calls).toBe(1);
  for (let i = 0; i < 3; i++) {
    clock.advance(100);
    await settle();
  }
  expect(calls).toBe(4);
  expect(done).toBe(true);
  expect(clock.pending).toBe(0);
});

test("a cancelled poll stops checking", async () => {
  const clock = new FakeClock();
  let calls = 0;
  const w = pollUntil(clock, 100, async () => (calls++, false));
  await settle();
  w.cancel();
  clock.advance(1000);
  await settle();
  expect(calls).toBe(1);
  expect(clock.pending).toBe(0);
});
