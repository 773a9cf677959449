import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseLoadavg } from "./loadavg.ts";

test("this kernel's capture", () => {
  const text = readFileSync(join(import.meta.dir, "fixtures/linux-6.18/t0/proc/loadavg"), "utf8");
  expect(parseLoadavg(text)).toEqual({ one: 1.73, five: 1.83, fifteen: 1.28, running: 2, total: 150 });
});

test.each([
  ["1.70 1.83 1.23 3/163 13570\n", { one: 1.7, five: 1.83, fifteen: 1.23, running: 3, total: 163 }],
  ["0.42 0.37 0.31 2/214 28391\n", { one: 0.42, five: 0.37, fifteen: 0.31, running: 2, total: 214 }],
  ["12.00 8.50 4.25\n", { one: 12, five: 8.5, fifteen: 4.25, running: 0, total: 0 }],
  ["1.70 1.83 1.23 3/", { one: 1.7, five: 1.83, fifteen: 1.23, running: 0, total: 0 }],
  ["1.70 1.83", undefined],
  ["", undefined],
  ["load: high", undefined],
  ["-1.0 2 3 1/2 3", undefined],
])("parseLoadavg(%p)", (text, want) => {
  expect(parseLoadavg(text)).toEqual(want);
});

test.each([
  // the kernel prints "%lu.%02lu", but the parser does not depend on it
  ["averages without decimals", "1 2 3 4/56 789\n", { one: 1, five: 2, fifteen: 3, running: 4, total: 56 }],
  ["runs of blanks between fields", "0.50  0.25\t 0.10   3/163 13570\n", { one: 0.5, five: 0.25, fifteen: 0.1, running: 3, total: 163 }],
  ["two-digit loads and a two-digit runnable count", "12.50 10.25 11.75 17/1234 5678\n", { one: 12.5, five: 10.25, fifteen: 11.75, running: 17, total: 1234 }],
])("parseLoadavg: %s", (_what, text, want) => {
  expect(parseLoadavg(text)).toEqual(want);
});
