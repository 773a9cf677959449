/**
 * The live reallocation loop: every pool period, grand looks at the nodes of each
 * pool's role — which run the pool's adaptor and how loaded they are, both read
 * synchronously from the monitor, which telemetry keeps — ticks the pool's
 * engine (grand/engine, the same engine the simulator drives) and either reports
 * what it would do (dry-run) or does it (live): Start the adaptor with the
 * pool's server parameters on a supplemented node, keep the pool's dispatcher's
 * backend list in step, and Stop a released node once it has been drained.
 *
 * The dispatcher (a pool's `dispatcher`, the paper's D-CP) is told the whole list
 * with Set of `backends` whenever it differs from what it last accepted, and
 * again each period after a failure. The list follows the monitor:
 *   supplement decided       the node is listed in maint (no clients);
 *   its adaptor runs         ready (the Start returned and telemetry says running);
 *   release decided          drain (no new clients, open ones flow on);
 *   once every running dispatcher reports no open session for it (read from
 *   its telemetry, two samples after the drain was accepted), or drainMs after
 *   the drain was accepted, whichever comes first
 *                            left out; once that is accepted, the node is Stopped
 *                            (sessions still open then are cut by the Stop).
 * With no dispatcher configured (or none running) a release waits drainMs and stops.
 *
 * Server parameters may name another pool (`{pool:source}`, grand/dispatch.ts):
 * resolved at Start to the address of that pool's serving member on the node's
 * subnet, and Set again on the members when that address changes.
 *
 * A period makes no calls to learn state, so it never waits on a node: a node
 * whose calls are slow or fail keeps its place while its telemetry flows, and is
 * unreachable only when the monitor has no current state for it (telemetry
 * silent, or its lease ended).
 */
import { type lama, pb } from "../proto/index.ts";
import { every, type Clock, type Logger, type RpcMethod } from "../runtime/wire/index.ts";
import { addressFacing, backendList, backendStateIn, backendWeight, referencedPools, resolveParams, sessionsIn, type BackendWant } from "./dispatch.ts";
import { describeAction, effectiveCapacityBps, nodeSampleFromStatus, ReallocationEngine, type Action, type NodeSample, type Outlook, type ReallocationMode } from "./engine/index.ts";
import type { NodeState } from "./monitor.ts";
import type { PoolSpec } from "./pools-config.ts";

export type { ReallocationMode };

/** How long a Start may take (readiness included). */
export const POOL_START_DEADLINE_MS = 60_000;
/** A node whose Start failed is not offered to the pool again for this long (another idle node is used). */
export const FAILED_START_HOLD_MS = 60_000;
/** How long a Set of the dispatcher's list or of a server's parameters may take. */
export const SET_DEADLINE_MS = 15_000;

/** What the reallocator needs from grand. */
export interface ReallocatorDeps {
  /** Registered nodes that have the role. */
  nodesWithRole(role: string): { serviceId: string; roles: string[] }[];
  /** The monitor's current state of a node; undefined when it is unreachable (telemetry silent or never heard). */
  nodeState(serviceId: string): NodeState | undefined;
  /** A node's registered addresses ("198.18.0.2/15" form); empty when it registered none or is gone. */
  addressesOf(serviceId: string): string[];
  /** A call over the node's control channel. */
  call(serviceId: string, method: RpcMethod, deadlineMs: number): Promise<lama.v1.IRpcReply>;
}

/** One dispatcher node of a pool, as the API shows it. */
export interface DispatcherReport {
  serviceId: string;
  adaptor: string;
  /** The list it last accepted (null: none yet since it was seen running). */
  applied: string | null;
  /** grand's clock when it accepted it. */
  appliedAtMs: number | null;
  /** A Set on its way. */
  pending: string | null;
  /** Why the last Set failed, until one succeeds. */
  error: string | null;
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
  /** The pool's dispatcher nodes that run its dispatcher adaptor (empty when it names none). */
  dispatchers: DispatcherReport[];
  lastActions: { atMs: number; action: string; outcome: string }[];
}

/** Where a released node is: drain asked → draining (accepted, drainMs running) → out (left out of the list asked) → stopping. */
type ReleasePhase = "drain" | "draining" | "out" | "stopping";

interface Releasing {
  phase: ReleasePhase;
  weight: number;
  action: Extract<Action, { kind: "release" }>;
  record: (outcome: string) => void;
  /** grand's clock when every dispatcher had accepted the drain. */
  drainedAtMs?: number;
  /** Per dispatcher node: the atMs of its latest telemetry sample and how many newer ones came since the drain was accepted. */
  seen?: Map<string, { atMs: number; samples: number }>;
}

/** What grand knows of one dispatcher node's list. */
interface DispatcherLink {
  applied: string | null;
  appliedAtMs: number | null;
  pending: string | null;
  error: string | null;
  /** The wanted list changed while a Set was in flight: compare again when it returns. */
  again: boolean;
}

interface PoolState {
  spec: PoolSpec;
  engine: ReallocationEngine;
  report: PoolReport;
  /** Nodes being drained before Stop: neither members nor idle meanwhile. */
  releasing: Map<string, Releasing>;
  /** Nodes a Start is in flight for. */
  starting: Set<string>;
  /** The previous period's dry-run plan, so an unchanged plan is not reported again every period. */
  lastPlan: string;
  /** Nodes whose Start failed, and until when (monotonic time) they are held out. */
  heldUntil: Map<string, number>;
  /** Per dispatcher node (running its adaptor), what it accepted. */
  links: Map<string, DispatcherLink>;
  /** Pools named by the server parameters. */
  references: string[];
  /** Per member, the referring parameters it was last given (Start or Set). */
  given: Map<string, Record<string, string>>;
  /** Members a parameter Set is in flight for. */
  setting: Set<string>;
  record: (outcome: string, action: string) => void;
}

/** A pool's nodes as the monitor sees them now. */
interface PoolView {
  members: NodeSample[];
  idle: string[];
  unreachable: string[];
}

const MAX_ACTION_LOG = 50;

export class Reallocator {
  private readonly pools: PoolState[];
  private stopLoop: (() => void) | undefined;
  private stopped = false;
  readonly stats = { ticks: 0, actions: 0, failures: 0, dispatcherSets: 0 };

  constructor(private readonly o: { pools: PoolSpec[]; mode: ReallocationMode; deps: ReallocatorDeps; clock: Clock; log: Logger }) {
    this.pools = o.pools.map((spec) => {
      const pool: PoolState = {
        spec,
        engine: new ReallocationEngine(spec.config, spec.policy, { mode: o.mode }),
        releasing: new Map(),
        starting: new Set(),
        // Stryker disable next-line StringLiteral: an unequal start only lets a first empty plan through, which acts on nothing
        lastPlan: "",
        heldUntil: new Map(),
        links: new Map(),
        references: referencedPools(spec.config.serverParams),
        given: new Map(),
        setting: new Set(),
        record: () => {},
        report: {
          pool: spec.config.name, policy: spec.policy.name, mode: o.mode, atMs: 0, observedBps: 0, outlook: null,
          members: [], idle: [], unreachable: [], lastActions: [],
          // Stryker disable next-line ArrayDeclaration: reports() always replaces these two from `releasing` and `links`
          releasing: [], dispatchers: [],
        },
      };
      pool.record = (outcome, action) => {
        pool.report.lastActions.push({ atMs: this.o.clock.now(), action, outcome });
        if (pool.report.lastActions.length > MAX_ACTION_LOG) pool.report.lastActions.shift();
      };
      return pool;
    });
  }

  start(): void {
    const period = Math.min(...this.pools.map((p) => p.spec.config.periodMs));
    this.stopLoop = every(this.o.clock, period, () => this.tick());
  }

  stop(): void {
    this.stopped = true;
    this.stopLoop?.();
  }

  reports(): PoolReport[] {
    return this.pools.map((p) => ({
      ...p.report,
      releasing: [...p.releasing.keys()],
      dispatchers: [...p.links].map(([serviceId, l]) => ({
        serviceId, adaptor: p.spec.dispatcher!.adaptor, applied: l.applied, appliedAtMs: l.appliedAtMs, pending: l.pending, error: l.error,
      })),
    }));
  }

  /**
   * One period for every pool. Synchronous: it reads the monitor and only starts
   * calls (Start, Stop, Set), so one period cannot run on top of another; a Start
   * still in flight at the next period is tracked in `starting`.
   */
  tick(): void {
    this.stats.ticks++;
    for (const pool of this.pools) this.tickPool(pool);
  }

  /** The pool's members, idle and unreachable nodes, from the monitor. */
  private view(pool: PoolState): PoolView {
    const c = pool.spec.config;
    // Holds are on the monotonic clock: a wall-clock step neither ends nor lengthens one.
    const mono = this.o.clock.monotonic();
    const v: PoolView = { members: [], idle: [], unreachable: [] };
    for (const n of this.o.deps.nodesWithRole(c.role)) {
      const known = this.o.deps.nodeState(n.serviceId);
      if (!known) {
        v.unreachable.push(n.serviceId);
        continue;
      }
      if (pool.releasing.has(n.serviceId)) continue;
      const state = known.adaptors.find((a) => a.name === c.adaptor)?.state;
      if (state === undefined) continue; // the node cannot run this pool's server
      const running = state === pb.AdaptorState.ADAPTOR_RUNNING;
      const coming = state === pb.AdaptorState.ADAPTOR_STARTING || pool.starting.has(n.serviceId);
      if (running || coming) {
        v.members.push(nodeSampleFromStatus({ ...known.latest, serviceId: n.serviceId }, { roles: n.roles, ready: running && !pool.starting.has(n.serviceId) }));
      } else if ((pool.heldUntil.get(n.serviceId) ?? -Infinity) <= mono) {
        v.idle.push(n.serviceId);
      }
    }
    return v;
  }

  private tickPool(pool: PoolState): void {
    const now = this.o.clock.now();
    const { members, idle, unreachable } = this.view(pool);
    const result = pool.engine.tick({ members, idle }, now);
    pool.report = {
      ...pool.report, atMs: now, observedBps: result.observedBps, outlook: result.outlook,
      members: members.map((m) => ({ serviceId: m.serviceId, ready: m.ready, txBps: m.txBps })), idle, unreachable,
    };
    if (this.o.mode === "dry-run") {
      // Stryker disable next-line StringLiteral: the text is only compared with the last one; each action's text starts with its pool's name, so any separator tells plans apart
      const planText = result.actions.map(describeAction).join("\n");
      if (planText === pool.lastPlan) return;
      pool.lastPlan = planText;
    }
    for (const action of result.actions) this.act(pool, action, now);
    if (this.o.mode === "live") {
      // Also each period: a failed Set is tried again, a dispatcher that came up gets the list.
      this.syncDispatchers(pool);
      this.refreshReferences(pool);
    }
  }

  private act(pool: PoolState, action: Action, now: number): void {
    this.stats.actions++;
    const text = describeAction(action);
    const record = (outcome: string) => pool.record(outcome, text);
    if (this.o.mode === "dry-run") {
      this.o.log.event("plan", { pool: action.pool, action: action.kind, node: "serviceId" in action ? action.serviceId : undefined, what: text });
      return record("dry-run: not carried out");
    }
    switch (action.kind) {
      case "dispatch":
        this.o.log.event("dispatch", { pool: action.pool, backends: action.backends.map((b) => `${b.serviceId}x${b.weight}`) });
        return record(pool.spec.dispatcher ? "the dispatcher's list follows" : "reported: the pool names no dispatcher");
      case "supplement": {
        // With no reference in the parameters, resolving copies them as they are.
        const resolved = resolveParams(action.params, (name) => this.addressOfPool(name, this.o.deps.addressesOf(action.serviceId)));
        if ("missing" in resolved) return record(`not started: pool '${resolved.missing}' has no serving member to refer to`);
        const params = resolved.params;
        pool.starting.add(action.serviceId);
        this.o.log.event("supplement", { pool: action.pool, node: action.serviceId, reason: action.reason });
        const referring = Object.keys(action.params).filter((k) => params[k] !== action.params[k]);
        record(referring.length ? `starting with ${referring.map((k) => `${k}=${params[k]}`).join(" ")}` : "starting");
        this.syncDispatchers(pool); // listed in maint while it starts
        this.o.deps.call(action.serviceId, { start: { adaptor: action.adaptor, params } }, POOL_START_DEADLINE_MS)
          .then((r) => {
            pool.given.set(action.serviceId, params); // read only by refreshReferences, in a pool with references
            record(`started: ${r.adaptor?.message ?? ""}`);
          }, (e) => {
            pool.heldUntil.set(action.serviceId, this.o.clock.monotonic() + FAILED_START_HOLD_MS);
            this.failed(action, record, e);
          })
          .finally(() => {
            pool.starting.delete(action.serviceId);
            this.syncDispatchers(pool); // ready now if telemetry says its adaptor runs; out if the Start failed
          });
        return;
      }
      case "release": {
        const member = this.view(pool).members.find((m) => m.serviceId === action.serviceId);
        const weight = backendWeight(member ? effectiveCapacityBps(member, pool.spec.config.nodeCapacityBps) : pool.spec.config.nodeCapacityBps);
        pool.releasing.set(action.serviceId, { phase: "drain", weight, action, record });
        this.o.log.event("release", { pool: action.pool, node: action.serviceId, drainMs: action.drainMs, reason: action.reason });
        record(`draining ${action.drainMs} ms`);
        return; // the period's syncDispatchers, right after its actions, lists it in drain
      }
    }
  }

  /** Dispatcher nodes of the pool that run its dispatcher adaptor now (per the monitor), sorted. */
  private runningDispatchers(pool: PoolState): string[] {
    const d = pool.spec.dispatcher;
    if (!d) return [];
    const ids = d.serviceId !== undefined ? [d.serviceId] : this.o.deps.nodesWithRole(d.role!).map((n) => n.serviceId);
    return ids
      .filter((id) => this.o.deps.nodeState(id)?.adaptors.find((a) => a.name === d.adaptor)?.state === pb.AdaptorState.ADAPTOR_RUNNING)
      .sort();
  }

  /** The backend list one dispatcher should have now. */
  private wantedList(pool: PoolState, dispatcher: string): string {
    const c = pool.spec.config;
    const wants: BackendWant[] = this.view(pool).members.map((m) => ({
      serviceId: m.serviceId, weight: backendWeight(effectiveCapacityBps(m, c.nodeCapacityBps)), state: m.ready ? "ready" : "maint",
    }));
    for (const [serviceId, r] of pool.releasing) {
      if (r.phase === "drain" || r.phase === "draining") wants.push({ serviceId, weight: r.weight, state: "drain" });
    }
    const facing = this.o.deps.addressesOf(dispatcher);
    return backendList(wants, pool.spec.dispatcher!.backendPort, (id) => addressFacing(this.o.deps.addressesOf(id), facing)).text;
  }

  /**
   * Sends each running dispatcher the list it should have, when it differs from
   * what it last accepted; one Set per dispatcher at a time. Then moves releases on.
   */
  private syncDispatchers(pool: PoolState): void {
    if (this.stopped) return;
    const d = pool.spec.dispatcher;
    const running = this.runningDispatchers(pool);
    // A dispatcher not running (stopped, restarted by grand, silent) has lost or may lose its list: forget it.
    for (const [id, link] of pool.links) if (!running.includes(id) && link.pending === null) pool.links.delete(id);
    for (const id of running) {
      let link = pool.links.get(id);
      // Stryker disable next-line BooleanLiteral: `again` is read only after a Set, and setList sets it before sending one
      if (!link) pool.links.set(id, (link = { applied: null, appliedAtMs: null, pending: null, error: null, again: false }));
      const want = this.wantedList(pool, id);
      if (link.pending !== null) {
        link.again = link.pending !== want;
        continue;
      }
      if (want === link.applied) continue;
      this.setList(pool, id, link, want, d!.adaptor);
    }
    this.advanceReleases(pool);
  }

  private setList(pool: PoolState, dispatcher: string, link: DispatcherLink, list: string, adaptor: string): void {
    link.pending = list;
    link.again = false;
    this.stats.dispatcherSets++;
    const what = `${pool.spec.config.name}: set ${dispatcher} ${adaptor} backends=${list}`;
    const record = (outcome: string) => pool.record(outcome, what);
    this.o.deps.call(dispatcher, { set: { adaptor, params: { backends: list } } }, SET_DEADLINE_MS)
      .then((r) => {
        const state = r.adaptor?.status?.state;
        if (state !== undefined && state !== null && state !== pb.AdaptorState.ADAPTOR_RUNNING) {
          // Stryker disable next-line OptionalChaining: a state was read from r.adaptor just above, so it is present
          throw new Error(`${adaptor} on ${dispatcher} is not running (${r.adaptor?.message ?? ""})`);
        }
        link.applied = list;
        link.appliedAtMs = this.o.clock.now();
        link.error = null;
        this.o.log.event("dispatcher-set", { pool: pool.spec.config.name, node: dispatcher, backends: list });
        record("applied");
      })
      .catch((e) => {
        this.stats.failures++;
        link.error = (e as Error)?.message ?? String(e);
        link.again = false; // tried again next period, not at once
        this.o.log.event("action-failed", { pool: pool.spec.config.name, action: "dispatcher-set", node: dispatcher, error: link.error });
        record(`failed: ${link.error}`);
      })
      .finally(() => {
        link.pending = null;
        if (link.again) this.syncDispatchers(pool);
        else this.advanceReleases(pool);
      });
  }

  /** Whether every running dispatcher accepted a list that satisfies `ok` (true when none runs). */
  private everyDispatcher(pool: PoolState, ok: (list: string) => boolean): boolean {
    return this.runningDispatchers(pool).every((id) => {
      const applied = pool.links.get(id)?.applied;
      return applied !== null && applied !== undefined && ok(applied);
    });
  }

  /**
   * The sessions the running dispatchers still hold for a draining node, or undefined while that is not known: a
   * dispatcher's count counts from its second telemetry sample after the drain was accepted (haproxy's counters in
   * a sample are those fetched at the one before), and only when its detail lists the node (sessionsIn).
   * runningDispatchers lists only nodes whose state has the dispatcher's adaptor, so both are there.
   */
  private sessionsLeft(pool: PoolState, serviceId: string, r: Releasing): number | undefined {
    const running = this.runningDispatchers(pool);
    if (running.length === 0 || !r.seen) return undefined;
    let total: number | undefined = 0;
    for (const id of running) {
      const state = this.o.deps.nodeState(id)!;
      const atMs = Number(state.latest.atMs ?? 0);
      const seen = r.seen.get(id) ?? { atMs, samples: 0 };
      if (atMs > seen.atMs) r.seen.set(id, { atMs, samples: seen.samples + 1 });
      else r.seen.set(id, seen);
      // Stryker disable next-line StringLiteral: any text without an entry for the node reads as undefined, as "" does
      const n = sessionsIn(state.adaptors.find((a) => a.name === pool.spec.dispatcher!.adaptor)!.detail ?? "", serviceId);
      if (r.seen.get(id)!.samples < 2 || n === undefined || total === undefined) total = undefined;
      else total += n;
    }
    return total;
  }

  /** Moves each release on as far as the dispatchers' accepted lists and sessions allow. */
  private advanceReleases(pool: PoolState): void {
    if (this.stopped) return;
    let emptied = false;
    for (const [serviceId, r] of pool.releasing) {
      if (r.phase === "drain" && this.everyDispatcher(pool, (l) => backendStateIn(l, serviceId) !== "ready")) {
        r.phase = "draining";
        r.drainedAtMs = this.o.clock.now();
        r.seen = new Map();
        this.sessionsLeft(pool, serviceId, r); // the samples before now do not count
        if (pool.spec.dispatcher) r.record(`drain accepted by the dispatcher; stop once it reports no sessions there, at most in ${r.action.drainMs} ms`);
        this.o.clock.setTimeout(() => {
          if (r.phase !== "draining") return;
          r.phase = "out";
          const left = this.sessionsLeft(pool, serviceId, r);
          if (pool.spec.dispatcher) r.record(`drain time ${r.action.drainMs} ms is up with ${left ?? "an unknown number of"} session${left === 1 ? "" : "s"} open on the dispatcher; the Stop cuts them`);
          this.syncDispatchers(pool);
        }, r.action.drainMs);
      } else if (r.phase === "draining" && this.sessionsLeft(pool, serviceId, r) === 0) {
        r.phase = "out";
        r.record(`no sessions left on the dispatcher ${this.o.clock.now() - r.drainedAtMs!} ms after the drain; stop now`);
        emptied = true;
      } else if (r.phase === "out" && this.everyDispatcher(pool, (l) => backendStateIn(l, serviceId) === undefined)) {
        // Stryker disable next-line StringLiteral: "stopping" only has to be none of drain, draining and out, which any other text is too
        r.phase = "stopping";
        this.o.deps.call(serviceId, { stop: { adaptor: r.action.adaptor } }, POOL_START_DEADLINE_MS)
          .then((rep) => r.record(`stopped: ${rep.adaptor?.message ?? ""}`), (e) => this.failed(r.action, r.record, e))
          .finally(() => {
            pool.releasing.delete(serviceId);
            pool.given.delete(serviceId);
          });
      }
    }
    if (emptied) this.syncDispatchers(pool);
  }

  /** The address of `name`'s first serving member (by service id), on the subnet of `facing` where it can be. */
  private addressOfPool(name: string, facing: readonly string[]): string | undefined {
    const other = this.pools.find((p) => p.spec.config.name === name);
    if (!other) return undefined;
    const serving = this.view(other).members.filter((m) => m.ready).map((m) => m.serviceId).sort();
    for (const id of serving) {
      const address = addressFacing(this.o.deps.addressesOf(id), facing);
      if (address !== undefined) return address;
    }
    return undefined;
  }

  /** Sets the referring parameters again on every serving member whose value no longer matches (the pool it names moved). */
  private refreshReferences(pool: PoolState): void {
    // Stryker disable next-line ConditionalExpression: with no reference, `referring` is empty and nothing is ever Set; the return saves the work
    if (pool.references.length === 0) return;
    const c = pool.spec.config;
    const referring = Object.fromEntries(Object.entries(c.serverParams).filter(([, v]) => referencedPools({ v }).length > 0));
    for (const m of this.view(pool).members) {
      if (!m.ready || pool.setting.has(m.serviceId)) continue;
      const resolved = resolveParams(referring, (name) => this.addressOfPool(name, this.o.deps.addressesOf(m.serviceId)));
      if ("missing" in resolved) continue; // keep what it has until the named pool serves again
      const known = pool.given.get(m.serviceId)
        ?? (this.o.deps.nodeState(m.serviceId)?.adaptors.find((a) => a.name === c.adaptor)?.params as Record<string, string> | undefined) ?? {};
      const changed = Object.fromEntries(Object.entries(resolved.params).filter(([k, v]) => known[k] !== v));
      if (Object.keys(changed).length === 0) continue;
      pool.setting.add(m.serviceId);
      const what = `${c.name}: set ${m.serviceId} ${c.adaptor} ${Object.entries(changed).map(([k, v]) => `${k}=${v}`).join(" ")}`;
      this.o.log.event("server-set", { pool: c.name, node: m.serviceId, params: Object.entries(changed).map(([k, v]) => `${k}=${v}`) });
      this.o.deps.call(m.serviceId, { set: { adaptor: c.adaptor, params: changed } }, SET_DEADLINE_MS)
        .then((r) => {
          pool.given.set(m.serviceId, { ...known, ...changed });
          pool.record(`applied: ${r.adaptor?.message ?? ""}`, what);
        }, (e) => {
          this.stats.failures++;
          pool.record(`failed: ${(e as Error)?.message ?? String(e)}`, what);
        })
        .finally(() => pool.setting.delete(m.serviceId));
    }
  }

  private failed(action: Action, record: (outcome: string) => void, e: unknown): void {
    this.stats.failures++;
    const message = (e as Error)?.message ?? String(e);
    this.o.log.event("action-failed", { pool: action.pool, action: action.kind, node: "serviceId" in action ? action.serviceId : undefined, error: message });
    record(`failed: ${message}`);
  }
}
