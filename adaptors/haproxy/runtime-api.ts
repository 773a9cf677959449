/**
 * haproxy's runtime API (the admin-level stats socket), as a seam.
 *
 * One command per connection: haproxy answers a command sent without `prompt`
 * and closes the connection, so each answer belongs to exactly one command and an
 * error names it. The socket is a unix socket in the instance's state directory
 * (mode 0600, only the agent's user reaches it).
 *
 * What counts as success is the command's own business: `set server … weight` and
 * `… state` answer nothing; `… addr` answers "IP changed from …", "port changed
 * from …" or "no need to change …". Anything else ("No such server.",
 * "Absolute weight can only be between 0 and 256 inclusive.", "Permission denied")
 * is an error carrying haproxy's words.
 */
import { createConnection } from "node:net";

/** Sends one command and resolves with haproxy's whole answer; rejects when the socket cannot be reached or answer in time. */
export type RuntimeApi = (command: string) => Promise<string>;

/** Time one command may take, connection included. */
export const RUNTIME_API_TIMEOUT_MS = 2_000;
/** Largest answer read (`show stat` of a few hundred slots fits easily). */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/** The socket did not answer, or haproxy refused a command. */
export class RuntimeApiError extends Error {
  override readonly name = "RuntimeApiError";
}

/** The real client: a unix-socket connection per command. */
export function unixSocketApi(path: string, timeoutMs = RUNTIME_API_TIMEOUT_MS): RuntimeApi {
  return (command) =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const socket = createConnection({ path });
      const fail = (why: string): void => {
        socket.destroy();
        reject(new RuntimeApiError(`runtime API ${path}: ${JSON.stringify(command)} ${why}`));
      };
      socket.setTimeout(timeoutMs, () => fail(`got no answer within ${timeoutMs} ms`));
      socket.once("error", (e: NodeJS.ErrnoException) => fail(`failed: ${e.code ?? e.message}`));
      socket.once("connect", () => socket.end(`${command}\n`));
      socket.on("data", (d: Buffer) => {
        size += d.length;
        if (size > MAX_ANSWER_BYTES) return fail(`answered more than ${MAX_ANSWER_BYTES} bytes`);
        chunks.push(d);
      });
      socket.once("end", () => {
        socket.destroy();
        resolve(Buffer.concat(chunks).toString("utf8"));
      });
    });
}

/**
 * Whether an answer to a `set server` command means it was done; haproxy's
 * refusal otherwise. Pure, so the wording rules are tested on their own.
 */
export function setServerOutcome(command: string, answer: string): { ok: true } | { ok: false; why: string } {
  const text = answer.trim();
  if (/^set server \S+ addr /.test(command)) {
    return /^(IP changed from|port changed from|no need to change)/.test(text) ? { ok: true } : { ok: false, why: text || "no answer" };
  }
  return text === "" ? { ok: true } : { ok: false, why: text };
}
