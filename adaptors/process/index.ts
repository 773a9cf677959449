/** Public surface of adaptors/process/: the `process` adaptor. Its supervisor and seams are in ../supervisor/. */
export * from "./process-adaptor.ts";
export * from "./ready-check.ts";
export * from "./template.ts";
export { PROCESS_FIELDS, DEFAULT_READY_HOST } from "./config.ts";
