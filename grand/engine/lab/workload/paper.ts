/**
 * The paper's synthetic workload (Section 5): listeners arrive at 300 per minute
 * up to 3000 concurrent 132 kbps streams, the peak holds 3 minutes, then they
 * leave at 300 per minute. We add a minute of silence before and two after, so
 * every policy starts and ends at rest. Arrivals are counted per second (5 a
 * second), so the demand is a staircase, exactly reproducible; the simulator's
 * noise is on the measurement, as in Figure 8(a).
 */
import { PAPER_PERIOD_MS } from "../../index.ts";
import { PAPER_STREAM_BPS, sampleDemand, type Workload } from "./workload.ts";

/** Parameters of the paper's synthetic ramp. */
export interface PaperWorkloadShape {
  readonly idleBeforeS: number;
  readonly ratePerMinute: number;
  readonly peakStreams: number;
  readonly holdS: number;
  readonly idleAfterS: number;
}

/** The paper's values: 300 a minute to 3000, 3 minutes at the peak; plus idle margins of ours. */
export const PAPER_SHAPE: PaperWorkloadShape = { idleBeforeS: 60, ratePerMinute: 300, peakStreams: 3000, holdS: 180, idleAfterS: 120 };

/** Concurrent streams at time tS (whole listeners). */
export function paperStreams(tS: number, shape: PaperWorkloadShape = PAPER_SHAPE): number {
  const rampS = (shape.peakStreams / shape.ratePerMinute) * 60;
  const perS = shape.ratePerMinute / 60;
  const t = Math.floor(tS) - shape.idleBeforeS;
  if (t <= 0) return 0;
  if (t < rampS) return Math.min(shape.peakStreams, Math.floor(t * perS));
  if (t < rampS + shape.holdS) return shape.peakStreams;
  return Math.max(0, shape.peakStreams - Math.floor((t - rampS - shape.holdS) * perS));
}

/** The paper workload sampled every periodMs (781 samples, 0 to 1560 s, at the default shape and 2 s). */
export function paperWorkload(periodMs = PAPER_PERIOD_MS, shape: PaperWorkloadShape = PAPER_SHAPE): Workload {
  const rampS = (shape.peakStreams / shape.ratePerMinute) * 60;
  const durationS = shape.idleBeforeS + 2 * rampS + shape.holdS + shape.idleAfterS;
  return {
    name: "paper",
    periodMs,
    demandBps: sampleDemand(durationS, periodMs, (t) => paperStreams(t, shape) * PAPER_STREAM_BPS),
    streamBps: PAPER_STREAM_BPS,
    startOfDayS: null,
  };
}
