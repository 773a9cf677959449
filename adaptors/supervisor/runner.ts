/**
 * The process seam: spawning a program and watching it, nothing more.
 *
 * bunProcessRunner is the real one (Bun.spawn); MemoryProcessRunner
 * (memory-runner.ts) is its in-memory twin for tests of the supervisor.
 *
 * A program is always given as an argument vector and executed directly: no shell
 * ever sees it, so a parameter value is one argument whatever characters it holds.
 * Each program is started in its own session and process group (setsid), and
 * kill() signals the whole group, so a stop also reaches the children a program
 * forked (a shell script's `sleep`, a server's workers) instead of orphaning them.
 *
 * Output goes through pipes, or, given an outputFile, to that file (appended),
 * which is read back as it grows. A pipe dies with the agent: a program that
 * then writes to it gets EPIPE (or SIGPIPE), and Python's http.server, for one,
 * stops answering requests. A file has no reader to lose, so programs that must
 * survive an agent crash (crash adoption) write to one, and a new agent reads on
 * from where the file ends.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync, truncateSync } from "node:fs";
import { liveStartTime } from "./proc-stat.ts";

export type OutputStream = "stdout" | "stderr";

/** How a process ended: an exit code, or the signal that killed it. */
export interface ExitInfo {
  readonly code: number | null;
  readonly signal: string | null;
}

export interface SpawnOptions {
  /** The complete environment of the program (nothing else is inherited). */
  readonly env: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /**
   * Receives the program's output, decoded as UTF-8, as it arrives. Given at
   * spawn time so not a byte of early output can be missed.
   */
  readonly onOutput: (text: string, stream: OutputStream) => void;
  /** When given, stdout and stderr are appended to this file (and read back from it) instead of piped. */
  readonly outputFile?: string;
}

/** How often an output file is read for what the program added. */
export const OUTPUT_FILE_POLL_MS = 100;
/** Past this size an output file is emptied (the program appends, so it writes on at the new start). */
export const OUTPUT_FILE_MAX_BYTES = 4 * 1024 * 1024;

export interface ProcessHandle {
  readonly pid: number;
  /** Resolves once, when the program has exited; never rejects. */
  readonly exited: Promise<ExitInfo>;
  /**
   * Resolves when stdout and stderr have both closed: normally just after exit,
   * later if a descendant still holds them.
   */
  readonly outputClosed: Promise<void>;
  /** Sends signal to the program's process group. Never throws; a gone process is fine. */
  kill(signal: NodeJS.Signals): void;
}

export interface ProcessRunner {
  /** Starts argv[0] with argv; throws SpawnError when it cannot be started at all. */
  spawn(argv: readonly string[], opts: SpawnOptions): ProcessHandle;
  /**
   * The start time (proc-stat.ts) of pid while it is a live process; undefined
   * when it is gone or a zombie. With attach, what crash adoption needs; a runner
   * without them cannot adopt.
   */
  startTime?(pid: number): string | undefined;
  /**
   * A handle on a program a previous supervisor spawned (it leads process group
   * pid): exited resolves once pid no longer has startTime; there is no output.
   * kill() reaches the group only while it can still be ours (see killGroup).
   */
  attach?(pid: number, startTime: string, output?: { readonly file: string; readonly onOutput: SpawnOptions["onOutput"] }): ProcessHandle;
  /** Sends signal to the process group pid led, but only if it can still be ours (killGroupSafely). */
  killGroup?(pid: number, startTime: string, signal: NodeJS.Signals): void;
}

/** How often an attached process is checked for its exit (it is not our child: no wait() tells us). */
export const ATTACHED_POLL_MS = 200;

/** The program could not be started (not found, not executable, bad working directory). */
export class SpawnError extends Error {
  override readonly name = "SpawnError";
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** "exited with code 1", "was killed by SIGKILL". */
export function describeExit(e: ExitInfo): string {
  if (e.signal !== null) return `was killed by ${e.signal}`;
  if (e.code === null) return "ended (not our child: its exit status went to its new parent)";
  return `exited with code ${e.code ?? "?"}`;
}

/** Whether an exit counts as a failure (for restart on-failure). */
export function exitFailed(e: ExitInfo): boolean {
  return e.signal !== null || e.code !== 0;
}

/** /proc/PID/stat's text; undefined when there is no such process. */
function readStat(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * Signals the process group a program with (pid, startTime) led, only when that
 * group can still be ours. The kernel does not reuse a number while a process
 * group of that id exists, so: if pid is still our program, or no process has
 * pid at all, any group -pid is our program's (or empty); if pid now names
 * another process, our group is necessarily empty and -pid may be someone else's.
 */
export function killGroupSafely(pid: number, startTime: string, signal: NodeJS.Signals, currentStartTime: (pid: number) => string | undefined, kill: (pid: number, signal: NodeJS.Signals) => void): boolean {
  const now = currentStartTime(pid);
  if (now !== undefined && now !== startTime) return false;
  try {
    kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is empty
  }
}

const realStartTime = (pid: number): string | undefined => liveStartTime(readStat(pid));
const realKill = (pid: number, signal: NodeJS.Signals): void => void process.kill(pid, signal);

/** The real runner's crash-adoption half: /proc and signals to a process that is not our child. */
const attachReal = {
  startTime: realStartTime,
  killGroup(pid: number, startTime: string, signal: NodeJS.Signals): void {
    killGroupSafely(pid, startTime, signal, realStartTime, realKill);
  },
  attach(pid: number, startTime: string, output?: { readonly file: string; readonly onOutput: SpawnOptions["onOutput"] }): ProcessHandle {
    const exited = new Promise<ExitInfo>((resolve) => {
      const timer = setInterval(() => {
        if (realStartTime(pid) === startTime) return;
        clearInterval(timer);
        // Not our child: its exit status went to whoever reaps it now.
        resolve({ code: null, signal: null });
      }, ATTACHED_POLL_MS);
    });
    return {
      pid,
      exited,
      // Read on from the end: what it wrote while no agent watched is in the file.
      outputClosed: output ? tailFile(output.file, fileSize(output.file), output.onOutput, exited) : Promise.resolve(),
      kill: (signal) => void killGroupSafely(pid, startTime, signal, realStartTime, realKill),
    };
  },
};

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * Reads what is appended to path from offset on, every OUTPUT_FILE_POLL_MS, until
 * `until` settles (then once more); empties the file past OUTPUT_FILE_MAX_BYTES
 * (what the program writes between the last read and that moment is lost).
 */
function tailFile(path: string, from: number, onOutput: SpawnOptions["onOutput"], until: Promise<unknown>): Promise<void> {
  let offset = from;
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const buf = Buffer.alloc(64 * 1024);
  const readNew = (): void => {
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch {
      return;
    }
    try {
      const size = fstatSync(fd).size;
      if (size < offset) offset = 0; // emptied meanwhile
      while (offset < size) {
        const n = readSync(fd, buf, 0, Math.min(buf.length, size - offset), offset);
        if (n <= 0) break;
        offset += n;
        const text = decoder.decode(buf.subarray(0, n), { stream: true });
        if (text) onOutput(text, "stdout");
      }
      if (offset > OUTPUT_FILE_MAX_BYTES) {
        truncateSync(path, 0);
        offset = 0;
      }
    } catch {
      // A read that fails ends nothing; the next one tries again.
    } finally {
      closeSync(fd);
    }
  };
  return new Promise((resolve) => {
    const timer = setInterval(readNew, OUTPUT_FILE_POLL_MS);
    void until.then(() => {
      clearInterval(timer);
      readNew();
      resolve();
    });
  });
}

/** Opens path for appending (made 0600 if new); undefined when it cannot be (output then goes through pipes). */
function openOutputFile(path: string): { fd: number; size: number } | undefined {
  try {
    const fd = openSync(path, "a", 0o600);
    return { fd, size: fstatSync(fd).size };
  } catch {
    return undefined;
  }
}

/** The real runner, on Bun.spawn. */
export const bunProcessRunner: ProcessRunner = {
  ...attachReal,
  spawn(argv, opts) {
    if (argv.length === 0) throw new SpawnError("empty argument vector");
    if (opts.cwd !== undefined) checkDirectory(opts.cwd);
    const file = opts.outputFile !== undefined ? openOutputFile(opts.outputFile) : undefined;
    let proc: Bun.Subprocess<"ignore", "pipe" | number, "pipe" | number>;
    try {
      proc = Bun.spawn({
        cmd: [...argv],
        env: { ...opts.env },
        cwd: opts.cwd,
        stdin: "ignore",
        stdout: file ? file.fd : "pipe",
        stderr: file ? file.fd : "pipe",
        detached: true,
      });
    } catch (e) {
      throw spawnError(argv[0]!, e);
    } finally {
      if (file) closeSync(file.fd); // the program has its own copy
    }
    const pid = proc.pid;
    const exited = proc.exited.then(
      (): ExitInfo => ({ code: proc.signalCode !== null ? null : proc.exitCode, signal: proc.signalCode !== null ? String(proc.signalCode) : null }),
      (): ExitInfo => ({ code: null, signal: null }),
    );
    const outputClosed = file
      ? tailFile(opts.outputFile!, file.size, opts.onOutput, exited)
      : Promise.all([pump(proc.stdout as ReadableStream<Uint8Array>, "stdout", opts.onOutput), pump(proc.stderr as ReadableStream<Uint8Array>, "stderr", opts.onOutput)]).then(() => {});
    return {
      pid,
      exited,
      outputClosed,
      kill(signal) {
        try {
          // The negative pid addresses the process group the program leads.
          process.kill(-pid, signal);
        } catch {
          // ESRCH: the group is gone. Fall back to the process itself while it lives.
          try {
            if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
          } catch {
            /* already gone */
          }
        }
      },
    };
  },
};

async function pump(stream: ReadableStream<Uint8Array>, which: OutputStream, onOutput: SpawnOptions["onOutput"]): Promise<void> {
  const decoder = new TextDecoder("utf-8", { fatal: false });
  try {
    for await (const chunk of stream) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) onOutput(text, which);
    }
    const rest = decoder.decode();
    if (rest) onOutput(rest, which);
  } catch {
    // A broken pipe ends the capture, not the supervision.
  }
}

function checkDirectory(cwd: string): void {
  let isDir = false;
  try {
    isDir = statSync(cwd).isDirectory();
  } catch {
    throw new SpawnError(`working directory ${cwd} does not exist`, "ENOENT");
  }
  if (!isDir) throw new SpawnError(`working directory ${cwd} is not a directory`, "ENOTDIR");
}

function spawnError(program: string, e: unknown): SpawnError {
  const code = (e as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return new SpawnError(`${program} not found (ENOENT); check the command path in the adaptor config`, code);
    case "EACCES":
      return new SpawnError(`${program} is not executable (EACCES); check its permissions`, code);
    case "ENOEXEC":
      return new SpawnError(`${program} is not a program the kernel can run (ENOEXEC); a script needs a '#!' line`, code);
    default:
      return new SpawnError(`cannot run ${program}: ${(e as Error).message ?? String(e)}`, code);
  }
}
