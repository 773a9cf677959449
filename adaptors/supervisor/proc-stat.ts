/**
 * Who a process is, from its /proc/PID/stat line (text in, never a path).
 *
 *   1234 (icecast2) S 1 1234 1234 0 -1 4194560 … 22:starttime …
 *
 * The command name (field 2) is in parentheses and may itself hold spaces and
 * parentheses, so fields are counted from the last ')'. A pid alone does not
 * name a process: the kernel reuses pids. The pair (pid, start time in clock
 * ticks since boot, field 22) does, for as long as the machine stays up; that
 * pair is what a supervisor records to find its program again after a crash.
 */

/** The fields of /proc/PID/stat a supervisor needs. */
export interface ProcStat {
  readonly pid: number;
  /** Field 3: R, S, D, Z (zombie), T, … */
  readonly state: string;
  /** Field 5: the process group. */
  readonly pgrp: number;
  /** Field 22: start time in clock ticks since boot, kept as text (it can exceed 2^53 in theory). */
  readonly startTime: string;
}

/** The parsed line; undefined when the text is not a stat line. */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf(" (");
  const close = text.lastIndexOf(")");
  if (open <= 0 || close < open) return undefined;
  const pid = text.slice(0, open);
  // Fields 3 onward, after ") ".
  const rest = text.slice(close + 2).trim().split(/\s+/);
  if (!/^\d+$/.test(pid) || rest.length < 20) return undefined;
  const [state, , pgrp] = rest;
  const startTime = rest[19]!;
  if (!/^[A-Za-z]$/.test(state!) || !/^-?\d+$/.test(pgrp!) || !/^\d+$/.test(startTime)) return undefined;
  return { pid: Number(pid), state: state!, pgrp: Number(pgrp), startTime };
}

/** The start time of a live process from its stat line; undefined when gone (no line) or a zombie. */
export function liveStartTime(statLine: string | undefined): string | undefined {
  if (statLine === undefined) return undefined;
  const s = parseProcStat(statLine);
  return s && s.state !== "Z" && s.state !== "X" ? s.startTime : undefined;
}
