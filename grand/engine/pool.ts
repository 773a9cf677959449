/**
 * One pool's reallocation settings: Algorithm 1 of the paper generalised to pools.
 * A pool is the set of nodes with one role that serve one service behind one
 * dispatcher. Settings are built from the named constants below and checked once
 * by `validatePoolConfig`; a contradiction is rejected with a message that names
 * the setting.
 */

/** The paper's node link: 100 Mbps. */
export const PAPER_NODE_CAPACITY_BPS = 100_000_000;
/** Above 98 % link utilisation icecast starts to drop connections (about 750 streams of 132 kbps). */
export const PAPER_SLA_UTILISATION = 0.98;
/** Algorithm 1's upper threshold ut: supplement when SUM > ut·TC. */
export const PAPER_UPPER_THRESHOLD = 0.9;
/** Algorithm 1's lower threshold lt: release when SUM < lt·(TC − C). */
export const PAPER_LOWER_THRESHOLD = 0.8;
/** The paper's monitoring period p. */
export const PAPER_PERIOD_MS = 2_000;
/** The paper's observed allocation overhead: a supplemented node serves within a minute. */
export const PAPER_LEAD_TIME_MS = 60_000;

/** Settings of our `horizon` decision rule (docs/policy.md explains each). */
export interface HorizonSettings {
  /** z of the one-sided upper bound mean + z·sd that must fit the allocated nodes. */
  readonly confidence: number;
  /** z of the (higher) upper bound that must fit the remaining nodes before a release: hysteresis in units of the forecast's own uncertainty. */
  readonly releaseConfidence: number;
  /** Supplement when the upper bound at the lead-time horizon would load the allocated nodes above this. */
  readonly supplementUtilisation: number;
  /** Release only while the upper bound stays below this on the remaining nodes over the whole horizon. */
  readonly releaseUtilisation: number;
  /** No release this soon after a supplement: a release undoing a fresh supplement is a reversal. */
  readonly holdMs: number;
}

/** One pool's reallocation settings; build from PAPER_POOL and check with validatePoolConfig. */
export interface PoolConfig {
  /** Pool name, used in actions and logs. */
  readonly name: string;
  /** Nodes registered with this role may be allocated to the pool. */
  readonly role: string;
  /** Adaptor that runs the pool's server on a node ("icecast"). */
  readonly adaptor: string;
  /** Server control parameters (S-CP) given to every supplemented node, e.g. RelayFrom. */
  readonly serverParams: Readonly<Record<string, string>>;
  /** Capacity C assumed for a node that reports no link capacity. */
  readonly nodeCapacityBps: number;
  /** A serving node loaded above this fraction of its capacity misses the SLA. */
  readonly slaUtilisation: number;
  /** Algorithm 1's ut. */
  readonly upperThreshold: number;
  /** Algorithm 1's lt. */
  readonly lowerThreshold: number;
  /** Never fewer allocated nodes than this (the paper: never below one). */
  readonly minNodes: number;
  /** Never more allocated nodes than this. */
  readonly maxNodes: number;
  /** Time from a supplement decision until the node serves (known to the policies that use it). */
  readonly leadTimeMs: number;
  /** After any action, no release for this long (0 = Algorithm 1 as published). Supplements are never held back. */
  readonly cooldownMs: number;
  /** Monitoring period p: how often the engine is ticked. */
  readonly periodMs: number;
  /** Drain time a released node is given before it is stopped. */
  readonly drainMs: number;
  readonly horizon: HorizonSettings;
}

/** Our rule's tuned defaults (see docs/policy.md for how they were chosen). */
export const HORIZON_DEFAULTS: HorizonSettings = {
  confidence: 2,
  releaseConfidence: 4,
  supplementUtilisation: 0.95,
  releaseUtilisation: 0.9,
  // Longer than the 60 s in which a release would count as undoing the supplement (a reversal).
  holdMs: 62_000,
};

/** The paper's audio-streaming pool: icecast relays behind one dispatcher. */
export const PAPER_POOL: PoolConfig = {
  name: "streaming",
  role: "streaming",
  adaptor: "icecast",
  serverParams: { RelayFrom: "http://source:8000/live" },
  nodeCapacityBps: PAPER_NODE_CAPACITY_BPS,
  slaUtilisation: PAPER_SLA_UTILISATION,
  upperThreshold: PAPER_UPPER_THRESHOLD,
  lowerThreshold: PAPER_LOWER_THRESHOLD,
  minNodes: 1,
  maxNodes: 64,
  leadTimeMs: PAPER_LEAD_TIME_MS,
  cooldownMs: 0,
  periodMs: PAPER_PERIOD_MS,
  drainMs: 10_000,
  horizon: HORIZON_DEFAULTS,
};

/** A pool setting that contradicts itself or is out of range. */
export class PoolConfigError extends Error {
  override name = "PoolConfigError";
}

/** Throws PoolConfigError naming the first bad setting; returns the config unchanged when it is sound. */
export function validatePoolConfig(c: PoolConfig): PoolConfig {
  const fail = (setting: string, value: unknown, allowed: string): never => {
    throw new PoolConfigError(`pool '${c.name}': ${setting} is ${String(value)}; ${allowed}`);
  };
  const fraction = (setting: string, v: number): void => {
    if (!(v > 0 && v <= 1)) fail(setting, v, "it must be a fraction in (0, 1]");
  };
  if (c.role === "") fail("role", "empty", "give the role whose nodes form the pool");
  if (!(c.nodeCapacityBps > 0)) fail("nodeCapacityBps", c.nodeCapacityBps, "it must be above 0");
  fraction("slaUtilisation", c.slaUtilisation);
  fraction("upperThreshold", c.upperThreshold);
  fraction("lowerThreshold", c.lowerThreshold);
  if (c.lowerThreshold > c.upperThreshold) {
    fail("lowerThreshold", c.lowerThreshold, `it must not exceed upperThreshold (${c.upperThreshold})`);
  }
  if (!Number.isInteger(c.minNodes) || c.minNodes < 1) fail("minNodes", c.minNodes, "it must be a whole number of at least 1");
  if (!Number.isInteger(c.maxNodes) || c.maxNodes < c.minNodes) {
    fail("maxNodes", c.maxNodes, `it must be a whole number of at least minNodes (${c.minNodes})`);
  }
  if (!(c.leadTimeMs >= 0)) fail("leadTimeMs", c.leadTimeMs, "it must be 0 or more");
  if (!(c.cooldownMs >= 0)) fail("cooldownMs", c.cooldownMs, "it must be 0 or more");
  if (!(c.periodMs > 0)) fail("periodMs", c.periodMs, "it must be above 0");
  if (!(c.drainMs >= 0)) fail("drainMs", c.drainMs, "it must be 0 or more");
  const h = c.horizon;
  if (!(h.confidence >= 0)) fail("horizon.confidence", h.confidence, "it must be 0 or more");
  if (!(h.releaseConfidence >= h.confidence)) {
    fail("horizon.releaseConfidence", h.releaseConfidence, `it must be at least horizon.confidence (${h.confidence})`);
  }
  fraction("horizon.supplementUtilisation", h.supplementUtilisation);
  fraction("horizon.releaseUtilisation", h.releaseUtilisation);
  if (h.releaseUtilisation > h.supplementUtilisation) {
    fail("horizon.releaseUtilisation", h.releaseUtilisation, `it must not exceed horizon.supplementUtilisation (${h.supplementUtilisation})`);
  }
  if (h.supplementUtilisation > c.slaUtilisation) {
    fail("horizon.supplementUtilisation", h.supplementUtilisation, `it must not exceed slaUtilisation (${c.slaUtilisation})`);
  }
  if (!(h.holdMs >= 0)) fail("horizon.holdMs", h.holdMs, "it must be 0 or more");
  return c;
}
