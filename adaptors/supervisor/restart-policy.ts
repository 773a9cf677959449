/**
 * When a supervised program ends on its own, should it be started again, and
 * after how long? Decided here, purely, from the policy, how it ended and how many
 * restarts fell within the window; the supervisor only carries the decision out.
 */

export type RestartMode = "never" | "on-failure" | "always";

export const RESTART_MODES: readonly RestartMode[] = ["never", "on-failure", "always"];

export interface RestartPolicy {
  /** never; on-failure (non-zero exit, killed by a signal, not ready); always (also after exit 0). */
  readonly mode: RestartMode;
  /** Restarts allowed within windowMs before giving up (the state becomes failed). */
  readonly maxRestarts: number;
  readonly windowMs: number;
  /** Delay before the first restart in a window; doubles per restart since, up to backoffMaxMs. */
  readonly backoffInitialMs: number;
  readonly backoffMaxMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  mode: "on-failure",
  maxRestarts: 5,
  windowMs: 60_000,
  backoffInitialMs: 500,
  backoffMaxMs: 30_000,
};

export type RestartDecision =
  | { readonly restart: true; readonly delayMs: number; /** 1-based, within the window. */ readonly attempt: number }
  | { readonly restart: false; readonly reason: string };

/** The restart times still inside the window ending at nowMs. */
export function recentRestarts(timesMs: readonly number[], nowMs: number, windowMs: number): number[] {
  return timesMs.filter((t) => t > nowMs - windowMs);
}

/** Decides about one unplanned end; recent = restarts within the window. */
export function decideRestart(policy: RestartPolicy, failed: boolean, recent: number): RestartDecision {
  if (policy.mode === "never") return { restart: false, reason: "restart policy is never" };
  if (policy.mode === "on-failure" && !failed) return { restart: false, reason: "ended cleanly; restart policy is on-failure" };
  if (recent >= policy.maxRestarts) {
    return { restart: false, reason: `gave up after ${recent} restarts within ${policy.windowMs} ms` };
  }
  const delayMs = Math.min(policy.backoffMaxMs, policy.backoffInitialMs * 2 ** recent);
  return { restart: true, delayMs, attempt: recent + 1 };
}
