/**
 * One line per event. Text for people (`12:00:01.234 registered id=n1 host=a`),
 * JSON for machines (`{"t":"…","event":"registered","id":"n1"}`).
 */
import { type Clock, systemClock } from "./clock.ts";

export type LogFormat = "text" | "json";
export type LogFields = Record<string, string | number | boolean | undefined | null | string[]>;

export interface Logger {
  event(name: string, fields?: LogFields): void;
}

export function createLogger(opts: {
  format: LogFormat;
  component: string;
  write?: (line: string) => void;
  clock?: Clock;
}): Logger {
  const write = opts.write ?? ((line: string) => process.stderr.write(line + "\n"));
  const clock = opts.clock ?? systemClock;
  return {
    event(name, fields = {}) {
      const t = new Date(clock.now()).toISOString();
      if (opts.format === "json") {
        const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
        write(JSON.stringify({ t, component: opts.component, event: name, ...clean }));
        return;
      }
      const parts = Object.entries(fields)
        .filter(([, v]) => v !== undefined && v !== null && v !== "")
        .map(([k, v]) => `${k}=${formatValue(v!)}`);
      write(`${t.slice(11, 23)} ${opts.component} ${name}${parts.length ? " " + parts.join(" ") : ""}`);
    },
  };
}

function formatValue(v: string | number | boolean | string[]): string {
  const s = Array.isArray(v) ? v.join(",") : String(v);
  return /[\s"]/.test(s) ? JSON.stringify(s) : s;
}

/** A logger that keeps lines in memory (tests). */
export function memoryLogger(): Logger & { lines: { name: string; fields: LogFields }[] } {
  const lines: { name: string; fields: LogFields }[] = [];
  return { lines, event: (name, fields = {}) => void lines.push({ name, fields }) };
}
