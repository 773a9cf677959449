/**
 * The allocator: `plan(state, now) → Action[]`, a pure function. The policy's rule
 * (decide/) says how many nodes the pool should gain or lose; the allocator turns
 * that into actions on particular nodes while keeping the pool's invariants:
 *
 * - never more than maxNodes, and only idle nodes of the pool's role are supplemented;
 * - never fewer than minNodes, and never the last serving node (a release that
 *   would leave only starting nodes would leave the service dark);
 * - the victim of a release is the least-utilised node (a starting node carries
 *   nothing, so a premature supplement is undone first), taken out of the
 *   dispatcher before it is stopped;
 * - no release within cooldownMs of the last action; supplements are never held
 *   back, because a missed SLA costs more than a spare node;
 * - the dispatcher's backend list follows the set of ready nodes.
 */
import type { Action, Backend } from "./actions.ts";
import { decideAlgorithm1 } from "./decide/algorithm1.ts";
import type { AllocationView, Decision, Outlook, PoolMemory } from "./decide/decision.ts";
import { decideHorizon } from "./decide/horizon.ts";
import type { PoolConfig } from "./pool.ts";
import { effectiveCapacityBps, sumTxBps, type NodeSample } from "./sample.ts";

/** Everything plan() decides from. */
export interface PoolState {
  readonly config: PoolConfig;
  /** Nodes allocated to the pool: ready, or started and not yet ready. */
  readonly members: readonly NodeSample[];
  /** Idle nodes of the pool's role that may be supplemented, in order of preference. */
  readonly idle: readonly string[];
  readonly outlook: Outlook;
  readonly memory: PoolMemory;
}

/** The least-utilised member (ties: starting before ready, then by service id). */
export function leastUtilised(members: readonly NodeSample[], defaultCapacityBps: number): NodeSample | undefined {
  const utilisation = (m: NodeSample) => m.txBps / effectiveCapacityBps(m, defaultCapacityBps);
  let best = members[0];
  if (best === undefined) return undefined;
  let bestUtil = utilisation(best);
  // Stryker disable next-line MethodExpression: the first member compared with itself is never better, so slicing it off changes nothing
  for (const m of members.slice(1)) {
    const util = utilisation(m);
    const better = util < bestUtil || (util === bestUtil && (m.ready === best.ready ? idBefore(m.serviceId, best.serviceId) : !m.ready));
    if (better) {
      best = m;
      bestUtil = util;
    }
  }
  return best;
}

/** The allocation summary the rules see. */
export function allocationView(members: readonly NodeSample[], defaultCapacityBps: number): AllocationView {
  let capacity = 0;
  let readyCount = 0;
  let readyCapacity = 0;
  for (const m of members) {
    const c = effectiveCapacityBps(m, defaultCapacityBps);
    capacity += c;
    if (m.ready) {
      readyCount++;
      readyCapacity += c;
    }
  }
  const victim = leastUtilised(members, defaultCapacityBps);
  return {
    count: members.length,
    capacityBps: capacity,
    readyCount,
    readyCapacityBps: readyCapacity,
    victimCapacityBps: victim ? effectiveCapacityBps(victim, defaultCapacityBps) : defaultCapacityBps,
    observedBps: sumTxBps(members),
  };
}

/** Applies the policy's rule to the state. */
export function decide(state: PoolState, nowMs: number): Decision {
  const view = allocationView(state.members, state.config.nodeCapacityBps);
  const o = state.outlook;
  return o.rule === "algorithm1"
    ? decideAlgorithm1(o.sumBps, view, state.config)
    : decideHorizon(o, view, state.config, state.memory, nowMs);
}

function backendsOf(members: readonly NodeSample[], defaultCapacityBps: number): Backend[] {
  return members
    .filter((m) => m.ready)
    .map((m) => ({ serviceId: m.serviceId, weight: Math.max(1, Math.round(effectiveCapacityBps(m, defaultCapacityBps) / 1e6)) }))
    .sort(byServiceId);
}

function byServiceId(x: Backend, y: Backend): number {
  return idBefore(x.serviceId, y.serviceId) ? -1 : 1;
}

/** Orders service ids (they are unique within a pool). */
function idBefore(a: string, b: string): boolean {
  // Stryker disable next-line EqualityOperator: ids are unique, so a < b and a <= b never differ
  return a < b;
}

function sameIds(backends: readonly Backend[], ids: readonly string[] | null): boolean {
  return ids !== null && ids.length === backends.length && backends.every((b, i) => b.serviceId === ids[i]);
}

/** The actions that carry out the rule's decision on this pool, in execution order. */
export function plan(state: PoolState, nowMs: number): Action[] {
  const c = state.config;
  const actions: Action[] = [];
  const backends = backendsOf(state.members, c.nodeCapacityBps);
  if (!sameIds(backends, state.memory.dispatched)) {
    actions.push({ kind: "dispatch", pool: c.name, backends, reason: "the set of ready nodes changed" });
  }

  // Below minNodes (a pool being brought up, or nodes lost): fill up first, whatever the load says.
  // (With no idle node there is nothing to fill with, and nothing else to do: a pool below minNodes releases nothing.)
  const deficit = c.minNodes - state.members.length;
  if (deficit > 0) {
    for (const serviceId of state.idle.slice(0, deficit)) {
      actions.push({ kind: "supplement", pool: c.name, serviceId, adaptor: c.adaptor, params: { ...c.serverParams },
        reason: `the pool has ${state.members.length} of at least ${c.minNodes} nodes` });
    }
    return actions;
  }

  const d = decide(state, nowMs);
  if (d.supplement > 0) {
    const room = Math.max(0, c.maxNodes - state.members.length);
    for (const serviceId of state.idle.slice(0, Math.min(d.supplement, room))) {
      actions.push({ kind: "supplement", pool: c.name, serviceId, adaptor: c.adaptor, params: { ...c.serverParams }, reason: d.reason });
    }
    return actions;
  }
  // Release up to d.release nodes (none when it is 0), outside the cooldown, never below minNodes or the last serving node.
  const last = Math.max(state.memory.lastSupplementMs ?? -Infinity, state.memory.lastReleaseMs ?? -Infinity);
  if (nowMs - last < c.cooldownMs) return actions;
  let members = [...state.members];
  const victims: NodeSample[] = [];
  for (let i = 0; i < d.release && members.length > c.minNodes; i++) {
    const victim = leastUtilised(members, c.nodeCapacityBps)!;
    const rest = members.filter((m) => m !== victim);
    if (!rest.some((m) => m.ready)) break; // never the last serving node
    victims.push(victim);
    members = rest;
  }
  if (victims.length === 0) return actions;
  // One dispatcher update that also drops the victims replaces any plain resync above.
  const remaining = backendsOf(members, c.nodeCapacityBps);
  // Stryker disable next-line StringLiteral: the rules release at most one node per period, so the separator is never seen
  const drained = victims.map((v) => v.serviceId).join(", ");
  return [
    { kind: "dispatch", pool: c.name, backends: remaining, reason: `drain ${drained}` },
    ...victims.map((v): Action => ({ kind: "release", pool: c.name, serviceId: v.serviceId, adaptor: c.adaptor, drainMs: c.drainMs, reason: d.reason })),
  ];
}

/** The memory after `actions` were carried out at nowMs. */
export function remember(memory: PoolMemory, actions: readonly Action[], nowMs: number): PoolMemory {
  let next = memory;
  for (const a of actions) {
    if (a.kind === "supplement") next = { ...next, lastSupplementMs: nowMs };
    else if (a.kind === "release") next = { ...next, lastReleaseMs: nowMs };
    else next = { ...next, dispatched: a.backends.map((b) => b.serviceId) };
  }
  return next;
}
