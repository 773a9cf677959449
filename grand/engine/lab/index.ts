/**
 * Public surface of grand/engine/lab, the simulation lab: the deterministic
 * simulator that drives the decision core (grand/engine) with synthetic or
 * recorded workloads, the oracle it is scored against, the reports, and the
 * `grand simulate` command. Nothing in grand's live loop imports it.
 */
export { simulateMain, simulationFiles, SIMULATE_USAGE, type CommandOutput } from "./cli.ts";
export { MemoryFileIo, nodeFileIo, type FileIo } from "./files.ts";
export { Prng, hashGaussian, hashUniform } from "./prng.ts";
export { actionsCsv, seriesCsv } from "./report/csv.ts";
export { caption, leadLabel, metricsJson, metricsMarkdown, modelLabel } from "./report/markdown.ts";
export { figureSvg } from "./report/svg.ts";
export { countReversals, REVERSAL_WINDOW_MS, type LoggedAction, type Metrics } from "./simulator/metrics.ts";
export { leadSteps, nodesNeeded, runOracle, type OracleRun } from "./simulator/oracle.ts";
export {
  initialNodes,
  PAPER_MEASUREMENT_NOISE,
  POOL_MODELS,
  simulate,
  simulatePolicy,
  stickyClientLimit,
  type PolicyRun,
  type PoolModel,
  type Series,
  type Simulation,
  type SimulationOptions,
} from "./simulator/simulator.ts";
export { MAX_WORKLOAD_STEPS, parseWorkloadCsv, WorkloadCsvError, type CsvWorkloadOptions } from "./workload/csv.ts";
export { DIURNAL_POINTS, diurnalBase, diurnalWorkload, type DiurnalOptions } from "./workload/diurnal.ts";
export {
  checkTargets,
  diurnalCases,
  flashCases,
  HELD_OUT_FLASH_RATE,
  median,
  NODE_SECONDS_BOUND,
  NODE_SECONDS_NOISE_LIMIT,
  PAPER_CASE,
  sweepCell,
  type SweepCell,
  type SweepWorkload,
  type TargetMiss,
} from "./sweep.ts";
export { BALANCES, StickyPool, type Balance, type StickyPeriod } from "./simulator/sticky-pool.ts";
export {
  FLASH_DEFAULTS,
  flashListeners,
  FlashSpecError,
  flashWorkload,
  parseFlashSpec,
  withFlash,
  type FlashShape,
  type FlashWorkloadShape,
} from "./workload/flash.ts";
export { PAPER_SHAPE, paperStreams, paperWorkload, type PaperWorkloadShape } from "./workload/paper.ts";
export { PAPER_MAX_STREAMS_PER_NODE, PAPER_STREAM_BPS, sampleDemand, type Workload } from "./workload/workload.ts";
