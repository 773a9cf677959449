/**
 * The burst detector beside our trend filter: a one-sided CUSUM on the filter's
 * standardised one-step innovations. The trend filter is tuned to ignore noise, so
 * it lags a flash crowd by minutes; the CUSUM notices when the observations keep
 * running above the filter's prediction (a step at once, a steep ramp within a few
 * periods) and then estimates the crowd's rate directly from the observations:
 *
 *   z      = (y − ŷ) / σ̂                    ŷ, σ̂: the filter's prediction and its sd
 *   S      = max(0, S + z − κ)                alarm while S > h, or at once when z > J
 *   base   = the filter's line at the last sample with S = 0 (where the run began)
 *   excess = y − base(t),  rate = excess / (t − t_base)
 *   forecast(H) = y + rate·H,  sd = σ̂·(1 + H / (t − t_base))
 *
 * so an order is sized to the crowd's observed slope over the whole lead time.
 * Two refinements keep it honest:
 * - the first alarm of a run that is not censored forecasts the new level only
 *   (rate 0): one more period tells a step (flat next) from a ramp (still rising),
 *   and waiting costs at most that period;
 * - while the ready nodes are full (the observation is censored, see
 *   CENSOR_EXPECTED in horizon.ts) the excess is a lower bound, so the rate never
 *   falls: the crowd is taken to go on as fast as it was last seen until nodes
 *   come up and the demand shows again.
 * Pure functions over an immutable state, like the trend filter.
 */
import type { Forecast } from "./predictor.ts";

/** Tuning of the detector. */
export interface BurstSettings {
  /** κ: allowance per sample, in sds of the innovation. */
  readonly allowance: number;
  /** h: the CUSUM raises the alarm above this, in sds. */
  readonly threshold: number;
  /** A single innovation above this many sds raises the alarm at once (a Shewhart limit beside the CUSUM). */
  readonly jump: number;
}

/**
 * κ = 2, h = 8 and a single-sample limit of 4.5 sds: noise alone raises a false
 * alarm about once in a day of 2 s samples (P(z > 4.5) ≈ 3.4·10⁻⁶); a step of
 * 4.5 sds or more is seen in the period it happens, a ramp the trend filter
 * lags by more than 2 sds a sample within a few periods. (κ = 1 also raised the
 * alarm on the diurnal day's slow surges, which the trend follows well enough,
 * and the orders it sized to them were released again a hold later.)
 */
export const BURST_DEFAULTS: BurstSettings = { allowance: 2, threshold: 8, jump: 4.5 };

/** The detector after the last observation. */
export interface BurstState {
  readonly cusum: number;
  /** The filter's line (level at atMs, slope) at the last sample with S = 0. */
  readonly baseAtMs: number;
  readonly baseLevel: number;
  readonly baseSlope: number;
  /** True while the alarm is raised. */
  readonly active: boolean;
  /** Samples since the alarm was raised (0 when inactive). */
  readonly alarmSamples: number;
  /** The crowd's rate, bps per s (0 when inactive or not yet confirmed). */
  readonly rateBps: number;
  /** The last observation and when it was taken. */
  readonly lastBps: number;
  readonly atMs: number;
  /** sd of the innovation when the alarm was raised. */
  readonly sdBps: number;
  /** The last observation that was not censored, when it was taken, and whether the rate was seen rising before it. */
  readonly anchorBps: number;
  readonly anchorAtMs: number;
  readonly rampSeen: boolean;
}

/** No alarm, the line starting at (atMs, level). */
export function burstStart(atMs: number, level: number): BurstState {
  return {
    cusum: 0, baseAtMs: atMs, baseLevel: level, baseSlope: 0, active: false, alarmSamples: 0, rateBps: 0, lastBps: level, atMs, sdBps: 0,
    anchorBps: level, anchorAtMs: atMs, rampSeen: false,
  };
}

/**
 * One observation. `predictedBps` / `predictedSdBps`: the trend filter's one-step
 * prediction for it; `censored`: the ready nodes were full.
 */
export function burstStep(
  s: BurstState,
  atMs: number,
  valueBps: number,
  predictedBps: number,
  predictedSdBps: number,
  censored: boolean,
  settings: BurstSettings = BURST_DEFAULTS,
): BurstState {
  const z = predictedSdBps > 0 ? (valueBps - predictedBps) / predictedSdBps : 0;
  const cusum = Math.max(0, s.cusum + z - settings.allowance);
  // While the nodes are full the alarm stays raised: the observations cannot show the crowd going on.
  const active = cusum > settings.threshold || (z > settings.jump && cusum > 0) || (s.active && censored);
  if (!active) return { ...s, cusum, active: false, alarmSamples: 0, rateBps: 0, lastBps: valueBps, atMs, anchorBps: valueBps, anchorAtMs: atMs, rampSeen: false };
  const alarmSamples = s.alarmSamples + 1;
  const sdBps = s.active ? s.sdBps : predictedSdBps;
  const elapsedS = (atMs - s.baseAtMs) / 1000;
  const excess = valueBps - (s.baseLevel + (s.baseSlope * (atMs - s.baseAtMs)) / 1000);
  const observed = elapsedS > 0 ? Math.max(0, excess / elapsedS) : 0;
  const confirmed = censored || alarmSamples > 1;
  const rateBps = !confirmed ? 0 : censored ? Math.max(s.rateBps, observed) : observed;
  // A censored sample keeps the anchor (carried over from s).
  const anchor = censored ? {} : { anchorBps: valueBps, anchorAtMs: atMs, rampSeen: confirmed };
  return { ...s, cusum, active: true, alarmSamples, rateBps, lastBps: valueBps, atMs, sdBps, ...anchor };
}

/**
 * Moves the base line to the filter's current line: called after each sample; it
 * moves only while no run is under way (S = 0) and no alarm is raised (an alarm
 * held up by full nodes keeps the line where its crowd began).
 */
export function burstRebase(s: BurstState, atMs: number, level: number, slope: number): BurstState {
  return s.cusum > 0 || s.active ? s : { ...s, baseAtMs: atMs, baseLevel: level, baseSlope: slope };
}

/** The burst's forecast horizonMs after its last observation; null when no alarm is raised. */
export function burstForecast(s: BurstState, horizonMs: number): Forecast | null {
  if (!s.active) return null;
  const h = Math.max(0, horizonMs) / 1000;
  const elapsedS = Math.max(1e-3, (s.atMs - s.baseAtMs) / 1000);
  // A ramp seen rising before the nodes filled goes on, unseen, from the last sample that showed it; a
  // crowd that filled them at once (a step, for all one knows) is extrapolated from what they serve.
  const meanBps = s.rampSeen
    ? Math.max(s.lastBps, s.anchorBps + s.rateBps * ((s.atMs - s.anchorAtMs) / 1000 + h))
    : s.lastBps + s.rateBps * h;
  return { meanBps, sdBps: s.sdBps * (1 + (s.rateBps > 0 ? h / elapsedS : 0)) };
}
