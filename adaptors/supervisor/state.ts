/**
 * The supervisor's life cycle as data: every state, every event, and the one table
 * of which event moves which state where. The supervisor changes state only
 * through transition(), so an impossible move (a program "ready" that was never
 * started) is caught as a bug instead of quietly producing a wrong Status.
 *
 *   stopped   ──start──▶ starting ──ready──▶ running ──reload──▶ reloading ──ready──▶ running
 *   starting, running, reloading ──stop──▶ stopping ──down──▶ stopped
 *   starting, running, reloading, stopping ──fail──▶ failed
 *   running ──crash──▶ backoff ──start──▶ starting        (an unplanned exit, restarted later)
 *   failed  ──crash──▶ backoff                            (a restart that did not come up, retried)
 *   running ──end──▶ stopped                              (a clean exit, not restarted)
 *   failed, backoff, stopped ──clear──▶ stopped           (Stop with nothing running)
 *   failed  ──start──▶ starting
 *
 * Pure: no clock, no I/O. The table is pinned by state.test.ts.
 */
import type { AdaptorState } from "../adaptor.ts";

export type SupervisorState =
  /** Nothing runs, and nothing is about to. */
  | "stopped"
  /** Spawned (or about to be) and waiting for readiness. */
  | "starting"
  /** Ready; an exit now is unplanned and goes to the restart policy. */
  | "running"
  /** Running, with a new config being checked, applied and waited for. */
  | "reloading"
  /** Signalled to stop; waiting for the exit. */
  | "stopping"
  /** Ended unplanned; a restart is due after a delay. */
  | "backoff"
  /** Did not come up, or gave up restarting, or would not die. */
  | "failed";

export type SupervisorEvent =
  /** A launch begins (Start, Set, or a restart that fell due). */
  | "start"
  /** Readiness was reached. */
  | "ready"
  /** The launch or reload did not come up, the program would not die, or restarts are used up. */
  | "fail"
  /** SIGTERM was sent to the program. */
  | "stop"
  /** The program exited after being told to stop. */
  | "down"
  /** The program ended unplanned (or a restart failed) and is to be restarted after a delay. */
  | "crash"
  /** The program ended cleanly and unplanned, and is not to be restarted. */
  | "end"
  /** A reload of a new config begins. */
  | "reload"
  /** Stop with nothing running: forget a pending restart or a failure. */
  | "clear";

export const SUPERVISOR_STATES: readonly SupervisorState[] = ["stopped", "starting", "running", "reloading", "stopping", "backoff", "failed"];
export const SUPERVISOR_EVENTS: readonly SupervisorEvent[] = ["start", "ready", "fail", "stop", "down", "crash", "end", "reload", "clear"];

const TABLE: Readonly<Record<SupervisorState, Partial<Record<SupervisorEvent, SupervisorState>>>> = {
  stopped: { start: "starting", clear: "stopped" },
  starting: { ready: "running", fail: "failed", stop: "stopping" },
  running: { stop: "stopping", reload: "reloading", crash: "backoff", fail: "failed", end: "stopped" },
  reloading: { ready: "running", fail: "failed", stop: "stopping" },
  stopping: { down: "stopped", fail: "failed" },
  backoff: { start: "starting", clear: "stopped" },
  failed: { start: "starting", crash: "backoff", clear: "stopped" },
};

/** Where event leads from state; undefined when the move is not allowed. */
export function transition(from: SupervisorState, event: SupervisorEvent): SupervisorState | undefined {
  return TABLE[from][event];
}

/** Thrown for a move the table does not allow: a bug in the supervisor, not in the program. */
export class IllegalTransitionError extends Error {
  override readonly name = "IllegalTransitionError";
  constructor(
    readonly from: SupervisorState,
    readonly event: SupervisorEvent,
  ) {
    super(`internal error: the supervisor cannot take "${event}" in state ${from}`);
  }
}

/** The state as reported on the wire: a pending restart is starting, a reload is still running. */
export function adaptorState(s: SupervisorState): AdaptorState {
  switch (s) {
    case "backoff":
      return "starting";
    case "reloading":
      return "running";
    default:
      return s;
  }
}

/** Whether a program is, or is about to be, up: Start is then a no-op and Set applies. */
export function isActive(s: SupervisorState): boolean {
  return s === "starting" || s === "running" || s === "reloading" || s === "backoff";
}
