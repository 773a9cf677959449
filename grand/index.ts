/** Public surface of grand/: lookup service, leases, control channels, monitor, reallocator, HTTP API, its config and assembly, and the command line. */
export { grandMain } from "./grand-main.ts";
export { ANNOUNCE_LIMITS_MS, DEFAULT_BIND, DEFAULT_HTTP, DEFAULT_HTTP_IDLE_MS, DEFAULT_HTTP_MAX_CONNECTIONS, DEFAULT_HTTP_REQUEST_MS, EVENTS_BACKLOG_LIMITS, HTTP_MAX_CONNECTIONS_LIMITS, HTTP_TIMEOUT_LIMITS_MS, isLoopback, DEFAULT_REALLOCATE, GRAND_FLAGS, LEASE_LIMITS_MS, checkGrandConfig, formatHttpAddress, grandConfig, grandConfigFromSettings, grandDefaults, parseHttpAddress, realGrandEnvironment, type GrandConfig, type GrandEnvironment, type HttpAddress } from "./config.ts";
export { startGrand, startGrandNow, type GrandResources, type GrandSeams, type RunningGrand } from "./start-grand.ts";
export { API_ENV } from "./client.ts";
export { API_TOKEN_ENV, authorizes, generateApiToken, readApiToken } from "./api-token.ts";
export { INTERNAL_ERROR, UNIX_SOCKET_MODE, serveApi, type ApiServer } from "./http-server.ts";
export { ConnectionGuard, overdue, type ConnectionLimits } from "./http-guard.ts";
export { escapeControls, formatEvent, formatNodeTable, formatStatus, type NodeRow } from "./format.ts";
export { eventStream, sseMessages, type SseMessage } from "./event-stream.ts";
export { API_RPC_DEADLINE_MS, MAX_BODY_BYTES, createApi, type ApiContext } from "./http-api.ts";
export { SETUP_BUCKETS_S, grandMetrics, metricsText, type MetricsSource } from "./metrics.ts";
export { Histogram, LabelledHistograms, RPC_BUCKETS_S, TELEMETRY_DELAY_BUCKETS_S, TELEMETRY_DELAY_MAX_MS, TelemetryDelay, rpcMethodName, rpcOutcome } from "./metrics-histogram.ts";
export { DASHBOARD_HISTORY_MARKS, DASHBOARD_HISTORY_POINTS, DASHBOARD_SAMPLE_MS, DashboardFeed, actionMark, poolPoint, type DashboardMark, type DashboardPoint, type DashboardSnapshot, type DashboardUpdate } from "./dashboard-feed.ts";
export { METRICS_CONTENT_TYPE, encodeMetrics, escapeHelp, escapeLabelValue, formatValue, histogramOf, type HistogramSample, type Labels, type MetricFamily, type Sample } from "./metrics-text.ts";
export {
  actionReplyToJson, adaptorStatusToJson, eventToJson, leaseToJson, loadToJson, nodeDetailToJson, nodeToJson, statusReplyToJson, statusToJson,
  type ActionReplyJson, type AdaptorStatusJson, type AttributesJson, type DroppedJson, type ErrorJson, type EventJson, type EventStreamStatsJson, type HttpStatsJson, type ResetJson, type LeaseJson, type LoadJson, type MonitorJson, type NodeDetailJson, type NodeJson, type NodeStatusJson, type StatsJson, type StatusReplyJson,
} from "./api-views.ts";
export { controlErrorResponse } from "./api-errors.ts";
export { DEFAULT_EVENTS_BACKLOG, EventStreams, SSE_HEARTBEAT_MS, parseCursor, resumeFrom, type EventCursor, type Resumption } from "./sse.ts";
export { DEFAULT_LEASE_POLICY, LeaseTable, MAX_LEASE_MS, MIN_LEASE_MS, grantMs, leaseRemaining, type Lease, type LeasePolicy, type RenewOutcome } from "./lease-table.ts";
export { EventLog, matchTemplate, templateFromQuery, type EventType, type LookupEvent, type Template } from "./lookup.ts";
export { GRAND_ANNOUNCE_MS, LookupService, SWEEP_MS, type LookupServiceOptions } from "./lookup-service.ts";
export { ControlManager, NotConnectedError, RECONNECT_MAX_MS, RECONNECT_MIN_MS, TELEMETRY_SILENCE_MS, telemetrySilenceLimitMs, type ChannelInfo, type ChannelState } from "./control-manager.ts";
export { Monitor, NODE_WINDOW, ROLE_WINDOW, Ring, type NodeState, type RoleSum } from "./monitor.ts";
export { parsePoolsConfig, type PoolSpec } from "./pools-config.ts";
export { FAILED_START_HOLD_MS, POOL_START_DEADLINE_MS, Reallocator, type PoolReport, type ReallocationMode, type ReallocatorDeps } from "./reallocator.ts";
