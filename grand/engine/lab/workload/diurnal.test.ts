import { describe, expect, test } from "bun:test";
import { diurnalBase, diurnalWorkload } from "./diurnal.ts";
import { PAPER_STREAM_BPS } from "./workload.ts";

describe("diurnal workload", () => {
  test("the smooth day is quiet at night and climbs steeply from 9 a.m., never faster than 300 a minute", () => {
    expect(diurnalBase(5)).toBe(600);
    expect(diurnalBase(9)).toBe(900);
    expect(diurnalBase(10.5)).toBe(3800);
    expect(diurnalBase(24)).toBe(diurnalBase(0));
    let steepest = 0;
    for (let m = 1; m < 24 * 60; m++) steepest = Math.max(steepest, Math.abs(diurnalBase(m / 60) - diurnalBase((m - 1) / 60)));
    expect(steepest).toBeLessThan(300);
    expect(steepest).toBeGreaterThan(40);
  });

  test("is the same for one seed and different for another", () => {
    const a = diurnalWorkload({ seed: 9, fromHour: 9, toHour: 10 });
    const b = diurnalWorkload({ seed: 9, fromHour: 9, toHour: 10 });
    const c = diurnalWorkload({ seed: 10, fromHour: 9, toHour: 10 });
    expect(a.demandBps).toHaveLength(1800);
    expect(a.demandBps).toEqual(b.demandBps);
    expect(a.demandBps).not.toEqual(c.demandBps);
    expect(a.startOfDayS).toBe(9 * 3600);
  });

  test("a whole day: whole listeners, quiet nights, busy days", () => {
    const w = diurnalWorkload({ seed: 1 });
    expect(w.demandBps).toHaveLength(43_200);
    const streamsAt = (hour: number): number => w.demandBps[hour * 1800]! / PAPER_STREAM_BPS;
    expect(Number.isInteger(streamsAt(13))).toBe(true);
    expect(streamsAt(5)).toBeLessThan(1000);
    expect(streamsAt(13)).toBeGreaterThan(3000);
  });
});
