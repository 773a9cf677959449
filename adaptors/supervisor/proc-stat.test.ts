import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { liveStartTime, parseProcStat } from "./proc-stat.ts";

const fixture = (name: string): string => readFileSync(join(import.meta.dir, "testdata", name), "utf8");

describe("parseProcStat", () => {
  test("real captures: cp (running) and pid 1", () => {
    expect(parseProcStat(fixture("stat-cat.txt"))).toEqual({ pid: 7057, state: "R", pgrp: 7054, startTime: "211797" });
    expect(parseProcStat(fixture("stat-pid1.txt"))).toMatchObject({ pid: 1, state: "S", pgrp: 0 });
  });

  test("a command name with spaces and parentheses is counted past", () => {
    const line = fixture("stat-cat.txt").replace("(cp)", "(a) b (c)");
    expect(parseProcStat(line)).toMatchObject({ pid: 7057, pgrp: 7054, startTime: "211797" });
  });

  test.each([
    ["empty", ""],
    ["no parentheses", "7057 cp R 1 2 3"],
    ["truncated", fixture("stat-cat.txt").slice(0, 60)],
    ["a pid that is not a number", fixture("stat-cat.txt").replace("7057", "x")],
    ["random bytes", "\u0000\u00ff)(( 1 2"],
  ])("%s is not a stat line", (_what, text) => {
    expect(parseProcStat(text)).toBeUndefined();
  });

  test("liveStartTime: a zombie or a missing process has none", () => {
    expect(liveStartTime(fixture("stat-cat.txt"))).toBe("211797");
    expect(liveStartTime(fixture("stat-cat.txt").replace(") R ", ") Z "))).toBeUndefined();
    expect(liveStartTime(undefined)).toBeUndefined();
  });

  test("this very process, read live", () => {
    const s = parseProcStat(readFileSync("/proc/self/stat", "utf8"));
    expect(s?.pid).toBeGreaterThan(0);
    expect(s?.startTime).toMatch(/^\d+$/);
  });
});
