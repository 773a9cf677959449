/**
 * nginx's stub_status page, parsed (takes text; the fixture is a real answer of
 * nginx 1.22):
 *
 *   Active connections: 2
 *   server accepts handled requests
 *    15 15 27
 *   Reading: 0 Writing: 1 Waiting: 1
 *
 * The counters are the master's since start; a reload keeps them.
 */

export interface StubStatus {
  readonly active: number;
  readonly accepts: number;
  readonly handled: number;
  readonly requests: number;
  readonly reading: number;
  readonly writing: number;
  readonly waiting: number;
}

/** The counters, or undefined when text is not a stub_status page. */
export function parseStubStatus(text: string): StubStatus | undefined {
  const active = /^Active connections:\s*(\d+)/m.exec(text);
  const counts = /^\s*(\d+)\s+(\d+)\s+(\d+)\s*$/m.exec(text);
  const rw = /Reading:\s*(\d+)\s+Writing:\s*(\d+)\s+Waiting:\s*(\d+)/.exec(text);
  if (!active || !counts || !rw) return undefined;
  return {
    active: Number(active[1]),
    accepts: Number(counts[1]),
    handled: Number(counts[2]),
    requests: Number(counts[3]),
    reading: Number(rw[1]),
    writing: Number(rw[2]),
    waiting: Number(rw[3]),
  };
}
