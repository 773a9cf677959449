/**
 * The process-specific fields of an adaptor config entry, read into a
 * ProcessAdaptorConfig. The common fields (name, type, description, params) are
 * read by ../config.ts.
 *
 *   command        ["/abs/program", "arg", "{param}", …]   required
 *   env            {"NAME": "value" | "{param}"}
 *   inheritEnv     true (default) | false
 *   cwd            "/abs/dir"
 *   restart        "never" | "on-failure" (default) | "always"
 *   maxRestarts    5        restarts allowed within restartWindowMs
 *   restartWindowMs 60000
 *   backoffMs      500      first restart delay, doubling up to backoffMaxMs
 *   backoffMaxMs   30000
 *   stopTimeoutMs  5000     SIGTERM → SIGKILL
 *   ready          {"tcpPort": "{port}" | 8000, "host": "127.0.0.1", "timeoutMs": 10000} | {"aliveMs": 500}
 *   outputChars    65536    output kept per run
 */
import type { FieldReader } from "../config-reader.ts";
import type { ParamSpec } from "../params.ts";
import { DEFAULT_READY_TIMEOUT_MS, type ProcessAdaptorConfig } from "./process-adaptor.ts";
import type { ReadyCheck } from "./ready-check.ts";
import { RESTART_MODES, type RestartPolicy } from "../supervisor/index.ts";

export const PROCESS_FIELDS = [
  "command",
  "env",
  "inheritEnv",
  "cwd",
  "restart",
  "maxRestarts",
  "restartWindowMs",
  "backoffMs",
  "backoffMaxMs",
  "stopTimeoutMs",
  "ready",
  "outputChars",
] as const;

/** Host probed for readiness unless ready.host says otherwise. */
export const DEFAULT_READY_HOST = "127.0.0.1";

const HOUR_MS = 3_600_000;

/** Reads the process fields of one entry (unknown fields were refused already). */
export function readProcessFields(r: FieldReader, common: { name: string; description?: string; params: ParamSpec[] }): ProcessAdaptorConfig {
  const command = r.stringArray("command", true)!;
  if (command.length === 0) r.fail("command", 'must name a program, e.g. ["/usr/bin/python3", "-m", "http.server"]');
  const restart: { -readonly [K in keyof RestartPolicy]?: RestartPolicy[K] } = {};
  const mode = r.oneOf("restart", RESTART_MODES);
  if (mode !== undefined) restart.mode = mode;
  const maxRestarts = r.int("maxRestarts", 0, 1000);
  if (maxRestarts !== undefined) restart.maxRestarts = maxRestarts;
  const windowMs = r.int("restartWindowMs", 1, 24 * HOUR_MS);
  if (windowMs !== undefined) restart.windowMs = windowMs;
  const backoff = r.int("backoffMs", 0, HOUR_MS);
  if (backoff !== undefined) restart.backoffInitialMs = backoff;
  const backoffMax = r.int("backoffMaxMs", 0, HOUR_MS);
  if (backoffMax !== undefined) restart.backoffMaxMs = backoffMax;
  if ((restart.backoffInitialMs ?? 0) > (restart.backoffMaxMs ?? Infinity)) {
    r.fail("backoffMs", `(${restart.backoffInitialMs}) is greater than backoffMaxMs (${restart.backoffMaxMs})`);
  }
  const cfg: ProcessAdaptorConfig = {
    name: common.name,
    description: common.description,
    params: common.params,
    command,
    env: r.stringMap("env") ?? {},
    inheritEnv: r.bool("inheritEnv"),
    cwd: r.string("cwd"),
    restart,
    stopTimeoutMs: r.int("stopTimeoutMs", 1, HOUR_MS),
    ready: readReady(r),
    outputChars: r.int("outputChars", 1, 16 * 1024 * 1024),
  };
  return cfg;
}

function readReady(parent: FieldReader): ReadyCheck | undefined {
  const r = parent.object("ready");
  if (!r) return undefined;
  if (r.has("aliveMs")) {
    r.rejectUnknown(["aliveMs"]);
    return { kind: "alive", ms: r.int("aliveMs", 0, HOUR_MS)! };
  }
  if (!r.has("tcpPort")) parent.fail("ready", 'must give either "tcpPort" (with optional "host", "timeoutMs") or "aliveMs"');
  r.rejectUnknown(["tcpPort", "host", "timeoutMs"]);
  return {
    kind: "tcp",
    port: r.scalar("tcpPort")!,
    host: r.string("host") ?? DEFAULT_READY_HOST,
    timeoutMs: r.int("timeoutMs", 1, HOUR_MS) ?? DEFAULT_READY_TIMEOUT_MS,
  };
}
