/**
 * What grand's `GET /metrics` says: every series is read at scrape time from the
 * objects grand already keeps (lookup service counters, the envelope's drops,
 * the kernel's UDP counters, control channels, the monitor, the reallocator's
 * pool reports), so nothing here counts on the hot path and nothing can drift
 * from `/api/stats`. `grandMetrics(source)` builds the families (pure over the
 * source); `metrics-text.ts` encodes them.
 *
 * Names follow Prometheus' conventions: a `grand_` prefix, base units in the
 * name (`_seconds`, `_bps` for bits per second, `_ratio` for 0..1), counters end
 * in `_total`. Per-node series carry `node` (service id) and `role` (the node's
 * roles, sorted, comma-joined); per-pool series carry `pool`.
 */
import type { Envelope, KernelUdpCounters } from "../runtime/wire/index.ts";
import type { ChannelInfo } from "./control-manager.ts";
import type { LookupService } from "./lookup-service.ts";
import type { Monitor } from "./monitor.ts";
import type { PoolReport } from "./reallocator.ts";
import type { Histogram, LabelledHistograms, TelemetryDelay } from "./metrics-histogram.ts";
import { encodeMetrics, type MetricFamily, type Sample } from "./metrics-text.ts";

export { SETUP_BUCKETS_S } from "./metrics-histogram.ts";

/** What the metrics read; `ApiContext` is one. Each optional part adds its series when present. */
export interface MetricsSource {
  service: Pick<LookupService, "counters" | "leases"> & Partial<Pick<LookupService, "otherGrands">>;
  envelope: Pick<Envelope, "accepted" | "drops">;
  control?: {
    readonly openCount: number;
    readonly setupSeconds: Pick<Histogram, "sample">;
    readonly rpcSeconds: Pick<LabelledHistograms, "samples">;
    readonly telemetryDelay: Pick<TelemetryDelay, "histogram" | "unmeasured">;
    info(serviceId: string): ChannelInfo | undefined;
  };
  monitor?: Pick<Monitor, "latest" | "nodeState" | "heldSamples">;
  pools?: { reports(): PoolReport[] };
  kernelUdp?: () => KernelUdpCounters | undefined;
  clock: { now(): number };
  startedAtMs: number;
  grandId: string;
  epoch: number;
}

/** Channel states as reported, plus "none" for a registered node the manager does not track. */
const CHANNEL_STATES = ["open", "connecting", "waiting", "none"] as const;
/** A pool member's or candidate's state in a pool report. */
const POOL_NODE_STATES = ["serving", "starting", "idle", "releasing", "unreachable"] as const;
const KERNEL_UDP: [keyof KernelUdpCounters, string, string][] = [
  ["inDatagrams", "in_datagrams", "UDP datagrams delivered to sockets"],
  ["noPorts", "no_ports", "UDP datagrams to a port with no socket"],
  ["inErrors", "in_errors", "UDP datagrams not delivered for other reasons than no port (includes receive-buffer drops)"],
  ["outDatagrams", "out_datagrams", "UDP datagrams sent"],
  ["rcvbufErrors", "rcvbuf_errors", "UDP datagrams dropped because a socket's receive buffer was full"],
  ["sndbufErrors", "sndbuf_errors", "UDP datagrams dropped because a socket's send buffer was full"],
  ["inCsumErrors", "in_csum_errors", "UDP datagrams with a bad checksum"],
];

const counter = (name: string, help: string, samples: Sample[]): MetricFamily => ({ name, help, type: "counter", samples });
const gauge = (name: string, help: string, samples: Sample[]): MetricFamily => ({ name, help, type: "gauge", samples });
const one = (value: number): Sample[] => [{ value }];

/**
 * The kind of a reallocator action from its description ("pool: supplement n1 (...) because ..."); a Set the
 * reallocator sends ("pool: set NODE ADAPTOR backends=..." to a dispatcher, or a server parameter) is "set".
 */
export function actionKind(pool: string, text: string): string {
  const rest = text.startsWith(`${pool}: `) ? text.slice(pool.length + 2) : text;
  return /^(supplement|release|dispatch|set)\b/.exec(rest)?.[1] ?? "other";
}

/** The outcome class of a recorded action: its first word ("starting", "started", "failed", "dry-run", ...). */
export function actionOutcome(outcome: string): string {
  return /^[a-z-]+/.exec(outcome)?.[0] ?? "other";
}

/** Every family grand exposes, read from `s` now. */
export function grandMetrics(s: MetricsSource): MetricFamily[] {
  const now = s.clock.now();
  const c = s.service.counters;
  const leases = s.service.leases.list();
  const families: MetricFamily[] = [
    gauge("grand_info", "Always 1; labels say which grand this is.", [{ labels: { grand_id: s.grandId, epoch: String(s.epoch) }, value: 1 }]),
    gauge("grand_uptime_seconds", "Time since this grand started.", one((now - s.startedAtMs) / 1000)),
    gauge("grand_registered_nodes", "Nodes holding a lease.", one(leases.length)),
    counter("grand_registrations_total", "Registrations accepted (a rebooted node registering again counts again).", one(c.registers)),
    counter("grand_renewals_total", "Lease renewals accepted.", one(c.renewals)),
    counter("grand_unknown_renewals_total", "Renewals of a lease grand does not hold (answered: register again).", one(c.unknownRenewals)),
    counter("grand_expiries_total", "Leases that ran out (a node stopped renewing).", one(c.expiries)),
    counter("grand_cancels_total", "Leases cancelled by their node (a clean leave).", one(c.cancels)),
    counter("grand_rejected_total", "Registrations and renewals refused.", one(c.rejected)),
    counter("grand_announces_received_total", "Node announcements received.", one(c.announces)),
    counter("grand_other_epoch_registrations_total", "Registrations addressed to another grand epoch (replayed captures), refused.", one(c.otherEpoch)),
    counter("grand_wall_clock_steps_total", "Steps of grand's wall clock of a second or more, seen against its monotonic clock.", one(c.wallSteps)),
    gauge("grand_other_grands", "Other grands heard announcing on this pool in the last minute, by whether our controller key signed them (two grands, or an impostor: see the other-grand log line).",
      [true, false].map((signed) => ({ labels: { signed: String(signed) }, value: (s.service.otherGrands?.() ?? []).filter((g) => g.signed === signed).length }))),
    counter("grand_other_grand_announcements_total", "Announcements of other grands received.", one(c.otherGrandAnnounces)),
    counter("grand_envelope_accepted_total", "Datagrams that opened under a pool key.", one(s.envelope.accepted)),
    counter("grand_envelope_drops_total", "Datagrams dropped before any processing, by reason (see runtime/wire/envelope.ts).",
      Object.entries(s.envelope.drops.byReason).map(([reason, value]) => ({ labels: { reason }, value }))),
  ];

  const udp = s.kernelUdp?.();
  if (udp) {
    for (const [key, name, help] of KERNEL_UDP) {
      const v = udp[key];
      if (v !== undefined) families.push(counter(`grand_kernel_udp_${name}_total`, `${help}, in grand's network namespace (/proc/net/snmp).`, one(v)));
    }
  }

  const roleOf = (serviceId: string) => [...(s.service.leases.get(serviceId)?.item.attributes?.roles ?? [])].sort().join(",");
  if (s.monitor) {
    const monitor = s.monitor;
    const reporting = leases.filter((l) => monitor.nodeState(l.serviceId) !== undefined).length;
    families.push(
      gauge("grand_nodes", "Registered nodes by telemetry state: reporting (telemetry flowing) or silent (none yet, or stopped).",
        [{ labels: { state: "reporting" }, value: reporting }, { labels: { state: "silent" }, value: leases.length - reporting }]),
      gauge("grand_monitor_samples", "Load samples held by the monitor (bounded per node and per role).", one(monitor.heldSamples)),
    );
    const load = leases.flatMap((l) => {
      const st = monitor.latest(l.serviceId);
      return st ? [{ labels: { node: l.serviceId, role: roleOf(l.serviceId) }, st }] : [];
    });
    families.push(
      gauge("grand_node_tx_bps", "A node's transmit rate over its non-loopback interfaces, bits per second (latest sample).", load.map(({ labels, st }) => ({ labels, value: st.txBps ?? 0 }))),
      gauge("grand_node_rx_bps", "A node's receive rate over its non-loopback interfaces, bits per second (latest sample).", load.map(({ labels, st }) => ({ labels, value: st.rxBps ?? 0 }))),
      gauge("grand_node_cpu_busy_ratio", "A node's CPU busy fraction, 0..1 (1 - idle - iowait, latest sample).", load.map(({ labels, st }) => ({ labels, value: st.cpu?.busy ?? 0 }))),
      gauge("grand_node_link_capacity_bps", "A node's link capacity, bits per second (0: not reported).", load.map(({ labels, st }) => ({ labels, value: Number(st.linkCapacityBps ?? 0) }))),
      gauge("grand_node_lease_remaining_seconds", "Time left on a node's lease.", leases.map((l) => ({ labels: { node: l.serviceId, role: roleOf(l.serviceId) }, value: Math.max(0, l.expiresAtMs - now) / 1000 }))),
    );
  }

  if (s.control) {
    const control = s.control;
    const byState = new Map<string, number>(CHANNEL_STATES.map((st) => [st, 0]));
    for (const l of leases) {
      const st = control.info(l.serviceId)?.state ?? "none";
      byState.set(st, (byState.get(st) ?? 0) + 1);
    }
    families.push(
      gauge("grand_channels", "Control channels of registered nodes by state (open: rpc and telemetry usable).", [...byState].map(([state, value]) => ({ labels: { state }, value }))),
      gauge("grand_channels_open", "Control channels open.", one(control.openCount)),
      {
        name: "grand_channel_setup_seconds", type: "histogram",
        help: "Control channel set-up, offer to both data channels open, since grand started.",
        samples: [control.setupSeconds.sample()],
      },
      {
        name: "grand_rpc_duration_seconds", type: "histogram",
        help: "Control-channel calls (Status, Start, Stop, Set) from send to reply, by method and outcome (ok, remote_error, timeout, closed, not_connected, error).",
        samples: control.rpcSeconds.samples(),
      },
      {
        name: "grand_telemetry_delay_seconds", type: "histogram",
        help: "Telemetry samples from the node's at_ms to their arrival at grand (wall clocks; includes the clocks' offset).",
        samples: [control.telemetryDelay.histogram.sample()],
      },
      counter("grand_telemetry_delay_unmeasured_total",
        "Telemetry samples whose delay was not measured because the clocks disagree: the node's ahead of grand's, or behind by over a minute.",
        Object.entries(control.telemetryDelay.unmeasured).map(([reason, value]) => ({ labels: { reason }, value }))),
    );
  }

  if (s.pools) families.push(...poolFamilies(s.pools.reports(), s.monitor));
  return families;
}

/** Per-pool series from the reallocator's latest reports. */
function poolFamilies(reports: PoolReport[], monitor: MetricsSource["monitor"]): MetricFamily[] {
  const capacity = (id: string) => Number(monitor?.latest(id)?.linkCapacityBps ?? 0);
  const demand: Sample[] = [];
  const forecast: Sample[] = [];
  const forecastSd: Sample[] = [];
  const allocated: Sample[] = [];
  const serving: Sample[] = [];
  const nodes: Sample[] = [];
  const actions: Sample[] = [];
  for (const r of reports) {
    const pool = r.pool;
    demand.push({ labels: { pool, policy: r.policy }, value: r.observedBps });
    const o = r.outlook;
    if (o?.rule === "algorithm1") forecast.push({ labels: { pool, horizon: "now" }, value: o.sumBps });
    if (o?.rule === "horizon") {
      forecast.push({ labels: { pool, horizon: "now" }, value: o.now.meanBps }, { labels: { pool, horizon: "ahead" }, value: o.ahead.meanBps });
      forecastSd.push({ labels: { pool, horizon: "now" }, value: o.now.sdBps }, { labels: { pool, horizon: "ahead" }, value: o.ahead.sdBps });
    }
    allocated.push({ labels: { pool }, value: r.members.reduce((a, m) => a + capacity(m.serviceId), 0) });
    serving.push({ labels: { pool }, value: r.members.filter((m) => m.ready).reduce((a, m) => a + capacity(m.serviceId), 0) });
    const ready = r.members.filter((m) => m.ready).length;
    const counts: Record<(typeof POOL_NODE_STATES)[number], number> = {
      serving: ready, starting: r.members.length - ready, idle: r.idle.length, releasing: r.releasing.length, unreachable: r.unreachable.length,
    };
    for (const state of POOL_NODE_STATES) nodes.push({ labels: { pool, state }, value: counts[state] });
    const tally = new Map<string, Sample & { labels: Record<string, string> }>();
    for (const a of r.lastActions) {
      const labels = { pool, kind: actionKind(pool, a.action), outcome: actionOutcome(a.outcome) };
      const key = `${labels.kind}\0${labels.outcome}`;
      const t = tally.get(key);
      tally.set(key, { labels, value: (t?.value ?? 0) + 1 });
    }
    actions.push(...tally.values());
  }
  return [
    gauge("grand_pool_demand_bps", "A pool's observed demand: its members' summed transmit rate, bits per second.", demand),
    gauge("grand_pool_forecast_bps", "The policy's demand forecast, bits per second: now, and at the lead-time horizon (ahead).", forecast),
    gauge("grand_pool_forecast_sd_bps", "Standard deviation of the forecast, bits per second (horizon policy).", forecastSd),
    gauge("grand_pool_allocated_capacity_bps", "Link capacity of a pool's members, starting or serving, bits per second (as the nodes report it).", allocated),
    gauge("grand_pool_serving_capacity_bps", "Link capacity of a pool's serving (ready) members, bits per second.", serving),
    gauge("grand_pool_nodes", "Nodes of a pool's role by state in the pool.", nodes),
    gauge("grand_pool_recent_actions", "Actions in the pool's recent action log (the last 50) by kind and outcome (a log, so not a counter).", actions),
  ];
}

/** The `/metrics` answer. */
export function metricsText(s: MetricsSource): string {
  return encodeMetrics(grandMetrics(s));
}
