/** Public surface of runtime/: the agent and the wire layer both binaries share. */
export * from "./agent.ts";
export * from "./backoff.ts";
export * from "./clock.ts";
export * from "./envelope.ts";
export * from "./identity.ts";
export * from "./keyring.ts";
export * from "./log.ts";
export * from "./replay-window.ts";
export * from "./sodium.ts";
export * from "./transport.ts";
export * from "./defaults.ts";
