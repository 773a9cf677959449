/**
 * `LamaConfig`: everything `lama run` is told, typed and checked once.
 *
 * Every default is in `lamaDefaults`: the wire layer's lease timing
 * (`LEASE_MS`, `RENEW_EVERY_MS`, shared with grand), group and port, and the
 * probes' sample period;
 * `lamaConfigFromSettings` turns flag or config-file text into a config, naming
 * the setting in every error; `lamaConfig` fills and checks a config given in
 * code (tests, benchmarks). Contradictions between settings are rejected in
 * `checkLamaConfig`, the one place that knows them.
 */
import os from "node:os";
import {
  checkServiceId, DEFAULT_GRAND_PORT, KeyError, parseControllerPublic, DEFAULT_GROUP, DEFAULT_GROUP_PORT, LEASE_MS, parseEndpoint, parseIntSetting, parseIpv4, parseMulticastGroup, RENEW_EVERY_MS,
  UsageError, withDefaults, type Endpoint, type FlagSpec, type LogFormat, type Settings,
} from "./wire/index.ts";
import { chooseServiceId, readMachineFacts } from "./identity.ts";
import { DEFAULT_SAMPLE_PERIOD_MS } from "./probes/index.ts";

/** Lease an agent may ask for: under 500 ms a busy grand expires live nodes; over 10 min a dead node lingers. */
export const LEASE_LIMITS_MS = { min: 500, max: 600_000 } as const;
/** Renewal period limits: under 10 ms floods grand; over a minute is longer than any useful lease's half. */
export const RENEW_LIMITS_MS = { min: 10, max: 60_000 } as const;
/** Sample period limits: under 100 ms the probes cost more than they tell; over an hour grand sees nothing. */
export const SAMPLE_LIMITS_MS = { min: 100, max: 3_600_000 } as const;

export interface LamaConfig {
  /** Pool key files; the first seals, every one opens. Empty: $LAMA_KEY_FILE. */
  keyFiles: string[];
  /**
   * grand's public controller keys ("ctl-pub:…"), given inline and in files (one key
   * a line, re-read on SIGHUP). With any, grand's packets are taken only signed by one;
   * with none, any pool-key holder can pose as grand (the agent says so at start).
   */
  controllerKeys: string[];
  controllerKeyFiles: string[];
  /** IPv4 addresses of the interfaces to announce on; empty: every up, non-loopback one, re-read at each refresh. */
  interfaces: string[];
  /** Multicast group and port of discovery. */
  group: string;
  groupPort: number;
  /** grand addresses for unicast discovery, where multicast cannot reach. */
  grands: Endpoint[];
  /** Announce on the group (false: only to `grands`). */
  multicast: boolean;
  /** This node's stable id (DMI UUID or permanent MAC unless given). */
  serviceId: string;
  /** Attributes grand matches nodes by. */
  roles: string[];
  attrs: Record<string, string>;
  hostname: string;
  /** What the announcing interfaces are worth in bit/s (the paper's C); 0: what /sys says. */
  linkCapacityBps: number;
  /** Lease asked for, and how often it is renewed. */
  leaseMs: number;
  renewMs: number;
  /** JSON list of the programs this node can run; undefined: none. */
  adaptorsFile?: string;
  /**
   * Where adaptors keep what must outlive the agent (run records, rendered configs,
   * logs), under `<stateDir>/<serviceId>/`: a restarted agent adopts the programs
   * its crashed predecessor left instead of colliding with them.
   */
  stateDir: string;
  /** NodeStatus sample (and telemetry) period. */
  sampleMs: number;
  logFormat: LogFormat;
}

/** The flags of `lama run` (and the keys of its config file). */
export const LAMA_FLAGS = {
  "key-file": { type: "string", multiple: true },
  interface: { type: "string", multiple: true },
  group: { type: "string" },
  "group-port": { type: "string" },
  grand: { type: "string", multiple: true },
  "no-multicast": { type: "boolean" },
  "service-id": { type: "string" },
  role: { type: "string", multiple: true },
  attr: { type: "string", multiple: true },
  hostname: { type: "string" },
  "link-capacity-bps": { type: "string" },
  "lease-ms": { type: "string" },
  "renew-ms": { type: "string" },
  "log-format": { type: "string" },
  adaptors: { type: "string" },
  "state-dir": { type: "string" },
  "sample-ms": { type: "string" },
  "controller-key": { type: "string", multiple: true },
  "controller-key-file": { type: "string", multiple: true },
} as const satisfies FlagSpec;

/** What a config builder reads from the machine; tests give fixed values. */
export interface LamaEnvironment {
  hostname: () => string;
  /** The id this machine would use (DMI product UUID, else a permanent MAC); undefined if it has neither. */
  machineServiceId: () => string | undefined;
  /** The state directory when none is given (default: defaultStateDir for this process). */
  stateDir?: () => string;
}

export const realLamaEnvironment: LamaEnvironment = {
  hostname: () => os.hostname(),
  machineServiceId: () => chooseServiceId(readMachineFacts()),
};

/**
 * The state directory when none is given: /var/lib/lama for root (the boot
 * images), else $XDG_STATE_HOME/lama, else ~/.local/state/lama.
 */
export function defaultStateDir(uid: number, env: Readonly<Record<string, string | undefined>>): string {
  if (uid === 0) return "/var/lib/lama";
  if (env.XDG_STATE_HOME?.startsWith("/")) return `${env.XDG_STATE_HOME}/lama`;
  if (env.HOME?.startsWith("/")) return `${env.HOME}/.local/state/lama`;
  return `/tmp/lama-state-${uid}`;
}

const realStateDir = (): string => defaultStateDir(process.getuid?.() ?? 0, process.env);

/** The service id: the one given (checked), else the machine's. */
export function resolveServiceId(given: string | undefined, env: LamaEnvironment = realLamaEnvironment): string {
  if (given !== undefined) {
    const err = checkServiceId(given);
    if (err) throw new UsageError(err);
    return given;
  }
  const id = env.machineServiceId();
  if (!id) throw new UsageError("this machine has no DMI product UUID and no permanent MAC address; give one with --service-id ID");
  return id;
}

/** Every default of the agent's config, in one place (the service id has none: it is the machine's). */
export function lamaDefaults(env: Pick<LamaEnvironment, "hostname" | "stateDir"> = realLamaEnvironment): Omit<LamaConfig, "serviceId"> {
  return {
    keyFiles: [],
    controllerKeys: [],
    controllerKeyFiles: [],
    interfaces: [],
    group: DEFAULT_GROUP,
    groupPort: DEFAULT_GROUP_PORT,
    grands: [],
    multicast: true,
    roles: [],
    attrs: {},
    hostname: env.hostname(),
    linkCapacityBps: 0,
    leaseMs: LEASE_MS,
    renewMs: RENEW_EVERY_MS,
    adaptorsFile: undefined,
    stateDir: (env.stateDir ?? realStateDir)(),
    sampleMs: DEFAULT_SAMPLE_PERIOD_MS,
    logFormat: "text",
  };
}

/** A config from defaults and what is given (a setting given as undefined keeps its default; `serviceId` is required: tests and tools name their nodes); checked. */
export function lamaConfig(given: Partial<LamaConfig> & Pick<LamaConfig, "serviceId">): LamaConfig {
  return checkLamaConfig(withDefaults(lamaDefaults(), given));
}

/** Rejects settings that contradict each other; returns them unchanged. */
export function checkLamaConfig<C extends Pick<LamaConfig, "multicast" | "grands" | "leaseMs" | "renewMs">>(c: C): C {
  if (!c.multicast && c.grands.length === 0) throw new UsageError("--no-multicast needs at least one --grand HOST:PORT, or grand can never be found");
  if (c.renewMs * 2 > c.leaseMs) throw new UsageError(`--renew-ms ${c.renewMs} must be at most half of --lease-ms ${c.leaseMs}, or one lost renewal expires the node`);
  return c;
}

/**
 * A config from `lama run` settings (flags and config file). Each value is
 * parsed and range-checked with the flag named in the error, then the whole is
 * checked for contradictions.
 */
export function lamaConfigFromSettings(values: Settings, env: LamaEnvironment = realLamaEnvironment): LamaConfig {
  const d = lamaDefaults(env);
  const str = (k: keyof typeof LAMA_FLAGS) => values[k] as string | undefined;
  const list = (k: keyof typeof LAMA_FLAGS) => (values[k] as string[] | undefined) ?? [];
  const logFormat = (str("log-format") ?? d.logFormat) as LogFormat;
  if (logFormat !== "text" && logFormat !== "json") throw new UsageError(`--log-format '${logFormat}' is not allowed; use text or json`);
  const group = str("group") !== undefined ? parseMulticastGroup(str("group")!) : d.group;
  const groupPort = parseIntSetting(str("group-port"), "--group-port", d.groupPort, 1, 65535);
  const grands = list("grand").map((g) => parseEndpoint(g, "--grand", DEFAULT_GRAND_PORT));
  const multicast = !values["no-multicast"];
  const leaseMs = parseIntSetting(str("lease-ms"), "--lease-ms", d.leaseMs, LEASE_LIMITS_MS.min, LEASE_LIMITS_MS.max);
  const renewMs = parseIntSetting(str("renew-ms"), "--renew-ms", d.renewMs, RENEW_LIMITS_MS.min, RENEW_LIMITS_MS.max);
  const attrs: Record<string, string> = {};
  for (const kv of list("attr")) {
    const i = kv.indexOf("=");
    if (i <= 0) throw new UsageError(`--attr '${kv}' must be KEY=VALUE`);
    attrs[kv.slice(0, i)] = kv.slice(i + 1);
  }
  const interfaces = list("interface").map((a) => parseIpv4(a, "--interface"));
  const controllerKeys = list("controller-key");
  for (const k of controllerKeys) {
    try {
      parseControllerPublic(k, `--controller-key '${k}'`);
    } catch (e) {
      throw e instanceof KeyError ? new UsageError(e.message) : e;
    }
  }
  const sampleMs = parseIntSetting(str("sample-ms"), "--sample-ms", d.sampleMs, SAMPLE_LIMITS_MS.min, SAMPLE_LIMITS_MS.max);
  const stateDir = str("state-dir") ?? d.stateDir;
  if (!stateDir.startsWith("/") || stateDir.split("/").includes("..")) throw new UsageError(`--state-dir '${stateDir}' must be an absolute path without '..'`);
  const linkCapacityBps = parseIntSetting(str("link-capacity-bps"), "--link-capacity-bps", d.linkCapacityBps, 0, Number.MAX_SAFE_INTEGER);
  // Contradictions first, so they are reported before the machine is asked for its id.
  checkLamaConfig({ grands, multicast, leaseMs, renewMs });
  const serviceId = resolveServiceId(str("service-id"), env);
  return {
    keyFiles: list("key-file"), controllerKeys, controllerKeyFiles: list("controller-key-file"), interfaces, group, groupPort, grands, multicast, serviceId, roles: list("role"), attrs,
    hostname: str("hostname") ?? d.hostname, linkCapacityBps, leaseMs, renewMs, adaptorsFile: str("adaptors"), stateDir, sampleMs, logFormat,
  };
}
