/** Public surface of adaptors/process/: the `process` adaptor. Its supervisor and seams are in ../supervisor/. */
export { DEFAULT_READY_TIMEOUT_MS, ProcessAdaptor, checkProcessConfig, type ProcessAdaptorConfig, type ProcessAdaptorDeps } from "./process-adaptor.ts";
export { resolveReadyCheck, type ReadyCheck } from "./ready-check.ts";
export { checkTemplate, checkTemplateValue, placeholderOf, renderInvocation, renderValue, type Invocation, type ProcessTemplate } from "./template.ts";
export { DEFAULT_READY_HOST, PROCESS_FIELDS, readProcessFields } from "./config.ts";
