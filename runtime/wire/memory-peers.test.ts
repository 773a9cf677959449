/**
 * The in-memory PeerFactory under the real offerer and answerer, on a fake clock:
 * the same signalling, channels and close behaviour the control channel relies
 * on with libdatachannel (runtime/wire/control-channel.test.ts), without sockets.
 */
import { expect, test } from "bun:test";
import { pb } from "../../proto/index.ts";
import { FakeClock } from "./clock.ts";
import { ControlAnswerer, ControlOfferer, type ChannelPair } from "./control-channel.ts";
import { memoryLogger } from "./log.ts";
import { MemoryPeers } from "./memory-peers.ts";
import { RpcClient, RpcServer, RpcTimeoutError } from "./rpc.ts";

const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise<void>((r) => setImmediate(r));
};

function pair(peers = new MemoryPeers()) {
  const clock = new FakeClock();
  const events: string[] = [];
  let agent: ChannelPair | undefined;
  let grand: ChannelPair | undefined;
  const answerer = new ControlAnswerer({ peers, log: memoryLogger(), bindAddress: () => "198.18.0.10", onChannels: (c) => (agent = c) });
  const offerer: ControlOfferer = new ControlOfferer({
    serviceId: "n1", peers, clock, log: memoryLogger(), bindAddress: "198.18.0.1",
    send: (s) => answerer.handleSignal(s, (back) => offerer.handleSignal(back)),
    onOpen: (c, setupMs) => {
      grand = c;
      events.push(`open ${setupMs}`);
    },
    onFail: (reason) => events.push(`fail ${reason}`),
  });
  return { peers, clock, events, answerer, offerer, grand: () => grand, agent: () => agent };
}

test("offerer and answerer open rpc and telemetry through it; RPC and telemetry flow", async () => {
  const p = pair();
  p.offerer.start();
  await flush();
  expect(p.events).toEqual(["open 0"]);
  expect(p.peers.created).toEqual([{ name: "grand-n1", bindAddress: "198.18.0.1" }, { name: "lama", bindAddress: "198.18.0.10" }]);
  expect(p.answerer.stats).toEqual({ offers: 1, opened: 1, replaced: 0 });
  new RpcServer(p.agent()!.rpc, async () => ({ status: { node: { serviceId: "n1", rxBps: 42 } } }), p.clock, () => ({}));
  expect((await new RpcClient(p.grand()!.rpc, p.clock).call({ status: {} }, 2000)).status?.node?.rxBps).toBe(42);
  const got: number[] = [];
  p.grand()!.telemetry.onMessage((b) => got.push(pb.NodeStatus.decode(b).txBps));
  p.agent()!.telemetry.send(pb.NodeStatus.encode({ txBps: 7 }).finish());
  await flush();
  expect(got).toEqual([7]);
});

test("closing the agent's side closes grand's channels; closing both leaves no live connection", async () => {
  const p = pair();
  p.offerer.start();
  await flush();
  const closed: string[] = [];
  p.grand()!.rpc.onClose(() => closed.push("rpc"));
  p.grand()!.telemetry.onClose(() => closed.push("telemetry"));
  expect(p.peers.liveCount).toBe(2);
  p.answerer.close();
  await flush();
  expect(closed).toEqual(["rpc", "telemetry"]);
  expect(p.grand()!.rpc.open).toBe(false);
  p.offerer.close();
  expect(p.peers.liveCount).toBe(0);
});

test("a stalled rpc channel drops calls both ways while telemetry still flows", async () => {
  const p = pair();
  p.peers.stall.add("grand-n1/rpc");
  p.offerer.start();
  await flush();
  let served = 0;
  new RpcServer(p.agent()!.rpc, async () => (served++, { status: {} }), p.clock, () => ({}));
  const call = new RpcClient(p.grand()!.rpc, p.clock).call({ status: {} }, 1500).catch((e) => e);
  const got: number[] = [];
  p.grand()!.telemetry.onMessage((b) => got.push(pb.NodeStatus.decode(b).txBps));
  p.agent()!.telemetry.send(pb.NodeStatus.encode({ txBps: 3 }).finish());
  await flush();
  p.clock.advance(1500);
  expect(await call).toBeInstanceOf(RpcTimeoutError);
  expect(served).toBe(0);
  expect(got).toEqual([3]);
});

test("an answer that is not from a live memory peer is refused, failing the attempt", async () => {
  const p = pair();
  p.offerer.start();
  p.offerer.handleSignal({ session: p.offerer.session, answerSdp: "v=0 from elsewhere" });
  await flush();
  expect(p.events).toEqual([`fail bad answer: not an answer from a live memory peer: "v=0 from elsewhere"`]);
});

test("a peer that never gets an answer does not open; the offerer gives up on its own timer", async () => {
  const peers = new MemoryPeers();
  const clock = new FakeClock();
  const events: string[] = [];
  const offerer = new ControlOfferer({
    serviceId: "n1", peers, clock, log: memoryLogger(), send: () => {}, onOpen: () => events.push("open"), onFail: (r) => events.push(r),
  });
  offerer.start();
  await flush();
  clock.advance(4_999);
  expect(events).toEqual([]);
  clock.advance(1);
  expect(events).toEqual(["not connected within 5000 ms"]);
  expect(peers.liveCount).toBe(0);
});
