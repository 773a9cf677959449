/**
 * The `haproxy-dispatcher` adaptor: the node side of the paper's D-CP. It runs
 * haproxy in front of a pool and changes the pool's backends live.
 *
 *   Start(params)  validate everything (backends included) → render haproxy.cfg →
 *                  `haproxy -c` → spawn `haproxy -W -db` (master-worker, in the
 *                  foreground) → ready when the frontend accepts and the runtime API
 *                  answers → apply the backend list through the runtime API.
 *   Set(params)    merged onto the parameters in force and validated the same way.
 *                  A change of `backends` alone never touches the process: the live
 *                  slots are diffed against the wanted list (plan.ts) and only the
 *                  differing `set server` commands are sent, so open client
 *                  connections are untouched. A change of the frontend (port, bind,
 *                  mode, balance, slots, maxconn) re-renders, checks and reloads
 *                  (SIGUSR2 to the master: the old worker keeps its connections until
 *                  they end); the new worker loads the slots saved after the last
 *                  change (servers.state), and the list is diffed against it again;
 *                  a refused or failed reload is rolled back by the supervisor.
 *   Stop()         SIGTERM to the master's process group (SIGKILL after the timeout).
 *   Status()       the supervisor's state; params carry the applied backend list;
 *                  detail adds sessions and bytes per backend from `show stat`
 *                  (refreshed in the background, at most every STATS_REFRESH_MS).
 *
 * Runs on the agent's event loop; nothing blocks. Start, Set and Stop are
 * serialised here as well as in the supervisor, because the backend updates happen
 * outside it. When the supervisor restarted a crashed haproxy, it comes up with
 * the saved slots; a watch on the clock (every WATCH_MS), or the next Status or
 * Set, notices the new pid and diffs the list against it again (in case the save
 * had failed).
 *
 * Crash adoption: with the agent's state directory (deps.stateDir) the supervisor
 * keeps a run record of haproxy, and a new adaptor first recovers (before any
 * call runs): the haproxy a crashed agent left is adopted when it is the same
 * process, runs the command these parameters make and answers (otherwise it is
 * stopped). The list in force is read back from `backends.json`, written beside
 * servers.state after every change (the list and which slot holds which id), so
 * the next Set diffs against haproxy's live slots as before and sends only what
 * differs; haproxy is not touched by the adoption itself.
 */
import { mkdir } from "node:fs/promises";
import type { Clock, TimerHandle } from "../../runtime/wire/index.ts";
import { systemClock } from "../../runtime/wire/index.ts";
import type { Adaptor, AdaptorDescription, AdaptorResult, AdaptorStatusInfo } from "../adaptor.ts";
import { checkProgramAndUser, instanceDir, type DaemonAdaptorConfig } from "../daemon-fields.ts";
import { AdaptorFailureError, AdaptorTimeoutError, InvalidParameterError } from "../errors.ts";
import { checkSchema, formatParams, sameParams, validateParams, type ParamSpec } from "../params.ts";
import { nodeFileSystem, Supervisor, type LaunchSpec, type ProcessRunner, type Probes, type SupervisorDeps, type FileSystem } from "../supervisor/index.ts";
import { pollUntil, within } from "../timers.ts";
import { BACKENDS_ALLOWED, BackendListError, formatBackends, parseBackends, type Backend } from "./backends.ts";
import { infoPid, parseServersState, parseStat, type StatRow } from "./live-state.ts";
import { planSlots, SlotTableFullError } from "./plan.ts";
import { BACKEND_NAME, BALANCE_ALGORITHMS, DISPATCH_MODES, renderHaproxyConfig, type BalanceAlgorithm, type DispatchMode } from "./render.ts";
import { RuntimeApiError, setServerOutcome, unixSocketApi, type RuntimeApi } from "./runtime-api.ts";

export const DEFAULT_HAPROXY = "/usr/sbin/haproxy";
/** The unprivileged user haproxy's workers run as when the agent is root (Debian's package creates it). */
export const DEFAULT_HAPROXY_USER = "haproxy";
/** Time haproxy gets to accept on its frontend and answer on its runtime API. */
export const DEFAULT_DISPATCHER_READY_MS = 10_000;
/** Status never asks haproxy for traffic counters more often than this. */
export const STATS_REFRESH_MS = 1_000;
/** Slots updated at once, each on its own runtime-API connection (haproxy's CLI serves several). */
export const API_LANES = 8;
/** How often a running dispatcher looks whether haproxy was restarted under it (no I/O unless it was). */
export const WATCH_MS = 500;
/** Interval between runtime-API readiness probes. */
export const API_POLL_MS = 50;
/** Upper bound of the slot table; each slot is a few hundred bytes in haproxy. */
export const MAX_SLOTS = 1_000;
/** Longest state directory: the runtime API socket path must fit a sockaddr_un (108 bytes). */
export const MAX_STATE_DIR_CHARS = 90;

/** What backends.json holds: the list in force and each slot's backend id. */
interface SavedList {
  readonly applied: string;
  readonly assigned: readonly (readonly [string, string])[];
}

/** The parameters that shape the process; a change reloads haproxy. */
const FRONTEND_PARAMS = ["port", "bind", "mode", "balance", "slots", "maxconn"] as const;

/** The declared parameters of every haproxy-dispatcher adaptor. */
export const DISPATCHER_PARAMS: readonly ParamSpec[] = [
  { name: "port", type: "port", required: true, description: "TCP port clients connect to" },
  { name: "bind", type: "host", default: "0.0.0.0", description: "address the frontend listens on" },
  { name: "mode", type: "enum", values: DISPATCH_MODES, default: "http", description: "http (streams, web) or tcp" },
  { name: "balance", type: "enum", values: BALANCE_ALGORITHMS, default: "roundrobin", description: "how new clients are spread over the ready backends (by weight)" },
  { name: "slots", type: "int", min: 1, max: MAX_SLOTS, default: "16", description: "size of the backend table (most backends at once); changing it reloads haproxy" },
  { name: "maxconn", type: "int", min: 1, max: 1_000_000, default: "4096", description: "most client connections at once (haproxy needs about twice as many file descriptors)" },
  {
    name: "backends",
    type: "string",
    default: "",
    description: "the backends, applied live: ID@ADDRESS:PORT[/WEIGHT[/STATE]], … (STATE ready, drain or maint) or a JSON array",
  },
];

/** One configured dispatcher (the agent's adaptor config entry, parsed). */
export interface DispatcherAdaptorConfig extends DaemonAdaptorConfig {
  /**
   * Absolute directory for haproxy.cfg, the runtime API socket and the saved server
   * state; made on Start (mode 0700). Default: `<the agent's state directory>/<name>`.
   */
  readonly stateDir?: string;
  /** User (and group) haproxy's workers drop to when the agent is root. */
  readonly user?: string;
}

/** The seams; each defaults to the real thing. */
export interface DispatcherAdaptorDeps {
  readonly runner?: ProcessRunner;
  readonly clock?: Clock;
  readonly files?: FileSystem;
  readonly probes?: Probes;
  /** The runtime API at a socket path (default: a unix-socket client). */
  readonly api?: (socketPath: string) => RuntimeApi;
  /** The agent's state directory for adaptors (default /var/lib/lama, DEFAULT_STATE_ROOT in ../daemon-fields.ts); this instance uses `<stateDir>/<name>` unless its entry names one. */
  readonly stateDir?: string;
  /** Whether the agent runs as root, so haproxy must drop privileges (default: from the real uid). */
  readonly root?: boolean;
  /** Makes the state directory (default: mkdir -p with mode 0700). */
  readonly makeDir?: (path: string) => Promise<void>;
  readonly log?: SupervisorDeps["log"];
}

/** Traffic through one backend, from `show stat`. */
export interface BackendTraffic {
  readonly id: string;
  readonly slot: string;
  readonly address: string;
  readonly weight: number;
  /** haproxy's word for it: "no check" (ready, not health-checked), DRAIN, MAINT, … */
  readonly status: string;
  readonly sessions: number;
  readonly sessionsTotal: number;
  readonly bytesIn: number;
  readonly bytesOut: number;
}

function checkStateDir(dir: string): void {
  if (!dir.startsWith("/") || dir.split("/").includes("..")) {
    throw new Error(`stateDir: ${JSON.stringify(dir)} is not an absolute path without '..'`);
  }
  if (dir.length > MAX_STATE_DIR_CHARS) {
    throw new Error(`stateDir: ${JSON.stringify(dir)} is ${dir.length} characters; at most ${MAX_STATE_DIR_CHARS} (the runtime API socket lives there and a unix socket path is short)`);
  }
}

/** Checks a configuration without starting anything; throws an Error naming the field. */
export function checkDispatcherConfig(cfg: DispatcherAdaptorConfig): void {
  if (cfg.stateDir !== undefined) checkStateDir(cfg.stateDir);
  checkProgramAndUser(cfg);
}

export class DispatcherAdaptor implements Adaptor {
  readonly name: string;
  private readonly supervisor: Supervisor;
  private readonly clock: Clock;
  private readonly api: RuntimeApi;
  private readonly root: boolean;
  private readonly makeDir: (path: string) => Promise<void>;
  private readonly dir: string;
  private readonly configPath: string;
  private readonly socketPath: string;
  private readonly serverStatePath: string;
  private readonly listPath: string;
  private readonly files: FileSystem;
  private readonly readyTimeoutMs: number;
  private readonly logger: SupervisorDeps["log"];

  /** slot → backend id, as last applied. */
  private assigned = new Map<string, string>();
  /** The backend list in force (applied), canonical, and as a list. */
  private applied = "";
  private appliedList: readonly Backend[] = [];
  /** The master pid the list was applied to; another pid means haproxy was restarted. */
  private appliedToPid?: number;
  private reapplying = false;
  private lastError = "";
  private traffic: BackendTraffic[] = [];
  private trafficAtMs = -Infinity;
  private refreshing = false;
  private watchTimer?: TimerHandle;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly cfg: DispatcherAdaptorConfig,
    deps: DispatcherAdaptorDeps = {},
  ) {
    checkDispatcherConfig(cfg);
    checkSchema(DISPATCHER_PARAMS);
    this.name = cfg.name;
    this.clock = deps.clock ?? systemClock;
    this.dir = instanceDir(cfg.name, cfg.stateDir, deps.stateDir);
    checkStateDir(this.dir);
    this.configPath = `${this.dir}/haproxy.cfg`;
    this.socketPath = `${this.dir}/admin.sock`;
    this.serverStatePath = `${this.dir}/servers.state`;
    this.listPath = `${this.dir}/backends.json`;
    this.files = deps.files ?? nodeFileSystem;
    this.api = (deps.api ?? unixSocketApi)(this.socketPath);
    this.root = deps.root ?? process.getuid?.() === 0;
    this.makeDir = deps.makeDir ?? (async (p) => void (await mkdir(p, { recursive: true, mode: 0o700 })));
    this.readyTimeoutMs = cfg.readyTimeoutMs ?? DEFAULT_DISPATCHER_READY_MS;
    this.logger = deps.log;
    this.supervisor = new Supervisor(
      { name: cfg.name, stopTimeoutMs: cfg.stopTimeoutMs, reload: { signal: "SIGUSR2" }, stateDir: deps.stateDir },
      { runner: deps.runner, clock: deps.clock, files: deps.files, probes: deps.probes, log: deps.log },
    );
    // Queued before any call: a Start never meets the haproxy a crashed agent left behind.
    this.recovered = deps.stateDir !== undefined ? this.exclusive(() => this.recover()) : Promise.resolve({ message: "no state directory", noOp: true });
    this.recovered.catch(() => {});
  }

  /** The outcome of looking for a haproxy a previous agent run left (settles before any call runs). */
  readonly recovered: Promise<{ message: string; noOp: boolean }>;

  describe(): AdaptorDescription {
    return { name: this.name, type: "haproxy-dispatcher", description: this.cfg.description ?? "haproxy in front of a pool; backends set live through its runtime API", params: DISPATCHER_PARAMS };
  }

  status(): AdaptorStatusInfo {
    const snap = this.supervisor.snapshot();
    const running = snap.state === "running";
    if (running && snap.pid !== undefined && snap.pid !== this.appliedToPid) this.reapplyInBackground();
    if (running) this.refreshTrafficInBackground();
    const params = { ...snap.params, ...(snap.state === "stopped" && Object.keys(snap.params).length === 0 ? {} : { backends: this.applied }) };
    const detail = running ? `${snap.detail}; ${this.describeTraffic()}${this.lastError ? `; ${this.lastError}` : ""}` : snap.detail;
    return { name: this.name, state: snap.state, pid: snap.pid, restarts: snap.restarts, params, detail };
  }

  async start(params: Readonly<Record<string, string>>): Promise<AdaptorResult> {
    // Everything is validated before anything runs.
    const { spec, backends } = this.prepare(params);
    return this.exclusive(async () => {
      await this.ensureStateDir();
      // A fresh start begins with every slot idle; a saved state is for reloads and restarts.
      if (this.supervisor.snapshot().state !== "running") await this.files.remove(this.serverStatePath).catch(() => {});
      const started = await this.supervisor.start(spec);
      if (started.noOp) return this.result(started.message, true);
      this.assigned = new Map();
      this.applied = "";
      this.appliedList = [];
      const pid = this.supervisor.snapshot().pid;
      try {
        await this.awaitApi(undefined);
        const applied = await this.apply(backends);
        this.appliedToPid = pid;
        this.watch();
        return this.result(`${started.message}; ${applied}`, false);
      } catch (e) {
        await this.supervisor.stop().catch(() => {});
        throw e instanceof AdaptorFailureError || e instanceof AdaptorTimeoutError ? e : new AdaptorFailureError(`${this.name}: ${(e as Error).message}; stopped haproxy`);
      }
    });
  }

  async stop(): Promise<AdaptorResult> {
    const stopping = this.supervisor.stop();
    if (this.watchTimer !== undefined) this.clock.clearTimeout(this.watchTimer);
    this.watchTimer = undefined;
    return this.exclusive(async () => {
      const r = await stopping;
      this.assigned = new Map();
      this.appliedToPid = undefined;
      this.traffic = [];
      return this.result(r.message, r.noOp);
    });
  }

  async set(params: Readonly<Record<string, string>>): Promise<AdaptorResult> {
    return this.exclusive(async () => {
      const current = this.supervisor.snapshot();
      const merged = { ...current.params, backends: this.applied, ...params };
      const { spec, backends } = this.prepare(merged);
      if (current.state !== "running") {
        return this.result(`not running, nothing changed; use Start with ${formatParams({ ...spec.params, backends: formatBackends(backends) })}`, true);
      }
      const frontendChanged = !sameParams(spec.params, current.params);
      const backendsChanged = formatBackends(backends) !== this.applied || current.pid !== this.appliedToPid;
      if (!frontendChanged && !backendsChanged) return this.result(`unchanged (${formatParams({ ...spec.params, backends: this.applied })})`, true);
      const messages: string[] = [];
      if (frontendChanged) {
        const before = await this.workerPid();
        // Until the list is on the new worker, a Status must see it as not applied.
        this.appliedToPid = undefined;
        let reloaded;
        try {
          reloaded = await this.supervisor.set(() => spec);
        } catch (e) {
          // Refused by `haproxy -c`, the old worker runs on untouched; after a rolled-back
          // reload a new worker runs the old configuration: check its slots against the list.
          await this.restoreAfterFailedReload(before);
          throw e;
        }
        messages.push(reloaded.message);
        await this.awaitApi(before);
        // The new worker loaded the saved slots; those beyond a smaller table are gone.
        this.assigned = new Map([...this.assigned].filter(([slot]) => Number(slot.replace(/^\D+/, "")) <= Number(spec.params.slots)));
      }
      messages.push(await this.apply(backends));
      this.appliedToPid = this.supervisor.snapshot().pid;
      return this.result(messages.join("; "), false);
    });
  }

  /**
   * Adopts or stops what a previous run left (Supervisor.recover), then, when
   * adopted, takes the list in force from backends.json. Without that file (a
   * run record from before it existed) every slot in use is held under a
   * placeholder id, so the next Set moves each wanted backend into place and
   * puts the rest in maint: nothing is left ready that grand did not list.
   */
  private async recover(): Promise<{ message: string; noOp: boolean }> {
    const r = await this.supervisor.recover((params) => this.prepare(params).spec);
    const snap = this.supervisor.snapshot();
    if (snap.state !== "running") return r;
    let note: string;
    try {
      const saved = JSON.parse((await this.files.readFile(this.listPath)) ?? "") as SavedList;
      const list = parseBackends(saved.applied);
      this.assigned = new Map(saved.assigned.map(([slot, id]) => [slot, id]));
      this.applied = formatBackends(list);
      this.appliedList = list;
      note = `its ${list.length} backends as last applied`;
    } catch {
      const live = parseServersState(await this.call(`show servers state ${BACKEND_NAME}`), BACKEND_NAME);
      this.assigned = new Map(live.filter((s) => s.state !== "maint").map((s) => [s.name, `?${s.name}`]));
      note = `its backend list unknown (no ${this.listPath}); ${this.assigned.size} slots in use until the next Set`;
    }
    this.appliedToPid = snap.pid;
    this.watch();
    this.log("dispatcher-adopted", { pid: snap.pid, backends: this.applied });
    return { message: `${r.message}; ${note}`, noOp: false };
  }

  /** Sessions and bytes per backend, asked of haproxy now (`show stat`). */
  async backendTraffic(): Promise<BackendTraffic[]> {
    const rows = parseStat(await this.api("show stat"));
    this.traffic = this.trafficOf(rows);
    this.trafficAtMs = this.clock.now();
    return this.traffic;
  }

  /** The pid of the haproxy worker answering the runtime API (changes on a reload, unlike the master's). */
  async workerPid(): Promise<number | undefined> {
    try {
      return infoPid(await this.api("show info"));
    } catch {
      return undefined;
    }
  }

  /** Validates merged parameters, backends included, before anything runs; the supervisor's spec carries the frontend only. */
  private prepare(params: Readonly<Record<string, string>>): { spec: LaunchSpec; backends: Backend[] } {
    const values = validateParams(DISPATCHER_PARAMS, params);
    const v = values.typed;
    let backends: Backend[];
    try {
      backends = parseBackends(String(v.backends ?? ""));
    } catch (e) {
      if (!(e instanceof BackendListError)) throw e;
      throw new InvalidParameterError("backends", BACKENDS_ALLOWED, `parameter "backends": ${e.message}; allowed: ${BACKENDS_ALLOWED}`);
    }
    const slots = Number(v.slots);
    if (backends.length > slots) {
      throw new InvalidParameterError(
        "backends",
        `at most ${slots} backends (parameter slots)`,
        `parameter "backends": ${backends.length} backends do not fit in ${slots} server slots (parameter slots=${slots}); raise slots or list fewer backends`,
      );
    }
    const frontend = Object.fromEntries(FRONTEND_PARAMS.map((k) => [k, values.canonical[k]!]));
    const user = this.root ? (this.cfg.user ?? DEFAULT_HAPROXY_USER) : undefined;
    const text = renderHaproxyConfig({
      name: this.name,
      port: Number(v.port),
      bind: String(v.bind),
      mode: v.mode as DispatchMode,
      balance: v.balance as BalanceAlgorithm,
      slots,
      maxconn: Number(v.maxconn),
      socketPath: this.socketPath,
      serverStatePath: this.serverStatePath,
      user,
    });
    const program = this.cfg.program ?? DEFAULT_HAPROXY;
    const bind = String(v.bind);
    const spec: LaunchSpec = {
      params: frontend,
      argv: [program, "-W", "-db", "-f", this.configPath],
      env: { PATH: "/usr/sbin:/usr/bin:/sbin:/bin" },
      config: { path: this.configPath, text },
      check: [program, "-c", "-q", "-f", this.configPath],
      ready: { kind: "tcp", host: probeHost(bind), port: Number(v.port), timeoutMs: this.readyTimeoutMs },
    };
    return { spec, backends };
  }

  /** Diffs the live slots against wanted and sends what differs; returns what it did, in words. */
  private async apply(wanted: readonly Backend[]): Promise<string> {
    const t0 = performance.now();
    const live = parseServersState(await this.call(`show servers state ${BACKEND_NAME}`), BACKEND_NAME);
    let plan;
    try {
      plan = planSlots(BACKEND_NAME, wanted, live, this.assigned);
    } catch (e) {
      if (e instanceof SlotTableFullError) throw new AdaptorFailureError(`${this.name}: ${e.message}`);
      throw e;
    }
    // Slots are independent: each slot's commands go in order on one lane, up to
    // API_LANES slots at once, so a whole list costs a few round trips, not one per command.
    const bySlot = new Map<string, string[]>();
    for (const c of plan.commands) bySlot.set(c.slot, [...(bySlot.get(c.slot) ?? []), c.text]);
    const lanes = [...bySlot.values()];
    let failure: { text: string; why: string } | undefined;
    const lane = async (): Promise<void> => {
      for (let texts = lanes.shift(); texts && !failure; texts = lanes.shift()) {
        for (const text of texts) {
          const outcome = setServerOutcome(text, await this.call(text));
          if (!outcome.ok) {
            failure ??= { text, why: outcome.why };
            return;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(API_LANES, lanes.length) }, lane));
    if (failure) {
      this.lastError = `last update failed at '${failure.text}': ${failure.why}`;
      throw new AdaptorFailureError(`${this.name}: haproxy refused '${failure.text}': ${failure.why}; the backends are partly applied, Set the list again`);
    }
    this.assigned = new Map(plan.assigned);
    if (plan.commands.length > 0) await this.saveServerState();
    this.applied = formatBackends(wanted);
    this.appliedList = wanted;
    await this.saveList();
    this.lastError = "";
    this.trafficAtMs = -Infinity;
    const ms = (performance.now() - t0).toFixed(1);
    this.log("dispatcher-applied", { backends: wanted.length, commands: plan.commands.length, ms });
    return plan.commands.length === 0
      ? `backends already in place (${wanted.length})`
      : `applied ${wanted.length} backends live with ${plan.commands.length} runtime-API commands in ${ms} ms`;
  }

  /**
   * Saves haproxy's server state where its configuration loads it from, so a reload
   * or a restart comes up with the slots as they are now. A failure is logged, not
   * thrown: the change itself is in force; only a later restart would start idle.
   */
  private async saveServerState(): Promise<void> {
    try {
      await this.files.writeFileAtomic(this.serverStatePath, await this.api(`show servers state ${BACKEND_NAME}`));
    } catch (e) {
      this.log("dispatcher-state-save-failed", { path: this.serverStatePath, error: (e as Error).message });
    }
  }

  /** Writes backends.json for a next agent's adoption; a failure is logged, not thrown (as saveServerState). */
  private async saveList(): Promise<void> {
    const saved: SavedList = { applied: this.applied, assigned: [...this.assigned] };
    try {
      await this.files.writeFileAtomic(this.listPath, JSON.stringify(saved));
    } catch (e) {
      this.log("dispatcher-state-save-failed", { path: this.listPath, error: (e as Error).message });
    }
  }

  /** One runtime-API command; a socket that cannot be reached is an adaptor failure naming it. */
  private async call(command: string): Promise<string> {
    try {
      return await this.api(command);
    } catch (e) {
      if (e instanceof RuntimeApiError) throw new AdaptorFailureError(`${this.name}: ${e.message}`);
      throw e;
    }
  }

  /** Waits for the runtime API to answer from a worker other than `before` (a reload's new one). */
  private async awaitApi(before: number | undefined): Promise<void> {
    const ready = pollUntil(this.clock, API_POLL_MS, async () => {
      const pid = await this.workerPid();
      return pid !== undefined && pid !== before;
    });
    const outcome = await within(this.clock, ready.promise, this.readyTimeoutMs);
    ready.cancel();
    if (!outcome.done) {
      throw new AdaptorTimeoutError(`${this.name}: haproxy's runtime API ${this.socketPath} did not answer${before !== undefined ? ` from a new worker (the old one was pid ${before})` : ""} within ${this.readyTimeoutMs} ms`, this.supervisor.outputTail());
    }
  }

  private async restoreAfterFailedReload(before: number | undefined): Promise<void> {
    if (this.supervisor.snapshot().state !== "running") return;
    try {
      if ((await this.workerPid()) === before) return;
      await this.awaitApi(undefined);
      await this.apply(parseBackends(this.applied));
      this.appliedToPid = this.supervisor.snapshot().pid;
    } catch (e) {
      this.lastError = `applying the backends after a failed reload failed: ${(e as Error).message}`;
    }
  }

  private async ensureStateDir(): Promise<void> {
    try {
      await this.makeDir(this.dir);
    } catch (e) {
      throw new AdaptorFailureError(`${this.name}: cannot make the state directory ${this.dir}: ${(e as Error).message}`);
    }
  }

  /**
   * While haproxy runs, notices a restart by the supervisor (a new master pid)
   * without waiting for a Status or Set, so the pool is dark for at most WATCH_MS
   * plus the re-apply. Runs on the clock; ends when the supervisor stops or gives up.
   */
  private watch(): void {
    if (this.watchTimer !== undefined) this.clock.clearTimeout(this.watchTimer);
    this.watchTimer = this.clock.setTimeout(() => {
      this.watchTimer = undefined;
      const snap = this.supervisor.snapshot();
      if (snap.state === "stopped" || snap.state === "failed") return;
      if (snap.state === "running" && snap.pid !== undefined && snap.pid !== this.appliedToPid) this.reapplyInBackground();
      this.watch();
    }, WATCH_MS);
  }

  /** After a restart by the supervisor the slots are back in maint: apply the list again. */
  private reapplyInBackground(): void {
    if (this.reapplying) return;
    this.reapplying = true;
    void this.exclusive(async () => {
      const snap = this.supervisor.snapshot();
      if (snap.state !== "running" || snap.pid === this.appliedToPid) return;
      await this.awaitApi(undefined);
      await this.apply(parseBackends(this.applied));
      this.appliedToPid = snap.pid;
      this.log("dispatcher-reapplied", { pid: snap.pid });
    })
      .catch((e) => (this.lastError = `applying the backends after a restart failed: ${(e as Error).message}`))
      .finally(() => (this.reapplying = false));
  }

  private refreshTrafficInBackground(): void {
    if (this.refreshing || this.clock.now() - this.trafficAtMs < STATS_REFRESH_MS) return;
    this.refreshing = true;
    this.backendTraffic()
      .catch(() => {})
      .finally(() => (this.refreshing = false));
  }

  private trafficOf(rows: readonly StatRow[]): BackendTraffic[] {
    const weights = new Map(this.appliedList.map((b) => [b.id, b.weight]));
    return rows
      .filter((r) => r.proxy === BACKEND_NAME && this.assigned.has(r.server))
      .map((r) => ({
        id: this.assigned.get(r.server)!,
        slot: r.server,
        address: r.address,
        // The weight we set: haproxy's stat column shows 1 for a server in maint.
        weight: weights.get(this.assigned.get(r.server)!) ?? r.weight,
        status: r.status,
        sessions: r.sessions,
        sessionsTotal: r.sessionsTotal,
        bytesIn: r.bytesIn,
        bytesOut: r.bytesOut,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  private describeTraffic(): string {
    const n = this.assigned.size;
    if (n === 0) return "no backends";
    if (this.traffic.length === 0) return `${n} backends`;
    return this.traffic.map((t) => `${t.id} ${t.address} w${t.weight} ${t.status}: ${t.sessions} sessions (${t.sessionsTotal} total), ${t.bytesIn} B in, ${t.bytesOut} B out`).join("; ");
  }

  private result(message: string, noOp: boolean): AdaptorResult {
    return { status: this.status(), message, noOp };
  }

  private log(name: string, fields: Record<string, string | number | boolean | undefined>): void {
    this.logger?.event(name, { adaptor: this.name, ...fields });
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => {});
    return run;
  }
}

/** Where readiness is probed: loopback for a wildcard bind, the bind address otherwise. */
export function probeHost(bind: string): string {
  if (bind === "0.0.0.0") return "127.0.0.1";
  if (bind === "::") return "::1";
  return bind;
}
