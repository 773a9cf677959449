/**
 * grand's lookup service against scripted senders: each holds the pool key and
 * seals under an id of its choosing, so a node posing under another node's id
 * with the right key is tested (the wrong-key impostor is in pool.test.ts).
 */
import { describe, expect, test } from "bun:test";
import { pb } from "../proto/index.ts";
import type { lama } from "../proto/index.ts";
import { ControllerKeys, controllerSigner, Envelope, FakeClock, Keyring, loadSodium, memoryLogger, MemoryNetwork, type ControllerSigner } from "../runtime/wire/index.ts";
import { leaseToJson } from "./api-views.ts";
import { LookupService, type LookupServiceOptions } from "./lookup-service.ts";

const sodium = await loadSodium();
const KEY = Uint8Array.from({ length: 32 }, (_, i) => 40 + i);
const GRAND = { address: "198.18.0.1", port: 4161 };
const flush = () => new Promise<void>((r) => setImmediate(r));

function setup(epoch = 1, options: Partial<LookupServiceOptions> = {}) {
  const clock = new FakeClock();
  const net = new MemoryNetwork();
  const log = memoryLogger();
  const grand = new LookupService({
    grandId: "g", epoch, clock, log, transport: net.attach(GRAND.address, GRAND.port),
    envelope: new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "g", clock, epoch }),
    ...options,
  });
  const types = () => grand.events.since(0).map((e) => `${e.type}:${e.serviceId}`);
  let hosts = 0;
  /** A host holding the pool key that seals everything as `senderId`. */
  const sender = (senderId: string, port = 5000, address = `198.18.0.${20 + hosts++}`) => {
    const transport = net.attach(address, port);
    const envelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId, clock });
    const replies: lama.v1.Sealed[] = [];
    transport.onMessage((data) => {
      const r = envelope.open(data);
      if (r.ok) replies.push(r.message);
    });
    /** Sends a body; a Register or Renew carries grand's epoch unless it says otherwise, as agents' do. */
    const send = async (body: Parameters<Envelope["seal"]>[0]) => {
      if (body.register) body = { register: { grandEpoch: epoch, ...body.register } };
      if (body.renew) body = { renew: { grandEpoch: epoch, ...body.renew } };
      transport.sendTo(envelope.seal(body), GRAND);
      await flush();
    };
    const register = (serviceId: string, requestId = 1, bootId = "boot-1") =>
      send({ register: { requestId, item: { serviceId, attributes: { hostname: `host-${serviceId}` } }, requestedLeaseMs: 2500, bootId } });
    return { send, register, replies, transport };
  };
  return { clock, grand, sender, types, log, net };
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

test("a Register retransmitted while its lease lives is answered with that lease and renews it, with no event, however late; once the lease has expired it is a new registration", async () => {
  const { clock, grand, sender, types } = setup();
  const n1 = sender("n1");
  const t0 = clock.monotonic();
  await n1.register("n1", 1);
  clock.advance(1999);
  await n1.register("n1", 2);
  // Read 2 s after the lease was granted, and after its first renewal: still a retransmission.
  clock.advance(1);
  await n1.register("n1", 3);
  const leaseIds = () => n1.replies.map((m) => [m.registerReply?.requestId, m.registerReply?.status, Number(m.registerReply?.leaseId), m.registerReply?.grantedMs]);
  expect(leaseIds()).toEqual([[1, pb.Status.STATUS_OK, 1001, 2500], [2, pb.Status.STATUS_OK, 1001, 2500], [3, pb.Status.STATUS_OK, 1001, 2500]]);
  expect(types()).toEqual(["registered:n1"]);
  expect(grand.counters).toMatchObject({ registers: 1, repeatedRegisters: 2 });
  const lease = grand.leases.get("n1")!;
  expect([lease.registeredAtMs, lease.renewedAtMs, lease.expiresAtMs]).toEqual([t0, t0 + 2000, t0 + 4500]);
  clock.advance(2499);
  grand.sweep();
  expect(types()).toEqual(["registered:n1"]);
  clock.advance(1);
  grand.sweep();
  expect(types()).toEqual(["registered:n1", "expired:n1"]);
  await n1.register("n1", 4);
  expect(leaseIds().at(-1)).toEqual([4, pb.Status.STATUS_OK, 1002, 2500]);
  expect(types()).toEqual(["registered:n1", "expired:n1", "registered:n1"]);
  expect(grand.counters).toMatchObject({ registers: 2, repeatedRegisters: 2 });
});

test("a join storm: a Register read 3 s late, after two renewals, keeps the node's lease id, makes no second join and no expiry", async () => {
  const { clock, grand, sender, types } = setup();
  const n1 = sender("n1");
  await n1.register("n1", 1);
  for (const requestId of [2, 3]) {
    clock.advance(1000);
    await n1.send({ renew: { requestId, serviceId: "n1", leaseId: 1001, requestedLeaseMs: 2500 } });
  }
  clock.advance(1000);
  await n1.register("n1", 1); // the first Register's copy, queued in the socket since
  clock.advance(500);
  await n1.send({ renew: { requestId: 4, serviceId: "n1", leaseId: 1001, requestedLeaseMs: 2500 } });
  for (let ms = 0; ms < 3000; ms += 100) {
    clock.advance(100);
    grand.sweep();
  }
  expect(n1.replies.map((m) => m.registerReply ? `register ${m.registerReply.requestId}: ${Number(m.registerReply.leaseId)}` : `renew ${m.renewReply?.requestId}: ${m.renewReply?.status}`)).toEqual([
    "register 1: 1001", `renew 2: ${pb.Status.STATUS_OK}`, `renew 3: ${pb.Status.STATUS_OK}`, "register 1: 1001", `renew 4: ${pb.Status.STATUS_OK}`,
  ]);
  // The node stopped renewing at 3.5 s: its one lease ends 2.5 s later, once.
  expect(types()).toEqual(["registered:n1", "expired:n1"]);
  expect(grand.counters).toMatchObject({ registers: 1, repeatedRegisters: 1, renewals: 3, unknownRenewals: 0, expiries: 1 });
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

test("sendSignal reaches a registered node at the endpoint it registered from; an unknown node gets nothing", async () => {
  const { grand, sender } = setup();
  const n1 = sender("n1", 47_123);
  await n1.register("n1");
  expect(grand.sendSignal("nobody", { session: "s0", offerSdp: "v=0" })).toBe(false);
  expect(grand.sendSignal("n1", { session: "s1", offerSdp: "v=0" })).toBe(true);
  await flush();
  expect(n1.replies.map((m) => m.body)).toEqual(["registerReply", "signal"]);
  expect(n1.replies[1]!.signal).toMatchObject({ session: "s1", offerSdp: "v=0" });
});

test("lookup lists oldest registration first, ties by service id, filtered by template", async () => {
  const { clock, grand, sender } = setup();
  const c = sender("c");
  await c.send({ register: { requestId: 1, item: { serviceId: "c", attributes: { roles: ["web"] } }, requestedLeaseMs: 2500, bootId: "x" } });
  clock.advance(100);
  for (const id of ["b", "a"]) {
    await sender(id).send({ register: { requestId: 1, item: { serviceId: id, attributes: { roles: id === "a" ? ["web"] : ["db"] } }, requestedLeaseMs: 2500, bootId: "x" } });
  }
  expect(grand.lookup().map((l) => l.serviceId)).toEqual(["c", "a", "b"]);
  expect(grand.lookup({ roles: ["web"] }).map((l) => l.serviceId)).toEqual(["c", "a"]);
});

test("start announces grand on the group at once and every period; stop ends it and may be called twice", async () => {
  const { clock, grand, net } = setup(7, { endpoints: [{ address: "198.18.0.1", port: 4161 }], version: "9.9.9", announceEveryMs: 2000 });
  const watcher = net.attach("198.18.0.99", 4160);
  const envelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "w", clock });
  const seen: lama.v1.IGrandAnnounce[] = [];
  watcher.onMessage((d) => {
    const r = envelope.open(d);
    if (r.ok && r.message.grandAnnounce) seen.push(r.message.grandAnnounce);
  });
  grand.start();
  await flush();
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatchObject({ grandId: "g", epoch: 7, endpoints: ["198.18.0.1:4161"], version: "9.9.9", policy: { minLeaseMs: 1000, maxLeaseMs: 30_000, renewEveryMs: 1_000 } });
  clock.advance(2000);
  await flush();
  expect(seen).toHaveLength(2);
  grand.stop();
  grand.stop();
  clock.advance(10_000);
  await flush();
  expect(seen).toHaveLength(2);
  // grand hears its own announcement on the group and does not answer it
  expect(grand.counters.announces).toBe(0);
});

test("an announcement is answered with grand's id, epoch, endpoints and lease policy; defaults are empty", async () => {
  const { grand, sender } = setup(3);
  const n = sender("n1");
  await n.send({ announce: { attempt: 0 } });
  await flush();
  expect(grand.counters.announces).toBe(1);
  expect(n.replies).toHaveLength(1);
  expect(n.replies[0]!.discovered).toMatchObject({ grandId: "g", epoch: 3, endpoints: [], policy: { minLeaseMs: 1000, maxLeaseMs: 30_000, renewEveryMs: 1_000 } });
  const withEndpoints = setup(4, { endpoints: [{ address: "198.18.0.1", port: 4161 }, { address: "198.18.1.1", port: 4161 }] });
  const m = withEndpoints.sender("n2");
  await m.send({ announce: { attempt: 0 } });
  await flush();
  expect(m.replies[0]!.discovered?.endpoints).toEqual(["198.18.0.1:4161", "198.18.1.1:4161"]);
});

test("a Register without an item, or with an id not allowed, is refused with the reason", async () => {
  const { grand, sender } = setup();
  const a = sender("a");
  await a.send({ register: { requestId: 4, requestedLeaseMs: 2500, bootId: "x" } });
  await a.send({ register: { requestId: 5, item: { attributes: {} }, requestedLeaseMs: 2500, bootId: "x" } });
  const bad = sender("bad id!");
  await bad.register("bad id!", 6);
  const errors = [...a.replies, ...bad.replies].map((m) => [m.registerReply?.requestId, m.registerReply?.status, m.registerReply?.error]);
  expect(errors).toEqual([
    [4, pb.Status.STATUS_REJECTED, "service id '' is not allowed: use 1-128 characters from letters, digits and . _ : - (starting with a letter or digit)"],
    [5, pb.Status.STATUS_REJECTED, "service id '' is not allowed: use 1-128 characters from letters, digits and . _ : - (starting with a letter or digit)"],
    [6, pb.Status.STATUS_REJECTED, "service id 'bad id!' is not allowed: use 1-128 characters from letters, digits and . _ : - (starting with a letter or digit)"],
  ]);
  expect(grand.counters).toMatchObject({ registers: 0, rejected: 3 });
  expect(grand.lookup()).toEqual([]);
});

test("a Register from the same boot is a new registration when it comes from another endpoint, and the same one after a renewal", async () => {
  const { clock, grand, sender } = setup();
  const first = sender("n1", 5000, "198.18.0.50");
  await first.register("n1", 1);
  const moved = sender("n1", 5001, "198.18.0.50");
  await moved.register("n1", 2);
  expect(grand.leases.get("n1")!.leaseId).toBe(1002);
  expect(grand.leases.get("n1")!.endpoint).toEqual({ address: "198.18.0.50", port: 5001 });
  clock.advance(300);
  await moved.send({ renew: { requestId: 3, serviceId: "n1", leaseId: 1002, requestedLeaseMs: 2500 } });
  await moved.register("n1", 4);
  expect(grand.leases.get("n1")!.leaseId).toBe(1002);
  expect(grand.counters).toMatchObject({ registers: 2, repeatedRegisters: 1 });
});

test("a Register without a boot id, retransmitted, keeps its lease", async () => {
  const { grand, sender } = setup();
  const n = sender("n1");
  await n.send({ register: { requestId: 1, item: { serviceId: "n1" }, requestedLeaseMs: 2500 } });
  await n.send({ register: { requestId: 2, item: { serviceId: "n1" }, requestedLeaseMs: 2500 } });
  expect(n.replies.map((m) => Number(m.registerReply?.leaseId))).toEqual([1001, 1001]);
  expect(grand.counters.registers).toBe(1);
});

test("registration, renewal with changes, cancel and expiry are logged with their fields and counted", async () => {
  const { clock, grand, sender, log, types } = setup();
  const n = sender("n1", 6000, "198.18.0.60");
  await n.send({ register: { requestId: 1, item: { serviceId: "n1", attributes: { hostname: "rack-1", roles: ["web", "db"] } }, requestedLeaseMs: 2500, bootId: "b1" } });
  clock.advance(2000);
  await n.send({ register: { requestId: 2, item: { serviceId: "n1", attributes: { hostname: "rack-1", roles: ["web"] } }, requestedLeaseMs: 2500, bootId: "b1" } });
  clock.advance(100);
  await n.send({ register: { requestId: 3, item: { serviceId: "n1" }, requestedLeaseMs: 2500, bootId: "b2" } });
  expect(log.lines.filter((l) => l.name === "registered").map((l) => l.fields)).toEqual([
    { id: "n1", host: "rack-1", roles: ["web", "db"], from: "198.18.0.60:6000", leaseMs: 2500, rebooted: undefined },
    { id: "n1", host: "rack-1", roles: ["web"], from: "198.18.0.60:6000", leaseMs: 2500, rebooted: false },
    { id: "n1", host: "", roles: [], from: "198.18.0.60:6000", leaseMs: 2500, rebooted: true },
  ]);
  const leaseId = grand.leases.get("n1")!.leaseId;
  clock.advance(100);
  await n.send({ renew: { requestId: 4, serviceId: "n1", leaseId, requestedLeaseMs: 2500 } });
  await n.send({ renew: { requestId: 5, serviceId: "n1", leaseId, requestedLeaseMs: 2500, changedAttributes: { hostname: "rack-2" } } });
  await n.send({ renew: { requestId: 6, serviceId: "n1", leaseId: leaseId + 50, requestedLeaseMs: 2500 } });
  expect(n.replies.slice(3).map((m) => [m.renewReply?.requestId, m.renewReply?.status, m.renewReply?.grantedMs, m.renewReply?.epoch])).toEqual([
    [4, pb.Status.STATUS_OK, 2500, 1],
    [5, pb.Status.STATUS_OK, 2500, 1],
    [6, pb.Status.STATUS_UNKNOWN_LEASE, 0, 1],
  ]);
  expect(grand.counters).toMatchObject({ registers: 3, renewals: 2, unknownRenewals: 1 });
  expect(log.lines.filter((l) => l.name === "renewed-with-changes").map((l) => l.fields)).toEqual([{ id: "n1" }]);
  await n.send({ cancel: { requestId: 7, serviceId: "n1", leaseId: leaseId + 50 } });
  await n.send({ cancel: { requestId: 8, serviceId: "n1", leaseId } });
  expect(n.replies.slice(6).map((m) => [m.cancelReply?.requestId, m.cancelReply?.status])).toEqual([
    [7, pb.Status.STATUS_UNKNOWN_LEASE],
    [8, pb.Status.STATUS_OK],
  ]);
  expect(grand.counters.cancels).toBe(1);
  expect(log.lines.filter((l) => l.name === "cancelled").map((l) => l.fields)).toEqual([{ id: "n1" }]);
  const m = sender("m1");
  await m.send({ register: { requestId: 1, item: { serviceId: "m1", attributes: { hostname: "rack-3" } }, requestedLeaseMs: 2500, bootId: "b" } });
  await sender("m2").send({ register: { requestId: 1, item: { serviceId: "m2" }, requestedLeaseMs: 2500, bootId: "b" } });
  clock.advance(2600);
  grand.sweep();
  expect(grand.counters.expiries).toBe(2);
  expect(log.lines.filter((l) => l.name === "expired").map((l) => l.fields)).toEqual([
    { id: "m1", host: "rack-3", lastRenewalAgoMs: 2600 },
    { id: "m2", host: "", lastRenewalAgoMs: 2600 },
  ]);
  expect(types().slice(-2)).toEqual(["expired:m1", "expired:m2"]);
});

test("leaseToJson gives the API's registration shape, with empty defaults", async () => {
  const { clock, grand, sender } = setup();
  await sender("full", 7000, "198.18.0.70").send({
    register: {
      requestId: 1, requestedLeaseMs: 2500, bootId: "b",
      item: { serviceId: "full", attributes: { roles: ["web"], hostname: "h", addresses: ["198.18.0.70"], linkCapacityBps: 1_000_000_000, agentVersion: "1.2.3", adaptors: ["process"], extra: { rack: "r1" } } },
    },
  });
  await sender("bare", 7001, "198.18.0.71").send({ register: { requestId: 1, requestedLeaseMs: 2500, bootId: "b", item: { serviceId: "bare" } } });
  clock.advance(1000);
  const now = clock.now();
  expect(leaseToJson(grand.leases.get("full")!, now)).toEqual({
    id: "full",
    attributes: { roles: ["web"], hostname: "h", addresses: ["198.18.0.70"], linkCapacityBps: 1_000_000_000, agentVersion: "1.2.3", adaptors: ["process"], extra: { rack: "r1" } },
    addresses: ["198.18.0.70"],
    endpoint: "198.18.0.70:7000",
    leaseId: 1001,
    registeredAt: "2027-01-15T08:00:00.000Z",
    leaseExpiresAt: "2027-01-15T08:00:02.500Z",
    leaseRemainingMs: 1500,
    renewals: 0,
  });
  expect(leaseToJson(grand.leases.get("bare")!, now)).toMatchObject({
    attributes: { roles: [], hostname: "", addresses: [], linkCapacityBps: 0, agentVersion: "", adaptors: [], extra: {} },
    addresses: [],
  });
});

test("a renewal from a new port moves the node's endpoint: later signals go there", async () => {
  const { clock, grand, net } = setup();
  const envelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "n1", clock });
  const got: string[] = [];
  const listen = (port: number) => {
    const t = net.attach("198.18.0.80", port);
    t.onMessage((d) => {
      const r = envelope.open(d);
      if (r.ok && r.message.signal) got.push(`${port}:${r.message.signal.session}`);
    });
    return t;
  };
  const before = listen(5000);
  before.sendTo(envelope.seal({ register: { requestId: 1, item: { serviceId: "n1" }, requestedLeaseMs: 2500, bootId: "b", grandEpoch: 1 } }), GRAND);
  await flush();
  grand.sendSignal("n1", { session: "s1" });
  await flush();
  const after = listen(5001); // the node's socket was rebound (NAT, restart of the socket)
  after.sendTo(envelope.seal({ renew: { requestId: 2, serviceId: "n1", leaseId: 1001, requestedLeaseMs: 2500, grandEpoch: 1 } }), GRAND);
  await flush();
  grand.sendSignal("n1", { session: "s2" });
  await flush();
  // a renewal without a usable source keeps the endpoint it had
  grand.leases.renew("n1", 1001, 2500, clock.now());
  grand.sendSignal("n1", { session: "s3" });
  await flush();
  expect(got).toEqual(["5000:s1", "5001:s2", "5001:s3"]);
});

test("packets sealed with a key grand does not hold are logged with source and key id, at most once per 10 s", async () => {
  const { clock, net, log } = setup();
  const other = Uint8Array.from({ length: 32 }, (_, i) => 200 - i);
  const otherId = new Keyring(sodium, [other]).ids()[0]!;
  const stranger = net.attach("198.18.0.90", 4160);
  const envelope = new Envelope({ sodium, keyring: new Keyring(sodium, [other]), senderId: "n9", clock });
  const send = async () => {
    stranger.sendTo(envelope.seal({ announce: { attempt: 0 } }), GRAND);
    await flush();
  };
  const lines = () => log.lines.filter((l) => l.name === "unknown-key").map((l) => l.fields);
  await send();
  expect(lines()).toEqual([{ from: "198.18.0.90:4160", keyId: otherId.toString(16).padStart(8, "0"), unloggedSince: 0 }]);
  for (let i = 0; i < 5; i++) await send();
  clock.advance(9_999);
  await send();
  expect(lines()).toHaveLength(1);
  clock.advance(1);
  await send();
  expect(lines().at(-1)).toEqual({ from: "198.18.0.90:4160", keyId: otherId.toString(16).padStart(8, "0"), unloggedSince: 6 });
});

test("packets refused for other reasons (a replay, a stale one) are not reported as an unknown key", async () => {
  const { clock, net, log } = setup();
  const t = net.attach("198.18.0.91", 5000);
  const envelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "n2", clock });
  const packet = envelope.seal({ announce: { attempt: 0 } });
  t.sendTo(packet, GRAND);
  t.sendTo(packet, GRAND); // replay
  envelope.clockOffsetMs = -40_000;
  t.sendTo(envelope.seal({ announce: { attempt: 1 } }), GRAND); // stale
  await flush();
  expect(log.lines.filter((l) => l.name === "unknown-key")).toEqual([]);
});

test("a wall-clock change of exactly one second between sweeps is a step", async () => {
  const { clock, grand } = setup();
  grand.start();
  clock.stepWall(1_000);
  clock.advance(100);
  expect(grand.counters.wallSteps).toBe(1);
  grand.stop();
});

test("by default grand announces every 2 s, with no endpoints and no version advertised", async () => {
  const { clock, grand, net } = setup(5);
  const watcher = net.attach("198.18.0.98", 4160);
  const envelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "w", clock });
  const seen: lama.v1.IGrandAnnounce[] = [];
  watcher.onMessage((d) => {
    const r = envelope.open(d);
    if (r.ok && r.message.grandAnnounce) seen.push(r.message.grandAnnounce);
  });
  grand.start();
  await flush();
  clock.advance(1_999);
  await flush();
  expect(seen).toHaveLength(1);
  clock.advance(1);
  await flush();
  expect(seen).toHaveLength(2);
  expect(seen[1]).toMatchObject({ grandId: "g", epoch: 5, endpoints: [], version: "" });
  grand.stop();
});

test("only an unknown key is logged as one: garbage and tampered packets are counted, not logged", async () => {
  const { clock, net, log, grand } = setup();
  const host = net.attach("198.18.0.91", 4160);
  const envelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "n9", clock });
  host.sendTo(Uint8Array.of(1, 2, 3), GRAND);
  const sealed = envelope.seal({ announce: { attempt: 0 } });
  sealed[sealed.length - 1]! ^= 1;
  host.sendTo(sealed, GRAND);
  await flush();
  expect(grand.envelope.drops.byReason).toMatchObject({ short: 1, auth: 1 });
  expect(log.lines.filter((l) => l.name === "unknown-key")).toEqual([]);
});

test("a Register captured in epoch 1 and replayed to grand restarted as epoch 2, within the window, lists nothing and is not answered", async () => {
  // Before: grand listed the dead node for one lease and answered (and its control
  // manager opened a channel) toward the replayer's address.
  const { clock, grand, net, types, log } = setup(2);
  const agent = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "dead", clock });
  const capture = agent.seal({ register: { requestId: 1, item: { serviceId: "dead" }, requestedLeaseMs: 2500, bootId: "b", grandEpoch: 1 } });
  clock.advance(10_000);
  const replayer = net.attach("198.18.0.66", 6666);
  const answers: Uint8Array[] = [];
  replayer.onMessage((d) => answers.push(d));
  replayer.sendTo(capture, GRAND);
  await flush();
  expect(grand.lookup()).toEqual([]);
  expect(types()).toEqual([]);
  expect(answers).toEqual([]);
  expect(grand.counters).toMatchObject({ registers: 0, otherEpoch: 1 });
  expect(log.lines.filter((l) => l.name === "registered")).toEqual([]);
});

test("a Renew for another epoch is an unknown lease, answered with grand's epoch, and counted", async () => {
  const { grand, sender } = setup(2);
  const n = sender("n1");
  await n.register("n1");
  const leaseId = grand.leases.get("n1")!.leaseId;
  await n.send({ renew: { requestId: 2, serviceId: "n1", leaseId, requestedLeaseMs: 2500, grandEpoch: 1 } });
  expect(grand.leases.get("n1")!.renewals).toBe(0);
  expect(grand.counters).toMatchObject({ renewals: 0, unknownRenewals: 1, otherEpoch: 1 });
  expect(n.replies.at(-1)!.renewReply).toMatchObject({ requestId: 2, status: pb.Status.STATUS_UNKNOWN_LEASE, epoch: 2 });
});

test("grand's packets carry its epoch and a count that only grows; a wall-clock step is announced at once and logged", async () => {
  const { clock, grand, net, log } = setup(5, { announceEveryMs: 2000 });
  const watcher = net.attach("198.18.0.99", 4160);
  const envelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "w", clock });
  const seen: [number, number][] = [];
  watcher.onMessage((d) => {
    const r = envelope.open(d);
    const m = r.ok ? r.message : r.outOfWindow; // after the step grand's packets are 120 s old here
    if (m?.grandAnnounce) seen.push([Number(m.epoch), Number(m.seq)]);
  });
  grand.start();
  clock.advance(2_000);
  await flush();
  expect(seen).toEqual([[5, 1], [5, 2]]);
  clock.stepWall(-120_000);
  clock.advance(100); // the next sweep sees the step and announces (before: the next announcement came up to 2 s later)
  await flush();
  expect(grand.counters.wallSteps).toBe(1);
  expect(log.lines.filter((l) => l.name === "wall-clock-stepped").map((l) => l.fields)).toEqual([{ stepMs: -120_000 }]);
  expect(seen).toEqual([[5, 1], [5, 2], [5, 3]]);
  // drift below a second is not a step
  clock.stepWall(999);
  clock.advance(100);
  expect(grand.counters.wallSteps).toBe(1);
  grand.stop();
});

describe("other grands on the pool", () => {
  const seed = (n: number) => Uint8Array.from({ length: 32 }, (_, i) => n + i);
  const ours = controllerSigner(sodium, seed(1));
  const theirs = controllerSigner(sodium, seed(2));

  function twoGrands() {
    const clock = new FakeClock();
    const net = new MemoryNetwork();
    const log = memoryLogger();
    const transport = net.attach(GRAND.address, GRAND.port);
    const grand = new LookupService({
      grandId: "g", epoch: 1, clock, log, transport,
      envelope: new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "g", clock, epoch: 1, signer: ours, controllerKeys: new ControllerKeys(sodium, [ours.publicKey]), acceptUnsignedControllerBodies: true }),
    });
    /** Another grand at `address` (announcing with `signer`, or unsigned). */
    const other = (id: string, address: string, epoch: number, signer?: ControllerSigner) => {
      const t = net.attach(address, 4161);
      const e = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: id, clock, epoch, signer });
      return async () => {
        t.sendTo(e.seal({ grandAnnounce: { grandId: id, epoch } }), GRAND);
        await flush();
      };
    };
    return { clock, grand, log, other };
  }
  const lines = (log: ReturnType<typeof memoryLogger>) => log.lines.filter((l) => l.name === "other-grand").map((l) => [l.fields.other, l.fields.at, l.fields.signed]);

  test("a second holder of our controller key is listed, signed, and logged at once, then once a minute", async () => {
    const { clock, grand, log, other } = twoGrands();
    const h = other("h", "198.18.0.3", 7, ours);
    await h();
    expect(grand.otherGrands().map((g) => [g.id, g.epoch, g.address, g.signed, g.announcements])).toEqual([["h", 7, "198.18.0.3:4161", true, 1]]);
    expect(lines(log)).toEqual([["h", "198.18.0.3:4161", true]]);
    for (let i = 0; i < 29; i++) {
      clock.advance(2_000);
      await h();
    }
    expect(lines(log).length).toBe(1); // 58 s later: still one line
    clock.advance(2_000);
    await h();
    expect(lines(log).length).toBe(2);
    expect(grand.counters.otherGrandAnnounces).toBe(31);
    expect(grand.otherGrands()[0]!.announcements).toBe(31);
  });

  test("an unsigned grand, or one signed by another controller key, is listed as not signed", async () => {
    const { grand, log, other } = twoGrands();
    await other("rogue", "198.18.0.4", 9)();
    await other("stranger", "198.18.0.5", 9, theirs)();
    expect(grand.otherGrands().map((g) => [g.id, g.signed])).toEqual([["stranger", false], ["rogue", false]]);
    expect(String(log.lines.find((l) => l.name === "other-grand")!.fields.warning)).toContain("not signed by our controller key");
  });

  test("our own announcement looped back is not another grand; our id under another epoch is", async () => {
    const { grand, other } = twoGrands();
    grand.start();
    await flush();
    await other("g", "198.18.0.6", 2, ours)();
    // another grand that happens to run under our epoch number is another grand all the same
    await other("h", "198.18.0.7", 1, ours)();
    grand.stop();
    expect(grand.otherGrands().map((g) => [g.id, g.epoch, g.address])).toEqual([["h", 1, "198.18.0.7:4161"], ["g", 2, "198.18.0.6:4161"]]);
    expect(grand.counters.otherGrandAnnounces).toBe(2);
  });

  test("a grand heard again moves to the front: with 16 remembered, the least recently heard one is dropped, not it", async () => {
    const { grand, other } = twoGrands();
    const grands = Array.from({ length: 16 }, (_, i) => other(`o-${i}`, `198.18.2.${i}`, 9));
    for (const g of grands) await g();
    await grands[0]!(); // o-0 heard again: now the most recent
    await other("o-16", "198.18.2.16", 9)();
    const ids = grand.otherGrands().map((g) => g.id);
    expect(ids.length).toBe(16);
    expect(ids.slice(0, 2)).toEqual(["o-16", "o-0"]);
    expect(ids).not.toContain("o-1");
  });

  test("other-grand lines are at most one a second: a new grand heard 999 ms after the last line is not logged, at 1000 ms it is", async () => {
    const { clock, log, other } = twoGrands();
    await other("a", "198.18.0.3", 7)();
    clock.advance(999);
    await other("b", "198.18.0.4", 7)();
    expect(lines(log).map((l) => l[0])).toEqual(["a"]);
    clock.advance(1);
    await other("c", "198.18.0.5", 7)();
    expect(lines(log).map((l) => l[0])).toEqual(["a", "c"]);
  });

  test("the warning an operator reads says what each kind of other grand is", async () => {
    const { clock, log, other } = twoGrands();
    await other("h", "198.18.0.3", 7, ours)();
    clock.advance(1_000);
    await other("rogue", "198.18.0.4", 9)();
    expect(log.lines.filter((l) => l.name === "other-grand").map((l) => [l.fields.other, l.fields.warning])).toEqual([
      ["h", "another grand holding our controller key announces on this pool; agents stay with the grand whose lease they hold, but run one grand per pool"],
      ["rogue", "an announcement under our pool key not signed by our controller key: a misconfigured grand, or an impostor holding the pool key"],
    ]);
  });

  test("a grand unheard for a minute is forgotten; at most 16 are remembered and a flood logs at most a line a second", async () => {
    const { clock, grand, log, other } = twoGrands();
    await other("h", "198.18.0.3", 7, ours)();
    clock.advance(60_000);
    expect(grand.otherGrands().length).toBe(1);
    clock.advance(1);
    expect(grand.otherGrands()).toEqual([]);
    for (let i = 0; i < 40; i++) await other(`forged-${i}`, `198.18.1.${i}`, 9)();
    expect(grand.otherGrands().length).toBe(16);
    expect(grand.otherGrands()[0]!.id).toBe("forged-39");
    // "h" a minute ago, then only the flood's first: 40 forged grands in one second log one line
    expect(lines(log).map((l) => l[0])).toEqual(["h", "forged-0"]);
  });
});

test("grand answers each packet under the pool key it came in with, and signals a node under the key it last used", async () => {
  const NEW = Uint8Array.from({ length: 32 }, (_, i) => 90 + i);
  const clock = new FakeClock();
  const net = new MemoryNetwork();
  // grand mid-rotation: both installed, sealing with the old key
  const grand = new LookupService({
    grandId: "g", epoch: 1, clock, log: memoryLogger(), transport: net.attach(GRAND.address, GRAND.port),
    envelope: new Envelope({ sodium, keyring: new Keyring(sodium, [KEY, NEW]), senderId: "g", clock, epoch: 1 }),
  });
  /** A node holding only `key`: what it can open of what grand sends it. */
  const nodeWith = (id: string, key: Uint8Array, address: string) => {
    const t = net.attach(address, 5000);
    const e = new Envelope({ sodium, keyring: new Keyring(sodium, [key]), senderId: id, clock });
    const got: string[] = [];
    const drops: string[] = [];
    t.onMessage((d) => {
      const r = e.open(d);
      if (r.ok) got.push(r.message.body!);
      else drops.push(r.reason);
    });
    return { got, drops, send: async (body: Parameters<Envelope["seal"]>[0]) => {
      t.sendTo(e.seal(body), GRAND);
      await flush();
    } };
  };
  const onlyNew = nodeWith("n-new", NEW, "198.18.0.30");
  const onlyOld = nodeWith("n-old", KEY, "198.18.0.31");
  for (const n of [onlyNew, onlyOld]) {
    await n.send({ announce: { attempt: 0 } });
  }
  await onlyNew.send({ register: { requestId: 1, grandEpoch: 1, item: { serviceId: "n-new" }, requestedLeaseMs: 2500, bootId: "b" } });
  await onlyOld.send({ register: { requestId: 1, grandEpoch: 1, item: { serviceId: "n-old" }, requestedLeaseMs: 2500, bootId: "b" } });
  expect(grand.sendSignal("n-new", { session: "s", offerSdp: "v=0" })).toBe(true);
  expect(grand.sendSignal("n-old", { session: "s", offerSdp: "v=0" })).toBe(true);
  await flush();
  expect(onlyNew.got).toEqual(["discovered", "registerReply", "signal"]);
  expect(onlyOld.got).toEqual(["discovered", "registerReply", "signal"]);
  expect([onlyNew.drops, onlyOld.drops]).toEqual([[], []]);
  expect(grand.lookup().map((l) => l.serviceId)).toEqual(["n-new", "n-old"]);
});

describe("the pool key grand answers a node under", () => {
  const NEW = Uint8Array.from({ length: 32 }, (_, i) => 90 + i);

  /** grand mid-rotation (both keys installed, sealing with KEY) and a node holding both that picks its key per packet. */
  function rotation() {
    const clock = new FakeClock();
    const net = new MemoryNetwork();
    const grand = new LookupService({
      grandId: "g", epoch: 1, clock, log: memoryLogger(), transport: net.attach(GRAND.address, GRAND.port),
      envelope: new Envelope({ sodium, keyring: new Keyring(sodium, [KEY, NEW]), senderId: "g", clock, epoch: 1 }),
    });
    const ring = new Keyring(sodium, [KEY, NEW]);
    const names = new Map([[ring.install(KEY), "old"], [ring.install(NEW), "new"]]);
    const t = net.attach("198.18.0.40", 5000);
    const e = new Envelope({ sodium, keyring: ring, senderId: "n1", clock });
    /** Each packet grand sent the node: its body and the key named in its header (bytes 6..9, big-endian). */
    const got: string[] = [];
    t.onMessage((d) => {
      const r = e.open(d);
      const keyId = new DataView(d.buffer, d.byteOffset, d.byteLength).getUint32(6, false);
      got.push(`${r.ok ? r.message.body : r.reason}:${names.get(keyId)}`);
    });
    const ids = [...names.keys()];
    const send = async (key: "old" | "new", body: Parameters<Envelope["seal"]>[0]) => {
      ring.use(key === "old" ? ids[0]! : ids[1]!);
      t.sendTo(e.seal(body), GRAND);
      await flush();
    };
    const register = (key: "old" | "new", requestId = 1) =>
      send(key, { register: { requestId, grandEpoch: 1, item: { serviceId: "n1" }, requestedLeaseMs: 2500, bootId: "b" } });
    const signal = async () => {
      const sent = grand.sendSignal("n1", { session: "s", offerSdp: "v=0" });
      await flush();
      return sent;
    };
    /** The keys grand remembers per node: emptied as leases end, so it never outgrows the lease table. */
    const remembered = () => [...(grand as unknown as { nodeKeyIds: Map<string, number> }).nodeKeyIds.keys()];
    return { clock, grand, got, send, register, signal, remembered };
  }

  test("a node registered under the old key that retransmits its Register under the new one is answered and signalled under the new one", async () => {
    const { got, register, signal } = rotation();
    await register("old", 1);
    await register("new", 2); // same boot and endpoint while the lease lives: the retransmission path
    expect(await signal()).toBe(true);
    expect(got).toEqual(["registerReply:old", "registerReply:new", "signal:new"]);
  });

  test("a node that renews under the new key is answered and then signalled under it", async () => {
    const { clock, grand, got, send, register, signal } = rotation();
    await register("old");
    clock.advance(1000);
    await send("new", { renew: { requestId: 2, grandEpoch: 1, serviceId: "n1", leaseId: grand.leases.get("n1")!.leaseId, requestedLeaseMs: 2500 } });
    expect(await signal()).toBe(true);
    expect(got).toEqual(["registerReply:old", "renewReply:new", "signal:new"]);
  });

  test("a node that signals under the new key is signalled back under it; a discovery is answered under the key it came in", async () => {
    const { got, send, register, signal } = rotation();
    await send("new", { announce: { attempt: 0 } });
    await register("old");
    await send("new", { signal: { session: "s", answerSdp: "v=0" } });
    expect(await signal()).toBe(true);
    expect(got).toEqual(["discovered:new", "registerReply:old", "signal:new"]);
  });

  test("the key a node used is forgotten when its lease is cancelled or expires", async () => {
    const { clock, grand, got, send, register, remembered } = rotation();
    await register("new");
    expect(remembered()).toEqual(["n1"]);
    await send("new", { cancel: { requestId: 2, serviceId: "n1", leaseId: grand.leases.get("n1")!.leaseId } });
    expect(grand.lookup()).toEqual([]);
    expect(remembered()).toEqual([]);
    clock.advance(2_000);
    await register("new", 3);
    expect(remembered()).toEqual(["n1"]);
    clock.advance(2_501);
    grand.sweep();
    expect(grand.counters.expiries).toBe(1);
    expect(remembered()).toEqual([]);
    expect(got).toEqual(["registerReply:new", "cancelReply:new", "registerReply:new"]);
  });
});
