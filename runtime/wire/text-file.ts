/**
 * Reading a configuration or key file named on a command line, with an error a
 * person can act on: what the file is, what went wrong in words ("not found",
 * "is a directory") and how to fix it. The words are a pure function of the
 * error node:fs threw, so callers that read through their own file seam (the
 * simulator's FileIo) word their failures the same way.
 */
import { readFileSync } from "node:fs";

/** Why reading `subject` ("pool key file /etc/lama/pool.key") failed, from the error node:fs threw; `fix` says what to do. */
export function unreadableMessage(subject: string, error: unknown, fix?: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // The file is there, so a fix that would create it does not apply.
  if (code === "EACCES") return `${subject} is not readable by this user; fix its permissions or run as its owner`;
  const what = code === "ENOENT" ? "not found" : code === "EISDIR" ? "is a directory" : `cannot be read (${code ?? (error as Error).message})`;
  return fix ? `${subject} ${what}; ${fix}` : `${subject} ${what}`;
}

/** How readTextFile names the file and fails. */
export interface ReadTextFileOptions {
  /** What the file is, with its path: "adaptor config /etc/lama/adaptors.json". */
  readonly subject: string;
  /** What to do about a missing or unusable file. */
  readonly fix?: string;
  /** The error to throw, so each command keeps its exit code (UsageError, KeyError). */
  readonly toError: (message: string) => Error;
}

/** The whole UTF-8 text of a file; any failure throws `toError(unreadableMessage(...))`. */
export function readTextFile(path: string, o: ReadTextFileOptions): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw o.toError(unreadableMessage(o.subject, e, o.fix));
  }
}
