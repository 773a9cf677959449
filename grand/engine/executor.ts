/**
 * The executor seam: carries out the allocator's actions in order. The live one
 * (a later issue) maps them onto Start / Stop / Set over the control channel; the
 * dry-run twin only writes down what it would do.
 */
import { describeAction, type Action } from "./actions.ts";

/** Carries out actions; the live one speaks RPC to the agents. */
export interface Executor {
  /** Carries out one action; rejects when it could not. */
  apply(action: Action): Promise<void>;
}

/** Applies actions one after the other, stopping at the first failure (later ones may depend on it). */
export async function executeAll(actions: readonly Action[], executor: Executor): Promise<void> {
  for (const a of actions) await executor.apply(a);
}

/** Executes nothing; records one line per action. */
export class DryRunExecutor implements Executor {
  readonly lines: string[] = [];

  async apply(action: Action): Promise<void> {
    this.lines.push(`would ${describeAction(action)}`);
  }
}
