/**
 * The agent's adaptor configuration: a JSON array of entries, one per managed
 * application, read once at start-up (`lama run --adaptors FILE`). Parsing takes
 * text, never a path. Every mistake is an AdaptorConfigError naming the entry, the
 * field and what is allowed; nothing is started by parsing.
 *
 *   [{"name": "web", "type": "process",
 *     "description": "static files over HTTP",
 *     "command": ["/usr/bin/python3", "-m", "http.server", "{port}", "--bind", "{bind}"],
 *     "params": {"port": {"type": "port", "default": "8000"},
 *                "bind": {"type": "host", "default": "0.0.0.0"}},
 *     "restart": "on-failure", "stopTimeoutMs": 5000, "ready": {"tcpPort": "{port}"}}]
 *
 * A parameter is {"type": string|int|bool|enum|port|path|host, "required", "default",
 * "values" (enum), "min", "max" (int, port), "pattern" (string, path, host),
 * "description"}. The type-specific fields are documented with each type
 * (process/config.ts).
 *
 * The daemon types have fixed parameters and a few fields of their own instead:
 *   {"name": "dispatcher", "type": "haproxy-dispatcher", "stateDir": "/var/lib/lama/dispatcher"}
 *   {"name": "web", "type": "nginx"}
 * (daemon-fields.ts: stateDir, program, user, stopTimeoutMs, readyTimeoutMs; each type checks them its own way).
 */
import type { Adaptor } from "./adaptor.ts";
import { AdaptorConfigError, FieldReader, isPlainObject, jsonKind } from "./config-reader.ts";
import { PARAM_TYPES, type ParamSpec, type ParamType } from "./params.ts";
import { DAEMON_FIELDS, readDaemonFields } from "./daemon-fields.ts";
import { checkDispatcherConfig, DispatcherAdaptor, type DispatcherAdaptorConfig } from "./haproxy/index.ts";
import { checkWebConfig, WebAdaptor, type WebAdaptorConfig } from "./nginx/index.ts";
import { readProcessFields, PROCESS_FIELDS, checkProcessConfig, ProcessAdaptor, type ProcessAdaptorConfig, type ProcessAdaptorDeps } from "./process/index.ts";
import { AdaptorRegistry } from "./registry.ts";
import { ICECAST_FIELDS, IcecastAdaptor, readIcecastFields, type IcecastAdaptorConfig, type IcecastAdaptorDeps } from "./icecast/index.ts";

export { AdaptorConfigError } from "./config-reader.ts";

/** The seams adaptors are built with (runner, clock, probe, environment, log, state directory). */
export type AdaptorDeps = ProcessAdaptorDeps & IcecastAdaptorDeps;

/** One parsed entry, by type. */
export type AdaptorConfigEntry =
  | { readonly type: "process"; readonly config: ProcessAdaptorConfig }
  | { readonly type: "haproxy-dispatcher"; readonly config: DispatcherAdaptorConfig }
  | { readonly type: "nginx"; readonly config: WebAdaptorConfig }
  | { readonly type: "icecast"; readonly config: IcecastAdaptorConfig };

/** The adaptor types this agent knows. */
export const ADAPTOR_TYPES = ["process", "haproxy-dispatcher", "nginx", "icecast"] as const;

const COMMON_FIELDS = ["name", "type", "description", "params"] as const;
const PARAM_FIELDS = ["type", "required", "default", "values", "min", "max", "pattern", "description"] as const;
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Parses and checks the config text; `source` names it in messages (the file path). */
export function parseAdaptorConfig(text: string, source = "adaptor config"): AdaptorConfigEntry[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new AdaptorConfigError(`${source}: not valid JSON (${(e as Error).message}); it must hold a JSON array of adaptor entries`);
  }
  if (!Array.isArray(doc)) throw new AdaptorConfigError(`${source}: must be a JSON array of adaptor entries, got ${jsonKind(doc)}`);
  const firstByName = new Map<string, number>();
  return doc.map((raw, i) => {
    let where = `${source} entry ${i}`;
    if (!isPlainObject(raw)) throw new AdaptorConfigError(`${where}: must be an object, got ${jsonKind(raw)}`);
    const named = typeof raw.name === "string" ? raw.name : undefined;
    if (named !== undefined) where += ` (${JSON.stringify(named)})`;
    const r = new FieldReader(raw, where);
    const name = r.string("name", true);
    if (!NAME_RE.test(name)) r.fail("name", `is ${JSON.stringify(name)}; a name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit`);
    const seen = firstByName.get(name);
    if (seen !== undefined) r.fail("name", `"${name}" is already used by entry ${seen}; adaptor names must be unique`);
    firstByName.set(name, i);
    const type = r.oneOf("type", ADAPTOR_TYPES) ?? r.fail("type", `is required; use one of: ${ADAPTOR_TYPES.join(", ")}`);
    if (type === "haproxy-dispatcher") {
      r.rejectUnknown(["name", "type", "description", ...DAEMON_FIELDS]);
      return { type, config: readDaemonFields(r, { name, description: r.string("description") }, checkDispatcherConfig) };
    }
    if (type === "nginx") {
      r.rejectUnknown(["name", "type", "description", ...DAEMON_FIELDS]);
      return { type, config: readDaemonFields(r, { name, description: r.string("description") }, checkWebConfig) };
    }
    if (type === "icecast") {
      // Its parameters are its own (icecast/params.ts); an entry declares none.
      r.rejectUnknown(["name", "type", "description", ...ICECAST_FIELDS]);
      return { type, config: readIcecastFields(r, { name, description: r.string("description") }) };
    }
    r.rejectUnknown([...COMMON_FIELDS, ...PROCESS_FIELDS]);
    const common = { name, description: r.string("description"), params: readParams(r) };
    const config = readProcessFields(r, common);
    try {
      checkProcessConfig(config);
    } catch (e) {
      throw new AdaptorConfigError(`${where}: ${(e as Error).message}`);
    }
    return { type, config };
  });
}

function readParams(parent: FieldReader): ParamSpec[] {
  const r = parent.object("params");
  if (!r) return [];
  return Object.keys(r.obj).map((name) => {
    const p = r.object(name)!;
    p.rejectUnknown(PARAM_FIELDS);
    const type: ParamType = p.oneOf("type", PARAM_TYPES) ?? p.fail("type", `is required; use one of: ${PARAM_TYPES.join(", ")}`);
    const spec: { -readonly [K in keyof ParamSpec]: ParamSpec[K] } = { name, type, description: p.string("description") ?? "" };
    const required = p.bool("required");
    if (required !== undefined) spec.required = required;
    const dflt = p.scalar("default");
    if (dflt !== undefined) spec.default = dflt;
    const values = p.stringArray("values");
    if (values !== undefined) spec.values = values;
    const min = p.int("min", Number.MIN_SAFE_INTEGER);
    if (min !== undefined) spec.min = min;
    const max = p.int("max", Number.MIN_SAFE_INTEGER);
    if (max !== undefined) spec.max = max;
    const pattern = p.string("pattern");
    if (pattern !== undefined) spec.pattern = pattern;
    return spec;
  });
}

/** Builds the adaptors of parsed entries into a registry (nothing is started). */
export function buildAdaptors(entries: readonly AdaptorConfigEntry[], deps: AdaptorDeps = {}): AdaptorRegistry {
  const registry = new AdaptorRegistry();
  for (const e of entries) registry.add(createAdaptor(e, deps));
  return registry;
}

/** One adaptor from one parsed entry. */
export function createAdaptor(entry: AdaptorConfigEntry, deps: AdaptorDeps = {}): Adaptor {
  switch (entry.type) {
    case "process":
      return new ProcessAdaptor(entry.config, deps);
    case "haproxy-dispatcher":
      return new DispatcherAdaptor(entry.config, { runner: deps.runner, clock: deps.clock, log: deps.log, stateDir: deps.stateDir });
    case "nginx":
      return new WebAdaptor(entry.config, { runner: deps.runner, clock: deps.clock, log: deps.log, stateDir: deps.stateDir });
    case "icecast":
      return new IcecastAdaptor(entry.config, deps);
  }
}

/** parseAdaptorConfig + buildAdaptors: what `lama run --adaptors FILE` does with the file's text. */
export function loadAdaptors(text: string, deps: AdaptorDeps = {}, source = "adaptor config"): AdaptorRegistry {
  return buildAdaptors(parseAdaptorConfig(text, source), deps);
}
