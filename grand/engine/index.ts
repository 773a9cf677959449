/**
 * Public surface of grand/engine, the live decision core: predictors, decision
 * rules, the allocator and the engine that ties them to one pool, the same code
 * for grand's reallocator and the simulator. The simulation lab built on it
 * (simulator, workloads, reports, `grand simulate`) is grand/engine/lab, which
 * imports the core only from here; the core never imports the lab. Other folders
 * import from here.
 */
export { describeAction, type Action, type Backend } from "./actions.ts";
export { allocationView, decide, leastUtilised, plan, remember, type PoolState } from "./allocator.ts";
export { decideAlgorithm1 } from "./decide/algorithm1.ts";
export { EMPTY_MEMORY, type AllocationView, type Decision, type Outlook, type PoolMemory } from "./decide/decision.ts";
export { decideHorizon, type HorizonOutlook } from "./decide/horizon.ts";
export { ReallocationEngine, type EngineOptions, type PoolView, type ReallocationMode, type TickResult } from "./engine.ts";
export { isPolicyName, POLICIES, POLICY_NAMES, type Policy, type PolicyName } from "./policy.ts";
export {
  HORIZON_DEFAULTS,
  PAPER_LEAD_TIME_MS,
  PAPER_LOWER_THRESHOLD,
  PAPER_NODE_CAPACITY_BPS,
  PAPER_PERIOD_MS,
  PAPER_POOL,
  PAPER_SLA_UTILISATION,
  PAPER_UPPER_THRESHOLD,
  PoolConfigError,
  validatePoolConfig,
  type HorizonSettings,
  type PoolConfig,
} from "./pool.ts";
export { AR1_HISTORY_MS, AR1_HORIZON_MS, Ar1Predictor, fitAr1, forecastAr1, type Ar1Fit } from "./predict/ar1.ts";
export { TREND_DEFAULTS, TrendPredictor, trendForecast, trendStart, trendStep, type TrendSettings, type TrendState } from "./predict/horizon.ts";
export { upperBound, type Forecast, type Predictor } from "./predict/predictor.ts";
export { CurrentValuePredictor } from "./predict/threshold.ts";
export { effectiveCapacityBps, nodeSampleFromStatus, sumTxBps, type NodeFacts, type NodeSample } from "./sample.ts";
