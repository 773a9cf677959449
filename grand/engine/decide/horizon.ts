/**
 * Our decision rule, `horizon`. It differs from Algorithm 1 in three ways:
 *
 * 1. It looks as far ahead as a new node takes to serve. A node supplemented now
 *    serves after the lead time L, and the next chance to decide comes one period
 *    p later, so the capacity allocated now must cover demand up to now + L + p.
 * 2. It plans on an upper bound, mean + z·sd, so an uncertain forecast (a noisy
 *    signal, a slope not yet learnt) buys headroom and a confident one does not.
 *    Demand now is at least what the nodes served in each of the last periods (the
 *    served floor); where that stands above the filter's level, the filter lags and
 *    the bound at the horizon is raised by the same amount.
 * 3. It has hysteresis, twice over. It supplements when the z bound would load
 *    the allocated nodes above `supplementUtilisation`; it releases only when a
 *    wider bound (z_r = `releaseConfidence` > z) stays below the lower
 *    `releaseUtilisation` of the remaining nodes over the whole horizon
 *    [now, now + L + p] — the time it would take to get the node back — and not
 *    within `holdMs` of a supplement. The utilisation band keeps the node count
 *    from flipping on a level that sits at a boundary; the confidence band scales
 *    with the signal's own noise, which a fixed band cannot (one node's worth of
 *    5 % is nothing to a noisy single node and a lot to a quiet large pool).
 * It may add several nodes at once (a steep ramp with a long lead time needs
 * them); it releases at most one per period, as the paper releases gradually.
 */
import type { PoolConfig } from "../pool.ts";
import { upperBound, type Forecast } from "../predict/predictor.ts";
import { mbps, type AllocationView, type Decision, type PoolMemory } from "./decision.ts";

/** Demand now and at the horizon aheadMs (= lead time + period), as forecasts with uncertainty. */
export interface HorizonOutlook {
  readonly now: Forecast;
  readonly ahead: Forecast;
  readonly aheadMs: number;
  /** What the pool served in each of the last few periods, at least (0: unknown). */
  readonly servedFloorBps?: number;
}

/** How many nodes to add or remove, from the outlook, the allocation and when the pool last grew. */
export function decideHorizon(o: HorizonOutlook, a: AllocationView, c: PoolConfig, memory: PoolMemory, nowMs: number): Decision {
  const h = c.horizon;
  // Demand now is at least what the nodes served in each of the last three periods: the filter may lag a
  // crowd the burst detector does not call (a surge on a loaded pool), the nodes' own counters do not.
  const floorBps = o.servedFloorBps ?? 0;
  const upNow = Math.max(upperBound(o.now, h.confidence), floorBps);
  // A filter that lags a surge now lags it at the horizon at least as much: its forecast there is lifted by
  // what the nodes served above its level (the diurnal day's surges at 300 a minute on a loaded pool).
  const lagBps = Math.max(0, floorBps - o.now.meanBps);
  const upAhead = upperBound(o.ahead, h.confidence) + lagBps;
  const horizonS = (o.aheadMs / 1000).toFixed(0);

  const need = Math.max(upAhead, upNow);
  const wanted = need / h.supplementUtilisation;
  const extra = Math.ceil((wanted - a.capacityBps) / c.nodeCapacityBps);
  if (extra > 0) {
    const when = upAhead >= upNow ? `in ${horizonS} s` : "now";
    return {
      supplement: extra,
      release: 0,
      reason: `upper bound ${mbps(need)} ${when} > ${h.supplementUtilisation}·TC = ${mbps(h.supplementUtilisation * a.capacityBps)}`,
    };
  }

  // Ready nodes loaded above the supplement line are full, or nearly: what they show may be less than the
  // demand (the monitor sees what they serve), so nothing is released, least of all a node still starting.
  const saturated = a.observedBps > h.supplementUtilisation * a.readyCapacityBps;
  if (a.count > 1 && !saturated) {
    const held = memory.lastSupplementMs !== null && nowMs - memory.lastSupplementMs < h.holdMs;
    const peak = Math.max(upperBound(o.now, h.releaseConfidence), upperBound(o.ahead, h.releaseConfidence));
    // What must carry the load without the victim: the other nodes, but only those already serving —
    // a node still starting is not capacity yet, so an order is cancelled only if the ready nodes suffice.
    // (With every node ready the ready capacity is all of it, and the second term is the smaller.)
    const remainingBps = Math.min(a.readyCapacityBps, a.capacityBps - a.victimCapacityBps);
    const floor = h.releaseUtilisation * remainingBps;
    if (!held && peak < floor) {
      return {
        supplement: 0,
        release: 1,
        reason: `upper bound ≤ ${mbps(peak)} over the next ${horizonS} s < ${h.releaseUtilisation}·(TC − C) = ${mbps(floor)}`,
      };
    }
  }
  return { supplement: 0, release: 0, reason: `upper bound ${mbps(upAhead)} in ${horizonS} s fits TC = ${mbps(a.capacityBps)}` };
}
