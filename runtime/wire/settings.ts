/**
 * Settings for a binary's run command, from flags and optionally a config file.
 *
 * A config file (`--config FILE`) is one JSON object whose keys are the flag
 * names without `--` and whose values are what the flag would take: a string or
 * a number for a valued flag, an array of them for a repeatable one, true or
 * false for a switch. Flags win over the file, setting by setting (a repeatable
 * flag given on the command line replaces the file's whole list). Both end up
 * as the same `Settings` record, so each binary's config builder validates one
 * thing, whatever it came from.
 */
import { readFileSync } from "node:fs";
import { UsageError, parse } from "./cli-util.ts";
import { unreadableMessage } from "./text-file.ts";

/** The flags a command takes, as `node:util` parseArgs declares them. */
export type FlagSpec = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

/** Setting name (flag without `--`) → its raw value; absent when not given. */
export type Settings = Record<string, string | boolean | string[] | undefined>;

/** The flag that names a config file; never itself a key inside one. */
export const CONFIG_FLAG = "config";

/**
 * Settings from a config file's text (pure). `source` names the file in errors.
 * Unknown keys and values of the wrong kind are errors naming the key.
 */
export function settingsFromJson(text: string, spec: FlagSpec, source: string): Settings {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${source} is not valid JSON (${(e as Error).message}); write one object like {"port": 4161}`);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw new UsageError(`${source} must hold one JSON object whose keys are flag names without --, like {"port": 4161}`);
  }
  const out: Settings = {};
  for (const [key, value] of Object.entries(doc)) {
    const flag = spec[key];
    if (!flag || key === CONFIG_FLAG) {
      throw new UsageError(`${source}: unknown setting '${key}'; the settings are ${Object.keys(spec).filter((k) => k !== CONFIG_FLAG).join(", ")}`);
    }
    const scalar = (v: unknown): string => {
      if (typeof v === "string") return v;
      if (typeof v === "number" && Number.isFinite(v)) return String(v);
      throw new UsageError(`${source}: '${key}' must be a string or a number${flag.multiple ? ", or a list of them" : ""}, not ${JSON.stringify(v)}`);
    };
    if (flag.type === "boolean") {
      if (typeof value !== "boolean") throw new UsageError(`${source}: '${key}' must be true or false, not ${JSON.stringify(value)}`);
      out[key] = value;
    } else if (flag.multiple) {
      out[key] = Array.isArray(value) ? value.map(scalar) : [scalar(value)];
    } else {
      out[key] = scalar(value);
    }
  }
  return out;
}

/** The file-system seam of settings: a file's text, or a throw (with a `code` such as ENOENT) when it cannot be read. */
export type ReadText = (path: string) => string;

const readText: ReadText = (path) => readFileSync(path, "utf8");

/**
 * Parses a command's flags (with `--config FILE` added) into settings: the
 * file's, overridden by the flags. `read` is the file-system seam.
 */
export function parseSettings(argv: string[], spec: FlagSpec, read: ReadText = readText): Settings {
  const { values } = parse(argv, { ...spec, [CONFIG_FLAG]: { type: "string" } });
  const flags = values as Settings;
  const file = flags[CONFIG_FLAG] as string | undefined;
  delete flags[CONFIG_FLAG];
  if (file === undefined) return flags;
  let text: string;
  try {
    text = read(file);
  } catch (e) {
    throw new UsageError(unreadableMessage(`config file ${file}`, e, "give --config the path of a JSON settings file"));
  }
  const fromFile = settingsFromJson(text, spec, `config file ${file}`);
  for (const [k, v] of Object.entries(flags)) if (v !== undefined) fromFile[k] = v;
  return fromFile;
}
