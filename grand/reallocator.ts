/**
 * The live reallocation loop: every pool period, grand looks at the nodes of each
 * pool's role — which run the pool's adaptor and how loaded they are, both read
 * synchronously from the monitor, which telemetry keeps — ticks the pool's
 * engine (grand/engine, the same engine the simulator drives) and either reports
 * what it would do (dry-run) or does it (live): Start the adaptor with the
 * pool's server parameters on a supplemented node, and Stop a released node
 * after its drain time. Dispatcher updates are reported; no dispatcher adaptor
 * exists yet to carry them out.
 *
 * A period makes no calls to learn state, so it never waits on a node: a node
 * whose calls are slow or fail keeps its place while its telemetry flows, and is
 * unreachable only when the monitor has no current state for it (telemetry
 * silent, or its lease ended).
 */
import { type lama, pb } from "../proto/index.ts";
import { every, type Clock, type Logger, type RpcMethod } from "../runtime/wire/index.ts";
import { describeAction, nodeSampleFromStatus, ReallocationEngine, type Action, type NodeSample, type Outlook, type ReallocationMode } from "./engine/index.ts";
import type { NodeState } from "./monitor.ts";
import type { PoolSpec } from "./pools-config.ts";

export type { ReallocationMode };

/** How long a Start may take (readiness included). */
export const POOL_START_DEADLINE_MS = 60_000;
/** A node whose Start failed is not offered to the pool again for this long (another idle node is used). */
export const FAILED_START_HOLD_MS = 60_000;

/** What the reallocator needs from grand. */
export interface ReallocatorDeps {
  /** Registered nodes that have the role. */
  nodesWithRole(role: string): { serviceId: string; roles: string[] }[];
  /** The monitor's current state of a node; undefined when it is unreachable (telemetry silent or never heard). */
  nodeState(serviceId: string): NodeState | undefined;
  /** A call over the node's control channel. */
  call(serviceId: string, method: RpcMethod, deadlineMs: number): Promise<lama.v1.IRpcReply>;
}

/** One pool's last period, for the API. */
export interface PoolReport {
  pool: string;
  policy: string;
  mode: ReallocationMode;
  atMs: number;
  observedBps: number;
  outlook: Outlook | null;
  members: { serviceId: string; ready: boolean; txBps: number }[];
  idle: string[];
  releasing: string[];
  unreachable: string[];
  lastActions: { atMs: number; action: string; outcome: string }[];
}

interface PoolState {
  spec: PoolSpec;
  engine: ReallocationEngine;
  report: PoolReport;
  /** Nodes being drained before Stop: neither members nor idle meanwhile. */
  releasing: Set<string>;
  /** Nodes a Start is in flight for. */
  starting: Set<string>;
  /** The previous period's dry-run plan, so an unchanged plan is not reported again every period. */
  lastPlan: string;
  /** Nodes whose Start failed, and until when they are held out. */
  heldUntil: Map<string, number>;
}

const MAX_ACTION_LOG = 50;

export class Reallocator {
  private readonly pools: PoolState[];
  private stopLoop: (() => void) | undefined;
  readonly stats = { ticks: 0, actions: 0, failures: 0 };

  constructor(private readonly o: { pools: PoolSpec[]; mode: ReallocationMode; deps: ReallocatorDeps; clock: Clock; log: Logger }) {
    this.pools = o.pools.map((spec) => ({
      spec,
      engine: new ReallocationEngine(spec.config, spec.policy, { mode: o.mode }),
      releasing: new Set(),
      starting: new Set(),
      lastPlan: "",
      heldUntil: new Map(),
      report: {
        pool: spec.config.name, policy: spec.policy.name, mode: o.mode, atMs: 0, observedBps: 0, outlook: null,
        members: [], idle: [], releasing: [], unreachable: [], lastActions: [],
      },
    }));
  }

  start(): void {
    const period = Math.min(...this.pools.map((p) => p.spec.config.periodMs));
    this.stopLoop = every(this.o.clock, period, () => this.tick());
  }

  stop(): void {
    this.stopLoop?.();
  }

  reports(): PoolReport[] {
    return this.pools.map((p) => ({ ...p.report, releasing: [...p.releasing] }));
  }

  /**
   * One period for every pool. Synchronous: it reads the monitor and only starts
   * calls (Start, Stop), so one period cannot run on top of another; a Start
   * still in flight at the next period is tracked in `starting`.
   */
  tick(): void {
    this.stats.ticks++;
    for (const pool of this.pools) this.tickPool(pool);
  }

  private tickPool(pool: PoolState): void {
    const c = pool.spec.config;
    const nodes = this.o.deps.nodesWithRole(c.role);
    const members: NodeSample[] = [];
    const idle: string[] = [];
    const now = this.o.clock.now();
    const unreachable: string[] = [];
    for (const n of nodes) {
      const known = this.o.deps.nodeState(n.serviceId);
      if (!known) {
        unreachable.push(n.serviceId);
        continue;
      }
      if (pool.releasing.has(n.serviceId)) continue;
      const state = known.adaptors.find((a) => a.name === c.adaptor)?.state;
      if (state === undefined) continue; // the node cannot run this pool's server
      const running = state === pb.AdaptorState.ADAPTOR_RUNNING;
      const coming = state === pb.AdaptorState.ADAPTOR_STARTING || pool.starting.has(n.serviceId);
      if (running || coming) {
        members.push(nodeSampleFromStatus({ ...known.latest, serviceId: n.serviceId }, { roles: n.roles, ready: running && !pool.starting.has(n.serviceId) }));
      } else if ((pool.heldUntil.get(n.serviceId) ?? 0) <= now) {
        idle.push(n.serviceId);
      }
    }
    const result = pool.engine.tick({ members, idle }, now);
    pool.report = {
      ...pool.report, atMs: now, observedBps: result.observedBps, outlook: result.outlook,
      members: members.map((m) => ({ serviceId: m.serviceId, ready: m.ready, txBps: m.txBps })), idle, unreachable,
    };
    if (this.o.mode === "dry-run") {
      const planText = result.actions.map(describeAction).join("\n");
      if (planText === pool.lastPlan) return;
      pool.lastPlan = planText;
    }
    for (const action of result.actions) this.act(pool, action, now);
  }

  private act(pool: PoolState, action: Action, now: number): void {
    this.stats.actions++;
    const text = describeAction(action);
    const record = (outcome: string) => {
      pool.report.lastActions.push({ atMs: now, action: text, outcome });
      if (pool.report.lastActions.length > MAX_ACTION_LOG) pool.report.lastActions.shift();
    };
    if (this.o.mode === "dry-run") {
      this.o.log.event("plan", { pool: action.pool, action: action.kind, node: "serviceId" in action ? action.serviceId : undefined, what: text });
      return record("dry-run: not carried out");
    }
    switch (action.kind) {
      case "dispatch":
        this.o.log.event("dispatch", { pool: action.pool, backends: action.backends.map((b) => `${b.serviceId}x${b.weight}`) });
        return record("reported: no dispatcher adaptor is configured");
      case "supplement": {
        pool.starting.add(action.serviceId);
        this.o.log.event("supplement", { pool: action.pool, node: action.serviceId, reason: action.reason });
        record("starting");
        this.o.deps.call(action.serviceId, { start: { adaptor: action.adaptor, params: { ...action.params } } }, POOL_START_DEADLINE_MS)
          .then((r) => record(`started: ${r.adaptor?.message ?? ""}`), (e) => {
            pool.heldUntil.set(action.serviceId, this.o.clock.now() + FAILED_START_HOLD_MS);
            this.failed(action, record, e);
          })
          .finally(() => pool.starting.delete(action.serviceId));
        return;
      }
      case "release": {
        pool.releasing.add(action.serviceId);
        this.o.log.event("release", { pool: action.pool, node: action.serviceId, drainMs: action.drainMs, reason: action.reason });
        record(`draining ${action.drainMs} ms`);
        this.o.clock.setTimeout(() => {
          this.o.deps.call(action.serviceId, { stop: { adaptor: action.adaptor } }, POOL_START_DEADLINE_MS)
            .then((r) => record(`stopped: ${r.adaptor?.message ?? ""}`), (e) => this.failed(action, record, e))
            .finally(() => pool.releasing.delete(action.serviceId));
        }, action.drainMs);
        return;
      }
    }
  }

  private failed(action: Action, record: (outcome: string) => void, e: unknown): void {
    this.stats.failures++;
    const message = (e as Error)?.message ?? String(e);
    this.o.log.event("action-failed", { pool: action.pool, action: action.kind, node: "serviceId" in action ? action.serviceId : undefined, error: message });
    record(`failed: ${message}`);
  }
}
