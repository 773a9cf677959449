/**
 * The simulator's figures of merit, under the names `--json` uses.
 */

/** A release followed by a supplement, or the reverse, within this window is a reversal. */
export const REVERSAL_WINDOW_MS = 60_000;

/** One policy's figures over one run. */
export interface Metrics {
  /** Seconds during which some client got less than the stream rate: a serving node above the SLA utilisation, or (sticky) a listener refused. */
  readonly slaViolationSeconds: number;
  /** Streams dropped (resplit) or refused and waiting (sticky) for lack of capacity, integrated over time (streams × seconds). */
  readonly droppedStreamSeconds: number;
  /** Listeners that got less than the stream rate (on an overloaded node, or not placed), integrated over time. */
  readonly belowRateListenerSeconds: number;
  /** Listeners cut by the Stop of a drained node (sticky model; 0 in resplit, where clients move freely). */
  readonly cutStreams: number;
  /** Nodes allocated (serving or still starting) integrated over time. */
  readonly nodeSeconds: number;
  /** Supplements plus releases. */
  readonly actions: number;
  /** Actions that undid the previous action within REVERSAL_WINDOW_MS: resource cycling. */
  readonly reversals: number;
  /** Node-seconds of the oracle: the floor no policy with the same lead time can beat. */
  readonly oracleNodeSeconds: number;
  /** Actions of the oracle. */
  readonly oracleActions: number;
}

/** One supplement or release, as the simulator logs it. */
export interface LoggedAction {
  readonly atMs: number;
  readonly kind: "supplement" | "release";
  readonly serviceId: string;
  readonly reason: string;
}

/** Counts actions whose kind differs from the action just before and which come within the window of it. */
export function countReversals(log: readonly LoggedAction[], windowMs = REVERSAL_WINDOW_MS): number {
  let n = 0;
  for (let i = 1; i < log.length; i++) {
    const prev = log[i - 1]!;
    const cur = log[i]!;
    if (cur.kind !== prev.kind && cur.atMs - prev.atMs <= windowMs) n++;
  }
  return n;
}
