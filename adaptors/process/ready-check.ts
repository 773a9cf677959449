/**
 * The process adaptor's readiness check as configured: values may be whole
 * "{param}" placeholders, resolved per launch into the supervisor's Readiness.
 */
import type { Readiness } from "../supervisor/index.ts";
import { renderValue } from "./template.ts";

export type ReadyCheck =
  /** Ready when host:port accepts a connection; port and host may be whole placeholders. */
  | { readonly kind: "tcp"; readonly port: string; readonly host: string; readonly timeoutMs: number }
  /** Ready when the program is still running after ms. */
  | { readonly kind: "alive"; readonly ms: number };

/** The check with the parameters' values in place. */
export function resolveReadyCheck(check: ReadyCheck | undefined, values: Readonly<Record<string, string>>): Readiness | undefined {
  if (!check) return undefined;
  if (check.kind === "alive") return check;
  return { kind: "tcp", host: renderValue(check.host, values), port: Number(renderValue(check.port, values)), timeoutMs: check.timeoutMs };
}
