/**
 * The deterministic simulator behind `grand simulate`: one pool, one workload, one
 * policy, the same engine the live grand runs. Per monitoring period k (t = k·p):
 *
 * 1. nodes whose lead time has passed become ready;
 * 2. the pool serves the true demand, in one of two models:
 *    - `sticky` (the default; streaming pools, see sticky-pool.ts): listeners stay
 *      on the node they joined; only arrivals follow the dispatcher's weights over
 *      the ready nodes; departures leave from where they are; a released node is
 *      drained and stopped at its drain timeout, cutting whoever is still on it
 *      (they reconnect through the dispatcher); a node takes at most its client
 *      limit and refuses the rest, who try again every period;
 *    - `resplit` (stateless services, where every request may go anywhere): the
 *      whole demand is split over the ready nodes in proportion to capacity every
 *      period, a released node's clients move at once, streams beyond a node's
 *      connection limit drop (clients retry, so demand stays);
 *    an SLA violation is a period in which some client got less than the stream
 *    rate: a node above the SLA utilisation, or (sticky) a listener refused;
 * 3. the monitor samples each ready node's transmitted rate: what it served, times
 *    (1 + noise·g) with g a standard normal drawn per (seed, step, node slot);
 *    a draining node is no longer a member (as in grand's reallocator);
 * 4. the engine ticks and its actions are applied: a supplement starts a node that
 *    serves after the lead time, a release drains one (sticky) or removes it (resplit).
 *
 * No clock and no I/O: the same inputs give the same run, bit for bit.
 */
import { PAPER_POOL, POLICIES, ReallocationEngine, type NodeSample, type PolicyName, type PoolConfig } from "../../index.ts";
import { hashGaussian } from "../prng.ts";
import { PAPER_MAX_STREAMS_PER_NODE, type Workload } from "../workload/workload.ts";
import { countReversals, type LoggedAction, type Metrics } from "./metrics.ts";
import { leadSteps, runOracle, type OracleRun } from "./oracle.ts";
import { StickyPool, type Balance } from "./sticky-pool.ts";

/** Relative standard deviation of one node's measured rate per sample (Figure 8(a) is visibly noisy). */
export const PAPER_MEASUREMENT_NOISE = 0.1;

/** How the pool serves demand (see the header). */
export type PoolModel = "sticky" | "resplit";
/** The models, as `--model` takes them; the first is the default. */
export const POOL_MODELS: readonly PoolModel[] = ["sticky", "resplit"];

/** What to simulate besides the workload and the policy. */
export interface SimulationOptions {
  readonly seed: number;
  /** Allocation overhead in the model; also what the pool config tells the policies. */
  readonly leadTimeMs: number;
  readonly noise?: number;
  readonly pool?: PoolConfig;
  /** sticky unless given. */
  readonly model?: PoolModel;
  /** Sticky model: how the dispatcher spreads arrivals (leastconn unless given). */
  readonly balance?: Balance;
  /** Sticky model: mean listening time, s; 0 (the default): listeners leave only when the workload falls. */
  readonly sessionS?: number;
  /**
   * Connections a node keeps. Resplit: beyond, they drop (default the paper's 750).
   * Sticky: its client limit; beyond, arrivals are refused (default what its link carries
   * at the stream rate below the SLA line: ⌊0.98 · 100 Mbps / 132 kbps⌋ = 742).
   */
  readonly maxStreamsPerNode?: number;
}

/** Per-period series for the CSV and the figure. */
export interface Series {
  /** SUM_L the monitor saw. */
  readonly observedBps: Float64Array;
  /** What the rule compared with capacity: current sum, AR(1) forecast, or our mean forecast at the horizon. */
  readonly forecastBps: Float64Array;
  /** Our upper bound at the horizon (NaN for the paper's policies). */
  readonly upperBps: Float64Array;
  /** Nodes allocated after the step's actions (serving or starting; draining ones are not counted). */
  readonly allocated: Uint16Array;
  /** Nodes that served the step's demand. */
  readonly ready: Uint16Array;
}

/** One policy's run: metrics, per-period series and its actions. */
export interface PolicyRun {
  readonly policy: PolicyName;
  readonly metrics: Metrics;
  readonly series: Series;
  readonly log: readonly LoggedAction[];
}

/** Several policies over one workload and seed, with the oracle: what the reports render. */
export interface Simulation {
  readonly workload: Workload;
  readonly seed: number;
  readonly leadTimeMs: number;
  readonly noise: number;
  readonly model: PoolModel;
  readonly balance: Balance;
  readonly sessionS: number;
  readonly pool: PoolConfig;
  readonly oracle: OracleRun;
  readonly runs: readonly PolicyRun[];
}

interface SimNode {
  readonly id: string;
  readonly slot: number;
  readonly readyAtStep: number;
}

const nodeId = (slot: number): string => `node-${String(slot + 1).padStart(3, "0")}`;

/** Nodes every run starts with, ready: enough that Algorithm 1 does not act at t = 0. */
export function initialNodes(w: Workload, pool: PoolConfig): number {
  const d = w.demandBps[0] ?? 0;
  return Math.min(pool.maxNodes, Math.max(pool.minNodes, Math.ceil(d / (pool.nodeCapacityBps * pool.upperThreshold))));
}

function resolvePool(options: SimulationOptions, w: Workload): PoolConfig {
  return { ...(options.pool ?? PAPER_POOL), leadTimeMs: options.leadTimeMs, periodMs: w.periodMs };
}

/** A node's client limit in the sticky model when none is given: what its link carries at the stream rate below the SLA line. */
export function stickyClientLimit(pool: PoolConfig, streamBps: number): number {
  return Math.floor((pool.slaUtilisation * pool.nodeCapacityBps) / streamBps + 1e-9);
}

/** Periods a released node drains before it is stopped (at least one: the drain is set before the Stop). */
function drainSteps(pool: PoolConfig, periodMs: number): number {
  return Math.max(1, Math.ceil(pool.drainMs / periodMs - 1e-9));
}

/** Runs one policy over the workload. */
export function simulatePolicy(w: Workload, policy: PolicyName, options: SimulationOptions, oracle?: OracleRun): PolicyRun {
  const pool = resolvePool(options, w);
  const model = options.model ?? "sticky";
  const noise = options.noise ?? PAPER_MEASUREMENT_NOISE;
  const capacity = pool.nodeCapacityBps;
  const slaBps = pool.slaUtilisation * capacity;
  const lead = leadSteps(options.leadTimeMs, w.periodMs);
  const periodS = w.periodMs / 1000;
  const steps = w.demandBps.length;
  const engine = new ReallocationEngine(pool, POLICIES[policy]);
  const start = initialNodes(w, pool);
  oracle ??= runOracle(w, pool, options.leadTimeMs, start, model === "sticky" ? drainSteps(pool, w.periodMs) : 0);
  const maxStreams = options.maxStreamsPerNode ?? (model === "sticky" ? stickyClientLimit(pool, w.streamBps) : PAPER_MAX_STREAMS_PER_NODE);
  const limitBps = maxStreams * w.streamBps;
  const sticky =
    model === "sticky"
      ? new StickyPool(pool.maxNodes, w.streamBps, maxStreams, slaBps, options.balance ?? "leastconn", (options.sessionS ?? 0) / periodS)
      : null;
  const drain = drainSteps(pool, w.periodMs);
  const weight = Math.max(1, Math.round(capacity / 1e6));

  // Node names by slot, and the idle ones in slot order (updated only when an action changes them).
  const names = Array.from({ length: pool.maxNodes }, (_, slot) => nodeId(slot));
  const slotOf = new Map(names.map((id, slot) => [id, slot]));
  let nodes: SimNode[] = Array.from({ length: start }, (_, slot) => ({ id: names[slot]!, slot, readyAtStep: 0 }));
  let idle = names.slice(start);
  /** Sticky model: released nodes still serving their listeners, and the step at which each is stopped. */
  let draining: { slot: number; stopAtStep: number }[] = [];
  const series: Series = {
    observedBps: new Float64Array(steps),
    forecastBps: new Float64Array(steps),
    upperBps: new Float64Array(steps),
    allocated: new Uint16Array(steps),
    ready: new Uint16Array(steps),
  };
  const log: LoggedAction[] = [];
  let violationS = 0;
  let droppedStreamS = 0;
  let belowRateS = 0;
  let cutStreams = 0;
  let nodeS = 0;
  const byId = (x: string, y: string): number => slotOf.get(x)! - slotOf.get(y)!;

  for (let k = 0; k < steps; k++) {
    const t = k * w.periodMs;
    const demand = w.demandBps[k]!;
    const ready = nodes.filter((n) => n.readyAtStep <= k);
    let txOf: (n: SimNode) => number;
    if (sticky !== null) {
      const stopped = draining.filter((d) => d.stopAtStep <= k).map((d) => d.slot);
      if (stopped.length > 0) {
        draining = draining.filter((d) => d.stopAtStep > k);
        idle = [...idle, ...stopped.map((slot) => names[slot]!)].sort(byId);
      }
      const open = ready.map((n) => ({ slot: n.slot, weight }));
      const serving = [...ready.map((n) => n.slot), ...draining.map((d) => d.slot)];
      const period = sticky.step(demand / w.streamBps, stopped, open, serving);
      if (period.violation) violationS += periodS;
      droppedStreamS += period.waiting * periodS;
      belowRateS += (period.belowRate + period.waiting) * periodS;
      cutStreams += period.cut;
      txOf = (n) => sticky.txBps(n.slot, capacity);
    } else {
      const perNode = ready.length > 0 ? demand / ready.length : 0;
      const violation = ready.length === 0 ? demand > 0 : perNode > slaBps;
      if (violation) {
        violationS += periodS;
        belowRateS += (demand / w.streamBps) * periodS;
      }
      const excess = ready.length === 0 ? demand : ready.length * Math.max(0, perNode - limitBps);
      droppedStreamS += (excess / w.streamBps) * periodS;
      const served = Math.min(perNode, limitBps);
      txOf = () => served;
    }

    const members: NodeSample[] = nodes.map((n) => {
      const isReady = n.readyAtStep <= k;
      const tx = isReady ? Math.max(0, txOf(n) * (1 + noise * hashGaussian(options.seed, k, n.slot))) : 0;
      return { serviceId: n.id, roles: [pool.role], txBps: tx, capacityBps: capacity, ready: isReady };
    });

    const drainingSamples: NodeSample[] = draining.map((d) => ({
      serviceId: names[d.slot]!,
      roles: [pool.role],
      txBps: Math.max(0, sticky!.txBps(d.slot, capacity) * (1 + noise * hashGaussian(options.seed, k, d.slot))),
      capacityBps: capacity,
      ready: true,
    }));
    const { actions, outlook, observedBps } = engine.tick({ members, idle, draining: drainingSamples }, t);
    for (const a of actions) {
      if (a.kind === "supplement") {
        nodes.push({ id: a.serviceId, slot: slotOf.get(a.serviceId)!, readyAtStep: k + lead });
        idle = idle.filter((id) => id !== a.serviceId);
        log.push({ atMs: t, kind: "supplement", serviceId: a.serviceId, reason: a.reason });
      } else if (a.kind === "release") {
        const slot = slotOf.get(a.serviceId)!;
        nodes = nodes.filter((n) => n.id !== a.serviceId);
        if (sticky !== null) draining.push({ slot, stopAtStep: k + drain });
        else idle = [...idle, a.serviceId].sort(byId);
        log.push({ atMs: t, kind: "release", serviceId: a.serviceId, reason: a.reason });
      }
    }
    nodeS += (nodes.length + draining.length) * periodS;

    series.observedBps[k] = observedBps;
    if (outlook.rule === "algorithm1") {
      series.forecastBps[k] = outlook.sumBps;
      series.upperBps[k] = NaN;
    } else {
      series.forecastBps[k] = outlook.ahead.meanBps;
      series.upperBps[k] = outlook.ahead.meanBps + pool.horizon.confidence * outlook.ahead.sdBps;
    }
    series.allocated[k] = nodes.length;
    series.ready[k] = ready.length;
  }

  const metrics: Metrics = {
    slaViolationSeconds: round3(violationS),
    droppedStreamSeconds: round3(droppedStreamS),
    belowRateListenerSeconds: round3(belowRateS),
    cutStreams: round3(cutStreams),
    nodeSeconds: round3(nodeS),
    actions: log.length,
    reversals: countReversals(log),
    oracleNodeSeconds: round3(oracle.nodeSeconds),
    oracleActions: oracle.actions,
  };
  return { policy, metrics, series, log };
}

/** Runs the oracle once and each policy over the same workload and noise. */
export function simulate(w: Workload, policies: readonly PolicyName[], options: SimulationOptions): Simulation {
  const pool = resolvePool(options, w);
  const model = options.model ?? "sticky";
  const oracle = runOracle(w, pool, options.leadTimeMs, initialNodes(w, pool), model === "sticky" ? drainSteps(pool, w.periodMs) : 0);
  return {
    workload: w,
    seed: options.seed,
    leadTimeMs: options.leadTimeMs,
    noise: options.noise ?? PAPER_MEASUREMENT_NOISE,
    model,
    balance: options.balance ?? "leastconn",
    sessionS: options.sessionS ?? 0,
    pool,
    oracle,
    runs: policies.map((p) => simulatePolicy(w, p, options, oracle)),
  };
}

/** Rounds to 3 decimals so sums of float periods print the same everywhere. */
function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
