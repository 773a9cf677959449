/**
 * Loading pool keys from key files, with errors a person can act on.
 *
 * A key file holds one key, or several one a line (blank lines and # comments
 * ignored): the first key of the first file seals, every key opens. Several keys
 * in one file make rotation a matter of editing that file and sending SIGHUP
 * (docs/security.md): install (old, new) → use (new, old) → remove (new).
 */
import { KeyError, Keyring, parsePoolKey } from "./keyring.ts";
import type { Sodium } from "./sodium.ts";
import { readTextFile } from "./text-file.ts";

/** Environment variable naming the key file when --key-file is not given. */
export const KEY_FILE_ENV = "LAMA_KEY_FILE";

/** Reads one key file's first key; every failure is a KeyError naming the file and the fix. */
export function readKeyFile(path: string): Uint8Array {
  return readKeyFileKeys(path)[0]!;
}

/** Reads every key of one key file, in order. */
export function readKeyFileKeys(path: string): Uint8Array[] {
  const text = readTextFile(path, { subject: `pool key file ${path}`, fix: `create one with 'lama keygen > ${path}'`, toError: (m) => new KeyError(m) });
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  // An empty file is reported by parsePoolKey ("is empty").
  if (lines.length === 0) lines.push("");
  try {
    return lines.map((l, i) => parsePoolKey(l, lines.length > 1 ? `pool key file ${path} line ${i + 1}` : `pool key file ${path}`));
  } catch (e) {
    throw new KeyError((e as Error).message.replace("'lama keygen > pool.key'", `'lama keygen > ${path}'`));
  }
}

/** The key files to read: those given, else LAMA_KEY_FILE; a KeyError saying what to do with neither. */
export function keyFilesOrEnv(keyFiles: string[], env: Record<string, string | undefined> = process.env): string[] {
  const files = keyFiles.length ? keyFiles : env[KEY_FILE_ENV] ? [env[KEY_FILE_ENV]!] : [];
  if (files.length === 0) {
    throw new KeyError(`no pool key given; pass --key-file PATH or set ${KEY_FILE_ENV} (create a key with 'lama keygen > pool.key')`);
  }
  return files;
}

/** Every key of the files, in order (the first seals). */
export function readPoolKeys(keyFiles: string[], env: Record<string, string | undefined> = process.env): Uint8Array[] {
  return keyFilesOrEnv(keyFiles, env).flatMap(readKeyFileKeys);
}

/**
 * Builds the keyring: the first file's (first) key seals, every file's keys open.
 * With no file given, LAMA_KEY_FILE is used.
 */
export function loadKeyring(sodium: Sodium, keyFiles: string[], env: Record<string, string | undefined> = process.env): Keyring {
  return new Keyring(sodium, readPoolKeys(keyFiles, env));
}
