/**
 * Public surface of grand/engine: the reallocation engine (predictors, decision
 * rules, allocator), the deterministic simulator with its workloads
 * and reports, and the `grand simulate` command. Other folders import from here.
 */
export { describeAction, type Action, type Backend } from "./actions.ts";
export { allocationView, decide, leastUtilised, plan, remember, type PoolState } from "./allocator.ts";
export { simulateMain, simulationFiles, SIMULATE_USAGE, type CommandOutput } from "./cli.ts";
export { decideAlgorithm1 } from "./decide/algorithm1.ts";
export { EMPTY_MEMORY, type AllocationView, type Decision, type Outlook, type PoolMemory } from "./decide/decision.ts";
export { decideHorizon, type HorizonOutlook } from "./decide/horizon.ts";
export { ReallocationEngine, type EngineOptions, type PoolView, type ReallocationMode, type TickResult } from "./engine.ts";
export { MemoryFileIo, nodeFileIo, type FileIo } from "./files.ts";
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
export { Prng, hashGaussian, hashUniform } from "./prng.ts";
export { actionsCsv, seriesCsv } from "./report/csv.ts";
export { caption, metricsJson, metricsMarkdown } from "./report/markdown.ts";
export { figureSvg } from "./report/svg.ts";
export { countReversals, REVERSAL_WINDOW_MS, type LoggedAction, type Metrics } from "./simulator/metrics.ts";
export { leadSteps, nodesNeeded, runOracle, type OracleRun } from "./simulator/oracle.ts";
export {
  initialNodes,
  PAPER_MEASUREMENT_NOISE,
  simulate,
  simulatePolicy,
  type PolicyRun,
  type Series,
  type Simulation,
  type SimulationOptions,
} from "./simulator/simulator.ts";
export { effectiveCapacityBps, nodeSampleFromStatus, sumTxBps, type NodeFacts, type NodeSample } from "./sample.ts";
export { MAX_WORKLOAD_STEPS, parseWorkloadCsv, WorkloadCsvError, type CsvWorkloadOptions } from "./workload/csv.ts";
export { DIURNAL_POINTS, diurnalBase, diurnalWorkload, type DiurnalOptions } from "./workload/diurnal.ts";
export { PAPER_SHAPE, paperStreams, paperWorkload, type PaperWorkloadShape } from "./workload/paper.ts";
export { PAPER_MAX_STREAMS_PER_NODE, PAPER_STREAM_BPS, sampleDemand, type Workload } from "./workload/workload.ts";
