/**
 * Workload files: CSV text with a header row and the columns `time_s` and either
 * `streams` or `demand_mbps` (other columns are ignored; `#` lines and blank
 * lines are skipped). Times must increase; the demand is interpolated linearly
 * onto the monitoring period's grid from the first time to the last, and shifted
 * so the first row is t = 0. The parser takes text, never a path.
 */
import { PAPER_PERIOD_MS } from "../../index.ts";
import { PAPER_STREAM_BPS, type Workload } from "./workload.ts";

/** A workload file that cannot be used; the message names the line and what is allowed. */
export class WorkloadCsvError extends Error {
  override name = "WorkloadCsvError";
}

/** Guards memory: a week at 2 s per sample. */
export const MAX_WORKLOAD_STEPS = 302_400;

/** The workload's name (used in messages and file names), period and stream bandwidth. */
export interface CsvWorkloadOptions {
  readonly name: string;
  readonly periodMs?: number;
  readonly streamBps?: number;
}

/** Parses workload CSV text; throws WorkloadCsvError naming the line. */
export function parseWorkloadCsv(text: string, options: CsvWorkloadOptions): Workload {
  const periodMs = options.periodMs ?? PAPER_PERIOD_MS;
  const streamBps = options.streamBps ?? PAPER_STREAM_BPS;
  const fail = (line: number, why: string): never => {
    throw new WorkloadCsvError(`${options.name}:${line}: ${why}`);
  };
  const rows = text
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, cells: raw.trim() }))
    .filter((r) => r.cells !== "" && !r.cells.startsWith("#"));
  if (rows.length === 0) fail(1, "empty file; expected a header 'time_s,streams' or 'time_s,demand_mbps'");
  const header = rows[0]!.cells.split(",").map((h) => h.trim().toLowerCase());
  const timeCol = header.indexOf("time_s");
  const streamsCol = header.indexOf("streams");
  const mbpsCol = header.indexOf("demand_mbps");
  if (timeCol < 0 || (streamsCol < 0) === (mbpsCol < 0)) {
    fail(rows[0]!.line, `header '${rows[0]!.cells}' must name time_s and exactly one of streams, demand_mbps`);
  }
  const valueCol = streamsCol >= 0 ? streamsCol : mbpsCol;
  const scale = streamsCol >= 0 ? streamBps : 1e6;
  const times: number[] = [];
  const values: number[] = [];
  for (const r of rows.slice(1)) {
    const cells = r.cells.split(",");
    const t = Number(cells[timeCol]?.trim() ?? "");
    const v = Number(cells[valueCol]?.trim() ?? "");
    if (cells.length !== header.length) fail(r.line, `${cells.length} columns, the header has ${header.length}`);
    if (!Number.isFinite(t)) fail(r.line, `time_s '${cells[timeCol]}' is not a number`);
    if (!Number.isFinite(v) || v < 0) fail(r.line, `${header[valueCol]} '${cells[valueCol]}' must be a number of 0 or more`);
    if (times.length > 0 && t <= times[times.length - 1]!) fail(r.line, `time_s ${t} does not increase (previous ${times[times.length - 1]})`);
    times.push(t);
    values.push(v * scale);
  }
  if (times.length < 2) fail(rows[rows.length - 1]!.line, "need at least two data rows");
  const spanMs = (times[times.length - 1]! - times[0]!) * 1000;
  const steps = Math.floor(spanMs / periodMs) + 1;
  if (steps > MAX_WORKLOAD_STEPS) fail(rows[rows.length - 1]!.line, `spans ${steps} periods; at most ${MAX_WORKLOAD_STEPS} are allowed`);
  const demand = new Float64Array(steps);
  let j = 0;
  for (let k = 0; k < steps; k++) {
    const t = times[0]! + (k * periodMs) / 1000;
    while (j < times.length - 2 && times[j + 1]! < t) j++;
    const x = Math.min(1, Math.max(0, (t - times[j]!) / (times[j + 1]! - times[j]!)));
    demand[k] = values[j]! + x * (values[j + 1]! - values[j]!);
  }
  return { name: options.name, periodMs, demandBps: demand, streamBps, startOfDayS: null };
}
