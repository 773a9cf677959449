import { expect, test } from "bun:test";
import { countReversals, type LoggedAction } from "./metrics.ts";

const log = (...entries: [number, "s" | "r"][]): LoggedAction[] =>
  entries.map(([s, k]) => ({ atMs: s * 1000, kind: k === "s" ? "supplement" : "release", serviceId: "n", reason: "" }));

test.each([
  ["no actions", log(), 0],
  ["steady growth", log([0, "s"], [10, "s"], [20, "s"]), 0],
  ["release then supplement within a minute", log([0, "r"], [60, "s"]), 1],
  ["... but not after it", log([0, "r"], [61, "s"]), 0],
  ["supplement then release", log([0, "s"], [2, "r"]), 1],
  ["cycling", log([0, "s"], [2, "r"], [4, "s"], [6, "r"]), 3],
  ["batched supplements then a release", log([0, "s"], [0, "s"], [30, "r"]), 1],
])("%s: %d reversals", (_name, entries, n) => {
  expect(countReversals(entries)).toBe(n);
});
