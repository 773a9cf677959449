/**
 * The monitor: grand's one source of node state, fed by telemetry alone. Per
 * node it keeps a bounded window of load samples and the adaptors' latest
 * states; per role a window of summed load. The reallocator and the API read it
 * synchronously; nothing on the decision path asks a node over RPC.
 *
 * A node the control manager found silent (no telemetry within its silence
 * limit) keeps its window but has no current state until telemetry flows
 * again; a node whose lease ended is forgotten. Memory stays flat however long
 * grand runs: every window is a fixed-size ring.
 *
 * Work per telemetry message is constant, whatever the pool's size: each role's
 * sum is kept as running totals, and a node's sample moves only its own share
 * (its previous contribution out, its new one in). Recomputing the sum over
 * every node on each message made the monitor O(N²) per period: 27 % of grand's
 * JS thread at 1,000 agents (issue 12).
 */
import { pb, type lama } from "../proto/index.ts";

/** Samples kept per node: 10 minutes at the default 2 s period. */
export const NODE_WINDOW = 300;
/** Points kept per role sum. */
export const ROLE_WINDOW = 300;

/** A fixed-capacity ring buffer, oldest first. */
export class Ring<T> {
  private readonly items: (T | undefined)[];
  private start = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    // Stryker disable next-line ArrayDeclaration: an empty array filled by index holds the same items; only last() and toArray() read it, by index below count
    this.items = new Array(capacity);
  }

  push(v: T): void {
    const i = (this.start + this.count) % this.capacity;
    this.items[i] = v;
    if (this.count < this.capacity) this.count++;
    else this.start = (this.start + 1) % this.capacity;
  }

  get length(): number {
    return this.count;
  }

  last(): T | undefined {
    return this.count ? this.items[(this.start + this.count - 1) % this.capacity] : undefined;
  }

  toArray(): T[] {
    const out: T[] = [];
    for (let k = 0; k < this.count; k++) out.push(this.items[(this.start + k) % this.capacity]!);
    return out;
  }
}

export interface RoleSum {
  atMs: number;
  nodes: number;
  rxBps: number;
  txBps: number;
  capacityBps: number;
}

const NO_ADAPTORS: readonly lama.v1.IAdaptorStatus[] = Object.freeze([]);

/** What grand currently knows of a node that is sending telemetry. */
export interface NodeState {
  /** The latest load sample (without its adaptor states). */
  latest: lama.v1.INodeStatus;
  /** Every adaptor of the node and its state, as of the latest telemetry. */
  adaptors: readonly lama.v1.IAdaptorStatus[];
}

/** A node's share of its roles' sums: what was added, so exactly that can be taken out. */
interface Share {
  rxBps: number;
  txBps: number;
  capacityBps: number;
}

interface NodeWindow {
  /** Its roles, each once. */
  roles: string[];
  share: Share;
  samples: Ring<lama.v1.INodeStatus>;
  adaptors: readonly lama.v1.IAdaptorStatus[];
  silent: boolean;
}

/** Running totals of one role over the nodes that have it. */
interface RoleTotals {
  nodes: number;
  rxBps: number;
  txBps: number;
  capacityBps: number;
  window: Ring<RoleSum>;
}

/** A finite number or 0: one bad value must not poison a running sum for good. */
// (Number.isFinite is true for a finite number only: unlike isFinite it does not coerce.)
const finite = (x: unknown): number => (Number.isFinite(x) ? (x as number) : 0);

function shareOf(s: lama.v1.INodeStatus | undefined): Share {
  return { rxBps: finite(s?.rxBps), txBps: finite(s?.txBps), capacityBps: finite(Number(s?.linkCapacityBps ?? 0)) };
}

function distinct(roles: string[]): string[] {
  // Stryker disable next-line ConditionalExpression: the Set of fewer than two roles holds the same roles; the length test only saves the copy
  return roles.length < 2 ? roles : [...new Set(roles)];
}

export class Monitor {
  private readonly nodes = new Map<string, NodeWindow>();
  private readonly roles = new Map<string, RoleTotals>();
  samplesSeen = 0;

  constructor(
    readonly nodeWindow = NODE_WINDOW,
    readonly roleWindow = ROLE_WINDOW,
  ) {}

  /** Records one telemetry message of a node (its roles as registered); the node is no longer silent. */
  record(serviceId: string, roles: string[], status: lama.v1.INodeStatus, nowMs: number): void {
    roles = distinct(roles);
    let w = this.nodes.get(serviceId);
    // Stryker disable next-line BooleanLiteral: silent is set to false three lines below on every path
    if (!w) this.nodes.set(serviceId, (w = { roles: [], share: shareOf(undefined), samples: new Ring(this.nodeWindow), adaptors: NO_ADAPTORS, silent: false }));
    w.adaptors = status.adaptors ?? NO_ADAPTORS;
    w.silent = false;
    const last = w.samples.last();
    // An adaptor change is sent as the latest sample again: take its states, keep its load once.
    if (last && Number(last.atMs) === Number(status.atMs) && status.atMs) {
      // Its roles may have changed with a renewal: move its share without a new point.
      if (!sameRoles(w.roles, roles)) this.move(w, roles, w.share);
      return;
    }
    // The window holds load only: adaptor states are kept once, not in every sample.
    w.samples.push(status.adaptors?.length ? pb.NodeStatus.create({ ...status, adaptors: [] }) : status);
    this.samplesSeen++;
    // (Its share is what the window holds: nothing for a monitor that keeps no samples.)
    this.move(w, roles, shareOf(w.samples.last()));
    for (const role of roles) this.pushRoleSum(this.roles.get(role)!, nowMs);
  }

  /** Forgets a node that left the pool. */
  forget(serviceId: string, nowMs: number): void {
    const w = this.nodes.get(serviceId);
    if (!w) return;
    this.nodes.delete(serviceId);
    for (const role of w.roles) {
      const t = this.roles.get(role)!;
      this.take(t, w.share);
      this.pushRoleSum(t, nowMs);
    }
  }

  /**
   * Marks a node whose telemetry stopped: it has no current state until its
   * next telemetry. Returns whether it was heard from until now.
   */
  markSilent(serviceId: string): boolean {
    const w = this.nodes.get(serviceId);
    if (!w || w.silent) return false;
    w.silent = true;
    return true;
  }

  /** The node's current state; undefined when it never sent telemetry, went silent, or left. */
  nodeState(serviceId: string): NodeState | undefined {
    const w = this.nodes.get(serviceId);
    const latest = w?.samples.last();
    if (!w || w.silent || !latest) return undefined;
    return { latest, adaptors: w.adaptors };
  }

  latest(serviceId: string): lama.v1.INodeStatus | undefined {
    return this.nodes.get(serviceId)?.samples.last();
  }

  window(serviceId: string): lama.v1.INodeStatus[] {
    return this.nodes.get(serviceId)?.samples.toArray() ?? [];
  }

  roleWindowOf(role: string): RoleSum[] {
    return this.roles.get(role)?.window.toArray() ?? [];
  }

  roleNames(): string[] {
    return [...this.roles.keys()].sort();
  }

  /** Number of samples held in all windows (for the flat-memory test). */
  get heldSamples(): number {
    let n = 0;
    for (const w of this.nodes.values()) n += w.samples.length;
    for (const r of this.roles.values()) n += r.window.length;
    return n;
  }

  /** Moves a node's share out of its old roles' totals and, with its new values, into those of `roles`. */
  private move(w: NodeWindow, roles: string[], share: Share): void {
    for (const role of w.roles) this.take(this.roles.get(role)!, w.share);
    w.roles = roles;
    w.share = share;
    for (const role of roles) {
      let t = this.roles.get(role);
      if (!t) this.roles.set(role, (t = { nodes: 0, rxBps: 0, txBps: 0, capacityBps: 0, window: new Ring(this.roleWindow) }));
      t.nodes++;
      t.rxBps += share.rxBps;
      t.txBps += share.txBps;
      t.capacityBps += share.capacityBps;
    }
  }

  private take(t: RoleTotals, share: Share): void {
    t.nodes--;
    if (t.nodes === 0) {
      // Exactly zero with nobody left: no rounding residue from the running sums survives.
      t.rxBps = t.txBps = t.capacityBps = 0;
      return;
    }
    t.rxBps -= share.rxBps;
    t.txBps -= share.txBps;
    t.capacityBps -= share.capacityBps;
  }

  private pushRoleSum(t: RoleTotals, nowMs: number): void {
    t.window.push({ atMs: nowMs, nodes: t.nodes, rxBps: t.rxBps, txBps: t.txBps, capacityBps: t.capacityBps });
  }
}

function sameRoles(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}
