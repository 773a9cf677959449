/**
 * A bounded record of a program's combined stdout and stderr, oldest text dropped
 * first. Memory stays flat however chatty the program is; the tail goes into
 * failure replies so an operator sees why a program died without a shell.
 */

/** Characters kept per program run. */
export const OUTPUT_RING_CHARS = 64 * 1024;
/** Lines and characters of output returned with a failure. */
export const OUTPUT_TAIL_LINES = 40;
export const OUTPUT_TAIL_CHARS = 4 * 1024;

export class OutputRing {
  private chunks: string[] = [];
  private size = 0;
  private droppedChars = 0;

  constructor(readonly capacityChars = OUTPUT_RING_CHARS) {
    if (!(capacityChars > 0)) throw new Error(`output ring capacity must be positive, got ${capacityChars}`);
  }

  append(text: string): void {
    if (!text) return;
    this.chunks.push(text);
    this.size += text.length;
    while (this.size > this.capacityChars) {
      const first = this.chunks[0]!;
      const excess = this.size - this.capacityChars;
      if (first.length <= excess) {
        this.chunks.shift();
        this.size -= first.length;
        this.droppedChars += first.length;
      } else {
        this.chunks[0] = first.slice(excess);
        this.size -= excess;
        this.droppedChars += excess;
      }
    }
  }

  /** Everything kept, oldest first. */
  text(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join("")];
    return this.chunks[0] ?? "";
  }

  /** Characters dropped because the ring was full. */
  get dropped(): number {
    return this.droppedChars;
  }

  /** The last maxLines lines, at most maxChars characters; "…" marks a cut. */
  tail(maxLines = OUTPUT_TAIL_LINES, maxChars = OUTPUT_TAIL_CHARS): string {
    return tailOf(this.text(), maxLines, maxChars, this.droppedChars > 0);
  }

  /** The last non-empty line, for one-line status details. */
  lastLine(): string {
    const lines = this.text().split("\n").map((l) => l.trimEnd()).filter((l) => l !== "");
    return lines.at(-1) ?? "";
  }
}

/** Pure tail of text; cutAlready says text itself is already missing its start. */
export function tailOf(text: string, maxLines: number, maxChars: number, cutAlready = false): string {
  let cut = cutAlready;
  let t = text;
  if (t.length > maxChars) {
    t = t.slice(t.length - maxChars);
    cut = true;
  }
  // Ignore a final newline when counting lines.
  const body = t.endsWith("\n") ? t.slice(0, -1) : t;
  const lines = body.split("\n");
  if (lines.length > maxLines) {
    t = lines.slice(lines.length - maxLines).join("\n") + (t.endsWith("\n") ? "\n" : "");
    cut = true;
  }
  // Never start in the middle of a surrogate pair.
  if (/^[\uDC00-\uDFFF]/.test(t)) t = t.slice(1);
  return cut && t !== "" ? "…" + t : t;
}
