/**
 * The supervisor: runs one program for an adaptor and keeps it in a known state.
 *
 *   start(spec)  [write config → check] → spawn → readiness raced against early
 *                exit, a timeout and Stop → running; on failure nothing is left
 *                running and the config file on disk is put back as it was.
 *   stop()       SIGTERM to the program's process group, SIGKILL after
 *                stopTimeoutMs, wait for the exit; cancels a start, restart or
 *                reload that is still waiting.
 *   set(build)   the new spec is built from the parameters in force; if they differ:
 *                  restart (default): stop, start the new spec, and if it does not
 *                    come up, start the old one again;
 *                  reload (options.reload): write → check → signal or command →
 *                    readiness; if it does not come up, put the old config back and
 *                    reload again (or start the old spec if the program died).
 *
 * While running, an exit nobody asked for goes to the restart policy: restart after
 * a backoff, or give up (failed). Each run's output is kept in a bounded ring whose
 * tail rides on failures.
 *
 * Crash adoption (options.stateDir): every spawned program is written down in a
 * run record (run-record.ts: pid, start time, argv, parameters, config) and the
 * record removed when the program ends. recover(build), the first call of a new
 * supervisor, reads a record a previous agent left: if the same process (pid AND
 * start time) still runs the command build() makes from the recorded parameters
 * and passes readiness, it is adopted (running, Stop and Set work as usual);
 * otherwise it is stopped (SIGTERM to its group, then SIGKILL) and the record
 * cleared, so a Start after a crash never meets a leftover holding its port.
 *
 * State lives in one place, moved only through the table in state.ts. Calls are
 * serialised on one queue, so overlapping RPCs never interleave a stop with a
 * start. Stop is the one call that acts before its turn: it fires the stop signal
 * that every call queued before it captured, so a launch waiting for readiness
 * (or one not begun yet) gives up at once instead of holding Stop up. A restart
 * timer only restarts from the backoff state, so any call that moved the state on
 * has cancelled it. Exits are noticed on the event loop outside the queue; a run
 * being stopped on purpose is marked so its exit is not taken for a crash. Nothing
 * here blocks.
 */
import type { Clock, TimerHandle } from "../../runtime/wire/index.ts";
import { systemClock } from "../../runtime/wire/index.ts";
import type { AdaptorState } from "../adaptor.ts";
import { AdaptorFailureError, AdaptorTimeoutError, ProgramError } from "../errors.ts";
import { formatParams, sameParams } from "../params.ts";
import { delay, pollUntil, within, type Wait } from "../timers.ts";
import { nodeFileSystem, type FileSystem } from "./files.ts";
import { OUTPUT_RING_CHARS, OutputRing } from "./output-ring.ts";
import { answerMatches, describeReadiness, httpProbe, PROBE_ATTEMPT_MS, readinessTimeoutMs, tcpProbe, type Probes, type Readiness } from "./readiness.ts";
import { DEFAULT_RESTART_POLICY, decideRestart, recentRestarts, type RestartPolicy } from "./restart-policy.ts";
import { runCommand } from "./run-command.ts";
import { bunProcessRunner, describeExit, exitFailed, type ExitInfo, type ProcessHandle, type ProcessRunner } from "./runner.ts";
import { decodeRunRecord, encodeRunRecord, RUN_RECORD_MODE, RUN_RECORD_VERSION, runRecordPath, STATE_DIR_MODE, type RunRecord } from "./run-record.ts";
import { adaptorState, IllegalTransitionError, isActive, transition, type SupervisorEvent, type SupervisorState } from "./state.ts";

/** Time a program gets between SIGTERM and SIGKILL, unless configured. */
export const DEFAULT_STOP_TIMEOUT_MS = 5_000;
/** Interval between readiness probes. */
export const READY_POLL_MS = 100;
/** Time the kernel gets to deliver SIGKILL before we report the process stuck. */
export const KILL_WAIT_MS = 2_000;
/** Time output may keep arriving after an early exit before the tail is taken. */
export const OUTPUT_DRAIN_MS = 250;
/** Time a config check or a reload command gets, unless configured. */
export const DEFAULT_CHECK_TIMEOUT_MS = 10_000;

/** Everything one launch needs, every value known (no placeholders left). */
export interface LaunchSpec {
  /** The parameters this launch embodies (canonical strings), for Status and messages. */
  readonly params: Readonly<Record<string, string>>;
  /** Argument vector; executed directly, never by a shell. */
  readonly argv: readonly string[];
  /** The program's complete environment. */
  readonly env: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /**
   * The program's config file, written atomically before the check and the spawn
   * (or reload); mode applies to a file written anew (default CONFIG_FILE_MODE).
   */
  readonly config?: { readonly path: string; readonly text: string; readonly mode?: number };
  /** The program's own validator, run after the config is written (`nginx -t -c FILE`); exit 0 accepts. */
  readonly check?: readonly string[];
  /** Without one, a program counts as ready as soon as it is spawned. */
  readonly ready?: Readiness;
}

/** How a running program is told to read its config again. */
export type ReloadMethod = ({ readonly signal: NodeJS.Signals } | { readonly command: readonly string[] }) & {
  /** Parameters a reload cannot apply (a listening port): a Set changing one restarts instead. */
  readonly restartFor?: readonly string[];
};

export interface SupervisorOptions {
  /** The adaptor's name; it starts every message. */
  readonly name: string;
  readonly restart?: RestartPolicy;
  readonly stopTimeoutMs?: number;
  /** Output characters kept per run. */
  readonly outputChars?: number;
  /** When given, Set reloads the running program instead of restarting it. */
  readonly reload?: ReloadMethod;
  /** Time the config check and a reload command get. */
  readonly checkTimeoutMs?: number;
  /** Where run records live (crash adoption); without one nothing is recorded or adopted. */
  readonly stateDir?: string;
  /**
   * Launches tried again when the program crashes (SIGSEGV, SIGBUS, SIGABRT,
   * SIGILL) before it is ready: for a program with a known start-up crash
   * (icecast 2.4.4). Default 0: a crash fails the launch.
   */
  readonly crashRetries?: number;
}

/** Signals that mean the program crashed, as opposed to being told to end. */
const CRASH_SIGNALS: ReadonlySet<string> = new Set(["SIGSEGV", "SIGBUS", "SIGABRT", "SIGILL"]);

/** The seams; each defaults to the real thing. */
export interface SupervisorDeps {
  readonly runner?: ProcessRunner;
  readonly clock?: Clock;
  readonly files?: FileSystem;
  readonly probes?: Probes;
  /** Receives life-cycle events (compatible with runtime's Logger). */
  readonly log?: { event(name: string, fields?: Record<string, string | number | boolean | undefined>): void };
}

/** What start, stop and set report; the adaptor adds its status. */
export interface SupervisorResult {
  readonly message: string;
  /** True when the call changed nothing. */
  readonly noOp: boolean;
}

/** A snapshot for Status. */
export interface SupervisorSnapshot {
  readonly state: AdaptorState;
  /** The finer state behind it. */
  readonly phase: SupervisorState;
  readonly pid?: number;
  /** Unplanned restarts since the last Start. */
  readonly restarts: number;
  /** The parameters in force, or last used. */
  readonly params: Readonly<Record<string, string>>;
  readonly detail: string;
}

interface Run {
  readonly handle: ProcessHandle;
  readonly output: OutputRing;
  readonly exited: Promise<ExitInfo>;
  exit?: ExitInfo;
  /** Set before we signal it, so its exit is not taken for a crash. */
  stopRequested: boolean;
  /** Its start time, when the runner can tell (crash adoption). */
  readonly startTime?: string;
}

/**
 * Fired by Stop. Every call captures the signal in force when it is made, so a
 * Stop reaches exactly the calls made before it.
 */
class StopSignal {
  fired = false;
  /** Set by a launch that gave way to this Stop, so Stop reports it did something. */
  interrupted = false;
  private readonly waiters = new Set<() => void>();

  fire(): void {
    this.fired = true;
    for (const w of this.waiters) w();
    this.waiters.clear();
  }

  /** Resolves when fired; cancel it once the race it is in is over, so nothing piles up. */
  wait(): Wait<void> {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    if (this.fired) resolve();
    else this.waiters.add(resolve);
    return { promise, cancel: () => this.waiters.delete(resolve) };
  }
}

type ReadyOutcome = "ready" | "exited" | "timeout" | "cancelled";

/** A start abandoned because Stop was called meanwhile; Stop reports the outcome. */
export class StartCancelledError extends AdaptorFailureError {}

export class Supervisor {
  readonly name: string;
  private readonly policy: RestartPolicy;
  private readonly stopTimeoutMs: number;
  private readonly checkTimeoutMs: number;
  private readonly runner: ProcessRunner;
  private readonly clock: Clock;
  private readonly files: FileSystem;
  private readonly probes: Required<Probes>;
  private readonly logger: SupervisorDeps["log"];

  private phase: SupervisorState = "stopped";
  private detail = "not started";
  private run?: Run;
  /** The spec in force, or last used. */
  private spec?: LaunchSpec;
  private lastOutput?: OutputRing;
  private restarts = 0;
  /** Monotonic times of the restarts within the window. */
  private restartTimesMs: number[] = [];
  private restartTimer?: TimerHandle;
  private stopSignal = new StopSignal();
  private queue: Promise<unknown> = Promise.resolve();
  /** Record writes and removals, in order, off the call queue. */
  private records: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: SupervisorOptions,
    deps: SupervisorDeps = {},
  ) {
    this.name = options.name;
    this.policy = options.restart ?? DEFAULT_RESTART_POLICY;
    this.stopTimeoutMs = options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;
    this.checkTimeoutMs = options.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
    this.runner = deps.runner ?? bunProcessRunner;
    this.clock = deps.clock ?? systemClock;
    this.files = deps.files ?? nodeFileSystem;
    this.probes = { tcp: deps.probes?.tcp ?? tcpProbe, http: deps.probes?.http ?? httpProbe };
    this.logger = deps.log;
  }

  /** Synchronous and cheap: read on every Status. */
  snapshot(): SupervisorSnapshot {
    return {
      state: adaptorState(this.phase),
      phase: this.phase,
      pid: this.run?.handle.pid,
      restarts: this.restarts,
      params: { ...(this.spec?.params ?? {}) },
      detail: this.detail,
    };
  }

  /** The tail of the current (or last) run's output. */
  outputTail(): string {
    return this.lastOutput?.tail() ?? "";
  }

  /** Starts spec; a no-op that says so when a program is already up or coming up. */
  start(spec: LaunchSpec): Promise<SupervisorResult> {
    const stop = this.stopSignal;
    return this.exclusive(async () => {
      if (isActive(this.phase)) {
        const pid = this.run ? ` (pid ${this.run.handle.pid})` : " (a restart is pending)";
        const other = this.spec && !sameParams(spec.params, this.spec.params);
        const hint = other ? ` with ${formatParams(this.spec!.params)}; use Set to change parameters` : "";
        return { message: `already ${adaptorState(this.phase)}${pid}${hint}`, noOp: true };
      }
      this.restarts = 0;
      this.restartTimesMs = [];
      const run = await this.launch(spec, stop, "start");
      return { message: `started pid ${run.handle.pid} with ${formatParams(spec.params)}`, noOp: false };
    });
  }

  /** Stops the program; a no-op that says so when nothing runs. */
  stop(): Promise<SupervisorResult> {
    // Before taking our turn: a launch waiting for readiness must not hold Stop up.
    const stop = this.stopSignal;
    this.stopSignal = new StopSignal();
    stop.fire();
    return this.exclusive(async () => {
      const hadPendingRestart = this.clearRestartTimer();
      const run = this.run;
      if (!run) {
        const was = this.phase;
        this.go("clear");
        if (hadPendingRestart || was === "backoff") {
          this.detail = "stopped; the pending restart was cancelled";
          this.log("adaptor-stopped", { reason: "restart cancelled" });
          return { message: "stopped (cancelled the pending restart)", noOp: false };
        }
        if (stop.interrupted) return { message: "stopped (cancelled the start in progress)", noOp: false };
        if (was === "failed") {
          this.detail = `stopped; the last run had failed: ${this.detail}`;
          return { message: "already stopped (the last run had failed)", noOp: true };
        }
        return { message: "already stopped", noOp: true };
      }
      const pid = run.handle.pid;
      const forced = await this.stopRun(run);
      this.go("down");
      this.detail = forced ? `stopped; pid ${pid} ignored SIGTERM for ${this.stopTimeoutMs} ms and was killed` : "stopped by request";
      this.log("adaptor-stopped", { pid, forced });
      const message = forced ? `stopped pid ${pid} with SIGKILL after it ignored SIGTERM for ${this.stopTimeoutMs} ms` : `stopped pid ${pid}`;
      return { message, noOp: false };
    });
  }

  /**
   * Moves to the spec build() makes from the parameters in force (undefined before
   * the first start). build runs in this call's turn and may throw (bad parameters).
   */
  set(build: (current: Readonly<Record<string, string>> | undefined) => LaunchSpec): Promise<SupervisorResult> {
    const stop = this.stopSignal;
    return this.exclusive(async () => {
      const next = build(this.spec?.params);
      if (!isActive(this.phase)) return { message: `not running, nothing changed; use Start with ${formatParams(next.params)}`, noOp: true };
      const old = this.spec!;
      if (sameParams(next.params, old.params)) return { message: `unchanged (${formatParams(old.params)})`, noOp: true };
      this.clearRestartTimer();
      const change = `${formatParams(changed(next.params, old.params))} (was ${formatParams(changed(old.params, next.params))})`;
      const reload = this.options.reload;
      const reloadable = reload !== undefined && !(reload.restartFor ?? []).some((p) => next.params[p] !== old.params[p]);
      if (reloadable && this.run && this.phase === "running") return this.reloadTo(this.run, next, old, change, stop);
      if (this.run) {
        await this.stopRun(this.run);
        this.go("down");
      }
      let failure: ProgramError;
      try {
        const run = await this.launch(next, stop, "start");
        this.log("adaptor-set", { params: formatParams(next.params), pid: run.handle.pid });
        return { message: `restarted pid ${run.handle.pid} with ${change}`, noOp: false };
      } catch (e) {
        if (e instanceof StartCancelledError || !(e instanceof ProgramError)) throw e;
        failure = e;
      }
      // The new spec did not come up: put the old one back.
      return this.rollBack(failure, old, change, stop);
    });
  }

  /**
   * Finds the program a previous supervisor (a previous agent run) left, from its
   * run record: adopts it when the same process (pid and start time) runs the
   * command build() makes from the recorded parameters and passes readiness;
   * otherwise stops what is left of it and clears the record. Queued like any
   * call, so a Start made meanwhile waits for it and never meets a leftover.
   */
  recover(build: (params: Readonly<Record<string, string>>) => LaunchSpec): Promise<SupervisorResult> {
    const stop = this.stopSignal;
    return this.exclusive(async () => {
      const dir = this.options.stateDir;
      if (dir === undefined) return { message: "no state directory; nothing to recover", noOp: true };
      const path = runRecordPath(dir, this.name);
      const text = await this.files.readFile(path).catch(() => undefined);
      if (text === undefined) return { message: "no program left by a previous run", noOp: true };
      const rec = decodeRunRecord(text);
      if (!rec || this.phase !== "stopped") {
        await this.forgetRecord();
        this.log("adaptor-record-ignored", { path, reason: rec ? `state ${this.phase}` : "not a run record of this version" });
        return { message: `ignored ${path}: not a run record of this version`, noOp: true };
      }
      const { startTime, attach, killGroup } = this.runner;
      if (!startTime || !attach || !killGroup) {
        await this.forgetRecord();
        return { message: `cannot check pid ${rec.pid} left by a previous run: this process runner cannot adopt`, noOp: true };
      }
      const now = startTime.call(this.runner, rec.pid);
      if (now !== rec.startTime) {
        // Gone (sweep what its group left), or the pid is another process now (leave it alone).
        killGroup.call(this.runner, rec.pid, rec.startTime, "SIGKILL");
        await this.forgetRecord();
        const why = now === undefined ? "is gone" : "now belongs to another process";
        this.detail = `stopped; pid ${rec.pid} left by a previous run ${why}`;
        this.log("adaptor-leftover-gone", { pid: rec.pid, reason: why });
        return { message: `pid ${rec.pid} left by a previous run ${why}; cleared its record`, noOp: false };
      }
      let spec: LaunchSpec | undefined;
      let refusal = "";
      try {
        spec = build(rec.params);
        if (!sameArgv(spec.argv, rec.argv)) refusal = `it runs ${rec.argv.join(" ")}, not ${spec.argv.join(" ")}`;
      } catch (e) {
        refusal = `its parameters are no longer accepted (${firstLine(e instanceof Error ? e.message : String(e))})`;
      }
      const output = new OutputRing(this.options.outputChars ?? OUTPUT_RING_CHARS);
      const outputFile = await this.outputFile();
      const handle = attach.call(this.runner, rec.pid, rec.startTime, outputFile ? { file: outputFile, onOutput: (text) => output.append(text) } : undefined);
      const run: Run = { handle, output, exited: handle.exited, stopRequested: false, startTime: rec.startTime };
      void handle.exited.then((exit) => (run.exit = exit));
      this.lastOutput = output;
      this.go("start");
      this.spec = spec ?? { params: rec.params, argv: rec.argv, env: {} };
      this.run = run;
      this.detail = `checking pid ${rec.pid} left by a previous run`;
      const outcome = refusal ? "refused" : await this.awaitReady(run, spec!, stop);
      if (outcome === "ready") {
        this.go("ready");
        this.detail = `running; adopted pid ${rec.pid}, left by a previous run, at ${new Date(this.clock.now()).toISOString()}`;
        this.log("adaptor-adopted", { pid: rec.pid, params: formatParams(rec.params) });
        this.watch(run);
        await this.saveRecord(run, spec!);
        return { message: `adopted pid ${rec.pid} with ${formatParams(rec.params)}`, noOp: false };
      }
      const why = outcome === "refused" ? refusal : outcome === "cancelled" ? "Stop was called" : outcome === "exited" ? "it ended meanwhile" : `not ready (${describeReadiness(spec!.ready)})`;
      await this.stopRun(run);
      this.go("down");
      this.detail = `stopped pid ${rec.pid} left by a previous run: ${why}`;
      this.log("adaptor-leftover-stopped", { pid: rec.pid, reason: why });
      return { message: this.detail, noOp: false };
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

  /** Moves the state; a move the table refuses is a bug and is thrown as one. */
  private go(event: SupervisorEvent): void {
    const to = transition(this.phase, event);
    if (to === undefined) throw new IllegalTransitionError(this.phase, event);
    this.phase = to;
  }

  private log(name: string, fields: Record<string, string | number | boolean | undefined> = {}): void {
    this.logger?.event(name, { adaptor: this.name, ...fields });
  }

  /** Writes run's record (a no-op without a state directory or a start time). Never throws. */
  private saveRecord(run: Run, spec: LaunchSpec): Promise<void> {
    const dir = this.options.stateDir;
    if (dir === undefined || run.startTime === undefined) return this.records;
    const record: RunRecord = {
      version: RUN_RECORD_VERSION,
      pid: run.handle.pid,
      startTime: run.startTime,
      pgid: run.handle.pid,
      argv: spec.argv,
      params: spec.params,
      ...(spec.config ? { config: { path: spec.config.path, text: spec.config.text } } : {}),
      spawnedAtMs: this.clock.now(),
    };
    const path = runRecordPath(dir, this.name);
    this.records = this.records.then(async () => {
      try {
        await this.files.makeDir(path.slice(0, path.lastIndexOf("/")), STATE_DIR_MODE);
        await this.files.writeFileAtomic(path, encodeRunRecord(record), RUN_RECORD_MODE);
      } catch (e) {
        this.log("adaptor-record-failed", { path, error: e instanceof Error ? e.message : String(e) });
      }
    });
    return this.records;
  }

  /**
   * With a state directory, where the program's output goes (`<stateDir>/<name>/output.log`):
   * a file outlives the agent, a pipe does not (runner.ts). Undefined without one.
   */
  private async outputFile(): Promise<string | undefined> {
    const dir = this.options.stateDir;
    if (dir === undefined) return undefined;
    const path = runRecordPath(dir, this.name).replace(/run\.json$/, "output.log");
    try {
      await this.files.makeDir(path.slice(0, path.lastIndexOf("/")), STATE_DIR_MODE);
    } catch {
      return undefined; // pipes, then
    }
    return path;
  }

  /** Removes the run record, after any write still pending. Never throws. */
  private forgetRecord(): Promise<void> {
    const dir = this.options.stateDir;
    if (dir === undefined) return this.records;
    const path = runRecordPath(dir, this.name);
    this.records = this.records.then(() => this.files.remove(path).catch((e) => this.log("adaptor-record-failed", { path, error: String(e) })));
    return this.records;
  }

  /** A bug met on the event loop, outside any call: reported, never thrown into the agent. */
  private internalError(e: unknown): void {
    this.detail = `internal error: ${e instanceof Error ? e.message : String(e)}`;
    this.log("adaptor-internal-error", { detail: this.detail });
  }

  /** Whether a restart was pending (and is now cancelled). */
  private clearRestartTimer(): boolean {
    if (this.restartTimer === undefined) return false;
    this.clock.clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    return true;
  }

  private cancelled(stop: StopSignal, what: "start" | "restart" | "reload"): StartCancelledError {
    stop.interrupted = true;
    this.detail = `stopped; the ${what} in progress was cancelled`;
    return new StartCancelledError(`${this.name}: ${what === "reload" ? "reload" : "start"} cancelled by Stop`, this.outputTail());
  }

  /**
   * Writes the spec's config and runs its check. Returns the text the file held
   * before (undefined: there was no file), for putting it back. Throws an
   * AdaptorFailureError, with the file as it was, when either step fails.
   */
  private async installConfig(spec: LaunchSpec): Promise<string | undefined> {
    const cfg = spec.config!;
    const before = await this.files.readFile(cfg.path).catch(() => undefined);
    try {
      await this.files.writeFileAtomic(cfg.path, cfg.text, cfg.mode);
    } catch (e) {
      throw new AdaptorFailureError(`${this.name}: cannot write ${cfg.path}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (spec.check) {
      const checked = await runCommand(this.runner, this.clock, spec.check, { env: spec.env, cwd: spec.cwd, timeoutMs: this.checkTimeoutMs });
      if (!checked.ok) {
        await this.restoreConfig(cfg.path, before);
        this.log("adaptor-config-refused", { path: cfg.path, why: checked.why });
        throw new AdaptorFailureError(`${this.name}: the new ${cfg.path} was refused by its check (${checked.why}); the previous file was kept`, checked.output);
      }
    }
    return before;
  }

  /** Puts a config file back as it was; a failure here is logged, not thrown over the real one. */
  private async restoreConfig(path: string, before: string | undefined): Promise<void> {
    try {
      if (before === undefined) await this.files.remove(path);
      else await this.files.writeFileAtomic(path, before);
    } catch (e) {
      this.log("adaptor-config-restore-failed", { path, error: e instanceof Error ? e.message : String(e) });
    }
  }

  /**
   * [Write config → check] → spawn → readiness. On any failure nothing is left
   * running, the config is put back, and the state is failed (or stopped, when a
   * Stop cancelled it). stop is the signal in force when the calling call was made.
   */
  private async launch(spec: LaunchSpec, stop: StopSignal, what: "start" | "restart", attempt = 0): Promise<Run> {
    if (stop.fired) throw this.cancelled(stop, what);
    this.go("start");
    this.spec = spec;
    const output = new OutputRing(this.options.outputChars ?? OUTPUT_RING_CHARS);
    this.lastOutput = output;
    let before: string | undefined;
    try {
      if (spec.config) {
        this.detail = `writing ${spec.config.path}`;
        before = await this.installConfig(spec);
      }
    } catch (e) {
      throw this.failed(e as Error);
    }
    const restore = async (): Promise<void> => {
      if (spec.config) await this.restoreConfig(spec.config.path, before);
    };
    let handle: ProcessHandle;
    const outputFile = await this.outputFile();
    try {
      handle = this.runner.spawn(spec.argv, { env: spec.env, cwd: spec.cwd, onOutput: (text) => output.append(text), ...(outputFile ? { outputFile } : {}) });
    } catch (e) {
      await restore();
      throw this.failed(new AdaptorFailureError(`${this.name}: cannot start: ${e instanceof Error ? e.message : String(e)}`));
    }
    const run: Run = { handle, output, exited: handle.exited, stopRequested: false, startTime: this.runner.startTime?.(handle.pid) };
    void handle.exited.then((exit) => (run.exit = exit));
    this.run = run;
    this.detail = `pid ${handle.pid} ${describeReadiness(spec.ready)}`;
    this.log("adaptor-spawned", { pid: handle.pid, argv: spec.argv.join(" ") });
    // Written before readiness: an agent that dies while waiting leaves a record too.
    await this.saveRecord(run, spec);

    const outcome = await this.awaitReady(run, spec, stop);
    switch (outcome) {
      case "ready":
        this.go("ready");
        this.detail = `running since ${new Date(this.clock.now()).toISOString()}`;
        this.watch(run);
        return run;
      case "exited": {
        await within(this.clock, handle.outputClosed, OUTPUT_DRAIN_MS);
        handle.kill("SIGKILL"); // whatever it left behind in its group
        if (this.run === run) this.run = undefined;
        this.forgetRecord();
        await restore();
        const exit = run.exit!;
        const hint = exitFailed(exit) ? "" : " (a supervised program must stay in the foreground)";
        const failure = this.failed(new AdaptorFailureError(`${this.name} ${describeExit(exit)} before it was ready${hint}${lastLineNote(output)}`, output.tail()));
        if (exit.signal !== null && CRASH_SIGNALS.has(exit.signal) && attempt < (this.options.crashRetries ?? 0)) {
          this.log("adaptor-crashed-starting", { pid: handle.pid, signal: exit.signal, attempt: attempt + 1 });
          return this.launch(spec, stop, what, attempt + 1);
        }
        throw failure;
      }
      case "timeout": {
        await this.stopRun(run);
        await restore();
        const waited = readinessTimeoutMs(spec.ready);
        throw this.failed(
          new AdaptorTimeoutError(`${this.name} was not ready within ${waited} ms (${describeReadiness(spec.ready)}); stopped pid ${handle.pid}`, output.tail()),
        );
      }
      case "cancelled":
        await this.stopRun(run);
        this.go("down");
        throw this.cancelled(stop, what);
    }
  }

  /** Records a failed launch (state failed, detail, log) and returns the error to throw. */
  private failed(e: Error): Error {
    this.run = undefined;
    this.forgetRecord();
    this.go("fail");
    this.detail = firstLine(e.message);
    this.log("adaptor-failed", { detail: this.detail });
    return e;
  }

  /** Races readiness against early exit, the readiness timeout and Stop. */
  private async awaitReady(run: Run, spec: LaunchSpec, stop: StopSignal): Promise<ReadyOutcome> {
    const stopped = stop.wait();
    const waits: Wait<unknown>[] = [stopped];
    const racers: Promise<ReadyOutcome>[] = [run.exited.then(() => "exited" as const), stopped.promise.then(() => "cancelled" as const)];
    const r = spec.ready;
    if (!r) {
      racers.push(Promise.resolve("ready"));
    } else if (r.kind === "alive") {
      const alive = delay(this.clock, r.ms);
      waits.push(alive);
      racers.push(alive.promise.then(() => "ready" as const));
    } else {
      const poll = pollUntil(this.clock, READY_POLL_MS, () => this.probeOnce(r, spec));
      const timeout = delay(this.clock, r.timeoutMs);
      waits.push(poll, timeout);
      racers.push(poll.promise.then(() => "ready" as const), timeout.promise.then(() => "timeout" as const));
    }
    try {
      const outcome = await Promise.race(racers);
      // A Stop already made, or an exit that already happened, beats a readiness that was instant.
      if (stop.fired) return "cancelled";
      return outcome === "ready" && run.exit ? "exited" : outcome;
    } finally {
      for (const w of waits) w.cancel();
    }
  }

  private async probeOnce(r: Exclude<Readiness, { kind: "alive" }>, spec: LaunchSpec): Promise<boolean> {
    switch (r.kind) {
      case "tcp":
        return this.probes.tcp(r.host, r.port);
      case "http":
        return answerMatches(await this.probes.http(r.url, PROBE_ATTEMPT_MS), r.expect);
      case "command":
        return (await runCommand(this.runner, this.clock, r.argv, { env: spec.env, cwd: spec.cwd, timeoutMs: PROBE_ATTEMPT_MS })).ok;
    }
  }

  /** Notices an exit nobody asked for and hands it to the restart policy. */
  private watch(run: Run): void {
    void run.exited.then((exit) => {
      // During a reload, the reload itself deals with an exit.
      if (run.stopRequested || this.run !== run || this.phase === "reloading") return;
      this.run = undefined;
      this.forgetRecord();
      run.handle.kill("SIGKILL"); // whatever it left behind in its group
      this.log("adaptor-exited", { pid: run.handle.pid, code: exit.code ?? undefined, signal: exit.signal ?? undefined });
      this.afterUnplannedEnd(`pid ${run.handle.pid} ${describeExit(exit)}${lastLineNote(run.output)}`, exitFailed(exit));
    }).catch((e) => this.internalError(e));
  }

  /** From running (an exit) or failed (a restart that did not come up): back off and restart, or give up. */
  private afterUnplannedEnd(why: string, failed: boolean): void {
    // The restart window is on the monotonic clock: a wall-clock step must neither forget
    // recent restarts nor keep old ones.
    const now = this.clock.monotonic();
    this.restartTimesMs = recentRestarts(this.restartTimesMs, now, this.policy.windowMs);
    const d = decideRestart(this.policy, failed, this.restartTimesMs.length);
    if (!d.restart) {
      if (this.phase !== "failed") this.go(failed ? "fail" : "end");
      this.detail = `${why}; ${d.reason}`;
      this.log(failed ? "adaptor-gave-up" : "adaptor-ended", { detail: this.detail });
      return;
    }
    this.go("crash");
    this.detail = `${why}; restarting in ${d.delayMs} ms (restart ${d.attempt} of at most ${this.policy.maxRestarts} within ${this.policy.windowMs} ms)`;
    this.log("adaptor-restarting", { delayMs: d.delayMs, attempt: d.attempt });
    this.restartTimer = this.clock.setTimeout(() => {
      this.restartTimer = undefined;
      const stop = this.stopSignal;
      this.exclusive(() => this.restart(stop)).catch((e) => this.internalError(e));
    }, d.delayMs);
  }

  private async restart(stop: StopSignal): Promise<void> {
    // Only from backoff: a Start, Stop or Set since the timer was set has moved the state on.
    if (this.phase !== "backoff" || stop.fired || !this.spec) return;
    this.restartTimesMs.push(this.clock.monotonic());
    this.restarts++;
    try {
      await this.launch(this.spec, stop, "restart");
    } catch (e) {
      if (e instanceof StartCancelledError) return;
      this.afterUnplannedEnd(e instanceof Error ? firstLine(e.message) : String(e), true);
    }
  }

  /** Puts old back after next failed to come up in a Set by restart; always throws. */
  private async rollBack(failure: ProgramError, old: LaunchSpec, change: string, stop: StopSignal): Promise<never> {
    const why = `${this.name} did not come up with ${change}: ${failure.message}`;
    let rolledBack: Run;
    try {
      rolledBack = await this.launch(old, stop, "start");
    } catch (e) {
      if (e instanceof StartCancelledError) throw e;
      const rollback = e instanceof Error ? e.message : String(e);
      this.detail = `failed: ${why}; rolling back also failed: ${rollback}`;
      throw failure.withMessage(`${why}; rolling back to ${formatParams(old.params)} also failed: ${rollback}`);
    }
    this.detail = `running again with the previous parameters after a failed Set: ${firstLine(failure.message)}`;
    throw failure.withMessage(`${why}; rolled back to ${formatParams(old.params)}, running again as pid ${rolledBack.handle.pid}`);
  }

  /**
   * Set by reload: write → check → reload → readiness. A refused config leaves the
   * program untouched; a reload that does not come up is undone the same way.
   */
  private async reloadTo(run: Run, next: LaunchSpec, old: LaunchSpec, change: string, stop: StopSignal): Promise<SupervisorResult> {
    this.go("reload");
    this.detail = `reloading pid ${run.handle.pid} with ${change}`;
    let before: string | undefined;
    try {
      if (next.config) before = await this.installConfig(next);
    } catch (e) {
      // Refused by the check: the running program never saw it.
      this.go("ready");
      this.detail = `running with the previous parameters after a refused Set: ${firstLine((e as Error).message)}`;
      throw (e as ProgramError).withMessage(`${this.name} refused ${change}: ${(e as Error).message}; still running as pid ${run.handle.pid} with ${formatParams(old.params)}`);
    }
    this.spec = next;
    const outcome = await this.reloadAndWait(run, next, stop);
    if (outcome === "ready") {
      await this.saveRecord(run, next);
      this.go("ready");
      this.detail = `running since ${new Date(this.clock.now()).toISOString()}, reloaded with ${change}`;
      this.log("adaptor-reloaded", { params: formatParams(next.params), pid: run.handle.pid });
      return { message: `reloaded pid ${run.handle.pid} with ${change}`, noOp: false };
    }
    if (outcome === "cancelled") {
      if (next.config) await this.restoreConfig(next.config.path, before);
      this.spec = old;
      await this.stopRun(run);
      this.go("down");
      throw this.cancelled(stop, "reload");
    }
    const failure =
      outcome === "exited"
        ? new AdaptorFailureError(`${this.name} ${describeExit(run.exit!)} while reloading${lastLineNote(run.output)}`, run.output.tail())
        : new AdaptorTimeoutError(`${this.name} was not ready within ${readinessTimeoutMs(next.ready)} ms of the reload (${describeReadiness(next.ready)})`, run.output.tail());
    // Put the old config back and have the program read it again, or start it anew if it died.
    if (next.config) await this.restoreConfig(next.config.path, before);
    this.spec = old;
    const why = `${this.name} did not come up with ${change}: ${failure.message}`;
    if (!run.exit) {
      const again = await this.reloadAndWait(run, old, stop);
      if (again === "ready") {
        this.go("ready");
        this.detail = `running again with the previous parameters after a failed Set: ${firstLine(failure.message)}`;
        throw failure.withMessage(`${why}; rolled back to ${formatParams(old.params)}, reloaded pid ${run.handle.pid}`);
      }
      await this.stopRun(run);
    }
    this.run = undefined;
    this.go("fail");
    return this.rollBack(failure, old, change, stop);
  }

  /** Tells run to read its config again and waits for readiness. */
  private async reloadAndWait(run: Run, spec: LaunchSpec, stop: StopSignal): Promise<ReadyOutcome> {
    const how = this.options.reload!;
    if ("signal" in how) {
      run.handle.kill(how.signal);
    } else {
      const done = await runCommand(this.runner, this.clock, how.command, { env: spec.env, cwd: spec.cwd, timeoutMs: this.checkTimeoutMs });
      if (!done.ok) {
        this.log("adaptor-reload-command-failed", { why: done.why });
        run.output.append(done.output);
        return run.exit ? "exited" : "timeout";
      }
    }
    return this.awaitReady(run, spec, stop);
  }

  /**
   * SIGTERM to the group, SIGKILL after stopTimeoutMs, then sweep the group.
   * Returns whether SIGKILL was needed; AdaptorTimeoutError if even that failed.
   * The caller moves the state on from stopping.
   */
  private async stopRun(run: Run): Promise<boolean> {
    run.stopRequested = true;
    const pid = run.handle.pid;
    let forced = false;
    if (this.phase !== "stopping") this.go("stop");
    if (!run.exit) {
      this.detail = `stopping pid ${pid} (SIGTERM, then SIGKILL after ${this.stopTimeoutMs} ms)`;
      run.handle.kill("SIGTERM");
      if (!(await within(this.clock, run.exited, this.stopTimeoutMs)).done) {
        forced = true;
        run.handle.kill("SIGKILL");
        if (!(await within(this.clock, run.exited, KILL_WAIT_MS)).done) {
          this.go("fail");
          this.detail = `pid ${pid} did not exit within ${KILL_WAIT_MS} ms of SIGKILL`;
          throw new AdaptorTimeoutError(`${this.name}: ${this.detail}`, run.output.tail());
        }
      }
    }
    // The leader is gone; end whatever it left behind in its process group.
    run.handle.kill("SIGKILL");
    if (this.run === run) this.run = undefined;
    this.forgetRecord();
    await this.records;
    return forced;
  }
}

function sameArgv(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The entries of a that differ from b. */
function changed(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(a).filter(([k, v]) => b[k] !== v));
}

function firstLine(s: string): string {
  return s.split("\n", 1)[0]!;
}

function lastLineNote(output: OutputRing): string {
  const line = output.lastLine();
  if (!line) return "";
  return `; last output: ${JSON.stringify(line.length > 200 ? line.slice(0, 200) + "…" : line)}`;
}
