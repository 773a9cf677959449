/**
 * The agent's node with a grand, both assembled as the binaries are, on the
 * in-memory network and peer factory and a fake clock
 * (test/harness/live-pool.ts): what its telemetry carries and when it is sent.
 */
import { afterEach, expect, test } from "bun:test";
import { AdaptorRegistry, type Adaptor, type AdaptorState, type AdaptorStatusInfo } from "../adaptors/index.ts";
import { pb } from "../proto/index.ts";
import { LivePool } from "../test/harness/live-pool.ts";
import { ADAPTOR_WATCH_MS } from "./lama-node.ts";

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
