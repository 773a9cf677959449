/**
 * grand's lookup service against scripted senders: each holds the pool key and
 * seals under an id of its choosing, so a node posing under another node's id
 * with the right key is tested (the wrong-key impostor is in pool.test.ts).
 */
import { expect, test } from "bun:test";
import { pb } from "../proto/index.ts";
import type { lama } from "../proto/index.ts";
import { Envelope, FakeClock, Keyring, loadSodium, memoryLogger, MemoryNetwork } from "../runtime/wire/index.ts";
import { LookupService, leaseToJson } from "./lookup-service.ts";

const sodium = await loadSodium();
const KEY = Uint8Array.from({ length: 32 }, (_, i) => 40 + i);
const GRAND = { address: "198.18.0.1", port: 4161 };
const flush = () => new Promise<void>((r) => setImmediate(r));

function setup(epoch = 1) {
  const clock = new FakeClock();
  const net = new MemoryNetwork();
  const grand = new LookupService({
    grandId: "g", epoch, clock, log: memoryLogger(), transport: net.attach(GRAND.address, GRAND.port),
    envelope: new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "g", clock }),
  });
  const types = () => grand.events.since(0).map((e) => `${e.type}:${e.serviceId}`);
  let hosts = 0;
  /** A host holding the pool key that seals everything as `senderId`. */
  const sender = (senderId: string) => {
    const transport = net.attach(`198.18.0.${20 + hosts++}`, 5000);
    const envelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId, clock });
    const replies: lama.v1.Sealed[] = [];
    transport.onMessage((data) => {
      const r = envelope.open(data);
      if (r.ok) replies.push(r.message);
    });
    const send = async (body: Parameters<Envelope["seal"]>[0]) => {
      transport.sendTo(envelope.seal(body), GRAND);
      await flush();
    };
    const register = (serviceId: string, requestId = 1, bootId = "boot-1") =>
      send({ register: { requestId, item: { serviceId, attributes: { hostname: `host-${serviceId}` } }, requestedLeaseMs: 2500, bootId } });
    return { send, register, replies };
  };
  return { clock, grand, sender, types };
}

test("a Register for another node's id is refused, though sealed with the pool key", async () => {
  const { grand, sender, types } = setup();
  const mallory = sender("mallory");
  await mallory.register("victim", 9);
  expect(grand.lookup()).toEqual([]);
  expect(types()).toEqual([]);
  expect(grand.counters).toMatchObject({ registers: 0, rejected: 1 });
  expect(mallory.replies.map((m) => [m.registerReply?.requestId, m.registerReply?.status, m.registerReply?.error])).toEqual([
    [9, pb.Status.STATUS_REJECTED, "service id in the item differs from the sender id"],
  ]);
});

test("a Renew under another node's id is refused: no renewal, no attribute change, no reply", async () => {
  const { clock, grand, sender, types } = setup();
  const victim = sender("victim");
  await victim.register("victim");
  const lease = grand.leases.get("victim")!;
  clock.advance(1000);
  const mallory = sender("mallory");
  await mallory.send({ renew: { requestId: 2, serviceId: "victim", leaseId: lease.leaseId, requestedLeaseMs: 2500, changedAttributes: { hostname: "evil" } } });
  expect(grand.leases.get("victim")).toMatchObject({ renewals: 0, renewedAtMs: 1_800_000_000_000, expiresAtMs: 1_800_000_002_500 });
  expect(grand.leases.get("victim")!.item.attributes?.hostname).toBe("host-victim");
  expect(grand.counters).toMatchObject({ renewals: 0, rejected: 1 });
  expect(mallory.replies).toEqual([]);
  expect(types()).toEqual(["registered:victim"]);
  // the holder itself renews with the same message and is answered
  await victim.send({ renew: { requestId: 3, serviceId: "victim", leaseId: lease.leaseId, requestedLeaseMs: 2500 } });
  expect(grand.leases.get("victim")).toMatchObject({ renewals: 1, expiresAtMs: 1_800_000_003_500 });
});

test("a Cancel under another node's id is refused and the lease stays", async () => {
  const { grand, sender, types } = setup();
  const victim = sender("victim");
  await victim.register("victim");
  const leaseId = grand.leases.get("victim")!.leaseId;
  const mallory = sender("mallory");
  await mallory.send({ cancel: { requestId: 2, serviceId: "victim", leaseId } });
  expect(grand.lookup().map((l) => l.serviceId)).toEqual(["victim"]);
  expect(grand.counters.cancels).toBe(0);
  expect(mallory.replies).toEqual([]);
  await victim.send({ cancel: { requestId: 3, serviceId: "victim", leaseId } });
  expect(grand.lookup()).toEqual([]);
  expect(types()).toEqual(["registered:victim", "cancelled:victim"]);
});

test("signalling is passed on only from a sender that holds a lease", async () => {
  const { grand, sender } = setup();
  const seen: string[] = [];
  grand.onSignal((id, s) => seen.push(`${id}:${s.session}`));
  await sender("stranger").send({ signal: { session: "s1", answerSdp: "v=0" } });
  expect(seen).toEqual([]);
  const n1 = sender("n1");
  await n1.register("n1");
  await n1.send({ signal: { session: "s2", answerSdp: "v=0" } });
  expect(seen).toEqual(["n1:s2"]);
});

test("a Register retransmitted within 2 s is answered with the same lease and makes no event; at 2 s it is a new registration", async () => {
  const { clock, grand, sender, types } = setup();
  const n1 = sender("n1");
  await n1.register("n1", 1);
  clock.advance(1999);
  await n1.register("n1", 2);
  const leaseIds = () => n1.replies.map((m) => [m.registerReply?.requestId, m.registerReply?.status, Number(m.registerReply?.leaseId)]);
  expect(leaseIds()).toEqual([[1, pb.Status.STATUS_OK, 1001], [2, pb.Status.STATUS_OK, 1001]]);
  expect(types()).toEqual(["registered:n1"]);
  expect(grand.counters.registers).toBe(1);
  expect(grand.leases.get("n1")!.registeredAtMs).toBe(1_800_000_000_000);
  clock.advance(1);
  await n1.register("n1", 3);
  expect(leaseIds().at(-1)).toEqual([3, pb.Status.STATUS_OK, 1002]);
  expect(types()).toEqual(["registered:n1", "registered:n1"]);
});

test("a Register from another boot within 2 s is a new registration", async () => {
  const { clock, sender, types } = setup();
  const n1 = sender("n1");
  await n1.register("n1", 1, "boot-1");
  clock.advance(500);
  await n1.register("n1", 1, "boot-2");
  expect(n1.replies.map((m) => Number(m.registerReply?.leaseId))).toEqual([1001, 1002]);
  expect(types()).toEqual(["registered:n1", "registered:n1"]);
});

test("a Register from the same boot at another address within 2 s is a new registration, and the lease keeps where it came from", async () => {
  const { clock, grand, sender, types } = setup();
  const first = sender("n1");
  await first.register("n1", 1, "boot-1");
  expect(grand.leases.get("n1")!.endpoint).toEqual({ address: "198.18.0.20", port: 5000 });
  clock.advance(500);
  const moved = sender("n1"); // the same agent, its datagrams now from 198.18.0.21
  await moved.register("n1", 1, "boot-1");
  expect(moved.replies.map((m) => Number(m.registerReply?.leaseId))).toEqual([1002]);
  expect(types()).toEqual(["registered:n1", "registered:n1"]);
  expect(grand.leases.get("n1")!.endpoint).toEqual({ address: "198.18.0.21", port: 5000 });
  expect(leaseToJson(grand.leases.get("n1")!, clock.now()).endpoint).toBe("198.18.0.21:5000");
});

test.each([
  [1, 1001],
  [7, 7001],
  [42, 42001],
])("with epoch %i the first lease id is %i, so a restarted grand never takes an old lease id", async (epoch, first) => {
  const { grand, sender } = setup(epoch);
  await sender("a").register("a");
  await sender("b").register("b");
  expect(grand.lookup().map((l) => l.leaseId)).toEqual([first, first + 1]);
});
