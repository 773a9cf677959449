/**
 * The sticky model of a streaming pool: where each listener is, period by period.
 *
 * A listener of an audio stream stays on the node it joined until it leaves. So:
 *
 * - only new arrivals follow the dispatcher: they are spread over the ready nodes
 *   that are not draining, by the dispatcher's weights (capacity-proportional, as
 *   grand sets them): `leastconn` sends each one to the node with the fewest
 *   listeners per weight (haproxy's `balance leastconn`, what it recommends for long
 *   sessions); `roundrobin` splits them in proportion to weight whatever each node
 *   already carries (haproxy's default). A starting node gets none until it is ready;
 * - a node takes at most `maxStreams` listeners (icecast's client limit); an arrival
 *   that finds no room is refused and its player tries again next period, when the
 *   dispatcher sends it again;
 * - departures leave from where they are: each listener is equally likely to go, so
 *   every node (and the queue of refused players) loses the same fraction;
 * - a released node is drained: the dispatcher sends it nobody new and its
 *   listeners stay until they leave on their own; at the drain timeout the node is
 *   stopped, the listeners still on it are cut, and their players reconnect through
 *   the dispatcher the next period like new arrivals (test/tools/listeners.ts does
 *   the same after 200 ms).
 *
 * Arrivals and departures are what the workload's concurrent count implies — its
 * rises arrive, its falls depart — plus, with a mean session length, churn: that
 * many listeners a period leave and as many new ones arrive. Listener counts are
 * kept as expected values (fractions), so a run is deterministic and the same for
 * every seed; the noise is in the measurement. Pure computation, no clock.
 */

/** How the dispatcher spreads new arrivals over the ready nodes. */
export type Balance = "leastconn" | "roundrobin";
/** The balance algorithms, as `--balance` takes them. */
export const BALANCES: readonly Balance[] = ["leastconn", "roundrobin"];

/** Fewer waiting listeners than this count as none (the fluid model's rounding). */
const WAITING_EPSILON = 1e-6;

/** What the pool did in one period. */
export interface StickyPeriod {
  /** Listeners refused or cut and not placed again by the end of the period. */
  readonly waiting: number;
  /** Listeners cut this period by a drained node's Stop. */
  readonly cut: number;
  /** Listeners on nodes loaded above the SLA line (they get less than the stream rate). */
  readonly belowRate: number;
  /** True when some listener got less than the stream rate: one waiting, or one on an overloaded node. */
  readonly violation: boolean;
}

/** One pool's listeners by node slot. */
export class StickyPool {
  /** Listeners on each node slot (serving, draining or, for a slot not in use, 0). */
  readonly listeners: Float64Array;
  #waiting = 0;
  #previousDemand = 0;

  constructor(
    slots: number,
    private readonly streamBps: number,
    private readonly maxStreams: number,
    private readonly slaBps: number,
    private readonly balance: Balance,
    /** Mean session length in periods; 0: no churn beyond the workload's own rises and falls. */
    private readonly sessionPeriods: number,
  ) {
    this.listeners = new Float64Array(slots);
  }

  /** Listeners refused and not yet placed again. */
  get waiting(): number {
    return this.#waiting;
  }

  /**
   * One period. `stopped`: drained nodes whose timeout has come (their listeners
   * are cut); `open`: the ready, not draining nodes the dispatcher sends arrivals
   * to, with their weights; `serving`: every node carrying listeners (ready or
   * draining), for the SLA check; `demandListeners`: the workload's concurrent count.
   */
  step(demandListeners: number, stopped: readonly number[], open: readonly { slot: number; weight: number }[], serving: readonly number[]): StickyPeriod {
    const n = this.listeners;
    let cut = 0;
    for (const slot of stopped) {
      cut += n[slot]!;
      n[slot] = 0;
    }
    // Those cut reconnect this period, like arrivals; they are still listeners of the workload.
    this.#waiting += cut;
    const inSystem = this.#previousDemand;
    const churn = this.sessionPeriods > 0 ? inSystem / this.sessionPeriods : 0;
    const departures = Math.min(inSystem, Math.max(0, inSystem - demandListeners) + churn);
    const arrivals = Math.max(0, demandListeners - inSystem) + churn;
    if (departures > 0 && inSystem > 0) {
      const keep = 1 - departures / inSystem;
      for (let s = 0; s < n.length; s++) n[s] = n[s]! * keep;
      this.#waiting *= keep;
    }
    this.#previousDemand = demandListeners;
    this.#waiting = this.place(this.#waiting + arrivals, open);
    if (this.#waiting < WAITING_EPSILON) this.#waiting = 0;
    let belowRate = 0;
    for (const slot of serving) {
      if (n[slot]! * this.streamBps > this.slaBps * (1 + 1e-12)) belowRate += n[slot]!;
    }
    return { waiting: this.#waiting, cut, belowRate, violation: this.#waiting > 0 || belowRate > 0 };
  }

  /** What a node sends, bps: its listeners' streams, at most its link. */
  txBps(slot: number, capacityBps: number): number {
    return Math.min(capacityBps, this.listeners[slot]! * this.streamBps);
  }

  /** Places `count` listeners on the open nodes; returns those that found no room. */
  private place(count: number, open: readonly { slot: number; weight: number }[]): number {
    if (count <= 0 || open.length === 0) return Math.max(0, count);
    return this.balance === "leastconn" ? this.fillLevel(count, open) : this.fillByWeight(count, open);
  }

  /** roundrobin: shares ∝ weight; a node that fills up passes its rest to the others. */
  private fillByWeight(count: number, open: readonly { slot: number; weight: number }[]): number {
    const n = this.listeners;
    let left = count;
    let candidates = open.filter((o) => n[o.slot]! < this.maxStreams);
    while (left > WAITING_EPSILON && candidates.length > 0) {
      const total = candidates.reduce((s, o) => s + o.weight, 0);
      let placed = 0;
      for (const o of candidates) {
        const add = Math.min(this.maxStreams - n[o.slot]!, (left * o.weight) / total);
        n[o.slot] = n[o.slot]! + add;
        placed += add;
      }
      left -= placed;
      candidates = candidates.filter((o) => n[o.slot]! < this.maxStreams - 1e-9);
    }
    return Math.max(0, left);
  }

  /** leastconn: raise the lowest listeners-per-weight first (water filling), each node up to its limit. */
  private fillLevel(count: number, open: readonly { slot: number; weight: number }[]): number {
    const n = this.listeners;
    // Nodes with room, by level (listeners per weight). Raise the lowest group to the next level (or to
    // the first limit in it), until the arrivals are placed or every node is full.
    let group = open.filter((o) => n[o.slot]! < this.maxStreams).sort((a, b) => n[a.slot]! / a.weight - n[b.slot]! / b.weight);
    let left = count;
    while (left > 0 && group.length > 0) {
      const level = n[group[0]!.slot]! / group[0]!.weight;
      let k = 1;
      while (k < group.length && n[group[k]!.slot]! / group[k]!.weight <= level + 1e-12) k++;
      const low = group.slice(0, k);
      const weight = low.reduce((sum, o) => sum + o.weight, 0);
      let target = k < group.length ? n[group[k]!.slot]! / group[k]!.weight : Infinity;
      for (const o of low) target = Math.min(target, this.maxStreams / o.weight);
      const need = (target - level) * weight;
      const raise = need <= left ? target : level + left / weight;
      for (const o of low) {
        const add = Math.min(this.maxStreams, raise * o.weight) - n[o.slot]!;
        n[o.slot] = n[o.slot]! + add;
        left -= add;
      }
      if (need > left + 1e-9 && raise !== target) break;
      group = group.filter((o) => n[o.slot]! < this.maxStreams - 1e-9).sort((a, b) => n[a.slot]! / a.weight - n[b.slot]! / b.weight);
    }
    return Math.max(0, left);
  }
}
