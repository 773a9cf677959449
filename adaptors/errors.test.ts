import { expect, test } from "bun:test";
import { pb } from "../proto/index.ts";
import { toAdaptorReply, toAdaptorStatus, type AdaptorState } from "./adaptor.ts";
import {
  AdaptorFailureError,
  AdaptorTimeoutError,
  BadRequestError,
  InvalidParameterError,
  UnknownAdaptorError,
  toRpcError,
} from "./errors.ts";

test.each<[string, unknown, object]>([
  [
    "unknown adaptor",
    new UnknownAdaptorError("icecast", ["web", "db"]),
    { kind: pb.ErrorKind.ERROR_UNKNOWN_ADAPTOR, message: 'unknown adaptor "icecast"; this node has: web, db' },
  ],
  [
    "unknown adaptor on a node without adaptors",
    new UnknownAdaptorError("web", []),
    { kind: pb.ErrorKind.ERROR_UNKNOWN_ADAPTOR, message: 'unknown adaptor "web"; this node has no adaptors configured (see lama run --adaptors FILE)' },
  ],
  [
    "invalid parameter",
    new InvalidParameterError("port", "a port number from 1 to 65535", 'parameter "port": "x" is not a whole number'),
    {
      kind: pb.ErrorKind.ERROR_INVALID_PARAMETER,
      message: 'parameter "port": "x" is not a whole number',
      parameter: "port",
      allowed: "a port number from 1 to 65535",
    },
  ],
  [
    "adaptor failure",
    new AdaptorFailureError("web exited with code 2 before it was ready", "bind: address in use\n"),
    { kind: pb.ErrorKind.ERROR_ADAPTOR_FAILURE, message: "web exited with code 2 before it was ready", outputTail: "bind: address in use\n" },
  ],
  [
    "timeout",
    new AdaptorTimeoutError("web was not ready within 100 ms", "starting…\n"),
    { kind: pb.ErrorKind.ERROR_TIMEOUT, message: "web was not ready within 100 ms", outputTail: "starting…\n" },
  ],
  ["bad request", new BadRequestError("no adaptor named"), { kind: pb.ErrorKind.ERROR_BAD_REQUEST, message: "no adaptor named" }],
  ["a plain Error", new TypeError("x is undefined"), { kind: pb.ErrorKind.ERROR_UNSPECIFIED, message: "internal error: x is undefined" }],
  ["a thrown string", "boom", { kind: pb.ErrorKind.ERROR_UNSPECIFIED, message: "internal error: boom" }],
  ["undefined", undefined, { kind: pb.ErrorKind.ERROR_UNSPECIFIED, message: "internal error: undefined" }],
])("toRpcError: %s", (_, e, want) => {
  expect(toRpcError(e)).toEqual(want);
});

test("every mapped error survives the wire", () => {
  const wire = toRpcError(new InvalidParameterError("port", "a port", "bad port"));
  const back = pb.RpcError.decode(pb.RpcError.encode(pb.RpcError.create(wire)).finish());
  expect(back.kind).toBe(pb.ErrorKind.ERROR_INVALID_PARAMETER);
  expect(back.parameter).toBe("port");
  expect(back.allowed).toBe("a port");
});

test("each error class carries its own kind and name", () => {
  expect(new UnknownAdaptorError("a", []).kind).toBe(pb.ErrorKind.ERROR_UNKNOWN_ADAPTOR);
  expect(new InvalidParameterError("p", "x").message).toBe('parameter "p" is not valid; allowed: x');
  expect(new AdaptorFailureError("m").outputTail).toBe("");
  expect(new AdaptorTimeoutError("m").name).toBe("AdaptorTimeoutError");
  expect(new AdaptorFailureError("m")).toBeInstanceOf(Error);
});

test.each<[AdaptorState, number]>([
  ["stopped", pb.AdaptorState.ADAPTOR_STOPPED],
  ["starting", pb.AdaptorState.ADAPTOR_STARTING],
  ["running", pb.AdaptorState.ADAPTOR_RUNNING],
  ["stopping", pb.AdaptorState.ADAPTOR_STOPPING],
  ["failed", pb.AdaptorState.ADAPTOR_FAILED],
])("toAdaptorStatus maps state %s", (state, wire) => {
  expect(toAdaptorStatus({ name: "web", state, restarts: 0, params: {}, detail: "" }).state).toBe(wire);
});

test("toAdaptorStatus and toAdaptorReply carry every field and encode", () => {
  const status = { name: "web", state: "running" as const, pid: 4242, restarts: 2, params: { port: "8000" }, detail: "running since …" };
  expect(toAdaptorStatus(status)).toEqual({
    name: "web",
    state: pb.AdaptorState.ADAPTOR_RUNNING,
    params: { port: "8000" },
    pid: 4242,
    restarts: 2,
    detail: "running since …",
  });
  expect(toAdaptorStatus({ ...status, pid: undefined }).pid).toBe(0);
  const reply = toAdaptorReply({ status, message: "already running (pid 4242)", noOp: true });
  const back = pb.AdaptorReply.decode(pb.AdaptorReply.encode(pb.AdaptorReply.create(reply)).finish());
  expect(back.noOp).toBe(true);
  expect(back.message).toBe("already running (pid 4242)");
  expect(back.status?.params).toEqual({ port: "8000" });
  expect(back.status?.pid).toBe(4242);
});

test.each<[string, AdaptorFailureError | AdaptorTimeoutError]>([
  ["a failure", new AdaptorFailureError("old", "tail\n")],
  ["a timeout", new AdaptorTimeoutError("old", "tail\n")],
])("withMessage keeps the kind and the output tail of %s", (_, e) => {
  const again = e.withMessage("new");
  expect(again.constructor).toBe(e.constructor);
  expect(toRpcError(again)).toEqual({ kind: e.kind, message: "new", outputTail: "tail\n" });
});
