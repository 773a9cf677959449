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
import type { DataChannel, PeerConnection } from "./webrtc.ts";
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

/** Two raw connections of one MemoryPeers, every callback they make written down. */
function raw(peers = new MemoryPeers()) {
  const seen: string[] = [];
  const sdp = { offer: "", answer: "" };
  const offerer = peers.create("grand-n1", {});
  const answerer = peers.create("lama", {});
  offerer.onLocalDescription((s, type) => ((sdp.offer = s), seen.push(`offerer ${type}`)));
  offerer.onLocalCandidate((c, mid) => seen.push(`offerer ${c} mid ${mid}`));
  offerer.onStateChange((s) => seen.push(`offerer ${s}`));
  answerer.onLocalDescription((s, type) => ((sdp.answer = s), seen.push(`answerer ${type}`)));
  answerer.onLocalCandidate((c, mid) => seen.push(`answerer ${c} mid ${mid}`));
  answerer.onStateChange((s) => seen.push(`answerer ${s}`));
  const far: DataChannel[] = [];
  answerer.onDataChannel((dc) => (far.push(dc), seen.push(`answerer got ${dc.getLabel()} open ${dc.isOpen()}`)));
  const channel = (label: string) => {
    const dc = offerer.createDataChannel(label);
    dc.onOpen(() => seen.push(`offerer ${label} open`));
    return dc;
  };
  return { peers, seen, sdp, offerer, answerer, far, channel };
}

test("signalling by hand: one offer and one candidate for two channels, the answer, then the channels open on both sides", async () => {
  const r = raw();
  const rpc = r.channel("rpc");
  r.channel("telemetry");
  expect(rpc.isOpen()).toBe(false);
  expect(() => rpc.sendMessageBinary(Uint8Array.of(1))).toThrow("data channel is not open");
  await flush();
  expect(r.seen.splice(0)).toEqual(["offerer offer", "offerer candidate:memory 1 mid 0"]);
  expect(r.sdp.offer).toBe("memory-offer 1\na=setup:actpass");
  r.answerer.setRemoteDescription(r.sdp.offer, "offer");
  await flush();
  expect(r.seen.splice(0)).toEqual(["answerer answer", "answerer candidate:memory 2 mid 0"]);
  expect(r.sdp.answer).toBe("memory-answer 2");
  r.offerer.setRemoteDescription(r.sdp.answer, "answer");
  await flush();
  expect(r.seen).toEqual([
    "offerer connected", "offerer rpc open", "offerer telemetry open",
    "answerer got rpc open true", "answerer got telemetry open true", "answerer connected",
  ]);
  expect(rpc.isOpen()).toBe(true);
});

test("a channel closed at one end is closed at both, and says so", async () => {
  const r = raw();
  const rpc = r.channel("rpc");
  await flush();
  r.answerer.setRemoteDescription(r.sdp.offer, "offer");
  await flush();
  r.offerer.setRemoteDescription(r.sdp.answer, "answer");
  await flush();
  const closed: string[] = [];
  rpc.onClosed(() => closed.push("offerer"));
  r.far[0]!.onClosed(() => closed.push("answerer"));
  r.far[0]!.close();
  await flush();
  expect(closed.sort()).toEqual(["answerer", "offerer"]);
  expect([rpc.isOpen(), r.far[0]!.isOpen()]).toEqual([false, false]);
});

test("connections with no callbacks set go through the same steps without error", async () => {
  const peers = new MemoryPeers();
  const offerer = peers.create("grand-n1", {});
  const answerer = peers.create("lama", {});
  const rpc = offerer.createDataChannel("rpc");
  await flush();
  answerer.setRemoteDescription("memory-offer 1", "offer");
  await flush();
  offerer.setRemoteDescription("memory-answer 2", "answer");
  await flush();
  expect(rpc.isOpen()).toBe(true);
});

test("a connection closed makes no more callbacks, takes no description, and is closed once", async () => {
  const r = raw();
  r.channel("rpc");
  r.offerer.close();
  await flush();
  expect(r.seen).toEqual([]);
  expect(() => r.offerer.setRemoteDescription("memory-answer 2", "answer")).toThrow("peer connection is closed");
  expect(r.peers.liveCount).toBe(1);
  r.offerer.close();
  expect(r.peers.liveCount).toBe(1);
});

test.each([
  ["not from the start", "x memory-offer 1", "offer", `not an offer from a live memory peer: "x memory-offer 1"`],
  ["an offer given as an answer", "memory-offer 1\na=setup:actpass", "answer", `not an answer from a live memory peer: "memory-offer 1\\na=setup:actpass"`],
  ["of no live peer", "memory-offer 9", "offer", `not an offer from a live memory peer: "memory-offer 9"`],
  ["long", `v=0 ${"x".repeat(60)}`, "offer", `not an offer from a live memory peer: "v=0 ${"x".repeat(36)}"`],
])("a description %s is refused, quoting at most 40 characters", (_what, sdp, type, message) => {
  const r = raw();
  r.channel("rpc");
  expect(() => r.answerer.setRemoteDescription(sdp, type as Parameters<PeerConnection["setRemoteDescription"]>[1])).toThrow(message);
});

test("a description names its peer by its whole number", async () => {
  const peers = new MemoryPeers();
  peers.create("gone", {}).close(); // peer 1
  for (let i = 2; i <= 10; i++) peers.create(`idle-${i}`, {});
  const r = raw(peers); // the offerer is peer 11
  r.channel("rpc");
  await flush();
  expect(r.sdp.offer).toStartWith("memory-offer 11\n");
  r.answerer.setRemoteDescription(r.sdp.offer, "offer");
  await flush();
  r.offerer.setRemoteDescription(r.sdp.answer, "answer");
  await flush();
  expect(r.seen).toContain("answerer connected");
});

test("a candidate must look like one", () => {
  const r = raw();
  expect(() => r.offerer.addRemoteCandidate("candidate:memory 2", "0")).not.toThrow();
  expect(() => r.offerer.addRemoteCandidate("bogus", "0")).toThrow(`malformed candidate "bogus"`);
});

test("an answerer closed before the answer arrives opens nothing on either side", async () => {
  const r = raw();
  r.channel("rpc");
  await flush();
  r.answerer.setRemoteDescription(r.sdp.offer, "offer");
  await flush();
  r.seen.splice(0);
  r.offerer.setRemoteDescription(r.sdp.answer, "answer");
  r.answerer.close();
  await flush();
  expect(r.seen).toEqual([]);
});

test("an answerer closed as the offerer connects learns of no channel", async () => {
  const r = raw();
  r.channel("rpc");
  await flush();
  r.answerer.setRemoteDescription(r.sdp.offer, "offer");
  await flush();
  r.seen.splice(0);
  r.offerer.onStateChange((s) => (r.seen.push(`offerer ${s}`), r.answerer.close()));
  r.offerer.setRemoteDescription(r.sdp.answer, "answer");
  await flush();
  expect(r.seen).toEqual(["offerer connected", "offerer rpc open"]);
});
