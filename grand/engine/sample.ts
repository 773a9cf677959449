/**
 * What the engine sees of a node: one `NodeSample` per node per monitoring period.
 * The reallocator builds these from the monitor's latest `NodeStatus` (the paper's
 * L(t), from the telemetry channel) plus what grand knows from the lookup service
 * (roles) and from the adaptor's state (ready = the server is running and
 * healthy, so the dispatcher may send it clients). The simulator builds the same records, so the live system
 * and the simulator drive one engine.
 */
import type { lama } from "../../proto/index.ts";

/** One node's load at one instant, as the reallocation engine consumes it. */
export interface NodeSample {
  /** Stable service id of the node's lama. */
  readonly serviceId: string;
  /** Roles the node registered ("streaming", "dispatcher", ...). */
  readonly roles: readonly string[];
  /** Transmitted bits per second over the last period (NodeStatus.tx_bps). */
  readonly txBps: number;
  /** Link capacity in bits per second (NodeStatus.link_capacity_bps; 0 = unknown). */
  readonly capacityBps: number;
  /** True once the node's server is healthy and may be given clients; false while it is starting. */
  readonly ready: boolean;
}

/** What grand knows besides the telemetry: the node's roles and whether its server is ready. */
export interface NodeFacts {
  readonly roles: readonly string[];
  readonly ready: boolean;
}

/**
 * Builds a sample from a decoded NodeStatus. Missing or negative rates count as 0
 * (a status from an agent that has not measured a full period yet).
 */
export function nodeSampleFromStatus(status: lama.v1.NodeStatus.$Properties, facts: NodeFacts): NodeSample {
  const tx = Number(status.txBps ?? 0);
  const capacity = Number(status.linkCapacityBps ?? 0);
  return {
    serviceId: status.serviceId ?? "",
    roles: [...facts.roles],
    txBps: Number.isFinite(tx) && tx > 0 ? tx : 0,
    capacityBps: Number.isFinite(capacity) && capacity > 0 ? capacity : 0,
    ready: facts.ready,
  };
}

/** Capacity to plan with: the node's own link capacity, or the pool's default when it did not report one. */
export function effectiveCapacityBps(sample: NodeSample, defaultBps: number): number {
  return sample.capacityBps > 0 ? sample.capacityBps : defaultBps;
}

/** The paper's SUM_L: summed network usage of a pool's allocated nodes. */
export function sumTxBps(samples: readonly NodeSample[]): number {
  let sum = 0;
  for (const s of samples) sum += s.txBps;
  return sum;
}
