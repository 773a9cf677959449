/**
 * Progress of an image build, one line per step: "[3/8] compressing the
 * initramfs …" then "[3/8] compressing the initramfs: 41.2 MB (78.1 s)". A step
 * that runs long prints a heartbeat every HEARTBEAT_MS so a CI log shows it is
 * alive. Output goes through `write` so tests can keep it quiet.
 */

/** How often a long step says it is still working. */
export const HEARTBEAT_MS = 15_000;

export interface Step {
  done(detail?: string): void;
}

export class Progress {
  private n = 0;
  constructor(
    private readonly total: number,
    private readonly write: (line: string) => void = (l) => console.log(l),
  ) {}

  /** Starts the next step; call done() on the result when it ends. */
  step(title: string): Step {
    const i = ++this.n;
    const tag = `[${i}/${Math.max(this.total, i)}]`;
    const t0 = performance.now();
    this.write(`${tag} ${title} …`);
    const beat = setInterval(() => this.write(`${tag}   … ${title}: ${((performance.now() - t0) / 1000).toFixed(0)} s so far`), HEARTBEAT_MS);
    return {
      done: (detail) => {
        clearInterval(beat);
        this.write(`${tag} ${title}${detail ? `: ${detail}` : ""} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      },
    };
  }

  /** A note that is not a step (a skipped module, a cache hit). */
  note(text: string): void {
    this.write(`      ${text}`);
  }
}

/** Progress that prints nothing. */
export const silentProgress = (): Progress => new Progress(0, () => {});

/** "41.2 MB" */
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
