/**
 * The file-system seam of `grand simulate`: reading a workload file and writing the
 * outputs. The real one uses node:fs; the in-memory twin lets tests run the command
 * end to end and compare its files byte for byte.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";

/** The file operations `grand simulate` needs. */
export interface FileIo {
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
  /** Creates the directory and its parents; no error if it exists. */
  makeDir(path: string): Promise<void>;
}

/** The real file system. */
export const nodeFileIo: FileIo = {
  readText: (path) => readFile(path, "utf8"),
  writeText: (path, text) => writeFile(path, text),
  makeDir: async (path) => {
    await mkdir(path, { recursive: true });
  },
};

/** Files in a Map; reading a missing path fails like node:fs does (code ENOENT). */
export class MemoryFileIo implements FileIo {
  readonly files = new Map<string, string>();
  readonly dirs = new Set<string>();

  async readText(path: string): Promise<string> {
    const text = this.files.get(path);
    if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
    return text;
  }

  async writeText(path: string, text: string): Promise<void> {
    this.files.set(path, text);
  }

  async makeDir(path: string): Promise<void> {
    this.dirs.add(path);
  }
}
