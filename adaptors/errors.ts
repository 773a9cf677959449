/**
 * The typed errors of the four methods, one class per lama.v1.ErrorKind.
 *
 * Adaptors throw these and nothing else on purpose; toRpcError() turns any thrown
 * value into the wire's RpcError, so an unexpected exception becomes a reply, never
 * a crash of the agent. Messages say what was wrong, what is allowed and what to do.
 */
import { pb, type lama } from "../proto/index.ts";

/** Base class of every error an adaptor call may throw on purpose. */
export abstract class AdaptorError extends Error {
  /** The wire kind this error maps onto. */
  abstract readonly kind: lama.v1.ErrorKind;
}

/** The request named an adaptor this agent does not have. */
export class UnknownAdaptorError extends AdaptorError {
  override readonly name = "UnknownAdaptorError";
  readonly kind = pb.ErrorKind.ERROR_UNKNOWN_ADAPTOR;

  constructor(
    readonly adaptor: string,
    readonly known: readonly string[],
  ) {
    super(
      `unknown adaptor ${JSON.stringify(adaptor)}; ` +
        (known.length ? `this node has: ${known.join(", ")}` : "this node has no adaptors configured (see lama run --adaptors FILE)"),
    );
  }
}

/** A parameter is unknown, missing or not an allowed value. */
export class InvalidParameterError extends AdaptorError {
  override readonly name = "InvalidParameterError";
  readonly kind = pb.ErrorKind.ERROR_INVALID_PARAMETER;

  constructor(
    /** The parameter at fault. */
    readonly parameter: string,
    /** What is allowed, for people ("a port number from 1 to 65535"). */
    readonly allowed: string,
    message?: string,
  ) {
    super(message ?? `parameter ${JSON.stringify(parameter)} is not valid; allowed: ${allowed}`);
  }
}

/**
 * Something went wrong with the managed program itself. The two kinds below differ
 * only in their wire kind; both carry the tail of the program's output.
 */
export abstract class ProgramError extends AdaptorError {
  constructor(
    message: string,
    /** The last lines of the program's output, "" when there is none. */
    readonly outputTail = "",
  ) {
    super(message);
  }

  /** The same kind of error, and the same output tail, with a new message. */
  withMessage(message: string): ProgramError {
    const Kind = this.constructor as new (message: string, outputTail: string) => ProgramError;
    return new Kind(message, this.outputTail);
  }
}

/** The managed program failed: could not be spawned, exited early, or did not come back. */
export class AdaptorFailureError extends ProgramError {
  override readonly name = "AdaptorFailureError";
  readonly kind = pb.ErrorKind.ERROR_ADAPTOR_FAILURE;
}

/** The program did not reach the wanted state in time (not ready, would not die). */
export class AdaptorTimeoutError extends ProgramError {
  override readonly name = "AdaptorTimeoutError";
  readonly kind = pb.ErrorKind.ERROR_TIMEOUT;
}

/** The request itself is malformed (no adaptor named, no method set). */
export class BadRequestError extends AdaptorError {
  override readonly name = "BadRequestError";
  readonly kind = pb.ErrorKind.ERROR_BAD_REQUEST;
}

/** Maps any thrown value onto the wire error; never throws. */
export function toRpcError(e: unknown): lama.v1.IRpcError {
  if (e instanceof InvalidParameterError) {
    return { kind: e.kind, message: e.message, parameter: e.parameter, allowed: e.allowed };
  }
  if (e instanceof ProgramError) {
    return { kind: e.kind, message: e.message, outputTail: e.outputTail };
  }
  if (e instanceof AdaptorError) return { kind: e.kind, message: e.message };
  // Anything else is a bug in an adaptor or in the dispatcher: report it, typed as such.
  const message = e instanceof Error ? e.message : String(e);
  return { kind: pb.ErrorKind.ERROR_UNSPECIFIED, message: `internal error: ${message}` };
}
