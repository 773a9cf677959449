/**
 * What the dashboard draws for each pool, as the paper's Figure 8 does: demand as
 * grand observed it, the policy's forecast and its upper bound, the capacity
 * allocated to the pool and the part of it serving, and each action the
 * reallocator took as a mark on the same time axis. grand samples the pool
 * reports once per DASHBOARD_SAMPLE_MS, keeps the last DASHBOARD_HISTORY_POINTS
 * points and DASHBOARD_HISTORY_MARKS marks of each pool (so a page opened late
 * still shows the recent past), and streams what is new to open pages.
 *
 *   GET /api/dashboard/feed     Server-Sent Events:
 *     event: snapshot   data: DashboardSnapshot   first, every pool's held history
 *     event: update     data: DashboardUpdate     per sample that added points or marks
 *     `: keep-alive` comments every SSE_HEARTBEAT_MS.
 *
 * A point is taken only when a pool's report is newer than the last point (the
 * reallocator ticks every pool period), so a point is one period of the policy.
 * Times are grand's wall clock in ms (the reports' and actions' `atMs`), which is
 * what the page labels its axis with.
 *
 * `poolPoint` is pure (report, pool settings, node capacities → point); the feed
 * class is the shell with the timer, the history and the subscribers. It runs on
 * grand's event loop; sampling reads reports and the monitor only.
 */
import { every, type Clock } from "../runtime/wire/index.ts";
import { allocationView, upperBound, type NodeSample, type PoolConfig } from "./engine/index.ts";
import { actionKind, actionOutcome } from "./metrics.ts";
import type { PoolReport } from "./reallocator.ts";
import { SSE_HEARTBEAT_MS } from "./sse.ts";

/** How often pool reports are sampled: finer than any pool period worth running (the paper's is 2 s). */
export const DASHBOARD_SAMPLE_MS = 1_000;
/** Points held per pool: 10 minutes of the paper's 2 s period, about 60 kB of JSON per pool. */
export const DASHBOARD_HISTORY_POINTS = 300;
/** Action marks held per pool (the reallocator's own log keeps 50). */
export const DASHBOARD_HISTORY_MARKS = 200;

/** One period of one pool. Rates in bits per second; null where the policy has no such number. */
export interface DashboardPoint {
  /** The report's time, grand's wall clock (ms). */
  t: number;
  /** SUM_L: the members' summed transmit rate. */
  demandBps: number;
  /** What the policy predicts: Algorithm 1's SUM (the current value, or AR(1)'s forecast), or horizon's mean at the horizon. */
  forecastBps: number | null;
  /** The upper bound the horizon rule plans on, max(mean + z·sd now, at the horizon); null for Algorithm 1. */
  boundBps: number | null;
  /** Above this the policy supplements: ut·TC (Algorithm 1) or supplementUtilisation·TC (horizon). */
  supplementAboveBps: number;
  /** Below this the policy may release: lt·(TC − C) or releaseUtilisation·(TC − C); null with one member. */
  releaseBelowBps: number | null;
  /** TC: capacity of the members, starting or serving (a node's own link capacity, else the pool's default). */
  allocatedBps: number;
  /** Capacity of the members that serve. */
  servingBps: number;
  members: number;
  serving: number;
}

/** One action of the reallocator, as recorded in its log. */
export interface DashboardMark {
  t: number;
  /** supplement | release | dispatch | set | other */
  kind: string;
  /** The outcome's class: starting, started, failed, draining, dry-run, ... */
  outcome: string;
  /** The node acted on, when the action names one. */
  node: string | null;
  /** The action and its outcome as the reallocator wrote them. */
  text: string;
}

export interface DashboardPool {
  pool: string;
  policy: string;
  mode: string;
  points: DashboardPoint[];
  marks: DashboardMark[];
}

export interface DashboardSnapshot {
  pools: DashboardPool[];
  sampleMs: number;
}

export interface DashboardUpdate {
  pool: string;
  points: DashboardPoint[];
  marks: DashboardMark[];
}

/** The point for one report. `capacityOf` is a node's reported link capacity (0 or undefined: not reported). */
export function poolPoint(r: PoolReport, c: PoolConfig, capacityOf: (serviceId: string) => number | undefined): DashboardPoint {
  const samples: NodeSample[] = r.members.map((m) => ({ serviceId: m.serviceId, roles: [], txBps: m.txBps, capacityBps: capacityOf(m.serviceId) ?? 0, ready: m.ready }));
  // The same summary the decision rules see (allocator.ts), so the lines are the ones the policy compared.
  const a = allocationView(samples, c.nodeCapacityBps);
  const o = r.outlook;
  let forecastBps: number | null = null;
  let boundBps: number | null = null;
  let supplementAboveBps: number;
  let releaseBelowBps: number | null;
  if (o?.rule === "horizon") {
    forecastBps = o.ahead.meanBps;
    boundBps = Math.max(upperBound(o.now, c.horizon.confidence), upperBound(o.ahead, c.horizon.confidence));
    supplementAboveBps = c.horizon.supplementUtilisation * a.capacityBps;
    releaseBelowBps = a.count > 1 ? c.horizon.releaseUtilisation * (a.capacityBps - a.victimCapacityBps) : null;
  } else {
    if (o?.rule === "algorithm1") forecastBps = o.sumBps;
    supplementAboveBps = c.upperThreshold * a.capacityBps;
    releaseBelowBps = a.count > 1 ? c.lowerThreshold * (a.capacityBps - a.victimCapacityBps) : null;
  }
  return {
    t: r.atMs, demandBps: r.observedBps, forecastBps, boundBps, supplementAboveBps, releaseBelowBps,
    allocatedBps: a.capacityBps, servingBps: a.readyCapacityBps, members: a.count, serving: a.readyCount,
  };
}

/** A mark for one entry of a pool's action log. */
export function actionMark(pool: string, a: { atMs: number; action: string; outcome: string }): DashboardMark {
  const rest = a.action.startsWith(`${pool}: `) ? a.action.slice(pool.length + 2) : a.action;
  const node = /^(?:supplement|release|set)\s+(\S+)/.exec(rest)?.[1] ?? null;
  return { t: a.atMs, kind: actionKind(pool, a.action), outcome: actionOutcome(a.outcome), node, text: `${a.action} — ${a.outcome}` };
}

export interface DashboardFeedOptions {
  pools: { reports(): PoolReport[] };
  /** Each pool's settings, by pool name. */
  configs: ReadonlyMap<string, PoolConfig>;
  capacityOf: (serviceId: string) => number | undefined;
  clock: Clock;
}

interface History {
  pool: DashboardPool;
  lastAtMs: number;
  /** Action log entries already marked (the log is a moving window of 50, so entries are matched, not counted). */
  seen: Set<string>;
}

/** The dashboard's pool history and its stream. */
export class DashboardFeed {
  private readonly histories = new Map<string, History>();
  private readonly listeners = new Set<(u: DashboardUpdate) => void>();
  private stopTimer: (() => void) | undefined;

  constructor(private readonly o: DashboardFeedOptions) {}

  start(): void {
    this.sample();
    this.stopTimer ??= every(this.o.clock, DASHBOARD_SAMPLE_MS, () => this.sample());
  }

  stop(): void {
    this.stopTimer?.();
    this.stopTimer = undefined;
  }

  /** Takes a point of each pool whose report is new, and marks its new actions; tells the open pages. */
  sample(): void {
    for (const r of this.o.pools.reports()) {
      const config = this.o.configs.get(r.pool);
      if (!config) continue;
      let h = this.histories.get(r.pool);
      if (!h) {
        h = { pool: { pool: r.pool, policy: r.policy, mode: r.mode, points: [], marks: [] }, lastAtMs: -Infinity, seen: new Set() };
        this.histories.set(r.pool, h);
      }
      const update: DashboardUpdate = { pool: r.pool, points: [], marks: [] };
      if (r.atMs > h.lastAtMs && r.atMs > 0) {
        h.lastAtMs = r.atMs;
        update.points.push(poolPoint(r, config, this.o.capacityOf));
      }
      const seenNow = new Set<string>();
      for (const a of r.lastActions) {
        const key = `${a.atMs}\0${a.action}\0${a.outcome}`;
        seenNow.add(key);
        if (!h.seen.has(key)) update.marks.push(actionMark(r.pool, a));
      }
      h.seen = seenNow;
      if (update.points.length === 0 && update.marks.length === 0) continue;
      push(h.pool.points, update.points, DASHBOARD_HISTORY_POINTS);
      push(h.pool.marks, update.marks, DASHBOARD_HISTORY_MARKS);
      for (const l of this.listeners) l(update);
    }
  }

  snapshot(): DashboardSnapshot {
    return { pools: [...this.histories.values()].map((h) => ({ ...h.pool, points: [...h.pool.points], marks: [...h.pool.marks] })), sampleMs: DASHBOARD_SAMPLE_MS };
  }

  /** Calls `fn` with each update until the returned function is called. */
  subscribe(fn: (u: DashboardUpdate) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** GET /api/dashboard/feed: the snapshot, then each update, until the page goes. */
  response(signal: AbortSignal): Response {
    const enc = new TextEncoder();
    let unsubscribe = () => {};
    let stopHeartbeat = () => {};
    let closed = false;
    const stream = new ReadableStream<Uint8Array>({
      start: (controller) => {
        const send = (text: string) => {
          if (closed) return;
          try {
            controller.enqueue(enc.encode(text));
          } catch {
            finish();
          }
        };
        const finish = () => {
          if (closed) return;
          closed = true;
          unsubscribe();
          stopHeartbeat();
          try {
            controller.close();
          } catch {}
        };
        send(`event: snapshot\ndata: ${JSON.stringify(this.snapshot())}\n\n`);
        // A page that stops reading is not served forever: past a bound of queued bytes it is cut off and reconnects.
        unsubscribe = this.subscribe((u) => ((controller.desiredSize ?? 0) < -FEED_MAX_QUEUED_BYTES ? finish() : send(`event: update\ndata: ${JSON.stringify(u)}\n\n`)));
        stopHeartbeat = every(this.o.clock, SSE_HEARTBEAT_MS, () => send(": keep-alive\n\n"));
        signal.addEventListener("abort", finish);
        if (signal.aborted) finish();
      },
      cancel: () => {
        closed = true;
        unsubscribe();
        stopHeartbeat();
      },
    }, new ByteLengthQueuingStrategy({ highWaterMark: 0 }));
    return new Response(stream, { headers: { "content-type": "text/event-stream", "cache-control": "no-cache" } });
  }
}

/** Bytes a page may leave unread before its feed is closed (an EventSource reconnects and gets a fresh snapshot). */
export const FEED_MAX_QUEUED_BYTES = 1 << 20;

function push<T>(into: T[], items: T[], max: number): void {
  into.push(...items);
  if (into.length > max) into.splice(0, into.length - max);
}
