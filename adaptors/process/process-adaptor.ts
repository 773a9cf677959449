/**
 * The `process` adaptor: supervises one configured program.
 *
 *   Start(params)  validate → render argv/env → spawn → readiness raced against
 *                  early exit (and a timeout) → running.
 *   Stop()         SIGTERM to the program's process group, SIGKILL after
 *                  stopTimeoutMs, wait for the exit.
 *   Set(params)    merge onto the parameters in force, validate; if they differ,
 *                  stop and start with the new ones, and if those do not come up,
 *                  roll back to the old ones (rule 11: rollback on failure).
 *   Status()       state, pid, restarts, parameters, a one-line detail.
 *
 * While running, an exit nobody asked for goes to the restart policy: restart
 * after a backoff, or give up (failed). Output of each run is kept in a bounded
 * ring whose tail rides on failures.
 *
 * Concurrency: calls are serialised on one queue, so overlapping RPCs never
 * interleave a stop with a start. Stop is special: it first cancels a start (or a
 * restart) that is waiting for readiness, so it is not stuck behind it. Exits are
 * noticed on the event loop outside the queue; a run that is being stopped on
 * purpose is marked, so its exit is not mistaken for a crash. Nothing here blocks.
 */
import { type Clock, type TimerHandle, systemClock } from "../../runtime/wire/index.ts";
import type { Adaptor, AdaptorDescription, AdaptorResult, AdaptorState, AdaptorStatusInfo } from "../adaptor.ts";
import { AdaptorError, AdaptorFailureError, AdaptorTimeoutError } from "../errors.ts";
import { checkSchema, formatParams, sameParams, validateParams, type ParamSpec, type ParamValues } from "../params.ts";
import { delay, pollUntil, within, type Wait } from "../timers.ts";
import { OUTPUT_RING_CHARS, OutputRing } from "./output-ring.ts";
import { tcpProbe, type PortProbe, type ReadyCheck } from "./readiness.ts";
import { DEFAULT_RESTART_POLICY, decideRestart, recentRestarts, type RestartPolicy } from "./restart-policy.ts";
import { bunProcessRunner, describeExit, exitFailed, type ExitInfo, type ProcessHandle, type ProcessRunner } from "./runner.ts";
import { checkTemplate, checkTemplateValue, renderInvocation, renderValue, type ProcessTemplate } from "./template.ts";

/** Time a program gets between SIGTERM and SIGKILL, unless configured. */
export const DEFAULT_STOP_TIMEOUT_MS = 5_000;
/** Time a program gets to open its readiness port, unless configured. */
export const DEFAULT_READY_TIMEOUT_MS = 10_000;
/** Interval between readiness probes. */
export const READY_POLL_MS = 100;
/** Time the kernel gets to deliver SIGKILL before we report the process stuck. */
export const KILL_WAIT_MS = 2_000;
/** Time output may keep arriving after an early exit before the tail is taken. */
export const OUTPUT_DRAIN_MS = 250;

/** One configured program (the agent's adaptor config entry, parsed). */
export interface ProcessAdaptorConfig {
  readonly name: string;
  readonly description?: string;
  readonly params?: readonly ParamSpec[];
  /** Argument vector; argv[0] an absolute path; "{param}" elements are substituted. */
  readonly command: readonly string[];
  /** Extra environment; "{param}" values are substituted. */
  readonly env?: Readonly<Record<string, string>>;
  /** Whether the agent's own environment is passed on under env (default true). */
  readonly inheritEnv?: boolean;
  /** Absolute working directory (default: the agent's). */
  readonly cwd?: string;
  readonly restart?: Partial<RestartPolicy>;
  readonly stopTimeoutMs?: number;
  /** Without one, a program counts as running as soon as it is spawned. */
  readonly ready?: ReadyCheck;
  /** Output characters kept per run. */
  readonly outputChars?: number;
}

/** The seams; each defaults to the real thing. */
export interface ProcessAdaptorDeps {
  readonly runner?: ProcessRunner;
  readonly clock?: Clock;
  readonly probe?: PortProbe;
  /** The environment inherited when inheritEnv is on (default process.env). */
  readonly baseEnv?: Readonly<Record<string, string | undefined>>;
  /** Receives life-cycle events (compatible with runtime's Logger). */
  readonly log?: { event(name: string, fields?: Record<string, string | number | boolean | undefined>): void };
}

interface Run {
  readonly handle: ProcessHandle;
  readonly values: ParamValues;
  readonly output: OutputRing;
  readonly exited: Promise<ExitInfo>;
  exit?: ExitInfo;
  /** Set before we signal it, so its exit is not taken for a crash. */
  stopRequested: boolean;
}

type ReadyOutcome = "ready" | "exited" | "timeout" | "cancelled";

/** A start abandoned because Stop was called meanwhile; Stop reports the outcome. */
class StartCancelledError extends AdaptorFailureError {}

/**
 * Checks a configuration without starting anything; throws an Error naming the
 * field at fault (the config loader prefixes the entry).
 */
export function checkProcessConfig(cfg: ProcessAdaptorConfig): void {
  const schema = cfg.params ?? [];
  try {
    checkSchema(schema);
  } catch (e) {
    throw new Error(`params: ${(e as Error).message}`);
  }
  checkTemplate({ command: cfg.command, env: cfg.env ?? {} }, schema);
  if (cfg.cwd !== undefined && !cfg.cwd.startsWith("/")) throw new Error(`cwd: ${JSON.stringify(cfg.cwd)} is not an absolute path`);
  const positive = (field: string, v: number | undefined, allowZero = false): void => {
    if (v !== undefined && (!Number.isSafeInteger(v) || v < (allowZero ? 0 : 1))) {
      throw new Error(`${field}: ${v} is not allowed; give a whole number of ${allowZero ? "0 or more" : "1 or more"}`);
    }
  };
  positive("stopTimeoutMs", cfg.stopTimeoutMs);
  positive("outputChars", cfg.outputChars);
  positive("restart.maxRestarts", cfg.restart?.maxRestarts, true);
  positive("restart.windowMs", cfg.restart?.windowMs);
  positive("restart.backoffInitialMs", cfg.restart?.backoffInitialMs, true);
  positive("restart.backoffMaxMs", cfg.restart?.backoffMaxMs, true);
  const r = cfg.ready;
  if (r?.kind === "alive") positive("ready.aliveMs", r.ms, true);
  if (r?.kind === "tcp") {
    positive("ready.timeoutMs", r.timeoutMs);
    checkTemplateValue("ready.tcpPort", r.port, schema);
    checkTemplateValue("ready.host", r.host, schema);
    const portParam = schema.find((p) => `{${p.name}}` === r.port);
    if (portParam) {
      if (portParam.type !== "port") throw new Error(`ready.tcpPort: parameter "${portParam.name}" is of type ${portParam.type}; use a parameter of type port`);
    } else if (!/^[0-9]+$/.test(r.port) || Number(r.port) < 1 || Number(r.port) > 65535) {
      throw new Error(`ready.tcpPort: ${JSON.stringify(r.port)} is not a port number from 1 to 65535 or a "{param}" of type port`);
    }
  }
}

export class ProcessAdaptor implements Adaptor {
  readonly name: string;
  private readonly schema: readonly ParamSpec[];
  private readonly template: ProcessTemplate;
  private readonly policy: RestartPolicy;
  private readonly stopTimeoutMs: number;
  private readonly runner: ProcessRunner;
  private readonly clock: Clock;
  private readonly probe: PortProbe;
  private readonly baseEnv: Record<string, string>;
  private readonly logger: ProcessAdaptorDeps["log"];

  private state: AdaptorState = "stopped";
  private detail = "not started";
  private run?: Run;
  /** The parameters in force, or last used. */
  private values?: ParamValues;
  private lastOutput?: OutputRing;
  private restarts = 0;
  private restartTimesMs: number[] = [];
  private restartTimer?: TimerHandle;
  /** Bumped by every Start/Stop/Set that acts, so a restart scheduled before it is dropped. */
  private epoch = 0;
  /** Counts Stop calls the moment they are made, so work queued or in progress sees them. */
  private stopRequests = 0;
  private cancelLaunch?: () => void;
  /** Set when a start gave way to a Stop, so that Stop reports it did something. */
  private startCancelled = false;
  private queue: Promise<unknown> = Promise.resolve();

  /** Throws an Error naming the field when the configuration is not usable. */
  constructor(
    private readonly cfg: ProcessAdaptorConfig,
    deps: ProcessAdaptorDeps = {},
  ) {
    checkProcessConfig(cfg);
    this.name = cfg.name;
    this.schema = cfg.params ?? [];
    this.template = { command: [...cfg.command], env: { ...(cfg.env ?? {}) } };
    this.policy = { ...DEFAULT_RESTART_POLICY, ...cfg.restart };
    this.stopTimeoutMs = cfg.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;
    this.runner = deps.runner ?? bunProcessRunner;
    this.clock = deps.clock ?? systemClock;
    this.probe = deps.probe ?? tcpProbe;
    this.logger = deps.log;
    const inherited = cfg.inheritEnv === false ? {} : (deps.baseEnv ?? process.env);
    this.baseEnv = Object.fromEntries(Object.entries(inherited).filter((e): e is [string, string] => e[1] !== undefined));
  }

  describe(): AdaptorDescription {
    return {
      name: this.name,
      type: "process",
      description: this.cfg.description ?? `runs ${this.template.command.join(" ")}`,
      params: this.schema,
    };
  }

  status(): AdaptorStatusInfo {
    return {
      name: this.name,
      state: this.state,
      pid: this.run?.handle.pid,
      restarts: this.restarts,
      params: { ...(this.values?.canonical ?? {}) },
      detail: this.detail,
    };
  }

  /** The tail of the current (or last) run's output. */
  outputTail(): string {
    return this.lastOutput?.tail() ?? "";
  }

  async start(params: Readonly<Record<string, string>>): Promise<AdaptorResult> {
    const values = validateParams(this.schema, params);
    return this.exclusive(async () => {
      const stops = this.stopRequests;
      if (this.state === "running" || this.state === "starting") {
        const pid = this.run ? ` (pid ${this.run.handle.pid})` : " (a restart is pending)";
        const other = this.values && !sameParams(values.canonical, this.values.canonical);
        const hint = other ? ` with ${formatParams(this.values!.canonical)}; use Set to change parameters` : "";
        return this.result(`already ${this.state}${pid}${hint}`, true);
      }
      this.epoch++;
      this.restarts = 0;
      this.restartTimesMs = [];
      const run = await this.launchOrFail(values, stops);
      return this.result(`started pid ${run.handle.pid} with ${formatParams(values.canonical)}`, false);
    });
  }

  async stop(): Promise<AdaptorResult> {
    // Outside the queue: a start waiting for readiness must not hold Stop up.
    this.epoch++;
    this.stopRequests++;
    this.cancelLaunch?.();
    return this.exclusive(async () => {
      this.epoch++;
      const hadPendingRestart = this.clearRestartTimer();
      const cancelledStart = this.startCancelled;
      this.startCancelled = false;
      const run = this.run;
      if (!run) {
        const was = this.state;
        this.state = "stopped";
        // A restart was waiting for its backoff, or was already queued behind us.
        if (hadPendingRestart || was === "starting") {
          this.detail = "stopped; the pending restart was cancelled";
          this.log("adaptor-stopped", { reason: "restart cancelled" });
          return this.result("stopped (cancelled the pending restart)", false);
        }
        if (cancelledStart) return this.result("stopped (cancelled the start in progress)", false);
        if (was === "failed") {
          this.detail = `stopped; the last run had failed: ${this.detail}`;
          return this.result("already stopped (the last run had failed)", true);
        }
        return this.result("already stopped", true);
      }
      const pid = run.handle.pid;
      const forced = await this.stopRun(run);
      this.state = "stopped";
      this.detail = forced ? `stopped; pid ${pid} ignored SIGTERM for ${this.stopTimeoutMs} ms and was killed` : "stopped by request";
      this.log("adaptor-stopped", { pid, forced });
      return this.result(forced ? `stopped pid ${pid} with SIGKILL after it ignored SIGTERM for ${this.stopTimeoutMs} ms` : `stopped pid ${pid}`, false);
    });
  }

  async set(params: Readonly<Record<string, string>>): Promise<AdaptorResult> {
    return this.exclusive(async () => {
      const stops = this.stopRequests;
      // Set changes the parameters it names; the others keep the values in force.
      const next = validateParams(this.schema, { ...(this.values?.canonical ?? {}), ...params });
      if (this.state !== "running" && this.state !== "starting") {
        return this.result(`not running, nothing changed; use Start with ${formatParams(next.canonical)}`, true);
      }
      const old = this.values!;
      if (sameParams(next.canonical, old.canonical)) return this.result(`unchanged (${formatParams(old.canonical)})`, true);
      this.epoch++;
      this.clearRestartTimer();
      if (this.run) await this.stopRun(this.run);
      const change = `${formatParams(changed(next.canonical, old.canonical))} (was ${formatParams(changed(old.canonical, next.canonical))})`;
      let failure: AdaptorError;
      try {
        const run = await this.launchOrFail(next, stops);
        this.log("adaptor-set", { params: formatParams(next.canonical), pid: run.handle.pid });
        return this.result(`restarted pid ${run.handle.pid} with ${change}`, false);
      } catch (e) {
        if (e instanceof StartCancelledError || !(e instanceof AdaptorError)) throw e;
        failure = e;
      }
      // The new parameters did not come up: put the old ones back.
      const why = `${this.name} did not come up with ${change}: ${failure.message}`;
      let rolledBack: Run;
      try {
        rolledBack = await this.launchOrFail(old, stops);
      } catch (e) {
        if (e instanceof StartCancelledError) throw e;
        const rollback = e instanceof Error ? e.message : String(e);
        this.detail = `failed: ${why}; rolling back also failed: ${rollback}`;
        throw withMessage(failure, `${why}; rolling back to ${formatParams(old.canonical)} also failed: ${rollback}`);
      }
      this.detail = `running again with the previous parameters after a failed Set: ${firstLine(failure.message)}`;
      throw withMessage(failure, `${why}; rolled back to ${formatParams(old.canonical)}, running again as pid ${rolledBack.handle.pid}`);
    });
  }

  // ------------------------------------------------------------------ internals

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.queue.then(fn);
    this.queue = result.then(
      () => {},
      () => {},
    );
    return result;
  }

  private result(message: string, noOp: boolean): AdaptorResult {
    return { status: this.status(), message, noOp };
  }

  private log(name: string, fields: Record<string, string | number | boolean | undefined> = {}): void {
    this.logger?.event(name, { adaptor: this.name, ...fields });
  }

  /** Whether a restart was pending (and is now cancelled). */
  private clearRestartTimer(): boolean {
    if (this.restartTimer === undefined) return false;
    this.clock.clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    return true;
  }

  /** launch(), setting the state when it fails. */
  private async launchOrFail(values: ParamValues, stops: number): Promise<Run> {
    try {
      return await this.launch(values, stops);
    } catch (e) {
      this.run = undefined;
      if (e instanceof StartCancelledError) {
        this.state = "stopped";
        this.detail = "stopped; the start in progress was cancelled";
      } else {
        this.state = "failed";
        this.detail = e instanceof Error ? firstLine(e.message) : String(e);
        this.log("adaptor-failed", { detail: this.detail });
      }
      throw e;
    }
  }

  /**
   * Spawns and waits for readiness; on any failure nothing is left running.
   * stops is the Stop count when the calling operation began: a Stop since then
   * cancels the launch.
   */
  private async launch(values: ParamValues, stops: number): Promise<Run> {
    if (this.stopRequests !== stops) {
      this.startCancelled = true;
      throw new StartCancelledError(`${this.name}: start cancelled by Stop`);
    }
    const { argv, env } = renderInvocation(this.template, values.canonical);
    const output = new OutputRing(this.cfg.outputChars ?? OUTPUT_RING_CHARS);
    this.values = values;
    this.lastOutput = output;
    this.state = "starting";
    let handle: ProcessHandle;
    try {
      handle = this.runner.spawn(argv, { env: { ...this.baseEnv, ...env }, cwd: this.cfg.cwd, onOutput: (text) => output.append(text) });
    } catch (e) {
      throw new AdaptorFailureError(`${this.name}: cannot start: ${e instanceof Error ? e.message : String(e)}`);
    }
    const run: Run = { handle, values, output, exited: handle.exited, stopRequested: false };
    void handle.exited.then((exit) => (run.exit = exit));
    this.run = run;
    this.detail = `pid ${handle.pid} ${this.readyText(values)}`;
    this.log("adaptor-spawned", { pid: handle.pid, argv: argv.join(" ") });

    const outcome = await this.awaitReady(run);
    switch (outcome) {
      case "ready":
        this.state = "running";
        this.detail = `running since ${new Date(this.clock.now()).toISOString()}`;
        this.watch(run);
        return run;
      case "exited": {
        await within(this.clock, handle.outputClosed, OUTPUT_DRAIN_MS);
        handle.kill("SIGKILL"); // whatever it left behind in its group
        const exit = run.exit!;
        const hint = exitFailed(exit) ? "" : " (a supervised program must stay in the foreground)";
        throw new AdaptorFailureError(`${this.name} ${describeExit(exit)} before it was ready${hint}${lastLineNote(output)}`, output.tail());
      }
      case "timeout": {
        const waited = this.cfg.ready?.kind === "tcp" ? this.cfg.ready.timeoutMs : 0;
        await this.stopRun(run);
        throw new AdaptorTimeoutError(`${this.name} was not ready within ${waited} ms (${this.readyText(values)}); stopped pid ${handle.pid}`, output.tail());
      }
      case "cancelled":
        this.startCancelled = true;
        await this.stopRun(run);
        throw new StartCancelledError(`${this.name}: start cancelled by Stop`, output.tail());
    }
  }

  private readyText(values: ParamValues): string {
    const r = this.cfg.ready;
    if (!r) return "spawned";
    if (r.kind === "alive") return `must stay up for ${r.ms} ms`;
    return `waiting for ${renderValue(r.host, values.canonical)}:${renderValue(r.port, values.canonical)} to accept connections`;
  }

  /** Races readiness against early exit, the readiness timeout and Stop. */
  private async awaitReady(run: Run): Promise<ReadyOutcome> {
    const waits: Wait<unknown>[] = [];
    const racers: Promise<ReadyOutcome>[] = [run.exited.then(() => "exited" as const)];
    racers.push(new Promise((resolve) => (this.cancelLaunch = () => resolve("cancelled"))));
    const r = this.cfg.ready;
    if (!r) {
      racers.push(Promise.resolve("ready"));
    } else if (r.kind === "alive") {
      const alive = delay(this.clock, r.ms);
      waits.push(alive);
      racers.push(alive.promise.then(() => "ready" as const));
    } else {
      const host = renderValue(r.host, run.values.canonical);
      const port = Number(renderValue(r.port, run.values.canonical));
      const poll = pollUntil(this.clock, READY_POLL_MS, () => this.probe(host, port));
      const timeout = delay(this.clock, r.timeoutMs);
      waits.push(poll, timeout);
      racers.push(poll.promise.then(() => "ready" as const), timeout.promise.then(() => "timeout" as const));
    }
    try {
      const outcome = await Promise.race(racers);
      // An exit that already happened beats a readiness that was instant.
      return outcome === "ready" && run.exit ? "exited" : outcome;
    } finally {
      for (const w of waits) w.cancel();
      this.cancelLaunch = undefined;
    }
  }

  /** Notices an exit nobody asked for and hands it to the restart policy. */
  private watch(run: Run): void {
    void run.exited.then((exit) => {
      if (run.stopRequested || this.run !== run) return;
      this.run = undefined;
      run.handle.kill("SIGKILL"); // whatever it left behind in its group
      this.log("adaptor-exited", { pid: run.handle.pid, code: exit.code ?? undefined, signal: exit.signal ?? undefined });
      this.afterUnplannedEnd(`pid ${run.handle.pid} ${describeExit(exit)}${lastLineNote(run.output)}`, exitFailed(exit));
    });
  }

  private afterUnplannedEnd(why: string, failed: boolean): void {
    const now = this.clock.now();
    this.restartTimesMs = recentRestarts(this.restartTimesMs, now, this.policy.windowMs);
    const d = decideRestart(this.policy, failed, this.restartTimesMs.length);
    if (!d.restart) {
      this.state = failed ? "failed" : "stopped";
      this.detail = `${why}; ${d.reason}`;
      this.log(failed ? "adaptor-gave-up" : "adaptor-ended", { detail: this.detail });
      return;
    }
    this.state = "starting";
    this.detail = `${why}; restarting in ${d.delayMs} ms (restart ${d.attempt} of at most ${this.policy.maxRestarts} within ${this.policy.windowMs} ms)`;
    this.log("adaptor-restarting", { delayMs: d.delayMs, attempt: d.attempt });
    const epoch = this.epoch;
    this.restartTimer = this.clock.setTimeout(() => {
      this.restartTimer = undefined;
      void this.exclusive(() => this.restart(epoch));
    }, d.delayMs);
  }

  private async restart(epoch: number): Promise<void> {
    if (epoch !== this.epoch || !this.values) return; // a Start/Stop/Set came in between
    this.restartTimesMs.push(this.clock.now());
    this.restarts++;
    try {
      await this.launch(this.values, this.stopRequests);
    } catch (e) {
      this.run = undefined;
      if (e instanceof StartCancelledError) {
        this.state = "stopped";
        this.detail = "stopped; the restart in progress was cancelled";
        return;
      }
      this.afterUnplannedEnd(e instanceof Error ? firstLine(e.message) : String(e), true);
    }
  }

  /**
   * SIGTERM to the group, SIGKILL after stopTimeoutMs, then sweep the group.
   * Returns whether SIGKILL was needed; AdaptorTimeoutError if even that failed.
   */
  private async stopRun(run: Run): Promise<boolean> {
    run.stopRequested = true;
    const pid = run.handle.pid;
    let forced = false;
    if (!run.exit) {
      this.state = "stopping";
      this.detail = `stopping pid ${pid} (SIGTERM, then SIGKILL after ${this.stopTimeoutMs} ms)`;
      run.handle.kill("SIGTERM");
      if (!(await within(this.clock, run.exited, this.stopTimeoutMs)).done) {
        forced = true;
        run.handle.kill("SIGKILL");
        if (!(await within(this.clock, run.exited, KILL_WAIT_MS)).done) {
          this.state = "failed";
          this.detail = `pid ${pid} did not exit within ${KILL_WAIT_MS} ms of SIGKILL`;
          throw new AdaptorTimeoutError(`${this.name}: ${this.detail}`, run.output.tail());
        }
      }
    }
    // The leader is gone; end whatever it left behind in its process group.
    run.handle.kill("SIGKILL");
    if (this.run === run) this.run = undefined;
    return forced;
  }
}

/** The entries of a that differ from b. */
function changed(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(a).filter(([k, v]) => b[k] !== v));
}

/** The same kind of error with a new message. */
function withMessage(e: AdaptorError, message: string): AdaptorError {
  if (e instanceof AdaptorTimeoutError) return new AdaptorTimeoutError(message, e.outputTail);
  if (e instanceof AdaptorFailureError) return new AdaptorFailureError(message, e.outputTail);
  return new AdaptorFailureError(message);
}

function firstLine(s: string): string {
  return s.split("\n", 1)[0]!;
}

function lastLineNote(output: OutputRing): string {
  const line = output.lastLine();
  if (!line) return "";
  return `; last output: ${JSON.stringify(line.length > 200 ? line.slice(0, 200) + "…" : line)}`;
}
