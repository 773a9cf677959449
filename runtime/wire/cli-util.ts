/**
 * Small pieces shared by the two command lines: argument errors, host:port
 * parsing, and the exit-code convention (0 ok, 1 runtime failure, 2 usage or
 * configuration error).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { KeyError } from "./keyring.ts";
import type { Endpoint } from "./transport.ts";

/** Where a command writes. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const stdio: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

/**
 * The shape both command lines share: `PROGRAM [COMMAND] [options]` with a
 * default command, `--help` and `--version`, and the exit-code convention.
 * Commands listed in `ownHelp` read their own --help.
 */
export async function runCommandLine(o: {
  program: string;
  version: string;
  help: string;
  argv: string[];
  io: Io;
  defaultCommand: string;
  commands: Record<string, (rest: string[]) => number | Promise<number>>;
  ownHelp?: string[];
}): Promise<number> {
  const { argv, io } = o;
  try {
    const [cmd, ...rest] = argv[0] && !argv[0].startsWith("-") ? argv : [o.defaultCommand, ...argv];
    const command = o.commands[cmd!];
    if (command && o.ownHelp?.includes(cmd!)) return await command(rest);
    if (argv.includes("-h") || argv.includes("--help")) {
      io.stdout(o.help);
      return 0;
    }
    if (argv[0] === "--version") {
      io.stdout(`${o.program} ${o.version}\n`);
      return 0;
    }
    if (!command) throw new UsageError(`unknown command '${cmd}'; commands are ${Object.keys(o.commands).join(", ")} (see --help)`);
    return await command(rest);
  } catch (e) {
    io.stderr(`${o.program}: ${(e as Error).message}\n`);
    return e instanceof UsageError || e instanceof KeyError ? 2 : 1;
  }
}

/** A bad command line or setting: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export function parse<T extends ParseArgsConfig["options"]>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split("\n")[0]} (see --help)`);
  }
}

/** "host:port" -> Endpoint; `what` names the setting in the error. */
export function parseEndpoint(text: string, what: string, defaultPort?: number): Endpoint {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3})(?::(\d{1,5}))?$/.exec(text.trim());
  const port = m?.[2] !== undefined ? Number(m[2]) : defaultPort;
  if (!m || port === undefined || port > 65535 || m[1]!.split(".").some((o) => Number(o) > 255)) {
    throw new UsageError(`${what} '${text}' is not an IPv4 address with port, like 198.18.0.1:4161`);
  }
  return { address: m[1]!, port };
}

export function parseIpv4(text: string, what: string): string {
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(text) || text.split(".").some((o) => Number(o) > 255)) {
    throw new UsageError(`${what} '${text}' is not an IPv4 address like 198.18.0.2`);
  }
  return text;
}

export function parseIntSetting(text: string | undefined, what: string, def: number, min: number, max: number): number {
  if (text === undefined) return def;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${what} '${text}' must be a whole number from ${min} to ${max}`);
  return n;
}

export function parseMulticastGroup(text: string): string {
  const g = parseIpv4(text, "--group");
  const first = Number(g.split(".")[0]);
  if (first < 224 || first > 239) throw new UsageError(`--group '${text}' is not a multicast address (224.0.0.0 to 239.255.255.255)`);
  return g;
}

export const DEFAULT_GROUP = "239.255.41.60";
export const DEFAULT_GROUP_PORT = 4160;
export const DEFAULT_GRAND_PORT = 4161;
