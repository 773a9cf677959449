/**
 * Temporary folders a test file makes, removed when its tests are done (also
 * when one failed):
 *
 *   const scratch = new Scratch();
 *   afterAll(() => scratch.remove());
 *   const dir = scratch.dir("grand-cli-");
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export class Scratch {
  private readonly made: string[] = [];

  /** A new folder under the system's temp dir whose name starts with `prefix`. */
  dir(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.made.push(dir);
    return dir;
  }

  /** Removes every folder made so far. */
  remove(): void {
    for (const dir of this.made.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}
