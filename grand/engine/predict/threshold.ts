/**
 * The threshold policy's "predictor": no forecast at all. Algorithm 1 compares the
 * current SUM_L with the thresholds, so the forecast for any horizon is the last
 * observation, with no uncertainty.
 */
import type { Forecast, Predictor } from "./predictor.ts";

/** Forecasts the last observation for every horizon. */
export class CurrentValuePredictor implements Predictor {
  readonly method = "current";
  #last = 0;

  observe(_atMs: number, demandBps: number): void {
    this.#last = demandBps;
  }

  forecast(_horizonMs: number): Forecast {
    return { meanBps: this.#last, sdBps: 0 };
  }
}
