/**
 * The agent's node with a grand, both assembled as the binaries are, on the
 * in-memory network and peer factory and a fake clock
 * (test/harness/live-pool.ts): what its telemetry carries and when it is sent.
 */
import { afterEach, expect, test } from "bun:test";
import { AdaptorRegistry, type Adaptor, type AdaptorState, type AdaptorStatusInfo } from "../adaptors/index.ts";
import { type lama, pb } from "../proto/index.ts";
import { LivePool } from "../test/harness/live-pool.ts";
import { ADAPTOR_WATCH_MS, LamaNode } from "./lama-node.ts";
import type { LeaseClient, LeaseClientState } from "./lease-client.ts";
import { ControlOfferer, FakeClock, MemoryPeers, memoryLogger, RpcClient, type ChannelPair, type DataChannel, type PeerFactory } from "./wire/index.ts";

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** An adaptor whose state the test sets, as a program's own life would. */
function scriptedAdaptor(name: string) {
  const s = { state: "stopped" as AdaptorState, restarts: 0 };
  const status = (): AdaptorStatusInfo => ({ name, state: s.state, restarts: s.restarts, params: {}, detail: "" });
  const done = (message: string) => ({ status: status(), message, noOp: false });
  const adaptor: Adaptor = {
    name,
    describe: () => ({ name, type: "scripted", description: "", params: [] }),
    status,
    start: async () => ((s.state = "running"), done("started")),
    stop: async () => ((s.state = "stopped"), done("stopped")),
    set: async () => done("set"),
  };
  return { adaptor, s };
}

async function setUp() {
  const pool = new LivePool();
  const { control, monitor } = pool.startGrand();
  const web = scriptedAdaptor("web");
  const relay = scriptedAdaptor("relay");
  let txBps = 0;
  const { node } = pool.addNode("n1", {
    registry: new AdaptorRegistry([web.adaptor, relay.adaptor]), sampleMs: 2000,
    sampler: { sample: (now) => ({ serviceId: "n1", atMs: now, periodMs: 2000, txBps: (txBps += 10) }) },
  });
  cleanups.push(() => pool.stop());
  await pool.run(500);
  expect(control!.info("n1")?.state).toBe("open");
  const states = () => monitor.nodeState("n1")?.adaptors.map((a) => `${a.name}=${pb.AdaptorState[a.state ?? 0]}`);
  return { w: pool, control: control!, monitor, node, web, relay, states };
}

test("every telemetry message carries each adaptor's state with the load", async () => {
  const { w, monitor, node, states } = await setUp();
  expect(states()).toEqual(["web=ADAPTOR_STOPPED", "relay=ADAPTOR_STOPPED"]);
  await w.run(10_000);
  expect(monitor.window("n1").map((s) => s.txBps)).toEqual([10, 20, 30, 40, 50, 60]); // at open, then every 2 s
  expect(node.stats).toMatchObject({ telemetrySent: 6, adaptorChangesSent: 0 }); // nothing changed: nothing extra
});

test("a Start's new state reaches grand before the Start's reply does", async () => {
  const { control, node, states } = await setUp();
  const reply = await control.call("n1", { start: { adaptor: "web", params: {} } }, 2000);
  expect(reply.adaptor?.message).toBe("started");
  expect(states()).toEqual(["web=ADAPTOR_RUNNING", "relay=ADAPTOR_STOPPED"]); // no clock advanced since
  expect(node.stats.adaptorChangesSent).toBe(1);
});

test(`a change no call made (a crash) is sent within ${ADAPTOR_WATCH_MS} ms as the latest sample again, not as a new one`, async () => {
  const { w, monitor, relay, states } = await setUp();
  await w.run(1000); // between two samples
  const samples = monitor.window("n1").length;
  relay.s.state = "failed";
  await w.run(ADAPTOR_WATCH_MS);
  expect(states()).toEqual(["web=ADAPTOR_STOPPED", "relay=ADAPTOR_FAILED"]);
  expect(monitor.window("n1").length).toBe(samples); // the load is not counted twice
  relay.s.state = "running";
  relay.s.restarts = 1;
  await w.run(ADAPTOR_WATCH_MS);
  expect(states()).toEqual(["web=ADAPTOR_STOPPED", "relay=ADAPTOR_RUNNING"]);
  relay.s.restarts = 2; // restarted between two looks: same state, one more restart
  await w.run(ADAPTOR_WATCH_MS);
  expect(monitor.nodeState("n1")?.adaptors[1]?.restarts).toBe(2);
});

/**
 * The node alone: a scripted lease client (the test says which grand it holds
 * its lease from and which state it is in) and grand's offerer beside it, on the
 * in-memory peer factory and a fake clock.
 */
function alone(opts: { grand?: { id: string; address: string }; adaptors?: Adaptor[]; sample?: (now: number) => lama.v1.INodeStatus; bindAddress?: () => string | undefined } = {}) {
  const clock = new FakeClock();
  const peers = new MemoryPeers();
  const log = memoryLogger();
  /** While set, the node's telemetry channel takes nothing (its send buffer is full). */
  const full = { now: false };
  const nodePeers: PeerFactory = {
    create: (name, o) => {
      const pc = peers.create(name, o);
      const onDataChannel = pc.onDataChannel.bind(pc);
      pc.onDataChannel = (cb) => onDataChannel((dc) => cb({ ...dc, sendMessageBinary: (b: Uint8Array) => !full.now && dc.sendMessageBinary(b) } as DataChannel));
      return pc;
    },
  };
  let signal: (s: lama.v1.ISignal, reply: (back: lama.v1.ISignal) => void) => void = () => {};
  let stateChange: (s: LeaseClientState) => void = () => {};
  const agentCalls: string[] = [];
  const agent = {
    serviceId: "n1",
    grand: opts.grand && { id: opts.grand.id, endpoint: { address: opts.grand.address, port: 4161 } },
    start: () => void agentCalls.push("start"),
    stop: (cancel: boolean) => void agentCalls.push(`stop ${cancel}`),
    onSignal: (f: typeof signal) => void (signal = f),
    onStateChange: (f: typeof stateChange) => void (stateChange = f),
  } as unknown as LeaseClient;
  let samples = 0;
  const node = new LamaNode({
    agent, registry: new AdaptorRegistry(opts.adaptors ?? []), samplePeriodMs: 2000, peers: nodePeers, clock, log, bindAddress: opts.bindAddress,
    sampler: { sample: opts.sample ?? ((now) => ({ serviceId: "n1", atMs: now, periodMs: 2000, txBps: ++samples })) },
  });
  const received: lama.v1.NodeStatus[] = [];
  let grand: ChannelPair | undefined;
  /** grand offers a channel; resolves when it is open. */
  const offer = async () => {
    const offerer: ControlOfferer = new ControlOfferer({
      serviceId: "n1", peers, clock, log: memoryLogger(),
      send: (s) => signal(s, (back) => offerer.handleSignal(back)),
      onOpen: (c) => {
        grand = c;
        c.telemetry.onMessage((b) => received.push(pb.NodeStatus.decode(b)));
      },
      onFail: () => {},
    });
    offerer.start();
    await flush();
    return grand!;
  };
  const run = async (ms: number, stepMs = 50) => {
    for (let t = 0; t < ms; t += stepMs) {
      clock.advance(stepMs);
      await flush();
    }
  };
  return { node, clock, peers, log, full, agentCalls, received, offer, run, stateChange: (s: LeaseClientState) => stateChange(s), grand: () => grand };
}

async function flush() {
  for (let i = 0; i < 5; i++) await new Promise<void>((r) => setImmediate(r));
}

test("without a bind address set, the channel binds to our address on grand's network", async () => {
  const a = alone({ grand: { id: "grand-1", address: "127.0.0.2" } });
  a.node.start();
  await a.offer();
  expect(a.peers.created.map((c) => c.bindAddress)).toEqual([undefined, "127.0.0.1"]);
  expect(a.log.lines.find((l) => l.name === "channel-open")?.fields).toEqual({ grand: "grand-1" });
});

test("without a grand known, the channel binds to any address", async () => {
  const a = alone();
  a.node.start();
  expect((await a.offer()).rpc.open).toBe(true);
  expect(a.peers.created.map((c) => c.bindAddress)).toEqual([undefined, undefined]);
  expect(a.log.lines.find((l) => l.name === "channel-open")?.fields).toEqual({ grand: undefined });
});

test.each([
  ["discovering", false],
  ["stopped", false],
  ["registering", true],
  ["registered", true],
] as const)("the lease client turning %s leaves the channel open: %p", async (state, open) => {
  const a = alone({ bindAddress: () => undefined });
  a.node.start();
  const g = await a.offer();
  a.stateChange(state);
  await flush();
  expect([g.rpc.open, g.telemetry.open]).toEqual([open, open]);
});

test("the status is the latest sample: one at start, then one every 2 s; a Status call takes it, sampling nothing", async () => {
  const a = alone({ bindAddress: () => undefined });
  a.node.start();
  expect([a.node.status?.txBps, a.node.stats.samples]).toEqual([1, 1]);
  const g = await a.offer();
  await a.run(2000);
  expect([a.node.status?.txBps, a.node.stats.samples]).toEqual([2, 2]);
  const reply = await new RpcClient(g.rpc, a.clock).call({ status: {} }, 1000);
  expect(reply.status?.node?.txBps).toBe(2);
  expect(a.node.stats.samples).toBe(2);
  expect(a.received.map((s) => s.txBps)).toEqual([1, 2]);
});

test("a failing sampler is counted, logged three times only, and leaves the last good sample as the status", async () => {
  let fail = false;
  const a = alone({ bindAddress: () => undefined, sample: (now) => {
    if (fail) throw new Error("cannot read /proc/net/dev");
    return { serviceId: "n1", atMs: now, txBps: 9 };
  } });
  a.node.start();
  fail = true;
  await a.run(10_000);
  expect(a.node.stats).toMatchObject({ samples: 1, sampleErrors: 5 });
  expect(a.node.status?.txBps).toBe(9);
  expect(a.log.lines.filter((l) => l.name === "sample-failed").map((l) => l.fields)).toEqual([
    { error: "cannot read /proc/net/dev" }, { error: "cannot read /proc/net/dev" }, { error: "cannot read /proc/net/dev" },
  ]);
});

test("without any sample, telemetry still carries the node's id and its adaptors' states", async () => {
  const web = scriptedAdaptor("web");
  const a = alone({ bindAddress: () => undefined, adaptors: [web.adaptor], sample: () => {
    throw new Error("no /proc here");
  } });
  a.node.start();
  await a.offer();
  expect(a.received.map((s) => [s.serviceId, Number(s.atMs), s.adaptors.map((x) => x.name)])).toEqual([["n1", 0, ["web"]]]);
});

test("an adaptor change with no channel open is not counted as sent", async () => {
  const web = scriptedAdaptor("web");
  const a = alone({ bindAddress: () => undefined, adaptors: [web.adaptor] });
  a.node.start();
  web.s.state = "running";
  await a.run(1000);
  expect(a.node.stats).toMatchObject({ telemetrySent: 0, telemetryDropped: 0, adaptorChangesSent: 0 });
});

test("telemetry the channel does not take is counted as dropped, and nothing else is sent for it", async () => {
  const a = alone({ bindAddress: () => undefined });
  a.node.start();
  a.full.now = true;
  await a.offer();
  await a.run(2000);
  expect(a.node.stats).toMatchObject({ telemetrySent: 0, telemetryDropped: 2, adaptorChangesSent: 0 }); // at open and at 2 s
  a.full.now = false;
  await a.run(2000);
  expect(a.node.stats).toMatchObject({ telemetrySent: 1, telemetryDropped: 2 });
  expect(a.received.map((s) => s.txBps)).toEqual([3]);
});

test("an adaptor change the channel does not take is sent at the next look once it does", async () => {
  const web = scriptedAdaptor("web");
  const a = alone({ bindAddress: () => undefined, adaptors: [web.adaptor] });
  a.node.start();
  await a.offer();
  a.full.now = true;
  web.s.state = "running";
  await a.run(500);
  expect(a.node.stats).toMatchObject({ telemetrySent: 1, telemetryDropped: 2, adaptorChangesSent: 0 }); // two looks, 250 ms apart
  a.full.now = false;
  await a.run(250);
  expect(a.node.stats).toMatchObject({ telemetrySent: 2, adaptorChangesSent: 1 });
});

test("stop() stops sampling, cancels the lease, closes the channel and stops the adaptors, logging those that fail", async () => {
  const web = scriptedAdaptor("web");
  const relay = scriptedAdaptor("relay");
  const cache = scriptedAdaptor("cache");
  relay.adaptor.stop = async () => {
    throw new Error("relay would not stop");
  };
  cache.adaptor.stop = async () => {
    throw "cache is stuck";
  };
  const a = alone({ bindAddress: () => undefined, adaptors: [web.adaptor, relay.adaptor, cache.adaptor] });
  a.node.start();
  const g = await a.offer();
  await a.node.stop();
  await flush();
  expect(a.agentCalls).toEqual(["start", "stop true"]);
  expect([g.rpc.open, g.telemetry.open]).toEqual([false, false]);
  expect(a.log.lines.filter((l) => l.name === "adaptor-stop-failed").map((l) => l.fields)).toEqual([
    { adaptor: "relay", error: "relay would not stop" },
    { adaptor: "cache", error: "cache is stuck" },
  ]);
  await a.run(10_000);
  expect(a.node.stats.samples).toBe(1);
});

test("stop() before start() stops what there is", async () => {
  const a = alone({ bindAddress: () => undefined });
  await a.node.stop();
  expect(a.agentCalls).toEqual(["stop true"]);
});
