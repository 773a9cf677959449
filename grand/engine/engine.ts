/**
 * The reallocation engine of one pool: the thin stateful shell around the pure
 * parts. Each monitoring period grand's reallocator (or the simulator) calls
 * tick() with the pool's node samples; the engine feeds the summed usage to the
 * policy's predictor, asks plan() for actions and remembers what it decided. It
 * neither sleeps nor reads a clock: time is the argument. In a dry run it reports the
 * actions but does not remember them, since nobody will carry them out.
 */
import type { Action } from "./actions.ts";
import { allocationView, plan, remember } from "./allocator.ts";
import { EMPTY_MEMORY, type Outlook, type PoolMemory } from "./decide/decision.ts";
import type { Policy } from "./policy.ts";
import { validatePoolConfig, type PoolConfig } from "./pool.ts";
import type { Predictor } from "./predict/predictor.ts";
import { sumTxBps, type NodeSample } from "./sample.ts";

/** The pool as grand sees it this period: its members' samples and the idle nodes it may add. */
export interface PoolView {
  /** Allocated nodes (ready or starting). */
  readonly members: readonly NodeSample[];
  /** Idle nodes of the pool's role, in order of preference. */
  readonly idle: readonly string[];
  /**
   * Released nodes still draining: no longer members, but the clients they still
   * serve are the pool's demand and come back to the members when the drain ends.
   * A policy whose predictor counts them (ours) adds their load; the paper's do not.
   */
  readonly draining?: readonly NodeSample[];
}

/** What one tick decided and saw. */
export interface TickResult {
  readonly actions: Action[];
  readonly outlook: Outlook;
  /** SUM_L observed this period (with the draining nodes' load for a policy that counts it), bps. */
  readonly observedBps: number;
}

/**
 * Whether plans are carried out: "live" carries them out; "dry-run" only reports
 * them (grand's `--reallocate`), so the engine does not remember them either.
 */
export type ReallocationMode = "dry-run" | "live";

/** How the engine runs. */
export interface EngineOptions {
  /** "live" unless given. */
  readonly mode?: ReallocationMode;
}

/** One pool's engine; tick() once per monitoring period, from one loop (it is not reentrant). */
export class ReallocationEngine {
  readonly config: PoolConfig;
  readonly policy: Policy;
  readonly mode: ReallocationMode;
  readonly #predictor: Predictor;
  #memory: PoolMemory = EMPTY_MEMORY;

  /** Throws PoolConfigError when the config is unsound. */
  constructor(config: PoolConfig, policy: Policy, options: EngineOptions = {}) {
    this.config = validatePoolConfig(config);
    this.policy = policy;
    this.mode = options.mode ?? "live";
    this.#predictor = policy.createPredictor(this.config);
  }

  /** One monitoring period at nowMs (must increase from call to call). */
  tick(view: PoolView, nowMs: number): TickResult {
    const drainingBps = this.policy.countsDraining ? sumTxBps(view.draining ?? []) : 0;
    const observedBps = sumTxBps(view.members) + drainingBps;
    // What the ready nodes (and the draining ones, while they last) can serve at most: near it the
    // measurement is a lower bound of demand.
    const ceilingBps = allocationView(view.members, this.config.nodeCapacityBps).readyCapacityBps * this.config.slaUtilisation + drainingBps;
    this.#predictor.observe(nowMs, observedBps, ceilingBps);
    const outlook = this.policy.outlook(this.#predictor, this.config);
    const actions = plan({ config: this.config, members: view.members, idle: view.idle, outlook, memory: this.#memory }, nowMs);
    if (this.mode === "live") this.#memory = remember(this.#memory, actions, nowMs);
    return { actions, outlook, observedBps };
  }

  get memory(): PoolMemory {
    return this.#memory;
  }
}
