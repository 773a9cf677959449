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
 */
import { statSync } from "node:fs";

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
}

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
}

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
  return `exited with code ${e.code ?? "?"}`;
}

/** Whether an exit counts as a failure (for restart on-failure). */
export function exitFailed(e: ExitInfo): boolean {
  return e.signal !== null || e.code !== 0;
}

/** The real runner, on Bun.spawn. */
export const bunProcessRunner: ProcessRunner = {
  spawn(argv, opts) {
    if (argv.length === 0) throw new SpawnError("empty argument vector");
    if (opts.cwd !== undefined) checkDirectory(opts.cwd);
    let proc: Bun.Subprocess<"ignore", "pipe", "pipe">;
    try {
      proc = Bun.spawn({
        cmd: [...argv],
        env: { ...opts.env },
        cwd: opts.cwd,
        stdin: "ignore",
        stdout: "pipe",
        stderr: "pipe",
        detached: true,
      });
    } catch (e) {
      throw spawnError(argv[0]!, e);
    }
    const pid = proc.pid;
    const exited = proc.exited.then(
      (): ExitInfo => ({ code: proc.signalCode !== null ? null : proc.exitCode, signal: proc.signalCode !== null ? String(proc.signalCode) : null }),
      (): ExitInfo => ({ code: null, signal: null }),
    );
    const outputClosed = Promise.all([pump(proc.stdout, "stdout", opts.onOutput), pump(proc.stderr, "stderr", opts.onOutput)]).then(() => {});
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
