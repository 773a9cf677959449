/**
 * Adaptor parameters: the declared schema and its validation.
 *
 * Parameters arrive as strings — from the protobuf map<string,string> of Start/Set
 * and from the command line as k=v — and are checked here, before anything runs,
 * against the adaptor's declared schema. Unknown names are errors, so a typo never
 * silently falls back to a default. Each value also has one canonical string form
 * ("08000" → "8000", "yes" → "true"): that is what is substituted into a program's
 * argument vector, reported in Status, and compared to decide whether Set changes
 * anything.
 */
import { isIP } from "node:net";
import { InvalidParameterError } from "./errors.ts";

export type ParamType = "string" | "int" | "bool" | "enum" | "port" | "path" | "host";

export const PARAM_TYPES: readonly ParamType[] = ["string", "int", "bool", "enum", "port", "path", "host"];

/** One declared parameter. */
export interface ParamSpec {
  /** Letters, digits and '_', not starting with a digit (it is also a placeholder name). */
  readonly name: string;
  readonly type: ParamType;
  /** Must be given on every Start; a required parameter has no default. */
  readonly required?: boolean;
  /** Used when the parameter is not given; itself validated against the spec. */
  readonly default?: string;
  /** The allowed values of an "enum". */
  readonly values?: readonly string[];
  /** Bounds of an "int" or "port" (inclusive). */
  readonly min?: number;
  readonly max?: number;
  /** A regular expression a "string", "path" or "host" must match in full. */
  readonly pattern?: string;
  readonly description: string;
}

export type ParamValue = string | number | boolean;

/** Validated parameters: typed values and their canonical strings, same keys. */
export interface ParamValues {
  readonly typed: Readonly<Record<string, ParamValue>>;
  readonly canonical: Readonly<Record<string, string>>;
}

/** Longest accepted value; parameters are names, ports, paths — not documents. */
export const MAX_PARAM_LENGTH = 4096;

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const INT_RE = /^[+-]?[0-9]+$/;
const HOST_LABEL_RE = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TRUE_WORDS = new Set(["true", "1", "yes", "on"]);
const FALSE_WORDS = new Set(["false", "0", "no", "off"]);

/** What a spec allows, in words ("a port number from 1 to 65535"). */
export function describeAllowed(spec: ParamSpec): string {
  const matching = spec.pattern !== undefined ? ` matching /${spec.pattern}/` : "";
  switch (spec.type) {
    case "string":
      return `a string of at most ${MAX_PARAM_LENGTH} characters${matching}`;
    case "int":
      return `an integer${range(spec.min, spec.max)}`;
    case "port": {
      const [min, max] = portBounds(spec);
      return `a port number from ${min} to ${max}`;
    }
    case "bool":
      return "true or false (also 1/0, yes/no, on/off)";
    case "enum":
      return `one of: ${(spec.values ?? []).join(", ")}`;
    case "path":
      return `an absolute path without '..' segments${matching}`;
    case "host":
      return `a host name or an IPv4/IPv6 address${matching}`;
  }
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return "";
}

function portBounds(spec: ParamSpec): [number, number] {
  return [Math.max(1, spec.min ?? 1), Math.min(65535, spec.max ?? 65535)];
}

/** Quotes a value for a message, cut short so a huge value cannot flood a reply. */
export function quoteValue(raw: string): string {
  return JSON.stringify(raw.length > 64 ? raw.slice(0, 64) + "…" : raw);
}

/**
 * Parses one raw value against its spec: the typed value, or the reason it is
 * refused (without the parameter name; the caller adds it).
 */
export function parseParam(spec: ParamSpec, raw: string): { value: ParamValue; canonical: string } | { problem: string } {
  if (raw.length > MAX_PARAM_LENGTH) return { problem: `is ${raw.length} characters long` };
  // No type can carry NUL: neither an argument vector nor an environment can hold it.
  if (raw.includes("\0")) return { problem: "contains a NUL character" };
  const matches = (): boolean => spec.pattern === undefined || new RegExp(`^(?:${spec.pattern})$`).test(raw);
  switch (spec.type) {
    case "string":
      return matches() ? { value: raw, canonical: raw } : { problem: "does not match the pattern" };
    case "int":
    case "port": {
      if (!INT_RE.test(raw) || (spec.type === "port" && /^[+-]/.test(raw))) return { problem: "is not a whole number" };
      const n = Number(raw);
      if (!Number.isSafeInteger(n)) return { problem: "is out of range" };
      const [min, max] = spec.type === "port" ? portBounds(spec) : [spec.min ?? -Infinity, spec.max ?? Infinity];
      if (n < min || n > max) return { problem: "is out of range" };
      return { value: n, canonical: String(n) };
    }
    case "bool": {
      const word = raw.toLowerCase();
      if (TRUE_WORDS.has(word)) return { value: true, canonical: "true" };
      if (FALSE_WORDS.has(word)) return { value: false, canonical: "false" };
      return { problem: "is not a boolean" };
    }
    case "enum":
      return (spec.values ?? []).includes(raw) ? { value: raw, canonical: raw } : { problem: "is not one of the allowed values" };
    case "path":
      if (!raw.startsWith("/")) return { problem: "is not an absolute path" };
      if (raw.split("/").includes("..")) return { problem: "has a '..' segment" };
      return matches() ? { value: raw, canonical: raw } : { problem: "does not match the pattern" };
    case "host":
      if (!isHost(raw)) return { problem: "is not a host name or IP address" };
      return matches() ? { value: raw, canonical: raw } : { problem: "does not match the pattern" };
  }
}

/** A DNS host name (RFC 1123) or an IPv4/IPv6 literal. Never starts with '-'. */
export function isHost(s: string): boolean {
  if (isIP(s) !== 0) return true;
  if (s.length === 0 || s.length > 253) return false;
  const labels = (s.endsWith(".") ? s.slice(0, -1) : s).split(".");
  if (!labels.every((l) => HOST_LABEL_RE.test(l))) return false;
  // All-numeric names look like addresses; "999.1.1.1" is a typo, not a host.
  return !labels.every((l) => /^[0-9]+$/.test(l));
}

/**
 * Validates raw parameters against a schema: every given name must be declared,
 * every required one given, every value allowed; defaults fill the rest.
 * Throws InvalidParameterError naming the parameter and what is allowed.
 */
export function validateParams(schema: readonly ParamSpec[], params: Readonly<Record<string, string>>): ParamValues {
  const byName = new Map(schema.map((s) => [s.name, s]));
  for (const name of Object.keys(params)) {
    if (!byName.has(name)) {
      const declared = schema.length ? schema.map((s) => s.name).join(", ") : "(none)";
      throw new InvalidParameterError(
        name,
        `declared parameters: ${declared}`,
        `unknown parameter ${quoteValue(name)}; declared parameters: ${declared}`,
      );
    }
  }
  const typed: Record<string, ParamValue> = {};
  const canonical: Record<string, string> = {};
  for (const spec of schema) {
    const given = Object.hasOwn(params, spec.name) ? params[spec.name] : undefined;
    const raw = given ?? spec.default;
    if (raw === undefined) {
      if (spec.required) {
        throw new InvalidParameterError(
          spec.name,
          describeAllowed(spec),
          `parameter ${quoteValue(spec.name)} is required (${spec.description}); give ${describeAllowed(spec)}`,
        );
      }
      continue;
    }
    if (typeof raw !== "string") {
      throw new InvalidParameterError(spec.name, describeAllowed(spec), `parameter ${quoteValue(spec.name)} must be given as a string`);
    }
    const parsed = parseParam(spec, raw);
    if ("problem" in parsed) {
      throw new InvalidParameterError(
        spec.name,
        describeAllowed(spec),
        `parameter ${quoteValue(spec.name)}: ${quoteValue(raw)} ${parsed.problem}; allowed: ${describeAllowed(spec)}`,
      );
    }
    typed[spec.name] = parsed.value;
    canonical[spec.name] = parsed.canonical;
  }
  return { typed, canonical };
}

/**
 * Checks a schema once, when an adaptor is configured: names well formed and
 * unique, bounds consistent, patterns compile, defaults valid. Throws an Error
 * whose message names the parameter and the field at fault.
 */
export function checkSchema(schema: readonly ParamSpec[]): void {
  const seen = new Set<string>();
  for (const spec of schema) {
    const at = `parameter ${quoteValue(spec.name)}`;
    if (!NAME_RE.test(spec.name)) {
      throw new Error(`${at}: a parameter name is letters, digits and '_', not starting with a digit`);
    }
    if (seen.has(spec.name)) throw new Error(`${at} is declared twice`);
    seen.add(spec.name);
    if (!PARAM_TYPES.includes(spec.type)) {
      throw new Error(`${at}: type ${quoteValue(String(spec.type))} is not a parameter type; use one of ${PARAM_TYPES.join(", ")}`);
    }
    if (spec.type === "enum") {
      if (!spec.values || spec.values.length === 0) throw new Error(`${at}: an enum needs a non-empty list of values`);
      if (new Set(spec.values).size !== spec.values.length) throw new Error(`${at}: enum values repeat`);
    } else if (spec.values !== undefined) {
      throw new Error(`${at}: values are only for type enum`);
    }
    if ((spec.min !== undefined || spec.max !== undefined) && spec.type !== "int" && spec.type !== "port") {
      throw new Error(`${at}: min and max are only for types int and port`);
    }
    for (const [field, v] of [["min", spec.min], ["max", spec.max]] as const) {
      if (v !== undefined && !Number.isSafeInteger(v)) throw new Error(`${at}: ${field} must be a whole number`);
    }
    if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) {
      throw new Error(`${at}: min ${spec.min} is greater than max ${spec.max}`);
    }
    if (spec.type === "port" && ((spec.min ?? 1) > 65535 || (spec.max ?? 65535) < 1)) {
      throw new Error(`${at}: min and max leave no port between 1 and 65535`);
    }
    if (spec.pattern !== undefined) {
      if (spec.type !== "string" && spec.type !== "path" && spec.type !== "host") {
        throw new Error(`${at}: pattern is only for types string, path and host`);
      }
      try {
        new RegExp(`^(?:${spec.pattern})$`);
      } catch (e) {
        throw new Error(`${at}: pattern ${quoteValue(spec.pattern)} is not a regular expression (${(e as Error).message})`);
      }
    }
    if (spec.required && spec.default !== undefined) {
      throw new Error(`${at}: a required parameter cannot have a default; drop one of them`);
    }
    if (spec.default !== undefined) {
      const parsed = parseParam(spec, spec.default);
      if ("problem" in parsed) {
        throw new Error(`${at}: default ${quoteValue(spec.default)} ${parsed.problem}; allowed: ${describeAllowed(spec)}`);
      }
    }
  }
}

/** Renders canonical parameters as "k=v k=v" for messages, in the schema's order. */
export function formatParams(canonical: Readonly<Record<string, string>>): string {
  const parts = Object.entries(canonical).map(([k, v]) => `${k}=${/[\s"=]/.test(v) || v === "" ? JSON.stringify(v) : v}`);
  return parts.length ? parts.join(" ") : "(no parameters)";
}

/** Whether two canonical parameter sets are the same. */
export function sameParams(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}
