import { expect, test } from "bun:test";
import { pb } from "../../proto/index.ts";
import { FakeClock } from "./clock.ts";
import { ChannelClosedError, memoryWirePair, RemoteRpcError, RpcClient, RpcServer, RpcTimeoutError, type RpcHandler } from "./rpc.ts";

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
