/**
 * A workload is the true demand on a pool, one value per monitoring period. The
 * simulator splits it over the ready nodes; the policies only ever see it through
 * the monitor's noisy node samples.
 */

/** The paper's 128 kbps stream costs about 132 kbps with TCP/IP overhead and client ACKs. */
export const PAPER_STREAM_BPS = 132_000;
/** The paper's node serves fewer than 750 streams reliably; connections beyond drop. */
export const PAPER_MAX_STREAMS_PER_NODE = 750;

/** True demand sampled once per monitoring period. */
export interface Workload {
  /** "paper", "diurnal", or the CSV file's name. */
  readonly name: string;
  /** Spacing of the samples (the monitoring period). */
  readonly periodMs: number;
  /** True demand at step k, i.e. at time k·periodMs, bps. */
  readonly demandBps: Float64Array;
  /** Bandwidth of one client stream, to turn bandwidth into streams. */
  readonly streamBps: number;
  /** Seconds after midnight at step 0, for a time-of-day axis; null for workloads without a clock. */
  readonly startOfDayS: number | null;
}

/** Samples f(t in seconds) every periodMs over [0, durationS]. */
export function sampleDemand(durationS: number, periodMs: number, f: (tS: number) => number): Float64Array {
  const steps = Math.floor((durationS * 1000) / periodMs) + 1;
  const out = new Float64Array(steps);
  for (let k = 0; k < steps; k++) out[k] = Math.max(0, f((k * periodMs) / 1000));
  return out;
}
