/**
 * Loading pool keys from key files, with errors a person can act on.
 */
import { KeyError, Keyring, parsePoolKey } from "./keyring.ts";
import type { Sodium } from "./sodium.ts";
import { readTextFile } from "./text-file.ts";

/** Environment variable naming the key file when --key-file is not given. */
export const KEY_FILE_ENV = "LAMA_KEY_FILE";

/** Reads one key file; every failure is a KeyError naming the file and the fix. */
export function readKeyFile(path: string): Uint8Array {
  const text = readTextFile(path, { subject: `pool key file ${path}`, fix: `create one with 'lama keygen > ${path}'`, toError: (m) => new KeyError(m) });
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
