import { describe, expect, test } from "bun:test";
import { paperStreams, paperWorkload } from "./paper.ts";
import { PAPER_STREAM_BPS } from "./workload.ts";

describe("paper workload", () => {
  test.each([
    // [time s, streams]: a minute of silence, +300/min to 3000 by 11 min, 3 min peak, −300/min, silence.
    [0, 0],
    [60, 0],
    [61, 5],
    [120, 300],
    [360, 1500],
    [660, 3000],
    [839, 3000],
    [840, 3000],
    [900, 2700],
    [1440, 0],
    [1560, 0],
  ])("at %d s: %d streams", (t, streams) => {
    expect(paperStreams(t)).toBe(streams);
  });

  test("is sampled every 2 s at 132 kbps a stream", () => {
    const w = paperWorkload();
    expect(w.periodMs).toBe(2_000);
    expect(w.demandBps).toHaveLength(781);
    expect(w.demandBps[330]).toBe(3000 * PAPER_STREAM_BPS);
    expect(Math.max(...w.demandBps)).toBe(396e6);
    // The steepest change is the paper's 300 listeners a minute.
    for (let k = 1; k < w.demandBps.length; k++) {
      expect(Math.abs(w.demandBps[k]! - w.demandBps[k - 1]!)).toBeLessThanOrEqual(10 * PAPER_STREAM_BPS);
    }
  });
});
