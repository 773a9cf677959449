/**
 * The fields of a `haproxy-dispatcher` entry in the agent's adaptor config (the
 * common ones, name, type and description, are read by ../config.ts). Its
 * parameters are fixed (DISPATCHER_PARAMS), so an entry has no `params`.
 *
 *   stateDir        "/var/lib/lama/NAME"             haproxy.cfg, the runtime API socket, saved server state
 *                   (default: <the agent's state directory>/NAME)
 *   program         "/usr/sbin/haproxy" (default)
 *   user            "haproxy" (default)              workers drop to it when the agent is root
 *   stopTimeoutMs   5000                             SIGTERM → SIGKILL
 *   readyTimeoutMs  10000                            frontend accepting and runtime API answering
 */
import type { FieldReader } from "../config-reader.ts";
import { checkDispatcherConfig, type DispatcherAdaptorConfig } from "./dispatcher-adaptor.ts";

export const DISPATCHER_FIELDS = ["stateDir", "program", "user", "stopTimeoutMs", "readyTimeoutMs"] as const;

const HOUR_MS = 3_600_000;

/** Reads the dispatcher's fields of one entry (unknown fields were refused already) and checks them. */
export function readDispatcherFields(r: FieldReader, common: { name: string; description?: string }): DispatcherAdaptorConfig {
  const cfg: DispatcherAdaptorConfig = {
    name: common.name,
    description: common.description,
    stateDir: r.string("stateDir"),
    program: r.string("program"),
    user: r.string("user"),
    stopTimeoutMs: r.int("stopTimeoutMs", 1, HOUR_MS),
    readyTimeoutMs: r.int("readyTimeoutMs", 1, HOUR_MS),
  };
  try {
    checkDispatcherConfig(cfg);
  } catch (e) {
    r.fail((e as Error).message.split(":", 1)[0]!, (e as Error).message.slice((e as Error).message.indexOf(":") + 2));
  }
  return cfg;
}
