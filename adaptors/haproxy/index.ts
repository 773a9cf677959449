/** Public surface of adaptors/haproxy/: the `haproxy-dispatcher` adaptor (the paper's D-CP on the node), its backend list, render and runtime-API parsers. */
export {
  API_LANES,
  API_POLL_MS,
  DEFAULT_DISPATCHER_READY_MS,
  DEFAULT_HAPROXY,
  DEFAULT_HAPROXY_USER,
  DISPATCHER_PARAMS,
  DispatcherAdaptor,
  MAX_SLOTS,
  MAX_STATE_DIR_CHARS,
  STATS_REFRESH_MS,
  WATCH_MS,
  checkDispatcherConfig,
  probeHost,
  type BackendTraffic,
  type DispatcherAdaptorConfig,
  type DispatcherAdaptorDeps,
} from "./dispatcher-adaptor.ts";
export { BACKEND_STATES, BACKENDS_ALLOWED, BackendListError, DEFAULT_WEIGHT, MAX_WEIGHT, formatBackends, parseBackends, type Backend, type BackendState } from "./backends.ts";
export { planSlots, SlotTableFullError, type LiveSlot, type SlotCommand, type SlotPlan } from "./plan.ts";
export { adminState, infoPid, LiveStateError, parseServersState, parseStat, type StatRow } from "./live-state.ts";
export { BACKEND_NAME, BALANCE_ALGORITHMS, DISPATCH_MODES, FRONTEND_NAME, IDLE_SLOT_ADDRESS, SLOT_PREFIX, bindAddress, renderHaproxyConfig, slotNames, type BalanceAlgorithm, type DispatchMode, type DispatcherSettings } from "./render.ts";
export { MAX_ANSWER_BYTES, RUNTIME_API_TIMEOUT_MS, RuntimeApiError, setServerOutcome, unixSocketApi, type RuntimeApi } from "./runtime-api.ts";
export { MemoryRuntimeApi } from "./memory-runtime-api.ts";
