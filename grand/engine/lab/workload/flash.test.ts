import { describe, expect, test } from "bun:test";
import { paperWorkload } from "./paper.ts";
import { FlashSpecError, flashListeners, flashWorkload, parseFlashSpec, withFlash } from "./flash.ts";
import { PAPER_STREAM_BPS } from "./workload.ts";

const crowd = { atS: 100, size: 3000, ratePerMinute: 950, holdS: 600, fadeS: 600 };

describe("flash crowds", () => {
  test.each([
    // [t s, listeners added]: 950 a minute from 100 s reaches 3000 after 189.47 s, holds 600 s, then fades.
    [100, 0],
    [160, 950],
    [220, 1900],
    [289.5, 3000],
    [889, 3000],
    [889.4736842105 + 600, 3000 / Math.E],
  ])("at %d s it has added %d listeners", (t, added) => {
    expect(flashListeners(t, crowd)).toBeCloseTo(added, 6);
  });

  test("a step arrives within one period", () => {
    const w = flashWorkload({ base: 500, atS: 10, size: 2000, ratePerMinute: Infinity, durationS: 20 });
    const streams = Array.from(w.demandBps, (d) => d / PAPER_STREAM_BPS);
    expect(streams.slice(0, 8)).toEqual([500, 500, 500, 500, 500, 500, 2500, 2500]);
  });

  test("the default is an hour: 800 listeners and 3000 more at 950 a minute from 10 minutes in", () => {
    const w = flashWorkload();
    expect(w.demandBps).toHaveLength(1801);
    expect(w.demandBps[300]).toBe(800 * PAPER_STREAM_BPS);
    expect(w.demandBps[330]).toBe(Math.round(800 + 950) * PAPER_STREAM_BPS); // 60 s in
    expect(w.demandBps[600]).toBe(3800 * PAPER_STREAM_BPS);
  });

  test("laid on another workload, it adds whole listeners from its start", () => {
    const base = paperWorkload();
    const w = withFlash(base, { ...crowd, atS: 0, ratePerMinute: 600 });
    expect(w.name).toBe("paper+flash");
    expect(w.demandBps[5]! - base.demandBps[5]!).toBe(100 * PAPER_STREAM_BPS); // 10 s at 10 a second
  });

  test("specs: named fields, `step`, and errors that say what is allowed", () => {
    expect(parseFlashSpec("size=1500,rate=step,at=30")).toMatchObject({ size: 1500, ratePerMinute: Infinity, atS: 30, base: 800 });
    expect(parseFlashSpec("")).toMatchObject({ size: 3000, ratePerMinute: 950 });
    for (const [bad, message] of [
      ["size", "'size' is not FIELD=VALUE"],
      ["size=-1", "size '-1' must be a number of 0 or more"],
      ["rate=0", "rate '0' must be listeners a minute above 0, or step"],
      ["duration=1e9", "duration '1e9' must be seconds from 0 to a week"],
      ["at=1=2", "'at=1=2' is not FIELD=VALUE"],
    ]) {
      expect(() => parseFlashSpec(bad!)).toThrow(FlashSpecError);
      expect(() => parseFlashSpec(bad!)).toThrow(message!);
    }
  });
});
