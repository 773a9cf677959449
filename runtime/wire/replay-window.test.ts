import { expect, test } from "bun:test";
import { ReplayWindow } from "./replay-window.ts";

test.each([
  ["inside the window", 1000, 1000, "fresh"],
  ["just inside the past edge", 0, 1000, "fresh"],
  ["past the window", -1, 1000, "stale"],
  ["just inside the future edge", 2000, 1000, "fresh"],
  ["beyond the future edge", 2001, 1000, "future"],
] as const)("%s", (_name, sentAt, now, expected) => {
  expect(new ReplayWindow(1000).admit("n", sentAt, now)).toBe(expected);
});

test("a nonce is refused while its packet is inside the window", () => {
  const w = new ReplayWindow(1000);
  expect(w.admit("a", 100, 100)).toBe("fresh");
  expect(w.admit("a", 100, 900)).toBe("replay");
  // once outside the window the packet is stale anyway, and memory is released
  expect(w.admit("a", 100, 1101)).toBe("stale");
  w.admit("b", 1101, 1101);
  expect(w.size).toBe(1);
});

test("past maxEntries the oldest is evicted and the floor rises, so an evicted nonce cannot be replayed", () => {
  const w = new ReplayWindow(60_000, 3);
  for (const [n, t] of [["a", 1], ["b", 2], ["c", 3], ["d", 4]] as const) expect(w.admit(n, t, 10)).toBe("fresh");
  expect(w.size).toBe(3);
  expect(w.admit("a", 1, 10)).toBe("stale");
  expect(w.admit("e", 1, 10)).toBe("stale");
  expect(w.admit("f", 2, 10)).toBe("fresh");
});

test("a nonce sent exactly at the past edge is still remembered, so its replay is refused", () => {
  const w = new ReplayWindow(1000);
  expect(w.admit("a", 0, 500)).toBe("fresh");
  // at now = 1000 the packet sent at 0 is exactly 1000 ms old: inside the window
  expect(w.admit("a", 0, 1000)).toBe("replay");
  expect(w.size).toBe(1);
  // one millisecond later it is stale, and its nonce is released
  expect(w.admit("a", 0, 1001)).toBe("stale");
  expect(w.admit("b", 1001, 1001)).toBe("fresh");
  expect(w.size).toBe(1);
});
