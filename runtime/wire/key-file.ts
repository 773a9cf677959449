/**
 * Loading pool keys from key files, with errors a person can act on.
 */
import { readFileSync } from "node:fs";
import { KeyError, Keyring, parsePoolKey } from "./keyring.ts";
import type { Sodium } from "./sodium.ts";

/** Environment variable naming the key file when --key-file is not given. */
export const KEY_FILE_ENV = "LAMA_KEY_FILE";

/** Reads one key file; every failure is a KeyError naming the file and the fix. */
export function readKeyFile(path: string): Uint8Array {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const fix = `create one with 'lama keygen > ${path}'`;
    if (code === "ENOENT") throw new KeyError(`pool key file ${path} not found; ${fix}`);
    if (code === "EACCES") throw new KeyError(`pool key file ${path} is not readable by this user; fix its permissions or run as its owner`);
    if (code === "EISDIR") throw new KeyError(`pool key file ${path} is a directory; ${fix}`);
    throw new KeyError(`pool key file ${path} cannot be read (${code ?? (e as Error).message}); ${fix}`);
  }
  try {
    return parsePoolKey(text, `pool key file ${path}`);
  } catch (e) {
    throw new KeyError((e as Error).message.replace("'lama keygen > pool.key'", `'lama keygen > ${path}'`));
  }
}

/**
 * Builds the keyring: the first file's key seals, every file's key opens.
 * With no file given, LAMA_KEY_FILE is used.
 */
export function loadKeyring(sodium: Sodium, keyFiles: string[], env: Record<string, string | undefined> = process.env): Keyring {
  const files = keyFiles.length ? keyFiles : env[KEY_FILE_ENV] ? [env[KEY_FILE_ENV]!] : [];
  if (files.length === 0) {
    throw new KeyError(`no pool key given; pass --key-file PATH or set ${KEY_FILE_ENV} (create a key with 'lama keygen > pool.key')`);
  }
  return new Keyring(sodium, files.map(readKeyFile));
}
