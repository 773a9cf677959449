/**
 * A day of listeners shaped like the paper's Figure 7 (a popular audio-streaming
 * service, 9 October 2003): quiet at night, a steep climb from 9 a.m., a plateau
 * through the day with an evening peak, and a fall towards midnight. On top of the
 * smooth curve: short surges that arrive at the steepest rate the paper measured
 * (300 listeners a minute) and fade over a quarter of an hour, and correlated
 * fluctuation of a few percent. Everything random comes from the seed.
 */
import { PAPER_PERIOD_MS } from "../../index.ts";
import { Prng } from "../prng.ts";
import { PAPER_STREAM_BPS, type Workload } from "./workload.ts";

/** (hour of day, concurrent listeners) control points of the smooth daily curve. */
export const DIURNAL_POINTS: readonly (readonly [number, number])[] = [
  [0, 1800], [2, 1100], [5, 600], [8.5, 700], [9, 900], [10.5, 3800], [12, 4200], [13, 4400],
  [15, 3900], [18, 3600], [20, 4000], [22, 4300], [23, 3200], [24, 1800],
];

/** Listeners on the smooth curve at hour h (cosine interpolation between control points). */
export function diurnalBase(hour: number): number {
  const h = ((hour % 24) + 24) % 24;
  for (let i = 1; i < DIURNAL_POINTS.length; i++) {
    const [h1, v1] = DIURNAL_POINTS[i]!;
    const [h0, v0] = DIURNAL_POINTS[i - 1]!;
    if (h <= h1) {
      const x = (h - h0) / (h1 - h0);
      return v0 + ((v1 - v0) * (1 - Math.cos(Math.PI * x))) / 2;
    }
  }
  return DIURNAL_POINTS[0]![1];
}

/** Which day: the seed of its surges and fluctuation, the period, and the hours to cover. */
export interface DiurnalOptions {
  readonly seed: number;
  readonly periodMs?: number;
  /** Hours of the day to cover, [from, to). */
  readonly fromHour?: number;
  readonly toHour?: number;
}

const SURGES_PER_DAY = 5;
const SURGE_RATE_PER_S = 300 / 60;
const SURGE_FADE_S = 900;
/** Relative size and correlation time of the listeners' fluctuation. */
const FLUCTUATION = 0.03;
const FLUCTUATION_TAU_S = 60;

/** The day from fromHour (default 0) to toHour (default 24), one sample per period. */
export function diurnalWorkload(options: DiurnalOptions): Workload {
  const periodMs = options.periodMs ?? PAPER_PERIOD_MS;
  const fromS = (options.fromHour ?? 0) * 3600;
  const toS = (options.toHour ?? 24) * 3600;
  const rng = new Prng(options.seed ^ 0x6d1a);
  // Surges: in the daytime, each adding 600–1500 listeners at 300 a minute.
  const surges = Array.from({ length: SURGES_PER_DAY }, () => ({
    atS: (9.5 + rng.next() * 13) * 3600,
    size: 600 + Math.floor(rng.next() * 900),
  })).sort((a, b) => a.atS - b.atS);
  const steps = Math.floor(((toS - fromS) * 1000) / periodMs);
  const demand = new Float64Array(steps);
  const dtS = periodMs / 1000;
  const keep = Math.exp(-dtS / FLUCTUATION_TAU_S);
  const shock = FLUCTUATION * Math.sqrt(1 - keep * keep);
  let wobble = 0;
  for (let k = 0; k < steps; k++) {
    const t = fromS + k * dtS;
    wobble = keep * wobble + shock * rng.gaussian();
    let listeners = diurnalBase(t / 3600);
    for (const s of surges) {
      const since = t - s.atS;
      if (since <= 0) continue;
      const riseS = s.size / SURGE_RATE_PER_S;
      listeners += since < riseS ? since * SURGE_RATE_PER_S : s.size * Math.exp(-(since - riseS) / SURGE_FADE_S);
    }
    demand[k] = Math.max(0, Math.round(listeners * (1 + wobble))) * PAPER_STREAM_BPS;
  }
  return { name: "diurnal", periodMs, demandBps: demand, streamBps: PAPER_STREAM_BPS, startOfDayS: fromS };
}
