/**
 * libsodium, loaded once. libsodium-wrappers carries its WebAssembly inline, so it
 * is embedded in the single executables without extra files.
 */
import sodiumModule from "libsodium-wrappers";

export type Sodium = typeof sodiumModule;

let ready: Promise<Sodium> | undefined;

/** Resolves to the initialised libsodium; safe to call many times. */
export function loadSodium(): Promise<Sodium> {
  ready ??= sodiumModule.ready.then(() => sodiumModule);
  return ready;
}
