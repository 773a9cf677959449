/**
 * Public surface of adaptors/: the interface every adaptor implements, parameter
 * validation, the typed errors and their wire mapping, the registry, the agent's
 * adaptor config loader, the supervisor adaptors run programs with, and the
 * adaptors: `process`, `haproxy-dispatcher`, `nginx` and `icecast` (with the icecast feeder and
 * listener used by tests and the demo).
 */
export { toAdaptorReply, toAdaptorStatus, type Adaptor, type AdaptorDescription, type AdaptorResult, type AdaptorState, type AdaptorStatusInfo } from "./adaptor.ts";
export { AdaptorError, AdaptorFailureError, AdaptorTimeoutError, BadRequestError, InvalidParameterError, ProgramError, UnknownAdaptorError, toRpcError } from "./errors.ts";
export { MAX_PARAM_LENGTH, PARAM_TYPES, checkSchema, describeAllowed, formatParams, isHost, parseParam, quoteValue, sameParams, validateParams, type ParamSpec, type ParamType, type ParamValue, type ParamValues } from "./params.ts";
export { AdaptorRegistry, type StopOutcome } from "./registry.ts";
export { ADAPTOR_TYPES, buildAdaptors, createAdaptor, loadAdaptors, parseAdaptorConfig, type AdaptorConfigEntry, type AdaptorDeps } from "./config.ts";
export { AdaptorConfigError, FieldReader, isPlainObject, jsonKind } from "./config-reader.ts";
export { delay, pollUntil, within, type Wait } from "./timers.ts";
export { Supervisor, MemoryProcessRunner, MemoryPorts, MemoryHttp, MemoryFileSystem, bunProcessRunner, nodeFileSystem, type FileSystem, type LaunchSpec, type ProcessRunner } from "./supervisor/index.ts";
export { ProcessAdaptor, type ProcessAdaptorConfig, type ProcessAdaptorDeps } from "./process/index.ts";
export { DispatcherAdaptor, formatBackends, parseBackends, type Backend, type BackendState, type BackendTraffic, type DispatcherAdaptorConfig } from "./haproxy/index.ts";
export { WebAdaptor, type WebAdaptorConfig } from "./nginx/index.ts";
export { IcecastAdaptor, ICECAST_PARAMS, renderIcecastXml, parseStatusJson, isServing, startFeeder, startListener, type IcecastAdaptorConfig, type IcecastAdaptorDeps, type Feeder, type Listener } from "./icecast/index.ts";
