/**
 * The one small interface every adaptor implements: the paper's four LAMA methods
 * (Status, Start, Stop, Set) plus describe(), which declares the parameters.
 *
 * Contract for implementers:
 *   - validate parameters (validateParams) before anything runs;
 *   - throw only the typed errors of errors.ts, so every failure maps onto a wire
 *     ErrorKind and never takes the agent down;
 *   - Start on a running adaptor and Stop on a stopped one are harmless: they
 *     resolve with noOp = true and say so ("already running");
 *   - calls may overlap (several RPCs in flight): the adaptor serialises them;
 *   - status() is synchronous and cheap: it is read every Status call.
 */
import { pb, type lama } from "../proto/index.ts";
import type { ParamSpec } from "./params.ts";

/** Life-cycle state of a managed application, as reported in Status. */
export type AdaptorState = "stopped" | "starting" | "running" | "stopping" | "failed";

/** What describe() returns: enough to drive the adaptor without reading its code. */
export interface AdaptorDescription {
  readonly name: string;
  /** Which kind of adaptor ("process", "icecast", …). */
  readonly type: string;
  readonly description: string;
  readonly params: readonly ParamSpec[];
}

/** A snapshot of one adaptor, as returned by status(). */
export interface AdaptorStatusInfo {
  readonly name: string;
  readonly state: AdaptorState;
  /** The managed program's process id, when one runs. */
  readonly pid?: number;
  /** Unplanned restarts since the last Start. */
  readonly restarts: number;
  /** The parameters in force (canonical strings); the last ones used once stopped. */
  readonly params: Readonly<Record<string, string>>;
  /** One line for people: what it is doing or why it failed. */
  readonly detail: string;
}

/** The outcome of start/stop/set. */
export interface AdaptorResult {
  readonly status: AdaptorStatusInfo;
  /** Human-readable outcome ("started pid 1234", "already running"). */
  readonly message: string;
  /** True when the call changed nothing. */
  readonly noOp: boolean;
}

export interface Adaptor {
  readonly name: string;
  describe(): AdaptorDescription;
  status(): AdaptorStatusInfo;
  /** Validates params (defaults fill the gaps) and starts; no-op when already running. */
  start(params: Readonly<Record<string, string>>): Promise<AdaptorResult>;
  /** Stops; no-op when already stopped. */
  stop(): Promise<AdaptorResult>;
  /** Validates and applies changed parameters; no-op when nothing changes. */
  set(params: Readonly<Record<string, string>>): Promise<AdaptorResult>;
}

const STATE_TO_WIRE: Readonly<Record<AdaptorState, lama.v1.AdaptorState>> = {
  stopped: pb.AdaptorState.ADAPTOR_STOPPED,
  starting: pb.AdaptorState.ADAPTOR_STARTING,
  running: pb.AdaptorState.ADAPTOR_RUNNING,
  stopping: pb.AdaptorState.ADAPTOR_STOPPING,
  failed: pb.AdaptorState.ADAPTOR_FAILED,
};

/** The wire form of a status snapshot. */
export function toAdaptorStatus(s: AdaptorStatusInfo): lama.v1.IAdaptorStatus {
  return {
    name: s.name,
    state: STATE_TO_WIRE[s.state],
    params: { ...s.params },
    pid: s.pid ?? 0,
    restarts: s.restarts,
    detail: s.detail,
  };
}

/** The wire form of a start/stop/set outcome. */
export function toAdaptorReply(r: AdaptorResult): lama.v1.IAdaptorReply {
  return { status: toAdaptorStatus(r.status), message: r.message, noOp: r.noOp };
}
