/** Public surface of grand/: lookup service, leases, HTTP API and the command line. */
export * from "./grand-main.ts";
export * from "./http-api.ts";
export * from "./lease-table.ts";
export * from "./lookup.ts";
export * from "./lookup-service.ts";
export * from "./event-stream.ts";
export * from "./pools-config.ts";
export * from "./reallocator.ts";
