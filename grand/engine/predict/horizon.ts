/**
 * Our forecaster, used by the `horizon` policy: a local-linear-trend Kalman filter
 * on the pool's summed network usage. The state is (level, slope); between samples
 * the level moves by slope·dt and the slope takes a random acceleration of
 * spectral density q. Unlike the paper's AR(1), which relaxes towards its window
 * mean and so lags a ramp, it extrapolates the trend, and it says how sure it is:
 * the forecast variance grows with the horizon through the slope's uncertainty.
 *
 * The measurement noise R is not known in advance — it grows with the load, since
 * each node's counter is noisy in proportion to its traffic — so it is estimated
 * online from the spread of first differences: for a smooth signal
 * Var(y[t] − y[t−1]) ≈ 2R. With q fixed (relative to a node's capacity), the
 * filter follows changes of trend quickly while the pool is lightly loaded and its
 * signal quiet, and smooths hard when the signal is loud.
 */
import { BURST_DEFAULTS, burstForecast, burstRebase, burstStart, burstStep, type BurstSettings, type BurstState } from "./burst.ts";
import type { Forecast, Predictor } from "./predictor.ts";

/** Tuning of the trend filter. */
export interface TrendSettings {
  /** Standard deviation of the slope's random acceleration, as a fraction of `scaleBps` per s². */
  readonly acceleration: number;
  /** Time constant of the noise estimate's exponential average. */
  readonly noiseTimeConstantMs: number;
  /** Floor of the noise variance, as a fraction of `scaleBps` (squared), so a silent pool is not trusted blindly. */
  readonly noiseFloor: number;
  /** Floor of the noise sd as a fraction of the level, so a noiseless signal's wander is not taken for trend. */
  readonly relativeNoiseFloor: number;
}

/** Tuned on the paper workload; the relative floor on the diurnal day without noise (docs/policy.md). */
export const TREND_DEFAULTS: TrendSettings = {
  acceleration: 1e-4,
  noiseTimeConstantMs: 120_000,
  noiseFloor: 1e-4,
  relativeNoiseFloor: 0.03,
};

/** Filter state after the last observation (immutable; each step returns a new one). */
export interface TrendState {
  readonly atMs: number;
  /** Filtered demand, bps. */
  readonly level: number;
  /** Filtered trend, bps per second. */
  readonly slope: number;
  /** Covariance of (level, slope): [P00, P01, P11] in bps², bps²/s, bps²/s². */
  readonly p: readonly [number, number, number];
  readonly lastValue: number;
  /** Exponential mean of first differences, and of their squared deviation from it (≈ 2R). */
  readonly diffMean: number;
  readonly diffVar: number;
  /** Number of differences seen. */
  readonly diffs: number;
  /** True when the last observation was taken as censored (a lower bound, not a measurement). */
  readonly censored: boolean;
}

/**
 * Censoring: when the filter expects at least CENSOR_EXPECTED of the ceiling (what
 * the ready nodes can serve) and the observation is within CENSOR_OBSERVED of it
 * but below the expectation, the nodes are full and the observation says only
 * "demand is at least this": the filter predicts and does not update. Without
 * this, a pool saturated by a rising crowd looks flat, the slope decays to zero
 * and the nodes already ordered are released before they serve.
 */
export const CENSOR_EXPECTED = 0.95;
export const CENSOR_OBSERVED = 0.9;
/**
 * The burst detector takes a sample at this fraction of the ceiling or above as censored even if the trend
 * did not expect it — a crowd that filled the nodes at once — when it stands FULL_JUMP_SDS or more above the
 * prediction: never noise, and then the rate counts from the first sample. (Without the second condition a
 * rare noise spike on a loaded pool was taken for a crowd and extrapolated a lead time ahead.)
 */
export const FULL_OBSERVED = 0.97;
export const FULL_JUMP_SDS = 6;
/**
 * The burst detector standardises each innovation by the one-step prediction's sd, whose noise part is
 * never taken below this fraction of the level. Without measurement noise the estimated noise is only the
 * demand's own short wander (a 6 s slope on the diurnal day reaches 2.6 Mbps/s on one period in a hundred,
 * above the held-out crowd's 2.1), and against that sd the wander itself kept raising the alarm: 150–300
 * actions and 6–17 reversals in six hours at 60–120 s lead time, each false crowd sized over the lead time.
 * Below the trend's own floor (relativeNoiseFloor, 3 %), so a crowd on a loaded pool is still seen sooner
 * than the trend would follow it.
 */
export const BURST_RELATIVE_NOISE_FLOOR = 0.015;
/** How many periods the served floor looks back (see TrendPredictor.servedFloor). */
export const SERVED_FLOOR_SAMPLES = 3;

/** How long the slope is taken to have wandered before the first observation. */
const PRIOR_SLOPE_S = 60;
/** Before any difference is seen, the first sample is taken to be within this fraction of the truth. */
const PRIOR_NOISE = 0.1;

/**
 * State after the first observation: level as observed, give or take PRIOR_NOISE
 * of it; slope 0 with the uncertainty of PRIOR_SLOPE_S of random acceleration —
 * enough to learn a trend quickly, not so much that the first forecast is wild.
 */
export function trendStart(atMs: number, value: number, scaleBps: number, settings: TrendSettings = TREND_DEFAULTS): TrendState {
  const q = (settings.acceleration * scaleBps) ** 2;
  const p: [number, number, number] = [noiseVar(2 * (PRIOR_NOISE * value) ** 2, scaleBps, settings), 0, q * PRIOR_SLOPE_S];
  return { atMs, level: value, slope: 0, p, lastValue: value, diffMean: 0, diffVar: 0, diffs: 0, censored: false };
}

function noiseVar(diffVar: number, scaleBps: number, settings: TrendSettings): number {
  return Math.max((settings.noiseFloor * scaleBps) ** 2, diffVar / 2);
}

/** Current estimate of the measurement-noise variance R, bps². */
export function trendNoiseVar(s: TrendState, scaleBps: number, settings: TrendSettings = TREND_DEFAULTS): number {
  return noiseVar(s.diffVar, scaleBps, settings);
}

/**
 * One Kalman predict + update for the observation `value` at `atMs` (> s.atMs);
 * with `ceilingBps` (what the ready nodes can serve), a censored observation only
 * predicts (see CENSOR_EXPECTED).
 */
export function trendStep(
  s: TrendState,
  atMs: number,
  value: number,
  scaleBps: number,
  settings: TrendSettings = TREND_DEFAULTS,
  ceilingBps = Infinity,
  learnNoise = true,
): TrendState {
  const dt = (atMs - s.atMs) / 1000;
  if (!(dt > 0)) return s;
  const expected = s.level + s.slope * dt;
  if (expected >= CENSOR_EXPECTED * ceilingBps && value >= CENSOR_OBSERVED * ceilingBps && value < expected) {
    const q = (settings.acceleration * scaleBps) ** 2;
    const [a, b, c] = s.p;
    const p: [number, number, number] = [a + 2 * dt * b + dt * dt * c + (q * dt * dt * dt) / 3, b + dt * c + (q * dt * dt) / 2, c + q * dt];
    // The level holds (the demand is at least what was seen, and at least what was expected a
    // sample ago) and the slope keeps its last estimate; only the uncertainty grows.
    return { ...s, atMs, level: Math.max(s.level, value), p, lastValue: value, censored: true };
  }

  // Noise estimate: exponential averages of the first difference and of its squared
  // deviation from the mean so far, starting as plain averages (α = 1/n) so the
  // very first difference already gives an estimate.
  // (A difference from a censored value measures the censoring, not the noise, and one inside a
  // burst measures the burst: both skipped.)
  const learn = learnNoise && !s.censored;
  const diffs = learn ? s.diffs + 1 : s.diffs;
  const alpha = !learn ? 0 : Math.max(1 / diffs, Math.min(1, (atMs - s.atMs) / settings.noiseTimeConstantMs));
  const delta = value - s.lastValue - s.diffMean;
  const diffMean = s.diffMean + alpha * delta;
  const diffVar = s.diffVar + alpha * (delta * delta - s.diffVar);
  // Never trust a sample closer than relativeNoiseFloor of the level: with no measurement noise the
  // filter would otherwise chase every wander of the demand and extrapolate its slope a lead time ahead.
  const r = Math.max(noiseVar(diffVar, scaleBps, settings), (settings.relativeNoiseFloor * Math.max(0, s.level)) ** 2);

  // Predict: x' = F x, P' = F P Fᵀ + q·[[dt³/3, dt²/2], [dt²/2, dt]] (white acceleration).
  const q = (settings.acceleration * scaleBps) ** 2;
  const [a, b, c] = s.p;
  const level = s.level + s.slope * dt;
  const p00 = a + 2 * dt * b + dt * dt * c + (q * dt * dt * dt) / 3;
  const p01 = b + dt * c + (q * dt * dt) / 2;
  const p11 = c + q * dt;

  // Update with H = [1, 0].
  const sInv = 1 / (p00 + r);
  const k0 = p00 * sInv;
  const k1 = p01 * sInv;
  const innovation = value - level;
  return {
    atMs,
    level: level + k0 * innovation,
    slope: s.slope + k1 * innovation,
    p: [(1 - k0) * p00, (1 - k0) * p01, p11 - k1 * p01],
    lastValue: value,
    diffMean,
    diffVar,
    diffs,
    censored: false,
  };
}

/** Forecast horizonMs after the last observation: level + slope·h, variance P00 + 2h·P01 + h²·P11. */
export function trendForecast(s: TrendState, horizonMs: number): Forecast {
  const h = Math.max(0, horizonMs) / 1000;
  const [a, b, c] = s.p;
  return { meanBps: s.level + s.slope * h, sdBps: Math.sqrt(Math.max(0, a + 2 * h * b + h * h * c)) };
}

/**
 * One-step prediction of the next observation atMs and its sd (state and measurement noise, the noise at
 * least BURST_RELATIVE_NOISE_FLOOR of the level).
 */
export function trendPredictNext(s: TrendState, atMs: number, scaleBps: number, settings: TrendSettings = TREND_DEFAULTS): Forecast {
  const dt = Math.max(0, (atMs - s.atMs) / 1000);
  const q = (settings.acceleration * scaleBps) ** 2;
  const [a, b, c] = s.p;
  const p00 = a + 2 * dt * b + dt * dt * c + (q * dt * dt * dt) / 3;
  const r = Math.max(trendNoiseVar(s, scaleBps, settings), (BURST_RELATIVE_NOISE_FLOOR * s.level) ** 2);
  return { meanBps: s.level + s.slope * dt, sdBps: Math.sqrt(p00 + r) };
}

/**
 * Whether the burst detector takes a sample as a lower bound (the ready nodes are full): the trend,
 * predicting `next`, expects at least CENSOR_EXPECTED of the ceiling and the sample is within
 * CENSOR_OBSERVED of it, or the sample is at FULL_OBSERVED of the ceiling and FULL_JUMP_SDS above the
 * prediction (a crowd that filled the nodes at once).
 */
export function takenAsFull(next: Forecast, demandBps: number, ceilingBps: number): boolean {
  const censored = next.meanBps >= CENSOR_EXPECTED * ceilingBps && demandBps >= CENSOR_OBSERVED * ceilingBps;
  const full = demandBps >= FULL_OBSERVED * ceilingBps && demandBps - next.meanBps >= FULL_JUMP_SDS * next.sdBps;
  return censored || full;
}

/** The policy's forecast: the trend's, or the burst's while its alarm is raised and it expects more. */
export function policyForecast(trend: Forecast, burst: Forecast | null): Forecast {
  return burst !== null && burst.meanBps > trend.meanBps ? burst : trend;
}

/**
 * The stateful wrapper the engine holds: the trend filter (slow: ignores noise,
 * lags a crowd) and the burst detector beside it (fast: notices a crowd within a
 * period or a few and extrapolates its observed rate). A forecast is the trend's,
 * or the burst's while its alarm is raised and it expects more.
 */
export class TrendPredictor implements Predictor {
  readonly method = "kalman-trend";
  readonly #scaleBps: number;
  readonly #settings: TrendSettings;
  readonly #burstSettings: BurstSettings;
  #state: TrendState | null = null;
  #burst: BurstState | null = null;
  #ceilingBps = Infinity;
  /** The last SERVED_FLOOR_SAMPLES observations (NaN before there are that many). */
  #recent: number[] = Array.from({ length: SERVED_FLOOR_SAMPLES }, () => NaN);

  /** scaleBps: the capacity of one node, which sets the filter's units. */
  constructor(scaleBps: number, settings: TrendSettings = TREND_DEFAULTS, burstSettings: BurstSettings = BURST_DEFAULTS) {
    this.#scaleBps = scaleBps;
    this.#settings = settings;
    this.#burstSettings = burstSettings;
  }

  observe(atMs: number, demandBps: number, ceilingBps = Infinity): void {
    this.#recent = [...this.#recent.slice(1), demandBps];
    const previousCeiling = this.#ceilingBps;
    this.#ceilingBps = ceilingBps;
    // The two are set together: one test stands for both.
    if (this.#state === null) {
      this.#state = trendStart(atMs, demandBps, this.#scaleBps, this.#settings);
      this.#burst = burstStart(atMs, demandBps);
      return;
    }
    const s = this.#state;
    const detector = this.#burst!;
    if (!(atMs > s.atMs)) return;
    // Nodes came up while the pool was full: the jump is the demand that was refused, now served.
    // It is no new crowd: the trend takes the level as it is, and the detector does not count it.
    const wasFull = s.censored || s.lastValue >= CENSOR_OBSERVED * previousCeiling;
    if (wasFull && ceilingBps > previousCeiling && demandBps > s.lastValue) {
      const stepped = trendStep(s, atMs, demandBps, this.#scaleBps, this.#settings, ceilingBps, false);
      this.#state = { ...stepped, level: demandBps };
      this.#burst = { ...detector, lastBps: demandBps, atMs };
      return;
    }
    const next = trendPredictNext(s, atMs, this.#scaleBps, this.#settings);
    const burst = burstStep(detector, atMs, demandBps, next.meanBps, next.sdBps, takenAsFull(next, demandBps, ceilingBps), this.#burstSettings);
    const state = trendStep(s, atMs, demandBps, this.#scaleBps, this.#settings, ceilingBps, !burst.active);
    this.#state = state;
    this.#burst = burstRebase(burst, atMs, state.level, state.slope);
  }

  forecast(horizonMs: number): Forecast {
    if (this.#state === null) return { meanBps: 0, sdBps: 0 };
    return policyForecast(trendForecast(this.#state, horizonMs), burstForecast(this.#burst!, horizonMs));
  }

  /**
   * What the pool has served in each of the last SERVED_FLOOR_SAMPLES periods, at least: the smallest of
   * those observations (0 before there are that many). Noise rarely stands above the line three times in a
   * row; a crowd does.
   */
  servedFloor(): number {
    return this.#recent.some(Number.isNaN) ? 0 : Math.min(...this.#recent);
  }

  /** The filter state, for reports and tests. */
  get state(): TrendState | null {
    return this.#state;
  }

  /** The burst detector's state, for reports and tests. */
  get burst(): BurstState | null {
    return this.#burst;
  }
}
