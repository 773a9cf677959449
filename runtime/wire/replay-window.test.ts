import { expect, test } from "bun:test";
import { MAX_REPLAY_PER_SENDER, ReplayWindow } from "./replay-window.ts";

test.each([
  ["inside the window", 1000, 1000, "fresh"],
  ["just inside the past edge", 0, 1000, "fresh"],
  ["past the window", -1, 1000, "stale"],
  ["just inside the future edge", 2000, 1000, "fresh"],
  ["beyond the future edge", 2001, 1000, "future"],
] as const)("%s", (_name, sentAt, now, expected) => {
  expect(new ReplayWindow(1000).admit("s", "n", sentAt, now)).toBe(expected);
});

test("a nonce is refused while its packet is inside the window", () => {
  const w = new ReplayWindow(1000);
  expect(w.admit("s", "a", 100, 100)).toBe("fresh");
  expect(w.admit("s", "a", 100, 900)).toBe("replay");
  // once outside the window the packet is stale anyway, and memory is released
  expect(w.admit("s", "a", 100, 1101)).toBe("stale");
  w.admit("s", "b", 1101, 1101);
  expect(w.size).toBe(1);
});

test("the same nonce from another sender is its own packet", () => {
  const w = new ReplayWindow(1000);
  expect(w.admit("s", "a", 100, 100)).toBe("fresh");
  expect(w.admit("t", "a", 100, 100)).toBe("fresh");
  expect(w.admit("t", "a", 100, 100)).toBe("replay");
  expect(w.size).toBe(2);
});

test("past maxPerSender the sender's oldest is evicted and its floor rises, so an evicted nonce cannot be replayed", () => {
  const w = new ReplayWindow(60_000, 10, 3);
  for (const [n, t] of [["a", 1], ["b", 2], ["c", 3], ["d", 4]] as const) expect(w.admit("s", n, t, 10)).toBe("fresh");
  expect(w.size).toBe(3);
  expect(w.evicted).toEqual({ nonces: 1, senders: 0, retiredFloors: 0 });
  expect(w.admit("s", "a", 1, 10)).toBe("stale");
  expect(w.admit("s", "e", 1, 10)).toBe("stale");
  expect(w.admit("s", "f", 2, 10)).toBe("fresh");
  // another sender's floor did not move
  expect(w.admit("t", "g", 1, 10)).toBe("fresh");
});

test("the flood of the finding: a key holder's packets dated 29 s ahead cost only its own sender id", () => {
  // Before: one shared memory of 262,144 nonces; 300,000 packets dated now + 29 s
  // pushed its floor to now + 29 s and every sender's packets were "stale".
  const w = new ReplayWindow(30_000);
  const now = 1_000_000;
  const seen = { fresh: 0, stale: 0, future: 0, replay: 0 };
  for (let i = 0; i < 300_000; i++) seen[w.admit("mallory", `m${i}`, now + 29_000, now)]++;
  // its first eviction raised only its own floor to now + 29 s: the rest of its flood is stale and costs no memory
  expect(seen).toEqual({ fresh: MAX_REPLAY_PER_SENDER + 1, stale: 300_000 - MAX_REPLAY_PER_SENDER - 1, future: 0, replay: 0 });
  expect(w.evicted.nonces).toBe(1);
  expect(w.size).toBe(MAX_REPLAY_PER_SENDER);
  for (let i = 0; i < 20; i++) expect(w.admit(`agent-${i % 4}`, `a${i}`, now + i * 250, now + i * 250)).toBe("fresh");
  // the flooder itself now pays: its in-time packets are older than its own floor
  expect(w.admit("mallory", "late", now + 1000, now + 1000)).toBe("stale");
});

test("past maxSenders the least recently admitted sender is evicted; its newest send time stays its floor", () => {
  const w = new ReplayWindow(60_000, 2, 100);
  expect(w.admit("a", "a1", 5, 10)).toBe("fresh");
  expect(w.admit("b", "b1", 6, 10)).toBe("fresh");
  expect(w.admit("a", "a2", 7, 10)).toBe("fresh"); // a is now the most recent
  expect(w.admit("c", "c1", 8, 10)).toBe("fresh"); // b goes
  expect(w.senderCount).toBe(2);
  expect(w.evicted.senders).toBe(1);
  // b's packet, replayed after its eviction, is refused by its retired floor (its newest send time, inclusive)
  expect(w.admit("b", "b1", 6, 11)).toBe("stale");
  expect(w.admit("b", "bx", 6, 11)).toBe("stale");
  expect(w.senderCount).toBe(2);
  // and b's newer packets are taken (a, least recent now, goes)
  expect(w.admit("b", "b2", 9, 11)).toBe("fresh");
  expect(w.admit("a", "a1", 5, 12)).toBe("stale");
  expect(w.admit("a", "a2", 7, 12)).toBe("stale");
});

test("retired floors are bounded; those out of the window are dropped first without counting", () => {
  const w = new ReplayWindow(100, 1, 10);
  w.admit("a", "1", 0, 0);
  w.admit("b", "1", 0, 0); // a retired (floor 0)
  w.admit("c", "1", 0, 0); // b retired; over one retired floor: a's is dropped
  expect(w.evicted).toEqual({ nonces: 0, senders: 2, retiredFloors: 1 });
  // later, floors out of the window are pruned rather than counted
  w.admit("d", "1", 500, 500);
  w.admit("e", "1", 500, 500);
  expect(w.evicted).toEqual({ nonces: 0, senders: 4, retiredFloors: 1 });
});

test("a sender that comes back takes its retired floor with it: the floor is not kept twice", () => {
  const w = new ReplayWindow(60_000, 1, 10);
  w.admit("a", "1", 0, 0);
  w.admit("b", "1", 0, 0); // a retired
  w.admit("a", "2", 1, 0); // a back, b retired: one retired floor, under the cap
  expect(w.evicted).toEqual({ nonces: 0, senders: 2, retiredFloors: 0 });
});

test("past maxSenders retired floors, the oldest is forgotten: that sender's capture is admitted again (the cost of the bound)", () => {
  const w = new ReplayWindow(60_000, 1, 10);
  w.admit("a", "1", 0, 0);
  w.admit("b", "1", 0, 0);
  w.admit("c", "1", 0, 0); // a's floor dropped
  expect(w.evicted.retiredFloors).toBe(1);
  expect(w.admit("b", "1", 0, 0)).toBe("stale"); // b's floor is kept
  expect(w.admit("a", "1", 0, 0)).toBe("fresh");
});

test("a nonce sent exactly at the past edge is still remembered, so its replay is refused", () => {
  const w = new ReplayWindow(1000);
  expect(w.admit("s", "a", 0, 500)).toBe("fresh");
  // at now = 1000 the packet sent at 0 is exactly 1000 ms old: inside the window
  expect(w.admit("s", "a", 0, 1000)).toBe("replay");
  expect(w.size).toBe(1);
  // one millisecond later it is stale, and its nonce is released
  expect(w.admit("s", "a", 0, 1001)).toBe("stale");
  expect(w.admit("s", "b", 1001, 1001)).toBe("fresh");
  expect(w.size).toBe(1);
});
