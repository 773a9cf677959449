/**
 * Algorithm 1 of the paper, as published: with SUM the summed network usage of the
 * allocated nodes (for AR(1): its forecast) and TC = N_A·C,
 *   supplement one node when SUM > ut·TC,
 *   release one node when SUM < lt·(TC − C).
 * At most one node per monitoring period, no cooldown, no knowledge of the lead time.
 * Generalised to pools: TC sums each node's own capacity and C is the capacity of
 * the node that would go.
 */
import type { PoolConfig } from "../pool.ts";
import { mbps, type AllocationView, type Decision } from "./decision.ts";

/** Algorithm 1 on `sumBps` (the observed SUM_L, or AR(1)'s forecast of it). */
export function decideAlgorithm1(sumBps: number, a: AllocationView, c: PoolConfig): Decision {
  const upper = c.upperThreshold * a.capacityBps;
  if (sumBps > upper) {
    return { supplement: 1, release: 0, reason: `SUM ${mbps(sumBps)} > ${c.upperThreshold}·TC = ${mbps(upper)}` };
  }
  const lower = c.lowerThreshold * (a.capacityBps - a.victimCapacityBps);
  if (a.count > 1 && sumBps < lower) {
    return { supplement: 0, release: 1, reason: `SUM ${mbps(sumBps)} < ${c.lowerThreshold}·(TC − C) = ${mbps(lower)}` };
  }
  return { supplement: 0, release: 0, reason: `SUM ${mbps(sumBps)} within [${mbps(lower)}, ${mbps(upper)}]` };
}
