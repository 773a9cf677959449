/**
 * The one small interface every demand predictor implements. A predictor is fed
 * the pool's summed network usage once per monitoring period and answers "what
 * will it be h ms after the last sample, and how sure are you". Predictors are
 * single-threaded state machines: observe() and forecast() do a few arithmetic
 * operations and never block.
 */

/** A forecast of the pool's demand. */
export interface Forecast {
  /** Expected demand, bits per second. */
  readonly meanBps: number;
  /** Standard deviation of the forecast error; 0 for a method that has no uncertainty. */
  readonly sdBps: number;
}

/** Fed once per period, asked for forecasts any time; single-threaded, never blocks. */
export interface Predictor {
  /** Method name, as shown in reports ("current", "ar1", "kalman-trend"). */
  readonly method: string;
  /**
   * Feeds the demand measured at atMs (times must increase). `ceilingBps`, when
   * given, is the most the pool's ready nodes can serve: a measurement near it may
   * be censored (the monitor sees what nodes serve, not what clients ask for), and
   * a predictor may treat it as a lower bound. The paper's predictors ignore it.
   */
  observe(atMs: number, demandBps: number, ceilingBps?: number): void;
  /** Forecast horizonMs after the last observation. Before any observation: 0 with sd 0. */
  forecast(horizonMs: number): Forecast;
}

/** mean + z·sd: the one-sided upper bound used for capacity decisions. */
export function upperBound(f: Forecast, z: number): number {
  return f.meanBps + z * f.sdBps;
}
