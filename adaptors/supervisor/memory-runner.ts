/**
 * In-memory twin of the process runner, for testing the supervisor without
 * children: a test decides when a "process" prints, exits, or shrugs off SIGTERM.
 */
import { killGroupSafely, SpawnError, type ExitInfo, type OutputStream, type ProcessHandle, type ProcessRunner, type SpawnOptions } from "./runner.ts";

/** One pretend process. */
export class MemoryProcess implements ProcessHandle {
  readonly exited: Promise<ExitInfo>;
  readonly outputClosed: Promise<void>;
  /** Every signal sent while it ran, in order. */
  readonly signals: NodeJS.Signals[] = [];
  /** Signals sent after it ended (the supervisor sweeping its process group). */
  readonly signalsAfterExit: NodeJS.Signals[] = [];
  /** When true, SIGTERM is ignored (SIGKILL still ends it). */
  ignoreTerm = false;
  /** When true, even SIGKILL is ignored (a process stuck in the kernel). */
  unkillable = false;
  exit?: ExitInfo;
  private resolveExit!: (e: ExitInfo) => void;

  constructor(
    readonly pid: number,
    readonly argv: readonly string[],
    readonly options: SpawnOptions,
  ) {
    this.exited = new Promise((r) => (this.resolveExit = r));
    this.outputClosed = this.exited.then(() => {});
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  /** Writes output as the program would. */
  print(text: string, stream: OutputStream = "stdout"): void {
    if (this.running) this.options.onOutput(text, stream);
  }

  /** Ends the process with an exit code (or a signal). Later calls are ignored. */
  end(code: number | null, signal: string | null = null): void {
    if (!this.running) return;
    this.exit = { code, signal };
    this.resolveExit(this.exit);
  }

  kill(signal: NodeJS.Signals): void {
    if (!this.running) {
      this.signalsAfterExit.push(signal);
      return;
    }
    this.signals.push(signal);
    if (this.unkillable) return;
    if (signal === "SIGKILL" || (signal === "SIGTERM" && !this.ignoreTerm)) this.end(null, signal);
  }
}

export class MemoryProcessRunner implements ProcessRunner {
  /** Every process spawned, oldest first. */
  readonly spawned: MemoryProcess[] = [];
  /** Called with each new process before spawn() returns; script behaviour here. */
  onSpawn: (p: MemoryProcess) => void = () => {};
  private nextPid = 1000;
  private failures: SpawnError[] = [];

  /** Makes the next spawn() throw, as for a missing program. */
  failNextSpawn(message = "not found (ENOENT)", code = "ENOENT"): void {
    this.failures.push(new SpawnError(message, code));
  }

  /** Start times of pids taken by processes we did not spawn (a pid reused after a crash). */
  readonly strangers = new Map<number, string>();
  /** Signals sent to strangers' groups (must stay empty: they are not ours). */
  readonly strangerSignals: { pid: number; signal: NodeJS.Signals }[] = [];

  startTime(pid: number): string | undefined {
    const stranger = this.strangers.get(pid);
    if (stranger !== undefined) return stranger;
    const p = this.spawned.find((x) => x.pid === pid);
    return p?.running ? `${1_000_000 + p.pid}` : undefined;
  }

  attach(pid: number, startTime: string): MemoryProcess {
    const p = this.spawned.find((x) => x.pid === pid);
    if (!p || this.startTime(pid) !== startTime) throw new Error(`memory runner: no process ${pid} started at ${startTime}`);
    return p;
  }

  killGroup(pid: number, startTime: string, signal: NodeJS.Signals): void {
    killGroupSafely(pid, startTime, signal, (x) => this.startTime(x), (negative, sig) => {
      const target = -negative;
      if (this.strangers.has(target)) this.strangerSignals.push({ pid: target, signal: sig });
      const p = this.spawned.find((x) => x.pid === target);
      if (!p?.running) throw new Error("ESRCH");
      p.kill(sig);
    });
  }

  spawn(argv: readonly string[], opts: SpawnOptions): MemoryProcess {
    const failure = this.failures.shift();
    if (failure) throw failure;
    const p = new MemoryProcess(this.nextPid++, [...argv], opts);
    this.spawned.push(p);
    this.onSpawn(p);
    return p;
  }

  /** The most recent process. */
  get last(): MemoryProcess {
    const p = this.spawned.at(-1);
    if (!p) throw new Error("no process spawned yet");
    return p;
  }

  /** Processes still running (tests check nothing is left behind). */
  get running(): MemoryProcess[] {
    return this.spawned.filter((p) => p.running);
  }
}
