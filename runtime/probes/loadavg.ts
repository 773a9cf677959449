/**
 * /proc/loadavg: one line.
 *
 *   1.70 1.83 1.23 3/163 13570
 *
 * Load averages over 1, 5 and 15 minutes; runnable / total scheduling entities
 * (threads); the last PID handed out. Present in this form since Linux 1.3.
 */

export interface LoadAvg {
  one: number;
  five: number;
  fifteen: number;
  /** Threads runnable right now (including the one reading the file). */
  running: number;
  /** Threads that exist. */
  total: number;
}

const LINE = /^\s*(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)(?:\s+(\d{1,10})\/(\d{1,10}))?/;

/**
 * Parses /proc/loadavg. Returns undefined when the three averages are not there;
 * running/total read 0 when only they are missing. Never throws.
 */
export function parseLoadavg(text: string): LoadAvg | undefined {
  const m = LINE.exec(text);
  if (!m) return undefined;
  return {
    one: Number(m[1]),
    five: Number(m[2]),
    fifteen: Number(m[3]),
    running: m[4] === undefined ? 0 : Number(m[4]),
    total: m[5] === undefined ? 0 : Number(m[5]),
  };
}
