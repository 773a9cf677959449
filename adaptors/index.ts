/**
 * Public surface of adaptors/: the interface every adaptor implements, parameter
 * validation, the typed errors and their wire mapping, the registry, the agent's
 * adaptor config loader, the supervisor adaptors run programs with, and the
 * `process` adaptor.
 */
export * from "./adaptor.ts";
export * from "./errors.ts";
export * from "./params.ts";
export * from "./registry.ts";
export * from "./config.ts";
export * from "./timers.ts";
export * from "./supervisor/index.ts";
export * from "./process/index.ts";
