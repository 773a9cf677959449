/**
 * Offerer and answerer with the real libdatachannel on loopback, signalling
 * passed directly (the sealed-UDP path is covered by the pool and namespace tests).
 */
import { afterEach, expect, test } from "bun:test";
import { pb, type lama } from "../../proto/index.ts";
import { systemClock } from "./clock.ts";
import { ControlAnswerer, ControlOfferer, type ChannelPair } from "./control-channel.ts";
import { memoryLogger } from "./log.ts";
import { RpcClient, RpcServer } from "./rpc.ts";
import { nativePeers, type PeerFactory } from "./webrtc.ts";

// Each test closes what it opened, so a failed handshake's peers cannot linger into the next test.
const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((o) => o.close()));

function connect(tamper?: (s: lama.v1.ISignal) => lama.v1.ISignal, peers: PeerFactory = nativePeers) {
  let agentChannels: ChannelPair | undefined;
  const answerer = new ControlAnswerer({ peers: nativePeers, log: memoryLogger(), bindAddress: () => "127.0.0.1", onChannels: (c) => (agentChannels = c) });
  open.push(answerer);
  return new Promise<{ grand: ChannelPair; agent: () => ChannelPair | undefined; setupMs: number; offerer: ControlOfferer; answerer: ControlAnswerer }>((resolve, reject) => {
    const offerer: ControlOfferer = new ControlOfferer({
      serviceId: "n1",
      peers,
      clock: systemClock,
      log: memoryLogger(),
      bindAddress: "127.0.0.1",
      connectTimeoutMs: 10_000,
      send: (s) => answerer.handleSignal(tamper ? tamper(s) : s, (back) => offerer.handleSignal(back)),
      onOpen: (grand, setupMs) => resolve({ grand, agent: () => agentChannels, setupMs, offerer, answerer }),
      onFail: (reason) => reject(new Error(reason)),
    });
    open.push(offerer);
    offerer.start();
  });
}

/**
 * libdatachannel fails a DTLS handshake now and then when several peer connections
 * are made one after another in one process (ICE completes, then the answerer's
 * state goes to "failed" within milliseconds): 8 of 120 back-to-back sessions on
 * this loaded 2-core machine, 5 of 120 without our DTLS-role offer, none of 16 when
 * each ran alone. Grand re-offers with backoff; these tests, whose subject is not
 * the handshake, try once more on exactly that failure.
 */
async function connectOnceMore(): ReturnType<typeof connect> {
  try {
    return await connect();
  } catch (e) {
    if ((e as Error).message !== "peer connection failed") throw e;
    return connect();
  }
}

test("grand and agent open rpc and telemetry channels, and RPC works over them", async () => {
  const { grand, agent, setupMs } = await connectOnceMore();
  expect(setupMs).toBeGreaterThan(0);
  expect(setupMs).toBeLessThan(10_000);
  for (let i = 0; i < 100 && !agent(); i++) await Bun.sleep(5);
  const a = agent()!;
  new RpcServer(a.rpc, async () => ({ status: { node: { serviceId: "n1", rxBps: 42 } } }), systemClock, () => ({}));
  const reply = await new RpcClient(grand.rpc, systemClock).call({ status: {} }, 2000);
  expect(reply.status?.node?.rxBps).toBe(42);
  // telemetry: agent -> grand
  const got = new Promise<number>((r) => grand.telemetry.onMessage((b) => r(pb.NodeStatus.decode(b).txBps)));
  a.telemetry.send(pb.NodeStatus.encode({ txBps: 7 }).finish());
  expect(await got).toBe(7);
}, 20_000);

test("a tampered offer (fingerprint changed in flight) fails the DTLS handshake and never opens", async () => {
  let tampered = 0;
  const tamper = (s: lama.v1.ISignal) => {
    if (!s.offerSdp) return s;
    const offerSdp = s.offerSdp.replace(/a=fingerprint:sha-256 (..)/, (_m, h: string) => `a=fingerprint:sha-256 ${h === "AA" ? "BB" : "AA"}`);
    if (offerSdp !== s.offerSdp) tampered++;
    return { ...s, offerSdp };
  };
  // grand's ICE states, to tell a refused fingerprint from a path that never connected
  const iceStates: string[] = [];
  const watched: PeerFactory = {
    create(name, opts) {
      const pc = nativePeers.create(name, opts);
      pc.onIceStateChange((state) => iceStates.push(state));
      return pc;
    },
  };
  const answerers = open.length;
  await expect(connect(tamper, watched)).rejects.toThrow(new Error("peer connection failed"));
  expect(tampered).toBe(1);
  expect(iceStates).toContain("connected"); // the path worked: it is the fingerprint that was refused
  const answerer = open[answerers] as ControlAnswerer;
  expect(answerer.stats).toMatchObject({ offers: 1, opened: 0 });
}, 20_000);

test("a new offer replaces the agent's current session", async () => {
  const first = await connectOnceMore();
  const answerer = first.answerer;
  // Resolves when a later session opens, rejects with the offerer's reason if it fails (no polling
  // bound: a loaded machine sets up WebRTC slowly; the offerer's own connect timeout bounds the wait).
  let offers = 0;
  const offer = () =>
    new Promise<ChannelPair>((resolve, reject) => {
      offers++;
      const offerer: ControlOfferer = new ControlOfferer({
        serviceId: "n1", peers: nativePeers, clock: systemClock, log: memoryLogger(), bindAddress: "127.0.0.1",
        connectTimeoutMs: 10_000,
        send: (s) => answerer.handleSignal(s, (back) => offerer.handleSignal(back)),
        onOpen: (g) => resolve(g), onFail: (reason) => reject(new Error(reason)),
      });
      open.push(offerer);
      offerer.start();
    });
  const second = await offer().catch((e: Error) => (e.message === "peer connection failed" ? offer() : Promise.reject(e)));
  expect(second.rpc.open).toBe(true);
  // every later offer replaced the session before it (the first session, or a failed attempt)
  expect(answerer.stats.replaced).toBe(offers);
}, 30_000);
