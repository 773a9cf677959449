/** Public surface of grand/: lookup service, leases, control channels, monitor, reallocator, HTTP API and the command line. */
export { DEFAULT_HTTP, formatNodeTable, formatStatus, grandMain } from "./grand-main.ts";
export { eventStream } from "./event-stream.ts";
export { API_RPC_DEADLINE_MS, MAX_BODY_BYTES, SSE_HEARTBEAT_MS, controlErrorResponse, createApi, eventToJson, statusToJson, type ApiContext } from "./http-api.ts";
export { DEFAULT_LEASE_POLICY, LeaseTable, MAX_LEASE_MS, MIN_LEASE_MS, grantMs, leaseRemaining, type Lease, type LeasePolicy, type RenewOutcome } from "./lease-table.ts";
export { EventLog, matchTemplate, templateFromQuery, type EventType, type LookupEvent, type Template } from "./lookup.ts";
export { GRAND_ANNOUNCE_MS, LookupService, SWEEP_MS, leaseToJson, type LookupServiceOptions } from "./lookup-service.ts";
export { ControlManager, NotConnectedError, RECONNECT_MAX_MS, RECONNECT_MIN_MS, TELEMETRY_SILENCE_MS, telemetrySilenceLimitMs, type ChannelInfo, type ChannelState } from "./control-manager.ts";
export { Monitor, NODE_WINDOW, ROLE_WINDOW, Ring, type NodeState, type RoleSum } from "./monitor.ts";
export { PoolsConfigError, parsePoolsConfig, type PoolSpec } from "./pools-config.ts";
export { FAILED_START_HOLD_MS, POOL_START_DEADLINE_MS, Reallocator, type PoolReport, type ReallocationMode, type ReallocatorDeps } from "./reallocator.ts";
