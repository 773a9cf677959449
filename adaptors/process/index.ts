/** Public surface of adaptors/process/: the `process` adaptor and its seams. */
export * from "./process-adaptor.ts";
export * from "./runner.ts";
export * from "./memory-runner.ts";
export * from "./readiness.ts";
export * from "./restart-policy.ts";
export * from "./output-ring.ts";
export * from "./template.ts";
export { PROCESS_FIELDS, DEFAULT_READY_HOST } from "./config.ts";
