/**
 * Flash crowds: many listeners arriving within minutes (a link posted on a busy
 * page, a goal in a match), far steeper than the paper's 300 a minute. A flash
 * crowd of `size` listeners starts at `atS`, arrives at `ratePerMinute` (Infinity:
 * all within one period, a step), holds for `holdS` and then fades away
 * exponentially with time constant `fadeS`.
 *
 * `flashWorkload` is a flat base load with one flash crowd; `withFlash` lays one on
 * top of any workload (the paper's, a diurnal day, a CSV trace). Deterministic.
 */
import { PAPER_PERIOD_MS } from "../../index.ts";
import { PAPER_STREAM_BPS, type Workload } from "./workload.ts";

/** One flash crowd. */
export interface FlashShape {
  /** When it starts, s from the start of the workload. */
  readonly atS: number;
  /** Listeners it brings. */
  readonly size: number;
  /** Arrival rate while it builds, listeners per minute; Infinity: a step. */
  readonly ratePerMinute: number;
  /** How long it holds at full size, s. */
  readonly holdS: number;
  /** Time constant of its exponential fade after the hold, s. */
  readonly fadeS: number;
}

/** The shape of `flashWorkload`: a base and one crowd. */
export interface FlashWorkloadShape extends FlashShape {
  /** Listeners before, during and after the crowd. */
  readonly base: number;
  /** Length of the whole workload, s. */
  readonly durationS: number;
}

/**
 * The default: 800 listeners, then 3000 more at 950 a minute (the held-out trace's
 * flash crowd, about three times the paper's steepest ramp) from 10 minutes in,
 * held 10 minutes, fading over 10; one hour in all.
 */
export const FLASH_DEFAULTS: FlashWorkloadShape = { base: 800, atS: 600, size: 3000, ratePerMinute: 950, holdS: 600, fadeS: 600, durationS: 3600 };

/** Listeners the crowd adds at tS (not rounded). */
export function flashListeners(tS: number, f: FlashShape): number {
  const since = tS - f.atS;
  if (since <= 0) return 0;
  const riseS = Number.isFinite(f.ratePerMinute) ? (f.size / f.ratePerMinute) * 60 : 0;
  if (since < riseS) return (since * f.ratePerMinute) / 60;
  if (since < riseS + f.holdS) return f.size;
  return f.size * Math.exp(-(since - riseS - f.holdS) / f.fadeS);
}

/** A flat base with one flash crowd, sampled every period, in whole listeners. */
export function flashWorkload(shape: Partial<FlashWorkloadShape> = {}, periodMs = PAPER_PERIOD_MS): Workload {
  const f = { ...FLASH_DEFAULTS, ...shape };
  const steps = Math.floor((f.durationS * 1000) / periodMs) + 1;
  const demand = new Float64Array(steps);
  for (let k = 0; k < steps; k++) demand[k] = Math.round(f.base + flashListeners((k * periodMs) / 1000, f)) * PAPER_STREAM_BPS;
  return { name: "flash", periodMs, demandBps: demand, streamBps: PAPER_STREAM_BPS, startOfDayS: null };
}

/** The workload with a flash crowd on top (whole listeners added). */
export function withFlash(w: Workload, f: FlashShape): Workload {
  const demand = new Float64Array(w.demandBps.length);
  for (let k = 0; k < demand.length; k++) demand[k] = w.demandBps[k]! + Math.round(flashListeners((k * w.periodMs) / 1000, f)) * w.streamBps;
  return { ...w, name: `${w.name}+flash`, demandBps: demand };
}

/** A flash-crowd spec that cannot be used; the message names the field and what is allowed. */
export class FlashSpecError extends Error {
  override name = "FlashSpecError";
}

const FIELDS: Record<string, keyof FlashWorkloadShape> = {
  base: "base",
  at: "atS",
  size: "size",
  rate: "ratePerMinute",
  hold: "holdS",
  fade: "fadeS",
  duration: "durationS",
};

/**
 * Parses "size=3000,rate=950,at=600" (rate in listeners a minute or `step`; at,
 * hold, fade and duration in seconds; base and size in listeners). Fields not
 * named keep FLASH_DEFAULTS.
 */
export function parseFlashSpec(spec: string): FlashWorkloadShape {
  const shape: Record<string, number> = { ...FLASH_DEFAULTS };
  for (const part of spec.split(",").filter((p) => p.trim() !== "")) {
    const [key, value, extra] = part.split("=").map((x) => x.trim());
    const field = FIELDS[key ?? ""];
    if (field === undefined || value === undefined || extra !== undefined) {
      throw new FlashSpecError(`'${part}' is not FIELD=VALUE with FIELD one of ${Object.keys(FIELDS).join(", ")}`);
    }
    const n = key === "rate" && value === "step" ? Infinity : Number(value);
    const ok = value !== "" && !Number.isNaN(n) && (key === "rate" ? n > 0 : Number.isFinite(n) && n >= 0) && !(key === "fade" && n === 0);
    if (!ok || (key === "duration" && n > 7 * 86_400)) {
      const allowed =
        key === "rate" ? "listeners a minute above 0, or step" : key === "fade" ? "seconds above 0" : key === "duration" ? "seconds from 0 to a week" : "a number of 0 or more";
      throw new FlashSpecError(`${key} '${value}' must be ${allowed}`);
    }
    shape[field] = n;
  }
  return shape as unknown as FlashWorkloadShape;
}
