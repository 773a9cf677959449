/**
 * Histograms that grand fills as things happen, for `GET /metrics`: cumulative
 * since grand started (a Prometheus histogram's buckets, sum and count are
 * counters, so `rate()` and `histogram_quantile()` work on them), fixed
 * buckets, O(buckets) memory per label set, O(buckets) per observation.
 *
 * Two are grand's: the duration of each control-channel call by method and
 * outcome, and the delay of each telemetry sample from the time the node took it
 * to its arrival. Observing never throws and never blocks; it runs on grand's
 * event loop in the control manager.
 */
import { ChannelClosedError, RemoteRpcError, RpcTimeoutError, type RpcMethod } from "../runtime/wire/index.ts";
import type { HistogramSample, Labels } from "./metrics-text.ts";

/** Upper bounds of the channel set-up histogram, seconds (set-up is ~16 ms p50 on a LAN, up to seconds on DTLS retransmits). */
export const SETUP_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;
/**
 * Upper bounds of the RPC duration buckets, seconds: a Status answers in about
 * a millisecond on a LAN; a Start waits for its program's readiness (seconds);
 * the API's deadline is 15 s.
 */
export const RPC_BUCKETS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30] as const;
/** Upper bounds of the telemetry delay buckets, seconds: sub-millisecond on one host, a sample period (2 s) is very late. */
export const TELEMETRY_DELAY_BUCKETS_S = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] as const;
/**
 * A sample older than this on arrival is not a delay but a clock that disagrees
 * with grand's (the node's wall clock behind, or stepped): counted, not observed.
 */
export const TELEMETRY_DELAY_MAX_MS = 60_000;

/** One histogram's counts, cumulative since creation. */
export class Histogram {
  private readonly counts: number[];
  private sum = 0;
  private count = 0;

  constructor(readonly bounds: readonly number[]) {
    for (let i = 1; i < bounds.length; i++) if (!(bounds[i]! > bounds[i - 1]!)) throw new Error(`histogram bounds must ascend: ${bounds.join(", ")}`);
    this.counts = bounds.map(() => 0);
  }

  /** Counts one value (a NaN is ignored: it has no bucket and would poison the sum). */
  observe(x: number): void {
    if (Number.isNaN(x)) return;
    this.sum += x;
    this.count++;
    const i = this.bounds.findIndex((b) => x <= b);
    if (i >= 0) this.counts[i]!++;
  }

  /** The exposition sample: cumulative bucket counts, sum and count. */
  sample(labels?: Labels): HistogramSample {
    let running = 0;
    return { labels, buckets: this.bounds.map((b, i) => [b, (running += this.counts[i]!)] as const), sum: this.sum, count: this.count };
  }
}

/** Histograms by label set, created on first observation. */
export class LabelledHistograms {
  private readonly series = new Map<string, { labels: Labels; h: Histogram }>();

  constructor(readonly bounds: readonly number[]) {}

  observe(labels: Labels, x: number): void {
    const key = JSON.stringify(Object.entries(labels).sort());
    let s = this.series.get(key);
    if (!s) this.series.set(key, (s = { labels: { ...labels }, h: new Histogram(this.bounds) }));
    s.h.observe(x);
  }

  /** Every label set's sample, in a stable order (by label values). */
  samples(): HistogramSample[] {
    return [...this.series.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s.h.sample(s.labels));
  }
}

/** The `method` label of a call: status | start | stop | set. */
export function rpcMethodName(m: RpcMethod): string {
  return m.status ? "status" : m.start ? "start" : m.stop ? "stop" : m.set ? "set" : "unknown";
}

/**
 * The `outcome` label of a call: ok; remote_error (the node answered with an
 * error: a bad parameter, an adaptor that failed); timeout (no answer by the
 * deadline); closed (the channel closed while it waited); not_connected (no open
 * channel, never sent); error (anything else).
 */
export function rpcOutcome(error: unknown): string {
  if (error === undefined) return "ok";
  if (error instanceof RemoteRpcError) return "remote_error";
  if (error instanceof RpcTimeoutError) return "timeout";
  if (error instanceof ChannelClosedError) return "closed";
  if (error instanceof Error && error.name === "NotConnectedError") return "not_connected";
  return "error";
}

/** Why a telemetry sample's delay was not observed. */
export type UnmeasuredReason = "node_clock_ahead" | "node_clock_behind";

/**
 * Telemetry delay: grand's wall clock at arrival minus the sample's `at_ms` (the
 * node's wall clock when it read /proc). Node and grand share a LAN and, as the
 * design asks, NTP, so this is transit plus the offset between the clocks; where
 * the clocks disagree the difference is no delay at all: a sample from the
 * future (the node ahead) or older than TELEMETRY_DELAY_MAX_MS (the node behind,
 * or either wall clock stepped) is counted by reason and left out, so a step
 * never puts a negative or absurd value in the histogram. A sample repeated with
 * the same `at_ms` (an adaptor's state change, sent at once) is not a new
 * sample and is not observed again.
 */
export class TelemetryDelay {
  readonly histogram = new Histogram(TELEMETRY_DELAY_BUCKETS_S);
  readonly unmeasured: Record<UnmeasuredReason, number> = { node_clock_ahead: 0, node_clock_behind: 0 };
  private readonly lastAtMs = new Map<string, number>();

  /** One sample of `serviceId` taken at `atMs` (node's wall clock) arrived at `arrivedMs` (grand's). */
  observe(serviceId: string, atMs: number, arrivedMs: number): void {
    if (!(atMs > 0) || this.lastAtMs.get(serviceId) === atMs) return;
    this.lastAtMs.set(serviceId, atMs);
    const delayMs = arrivedMs - atMs;
    if (delayMs < 0) this.unmeasured.node_clock_ahead++;
    else if (delayMs > TELEMETRY_DELAY_MAX_MS) this.unmeasured.node_clock_behind++;
    else this.histogram.observe(delayMs / 1000);
  }

  /** The node left: its last at_ms is not kept. */
  forget(serviceId: string): void {
    this.lastAtMs.delete(serviceId);
  }
}
