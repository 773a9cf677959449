/**
 * grand's control manager with real agents (assembled by startNodeNow, as lama
 * is): discovery and signalling over the in-memory network, the control channels
 * through the in-memory peer factory, all on a fake clock. One test runs the same
 * path over real WebRTC on loopback on the real clock. Its timing (silence limit,
 * reconnect backoff) is tested at the end with scripted peer connections.
 */
import { afterEach, expect, test } from "bun:test";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { type lama, pb } from "../proto/index.ts";
import { lamaConfig, startNodeNow } from "../runtime/index.ts";
import { Keyring, loadSodium, memoryLogger, MemoryNetwork, nativePeers, RemoteRpcError, RpcTimeoutError, systemClock, type PeerConnection, type PeerFactory } from "../runtime/wire/index.ts";
import { grandConfig } from "./config.ts";
import { ControlManager, iceMuxConfig, iceMuxPeers, NotConnectedError } from "./control-manager.ts";
import { Monitor } from "./monitor.ts";
import { startGrandNow } from "./start-grand.ts";
import { LivePool } from "../test/harness/live-pool.ts";
import { World } from "../test/harness/world.ts";

const sodium = await loadSodium();
const KEY = Uint8Array.from({ length: 32 }, (_, i) => i * 3);
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** grand's lookup service and control manager, and agents, over real WebRTC on loopback on the real clock. */
function realPool(grandPeers: PeerFactory = nativePeers) {
  const net = new MemoryNetwork();
  const clock = systemClock;
  const grand = startGrandNow(grandConfig({ id: "g", http: null }), { sodium, keyring: new Keyring(sodium, [KEY]), transport: net.attach("198.18.0.1", 4161) }, {
    clock, log: memoryLogger(), peers: grandPeers, epoch: 1, bindAddressFor: () => "127.0.0.1",
  });
  cleanups.push(() => grand.stop());
  const { monitor } = grand;
  const control = grand.control!;
  let samples = 0;
  const addNode = (id: string) => {
    const node = startNodeNow(lamaConfig({ serviceId: id, roles: ["web"], sampleMs: 200 }), { sodium, keyring: new Keyring(sodium, [KEY]), transport: net.attach("198.18.0.10", 0) }, {
      clock, log: memoryLogger(), peers: nativePeers, bindAddress: () => "127.0.0.1", bootId: id,
      attributes: () => ({ roles: ["web"] }),
      sampler: { sample: (now) => ({ serviceId: id, atMs: now, periodMs: 200, txBps: ++samples }) },
    });
    cleanups.push(() => node.stop());
    return node;
  };
  const waitOpen = async (id: string) => {
    for (let i = 0; i < 500; i++) {
      const info = control.info(id);
      if (info?.state === "open") return info;
      await Bun.sleep(10);
    }
    throw new Error(`channel to ${id} not open (${JSON.stringify(control.info(id))})`);
  };
  return { control, monitor, addNode, waitOpen };
}

test("over real WebRTC: registration opens a channel; telemetry reaches the monitor; Status works", async () => {
  const { control, monitor, addNode, waitOpen } = realPool();
  addNode("n1");
  await waitOpen("n1");
  await Bun.sleep(500);
  expect(monitor.window("n1").length).toBeGreaterThan(1);
  expect(monitor.roleWindowOf("web").at(-1)?.nodes).toBe(1);
  const reply = await control.call("n1", { status: {} }, 2000);
  expect(reply.status?.node?.serviceId).toBe("n1");
}, 15_000);

/** UDP sockets this process holds, and those bound to a local port (from /proc/net/udp). */
function udpSockets(port: number): { all: number; atPort: number } {
  const inodes = new Set(readdirSync("/proc/self/fd").map((fd) => {
    try {
      return /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`))?.[1];
    } catch {
      return undefined;
    }
  }).filter((x) => x !== undefined));
  const rows = readFileSync("/proc/net/udp", "utf8").trim().split("\n").slice(1).map((l) => l.trim().split(/\s+/));
  const ours = rows.filter((r) => inodes.has(r[9]!));
  return { all: ours.length, atPort: ours.filter((r) => Number.parseInt(r[1]!.split(":")[1]!, 16) === port).length };
}

test("over real WebRTC with grand's ICE muxed: every channel opens and answers, and grand's side is one socket at the port", async () => {
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  const before = udpSockets(port);
  const { control, addNode, waitOpen } = realPool(iceMuxPeers(port, "127.0.0.1"));
  const ids = ["m1", "m2", "m3", "m4"];
  for (const id of ids) addNode(id);
  for (const id of ids) await waitOpen(id);
  for (const id of ids) expect((await control.call(id, { status: {} }, 2000)).status?.node?.serviceId).toBe(id);
  const after = udpSockets(port);
  // Four agents with a socket each, and grand's one: five new sockets, not eight.
  expect(after.all - before.all).toBe(5);
  expect(after.atPort).toBe(1);
}, 20_000);

/**
 * The same on the in-memory network and peer factory, driven by a fake clock:
 * grand's lookup service and nodes assembled as the binaries are
 * (test/harness/live-pool.ts), and the control manager under test beside them.
 */
async function pool(opts: { telemetrySilenceMs?: number; samplePeriodMs?: number } = {}) {
  const w = new LivePool();
  const { service } = w.startGrand({}, null);
  const monitor = new Monitor();
  /** While set, grand cannot create peer connections (as when the addon cannot load). */
  const broken = { now: false };
  const grandPeers: PeerFactory = {
    create: (name, o) => {
      if (broken.now) throw new Error("no addon here");
      return w.peers.create(name, o);
    },
  };
  const log = memoryLogger();
  const control = new ControlManager({
    service, monitor, peers: grandPeers, clock: w.clock, log, bindAddressFor: () => undefined,
    telemetrySilenceMs: opts.telemetrySilenceMs, random: () => 0.5,
  });
  control.start();
  cleanups.push(async () => {
    control.stop();
    await w.stop();
  });
  const periodMs = opts.samplePeriodMs ?? 200;
  let samples = 0;
  const addNode = (id: string) => w.addNode(id, { sampleMs: periodMs, sampler: { sample: (now) => ({ serviceId: id, atMs: now, periodMs, txBps: ++samples }) } });
  /** Runs the clock in 10 ms steps until the node's channel has opened `opens` times; returns the ms it took. */
  const waitOpen = async (id: string, opens = 1) => {
    const t0 = w.clock.now();
    for (let i = 0; i < 3_000; i++) {
      const info = control.info(id);
      if (info?.state === "open" && info.opens >= opens) return { ...info, afterMs: w.clock.now() - t0 };
      await w.run(10);
    }
    throw new Error(`channel to ${id} not open (${JSON.stringify(control.info(id))})`);
  };
  /** Names of the control manager's events about a node, in order. */
  const events = (id: string) => log.lines.filter((l) => l.fields.id === id).map((l) => l.name);
  return { w, control, monitor, peers: w.peers, broken, addNode, waitOpen, events };
}

test("registration opens a channel; telemetry reaches the monitor; Status works", async () => {
  const { w, control, monitor, addNode, waitOpen } = await pool();
  addNode("n1");
  await waitOpen("n1");
  const before = monitor.window("n1").length;
  expect(before).toBe(1); // the node sends its status as soon as the channel opens
  await w.run(1000);
  expect(monitor.window("n1").length).toBe(before + 5); // then one sample every 200 ms
  expect(monitor.roleWindowOf("web").at(-1)?.nodes).toBe(1);
  const reply = await control.call("n1", { status: {} }, 2000);
  expect(reply.status?.node?.serviceId).toBe("n1");
});

test("a call's reply is not recorded in the monitor: telemetry alone feeds it", async () => {
  const { control, monitor, addNode, waitOpen } = await pool();
  addNode("n1");
  await waitOpen("n1");
  const seen = monitor.samplesSeen;
  const reply = await control.call("n1", { status: {} }, 2000);
  expect(reply.status?.node?.serviceId).toBe("n1");
  expect(monitor.samplesSeen).toBe(seen);
});

test("a channel lost while the lease holds is re-established", async () => {
  const { w, control, addNode, waitOpen, events } = await pool();
  const { node } = addNode("n1");
  await waitOpen("n1");
  node.answerer.close(); // the agent's side of the channel goes away; its lease does not
  await w.run(10);
  expect(control.info("n1")).toMatchObject({ state: "waiting", lastError: "rpc channel closed" });
  expect(control.openCount).toBe(0);
  await expect(control.call("n1", { status: {} }, 2000)).rejects.toThrow("node 'n1' has no open control channel (waiting: rpc channel closed); retry shortly");
  const again = await waitOpen("n1", 2);
  expect(again.opens).toBe(2);
  expect(again.afterMs).toBeGreaterThanOrEqual(500); // the first re-offer waits 500 ms
  expect((await control.call("n1", { status: {} }, 2000)).status?.node?.serviceId).toBe("n1");
  expect(events("n1")).toEqual(["channel-open", "channel-lost", "channel-open"]);
});

test("a node whose lease ends is dropped: its channel closed, its state forgotten, calls refused as for a stranger", async () => {
  const { w, control, monitor, peers, addNode, waitOpen, events } = await pool();
  const n1 = addNode("n1");
  const n2 = addNode("n2");
  await waitOpen("n1");
  await waitOpen("n2");
  expect(control.openCount).toBe(2);
  expect(peers.liveCount).toBe(4);
  const stopping = n1.stop(); // cancels its lease
  await w.run(100);
  await stopping;
  expect(control.info("n1")).toBeUndefined();
  expect([monitor.nodeState("n1"), monitor.window("n1")]).toEqual([undefined, []]);
  await expect(control.call("n1", { status: {} }, 1000)).rejects.toThrow("node 'n1' is not registered");
  expect(events("n1")).toEqual(["channel-open"]); // closed, not lost: nothing is re-offered
  expect(control.openCount).toBe(1);
  expect(peers.liveCount).toBe(2);
  // n2 dies without a word (kill -9): its lease runs out after 2.5 s, then it is dropped the same way.
  n2.agent.stop(false);
  await w.run(2000);
  expect(control.info("n2")).toBeDefined();
  expect(monitor.nodeState("n2")).toBeDefined(); // within its lease and its silence limit
  await w.run(1000);
  expect(control.info("n2")).toBeUndefined();
  expect(monitor.nodeState("n2")).toBeUndefined();
  expect(monitor.roleWindowOf("web").at(-1)?.nodes).toBe(0);
});

test("stop() closes every channel and stops the watchdog", async () => {
  const { w, control, peers, addNode, waitOpen } = await pool();
  addNode("n1");
  await waitOpen("n1");
  control.stop();
  expect(control.info("n1")).toBeUndefined();
  expect(control.openCount).toBe(0);
  const created = peers.created.length;
  await w.run(30_000, 100);
  expect(peers.created.length).toBe(created); // nothing re-offered, though the lease still holds
  expect(w.ids()).toEqual(["n1"]);
});

test("a node whose telemetry stops is presumed lost and re-offered; a slow sample period is allowed for", async () => {
  const { w, monitor, addNode, waitOpen } = await pool({ telemetrySilenceMs: 300, samplePeriodMs: 200 });
  const { node } = addNode("n1");
  await waitOpen("n1");
  await w.run(1000);
  expect((await waitOpen("n1")).opens).toBe(1); // telemetry every 200 ms: never silent for 600 ms
  expect(monitor.nodeState("n1")).toBeDefined();
  (node as unknown as { stopSampling: () => void }).stopSampling();
  await waitOpen("n1", 2);
});

test("a node whose channel closed and cannot be re-opened goes silent at the limit: no state in the monitor, lease kept", async () => {
  const { w, control, monitor, broken, addNode, waitOpen } = await pool({ telemetrySilenceMs: 300, samplePeriodMs: 200 });
  const { node } = addNode("n1");
  await waitOpen("n1");
  await w.run(1000);
  broken.now = true;
  node.answerer.close();
  await w.run(10);
  expect(control.info("n1")!.state).toBe("waiting");
  expect(monitor.nodeState("n1")).toBeDefined(); // a closed channel alone is not silence
  await w.run(2000); // past the 600 ms limit and the next watchdog tick
  expect(control.info("n1")).toMatchObject({ state: "waiting", lastError: "cannot create a peer connection: no addon here" });
  expect(control.openCount).toBe(0);
  expect(monitor.nodeState("n1")).toBeUndefined();
  expect(w.ids()).toEqual(["n1"]);
});

test("calls to a node without an open channel fail at once with a clear error", async () => {
  const { control } = await pool();
  await expect(control.call("ghost", { status: {} }, 1000)).rejects.toThrow("node 'ghost' is not registered");
});

/** Peer connections that do nothing until the test opens or closes their data channels or sends telemetry. */
function scriptedPeers(w: World, opts: { failCreate?: boolean } = {}) {
  const createdAtMs: number[] = [];
  const channels: { label: string; open: () => void; close: () => void; message: (b: Uint8Array) => void }[] = [];
  /** Peer connections grand closed. */
  const closed = { count: 0 };
  /** What grand sent on any data channel, by the channel's label. */
  const sent: { label: string; bytes: Uint8Array }[] = [];
  const peers: PeerFactory = {
    create() {
      createdAtMs.push(w.clock.now());
      if (opts.failCreate) throw new Error("no addon here");
      const pc = {
        onLocalDescription() {}, onLocalCandidate() {}, onStateChange() {}, setRemoteDescription() {}, addRemoteCandidate() {},
        close: () => void closed.count++,
        createDataChannel(label: string) {
          let isOpen = false;
          const onOpen: (() => void)[] = [];
          const onMessage: ((m: Uint8Array) => void)[] = [];
          const onClosed: (() => void)[] = [];
          channels.push({
            label,
            open: () => ((isOpen = true), onOpen.forEach((f) => f())),
            close: () => ((isOpen = false), onClosed.forEach((f) => f())),
            message: (b) => onMessage.forEach((f) => f(b)),
          });
          return {
            isOpen: () => isOpen, getLabel: () => label, onOpen: (f: () => void) => onOpen.push(f), onMessage: (f: (m: Uint8Array) => void) => onMessage.push(f),
            onClosed: (f: () => void) => onClosed.push(f), onError() {}, sendMessageBinary: (m: Uint8Array) => (sent.push({ label, bytes: m }), true), close() {},
          };
        },
      };
      return pc as unknown as PeerConnection;
    },
  };
  /** Opens the newest connection's rpc and telemetry channels. */
  const openLatest = () => channels.slice(-2).forEach((c) => c.open());
  /** The far side closes the newest connection's channel with this label. */
  const closeLatest = (label: "rpc" | "telemetry") => channels.filter((c) => c.label === label).at(-1)!.close();
  const telemetry = (status: Parameters<typeof pb.NodeStatus.encode>[0]) => channels.filter((c) => c.label === "telemetry").at(-1)!.message(pb.NodeStatus.encode(status).finish());
  /** The newest call grand sent on an rpc channel. */
  const lastCall = () => pb.RpcRequest.decode(sent.filter((m) => m.label === "rpc").at(-1)!.bytes);
  /** The node's reply on the newest rpc channel. */
  const rpcReply = (reply: Parameters<typeof pb.RpcReply.encode>[0]) => channels.filter((c) => c.label === "rpc").at(-1)!.message(pb.RpcReply.encode(reply).finish());
  return { peers, createdAtMs, channels, closed, openLatest, closeLatest, telemetry, lastCall, rpcReply };
}

async function fakeClockPool(opts: { failCreate?: boolean; random?: () => number; attrs?: () => lama.v1.IAttributes } = {}) {
  const w = new World();
  const service = w.startGrand();
  w.addAgent("n1", { attrs: opts.attrs });
  await w.run(500);
  const scripted = scriptedPeers(w, opts);
  const monitor = new Monitor();
  const log = memoryLogger();
  // The handlers the control manager gives the lookup service, to hand them signals as the network would.
  const signalHandlers: ((serviceId: string, signal: lama.v1.ISignal) => void)[] = [];
  const onSignal = service.onSignal.bind(service);
  service.onSignal = (h) => (signalHandlers.push(h), onSignal(h));
  const control = new ControlManager({ service, monitor, peers: scripted.peers, clock: w.clock, log, bindAddressFor: () => undefined, random: opts.random ?? (() => 0.5) });
  const t0 = w.clock.now();
  control.start();
  cleanups.push(() => control.stop());
  /** The control manager's log events: name and fields. */
  const logged = (name?: string): Record<string, unknown>[] => log.lines.filter((l) => name === undefined || l.name === name).map((l) => ({ name: l.name, ...l.fields }));
  return { w, service, control, monitor, t0, log, logged, signalHandlers, ...scripted };
}

test.each([
  ["no telemetry", 10_000, undefined],
  ["a 200 ms sample period", 10_000, 200],
  ["a 4 s sample period", 12_000, 4_000],
  ["a 5 s sample period", 15_000, 5_000],
])("silence limit with %s is %i ms: the channel is re-offered 500 ms after the first watchdog tick past it", async (_what, limitMs, periodMs) => {
  const { w, control, t0, createdAtMs, openLatest, telemetry } = await fakeClockPool();
  openLatest();
  if (periodMs !== undefined) telemetry({ serviceId: "n1", atMs: w.clock.now(), periodMs });
  expect(control.info("n1")).toMatchObject({ state: "open", opens: 1 });
  await w.run(limitMs, 50); // the watchdog ticks every second; at exactly the limit the node is not yet silent
  expect(control.info("n1")!.state).toBe("open");
  await w.run(1000, 50);
  expect(control.info("n1")).toMatchObject({ state: "waiting", lastError: `no telemetry for ${limitMs} ms` });
  await w.run(500, 50);
  expect(createdAtMs.map((t) => t - t0)).toEqual([0, limitMs + 1000 + 500]);
  expect(control.info("n1")!.state).toBe("connecting");
  expect(w.ids()).toEqual(["n1"]); // the lease is untouched throughout
});

test("telemetry silent past the limit leaves the node without state in the monitor from that watchdog tick, until it flows again", async () => {
  const { w, control, monitor, openLatest, telemetry } = await fakeClockPool();
  openLatest();
  const web = [{ name: "web", state: pb.AdaptorState.ADAPTOR_RUNNING }];
  telemetry({ serviceId: "n1", atMs: w.clock.now(), periodMs: 1000, txBps: 5, adaptors: web });
  expect(monitor.nodeState("n1")?.adaptors.map((a) => [a.name, a.state])).toEqual([["web", pb.AdaptorState.ADAPTOR_RUNNING]]);
  await w.run(10_000, 50); // at exactly the 10 s limit the node is not yet silent
  expect(monitor.nodeState("n1")?.latest.txBps).toBe(5);
  await w.run(1000, 50);
  expect(monitor.nodeState("n1")).toBeUndefined();
  expect(monitor.window("n1").length).toBe(1); // its history stays for the API
  await w.run(500, 50); // re-offered
  openLatest();
  telemetry({ serviceId: "n1", atMs: w.clock.now(), periodMs: 1000, txBps: 6, adaptors: web });
  expect(monitor.nodeState("n1")?.latest.txBps).toBe(6);
  expect(control.info("n1")).toMatchObject({ state: "open", opens: 2 });
});

test("a sample that does not say its period keeps the period learnt before (5 s: a 15 s limit)", async () => {
  const { w, control, openLatest, telemetry } = await fakeClockPool();
  openLatest();
  telemetry({ serviceId: "n1", atMs: w.clock.now(), periodMs: 5_000 });
  telemetry({ serviceId: "n1", atMs: w.clock.now() + 1 });
  await w.run(15_000, 50);
  expect(control.info("n1")!.state).toBe("open");
  await w.run(1000, 50);
  expect(control.info("n1")).toMatchObject({ state: "waiting", lastError: "no telemetry for 15000 ms" });
});

test("undecodable telemetry is dropped and does not count as heard", async () => {
  const { w, control, monitor, openLatest, channels } = await fakeClockPool();
  openLatest();
  const garbage = Uint8Array.of(0x0a, 0xff, 0xff); // a length running past the end
  for (let i = 0; i < 11; i++) {
    channels.filter((c) => c.label === "telemetry").at(-1)!.message(garbage);
    await w.run(1000, 50);
  }
  expect(monitor.window("n1")).toEqual([]);
  expect(control.info("n1")).toMatchObject({ state: "waiting", lastError: "no telemetry for 10000 ms" });
});

test("telemetry keeps a channel open past the silence limit", async () => {
  const { w, control, openLatest, telemetry } = await fakeClockPool();
  openLatest();
  for (let i = 0; i < 30; i++) {
    telemetry({ serviceId: "n1", atMs: w.clock.now(), periodMs: 1000 });
    await w.run(1000, 50);
  }
  expect(control.info("n1")).toMatchObject({ state: "open", opens: 1 });
});

test("a failing channel is retried after 0.5, 1, 2, 4, 8 s, then every 10 s", async () => {
  const { w, control, t0, createdAtMs } = await fakeClockPool({ failCreate: true });
  await w.run(36_000, 50);
  const gaps = createdAtMs.map((t, i) => t - (createdAtMs[i - 1] ?? t0));
  expect(gaps).toEqual([0, 500, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
  expect(control.info("n1")).toMatchObject({ state: "waiting", attempts: 8, lastError: "cannot create a peer connection: no addon here" });
  expect(w.ids()).toEqual(["n1"]);
});

test.each([
  ["low end", () => 0, [0, 400, 800, 1_600, 3_200, 6_400, 8_000, 8_000]],
  ["high end", () => 0.9999, [0, 600, 1_200, 2_400, 4_800, 9_600, 12_000]],
])("re-offers are spread ±20 %% so channels lost together do not retry in step (%s)", async (_name, random, expected) => {
  const { w, t0, createdAtMs } = await fakeClockPool({ failCreate: true, random });
  await w.run(36_000, 50);
  expect(createdAtMs.map((t, i) => t - (createdAtMs[i - 1] ?? t0))).toEqual(expected);
});

test("a call to a node whose channel is not open yet is refused with a NotConnectedError saying its state", async () => {
  const { control } = await fakeClockPool();
  const err = await control.call("n1", { status: {} }, 1000).catch((e) => e);
  expect(err).toBeInstanceOf(NotConnectedError);
  expect(err.name).toBe("NotConnectedError");
  expect(err.message).toBe("node 'n1' has no open control channel (connecting); retry shortly");
});

test("a channel open is logged with its set-up time, which is kept for the statistics", async () => {
  const { w, control, logged, openLatest } = await fakeClockPool();
  await w.run(70);
  openLatest();
  expect(control.info("n1")).toMatchObject({ state: "open", opens: 1, lastSetupMs: 70 });
  expect(control.setupTimesMs).toEqual([70]);
  expect(logged("channel-open")).toEqual([{ name: "channel-open", id: "n1", setupMs: 70, session: expect.any(String) }]);
});

test("the set-up times of the last 1000 opens are kept", async () => {
  const { w, control, openLatest, closeLatest } = await fakeClockPool();
  await w.run(70);
  openLatest(); // the one set-up of 70 ms, the oldest
  for (let i = 1; i < 1001; i++) {
    closeLatest("rpc");
    await w.run(500, 500); // re-offered 500 ms after the loss
    openLatest(); // at once: 0 ms
  }
  expect(control.info("n1")!.opens).toBe(1001);
  expect(control.setupTimesMs.length).toBe(1000);
  expect(control.setupTimesMs.every((ms) => ms === 0)).toBe(true);
});

test.each([
  ["rpc", "rpc channel closed"],
  ["telemetry", "telemetry channel closed"],
] as const)("the %s channel closed by the far side loses the channel once: logged, the connection closed, re-offered after 500 ms", async (label, reason) => {
  const { w, t0, control, logged, createdAtMs, closed, openLatest, closeLatest } = await fakeClockPool();
  openLatest();
  closeLatest(label);
  expect(control.info("n1")).toMatchObject({ state: "waiting", lastError: reason });
  expect(closed.count).toBe(1);
  expect(logged().filter((l) => String(l.name).startsWith("channel-"))).toEqual([
    { name: "channel-open", id: "n1", setupMs: 0, session: expect.any(String) },
    { name: "channel-lost", id: "n1", reason, retryInMs: 500 },
  ]);
  await w.run(500, 10);
  expect(createdAtMs.map((t) => t - t0)).toEqual([0, 500]);
});

test("a channel that never opens fails after 5 s and is re-offered; the failure is logged as channel-failed", async () => {
  const { w, t0, control, logged, createdAtMs, closed } = await fakeClockPool();
  await w.run(4_990);
  expect(control.info("n1")!.state).toBe("connecting");
  await w.run(10);
  expect(control.info("n1")).toMatchObject({ state: "waiting", lastError: "not connected within 5000 ms", attempts: 1 });
  expect(closed.count).toBe(1);
  expect(logged("channel-failed")).toEqual([{ name: "channel-failed", id: "n1", reason: "not connected within 5000 ms", retryInMs: 500 }]);
  expect(logged("channel-lost")).toEqual([]);
  await w.run(500);
  expect(createdAtMs.map((t) => t - t0)).toEqual([0, 5_500]);
  expect(control.info("n1")).toMatchObject({ state: "connecting", attempts: 2 });
});

test("a peer connection that cannot be created is logged as channel-failed with the reason and the retry", async () => {
  const { logged } = await fakeClockPool({ failCreate: true });
  expect(logged().filter((l) => String(l.name).startsWith("channel-"))).toEqual([
    { name: "channel-failed", id: "n1", reason: "cannot create a peer connection: no addon here", retryInMs: 500 },
  ]);
});

test("a node going silent is logged once with its limit and channel state; a node never heard from is not", async () => {
  const { w, logged, openLatest, telemetry } = await fakeClockPool();
  await w.run(20_000, 50); // connecting, failing, re-offered: no telemetry ever, so never silent
  expect(logged("telemetry-silent")).toEqual([]);
  openLatest();
  telemetry({ serviceId: "n1", atMs: w.clock.now(), periodMs: 2000 });
  await w.run(30_000, 50);
  expect(logged("telemetry-silent")).toEqual([{ name: "telemetry-silent", id: "n1", limitMs: 10_000, channel: "open" }]);
});

test("a node that registers again (restarted) gets a new offer at once: the old one closed, its retry cancelled, the backoff from the start", async () => {
  const { w, t0, control, createdAtMs } = await fakeClockPool({ failCreate: true });
  await w.run(8_000, 50);
  expect(createdAtMs.map((t) => t - t0)).toEqual([0, 500, 1_500, 3_500, 7_500]); // the next in 8 s, at 15.5 s
  w.agents[0]!.stop(false); // dies without a word
  w.addAgent("n1"); // and comes back from another address
  const before = createdAtMs.length;
  for (let i = 0; i < 300 && createdAtMs.length === before; i++) await w.run(10);
  const t1 = createdAtMs.at(-1)!;
  expect(control.info("n1")).toMatchObject({ state: "waiting", attempts: 1 });
  await w.run(10_000, 50); // past 15.5 s
  expect(createdAtMs.slice(before).map((t) => t - t1)).toEqual([0, 500, 1_500, 3_500, 7_500]);
});

test("an offer closed because the node registered again is ignored when its channels open late", async () => {
  const { w, control, channels, closed, logged } = await fakeClockPool();
  w.agents[0]!.stop(false);
  w.addAgent("n1");
  for (let i = 0; i < 300 && channels.length < 4; i++) await w.run(10);
  expect(channels.length).toBe(4); // two offers, two channels each
  expect(closed.count).toBe(1); // the first offer's connection
  channels.slice(0, 2).forEach((c) => c.open()); // the first offer's
  expect(control.info("n1")).toMatchObject({ state: "connecting", opens: 0 });
  expect(control.setupTimesMs).toEqual([]);
  expect(logged("channel-open")).toEqual([]);
  channels.slice(2).forEach((c) => c.open());
  expect(control.info("n1")).toMatchObject({ state: "open", opens: 1 });
});

test("a node whose roles change keeps its channel; its telemetry is summed under its new roles", async () => {
  let attributes: lama.v1.IAttributes = { hostname: "host-n1", roles: ["web"] };
  const { w, control, monitor, openLatest, telemetry } = await fakeClockPool({ attrs: () => attributes });
  openLatest();
  telemetry({ serviceId: "n1", atMs: w.clock.now(), periodMs: 1000, txBps: 1 });
  attributes = { hostname: "host-n1", roles: ["relay"] };
  for (let i = 0; i < 8; i++) {
    await w.run(1000, 50);
    telemetry({ serviceId: "n1", atMs: w.clock.now(), periodMs: 1000, txBps: 2 });
  }
  expect(control.info("n1")).toMatchObject({ state: "open", opens: 1 });
  expect(monitor.roleNames()).toEqual(["relay", "web"]);
  expect(monitor.roleWindowOf("relay").at(-1)).toMatchObject({ nodes: 1, txBps: 2 });
});

test("signals for a node not known, or between two offers, are dropped", async () => {
  const { w, control, signalHandlers, closeLatest, openLatest } = await fakeClockPool();
  const answer = { session: "0011223344556677", answerSdp: "v=0" };
  expect(() => signalHandlers.forEach((h) => h("ghost", answer))).not.toThrow();
  openLatest();
  closeLatest("rpc");
  expect(control.info("n1")!.state).toBe("waiting");
  expect(() => signalHandlers.forEach((h) => h("n1", answer))).not.toThrow();
  await w.run(500);
  expect(control.info("n1")!.state).toBe("connecting");
});

test("stop() unsubscribes: a node registering afterwards gets no offer", async () => {
  const { w, control, createdAtMs } = await fakeClockPool();
  control.stop();
  const created = createdAtMs.length;
  w.addAgent("n2");
  await w.run(3_000);
  expect(w.ids()).toEqual(["n1", "n2"]);
  expect(createdAtMs.length).toBe(created);
  expect(control.info("n2")).toBeUndefined();
});

test("grand's muxed peer connections ask no STUN or TURN server and put ICE on the one port, bound where told", () => {
  // Strictly: without an address the config has no bindAddress key at all, not one set to undefined.
  expect(iceMuxConfig(4162)).toStrictEqual({ iceServers: [], enableIceUdpMux: true, portRangeBegin: 4162, portRangeEnd: 4162 });
  expect(iceMuxConfig(4170, "10.1.2.3")).toStrictEqual({ iceServers: [], enableIceUdpMux: true, portRangeBegin: 4170, portRangeEnd: 4170, bindAddress: "10.1.2.3" });
});

/** Each label set's count and sum of a histogram family, by "method/outcome". */
function rpcSeries(control: ControlManager): Record<string, { count: number; sum: number }> {
  return Object.fromEntries(control.rpcSeconds.samples().map((s) => [`${s.labels!.method}/${s.labels!.outcome}`, { count: s.count, sum: s.sum }]));
}

test("every call's duration is observed in seconds on the monotonic clock, by method and outcome", async () => {
  const { w, control, openLatest, lastCall, rpcReply } = await fakeClockPool();
  await expect(control.call("ghost", { status: {} }, 1_000)).rejects.toThrow(NotConnectedError);
  await expect(control.call("n1", { status: {} }, 1_000)).rejects.toThrow(NotConnectedError); // still connecting
  openLatest();
  // Answered after 30 ms.
  const answered = control.call("n1", { status: {} }, 2_000);
  await w.run(30);
  rpcReply({ id: lastCall().id, status: {} });
  await answered;
  // Never answered: times out at its 2 s deadline.
  const unanswered = control.call("n1", { start: { adaptor: "web" } }, 2_000).catch((e) => e);
  await w.run(2_000, 50);
  expect(await unanswered).toBeInstanceOf(RpcTimeoutError);
  // Refused by the node after 5 ms.
  const refused = control.call("n1", { stop: { adaptor: "web" } }, 2_000).catch((e) => e);
  await w.run(5, 5);
  rpcReply({ id: lastCall().id, error: { message: "no adaptor 'web'" } });
  expect(await refused).toBeInstanceOf(RemoteRpcError);
  const series = rpcSeries(control);
  expect(Object.keys(series).sort()).toEqual(["start/timeout", "status/not_connected", "status/ok", "stop/remote_error"]);
  expect(series["status/not_connected"]).toEqual({ count: 2, sum: 0 });
  expect(series["status/ok"]!.count).toBe(1);
  expect(series["status/ok"]!.sum).toBeCloseTo(0.03, 9);
  expect(series["start/timeout"]!.count).toBe(1);
  expect(series["start/timeout"]!.sum).toBeCloseTo(2, 9);
  expect(series["stop/remote_error"]!.count).toBe(1);
  expect(series["stop/remote_error"]!.sum).toBeCloseTo(0.005, 9);
});

test("a channel's set-up time is observed in seconds in the set-up histogram", async () => {
  const { w, control, openLatest } = await fakeClockPool();
  await w.run(70);
  openLatest();
  const s = control.setupSeconds.sample();
  expect(s.count).toBe(1);
  expect(s.sum).toBeCloseTo(0.07, 9);
  // 70 ms lies in the (0.05, 0.1] bucket: cumulative counts 0 up to 0.05 s, 1 from 0.1 s.
  expect(s.buckets.filter(([le]) => le === 0.05 || le === 0.1)).toEqual([[0.05, 0], [0.1, 1]]);
});

test("each telemetry sample's delay from its at_ms to its arrival is observed once, in seconds", async () => {
  const { w, control, openLatest, telemetry } = await fakeClockPool();
  openLatest();
  const atMs = w.clock.now() - 40; // taken 40 ms before it arrives
  telemetry({ serviceId: "n1", atMs, periodMs: 2_000, txBps: 1 });
  telemetry({ serviceId: "n1", atMs, periodMs: 2_000, txBps: 1, adaptors: [{ name: "web" }] }); // the same sample again
  const h = control.telemetryDelay.histogram.sample();
  expect(h.count).toBe(1);
  expect(h.sum).toBeCloseTo(0.04, 9);
});

test("a node that leaves takes its telemetry-delay state with it: back again, its first sample is measured whatever its at_ms", async () => {
  const { w, control, openLatest, telemetry } = await fakeClockPool();
  openLatest();
  const atMs = w.clock.now() - 10;
  telemetry({ serviceId: "n1", atMs, periodMs: 2_000 });
  w.agents[0]!.stop(); // cancels its lease: grand drops the node
  await w.run(100);
  expect(control.info("n1")).toBeUndefined();
  w.addAgent("n1"); // it comes back, with a clock that reads as before (stepped back)
  for (let i = 0; i < 300 && control.info("n1") === undefined; i++) await w.run(10);
  openLatest();
  telemetry({ serviceId: "n1", atMs, periodMs: 2_000 });
  expect(control.telemetryDelay.histogram.sample().count).toBe(2);
});
