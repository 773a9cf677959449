/**
 * The fields of an `nginx` entry in the agent's adaptor config (the common ones,
 * name, type and description, are read by ../config.ts). Its parameters are fixed
 * (WEB_PARAMS), so an entry has no `params`.
 *
 *   stateDir        "/var/lib/lama/NAME"             nginx.conf, pid, logs, temp files
 *                   (default: <the agent's state directory>/NAME)
 *   program         "/usr/sbin/nginx" (default)
 *   user            "www-data" (default)             workers run as it when the agent is root
 *   stopTimeoutMs   5000                             SIGTERM → SIGKILL
 *   readyTimeoutMs  10000                            the new settings served after a start or reload
 */
import type { FieldReader } from "../config-reader.ts";
import { checkWebConfig, type WebAdaptorConfig } from "./web-adaptor.ts";

export const WEB_FIELDS = ["stateDir", "program", "user", "stopTimeoutMs", "readyTimeoutMs"] as const;

const HOUR_MS = 3_600_000;

/** Reads the web server's fields of one entry (unknown fields were refused already) and checks them. */
export function readWebFields(r: FieldReader, common: { name: string; description?: string }): WebAdaptorConfig {
  const cfg: WebAdaptorConfig = {
    name: common.name,
    description: common.description,
    stateDir: r.string("stateDir"),
    program: r.string("program"),
    user: r.string("user"),
    stopTimeoutMs: r.int("stopTimeoutMs", 1, HOUR_MS),
    readyTimeoutMs: r.int("readyTimeoutMs", 1, HOUR_MS),
  };
  try {
    checkWebConfig(cfg);
  } catch (e) {
    r.fail((e as Error).message.split(":", 1)[0]!, (e as Error).message.slice((e as Error).message.indexOf(":") + 2));
  }
  return cfg;
}
