/**
 * Running a short helper command to completion: a program's own config check
 * (`nginx -t -c FILE`, `haproxy -c -f FILE`), a reload command, a readiness
 * command. Through the same process runner as the supervised program, so the
 * in-memory runner stands in for it in tests, and never through a shell.
 */
import type { Clock } from "../../runtime/wire/index.ts";
import { within } from "../timers.ts";
import { OutputRing } from "./output-ring.ts";
import { describeExit, exitFailed, type ExitInfo, type ProcessRunner } from "./runner.ts";

export interface CommandOptions {
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** After this long the command's process group is killed and the run counts as timed out. */
  readonly timeoutMs: number;
}

export type CommandOutcome =
  | { readonly ok: true; readonly output: string }
  | { readonly ok: false; /** One line for people: why it did not succeed. */ readonly why: string; readonly output: string };

/** Time the kernel gets to deliver SIGKILL to a helper command that timed out. */
export const COMMAND_KILL_WAIT_MS = 1_000;

/** Runs argv to completion; ok when it exits 0 within timeoutMs. Never rejects. */
export async function runCommand(runner: ProcessRunner, clock: Clock, argv: readonly string[], opts: CommandOptions): Promise<CommandOutcome> {
  const output = new OutputRing();
  let handle;
  try {
    handle = runner.spawn(argv, { env: { ...(opts.env ?? {}) }, cwd: opts.cwd, onOutput: (text) => output.append(text) });
  } catch (e) {
    return { ok: false, why: `cannot run ${argv.join(" ")}: ${e instanceof Error ? e.message : String(e)}`, output: "" };
  }
  const ended = await within(clock, handle.exited, opts.timeoutMs);
  if (!ended.done) {
    handle.kill("SIGKILL");
    await within(clock, handle.exited, COMMAND_KILL_WAIT_MS);
    return { ok: false, why: `${argv.join(" ")} did not finish within ${opts.timeoutMs} ms`, output: output.tail() };
  }
  // Let the last of its output arrive, and end whatever it left in its group.
  await within(clock, handle.outputClosed, COMMAND_KILL_WAIT_MS);
  handle.kill("SIGKILL");
  const exit: ExitInfo = ended.value;
  if (!exitFailed(exit)) return { ok: true, output: output.tail() };
  const last = output.lastLine();
  return { ok: false, why: `${argv.join(" ")} ${describeExit(exit)}${last ? `: ${last}` : ""}`, output: output.tail() };
}
