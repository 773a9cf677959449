/**
 * The fields shared by the adaptors that run one daemon each (haproxy-dispatcher,
 * nginx): where its files live, which program and user, and its timeouts. Each
 * adaptor checks the state directory its own way (a socket path's length, what its
 * config syntax can hold); the rest is checked here.
 */
import type { FieldReader } from "./config-reader.ts";

export const DAEMON_FIELDS = ["stateDir", "program", "user", "stopTimeoutMs", "readyTimeoutMs"] as const;

/** The config of a daemon adaptor (each adaptor's own type has these fields). */
export interface DaemonAdaptorConfig {
  readonly name: string;
  readonly description?: string;
  readonly stateDir?: string;
  readonly program?: string;
  readonly user?: string;
  readonly stopTimeoutMs?: number;
  readonly readyTimeoutMs?: number;
}

const HOUR_MS = 3_600_000;

/** Parent of each instance's directory when neither the entry nor the agent names one. */
export const DEFAULT_STATE_ROOT = "/var/lib/lama";

/** The instance's directory: the entry's own, or `<the agent's state directory>/<name>`. */
export function instanceDir(name: string, own: string | undefined, agentStateDir: string | undefined): string {
  return own ?? `${(agentStateDir ?? DEFAULT_STATE_ROOT).replace(/\/+$/, "")}/${name}`;
}

/** Throws an Error naming the field when the program is not an absolute path or the user not a user name. */
export function checkProgramAndUser(cfg: DaemonAdaptorConfig): void {
  if (cfg.program !== undefined && !cfg.program.startsWith("/")) throw new Error(`program: ${JSON.stringify(cfg.program)} is not an absolute path`);
  if (cfg.user !== undefined && !/^[a-z_][a-z0-9_-]{0,31}$/.test(cfg.user)) throw new Error(`user: ${JSON.stringify(cfg.user)} is not a user name`);
}

/**
 * Reads a daemon adaptor's fields of one entry (unknown fields were refused already)
 * and checks them with the adaptor's own check, whose "field: problem" errors become
 * the reader's errors.
 */
export function readDaemonFields(r: FieldReader, common: { name: string; description?: string }, check: (cfg: DaemonAdaptorConfig) => void): DaemonAdaptorConfig {
  const cfg: DaemonAdaptorConfig = {
    name: common.name,
    description: common.description,
    stateDir: r.string("stateDir"),
    program: r.string("program"),
    user: r.string("user"),
    stopTimeoutMs: r.int("stopTimeoutMs", 1, HOUR_MS),
    readyTimeoutMs: r.int("readyTimeoutMs", 1, HOUR_MS),
  };
  try {
    check(cfg);
  } catch (e) {
    const message = (e as Error).message;
    r.fail(message.split(":", 1)[0]!, message.slice(message.indexOf(":") + 2));
  }
  return cfg;
}
