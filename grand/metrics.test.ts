import { expect, test } from "bun:test";
import { actionKind, actionOutcome, metricsText, type MetricsSource } from "./metrics.ts";
import type { PoolReport } from "./reallocator.ts";
import { createApi } from "./http-api.ts";
import { World } from "../test/harness/world.ts";
import { Histogram, LabelledHistograms, SETUP_BUCKETS_S, TelemetryDelay } from "./metrics-histogram.ts";

const TOKEN = "t".repeat(32);

/** A source with two nodes (one with an awkward id), one open channel, one pool; every number chosen by hand. */
function source(): MetricsSource {
  const lease = (id: string, roles: string[], expiresAtMs: number) => ({ serviceId: id, expiresAtMs, item: { attributes: { roles } } });
  const leases = [lease("n1", ["web", "dns"], 12_500), lease('odd"\\\nid', ["web"], 10_000)];
  const status: Record<string, object> = { n1: { txBps: 8e6, rxBps: 1e5, cpu: { busy: 0.5 }, linkCapacityBps: 1e9 } };
  const report: PoolReport = {
    pool: "web", policy: "horizon", mode: "live", atMs: 9_000, observedBps: 8e6,
    outlook: { rule: "horizon", now: { meanBps: 8e6, sdBps: 1e5 }, ahead: { meanBps: 9e6, sdBps: 2e5 }, aheadMs: 60_000 },
    members: [{ serviceId: "n1", ready: true, txBps: 8e6 }], idle: ['odd"\\\nid'], releasing: [], unreachable: [], dispatchers: [],
    lastActions: [
      { atMs: 1, action: "web: supplement n1 (start web) because demand", outcome: "starting" },
      { atMs: 2, action: "web: supplement n1 (start web) because demand", outcome: "started: ok" },
      { atMs: 3, action: "web: release n2 (drain 5 s, stop web) because idle", outcome: "failed: no channel" },
    ],
  };
  const setupSeconds = new Histogram(SETUP_BUCKETS_S);
  setupSeconds.observe(0.016);
  setupSeconds.observe(0.074);
  const rpcSeconds = new LabelledHistograms([0.001, 0.01, 0.1]);
  // Powers of two, so the sum is exact: 2^-10 s (under 1 ms) and 2^-9 s (under 10 ms).
  rpcSeconds.observe({ method: "status", outcome: "ok" }, 2 ** -10);
  rpcSeconds.observe({ method: "status", outcome: "ok" }, 2 ** -9);
  rpcSeconds.observe({ method: "start", outcome: "remote_error" }, 0.5);
  const telemetryDelay = new TelemetryDelay();
  telemetryDelay.observe("n1", 9_000, 9_003); // 3 ms
  telemetryDelay.observe("n1", 9_500, 9_400); // the node's clock ahead: counted, not observed
  return {
    service: {
      counters: { announces: 7, registers: 3, repeatedRegisters: 0, renewals: 40, unknownRenewals: 1, cancels: 1, expiries: 1, rejected: 2, otherEpoch: 5, wallSteps: 1, otherGrandAnnounces: 0 },
      leases: { list: () => leases, get: (id: string) => leases.find((l) => l.serviceId === id) } as unknown as MetricsSource["service"]["leases"],
    },
    envelope: { accepted: 52, drops: { byReason: { auth: 4, replay: 1 } } } as unknown as MetricsSource["envelope"],
    control: { openCount: 1, setupSeconds, rpcSeconds, telemetryDelay, info: (id) => (id === "n1" ? { state: "open", opens: 1, attempts: 1 } : undefined) },
    monitor: { latest: (id: string) => status[id], nodeState: (id: string) => (status[id] ? { latest: status[id], adaptors: [] } : undefined), heldSamples: 12 } as unknown as MetricsSource["monitor"],
    pools: { reports: () => [report] },
    kernelUdp: () => ({ inDatagrams: 100, noPorts: 2, inErrors: 3, outDatagrams: 90, rcvbufErrors: 3, sndbufErrors: 0 }),
    clock: { now: () => 10_000 },
    startedAtMs: 4_000,
    grandId: "grand-1",
    epoch: 4000,
  };
}

/** The lines of one family (its HELP, TYPE and samples). */
function family(text: string, name: string): string[] {
  return text.split("\n").filter((l) => l.startsWith(`# HELP ${name} `) || l.startsWith(`# TYPE ${name} `) || new RegExp(`^${name}(_bucket|_sum|_count)?[ {]`).test(l));
}

test("lease and envelope counters, drops by reason, kernel UDP counters", () => {
  const text = metricsText(source());
  expect(family(text, "grand_registrations_total").slice(1)).toEqual(["# TYPE grand_registrations_total counter", "grand_registrations_total 3"]);
  expect(family(text, "grand_other_epoch_registrations_total").slice(1)).toEqual(["# TYPE grand_other_epoch_registrations_total counter", "grand_other_epoch_registrations_total 5"]);
  expect(family(text, "grand_wall_clock_steps_total").slice(1)).toEqual(["# TYPE grand_wall_clock_steps_total counter", "grand_wall_clock_steps_total 1"]);
  expect(family(text, "grand_renewals_total").at(-1)).toBe("grand_renewals_total 40");
  expect(family(text, "grand_expiries_total").at(-1)).toBe("grand_expiries_total 1");
  expect(family(text, "grand_envelope_drops_total").slice(2)).toEqual(['grand_envelope_drops_total{reason="auth"} 4', 'grand_envelope_drops_total{reason="replay"} 1']);
  expect(family(text, "grand_kernel_udp_rcvbuf_errors_total").at(-1)).toBe("grand_kernel_udp_rcvbuf_errors_total 3");
  // No other grand heard (the fake lookup service lists none): both series at 0, never left out.
  expect(family(text, "grand_other_grands").slice(1)).toEqual(["# TYPE grand_other_grands gauge", 'grand_other_grands{signed="true"} 0', 'grand_other_grands{signed="false"} 0']);
  // A kernel without InCsumErrors: the family is left out, not written as 0.
  expect(text).not.toContain("grand_kernel_udp_in_csum_errors_total");
  expect(family(text, "grand_uptime_seconds").at(-1)).toBe("grand_uptime_seconds 6");
  expect(family(text, "grand_info").at(-1)).toBe('grand_info{grand_id="grand-1",epoch="4000"} 1');
});

test("nodes and channels by state; per-node load with node and role labels, escaped", () => {
  const text = metricsText(source());
  expect(family(text, "grand_nodes").slice(2)).toEqual(['grand_nodes{state="reporting"} 1', 'grand_nodes{state="silent"} 1']);
  expect(family(text, "grand_channels").slice(2)).toEqual([
    'grand_channels{state="open"} 1', 'grand_channels{state="connecting"} 0', 'grand_channels{state="waiting"} 0', 'grand_channels{state="none"} 1',
  ]);
  expect(family(text, "grand_node_tx_bps").slice(2)).toEqual(['grand_node_tx_bps{node="n1",role="dns,web"} 8000000']);
  expect(family(text, "grand_node_cpu_busy_ratio").slice(2)).toEqual(['grand_node_cpu_busy_ratio{node="n1",role="dns,web"} 0.5']);
  expect(family(text, "grand_node_lease_remaining_seconds").slice(2)).toEqual([
    'grand_node_lease_remaining_seconds{node="n1",role="dns,web"} 2.5',
    'grand_node_lease_remaining_seconds{node="odd\\"\\\\\\nid",role="web"} 0',
  ]);
});

test("channel set-up times as a histogram in seconds", () => {
  const lines = family(metricsText(source()), "grand_channel_setup_seconds");
  expect(lines[1]).toBe("# TYPE grand_channel_setup_seconds histogram");
  expect(lines).toContain('grand_channel_setup_seconds_bucket{le="0.01"} 0');
  expect(lines).toContain('grand_channel_setup_seconds_bucket{le="0.025"} 1');
  expect(lines).toContain('grand_channel_setup_seconds_bucket{le="0.1"} 2');
  expect(lines).toContain('grand_channel_setup_seconds_bucket{le="+Inf"} 2');
  expect(lines.slice(-2)).toEqual(["grand_channel_setup_seconds_sum 0.09", "grand_channel_setup_seconds_count 2"]);
});

test("RPC durations by method and outcome, telemetry delay, and the samples whose delay the clocks hid", () => {
  const text = metricsText(source());
  expect(family(text, "grand_rpc_duration_seconds")).toEqual([
    "# HELP grand_rpc_duration_seconds Control-channel calls (Status, Start, Stop, Set) from send to reply, by method and outcome (ok, remote_error, timeout, closed, not_connected, error).",
    "# TYPE grand_rpc_duration_seconds histogram",
    'grand_rpc_duration_seconds_bucket{method="start",outcome="remote_error",le="0.001"} 0',
    'grand_rpc_duration_seconds_bucket{method="start",outcome="remote_error",le="0.01"} 0',
    'grand_rpc_duration_seconds_bucket{method="start",outcome="remote_error",le="0.1"} 0',
    'grand_rpc_duration_seconds_bucket{method="start",outcome="remote_error",le="+Inf"} 1',
    'grand_rpc_duration_seconds_sum{method="start",outcome="remote_error"} 0.5',
    'grand_rpc_duration_seconds_count{method="start",outcome="remote_error"} 1',
    'grand_rpc_duration_seconds_bucket{method="status",outcome="ok",le="0.001"} 1',
    'grand_rpc_duration_seconds_bucket{method="status",outcome="ok",le="0.01"} 2',
    'grand_rpc_duration_seconds_bucket{method="status",outcome="ok",le="0.1"} 2',
    'grand_rpc_duration_seconds_bucket{method="status",outcome="ok",le="+Inf"} 2',
    'grand_rpc_duration_seconds_sum{method="status",outcome="ok"} 0.0029296875',
    'grand_rpc_duration_seconds_count{method="status",outcome="ok"} 2',
  ]);
  const delay = family(text, "grand_telemetry_delay_seconds");
  expect(delay[1]).toBe("# TYPE grand_telemetry_delay_seconds histogram");
  expect(delay).toContain('grand_telemetry_delay_seconds_bucket{le="0.0025"} 0');
  expect(delay).toContain('grand_telemetry_delay_seconds_bucket{le="0.005"} 1');
  expect(delay.slice(-2)).toEqual(["grand_telemetry_delay_seconds_sum 0.003", "grand_telemetry_delay_seconds_count 1"]);
  expect(family(text, "grand_telemetry_delay_unmeasured_total").slice(2)).toEqual([
    'grand_telemetry_delay_unmeasured_total{reason="node_clock_ahead"} 1', 'grand_telemetry_delay_unmeasured_total{reason="node_clock_behind"} 0',
  ]);
});

test("pools: demand, forecast now and ahead, capacities, nodes by state, recent actions by kind and outcome", () => {
  const text = metricsText(source());
  expect(family(text, "grand_pool_demand_bps").at(-1)).toBe('grand_pool_demand_bps{pool="web",policy="horizon"} 8000000');
  expect(family(text, "grand_pool_forecast_bps").slice(2)).toEqual(['grand_pool_forecast_bps{pool="web",horizon="now"} 8000000', 'grand_pool_forecast_bps{pool="web",horizon="ahead"} 9000000']);
  expect(family(text, "grand_pool_allocated_capacity_bps").at(-1)).toBe('grand_pool_allocated_capacity_bps{pool="web"} 1000000000');
  expect(family(text, "grand_pool_serving_capacity_bps").at(-1)).toBe('grand_pool_serving_capacity_bps{pool="web"} 1000000000');
  expect(family(text, "grand_pool_nodes").slice(2)).toEqual([
    'grand_pool_nodes{pool="web",state="serving"} 1', 'grand_pool_nodes{pool="web",state="starting"} 0', 'grand_pool_nodes{pool="web",state="idle"} 1',
    'grand_pool_nodes{pool="web",state="releasing"} 0', 'grand_pool_nodes{pool="web",state="unreachable"} 0',
  ]);
  expect(family(text, "grand_pool_recent_actions").slice(2)).toEqual([
    'grand_pool_recent_actions{pool="web",kind="supplement",outcome="starting"} 1',
    'grand_pool_recent_actions{pool="web",kind="supplement",outcome="started"} 1',
    'grand_pool_recent_actions{pool="web",kind="release",outcome="failed"} 1',
  ]);
});

test.each([
  ["web", "web: supplement n1 (start web) because x", "supplement"],
  ["web", "web: release n1 (drain 5 s, stop web) because x", "release"],
  ["web", "web: dispatch to [n1×1] because x", "dispatch"],
  ["web", "web: set d1 lb backends=n1@198.18.0.11:8080/10/ready", "set"],
  ["a: b", "a: b: release n1 because x", "release"],
  ["web", "something else", "other"],
])("pool %j action %j is of kind %s", (pool, text, kind) => {
  expect(actionKind(pool, text)).toBe(kind);
});

test.each([
  ["starting", "starting"], ["started: ok", "started"], ["failed: timeout", "failed"], ["dry-run: not carried out", "dry-run"],
  ["draining 5000 ms", "draining"], ["reported: no dispatcher adaptor is configured", "reported"], ["", "other"],
])("outcome %j is counted as %s", (outcome, cls) => {
  expect(actionOutcome(outcome)).toBe(cls);
});

test("a lookup-only grand (no monitor, channels or pools) still answers its counters", () => {
  const s = source();
  const text = metricsText({ ...s, monitor: undefined, control: undefined, pools: undefined, kernelUdp: undefined });
  expect(text).toContain("grand_registrations_total 3\n");
  expect(text).not.toContain("grand_channels");
  expect(text).not.toContain("grand_pool_");
  expect(text).not.toContain("grand_kernel_udp");
});

test("GET /metrics through the API: text format 0.0.4, and the token where reads need it", async () => {
  const w = new World();
  const service = w.startGrand();
  w.addAgent("n1");
  await w.run(500);
  const base = { service, envelope: service.envelope, clock: w.clock, grandId: "grand-test", epoch: 1, startedAtMs: w.clock.now() };
  const open = createApi(base);
  const res = await open.fetch(new Request("http://grand/metrics"));
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
  const text = await res.text();
  expect(text).toContain("grand_registrations_total 1\n");
  expect(text.endsWith("\n")).toBe(true);

  const guarded = createApi({ ...base, apiToken: TOKEN, tokenForReads: true });
  expect((await guarded.fetch(new Request("http://grand/metrics"))).status).toBe(401);
  const withToken = await guarded.fetch(new Request("http://grand/metrics", { headers: { authorization: `Bearer ${TOKEN}` } }));
  expect(withToken.status).toBe(200);
});

test("other grands heard, by whether our controller key signed them", () => {
  const s = source();
  const other = (id: string, signed: boolean) => ({ id, epoch: 1, address: "198.18.0.9:4161", signed, lastSeenMono: 0, lastSeenAtMs: 0, announcements: 1, loggedAt: 0 });
  const text = metricsText({ ...s, service: { ...s.service, counters: { ...s.service.counters, otherGrandAnnounces: 7 }, otherGrands: () => [other("b", true), other("c", false), other("d", false)] } });
  expect(family(text, "grand_other_grands").slice(2)).toEqual(['grand_other_grands{signed="true"} 1', 'grand_other_grands{signed="false"} 2']);
  expect(family(text, "grand_other_grand_announcements_total").at(-1)).toBe("grand_other_grand_announcements_total 7");
});
