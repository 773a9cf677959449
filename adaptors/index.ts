/**
 * Public surface of adaptors/: the interface every adaptor implements, parameter
 * validation, the typed errors and their wire mapping, the registry, the agent's
 * adaptor config loader, and the `process` adaptor.
 */
export { toAdaptorReply, toAdaptorStatus, type Adaptor, type AdaptorDescription, type AdaptorResult, type AdaptorState, type AdaptorStatusInfo } from "./adaptor.ts";
export { AdaptorError, AdaptorFailureError, AdaptorTimeoutError, BadRequestError, InvalidParameterError, UnknownAdaptorError, toRpcError } from "./errors.ts";
export { MAX_PARAM_LENGTH, PARAM_TYPES, checkSchema, describeAllowed, formatParams, isHost, parseParam, quoteValue, sameParams, validateParams, type ParamSpec, type ParamType, type ParamValue, type ParamValues } from "./params.ts";
export { AdaptorRegistry, type StopOutcome } from "./registry.ts";
export { ADAPTOR_TYPES, buildAdaptors, createAdaptor, loadAdaptors, parseAdaptorConfig, type AdaptorConfigEntry, type AdaptorDeps } from "./config.ts";
export { AdaptorConfigError, FieldReader, isPlainObject, jsonKind } from "./config-reader.ts";
export { delay, pollUntil, within, type Wait } from "./timers.ts";
export { ProcessAdaptor, MemoryProcessRunner, MemoryPorts, bunProcessRunner, type ProcessAdaptorConfig, type ProcessAdaptorDeps, type ProcessRunner } from "./process/index.ts";
