/**
 * Request/reply over a message channel: the control channel's `rpc` data channel
 * in production, an in-memory pair in tests.
 *
 * Each RpcRequest carries an id and a deadline; the client fails the call with
 * RpcTimeoutError when the deadline passes, and every pending call with
 * ChannelClosedError when the channel closes. The server answers every request
 * it can decode, turning handler errors into typed RpcError replies and handler
 * overruns into ERROR_TIMEOUT; a handler failure never escapes into the process.
 * Callbacks run on the event loop; handlers must not block it.
 */
import { pb, type lama } from "../../proto/index.ts";
import type { Clock } from "./clock.ts";
import type { DataChannel } from "./webrtc.ts";

/** A message channel: whole messages, in order (the rpc data channel is reliable and ordered). */
export interface Wire {
  /** Returns false when the channel cannot take the message (closed). */
  send(bytes: Uint8Array): boolean;
  onMessage(cb: (bytes: Uint8Array) => void): void;
  onClose(cb: () => void): void;
  close(): void;
  readonly open: boolean;
}

interface MemoryEnd {
  open: boolean;
  msg: ((b: Uint8Array) => void)[];
  close: (() => void)[];
  peer?: MemoryEnd;
}

/** Two connected in-memory wires; delivery is asynchronous like a real channel. */
export function memoryWirePair(): [Wire, Wire] {
  const a: MemoryEnd = { open: true, msg: [], close: [] };
  const b: MemoryEnd = { open: true, msg: [], close: [], peer: a };
  a.peer = b;
  const wire = (st: MemoryEnd): Wire => ({
    get open() {
      return st.open;
    },
    send(bytes) {
      if (!st.open) return false;
      const copy = bytes.slice();
      queueMicrotask(() => {
        if (st.peer!.open) for (const cb of st.peer!.msg) cb(copy);
      });
      return true;
    },
    onMessage: (cb) => void st.msg.push(cb),
    onClose: (cb) => void st.close.push(cb),
    close() {
      for (const end of [st, st.peer!]) {
        if (!end.open) continue;
        end.open = false;
        queueMicrotask(() => end.close.forEach((cb) => cb()));
      }
    },
  });
  return [wire(a), wire(b)];
}

/** Wraps a node-datachannel DataChannel as a Wire. */
export function dataChannelWire(dc: DataChannel): Wire {
  let open = dc.isOpen();
  let ended = false;
  const closeCbs: (() => void)[] = [];
  // Idempotent: a second close finds no callbacks left to run.
  const closed = () => {
    ended = true;
    open = false;
    for (const cb of closeCbs.splice(0)) cb();
  };
  dc.onOpen(() => {
    if (!ended) open = true;
  });
  dc.onClosed(closed);
  dc.onError(closed);
  return {
    get open() {
      return open;
    },
    send(bytes) {
      if (!open) return false;
      try {
        return dc.sendMessageBinary(bytes);
      } catch {
        closed();
        return false;
      }
    },
    onMessage(cb) {
      dc.onMessage((m) => {
        if (typeof m === "string") return; // we only send binary
        cb(m instanceof ArrayBuffer ? new Uint8Array(m) : new Uint8Array(m.buffer, m.byteOffset, m.byteLength));
      });
    },
    onClose(cb) {
      // A listener that comes after the end is told at once, as it would have been.
      if (ended) queueMicrotask(cb);
      else closeCbs.push(cb);
    },
    close() {
      try {
        dc.close();
      } catch {}
      closed();
    },
  };
}

/** The far side answered with an error; `kind` is the typed reason. */
export class RemoteRpcError extends Error {
  override name = "RemoteRpcError";
  constructor(readonly error: lama.v1.IRpcError) {
    super(error.message || `remote error ${pb.ErrorKind[error.kind ?? 0]}`);
  }
  get kind(): string {
    return pb.ErrorKind[this.error.kind ?? 0] ?? "ERROR_UNSPECIFIED";
  }
}

/** No reply before the deadline. */
export class RpcTimeoutError extends Error {
  override name = "RpcTimeoutError";
}

/** The channel closed while the call was pending (or before it was made). */
export class ChannelClosedError extends Error {
  override name = "ChannelClosedError";
}

export type RpcMethod = Pick<lama.v1.IRpcRequest, "status" | "start" | "stop" | "set">;
export type RpcResult = Pick<lama.v1.IRpcReply, "status" | "adaptor">;

export class RpcClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: lama.v1.RpcReply) => void; reject: (e: Error) => void; timer: unknown }>();
  readonly stats = { calls: 0, timeouts: 0, badReplies: 0, lateReplies: 0 };

  constructor(private readonly wire: Wire, private readonly clock: Clock) {
    wire.onMessage((bytes) => this.receive(bytes));
    wire.onClose(() => this.failAll(new ChannelClosedError("control channel closed")));
  }

  /** Calls a method; resolves with the reply, rejects with RemoteRpcError / RpcTimeoutError / ChannelClosedError. */
  call(method: RpcMethod, deadlineMs: number): Promise<lama.v1.RpcReply> {
    const id = this.nextId;
    this.nextId = (this.nextId % 0xffff_fffe) + 1;
    this.stats.calls++;
    return new Promise((resolve, reject) => {
      if (!this.wire.open) return reject(new ChannelClosedError("control channel is not open"));
      const timer = this.clock.setTimeout(() => {
        this.pending.delete(id);
        this.stats.timeouts++;
        reject(new RpcTimeoutError(`no reply within ${deadlineMs} ms`));
      }, deadlineMs);
      this.pending.set(id, { resolve, reject, timer });
      if (!this.wire.send(pb.RpcRequest.encode({ ...method, id, deadlineMs }).finish())) {
        this.clock.clearTimeout(timer as never);
        this.pending.delete(id);
        reject(new ChannelClosedError("control channel closed while sending"));
      }
    });
  }

  get inFlight(): number {
    return this.pending.size;
  }

  private receive(bytes: Uint8Array): void {
    let reply: lama.v1.RpcReply;
    try {
      reply = pb.RpcReply.decode(bytes);
    } catch {
      this.stats.badReplies++;
      return;
    }
    const p = this.pending.get(reply.id);
    if (!p) {
      this.stats.lateReplies++;
      return;
    }
    this.pending.delete(reply.id);
    this.clock.clearTimeout(p.timer as never);
    if (reply.result === "error") p.reject(new RemoteRpcError(reply.error!));
    else p.resolve(reply);
  }

  private failAll(e: Error): void {
    for (const [id, p] of this.pending) {
      this.clock.clearTimeout(p.timer as never);
      this.pending.delete(id);
      p.reject(e);
    }
  }
}

/** Handles one request; throws to answer with an error (mapped by toError). */
export type RpcHandler = (req: lama.v1.RpcRequest) => Promise<RpcResult>;

/** Largest deadline a server honours; longer requests are cut to this. */
export const MAX_DEADLINE_MS = 120_000;

export class RpcServer {
  readonly stats = { requests: 0, errors: 0, timeouts: 0, undecodable: 0 };

  constructor(
    private readonly wire: Wire,
    private readonly handler: RpcHandler,
    private readonly clock: Clock,
    private readonly toError: (e: unknown) => lama.v1.IRpcError,
  ) {
    wire.onMessage((bytes) => void this.receive(bytes));
  }

  private async receive(bytes: Uint8Array): Promise<void> {
    let req: lama.v1.RpcRequest;
    try {
      req = pb.RpcRequest.decode(bytes);
    } catch {
      this.stats.undecodable++;
      return;
    }
    this.stats.requests++;
    if (!req.method) {
      this.stats.errors++;
      this.reply({ id: req.id, error: { kind: pb.ErrorKind.ERROR_BAD_REQUEST, message: "request has no method this agent knows" } });
      return;
    }
    const deadline = Math.min(MAX_DEADLINE_MS, req.deadlineMs || MAX_DEADLINE_MS);
    let timer: unknown;
    const overrun = new Promise<never>((_, reject) => {
      timer = this.clock.setTimeout(() => reject(new DeadlineExceeded()), deadline);
    });
    try {
      const result = await Promise.race([this.handler(req), overrun]);
      this.reply({ id: req.id, ...result });
    } catch (e) {
      this.stats.errors++;
      if (e instanceof DeadlineExceeded) {
        this.stats.timeouts++;
        this.reply({ id: req.id, error: { kind: pb.ErrorKind.ERROR_TIMEOUT, message: `not done within the ${deadline} ms deadline` } });
      } else {
        this.reply({ id: req.id, error: this.toError(e) });
      }
    } finally {
      this.clock.clearTimeout(timer as never);
    }
  }

  private reply(r: lama.v1.IRpcReply): void {
    this.wire.send(pb.RpcReply.encode(r).finish());
  }
}

/** The handler overran the request's deadline (answered as ERROR_TIMEOUT, never shown as is). */
class DeadlineExceeded extends Error {}
