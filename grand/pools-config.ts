/**
 * `grand serve --pools FILE`: the pools grand reallocates, as a JSON array. Each
 * entry starts from the paper's pool (grand/engine PAPER_POOL) and overrides what
 * it names; parsing takes text, and every mistake names the entry and setting.
 *
 *   [{"name": "web", "role": "web", "adaptor": "web", "policy": "horizon",
 *     "serverParams": {"port": "8080"}, "nodeCapacityBps": 100000000,
 *     "minNodes": 1, "maxNodes": 4, "leadTimeMs": 5000, "cooldownMs": 10000}]
 */
import { isPolicyName, PAPER_POOL, POLICIES, POLICY_NAMES, validatePoolConfig, type Policy, type PoolConfig } from "./engine/index.ts";

export interface PoolSpec {
  config: PoolConfig;
  policy: Policy;
}

/** A pools file that cannot be used. */
export class PoolsConfigError extends Error {
  override name = "PoolsConfigError";
}

const NUMBER_FIELDS = [
  "nodeCapacityBps", "slaUtilisation", "upperThreshold", "lowerThreshold", "minNodes", "maxNodes", "leadTimeMs", "cooldownMs", "periodMs", "drainMs",
] as const;
const FIELDS = new Set<string>(["name", "role", "adaptor", "policy", "serverParams", ...NUMBER_FIELDS]);

export function parsePoolsConfig(text: string, source = "pools config"): PoolSpec[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new PoolsConfigError(`${source} is not JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(raw) || raw.length === 0) throw new PoolsConfigError(`${source} must be a non-empty JSON array of pools`);
  const names = new Set<string>();
  return raw.map((entry, i) => {
    const where = `${source} entry ${i + 1}`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) throw new PoolsConfigError(`${where} must be an object`);
    const e = entry as Record<string, unknown>;
    for (const k of Object.keys(e)) {
      if (!FIELDS.has(k)) throw new PoolsConfigError(`${where}: unknown setting '${k}'; allowed: ${[...FIELDS].join(", ")}`);
    }
    for (const k of ["name", "role", "adaptor"] as const) {
      if (typeof e[k] !== "string" || e[k] === "") throw new PoolsConfigError(`${where}: '${k}' must be a non-empty string`);
    }
    const name = e.name as string;
    if (names.has(name)) throw new PoolsConfigError(`${where}: pool name '${name}' is used twice`);
    names.add(name);
    const policyName = e.policy ?? "horizon";
    if (typeof policyName !== "string" || !isPolicyName(policyName)) {
      throw new PoolsConfigError(`${where}: policy '${String(policyName)}' is not one of ${POLICY_NAMES.join(", ")}`);
    }
    const serverParams = e.serverParams ?? {};
    if (typeof serverParams !== "object" || serverParams === null || Array.isArray(serverParams) || Object.values(serverParams).some((v) => typeof v !== "string")) {
      throw new PoolsConfigError(`${where}: 'serverParams' must be an object of strings, like {"port": "8080"}`);
    }
    const numbers: Partial<Record<(typeof NUMBER_FIELDS)[number], number>> = {};
    for (const k of NUMBER_FIELDS) {
      if (e[k] === undefined) continue;
      if (typeof e[k] !== "number" || !Number.isFinite(e[k])) throw new PoolsConfigError(`${where}: '${k}' must be a number`);
      numbers[k] = e[k] as number;
    }
    const config: PoolConfig = { ...PAPER_POOL, ...numbers, name, role: e.role as string, adaptor: e.adaptor as string, serverParams: serverParams as Record<string, string> };
    try {
      return { config: validatePoolConfig(config), policy: POLICIES[policyName] };
    } catch (err) {
      throw new PoolsConfigError(`${where}: ${(err as Error).message}`);
    }
  });
}
