/**
 * The vocabulary shared by the decision rules and the allocator: what a rule is
 * told about the pool (its allocation and its demand outlook) and what it answers
 * (how many nodes to add or remove, and why). A rule only sizes the pool; the
 * allocator (allocator.ts) picks the nodes and enforces the pool's limits.
 */
import type { Forecast } from "../predict/predictor.ts";

/** The pool's allocation as the rules see it. */
export interface AllocationView {
  /** N_A: allocated nodes, ready or still starting. */
  readonly count: number;
  /** TC: summed capacity of the allocated nodes, bps. */
  readonly capacityBps: number;
  /** Nodes already serving. */
  readonly readyCount: number;
  /** Summed capacity of the serving nodes, bps. */
  readonly readyCapacityBps: number;
  /** C of Algorithm 1's TC − C: capacity of the node a release would take (the least-utilised one), bps. */
  readonly victimCapacityBps: number;
  /** SUM_L as observed now, bps. */
  readonly observedBps: number;
}

/** What the policy's predictor says about demand, in the shape its rule needs. */
export type Outlook =
  /** Algorithm 1 compares one number with its thresholds: the current sum (threshold) or a forecast (AR(1)). */
  | { readonly rule: "algorithm1"; readonly sumBps: number }
  /** Our rule looks at demand now and at the lead-time horizon, with uncertainty. */
  | { readonly rule: "horizon"; readonly now: Forecast; readonly ahead: Forecast; readonly aheadMs: number; readonly servedFloorBps?: number };

/** When the pool last changed, for cooldowns and hysteresis. */
export interface PoolMemory {
  readonly lastSupplementMs: number | null;
  readonly lastReleaseMs: number | null;
  /** Backends the dispatcher was last given, by service id; null before the first update. */
  readonly dispatched: readonly string[] | null;
}

/** A pool that has not acted yet. */
export const EMPTY_MEMORY: PoolMemory = { lastSupplementMs: null, lastReleaseMs: null, dispatched: null };

/** A rule's answer: nodes to add, nodes to remove (at most one of the two is non-zero), and why. */
export interface Decision {
  readonly supplement: number;
  readonly release: number;
  readonly reason: string;
}

/** Megabits per second with two decimals, for reasons and reports. */
export function mbps(bps: number): string {
  return `${(bps / 1e6).toFixed(2)} Mbps`;
}
