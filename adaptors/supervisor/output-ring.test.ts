import { expect, test } from "bun:test";
import { OutputRing, tailOf } from "./output-ring.ts";

test("keeps everything below capacity, in order", () => {
  const r = new OutputRing(100);
  r.append("one\n");
  r.append("");
  r.append("two\n");
  expect(r.text()).toBe("one\ntwo\n");
  expect(r.dropped).toBe(0);
  expect(r.tail()).toBe("one\ntwo\n");
  expect(r.lastLine()).toBe("two");
});

test("drops the oldest text first and stays bounded however much is written", () => {
  const r = new OutputRing(10);
  for (let i = 0; i < 1000; i++) r.append(`line ${i}\n`);
  expect(r.text().length).toBe(10);
  expect(r.text()).toBe("\nline 999\n");
  const written = Array.from({ length: 1000 }, (_, i) => `line ${i}\n`.length).reduce((a, b) => a + b, 0);
  expect(r.dropped).toBe(written - 10);
  expect(r.tail()).toBe("…\nline 999\n");
});

test("a single chunk larger than the ring keeps its end", () => {
  const r = new OutputRing(5);
  r.append("abcdefghij");
  expect(r.text()).toBe("fghij");
  expect(r.dropped).toBe(5);
});

test.each<[string, number, number, string]>([
  ["a\nb\nc\n", 10, 100, "a\nb\nc\n"],
  ["a\nb\nc\n", 2, 100, "…b\nc\n"],
  ["a\nb\nc", 2, 100, "…b\nc"],
  ["abcdef", 10, 3, "…def"],
  ["", 10, 10, ""],
  ["x\uD83D\uDE00y", 10, 2, "…y"],
])("tailOf(%j, lines %d, chars %d) = %j", (text, lines, chars, want) => {
  expect(tailOf(text, lines, chars)).toBe(want);
});

test("a bad capacity is refused", () => {
  expect(() => new OutputRing(0)).toThrow(/must be positive/);
});
