/**
 * `grand serve --pools FILE`: the pools grand reallocates, as a JSON array. Each
 * entry starts from the paper's pool (grand/engine PAPER_POOL) and overrides what
 * it names; `horizon` overrides single settings of the horizon rule and keeps the
 * defaults of the rest. Parsing takes text, and every mistake is a
 * PoolConfigError naming the entry and setting (docs/policy.md lists them).
 *
 *   [{"name": "web", "role": "web", "adaptor": "web", "policy": "horizon",
 *     "serverParams": {"port": "8080"}, "nodeCapacityBps": 100000000,
 *     "minNodes": 1, "maxNodes": 4, "leadTimeMs": 5000, "cooldownMs": 10000,
 *     "horizon": {"releaseConfidence": 3, "holdMs": 30000},
 *     "dispatcher": {"role": "web-dispatcher", "adaptor": "dispatcher"}}]
 *
 * `dispatcher` names the node(s) running the pool's dispatcher — by role or by
 * service id — and their haproxy-dispatcher adaptor; backends are listed on
 * `backendPort`, by default the pool's `serverParams.port`. A server parameter
 * may name another pool of the file as `{pool:NAME}` (grand/dispatch.ts).
 */
import {
  isPolicyName,
  PAPER_POOL,
  POLICIES,
  POLICY_NAMES,
  PoolConfigError,
  validatePoolConfig,
  type HorizonSettings,
  type Policy,
  type PoolConfig,
} from "./engine/index.ts";
import { referencedPools } from "./dispatch.ts";

/** Where a pool's dispatcher runs and how its backends are reached. */
export interface DispatcherSpec {
  /** Every node with this role that runs `adaptor` gets the list (absent when `serviceId` is given). */
  readonly role?: string;
  /** The one node that runs the dispatcher (absent when `role` is given). */
  readonly serviceId?: string;
  /** The node's haproxy-dispatcher adaptor, Set with `backends`. */
  readonly adaptor: string;
  /** The port the pool's servers listen on. */
  readonly backendPort: number;
}

/** One pool to reallocate: its validated settings and the policy that decides for it. */
export interface PoolSpec {
  config: PoolConfig;
  policy: Policy;
  /** The pool's dispatcher; absent: dispatch actions are only reported. */
  dispatcher?: DispatcherSpec;
}

const DISPATCHER_FIELDS = ["role", "serviceId", "adaptor", "backendPort"];

const NUMBER_FIELDS = [
  "nodeCapacityBps", "slaUtilisation", "upperThreshold", "lowerThreshold", "minNodes", "maxNodes", "leadTimeMs", "cooldownMs", "periodMs", "drainMs",
] as const;
const FIELDS = new Set<string>(["name", "role", "adaptor", "policy", "serverParams", ...NUMBER_FIELDS, "horizon", "dispatcher"]);
const HORIZON_FIELDS = Object.keys(PAPER_POOL.horizon) as (keyof HorizonSettings)[];

/** Parses the pools file's text; `source` names it in errors. Throws PoolConfigError. */
export function parsePoolsConfig(text: string, source = "pools config"): PoolSpec[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new PoolConfigError(`${source} is not JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(raw) || raw.length === 0) throw new PoolConfigError(`${source} must be a non-empty JSON array of pools`);
  const names = new Set<string>();
  const specs = raw.map((entry, i) => {
    const where = `${source} entry ${i + 1}`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) throw new PoolConfigError(`${where} must be an object`);
    const e = entry as Record<string, unknown>;
    for (const k of Object.keys(e)) {
      if (!FIELDS.has(k)) throw new PoolConfigError(`${where}: unknown setting '${k}'; allowed: ${[...FIELDS].join(", ")}`);
    }
    for (const k of ["name", "role", "adaptor"] as const) {
      if (typeof e[k] !== "string" || e[k] === "") throw new PoolConfigError(`${where}: '${k}' must be a non-empty string`);
    }
    const name = e.name as string;
    if (names.has(name)) throw new PoolConfigError(`${where}: pool name '${name}' is used twice`);
    names.add(name);
    const policyName = e.policy ?? "horizon";
    if (typeof policyName !== "string" || !isPolicyName(policyName)) {
      throw new PoolConfigError(`${where}: policy '${String(policyName)}' is not one of ${POLICY_NAMES.join(", ")}`);
    }
    const serverParams = e.serverParams ?? {};
    if (typeof serverParams !== "object" || serverParams === null || Array.isArray(serverParams) || Object.values(serverParams).some((v) => typeof v !== "string")) {
      throw new PoolConfigError(`${where}: 'serverParams' must be an object of strings, like {"port": "8080"}`);
    }
    const numbers: Partial<Record<(typeof NUMBER_FIELDS)[number], number>> = {};
    for (const k of NUMBER_FIELDS) {
      if (e[k] === undefined) continue;
      if (typeof e[k] !== "number" || !Number.isFinite(e[k])) throw new PoolConfigError(`${where}: '${k}' must be a number`);
      numbers[k] = e[k] as number;
    }
    const horizon = parseHorizon(e.horizon, where);
    const config: PoolConfig = {
      ...PAPER_POOL, ...numbers, name, role: e.role as string, adaptor: e.adaptor as string, serverParams: serverParams as Record<string, string>, horizon,
    };
    let spec: PoolSpec;
    try {
      spec = { config: validatePoolConfig(config), policy: POLICIES[policyName] };
    } catch (err) {
      throw new PoolConfigError(`${where}: ${(err as Error).message}`);
    }
    if (e.dispatcher !== undefined) spec.dispatcher = parseDispatcher(e.dispatcher, config.serverParams, where);
    return spec;
  });
  // References are checked once every name is known: a pool may name one listed after it.
  specs.forEach((spec, i) => {
    for (const ref of referencedPools(spec.config.serverParams)) {
      if (!names.has(ref)) {
        throw new PoolConfigError(`${source} entry ${i + 1}: serverParams refers to {pool:${ref}}, but no pool is named '${ref}'; name one of ${[...names].join(", ")}`);
      }
      if (ref === spec.config.name) throw new PoolConfigError(`${source} entry ${i + 1}: serverParams refers to its own pool {pool:${ref}}; name another pool`);
    }
  });
  return specs;
}

/** The entry's `dispatcher`: a role or a service id, the adaptor, and the backends' port. */
function parseDispatcher(value: unknown, serverParams: Readonly<Record<string, string>>, where: string): DispatcherSpec {
  const example = `like {"role": "dispatcher", "adaptor": "dispatcher"}`;
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new PoolConfigError(`${where}: 'dispatcher' must be an object, ${example}`);
  const d = value as Record<string, unknown>;
  for (const k of Object.keys(d)) {
    if (!DISPATCHER_FIELDS.includes(k)) throw new PoolConfigError(`${where}: unknown setting 'dispatcher.${k}'; allowed: ${DISPATCHER_FIELDS.map((f) => `dispatcher.${f}`).join(", ")}`);
  }
  for (const k of ["role", "serviceId", "adaptor"]) {
    if (d[k] !== undefined && (typeof d[k] !== "string" || d[k] === "")) throw new PoolConfigError(`${where}: 'dispatcher.${k}' must be a non-empty string`);
  }
  if ((d.role === undefined) === (d.serviceId === undefined)) {
    throw new PoolConfigError(`${where}: 'dispatcher' needs exactly one of 'role' (every node of that role) or 'serviceId' (one node), ${example}`);
  }
  if (d.adaptor === undefined) throw new PoolConfigError(`${where}: 'dispatcher.adaptor' is missing: name the dispatcher node's haproxy-dispatcher adaptor, ${example}`);
  const port = d.backendPort ?? (serverParams.port !== undefined ? Number(serverParams.port) : undefined);
  if (port === undefined) throw new PoolConfigError(`${where}: 'dispatcher.backendPort' is missing and serverParams has no 'port'; give the port the pool's servers listen on`);
  if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new PoolConfigError(`${where}: 'dispatcher.backendPort' is ${JSON.stringify(d.backendPort ?? serverParams.port)}; it must be a TCP port, 1 to 65535`);
  }
  return { ...(d.role !== undefined ? { role: d.role as string } : { serviceId: d.serviceId as string }), adaptor: d.adaptor as string, backendPort: port };
}

/** The entry's `horizon` object over the rule's defaults; each setting is optional. */
function parseHorizon(value: unknown, where: string): HorizonSettings {
  if (value === undefined) return PAPER_POOL.horizon;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new PoolConfigError(`${where}: 'horizon' must be an object of numbers, like {"releaseConfidence": 3}`);
  }
  const given = value as Record<string, unknown>;
  const settings: Partial<Record<keyof HorizonSettings, number>> = {};
  for (const k of Object.keys(given)) {
    if (!(HORIZON_FIELDS as string[]).includes(k)) {
      throw new PoolConfigError(`${where}: unknown setting 'horizon.${k}'; allowed: ${HORIZON_FIELDS.map((f) => `horizon.${f}`).join(", ")}`);
    }
    const v = given[k];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new PoolConfigError(`${where}: 'horizon.${k}' must be a number`);
    settings[k as keyof HorizonSettings] = v;
  }
  return { ...PAPER_POOL.horizon, ...settings };
}
