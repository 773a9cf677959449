/**
 * The paper's AR(1) forecaster: x[t] = c + φ·x[t−1] + e, fitted by conditional
 * least squares on a 40 s history (20 samples at p = 2 s) and iterated 20 s ahead.
 *
 * The fit is redone on every forecast from the window alone, exactly as a short
 * sliding-window AR(1): with φ < 1 the forecast relaxes towards the window mean
 * μ = c / (1 − φ), which is what filters the noise (Figure 8(b)) — and also why it
 * lags a ramp.
 */
import type { Forecast, Predictor } from "./predictor.ts";

/** The paper's history length. */
export const AR1_HISTORY_MS = 40_000;
/** The paper's forecast horizon. */
export const AR1_HORIZON_MS = 20_000;

/** A fitted AR(1) model. */
export interface Ar1Fit {
  /** Intercept c. */
  readonly c: number;
  /** Autoregressive coefficient φ, clamped to [−1, 1] so forecasts never explode. */
  readonly phi: number;
  /** Residual variance of the one-step fit. */
  readonly residualVar: number;
}

/**
 * Conditional least squares on the pairs (x[i−1], x[i]). A constant window (no
 * spread in x[i−1]) gives φ = 0 and c = its mean. Needs at least 2 values.
 */
export function fitAr1(values: readonly number[]): Ar1Fit {
  const n = values.length - 1;
  if (n < 1) throw new RangeError(`fitAr1 needs at least 2 values, got ${values.length}`);
  let m0 = 0;
  let m1 = 0;
  for (let i = 1; i <= n; i++) {
    m0 += values[i - 1]!;
    m1 += values[i]!;
  }
  m0 /= n;
  m1 /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 1; i <= n; i++) {
    const dx = values[i - 1]! - m0;
    sxy += dx * values[i]!; // = Σ dx·(x[i] − m1), since Σ dx = 0
    sxx += dx * dx;
  }
  const raw = sxx > 0 ? sxy / sxx : 0;
  const phi = Math.max(-1, Math.min(1, raw));
  const c = m1 - phi * m0;
  let sse = 0;
  for (let i = 1; i <= n; i++) {
    const e = values[i]! - c - phi * values[i - 1]!;
    sse += e * e;
  }
  // Two parameters fitted: n − 2 degrees of freedom when there are any.
  return { c, phi, residualVar: sse / Math.max(1, n - 2) };
}

/** Iterates the model `steps` periods ahead of `last`; the variance is σ²·Σ φ^(2j), j < steps. */
export function forecastAr1(fit: Ar1Fit, last: number, steps: number): Forecast {
  let mean = last;
  let weight = 1;
  let varSum = 0;
  for (let j = 0; j < steps; j++) {
    mean = fit.c + fit.phi * mean;
    varSum += weight;
    weight *= fit.phi * fit.phi;
  }
  return { meanBps: mean, sdBps: Math.sqrt(fit.residualVar * varSum) };
}

/** Sliding-window AR(1) predictor with the paper's 40 s history. */
export class Ar1Predictor implements Predictor {
  readonly method = "ar1";
  readonly #historyMs: number;
  #times: number[] = [];
  #values: number[] = [];

  constructor(historyMs = AR1_HISTORY_MS) {
    this.#historyMs = historyMs;
  }

  observe(atMs: number, demandBps: number): void {
    this.#times.push(atMs);
    this.#values.push(demandBps);
    // Keep the samples taken within the history: at p = 2 s and 40 s, the last 20.
    // (The sample just pushed is never older than the history, so the arrays never empty here.)
    while (this.#times[0]! <= atMs - this.#historyMs) {
      this.#times.shift();
      this.#values.shift();
    }
  }

  forecast(horizonMs: number): Forecast {
    const n = this.#values.length;
    if (n === 0) return { meanBps: 0, sdBps: 0 };
    const last = this.#values[n - 1]!;
    // Three points are the fewest that give a fit with a residual; until then, no forecast.
    if (n < 3 || horizonMs <= 0) return { meanBps: last, sdBps: 0 };
    const periodMs = (this.#times[n - 1]! - this.#times[0]!) / (n - 1);
    const steps = Math.max(1, Math.round(horizonMs / periodMs));
    return forecastAr1(fitAr1(this.#values), last, steps);
  }
}
