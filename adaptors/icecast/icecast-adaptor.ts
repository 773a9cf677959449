/**
 * The `icecast` adaptor: one icecast2 instance serving one mount, as the source
 * of a stream or as a relay of another icecast (the paper's S-CP, RelayFrom).
 *
 *   Start(params)  validate → render icecast.xml (render.ts) → the supervisor
 *                  writes it atomically, spawns `icecast2 -c FILE` (dropping to an
 *                  unprivileged user when the agent is root) and waits until the
 *                  status JSON shows the mount served (relay: connected to its
 *                  source; source: icecast up with this config).
 *   Set(params)    re-render. A new relayFrom, port or bind restarts icecast
 *                  (stop, start with the new config, and if its source never
 *                  connects within readyTimeoutMs, start the old config again:
 *                  rollback). Other changes are applied by SIGHUP, on which
 *                  icecast re-reads its config, and waited for the same way.
 *
 * Why a new relayFrom restarts rather than reloads: icecast does re-read a new
 * <relay> on SIGHUP, but it keeps the old relay streaming until its relay thread
 * next runs (up to a second later), and status JSON tells relays apart only by
 * their start second, so a reload's readiness could pass on the old upstream.
 * icecast also releases the relay's listeners when its upstream changes, so a
 * reload would keep none of them; a restart loses nothing more and its
 * readiness is unambiguous (tested in icecast-real.test.ts).
 *   Stop()         SIGTERM to icecast's process group, SIGKILL after the timeout.
 *   Status()       the supervisor's state, with the mount's listeners and bytes
 *                  sent from icecast's admin stats (refreshed when read, at most
 *                  once per STATS_REFRESH_MS, never waited for).
 *
 * Files live in a per-instance directory, `<stateDir>/<name>/`: icecast.xml,
 * log/, the admin password (admin.secret) and the supervisor's run record, so a
 * crashed agent's icecast is adopted by the next one (Supervisor.recover).
 *
 * Instance preparation (directories, ownership, the admin secret) is a few small
 * synchronous file-system calls on the agent's loop, done once per instance.
 */
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, chownSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Clock } from "../../runtime/wire/index.ts";
import { systemClock } from "../../runtime/wire/index.ts";
import type { Adaptor, AdaptorDescription, AdaptorResult, AdaptorStatusInfo } from "../adaptor.ts";
import { AdaptorFailureError, InvalidParameterError } from "../errors.ts";
import { validateParams } from "../params.ts";
import { Supervisor, type FileSystem, type LaunchSpec, type ProcessRunner, type Probes, type SupervisorDeps, type SupervisorResult } from "../supervisor/index.ts";
import { chooseAccount, type Account } from "./accounts.ts";
import { ICECAST_PARAMS, parseRelayFrom } from "./params.ts";
import { renderIcecastXml, type IcecastSettings } from "./render.ts";
import { isServing, parseAdminStats, parseStatusJson, type MountCounters } from "./status.ts";

/** icecast from Debian's icecast2 package. */
export const DEFAULT_ICECAST_BINARY = "/usr/bin/icecast2";
/** Its web and admin files (status-json.xsl lives in web/). */
export const DEFAULT_SHARE_DIR = "/usr/share/icecast2";
/**
 * How often Status may ask icecast for fresh counters: icecast refreshes its byte
 * counters only every few seconds itself, and every request is a small risk to
 * icecast 2.4.4 (ICECAST_CRASH_RETRIES).
 */
export const STATS_REFRESH_MS = 5_000;
/** Time one stats request may take. */
export const STATS_TIMEOUT_MS = 1_000;
/**
 * Launches tried again when icecast segfaults before it is ready. icecast 2.4.4
 * (Debian) was seen to die of SIGSEGV while answering status or admin-stats
 * requests: about 1 in 4000 requests when hammered (5 ms apart; a NULL read in
 * libc), never with no requests, with or without keep-alive or <server-id>. A
 * readiness poll makes ~10 of them per start; a crash once running goes to the
 * restart policy like any other.
 */
export const ICECAST_CRASH_RETRIES = 2;

/** icecast's shutdown is quick; it gets this long after SIGTERM. */
export const DEFAULT_ICECAST_STOP_MS = 5_000;

/** One configured icecast (the agent's adaptor config entry, parsed). */
export interface IcecastAdaptorConfig {
  readonly name: string;
  readonly description?: string;
  readonly binary?: string;
  readonly shareDir?: string;
  /** The unprivileged user (and group) icecast drops to when the agent is root; default icecast2, else nobody. */
  readonly user?: string;
  readonly group?: string;
  readonly stopTimeoutMs?: number;
}

/** The seams; each defaults to the real thing. */
export interface IcecastAdaptorDeps {
  readonly runner?: ProcessRunner;
  readonly clock?: Clock;
  readonly files?: FileSystem;
  readonly log?: SupervisorDeps["log"];
  /** The readiness probes (the status JSON is read with probes.http). */
  readonly probes?: Probes;
  /** The agent's state directory for adaptors; this instance uses `<stateDir>/<name>/`. */
  readonly stateDir?: string;
  /** Whether the agent runs as root (then icecast drops to the unprivileged account). */
  readonly root?: boolean;
  /** /etc/passwd and /etc/group text, for finding that account. */
  readonly accounts?: () => { passwd: string; group: string };
  /** GET with headers → body; undefined when nothing answered in time. Never rejects. */
  readonly fetchText?: (url: string, headers: Record<string, string>, timeoutMs: number) => Promise<string | undefined>;
}

/** State directory used when the agent gives none (tests, tools). */
export const FALLBACK_STATE_DIR = "/tmp/lama-state";

const realFetchText = async (url: string, headers: Record<string, string>, timeoutMs: number): Promise<string | undefined> => {
  try {
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    return res.ok ? await res.text() : undefined;
  } catch {
    return undefined;
  }
};

const realAccounts = (): { passwd: string; group: string } => ({ passwd: readFileSync("/etc/passwd", "utf8"), group: readFileSync("/etc/group", "utf8") });

export class IcecastAdaptor implements Adaptor {
  readonly name: string;
  /** The outcome of looking for an icecast a previous agent run left (settles before any call runs). */
  readonly recovered: Promise<SupervisorResult>;
  private readonly supervisor: Supervisor;
  private readonly clock: Clock;
  private readonly dir: string;
  private readonly binary: string;
  private readonly shareDir: string;
  private readonly root: boolean;
  private readonly fetchText: NonNullable<IcecastAdaptorDeps["fetchText"]>;
  private account?: Account;
  private secret?: string;
  private prepared = false;
  private counters?: MountCounters;
  /** Whether the last stats answer listed no source on the mount. */
  private noSource = false;
  private countersAtMs = -Infinity;
  private refreshing = false;

  constructor(
    private readonly cfg: IcecastAdaptorConfig,
    deps: IcecastAdaptorDeps = {},
  ) {
    this.name = cfg.name;
    this.clock = deps.clock ?? systemClock;
    this.dir = `${(deps.stateDir ?? FALLBACK_STATE_DIR).replace(/\/+$/, "")}/${cfg.name}`;
    this.binary = cfg.binary ?? DEFAULT_ICECAST_BINARY;
    this.shareDir = cfg.shareDir ?? DEFAULT_SHARE_DIR;
    this.root = deps.root ?? process.getuid?.() === 0;
    this.fetchText = deps.fetchText ?? realFetchText;
    if (this.root) this.account = chooseAccount((deps.accounts ?? realAccounts)().passwd, (deps.accounts ?? realAccounts)().group, { user: cfg.user, group: cfg.group });
    this.supervisor = new Supervisor(
      {
        name: cfg.name,
        stopTimeoutMs: cfg.stopTimeoutMs ?? DEFAULT_ICECAST_STOP_MS,
        // burstSize too: icecast takes it when a source (or relay) connects, not on SIGHUP (tried: a reloaded source kept its 64 kB burst).
        reload: { signal: "SIGHUP", restartFor: ["relayFrom", "port", "bind", "burstSize"] },
        // icecast 2.4.4 sometimes segfaults while answering stats requests (see ICECAST_CRASH_RETRIES).
        crashRetries: ICECAST_CRASH_RETRIES,
        stateDir: deps.stateDir ?? FALLBACK_STATE_DIR,
      },
      { runner: deps.runner, clock: deps.clock, files: deps.files, log: deps.log, probes: deps.probes },
    );
    this.recovered = this.supervisor.recover((p) => this.launchSpec(p));
    this.recovered.catch(() => {});
  }

  describe(): AdaptorDescription {
    return {
      name: this.name,
      type: "icecast",
      description: this.cfg.description ?? "icecast2 serving one mount, as the source or as a relay of another icecast",
      params: ICECAST_PARAMS,
    };
  }

  status(): AdaptorStatusInfo {
    const { state, pid, restarts, params, detail } = this.supervisor.snapshot();
    let line = detail;
    if (state === "running") {
      this.refreshCounters(params);
      const c = this.counters;
      const what = params.relayFrom ? `relaying ${params.relayFrom}` : "source";
      const where = `; ${params.mount} (${what})`;
      line += c ? `${where}: ${c.listeners} listeners, ${c.bytesSent} bytes sent` : this.noSource ? `${where}: no source connected` : where;
    }
    return { name: this.name, state, pid, restarts, params, detail: line };
  }

  /** The latest counters of the mount (Status refreshes them). */
  lastCounters(): MountCounters | undefined {
    return this.counters;
  }

  /** The instance directory (config, logs, run record). */
  get instanceDir(): string {
    return this.dir;
  }

  async start(params: Readonly<Record<string, string>>): Promise<AdaptorResult> {
    const spec = this.launchSpec(params);
    return this.result(await this.supervisor.start(spec));
  }

  async stop(): Promise<AdaptorResult> {
    return this.result(await this.supervisor.stop());
  }

  async set(params: Readonly<Record<string, string>>): Promise<AdaptorResult> {
    return this.result(await this.supervisor.set((current) => this.launchSpec({ ...(current ?? {}), ...params })));
  }

  /** Parameters → one launch: validated, rendered, with the readiness that asks the status JSON. */
  private launchSpec(raw: Readonly<Record<string, string>>): LaunchSpec {
    const params = validateParams(ICECAST_PARAMS, raw).canonical;
    const mount = params.mount!;
    const port = Number(params.port);
    const relayFrom = parseRelayFrom(params.relayFrom!, mount);
    const bind = params.bind!;
    const local = bind === "0.0.0.0" || bind === "::" ? "127.0.0.1" : bind;
    if (!relayFrom && params.sourcePassword === "") {
      throw new InvalidParameterError("sourcePassword", "1 to 64 printable characters", 'parameter "sourcePassword" is required when relayFrom is empty (this node is the source): give the password the source client logs in with');
    }
    if (relayFrom && relayFrom.port === port && relayFrom.mount === mount && (relayFrom.host === local || relayFrom.host === "localhost" || relayFrom.host === bind)) {
      throw new InvalidParameterError("relayFrom", "another icecast's HOST:PORT/MOUNT", `parameter "relayFrom" ${JSON.stringify(params.relayFrom)} is this icecast itself; a relay must read another server`);
    }
    this.prepare();
    const settings: Omit<IcecastSettings, "serverId"> = {
      bind,
      port,
      mount,
      ...(relayFrom ? { relayFrom } : {}),
      sourcePassword: params.sourcePassword || this.secret!,
      adminPassword: this.secret!,
      maxListeners: Number(params.maxListeners),
      bitrateKbps: Number(params.bitrate),
      retrySeconds: Number(params.retrySeconds),
      burstBytes: Number(params.burstSize),
      logDir: `${this.dir}/log`,
      shareDir: this.shareDir,
      ...(this.account ? { changeOwner: { user: this.account.user, group: this.account.group } } : {}),
    };
    // The token changes with the config, so the status JSON says which one icecast has read.
    const serverId = `lama-${createHash("sha256").update(renderIcecastXml({ ...settings, serverId: "" })).digest("hex").slice(0, 12)}`;
    const text = renderIcecastXml({ ...settings, serverId });
    const path = `${this.dir}/icecast.xml`;
    const want = { serverId, mount };
    return {
      params,
      argv: [this.binary, "-c", path],
      env: { PATH: "/usr/sbin:/usr/bin:/sbin:/bin", LANG: "C.UTF-8" },
      cwd: this.dir,
      // Readable by icecast's group once it has dropped root (it re-reads the file on SIGHUP); the directory keeps others out.
      config: { path, text, mode: 0o644 },
      ready: {
        kind: "http",
        url: `http://${local.includes(":") ? `[${local}]` : local}:${port}/status-json.xsl`,
        timeoutMs: Number(params.readyTimeoutMs),
        expect: relayFrom
          ? { body: { test: (b) => isServing(parseStatusJson(b), want), describe: `${mount} relayed from ${params.relayFrom} (config ${serverId})` } }
          : { body: { test: (b) => parseStatusJson(b)?.serverId === serverId, describe: `icecast up with config ${serverId}` } },
      },
    };
  }

  /** Makes the instance directory once: log dir for icecast's user, the admin secret for us. */
  private prepare(): void {
    if (this.prepared) return;
    try {
      this.prepareNow();
    } catch (e) {
      throw new AdaptorFailureError(
        `${this.name}: cannot prepare icecast's directory ${this.dir}: ${e instanceof Error ? e.message : String(e)}; give lama a state directory it can write (--state-dir)`,
      );
    }
    this.prepared = true;
  }

  private prepareNow(): void {
    // Parents made here must let icecast's user through to its own directory.
    mkdirSync(this.dir.slice(0, this.dir.lastIndexOf("/")), { recursive: true, mode: 0o755 });
    mkdirSync(`${this.dir}/log`, { recursive: true, mode: 0o750 });
    if (this.account) {
      // The directory: root's, entered by icecast's group; the log directory: icecast's own.
      chownSync(this.dir, 0, this.account.gid);
      chmodSync(this.dir, 0o750);
      chownSync(`${this.dir}/log`, this.account.uid, this.account.gid);
    } else {
      chmodSync(this.dir, 0o700);
    }
    const secretPath = `${this.dir}/admin.secret`;
    try {
      this.secret = readFileSync(secretPath, "utf8").trim();
    } catch {
      this.secret = "";
    }
    if (!/^[A-Za-z0-9]{16,}$/.test(this.secret)) {
      this.secret = randomBytes(18).toString("base64url").replace(/[-_]/g, "x");
      writeFileSync(secretPath, this.secret + "\n", { mode: 0o600 });
    }
  }

  /** Asks icecast's admin stats for the mount's counters, at most once per STATS_REFRESH_MS; never waited for. */
  private refreshCounters(params: Readonly<Record<string, string>>): void {
    const now = this.clock.now();
    if (this.refreshing || now - this.countersAtMs < STATS_REFRESH_MS || !this.secret) return;
    this.refreshing = true;
    this.countersAtMs = now;
    const bind = params.bind ?? "0.0.0.0";
    const host = bind === "0.0.0.0" || bind === "::" ? "127.0.0.1" : bind.includes(":") ? `[${bind}]` : bind;
    const auth = `Basic ${Buffer.from(`admin:${this.secret}`).toString("base64")}`;
    void this.fetchText(`http://${host}:${params.port}/admin/stats`, { authorization: auth }, STATS_TIMEOUT_MS)
      .then((xml) => {
        this.counters = xml === undefined ? undefined : parseAdminStats(xml, params.mount ?? "");
        this.noSource = xml !== undefined && this.counters === undefined;
      })
      .finally(() => (this.refreshing = false));
  }

  private result(r: SupervisorResult): AdaptorResult {
    return { status: this.status(), message: r.message, noOp: r.noOp };
  }
}
