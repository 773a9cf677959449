/**
 * A policy is a predictor plus the decision rule that reads it. The paper's two
 * are kept exactly as published; `horizon` is ours (docs/policy.md).
 *
 * | policy    | predictor                          | rule                                         |
 * | --------- | ---------------------------------- | -------------------------------------------- |
 * | threshold | none: the current SUM_L            | Algorithm 1 (ut 0.9, lt 0.8)                 |
 * | ar1       | AR(1), 40 s history, 20 s ahead    | Algorithm 1 on the forecast                  |
 * | horizon   | local-linear-trend Kalman filter   | upper bound at lead time + p, hysteresis     |
 */
import type { Outlook } from "./decide/decision.ts";
import type { PoolConfig } from "./pool.ts";
import { AR1_HORIZON_MS, Ar1Predictor } from "./predict/ar1.ts";
import { TrendPredictor } from "./predict/horizon.ts";
import type { Predictor } from "./predict/predictor.ts";
import { CurrentValuePredictor } from "./predict/threshold.ts";

/** Policy names, as `--policy` takes them. */
export const POLICY_NAMES = ["threshold", "ar1", "horizon"] as const;
/** One of POLICY_NAMES. */
export type PolicyName = (typeof POLICY_NAMES)[number];

/** A predictor and the decision rule that reads it. */
export interface Policy {
  readonly name: PolicyName;
  /** One line for help texts and reports. */
  readonly summary: string;
  createPredictor(config: PoolConfig): Predictor;
  /** Whether the predictor is fed the draining nodes' load too (clients that will come back to the members). */
  readonly countsDraining: boolean;
  /** What the rule needs from the predictor, for this pool. */
  outlook(predictor: Predictor, config: PoolConfig): Outlook;
}

/** Every policy by name. */
export const POLICIES: Readonly<Record<PolicyName, Policy>> = {
  threshold: {
    name: "threshold",
    summary: "paper's Algorithm 1 on the current summed usage (reactive)",
    createPredictor: () => new CurrentValuePredictor(),
    countsDraining: false,
    outlook: (p) => ({ rule: "algorithm1", sumBps: p.forecast(0).meanBps }),
  },
  ar1: {
    name: "ar1",
    summary: "paper's Algorithm 1 on an AR(1) forecast, 40 s history, 20 s ahead",
    createPredictor: () => new Ar1Predictor(),
    countsDraining: false,
    outlook: (p) => ({ rule: "algorithm1", sumBps: p.forecast(AR1_HORIZON_MS).meanBps }),
  },
  horizon: {
    name: "horizon",
    summary: "ours: Kalman trend forecast and a burst detector, at lead time + p, upper confidence bound, hysteresis",
    createPredictor: (c) => new TrendPredictor(c.nodeCapacityBps),
    countsDraining: true,
    outlook: (p, c) => {
      const aheadMs = c.leadTimeMs + c.periodMs;
      const floorBps = p instanceof TrendPredictor ? p.servedFloor() : 0;
      return { rule: "horizon", now: p.forecast(0), ahead: p.forecast(aheadMs), aheadMs, servedFloorBps: floorBps };
    },
  },
};

/** True for a name in POLICY_NAMES. */
export function isPolicyName(name: string): name is PolicyName {
  return (POLICY_NAMES as readonly string[]).includes(name);
}
