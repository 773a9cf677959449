/**
 * The policy sweep behind `bench/simulate.ts` and the targets test: a family of
 * workloads (the paper's ramp, diurnal days, flash crowds from 950 listeners a
 * minute to a step), run for every policy over seeds × lead times × measurement
 * noises, and the targets of docs/policy.md checked seed by seed. Pure computation.
 */
import { POLICY_NAMES, type PolicyName } from "../index.ts";
import type { Metrics } from "./simulator/metrics.ts";
import { leadSteps } from "./simulator/oracle.ts";
import { simulate, type PoolModel } from "./simulator/simulator.ts";
import { diurnalWorkload } from "./workload/diurnal.ts";
import { flashWorkload, withFlash, type FlashShape } from "./workload/flash.ts";
import { paperWorkload } from "./workload/paper.ts";
import type { Workload } from "./workload/workload.ts";

/** One workload of the family. */
export interface SweepWorkload {
  readonly name: string;
  /** Flash crowds in it (the SLA budget is per crowd). */
  readonly flashCrowds: number;
  /** Which node-seconds bound applies: the paper's ramp, a diurnal trace, or none (a flash-crowd test). */
  readonly kind: "paper" | "diurnal" | "flash";
  /** Smooth: no flash crowd, so the target is no SLA violation at all. */
  readonly smooth: boolean;
  build(seed: number): Workload;
}

/** One workload × lead time × noise × model, every policy on every seed. */
export interface SweepCell {
  readonly workload: string;
  readonly leadTimeS: number;
  /** What the lead time amounts to in the simulator (whole periods, at least one). */
  readonly effectiveLeadTimeS: number;
  readonly noise: number;
  readonly model: PoolModel;
  readonly seeds: readonly number[];
  readonly hours: number;
  readonly runs: Readonly<Record<PolicyName, readonly Metrics[]>>;
}

/** One target missed on one seed. */
export interface TargetMiss {
  readonly cell: string;
  readonly seed: number;
  readonly target: string;
  readonly value: number;
  readonly limit: number;
}

/** The flash crowd of the issue's held-out trace: 3000 listeners at 950 a minute (about three times the paper's steepest ramp). */
export const HELD_OUT_FLASH_RATE = 950;

/** The paper's ramp: smooth, 0 violations expected. */
export const PAPER_CASE: SweepWorkload = { name: "paper", flashCrowds: 0, kind: "paper", smooth: true, build: () => paperWorkload() };

/**
 * Flash-crowd workloads: 800 listeners and a crowd of 3000 at 950, 3000 and 30 000
 * a minute (the last brings 1000 listeners a period, more than one node's 742) and
 * as a step. `durationS` shortens them (the crowd starts at a sixth of it, holds a
 * sixth and fades over a sixth) for the test.
 */
export function flashCases(durationS = 3600): SweepWorkload[] {
  const sixth = durationS / 6;
  return ([HELD_OUT_FLASH_RATE, 3000, 30_000, Infinity] as const).map((rate) => {
    const name = `flash-${Number.isFinite(rate) ? `${rate}/min` : "step"}`;
    const shape = { base: 800, atS: sixth, size: 3000, ratePerMinute: rate, holdS: sixth, fadeS: sixth, durationS };
    const w = { ...flashWorkload(shape), name };
    return { name, flashCrowds: 1, kind: "flash", smooth: false, build: () => w };
  });
}

/** Six hours of the diurnal day (8 to 14 h: the morning climb and its surges), and the same with the held-out flash crowd at 11 h. */
export function diurnalCases(fromHour = 8, toHour = 14): SweepWorkload[] {
  const crowd: FlashShape = { atS: (11 - fromHour) * 3600, size: 3000, ratePerMinute: HELD_OUT_FLASH_RATE, holdS: 600, fadeS: 600 };
  const days = new Map<number, Workload>();
  const day = (seed: number): Workload => {
    let w = days.get(seed);
    if (w === undefined) days.set(seed, (w = { ...diurnalWorkload({ seed, fromHour, toHour }), name: `diurnal-${toHour - fromHour}h` }));
    return w;
  };
  return [
    { name: `diurnal-${toHour - fromHour}h`, flashCrowds: 0, kind: "diurnal", smooth: false, build: day },
    { name: `diurnal-${toHour - fromHour}h+flash`, flashCrowds: 1, kind: "diurnal", smooth: false, build: (seed) => ({ ...withFlash(day(seed), crowd), name: `diurnal-${toHour - fromHour}h+flash` }) },
  ];
}

/** Runs every policy on every seed for one workload, lead time, noise and model. */
export function sweepCell(w: SweepWorkload, leadTimeS: number, noise: number, seeds: readonly number[], model: PoolModel = "sticky"): SweepCell {
  const runs: Record<PolicyName, Metrics[]> = { threshold: [], ar1: [], horizon: [] };
  let hours = 0;
  let periodMs = 2000;
  for (const seed of seeds) {
    const workload = w.build(seed);
    hours = (workload.demandBps.length * workload.periodMs) / 3_600_000;
    periodMs = workload.periodMs;
    const sim = simulate(workload, POLICY_NAMES, { seed, leadTimeMs: leadTimeS * 1000, noise, model });
    for (const r of sim.runs) runs[r.policy].push(r.metrics);
  }
  const effectiveLeadTimeS = (leadSteps(leadTimeS * 1000, periodMs) * periodMs) / 1000;
  return { workload: w.name, leadTimeS, effectiveLeadTimeS, noise, model, seeds, hours, runs };
}

/** Node-seconds allowed per kind of workload, as a multiple of the oracle's. */
export const NODE_SECONDS_BOUND: Readonly<Record<SweepWorkload["kind"], number>> = { paper: 1.1, diurnal: 1.15, flash: Infinity };
/** On the paper's ramp the node-seconds bound is a target up to the paper's allocation overhead, 60 s (beyond it, reported only). */
export const PAPER_NODE_SECONDS_LEAD_LIMIT_S = 60;
/** Measurement noise up to which the node-seconds bound is a target (above it, reported only). */
export const NODE_SECONDS_NOISE_LIMIT = 0.1;

/**
 * The targets of docs/policy.md for `horizon`, seed by seed:
 * - SLA-violation seconds ≤ (effective lead + 2 periods) per flash crowd, and 0 on a smooth workload;
 * - never more SLA-violation seconds than threshold's or AR(1)'s on the same seed;
 * - reversals ≤ 1 per hour of trace, each hour begun counting as one;
 * - node-seconds ≤ 1.10 × the oracle's on the paper's ramp (lead time ≤ 60 s), 1.15 × on diurnal traces
 *   (noise ≤ 10 %).
 */
export function checkTargets(w: SweepWorkload, cell: SweepCell, periodS = 2): TargetMiss[] {
  const misses: TargetMiss[] = [];
  const name = `${cell.workload} lead ${cell.leadTimeS} s noise ${cell.noise} ${cell.model}`;
  const slaBudget = w.smooth ? 0 : (cell.effectiveLeadTimeS + 2 * periodS) * w.flashCrowds;
  const nodeBound =
    cell.noise <= NODE_SECONDS_NOISE_LIMIT + 1e-9 && (w.kind !== "paper" || cell.leadTimeS <= PAPER_NODE_SECONDS_LEAD_LIMIT_S) ? NODE_SECONDS_BOUND[w.kind] : Infinity;
  cell.seeds.forEach((seed, i) => {
    const ours = cell.runs.horizon[i]!;
    const miss = (target: string, value: number, limit: number): void => {
      if (value > limit + 1e-9) misses.push({ cell: name, seed, target, value, limit });
    };
    if (w.smooth || w.flashCrowds > 0) miss("SLA-violation s within the causal limit", ours.slaViolationSeconds, slaBudget);
    miss("SLA-violation s ≤ threshold's", ours.slaViolationSeconds, cell.runs.threshold[i]!.slaViolationSeconds);
    miss("SLA-violation s ≤ AR(1)'s", ours.slaViolationSeconds, cell.runs.ar1[i]!.slaViolationSeconds);
    miss("reversals ≤ 1 per hour", ours.reversals, Math.ceil(cell.hours - 1e-9));
    miss("node-seconds ÷ oracle", Math.round((ours.nodeSeconds / ours.oracleNodeSeconds) * 1000) / 1000, nodeBound);
  });
  return misses;
}

/** The median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
