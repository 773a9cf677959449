/**
 * The program template of a process adaptor and its rendering: render(params) →
 * argument vector and environment, pure and golden-tested.
 *
 * A declared parameter enters the template only as a whole placeholder — an
 * argument or environment value that is exactly "{name}" — and is replaced by the
 * parameter's canonical value as one element. Nothing is ever concatenated or
 * handed to a shell, so "; rm -rf /" stays one harmless argument. A placeholder
 * embedded in a longer string ("--port={port}") is refused when the adaptor is
 * configured rather than silently left unreplaced; other braces are literal text.
 */
import type { ParamSpec } from "../params.ts";

export interface ProcessTemplate {
  /** argv[0] is an absolute path to the program, never a placeholder. */
  readonly command: readonly string[];
  /** Extra environment; values may be whole placeholders. */
  readonly env: Readonly<Record<string, string>>;
}

export interface Invocation {
  readonly argv: string[];
  readonly env: Record<string, string>;
}

const PLACEHOLDER_RE = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
const ENV_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The parameter name if s is a whole placeholder ("{port}" → "port"). */
export function placeholderOf(s: string): string | undefined {
  return PLACEHOLDER_RE.exec(s)?.[1];
}

/**
 * Checks one template string (field names it in messages): a whole placeholder
 * must name a declared parameter that always has a value; a declared parameter's
 * placeholder must not be embedded in a longer string.
 */
export function checkTemplateValue(field: string, s: string, schema: readonly ParamSpec[]): void {
  const name = placeholderOf(s);
  if (name !== undefined) {
    const spec = schema.find((p) => p.name === name);
    if (!spec) {
      const declared = schema.length ? schema.map((p) => p.name).join(", ") : "(none)";
      throw new Error(`${field}: ${JSON.stringify(s)} names no declared parameter; declared parameters: ${declared}`);
    }
    if (!spec.required && spec.default === undefined) {
      throw new Error(`${field}: parameter "${name}" may have no value; give it a default or make it required`);
    }
    return;
  }
  for (const p of schema) {
    if (s.includes(`{${p.name}}`)) {
      throw new Error(
        `${field}: ${JSON.stringify(s)} embeds the placeholder {${p.name}}; a placeholder must be a whole argument or value, e.g. ["--${p.name}", "{${p.name}}"]`,
      );
    }
  }
}

/** Checks a whole template against the schema; throws an Error naming the field. */
export function checkTemplate(tpl: ProcessTemplate, schema: readonly ParamSpec[]): void {
  if (tpl.command.length === 0) throw new Error("command: must name a program, e.g. [\"/usr/bin/python3\", \"-m\", \"http.server\"]");
  const program = tpl.command[0]!;
  if (placeholderOf(program) !== undefined) throw new Error("command[0]: the program cannot be a parameter; name it literally");
  if (!program.startsWith("/")) {
    throw new Error(`command[0]: ${JSON.stringify(program)} is not an absolute path; give the full path (find it with 'command -v ${program}')`);
  }
  tpl.command.forEach((arg, i) => {
    if (arg.includes("\0")) throw new Error(`command[${i}]: contains a NUL character`);
    checkTemplateValue(`command[${i}]`, arg, schema);
  });
  for (const [k, v] of Object.entries(tpl.env)) {
    if (!ENV_NAME_RE.test(k)) throw new Error(`env.${k}: not a valid environment variable name (letters, digits, '_')`);
    if (v.includes("\0")) throw new Error(`env.${k}: contains a NUL character`);
    checkTemplateValue(`env.${k}`, v, schema);
  }
}

/** Replaces a whole placeholder by its value; anything else is returned as is. */
export function renderValue(s: string, canonical: Readonly<Record<string, string>>): string {
  const name = placeholderOf(s);
  if (name === undefined || !Object.hasOwn(canonical, name)) return s;
  return canonical[name]!;
}

/** render(params): the argument vector and extra environment for validated parameters. */
export function renderInvocation(tpl: ProcessTemplate, canonical: Readonly<Record<string, string>>): Invocation {
  return {
    argv: tpl.command.map((a) => renderValue(a, canonical)),
    env: Object.fromEntries(Object.entries(tpl.env).map(([k, v]) => [k, renderValue(v, canonical)])),
  };
}
