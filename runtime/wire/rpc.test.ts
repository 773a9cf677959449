import { describe, expect, test } from "bun:test";
import { pb } from "../../proto/index.ts";
import { FakeClock } from "./clock.ts";
import { ChannelClosedError, dataChannelWire, memoryWirePair, RemoteRpcError, RpcClient, RpcServer, RpcTimeoutError, type RpcHandler, type Wire } from "./rpc.ts";
import type { DataChannel } from "./webrtc.ts";

const flush = () => new Promise<void>((r) => setImmediate(r));
const toError = (e: unknown) => ({ kind: pb.ErrorKind.ERROR_ADAPTOR_FAILURE, message: (e as Error).message, outputTail: "tail" });

function setup(handler: RpcHandler) {
  const clock = new FakeClock();
  const [a, b] = memoryWirePair();
  const client = new RpcClient(a, clock);
  const server = new RpcServer(b, handler, clock, toError);
  return { clock, client, server, a, b };
}

test("a call gets the reply to its own request id", async () => {
  const { client } = setup(async (req) => {
    if (req.method === "status") return { status: { node: { serviceId: "n1" } } };
    return { adaptor: { message: `${req.method} ${req.start?.adaptor ?? req.stop?.adaptor}` } };
  });
  const [s, t] = await Promise.all([client.call({ status: {} }, 1000), client.call({ start: { adaptor: "web", params: { port: "80" } } }, 1000)]);
  expect(s.status?.node?.serviceId).toBe("n1");
  expect(t.adaptor?.message).toBe("start web");
  expect(client.inFlight).toBe(0);
});

test("handler errors come back typed, and the server keeps serving", async () => {
  let n = 0;
  const { client, server } = setup(async () => {
    if (n++ === 0) throw new Error("boom");
    return { adaptor: { message: "ok" } };
  });
  const err = await client.call({ stop: { adaptor: "x" } }, 1000).catch((e) => e);
  expect(err).toBeInstanceOf(RemoteRpcError);
  expect((err as RemoteRpcError).kind).toBe("ERROR_ADAPTOR_FAILURE");
  expect((err as RemoteRpcError).error.outputTail).toBe("tail");
  expect((await client.call({ stop: { adaptor: "x" } }, 1000)).adaptor?.message).toBe("ok");
  expect(server.stats).toMatchObject({ requests: 2, errors: 1 });
});

test("no reply before the deadline: the client times out; a late reply is counted, not delivered", async () => {
  let release: () => void = () => {};
  const { client, clock } = setup(() => new Promise((r) => (release = () => r({ adaptor: {} }))));
  const p = client.call({ status: {} }, 500).catch((e) => e);
  await flush();
  clock.advance(499);
  await flush();
  expect(client.inFlight).toBe(1);
  clock.advance(1);
  expect(await p).toBeInstanceOf(RpcTimeoutError);
  release();
  await flush();
  await flush();
  expect(client.stats).toMatchObject({ timeouts: 1, lateReplies: 1 });
});

test("a handler that overruns the request's deadline is answered ERROR_TIMEOUT by the server", async () => {
  const { a, clock, server } = setup(() => new Promise(() => {}));
  const replies: InstanceType<typeof pb.RpcReply>[] = [];
  a.onMessage((bytes) => replies.push(pb.RpcReply.decode(bytes)));
  a.send(pb.RpcRequest.encode({ id: 3, deadlineMs: 100, start: { adaptor: "slow" } }).finish());
  await flush();
  clock.advance(99);
  await flush();
  expect(replies).toEqual([]);
  clock.advance(1);
  await flush();
  expect(replies.map((r) => [r.id, r.error?.kind])).toEqual([[3, pb.ErrorKind.ERROR_TIMEOUT]]);
  expect(server.stats.timeouts).toBe(1);
});

test("closing the channel fails pending calls at once, and later calls immediately", async () => {
  const { client, a } = setup(() => new Promise(() => {}));
  const p = client.call({ status: {} }, 10_000).catch((e) => e);
  await flush();
  a.close();
  expect(await p).toBeInstanceOf(ChannelClosedError);
  expect(await client.call({ status: {} }, 1000).catch((e) => e)).toBeInstanceOf(ChannelClosedError);
});

test("garbage and method-less requests: counted or answered BAD_REQUEST, never a crash", async () => {
  const { a, server } = setup(async () => ({ adaptor: {} }));
  const replies: InstanceType<typeof pb.RpcReply>[] = [];
  a.onMessage((bytes) => replies.push(pb.RpcReply.decode(bytes)));
  a.send(Uint8Array.of(0xff, 0xff, 0xff));
  a.send(pb.RpcRequest.encode({ id: 7, deadlineMs: 100 }).finish());
  await flush();
  await flush();
  expect(server.stats.undecodable).toBe(1);
  expect(replies.map((r) => [r.id, r.error?.kind])).toEqual([[7, pb.ErrorKind.ERROR_BAD_REQUEST]]);
});

test.each([
  ["a deadline over the cap", 600_000],
  ["no deadline", 0],
])("%s: the server gives up on the handler at 120 s", async (_what, deadlineMs) => {
  const { a, clock, server } = setup(() => new Promise(() => {}));
  const replies: InstanceType<typeof pb.RpcReply>[] = [];
  a.onMessage((bytes) => replies.push(pb.RpcReply.decode(bytes)));
  a.send(pb.RpcRequest.encode({ id: 5, deadlineMs, start: { adaptor: "slow" } }).finish());
  await flush();
  clock.advance(119_999);
  await flush();
  expect(replies).toEqual([]);
  clock.advance(1);
  await flush();
  expect(replies.map((r) => [r.id, r.error?.kind, r.error?.message])).toEqual([[5, pb.ErrorKind.ERROR_TIMEOUT, "not done within the 120000 ms deadline"]]);
  expect(server.stats.timeouts).toBe(1);
});

test("a reply clears the call's deadline timer: no timeout is counted after a success", async () => {
  const { client, clock } = setup(async () => ({ adaptor: { message: "ok" } }));
  expect((await client.call({ status: {} }, 500)).adaptor?.message).toBe("ok");
  expect(clock.pending).toBe(0);
  clock.advance(1000);
  await flush();
  expect(client.stats).toMatchObject({ calls: 1, timeouts: 0, lateReplies: 0 });
});

test("request ids stay below 2^32 and wrap to 1, never 0; each call still gets its own reply", async () => {
  const ids: number[] = [];
  const { client, clock } = setup(async (req) => {
    ids.push(req.id);
    return { adaptor: { message: String(req.id) } };
  });
  (client as unknown as { nextId: number }).nextId = 4_294_967_293; // 2^32 - 3
  const replies = [];
  for (let i = 0; i < 4; i++) {
    const p = client.call({ status: {} }, 1000).then((r) => r.adaptor?.message, (e: Error) => e.name);
    await flush();
    clock.advance(1000); // a call whose reply was not matched times out here
    replies.push(await p);
  }
  expect(ids).toEqual([4_294_967_293, 4_294_967_294, 1, 2]);
  expect(replies).toEqual(["4294967293", "4294967294", "1", "2"]);
  expect(client.stats).toMatchObject({ timeouts: 0, lateReplies: 0 });
});

test("closing the channel clears every pending deadline: no timeout is counted afterwards", async () => {
  const clock = new FakeClock();
  const [a] = memoryWirePair(); // nobody serves the far end
  const client = new RpcClient(a, clock);
  const p = Promise.all([client.call({ status: {} }, 500).catch((e) => e), client.call({ status: {} }, 800).catch((e) => e)]);
  await flush();
  expect(client.inFlight).toBe(2);
  a.close();
  const errors = await p;
  expect(errors.map((e) => [e.name, e.message])).toEqual([
    ["ChannelClosedError", "control channel closed"],
    ["ChannelClosedError", "control channel closed"],
  ]);
  expect(client.inFlight).toBe(0);
  expect(clock.pending).toBe(0);
  clock.advance(1000);
  expect(client.stats.timeouts).toBe(0);
});

test("errors say what happened, by name and message", async () => {
  const { client, clock, a } = setup(() => new Promise(() => {}));
  const t = client.call({ status: {} }, 250).catch((e) => e);
  await flush();
  clock.advance(250);
  const timeout = await t;
  expect([timeout.name, timeout.message]).toEqual(["RpcTimeoutError", "no reply within 250 ms"]);
  a.close();
  await flush();
  const closed = await client.call({ status: {} }, 250).catch((e) => e);
  expect([closed.name, closed.message]).toEqual(["ChannelClosedError", "control channel is not open"]);
  const remote = new RemoteRpcError({ kind: pb.ErrorKind.ERROR_TIMEOUT });
  expect([remote.name, remote.message, remote.kind]).toEqual(["RemoteRpcError", "remote error ERROR_TIMEOUT", "ERROR_TIMEOUT"]);
  const unknown = new RemoteRpcError({ kind: 999 as never, message: "odd" });
  expect([unknown.message, unknown.kind]).toEqual(["odd", "ERROR_UNSPECIFIED"]);
  expect(new RemoteRpcError({}).message).toBe("remote error ERROR_UNSPECIFIED");
});

test("a send the wire refuses fails the call at once and leaves no timer or pending call", async () => {
  const clock = new FakeClock();
  const refusing: Wire = { open: true, send: () => false, onMessage() {}, onClose() {}, close() {} };
  const client = new RpcClient(refusing, clock);
  const e = await client.call({ status: {} }, 500).catch((x) => x);
  expect([e.name, e.message]).toEqual(["ChannelClosedError", "control channel closed while sending"]);
  expect(client.inFlight).toBe(0);
  expect(clock.pending).toBe(0);
  clock.advance(1000);
  expect(client.stats.timeouts).toBe(0);
});

test("an undecodable reply is counted and the call still waits for its own", async () => {
  const { client, b } = setup(() => new Promise(() => {}));
  const p = client.call({ status: {} }, 1000);
  await flush();
  b.send(Uint8Array.of(0xff, 0xff, 0xff));
  b.send(pb.RpcReply.encode({ id: 1, status: { node: { serviceId: "n9" } } }).finish());
  expect((await p).status?.node?.serviceId).toBe("n9");
  expect(client.stats).toMatchObject({ badReplies: 1, lateReplies: 0 });
});

test("a method-less request counts as an error and says why", async () => {
  const { a, server } = setup(async () => ({ adaptor: {} }));
  const replies: InstanceType<typeof pb.RpcReply>[] = [];
  a.onMessage((bytes) => replies.push(pb.RpcReply.decode(bytes)));
  a.send(pb.RpcRequest.encode({ id: 8, deadlineMs: 100 }).finish());
  await flush();
  await flush();
  expect(replies.map((r) => r.error?.message)).toEqual(["request has no method this agent knows"]);
  expect(server.stats).toMatchObject({ requests: 1, errors: 1 });
});

describe("the in-memory wire pair", () => {
  test("delivers a copy, refuses to send once closed, and runs each side's close callbacks once", async () => {
    const [a, b] = memoryWirePair();
    const got: number[][] = [];
    b.onMessage((m) => got.push([...m]));
    let closedA = 0;
    let closedB = 0;
    a.onClose(() => closedA++);
    b.onClose(() => closedB++);
    const buf = Uint8Array.of(1, 2, 3);
    expect(a.send(buf)).toBe(true);
    buf[0] = 9; // the sender reuses its buffer before delivery
    await flush();
    expect(got).toEqual([[1, 2, 3]]);
    b.close();
    a.close();
    b.close();
    await flush();
    expect([a.open, b.open, closedA, closedB]).toEqual([false, false, 1, 1]);
    expect(a.send(Uint8Array.of(4))).toBe(false);
    expect(b.send(Uint8Array.of(5))).toBe(false);
  });

  test("a message in flight when the far end closes is not delivered", async () => {
    const [a, b] = memoryWirePair();
    const got: number[] = [];
    b.onMessage((m) => got.push(m[0]!));
    a.send(Uint8Array.of(7));
    b.close();
    await flush();
    expect(got).toEqual([]);
  });
});

/** A scripted node-datachannel DataChannel: the test fires its events. */
function fakeDataChannel(open: boolean) {
  const h: Record<string, ((...a: any[]) => void) | undefined> = {};
  const sent: number[][] = [];
  let throwOnSend = false;
  let closes = 0;
  const dc = {
    isOpen: () => open,
    onOpen: (cb: () => void) => void (h.open = cb),
    onClosed: (cb: () => void) => void (h.closed = cb),
    onError: (cb: (e: string) => void) => void (h.error = cb),
    onMessage: (cb: (m: string | ArrayBuffer | Buffer) => void) => void (h.message = cb),
    sendMessageBinary: (b: Uint8Array) => {
      if (throwOnSend) throw new Error("DataChannel is closed");
      sent.push([...b]);
      return true;
    },
    close: () => {
      closes++;
      throw new Error("already closed");
    },
  };
  return { dc: dc as unknown as DataChannel, fire: h, sent, closes: () => closes, failSends: () => (throwOnSend = true) };
}

describe("dataChannelWire", () => {
  test("sends only while open; opening later enables it", () => {
    const f = fakeDataChannel(false);
    const w = dataChannelWire(f.dc);
    expect(w.open).toBe(false);
    expect(w.send(Uint8Array.of(1))).toBe(false);
    f.fire.open!();
    expect(w.open).toBe(true);
    expect(w.send(Uint8Array.of(2))).toBe(true);
    expect(f.sent).toEqual([[2]]);
  });

  test("binary messages arrive as bytes from ArrayBuffer or Buffer views; text is ignored", () => {
    const f = fakeDataChannel(true);
    const w = dataChannelWire(f.dc);
    const got: number[][] = [];
    w.onMessage((m) => got.push([...m]));
    f.fire.message!(Uint8Array.of(1, 2).buffer);
    const big = Buffer.from([0, 0, 7, 8, 0]);
    f.fire.message!(big.subarray(2, 4));
    f.fire.message!("hello");
    expect(got).toEqual([[1, 2], [7, 8]]);
  });

  test.each(["closed", "error"])("the channel's %s event closes the wire once, running close callbacks once", (event) => {
    const f = fakeDataChannel(true);
    const w = dataChannelWire(f.dc);
    let n = 0;
    w.onClose(() => n++);
    f.fire[event]!("x");
    f.fire.closed!();
    f.fire.error!("y");
    expect([w.open, n]).toEqual([false, 1]);
    expect(w.send(Uint8Array.of(1))).toBe(false);
  });

  test("a send that throws closes the wire; close() survives a channel that throws and closes the wire", () => {
    const f = fakeDataChannel(true);
    const w = dataChannelWire(f.dc);
    let n = 0;
    w.onClose(() => n++);
    f.failSends();
    expect(w.send(Uint8Array.of(1))).toBe(false);
    expect([w.open, n]).toEqual([false, 1]);
    const g = fakeDataChannel(true);
    const v = dataChannelWire(g.dc);
    let m = 0;
    v.onClose(() => m++);
    v.close();
    expect([g.closes(), v.open, m]).toEqual([1, false, 1]);
  });

  test("a close listener added after the channel closed is told once, at once", async () => {
    const f = fakeDataChannel(true);
    const w = dataChannelWire(f.dc);
    f.fire.closed!();
    let n = 0;
    w.onClose(() => n++);
    await flush();
    expect(n).toBe(1);
    f.fire.error!("late");
    f.fire.open!(); // a late open event does not reopen an ended wire
    await flush();
    expect([w.open, n]).toEqual([false, 1]);
    expect(w.send(Uint8Array.of(1))).toBe(false);
  });
});
