/**
 * The run record: what a supervisor writes about the program it started, so that
 * the next agent on this node (after a crash, `kill -9`, an OOM kill) finds it.
 *
 * One JSON file per adaptor, `<stateDir>/<adaptor name>/run.json`, mode 0600
 * (the rendered config may hold passwords), written atomically when a program is
 * spawned and again when a Set changes it, removed when the program ends:
 *
 *   {"version": 1, "pid": 4242, "startTime": "199239", "pgid": 4242,
 *    "argv": ["/usr/bin/icecast2", "-c", "…/icecast.xml"], "params": {"port": "8000", …},
 *    "config": {"path": "…/icecast.xml", "text": "<icecast>…"}, "spawnedAtMs": 1764669600000}
 *
 * (pid, startTime) names the process (proc-stat.ts). A record of another version,
 * or one that does not parse, is ignored (and removed): a newer agent must never
 * act on a guess.
 */

export const RUN_RECORD_VERSION = 1;
/** Mode of the record: it may hold the rendered config. */
export const RUN_RECORD_MODE = 0o600;
/** Mode of a state directory made for a record. */
export const STATE_DIR_MODE = 0o755;

export interface RunRecord {
  readonly version: number;
  readonly pid: number;
  /** /proc/PID/stat field 22 when it was spawned. */
  readonly startTime: string;
  /** The process group it leads (spawned with setsid: the pid). */
  readonly pgid: number;
  readonly argv: readonly string[];
  readonly params: Readonly<Record<string, string>>;
  readonly config?: { readonly path: string; readonly text: string };
  readonly spawnedAtMs: number;
}

/** Where the record of adaptor name lives under stateDir. */
export function runRecordPath(stateDir: string, name: string): string {
  return `${stateDir.replace(/\/+$/, "")}/${name}/run.json`;
}

export function encodeRunRecord(r: RunRecord): string {
  return JSON.stringify(r) + "\n";
}

/** The record in text; undefined when it is not a record of this version. */
export function decodeRunRecord(text: string): RunRecord | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof doc !== "object" || doc === null) return undefined;
  const r = doc as Record<string, unknown>;
  const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v > 0;
  if (r.version !== RUN_RECORD_VERSION || !isInt(r.pid) || !isInt(r.pgid) || typeof r.startTime !== "string" || !/^\d+$/.test(r.startTime)) return undefined;
  if (!Array.isArray(r.argv) || r.argv.length === 0 || !r.argv.every((a) => typeof a === "string")) return undefined;
  if (typeof r.params !== "object" || r.params === null || Array.isArray(r.params)) return undefined;
  const params = r.params as Record<string, unknown>;
  if (!Object.values(params).every((v) => typeof v === "string")) return undefined;
  let config: RunRecord["config"];
  if (r.config !== undefined) {
    const c = r.config as Record<string, unknown> | null;
    if (typeof c !== "object" || c === null || typeof c.path !== "string" || typeof c.text !== "string") return undefined;
    config = { path: c.path, text: c.text };
  }
  return {
    version: RUN_RECORD_VERSION,
    pid: r.pid,
    startTime: r.startTime,
    pgid: r.pgid,
    argv: r.argv as string[],
    params: params as Record<string, string>,
    ...(config ? { config } : {}),
    spawnedAtMs: typeof r.spawnedAtMs === "number" ? r.spawnedAtMs : 0,
  };
}
