/**
 * grand's control manager with real agents (LeaseClient + LamaNode) and real WebRTC on
 * loopback; discovery and signalling over the in-memory network, on the real clock.
 */
import { afterEach, expect, test } from "bun:test";
import { AdaptorRegistry } from "../adaptors/index.ts";
import { LeaseClient, LamaNode } from "../runtime/index.ts";
import { Envelope, Keyring, loadSodium, memoryLogger, MemoryNetwork, nativePeers, systemClock } from "../runtime/wire/index.ts";
import { ControlManager } from "./control-manager.ts";
import { LookupService } from "./lookup-service.ts";
import { Monitor } from "./monitor.ts";

const sodium = await loadSodium();
const KEY = Uint8Array.from({ length: 32 }, (_, i) => i * 3);
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function pool(opts: { telemetrySilenceMs?: number; samplePeriodMs?: number } = {}) {
  const net = new MemoryNetwork();
  const clock = systemClock;
  const service = new LookupService({
    grandId: "g", epoch: 1, clock, log: memoryLogger(), transport: net.attach("198.18.0.1", 4161),
    envelope: new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "g", clock }),
  });
  const monitor = new Monitor();
  const control = new ControlManager({ service, monitor, peers: nativePeers, clock, log: memoryLogger(), bindAddressFor: () => "127.0.0.1", telemetrySilenceMs: opts.telemetrySilenceMs });
  service.start();
  control.start();
  cleanups.push(() => {
    control.stop();
    service.stop();
  });
  let samples = 0;
  const addNode = (id: string) => {
    const agent = new LeaseClient({
      item: { serviceId: id, attributes: { roles: ["web"] } }, bootId: id, clock, log: memoryLogger(),
      transport: net.attach(`198.18.0.${10 + samples}`, 0),
      envelope: new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: id, clock }),
    });
    const node = new LamaNode({
      agent, registry: new AdaptorRegistry(), samplePeriodMs: opts.samplePeriodMs ?? 200, peers: nativePeers, clock, log: memoryLogger(),
      bindAddress: () => "127.0.0.1",
      sampler: { sample: (now) => ({ serviceId: id, atMs: now, periodMs: opts.samplePeriodMs ?? 200, txBps: ++samples }) },
    });
    node.start();
    cleanups.push(() => node.stop());
    return node;
  };
  const waitOpen = async (id: string, opens = 1) => {
    for (let i = 0; i < 500; i++) {
      const info = control.info(id);
      if (info?.state === "open" && info.opens >= opens) return info;
      await Bun.sleep(10);
    }
    throw new Error(`channel to ${id} not open (${JSON.stringify(control.info(id))})`);
  };
  return { control, monitor, addNode, waitOpen };
}

test("registration opens a channel; telemetry reaches the monitor; Status works", async () => {
  const { control, monitor, addNode, waitOpen } = pool();
  addNode("n1");
  await waitOpen("n1");
  await Bun.sleep(500);
  expect(monitor.window("n1").length).toBeGreaterThan(1);
  expect(monitor.roleWindowOf("web").at(-1)?.nodes).toBe(1);
  const reply = await control.call("n1", { status: {} }, 2000);
  expect(reply.status?.node?.serviceId).toBe("n1");
}, 15_000);

test("a channel lost while the lease holds is re-established", async () => {
  const { control, addNode, waitOpen } = pool();
  const node = addNode("n1");
  await waitOpen("n1");
  node.answerer.close(); // the agent's side of the channel goes away; its lease does not
  const again = await waitOpen("n1", 2);
  expect(again.opens).toBe(2);
  expect((await control.call("n1", { status: {} }, 2000)).status?.node?.serviceId).toBe("n1");
}, 15_000);

test("a node whose telemetry stops is presumed lost and re-offered; a slow sample period is allowed for", async () => {
  const { addNode, waitOpen } = pool({ telemetrySilenceMs: 300, samplePeriodMs: 200 });
  const node = addNode("n1");
  await waitOpen("n1");
  await Bun.sleep(1000);
  expect((await waitOpen("n1")).opens).toBe(1); // telemetry every 200 ms: never silent for 600 ms
  (node as unknown as { stopSampling: () => void }).stopSampling();
  await waitOpen("n1", 2);
}, 15_000);

test("calls to a node without an open channel fail at once with a clear error", async () => {
  const { control } = pool();
  await expect(control.call("ghost", { status: {} }, 1000)).rejects.toThrow("node 'ghost' is not registered");
});
