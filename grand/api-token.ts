/**
 * The API token: a shared secret a client shows as `Authorization: Bearer TOKEN`.
 * grand requires it for every POST (they start and stop programs on nodes) and,
 * when its API is bound to anything but loopback, for every request. It lives in
 * a file (`--api-token-file`, made with `grand token > api.token`) that grand
 * and the `grand` client commands read; the client also finds the file through
 * $GRAND_API_TOKEN_FILE.
 *
 * A token is one line of at least API_TOKEN_MIN_CHARS visible ASCII characters;
 * `grand token` writes 32 random bytes as 64 hex digits. It is compared in
 * constant time (both sides hashed to equal length first), so response timing
 * tells an attacker nothing about how much of a guess was right.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { readTextFile, UsageError } from "../runtime/wire/index.ts";

/** Environment variable naming the token file for the `grand` client commands. */
export const API_TOKEN_ENV = "GRAND_API_TOKEN_FILE";
/** Shortest token accepted: 32 characters of hex is 128 bits, beyond guessing over HTTP. */
export const API_TOKEN_MIN_CHARS = 32;
/** Random bytes in a token `grand token` makes. */
export const API_TOKEN_BYTES = 32;

/** A new token, as `grand token` prints it (64 hex digits). */
export function generateApiToken(random: (n: number) => Uint8Array = randomBytes): string {
  return Buffer.from(random(API_TOKEN_BYTES)).toString("hex");
}

/** The token in a token file's text (one line; surrounding white space ignored), or an error saying what is wrong and `fix`. */
export function parseApiToken(text: string, subject: string, fix = "make one with 'grand token > FILE'"): string {
  const token = text.trim();
  if (token.length < API_TOKEN_MIN_CHARS) throw new UsageError(`${subject} holds ${token.length} characters; a token needs at least ${API_TOKEN_MIN_CHARS}: ${fix}`);
  if (!/^[\x21-\x7e]+$/.test(token)) throw new UsageError(`${subject} must hold one token of visible ASCII characters (no spaces, one line): ${fix}`);
  return token;
}

/** Reads and checks a token file; every failure is a UsageError naming the file and the fix. */
export function readApiToken(path: string): string {
  const subject = `API token file ${path}`;
  const fix = `make one with 'grand token > ${path}'`;
  return parseApiToken(readTextFile(path, { subject, fix, toError: (m) => new UsageError(m) }), subject, fix);
}

/** Whether an Authorization header carries `token`, compared in constant time. */
export function authorizes(header: string | null, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!m) return false;
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(m[1]!), digest(token));
}
