/**
 * The oracle: knows the future demand exactly and has the same lead time as the
 * policies. It keeps, at every step, just enough nodes that every serving node
 * stays at or below the SLA utilisation for as long as a node it adds now takes
 * to serve:
 *
 *   need(j)  = max(minNodes, ⌈demand(j) / (C · sla)⌉)
 *   alloc(k) = max{ need(j) : k < j ≤ k + ℓ },  ℓ = max(1, ⌈L / p⌉)
 *
 * where alloc(k) is the allocation after step k's decisions (step k itself was
 * served by what was allocated before).
 *
 * A node added at step k serves from step k + ℓ, so alloc(k) ≥ need(k + ℓ) is the
 * latest it can be added; releasing as soon as need(·) over the next ℓ steps allows
 * it is the earliest. Releasing starting nodes first (as the allocator does) keeps
 * this feasible, so its node-seconds are the least any policy can use without an
 * SLA miss. In the sticky model a released node drains for `drainPeriods` before it
 * stops; the oracle pays that too (and, since it never runs a node above the SLA
 * line, whoever its drain cuts finds room on the others). Its action count is a reference, not a floor: it may add and remove a
 * node around a short dip that a policy would sensibly ride out.
 */
import type { PoolConfig } from "../../index.ts";
import type { Workload } from "../workload/workload.ts";

/** The oracle's allocation over the run and its totals. */
export interface OracleRun {
  /** Allocated nodes during [k·p, (k+1)·p), after the step's actions. */
  readonly allocated: Uint16Array;
  readonly nodeSeconds: number;
  readonly actions: number;
}

/** Steps from a supplement decision until the node serves in the simulator (decisions follow a step's measurement). */
export function leadSteps(leadTimeMs: number, periodMs: number): number {
  return Math.max(1, Math.ceil(leadTimeMs / periodMs - 1e-9));
}

/** Nodes that keep demand at or below the SLA line (relative slack 1e-9 absorbs float noise at exact multiples). */
export function nodesNeeded(demandBps: number, pool: PoolConfig): number {
  const n = Math.ceil(demandBps / (pool.nodeCapacityBps * pool.slaUtilisation) - 1e-9);
  return Math.min(pool.maxNodes, Math.max(pool.minNodes, n));
}

/** The oracle over a workload, starting from initialNodes ready nodes. */
export function runOracle(w: Workload, pool: PoolConfig, leadTimeMs: number, initialNodes: number, drainPeriods = 0): OracleRun {
  const steps = w.demandBps.length;
  const lead = leadSteps(leadTimeMs, w.periodMs);
  const need = Array.from(w.demandBps, (d) => nodesNeeded(d, pool));
  const allocated = new Uint16Array(steps);
  let nodeSeconds = 0;
  let actions = 0;
  let previous = initialNodes;
  for (let k = 0; k < steps; k++) {
    // The last step has no future: hold what it needs.
    let n = k + 1 < steps ? 0 : need[k]!;
    for (let j = k + 1; j <= Math.min(steps - 1, k + lead); j++) n = Math.max(n, need[j]!);
    allocated[k] = n;
    actions += Math.abs(n - previous);
    if (n < previous) nodeSeconds += ((previous - n) * drainPeriods * w.periodMs) / 1000;
    previous = n;
    nodeSeconds += (n * w.periodMs) / 1000;
  }
  return { allocated, nodeSeconds, actions };
}
