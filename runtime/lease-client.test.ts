/**
 * The agent against a scripted grand: every datagram it sends is captured, and
 * replies are delivered exactly when the test says, to pin down orderings that a
 * live network produces only sometimes.
 */
import { describe, expect, test } from "bun:test";
import { pb, type lama } from "../proto/index.ts";
import { grandEndpoint, LeaseClient, type LeaseClientOptions } from "./lease-client.ts";
import { FakeClock, Envelope, Keyring, memoryLogger, loadSodium, type DatagramHandler, type DatagramTransport } from "./wire/index.ts";

const sodium = await loadSodium();
const KEY = Uint8Array.from({ length: 32 }, (_, i) => i + 7);
const GRAND = { address: "198.18.0.1", port: 4161 };

function scripted(attrs: () => lama.v1.IAttributes) {
  const clock = new FakeClock();
  const sent: InstanceType<typeof pb.Sealed>[] = [];
  let deliver: DatagramHandler = () => {};
  const grandEnvelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "g", clock });
  const agentEnvelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "a", clock });
  const transport: DatagramTransport = {
    local: { address: "198.18.0.2", port: 5000 },
    sendErrors: 0,
    sendTo: (data) => void sent.push(openPlain(data)),
    sendGroup: (data) => void sent.push(openPlain(data)),
    onMessage: (h) => void (deliver = h),
    close() {},
  };
  // What the agent sent, decoded with grand's keys (no replay bookkeeping).
  function openPlain(data: Uint8Array) {
    const key = new Keyring(sodium, [KEY]).sending();
    const plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, data.subarray(34), data.subarray(0, 34), data.subarray(10, 34), key.sealKey);
    return pb.Sealed.decode(plain);
  }
  const reply = (body: Parameters<Envelope["seal"]>[0]) => deliver(grandEnvelope.seal(body), GRAND, "unicast");
  // Another holder of the pool key, sealing under its own id from grand's address.
  const otherEnvelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "other", clock });
  const fromOther = (body: Parameters<Envelope["seal"]>[0]) => deliver(otherEnvelope.seal(body), GRAND, "unicast");
  const agent = new LeaseClient({
    item: { serviceId: "a", attributes: attrs() }, bootId: "b", envelope: agentEnvelope, transport, clock, log: memoryLogger(),
    refreshAttributes: attrs, attributeRefreshMs: 1000, renewEveryMs: 250, renewRetryMs: 250, random: () => 0.5,
  });
  return { clock, sent, reply, fromOther, agent };
}

test("attributes queued between a renewal and its reply are still sent and only then considered delivered", () => {
  let hostname = "old";
  const { clock, sent, reply, agent } = scripted(() => ({ hostname }));
  agent.start();
  reply({ discovered: { grandId: "g", epoch: 1 } });
  const register = sent.find((m) => m.body === "register")!.register!;
  reply({ registerReply: { requestId: register.requestId, status: pb.Status.STATUS_OK, leaseId: 42, grantedMs: 2500, grandId: "g", epoch: 1 } });
  expect(agent.state).toBe("registered");

  // Renewals go out every 250 ms; the attribute refresh is due at 1000 ms.
  clock.advance(750);
  hostname = "new";
  clock.advance(250); // a renewal (without attributes) and then the refresh, in this order or the other
  const renewsSoFar = sent.filter((m) => m.body === "renew");
  const plainOne = renewsSoFar.find((m) => !m.renew!.changedAttributes)!;
  // grand answers the renewal that did not carry the change
  reply({ renewReply: { requestId: plainOne.renew!.requestId, status: pb.Status.STATUS_OK, grantedMs: 2500, epoch: 1 } });
  clock.advance(250);
  const next = sent.filter((m) => m.body === "renew").at(-1)!;
  expect(next.renew!.changedAttributes?.hostname).toBe("new");
  // once a renewal carrying it is answered, it is no longer sent
  reply({ renewReply: { requestId: next.renew!.requestId, status: pb.Status.STATUS_OK, grantedMs: 2500, epoch: 1 } });
  clock.advance(250);
  expect(sent.filter((m) => m.body === "renew").at(-1)!.renew!.changedAttributes).toBeNull();
});

test("a late UNKNOWN_LEASE for an earlier registration does not throw the new one away", () => {
  const { clock, sent, reply, agent } = scripted(() => ({}));
  agent.start();
  reply({ discovered: { grandId: "g", epoch: 1 } });
  let register = sent.filter((m) => m.body === "register").at(-1)!.register!;
  reply({ registerReply: { requestId: register.requestId, status: pb.Status.STATUS_OK, leaseId: 1, grantedMs: 2500, grandId: "g", epoch: 1 } });
  // grand restarted: a renewal comes back UNKNOWN_LEASE and the agent registers again
  clock.advance(250);
  const firstRenew = sent.filter((m) => m.body === "renew").at(-1)!.renew!;
  reply({ renewReply: { requestId: firstRenew.requestId, status: pb.Status.STATUS_UNKNOWN_LEASE, epoch: 2 } });
  expect(agent.state).toBe("registering");
  register = sent.filter((m) => m.body === "register").at(-1)!.register!;
  reply({ registerReply: { requestId: register.requestId, status: pb.Status.STATUS_OK, leaseId: 2, grantedMs: 2500, grandId: "g", epoch: 2 } });
  expect(agent.state).toBe("registered");
  // a duplicate of the old UNKNOWN_LEASE arrives late
  reply({ renewReply: { requestId: firstRenew.requestId, status: pb.Status.STATUS_UNKNOWN_LEASE, epoch: 2 } });
  expect(agent.state).toBe("registered");
  expect(agent.leaseId).toBe(2);
});

test("a Signal is acted on only when sealed by the grand that holds our lease, not by any key holder", () => {
  const { sent, reply, fromOther, agent } = scripted(() => ({}));
  const seen: string[] = [];
  agent.onSignal((s, back) => {
    seen.push(s.session ?? "");
    back({ session: s.session, answerSdp: "answer" });
  });
  agent.start();
  reply({ signal: { session: "before-grand", offerSdp: "v=0" } });
  expect(seen).toEqual([]);
  reply({ discovered: { grandId: "g", epoch: 1 } });
  const register = sent.find((m) => m.body === "register")!.register!;
  reply({ registerReply: { requestId: register.requestId, status: pb.Status.STATUS_OK, leaseId: 1, grantedMs: 2500, grandId: "g", epoch: 1 } });
  expect(agent.state).toBe("registered");
  fromOther({ signal: { session: "from-other", offerSdp: "v=0" } });
  expect(seen).toEqual([]);
  reply({ signal: { session: "from-grand", offerSdp: "v=0" } });
  expect(seen).toEqual(["from-grand"]);
  expect(sent.filter((m) => m.body === "signal").map((m) => m.signal!.session)).toEqual(["from-grand"]);
});

// ---------------------------------------------------------------------------
// The protocol's limits, written by hand (never imported from the code under test):
// a 2.5 s lease, Register retried every 250 ms, grand lost after
// more than 5 s of silence, "no grand answer" at 10 s and then at 60 s, 120 s, …,
// attributes re-read every 5 s, packets more than 30 s off our clock are refused.
// Announcements back off 250, 500, 1000, 2000, 4000 ms (random() = 0.5: no jitter).
// Renewal timing: by default a round every 1 s while answered and an unanswered
// renewal again every 150 ms ("renewal timing" below). The other tests pin renewals
// to every 250 ms, answered or not (renewEveryMs = renewRetryMs = 250): they test
// what renewals carry and what their replies do, and were written on that clock.

const T0 = 1_800_000_000_000; // FakeClock's start
const NEW_PLACE = { address: "198.18.0.9", port: 4999 };
const OTHER_PLACE = { address: "198.18.0.10", port: 4161 };

type Sent = { at: number; to: "group" | string; m: InstanceType<typeof pb.Sealed> };
type Body = Parameters<Envelope["seal"]>[0];

/**
 * A LeaseClient with the defaults except where a test says otherwise, on a fake
 * clock; every datagram it sends is decoded and kept with its time and destination
 * ("group" or "address:port"); packets are delivered at once, sealed by any sender
 * id and dated at any grand time.
 */
function harness(over: Partial<LeaseClientOptions> & { attributes?: lama.v1.IAttributes | null } = {}) {
  const clock = new FakeClock();
  const log = memoryLogger();
  const sent: Sent[] = [];
  let deliver: DatagramHandler = () => {};
  const keyring = new Keyring(sodium, [KEY]);
  const transport: DatagramTransport = {
    local: { address: "198.18.0.2", port: 5000 },
    sendErrors: 0,
    sendTo: (data, to) => void sent.push({ at: clock.now() - T0, to: `${to.address}:${to.port}`, m: decode(data) }),
    sendGroup: (data) => void sent.push({ at: clock.now() - T0, to: "group", m: decode(data) }),
    onMessage: (h) => void (deliver = h),
    close() {},
  };
  function decode(data: Uint8Array) {
    const key = keyring.sending();
    const plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, data.subarray(34), data.subarray(0, 34), data.subarray(10, 34), key.sealKey);
    return pb.Sealed.decode(plain);
  }
  // One envelope per sender and epoch, as one grand run has: its packets count up from seq 1.
  const envelopes = new Map<string, Envelope>();
  const envelopeOf = (senderId: string, epoch: number) => {
    const key = `${senderId}@${epoch}`;
    if (!envelopes.has(key)) envelopes.set(key, new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId, clock, epoch }));
    return envelopes.get(key)!;
  };
  /** The epoch a body names (grand's packets carry the same one sealed), else 1. */
  const epochOf = (body: Body) => Number(body.grandAnnounce?.epoch ?? body.discovered?.epoch ?? body.registerReply?.epoch ?? body.renewReply?.epoch ?? 1);
  /** Seals a body as `senderId` in `epoch`, dated `skewMs` away from our clock (a capture, when kept for later). */
  const sealFrom = (senderId: string, body: Body, skewMs = 0, epoch = epochOf(body)) => {
    const e = envelopeOf(senderId, epoch);
    e.clockOffsetMs = skewMs;
    return e.seal(body);
  };
  /** Delivers a body sealed by `senderId`, dated `skewMs` away from our clock, as if from `place`. */
  const deliverFrom = (senderId: string, body: Body, place = GRAND, skewMs = 0, epoch = epochOf(body)) => {
    deliver(sealFrom(senderId, body, skewMs, epoch), place, "unicast");
  };
  const agentEnvelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "a", clock });
  const { attributes = { hostname: "host-a" }, ...rest } = over;
  const agent = new LeaseClient({
    item: attributes === null ? { serviceId: "a" } : { serviceId: "a", attributes },
    bootId: "b", envelope: agentEnvelope, transport, clock, log, random: () => 0.5, renewEveryMs: 250, renewRetryMs: 250, ...rest,
  });
  const states: string[] = [];
  agent.onStateChange((s) => states.push(s));
  const of = (body: string) => sent.filter((s) => s.m.body === body);
  const last = (body: string) => of(body).at(-1)!;
  const h = {
    clock, log, sent, agent, states, of, last, sealFrom,
    deliver: (data: Uint8Array, place = GRAND) => deliver(data, place, "unicast"),
    /** From grand "g" at GRAND, on time. */
    reply: (body: Body) => deliverFrom("g", body),
    deliverFrom,
    /** Milliseconds since the fake clock's start. */
    elapsed: () => clock.now() - T0,
    events: (name: string) => log.lines.filter((l) => l.name === name).map((l) => l.fields),
    /** start(), grand "g" epoch 1 found at GRAND, the Register answered OK. */
    register(reply: Partial<lama.v1.IRegisterReply> = {}) {
      if (agent.state === "stopped") agent.start();
      h.reply({ discovered: { grandId: "g", epoch: 1 } });
      h.reply({ registerReply: { requestId: last("register").m.register!.requestId, status: pb.Status.STATUS_OK, leaseId: 42, grantedMs: 2500, grandId: "g", epoch: 1, ...reply } });
      expect(agent.state).toBe("registered");
    },
    /** Answers the newest renewal (or the given one) with `status`. */
    answer(renew = last("renew"), reply: Partial<lama.v1.IRenewReply> = {}) {
      h.reply({ renewReply: { requestId: renew.m.renew!.requestId, status: pb.Status.STATUS_OK, grantedMs: 2500, epoch: 1, ...reply } });
    },
    /** Times (ms since start) at which `body` was sent after `from`. */
    timesOf: (body: string, from = 0) => of(body).filter((s) => s.at >= from).map((s) => s.at),
  };
  return h;
}

const at = (e: { address: string; port: number }) => `${e.address}:${e.port}`;

describe("discovery", () => {
  test("announces on the group at once, then after 250, 500, 1000, 2000 and 4000 ms, at most 4 s apart", () => {
    const h = harness();
    h.agent.start();
    expect(h.agent.state).toBe("discovering");
    expect(h.log.lines[0]).toEqual({ name: "discovering", fields: { id: "a", reason: "start" } });
    h.clock.advance(19_749);
    expect(h.timesOf("announce")).toEqual([0, 250, 750, 1_750, 3_750, 7_750, 11_750, 15_750]);
    h.clock.advance(1);
    expect(h.timesOf("announce")).toEqual([0, 250, 750, 1_750, 3_750, 7_750, 11_750, 15_750, 19_750]);
    expect(h.of("announce").every((s) => s.to === "group")).toBe(true);
    expect(h.of("announce").map((s) => s.m.announce!.attempt)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const first = h.of("announce")[0]!.m.announce!.item!;
    expect(first.serviceId).toBe("a");
    expect(first.attributes!.hostname).toBe("host-a");
    expect(h.agent.stats.announces).toBe(9);
    expect(h.sent.length).toBe(9);
  });

  test("announces to every configured grand address too, and only there when multicast is off", () => {
    const grands = [GRAND, OTHER_PLACE];
    const both = harness({ grands });
    both.agent.start();
    expect(both.sent.map((s) => s.to)).toEqual(["group", at(GRAND), at(OTHER_PLACE)]);
    expect(both.agent.stats.announces).toBe(1);
    const unicast = harness({ grands, multicast: false });
    unicast.agent.start();
    unicast.clock.advance(250);
    expect(unicast.sent.map((s) => s.to)).toEqual([at(GRAND), at(OTHER_PLACE), at(GRAND), at(OTHER_PLACE)]);
    expect(unicast.agent.stats.announces).toBe(2);
    const nothing = harness({ multicast: false });
    nothing.agent.start();
    expect(nothing.sent).toEqual([]);
    expect(nothing.agent.stats.announces).toBe(1);
  });

  test("no grand answer is logged at exactly 10 s, then at 60 s and every 60 s after", () => {
    // announcements every second exactly, so one falls on each limit
    const h = harness({ backoff: { initialMs: 1_000, maxMs: 1_000, factor: 2, jitter: 0.2 } });
    h.agent.start();
    h.clock.advance(9_999);
    expect(h.events("no-grand-answer")).toEqual([]);
    h.clock.advance(1);
    expect(h.events("no-grand-answer").map((f) => f.waitedS)).toEqual([10]);
    const warning = h.events("no-grand-answer")[0]!;
    expect(warning.id).toBe("a");
    expect(String(warning.hint)).toContain("--grand HOST:PORT");
    expect(String(warning.hint)).toContain("same pool key");
    h.clock.advance(49_999);
    expect(h.events("no-grand-answer").map((f) => f.waitedS)).toEqual([10]);
    h.clock.advance(1);
    expect(h.events("no-grand-answer").map((f) => f.waitedS)).toEqual([10, 60]);
    h.clock.advance(59_999);
    expect(h.events("no-grand-answer").map((f) => f.waitedS)).toEqual([10, 60]);
    h.clock.advance(1);
    expect(h.events("no-grand-answer").map((f) => f.waitedS)).toEqual([10, 60, 120]);
    h.clock.advance(60_000);
    expect(h.events("no-grand-answer").map((f) => f.waitedS)).toEqual([10, 60, 120, 180]);
  });

  test("the no-answer warning counts from each new discovery, not from the first", () => {
    const h = harness({ backoff: { initialMs: 1_000, maxMs: 1_000, factor: 2, jitter: 0.2 } });
    h.agent.start();
    h.clock.advance(15_000);
    expect(h.events("no-grand-answer").map((f) => f.waitedS)).toEqual([10]);
    h.reply({ discovered: { grandId: "g", epoch: 1 } }); // at 15 s; never answers the Register
    h.clock.advance(5_250);
    expect(h.agent.state).toBe("discovering"); // again, at 20.25 s
    h.clock.advance(9_999);
    expect(h.events("no-grand-answer").map((f) => f.waitedS)).toEqual([10]);
    h.clock.advance(1);
    expect(h.events("no-grand-answer").map((f) => f.waitedS)).toEqual([10, 10]);
  });
});

describe("grand found", () => {
  test.each(["grandAnnounce", "discovered"] as const)("a %s leads from discovering to registering at the sender's address", (kind) => {
    const h = harness();
    h.agent.start();
    h.clock.advance(300);
    h.deliverFrom("g", { [kind]: { grandId: "g", epoch: 7 } }, NEW_PLACE);
    expect(h.agent.state).toBe("registering");
    expect(h.agent.grand).toEqual({ id: "g", epoch: 7, endpoint: NEW_PLACE });
    expect(h.events("grand-found")).toEqual([{ grand: "g", at: "198.18.0.9:4999", epoch: 7 }]);
    const register = h.last("register");
    expect(register.to).toBe("198.18.0.9:4999");
    expect(register.at).toBe(300);
    expect(register.m.register!.item!.serviceId).toBe("a");
    expect(register.m.register!.item!.attributes!.hostname).toBe("host-a");
    expect(register.m.register!.requestedLeaseMs).toBe(2_500);
    expect(register.m.register!.bootId).toBe("b");
    h.clock.advance(4_000);
    expect(h.timesOf("announce")).toEqual([0, 250]); // no more announcing
  });

  test("a Register is retried every 250 ms and grand counts as lost after more than 5 s without a reply", () => {
    const h = harness();
    h.agent.start();
    h.clock.advance(3_000); // found late in discovery: the 5 s count from here
    h.reply({ discovered: { grandId: "g", epoch: 1 } });
    h.clock.advance(5_000);
    expect(h.agent.state).toBe("registering");
    expect(h.timesOf("register")).toEqual(Array.from({ length: 21 }, (_, i) => 3_000 + 250 * i));
    expect(h.of("register").every((s) => s.to === at(GRAND))).toBe(true);
    const ids = h.of("register").map((s) => s.m.register!.requestId);
    expect(new Set(ids).size).toBe(21); // a fresh request id each time
    expect(h.agent.stats.registers).toBe(21);
    expect(h.events("grand-lost")).toEqual([]);
    h.clock.advance(249);
    expect(h.agent.state).toBe("registering");
    h.clock.advance(1);
    expect(h.agent.state).toBe("discovering");
    expect(h.events("grand-lost")).toEqual([{ grand: "g", while: "registering" }]);
    expect(h.log.lines.at(-1)).toEqual({ name: "discovering", fields: { id: "a", reason: "grand did not answer registration" } });
    expect(h.agent.stats.grandLost).toBe(1);
    expect(h.agent.grand).toBeUndefined();
    expect(h.last("announce").at).toBe(8_250); // announcing again at once
    expect(h.last("announce").m.announce!.attempt).toBe(0);
    h.clock.advance(10_000);
    expect(h.agent.stats.registers).toBe(21);
  });

  test("the reply to any copy of this registration's Register counts (grand answers every copy with one lease), once, and only while registering", () => {
    const h = harness();
    h.agent.start();
    h.reply({ discovered: { grandId: "g", epoch: 1 } });
    h.clock.advance(250);
    const [first, second] = h.of("register").map((s) => s.m.register!.requestId);
    h.reply({ registerReply: { requestId: second! + 1, status: pb.Status.STATUS_OK, leaseId: 40, grantedMs: 2500, grandId: "g", epoch: 1 } });
    expect(h.agent.state).toBe("registering"); // a copy never sent
    h.reply({ registerReply: { requestId: first, status: pb.Status.STATUS_OK, leaseId: 42, grantedMs: 2500, grandId: "g", epoch: 1 } });
    expect(h.agent.state).toBe("registered");
    h.reply({ registerReply: { requestId: second, status: pb.Status.STATUS_OK, leaseId: 43, grantedMs: 1000, grandId: "g", epoch: 1 } });
    expect(h.agent.leaseId).toBe(42);
    expect(h.agent.grantedMs).toBe(2_500);
    expect(h.agent.stats.registrations).toBe(1);
    expect(h.events("registered").length).toBe(1);
  });

  test("a refused registration is logged and retried, not taken", () => {
    const h = harness();
    h.agent.start();
    h.reply({ discovered: { grandId: "g", epoch: 1 } });
    h.reply({ registerReply: { requestId: h.last("register").m.register!.requestId, status: pb.Status.STATUS_REJECTED, grandId: "g", epoch: 1, error: "pool full" } });
    expect(h.agent.state).toBe("registering");
    expect(h.events("register-refused")).toEqual([{ grand: "g", error: "pool full" }]);
    expect(h.agent.stats.registrations).toBe(0);
    h.clock.advance(250);
    expect(h.timesOf("register")).toEqual([0, 250]);
  });

  test("registration takes the lease id, the granted lease and grand from the reply, and logs it; the reply's source does not move us", () => {
    const h = harness();
    h.agent.start();
    h.reply({ discovered: { grandId: "g", epoch: 1 } });
    h.deliverFrom("g", { registerReply: { requestId: h.last("register").m.register!.requestId, status: pb.Status.STATUS_OK, leaseId: 42, grantedMs: 2000, grandId: "g", epoch: 3 } }, NEW_PLACE);
    expect(h.agent.state).toBe("registered");
    expect(h.agent.leaseId).toBe(42);
    expect(h.agent.grantedMs).toBe(2_000);
    expect(h.agent.grand).toEqual({ id: "g", epoch: 3, endpoint: GRAND });
    expect(h.agent.stats.registrations).toBe(1);
    expect(h.events("registered")).toEqual([{ id: "a", grand: "g", lease: 42, grantedMs: 2_000 }]);
    expect(h.states).toEqual(["discovering", "registering", "registered"]);
    h.clock.advance(250);
    // renewals go where we registered, carrying the epoch of the reply (before: to the reply's source)
    expect(h.last("renew").to).toBe(at(GRAND));
    expect(h.last("renew").m.renew!.grandEpoch).toBe(3);
  });

  test("a registration reply without a granted lease or grand id leaves them 0 and empty", () => {
    const h = harness();
    h.agent.start();
    h.reply({ discovered: { grandId: "g", epoch: 1 } });
    h.reply({ registerReply: { requestId: h.last("register").m.register!.requestId, status: pb.Status.STATUS_OK, leaseId: 42, epoch: 1 } });
    expect(h.agent.state).toBe("registered");
    expect(h.agent.grantedMs).toBe(0);
    expect(h.agent.grand!.id).toBe("");
    h.clock.advance(1_000);
    expect(h.timesOf("renew")).toEqual([250, 500, 750, 1_000]); // the 2.5 s lease asked for
  });
});

describe("renewal timing (the defaults)", () => {
  // Written by hand: a round every 1 s while answered, an unanswered renewal again every 150 ms.
  const defaults = () => harness({ renewEveryMs: undefined, renewRetryMs: undefined });

  test("answered renewals go out once a second: one packet per second at steady state", () => {
    const h = defaults();
    h.register();
    for (let s = 1; s <= 60; s++) {
      h.clock.advance(1_000);
      h.answer();
    }
    expect(h.timesOf("renew")).toEqual(Array.from({ length: 60 }, (_, i) => 1_000 * (i + 1)));
    expect(h.last("renew").m.renew!.requestedLeaseMs).toBe(2_500);
  });

  test("an unanswered renewal is sent again every 150 ms; an answer to any try ends the round, and the next starts 1 s after this one began", () => {
    const h = defaults();
    h.register();
    h.clock.advance(1_450);
    expect(h.timesOf("renew")).toEqual([1_000, 1_150, 1_300, 1_450]);
    h.answer(h.of("renew")[3]); // the fourth try's answer, at once
    h.clock.advance(1_000);
    expect(h.timesOf("renew")).toEqual([1_000, 1_150, 1_300, 1_450, 2_000, 2_150, 2_300, 2_450]);
  });

  test("an answer to an earlier round's renewal does not end the current one", () => {
    const h = defaults();
    h.register();
    h.clock.advance(1_000);
    const first = h.last("renew");
    h.answer(first);
    h.clock.advance(1_000); // round two begins at 2 s
    h.answer(first); // a duplicate of round one's answer
    h.clock.advance(150);
    expect(h.timesOf("renew")).toEqual([1_000, 2_000, 2_150]);
  });

  test("a grand that answers slowly is given three round trips per try, never more than the period", () => {
    const h = defaults();
    h.register();
    h.clock.advance(1_000);
    for (let round = 1; round <= 40; round++) {
      const first = h.last("renew"); // the round's first try, answered 400 ms later
      h.clock.advance(400);
      h.answer(first);
      h.clock.advance(600); // the next round begins 1 s after this one
    }
    expect(h.agent.srttMs).toBeGreaterThan(390);
    // now unanswered: tries every min(1 s, 3 × ~400 ms) = 1 s, not every 150 ms
    const from = h.elapsed();
    h.clock.advance(3_000);
    const tries = h.timesOf("renew", from + 1);
    expect(tries.length).toBe(3);
    expect(tries[1]! - tries[0]!).toBe(1_000);
  });

  test("a prompt grand keeps the 150 ms retry", () => {
    const h = defaults();
    h.register();
    for (let round = 1; round <= 5; round++) {
      h.clock.advance(1_000);
      h.clock.advance(20);
      h.answer(h.last("renew")); // 20 ms round trip
    }
    const from = h.elapsed();
    h.clock.advance(1_500);
    const tries = h.timesOf("renew", from + 1);
    expect(tries.slice(0, 3).map((t) => t - tries[0]!)).toEqual([0, 150, 300]);
  });

  test("the smoothed round trip moves 1/8 of the way to each new sample; an answer to an earlier round's try times nothing", () => {
    const h = defaults();
    h.register();
    h.clock.advance(1_000); // round one
    h.clock.advance(100);
    h.answer(); // 100 ms: the first sample is taken as it is
    expect(h.agent.srttMs).toBe(100);
    h.clock.advance(900); // round two at 2 s
    h.clock.advance(20);
    h.answer(); // 20 ms: 100 + (20 - 100) / 8
    expect(h.agent.srttMs).toBe(90);
    h.clock.advance(980); // round three at 3 s
    h.clock.advance(20);
    h.answer(); // 90 + (20 - 90) / 8
    expect(h.agent.srttMs).toBe(81.25);
    h.clock.advance(990); // round four at 4 s; round one's answer arrives again, 3 s after its try
    h.answer(h.of("renew")[0]);
    expect(h.agent.srttMs).toBe(81.25);
  });

  test("unanswered, a new round begins each second: ten tries between 1 s and the lease's end at 2.5 s", () => {
    const h = defaults();
    h.register();
    h.clock.advance(2_499);
    expect(h.timesOf("renew")).toEqual([1_000, 1_150, 1_300, 1_450, 1_600, 1_750, 1_900, 2_050, 2_200, 2_350]);
    h.answer(h.of("renew")[8]); // answers the try at 2200, which began no round: ends the round begun at 2050
    h.clock.advance(3_049 - 2_499);
    expect(h.timesOf("renew", 2_400)).toEqual([]);
    h.clock.advance(1);
    expect(h.timesOf("renew", 2_400)).toEqual([3_050]);
  });
});

describe("renewals", () => {
  test("a try due exactly a period after its round began opens the next round: an answer to the try before it does not end that round", () => {
    // A round every 1 s, a try every 250 ms: the fifth try, at 2 s, is the next round's first.
    const h = harness({ renewEveryMs: 1_000, renewRetryMs: 250 });
    h.register();
    h.clock.advance(2_000);
    expect(h.timesOf("renew")).toEqual([1_000, 1_250, 1_500, 1_750, 2_000]);
    h.answer(h.of("renew")[3]); // the try at 1.75 s, round one's
    h.clock.advance(250);
    expect(h.timesOf("renew")).toEqual([1_000, 1_250, 1_500, 1_750, 2_000, 2_250]); // round two tries again
    h.answer(h.of("renew")[4]); // its first try's answer ends round two: the next begins at 3 s
    h.clock.advance(750);
    expect(h.timesOf("renew", 2_001)).toEqual([2_250, 3_000]);
  });

  test("renews every 250 ms with its lease id, asking for 2.5 s, and registers no more", () => {
    const h = harness();
    h.register();
    h.clock.advance(1_000);
    expect(h.timesOf("renew")).toEqual([250, 500, 750, 1_000]);
    const renew = h.last("renew");
    expect(renew.to).toBe(at(GRAND));
    expect(renew.m.renew!.serviceId).toBe("a");
    expect(renew.m.renew!.leaseId).toBe(42);
    expect(renew.m.renew!.requestedLeaseMs).toBe(2_500);
    expect(renew.m.renew!.changedAttributes).toBeNull();
    expect(h.of("register").length).toBe(1);
    expect(h.agent.stats.renewals).toBe(4);
  });

  test.each([
    // never less often than 2/5 of the lease (before: 1/10 of it, so a 1 s lease renewed every 100 ms)
    [1_000, 250],
    [500, 200],
    [30_000, 250],
    [50, 20],
  ])("with a granted lease of %d ms it renews every %d ms", (grantedMs, period) => {
    const h = harness();
    h.register({ grantedMs });
    h.clock.advance(1_000);
    expect(h.timesOf("renew")).toEqual(Array.from({ length: 1_000 / period }, (_, i) => period * (i + 1)));
  });

  test("without a granted lease, the lease it asked for sets the period: 500 ms gives 200 ms", () => {
    const h = harness({ leaseMs: 500 });
    h.register({ grantedMs: 0 });
    h.clock.advance(600);
    expect(h.timesOf("renew")).toEqual([200, 400, 600]);
    expect(h.last("renew").m.renew!.requestedLeaseMs).toBe(500);
  });

  test("a renewal reply sets the granted lease, and the period follows it", () => {
    const h = harness();
    h.register();
    h.clock.advance(250);
    h.answer(h.last("renew"), { grantedMs: 500 });
    expect(h.agent.grantedMs).toBe(500);
    expect(h.agent.stats.renewReplies).toBe(1);
    h.clock.advance(500);
    // a round every 200 ms now (2/5 of 500), counted from the answered one's start at 250
    expect(h.timesOf("renew")).toEqual([250, 450, 650]);
  });

  test("a renewal reply with another status counts as an answer but changes nothing else", () => {
    const h = harness();
    h.register();
    h.clock.advance(250);
    h.answer(h.last("renew"), { status: pb.Status.STATUS_REJECTED, grantedMs: 1_000 });
    expect(h.agent.state).toBe("registered");
    expect(h.agent.grantedMs).toBe(2_500);
    expect(h.agent.stats.renewReplies).toBe(1);
  });

  test("answered renewals keep the lease for as long as grand answers", () => {
    const h = harness();
    h.register();
    for (let i = 0; i < 80; i++) {
      h.clock.advance(250);
      h.answer();
    }
    expect(h.agent.state).toBe("registered");
    expect(h.agent.stats.renewals).toBe(80);
    expect(h.agent.stats.renewReplies).toBe(80);
    expect(h.agent.stats.grandLost).toBe(0);
    h.clock.advance(5_000); // silence from 20 s: lost after 25 s
    expect(h.agent.state).toBe("registered");
    h.clock.advance(250);
    expect(h.agent.state).toBe("discovering");
  });

  test.each([
    // [what, options, registerReply.grantedMs, last renewal and limit (ms), renew period (ms)]
    ["2.5 s lease: 5 s of silence", {}, 2_500, 5_000, 250],
    ["8 s lease: the lease", {}, 8_000, 8_000, 250],
    ["no grant, 8 s asked for: the lease asked for", { leaseMs: 8_000 }, 0, 8_000, 250],
    ["grandLostMs 1, 20 ms lease: 3 renew periods", { grandLostMs: 1 }, 20, 30, 10],
  ] as const)("registered, grand is lost after more than the longest of 5 s, the lease and 3 renew periods (%s)", (_, options, grantedMs, limit, period) => {
    const h = harness(options);
    h.register({ grantedMs });
    h.clock.advance(limit);
    expect(h.agent.state).toBe("registered");
    expect(h.last("renew").at).toBe(limit);
    h.clock.advance(period);
    expect(h.agent.state).toBe("discovering");
    expect(h.events("grand-lost")).toEqual([{ grand: "g", while: "registered" }]);
    expect(h.log.lines.at(-1)).toEqual({ name: "discovering", fields: { id: "a", reason: "grand stopped answering renewals" } });
    expect(h.agent.stats.grandLost).toBe(1);
    expect(h.agent.grand).toBeUndefined();
    expect(h.agent.leaseId).toBe(0);
    expect(h.last("announce").at).toBe(limit + period);
    const renewals = h.agent.stats.renewals;
    h.clock.advance(1_000);
    expect(h.agent.stats.renewals).toBe(renewals);
  });

  test("UNKNOWN_LEASE is logged and the agent registers again at once, without renewing meanwhile", () => {
    const h = harness();
    h.register();
    h.clock.advance(250);
    h.answer(h.last("renew"), { status: pb.Status.STATUS_UNKNOWN_LEASE, epoch: 2 });
    expect(h.agent.state).toBe("registering");
    expect(h.events("lease-unknown")).toEqual([{ id: "a", grand: "g" }]);
    expect(h.timesOf("register")).toEqual([0, 250]);
    expect(h.agent.stats.renewReplies).toBe(1);
    h.clock.advance(1_000);
    expect(h.timesOf("register")).toEqual([0, 250, 500, 750, 1_000, 1_250]);
    expect(h.timesOf("renew")).toEqual([250]);
  });

  test("a second UNKNOWN_LEASE while registering again is ignored", () => {
    const h = harness();
    h.register();
    h.clock.advance(500);
    const [r1, r2] = h.of("renew");
    h.answer(r1, { status: pb.Status.STATUS_UNKNOWN_LEASE, epoch: 2 });
    h.answer(r2, { status: pb.Status.STATUS_UNKNOWN_LEASE, epoch: 2 });
    expect(h.events("lease-unknown").length).toBe(1);
    expect(h.of("register").length).toBe(2);
    expect(h.agent.stats.renewReplies).toBe(1);
  });
});

describe("grand restarts", () => {
  test.each([
    ["a new epoch", "g", 2],
  ] as const)("registered, an announcement with %s re-registers there and logs grand-restarted", (_, grandId, epoch) => {
    const h = harness();
    h.register();
    h.clock.advance(300);
    h.deliverFrom(grandId, { grandAnnounce: { grandId, epoch } }, NEW_PLACE);
    expect(h.agent.state).toBe("registering");
    expect(h.events("grand-restarted")).toEqual([{ grand: grandId, epoch }]);
    expect(h.agent.grand).toEqual({ id: grandId, epoch, endpoint: NEW_PLACE });
    expect(h.last("register").at).toBe(300);
    expect(h.last("register").to).toBe("198.18.0.9:4999");
    expect(h.states).toEqual(["discovering", "registering", "registered", "registering"]);
    h.clock.advance(1_000);
    expect(h.timesOf("renew")).toEqual([250]);
  });

  test.each([
    ["a later epoch", 2, 0],
    ["the same epoch, later in the order", 1, 10],
  ] as const)("registered, another grand id announcing (%s) changes nothing while ours answers", (_, epoch, earlier) => {
    const h = harness();
    h.register();
    for (let i = 0; i < earlier; i++) h.sealFrom("h", { grandAnnounce: { grandId: "h", epoch } }); // h's count passes g's
    for (let i = 0; i < 5; i++) {
      h.deliverFrom("h", { grandAnnounce: { grandId: "h", epoch } }, NEW_PLACE);
      h.clock.advance(250);
      h.answer();
    }
    expect(h.agent.state).toBe("registered");
    expect(h.agent.grand).toEqual({ id: "g", epoch: 1, endpoint: GRAND });
    expect(h.agent.stats.otherGrandSeen).toBe(5);
    expect(h.events("grand-restarted")).toEqual([]);
    expect(h.of("renew").map((r) => r.to)).toEqual(Array(5).fill(at(GRAND)));
    expect(h.of("register").length).toBe(1);
    // Our grand's own announcement still counts as ours, though h's epoch is higher.
    h.deliverFrom("g", { grandAnnounce: { grandId: "g", epoch: 1 } }, OTHER_PLACE);
    expect(h.agent.grand!.endpoint).toEqual(OTHER_PLACE);
  });

  test("registering, another grand's announcement changes nothing; its Discovered neither", () => {
    const h = harness();
    h.agent.start();
    h.reply({ discovered: { grandId: "g", epoch: 1 } });
    h.deliverFrom("h", { grandAnnounce: { grandId: "h", epoch: 5 } }, NEW_PLACE);
    h.deliverFrom("h", { discovered: { grandId: "h", epoch: 5 } }, NEW_PLACE);
    expect(h.agent.state).toBe("registering");
    expect(h.agent.grand).toEqual({ id: "g", epoch: 1, endpoint: GRAND });
    expect(h.agent.stats.otherGrandSeen).toBe(2);
  });

  test("once ours stops answering, discovery finds the other grand and the agent registers there", () => {
    const h = harness();
    h.register();
    h.deliverFrom("h", { grandAnnounce: { grandId: "h", epoch: 2 } }, NEW_PLACE);
    h.clock.advance(5_250); // no renew reply for longer than grandLostMs
    expect(h.agent.state).toBe("discovering");
    h.deliverFrom("h", { grandAnnounce: { grandId: "h", epoch: 2 } }, NEW_PLACE);
    expect(h.agent.state).toBe("registering");
    expect(h.agent.grand).toEqual({ id: "h", epoch: 2, endpoint: NEW_PLACE });
  });

  test("UNKNOWN_LEASE names the epoch to register for; one without an epoch keeps ours", () => {
    const h = harness();
    h.register();
    h.clock.advance(250);
    h.answer(h.last("renew"), { status: pb.Status.STATUS_UNKNOWN_LEASE, epoch: 4 });
    expect(h.last("register").m.register!.grandEpoch).toBe(4);
    const again = harness();
    again.register();
    again.clock.advance(250);
    again.answer(again.last("renew"), { status: pb.Status.STATUS_UNKNOWN_LEASE, epoch: 0 });
    expect(again.last("register").m.register!.grandEpoch).toBe(1);
  });

  test("a registration reply from a grand restarted with a lower epoch resets the order: its later packets move the clock", () => {
    // grand ran as epoch 5, then restarted with its wall clock behind: epoch 3
    const h = harness();
    h.agent.start();
    h.deliverFrom("g", { grandAnnounce: { grandId: "g", epoch: 5 } }); // seen: (5, 1)
    h.clock.advance(5_000);
    // registering with epoch 5 meets no answer; back to discovery, where a fresh epoch-3 announcement is taken
    h.clock.advance(1_000);
    expect(h.agent.state).toBe("discovering");
    h.deliverFrom("g", { discovered: { grandId: "g", epoch: 3 } });
    h.deliverFrom("g", { registerReply: { requestId: h.last("register").m.register!.requestId, status: pb.Status.STATUS_OK, leaseId: 3001, grantedMs: 2500, grandId: "g", epoch: 3 } });
    expect(h.agent.state).toBe("registered");
    // grand (epoch 3) steps its clock back 40 s: followed, although epoch 5 was seen
    h.deliverFrom("g", { renewReply: { requestId: 99, status: pb.Status.STATUS_OK, epoch: 3 } }, GRAND, -40_000);
    expect(h.agent.clockOffsetMs).toBe(-40_000);
  });

  test("a registration reply earlier in the order than one seen does not take the order back", () => {
    const h = harness();
    h.agent.start();
    h.deliverFrom("g", { discovered: { grandId: "g", epoch: 1 } }); // (1, 1)
    const reply = h.sealFrom("g", { registerReply: { requestId: h.last("register").m.register!.requestId, status: pb.Status.STATUS_OK, leaseId: 42, grantedMs: 2500, grandId: "g", epoch: 1 } }); // (1, 2)
    const later = h.sealFrom("g", { grandAnnounce: { grandId: "g", epoch: 1 } }); // (1, 3)
    h.deliver(later);
    h.deliver(reply);
    expect(h.agent.state).toBe("registered");
    // grand goes silent: the agent gives it up and discovers again
    h.clock.advance(40_000);
    expect(h.agent.state).toBe("discovering");
    // (1, 3), now stale, is no later than the latest seen: it does not move the clock
    h.deliver(later);
    expect(h.agent.clockOffsetMs).toBe(0);
  });

  test("registered, our grand announcing the same epoch from a new address moves renewals there", () => {
    const h = harness();
    h.register();
    h.clock.advance(100);
    h.deliverFrom("g", { grandAnnounce: { grandId: "g", epoch: 1 } }, NEW_PLACE);
    expect(h.agent.state).toBe("registered");
    expect(h.agent.grand).toEqual({ id: "g", epoch: 1, endpoint: NEW_PLACE });
    h.clock.advance(150);
    expect(h.last("renew").to).toBe("198.18.0.9:4999");
    expect(h.of("register").length).toBe(1);
    expect(h.events("grand-found").length).toBe(1);
    expect(h.events("grand-restarted")).toEqual([]);
  });

  test("registering, another grand's announcements change nothing; our grand's new epoch is followed, and registered for", () => {
    const h = harness();
    h.agent.start();
    h.reply({ discovered: { grandId: "g", epoch: 1 } });
    h.deliverFrom("h", { grandAnnounce: { grandId: "h", epoch: 5 } }, NEW_PLACE);
    expect(h.agent.grand).toEqual({ id: "g", epoch: 1, endpoint: GRAND });
    // before: ignored, and the agent kept registering for an epoch grand no longer had
    h.deliverFrom("g", { grandAnnounce: { grandId: "g", epoch: 7 } }, OTHER_PLACE);
    expect(h.agent.grand).toEqual({ id: "g", epoch: 7, endpoint: OTHER_PLACE });
    expect(h.events("grand-restarted")).toEqual([]);
    expect(h.events("grand-found").length).toBe(1);
    h.clock.advance(250);
    expect(h.of("register").map((s) => [s.to, s.m.register!.grandEpoch])).toEqual([[at(GRAND), 1], [at(OTHER_PLACE), 7]]);
  });
});

describe("clock adoption", () => {
  test.each(["grandAnnounce", "discovered"] as const)("discovering, a %s from outside the window sets the clock offset and announces again at once", (kind) => {
    const h = harness();
    h.agent.start();
    h.clock.advance(1_000);
    h.deliverFrom("g", { [kind]: { grandId: "g", epoch: 1 } }, GRAND, -40_000);
    expect(h.agent.clockOffsetMs).toBe(-40_000);
    expect(h.events("clock-adjusted")).toEqual([{ grand: "g", offsetMs: -40_000, epoch: 1, seq: 1 }]);
    expect(h.agent.state).toBe("discovering"); // never acts on the contents
    const again = h.last("announce");
    expect(again.at).toBe(1_000);
    expect(again.m.announce!.attempt).toBe(0);
    expect(Number(again.m.sentAtMs)).toBe(T0 + 1_000 - 40_000);
    h.clock.advance(750); // the backoff starts over: 250, 500 ms
    expect(h.timesOf("announce", 1_000)).toEqual([1_000, 1_250, 1_750]);
  });

  test("a grand running ahead by more than the window is followed too", () => {
    const h = harness();
    h.agent.start();
    h.deliverFrom("g", { discovered: { grandId: "g", epoch: 1 } }, GRAND, 45_000);
    expect(h.agent.clockOffsetMs).toBe(45_000);
    // now on grand's time: its packets are fresh
    h.deliverFrom("g", { discovered: { grandId: "g", epoch: 1 } }, GRAND, 45_000);
    expect(h.agent.state).toBe("registering");
  });

  test.each(["registerReply", "renewReply", "cancelReply", "signal", "announce"] as const)("discovering, a %s from outside the window does not move the clock", (kind) => {
    const h = harness();
    h.agent.start();
    h.deliverFrom("g", { [kind]: {} }, GRAND, -40_000);
    expect(h.agent.clockOffsetMs).toBe(0);
    expect(h.events("clock-adjusted")).toEqual([]);
  });

  test("once a grand is chosen, only its own grand packets from outside the window move the clock", () => {
    const h = harness();
    h.agent.start();
    h.reply({ discovered: { grandId: "g", epoch: 1 } });
    // another grand, later in the order: still not ours
    h.deliverFrom("h", { grandAnnounce: { grandId: "h", epoch: 2 } }, NEW_PLACE, 40_000);
    h.deliverFrom("g", { announce: { item: { serviceId: "g" } } }, GRAND, 40_000);
    expect(h.agent.clockOffsetMs).toBe(0);
    h.deliverFrom("g", { renewReply: { requestId: 1, status: pb.Status.STATUS_OK } }, GRAND, 40_000);
    expect(h.agent.clockOffsetMs).toBe(40_000);
    expect(h.events("clock-adjusted")).toEqual([{ grand: "g", offsetMs: 40_000, epoch: 1, seq: 3 }]);
    expect(h.agent.state).toBe("registering");
    expect(h.of("announce").length).toBe(1); // no announcing while registering
  });

  test.each(["grandAnnounce", "discovered", "registerReply", "renewReply", "cancelReply", "signal"] as const)(
    "after a %s on time, a capture sealed before it cannot move the clock; grand's next packet can, whatever its time",
    (kind) => {
      const h = harness();
      h.agent.start();
      // a grand body that would be taken in the state we are in after `kind`, other than it
      const other = kind === "grandAnnounce" ? "discovered" : "grandAnnounce";
      const capture = h.sealFrom("g", { [other]: { grandId: "g", epoch: 1 } }, -40_000);
      h.deliverFrom("g", { [kind]: kind === "grandAnnounce" || kind === "discovered" ? { grandId: "g", epoch: 1 } : {} });
      h.deliver(capture);
      expect(h.agent.clockOffsetMs).toBe(0);
      expect(h.events("clock-adjusted")).toEqual([]);
      // grand's clock stepped back 40 s: its next packet is followed (before: never, as "older")
      h.deliverFrom("g", { [other]: { grandId: "g", epoch: 1 } }, GRAND, -40_000);
      expect(h.agent.clockOffsetMs).toBe(-40_000);
      expect(h.events("clock-adjusted")).toEqual([{ grand: "g", offsetMs: -40_000, epoch: 1, seq: 3 }]);
    },
  );

  test("an agent's announcement dated ahead does not count as grand time", () => {
    const h = harness();
    h.agent.start();
    h.deliverFrom("other", { announce: { item: { serviceId: "other" } } }, OTHER_PLACE, 20_000);
    h.deliverFrom("g", { grandAnnounce: { grandId: "g", epoch: 1 } }, GRAND, -40_000);
    expect(h.agent.clockOffsetMs).toBe(-40_000);
  });

  test("only a packet later in (epoch, seq) than the latest seen moves the clock: the same seq does not, the next does, a later epoch's first does", () => {
    const h = harness();
    h.agent.start();
    const captures = [1, 2, 3].map((i) => h.sealFrom("g", { grandAnnounce: { grandId: "g", epoch: 2 } }, -40_000 - i));
    h.deliverFrom("g", { cancelReply: {} }, GRAND, 0, 2); // on time, seq 4 of epoch 2
    for (const c of captures) h.deliver(c);
    // an earlier epoch, however new its seq
    for (let i = 0; i < 5; i++) h.deliverFrom("g", { grandAnnounce: { grandId: "g", epoch: 1 } }, GRAND, -50_000);
    expect(h.agent.clockOffsetMs).toBe(0);
    h.deliverFrom("g", { grandAnnounce: { grandId: "g", epoch: 2 } }, GRAND, -31_000); // seq 5
    expect(h.agent.clockOffsetMs).toBe(-31_000);
    const six = h.sealFrom("g", { grandAnnounce: { grandId: "g", epoch: 2 } }, -130_000); // seq 6, held back
    h.deliverFrom("g", { grandAnnounce: { grandId: "g", epoch: 3 } }, GRAND, -80_000); // a restart: seq 1 of epoch 3
    expect(h.agent.clockOffsetMs).toBe(-80_000);
    h.deliver(six);
    expect(h.agent.clockOffsetMs).toBe(-80_000);
    expect(h.events("clock-adjusted").map((e) => [e.epoch, e.seq])).toEqual([[2, 5], [3, 1]]);
  });

  test("packets refused for other reasons are ignored", () => {
    const h = harness();
    h.agent.start();
    const real = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "g", clock: h.clock }).seal({ discovered: { grandId: "g", epoch: 1 } });
    const tampered = real.slice();
    tampered[tampered.length - 1]! ^= 1;
    h.deliver(tampered);
    h.deliver(new Uint8Array(10));
    expect(h.agent.state).toBe("discovering");
    h.deliver(real);
    h.deliver(real); // a replay
    expect(h.agent.state).toBe("registering");
    expect(h.of("register").length).toBe(1);
  });
});

describe("where grand is: advertised, not the packet's source", () => {
  const ATTACKER = { address: "198.18.0.66", port: 6666 };
  const ADVERTISED = ["198.18.0.1:4161"];

  test("a just-started agent given a replayed announcement by an attacker registers with the advertised endpoint, not the attacker", () => {
    // Before: grand.endpoint was the packet's source, and the Register went to the attacker.
    const h = harness();
    h.agent.start();
    const capture = h.sealFrom("g", { grandAnnounce: { grandId: "g", epoch: 1, endpoints: ADVERTISED } });
    h.clock.advance(5_000); // captured a few seconds ago: still inside the window
    h.deliver(capture, ATTACKER);
    expect(h.agent.state).toBe("registering");
    expect(h.agent.grand!.endpoint).toEqual(GRAND);
    expect(h.of("register").map((s) => s.to)).toEqual([at(GRAND)]);
    expect(h.events("grand-found")).toEqual([{ grand: "g", at: at(GRAND), epoch: 1 }]);
  });

  test("registered, a capture of an earlier announcement replayed from elsewhere does not move the agent", () => {
    // Before: any fresh announcement of our grand and epoch moved renewals to its source.
    const h = harness();
    h.agent.start();
    const capture = h.sealFrom("g", { grandAnnounce: { grandId: "g", epoch: 1 } });
    h.register();
    h.deliver(capture, ATTACKER);
    expect(h.agent.grand!.endpoint).toEqual(GRAND);
    h.clock.advance(250);
    expect(h.last("renew").to).toBe(at(GRAND));
    // a capture of an earlier epoch's announcement does not start a re-registration either
    h.deliver(h.sealFrom("g", { grandAnnounce: { grandId: "g", epoch: 0 } }), ATTACKER);
    expect(h.agent.state).toBe("registered");
  });

  test("discovering, a Discovered reply's advertised endpoint is where the agent registers", () => {
    const h = harness();
    h.agent.start();
    h.deliverFrom("g", { discovered: { grandId: "g", epoch: 1, endpoints: ["198.18.0.9:4999"] } }, ATTACKER);
    expect(h.of("register").map((s) => s.to)).toEqual([at(NEW_PLACE)]);
  });

  test("registered, grand's next announcement moves renewals to the endpoint it advertises", () => {
    const h = harness();
    h.register();
    h.deliverFrom("g", { grandAnnounce: { grandId: "g", epoch: 1, endpoints: ["198.18.0.9:4999"] } }, ATTACKER);
    expect(h.agent.grand!.endpoint).toEqual(NEW_PLACE);
  });

  test.each([
    ["the source, when advertised", ["198.18.1.1:4161", "198.18.0.1:4161"], GRAND, GRAND],
    ["the first advertised, when the source is not", ["198.18.1.1:4161", "198.18.0.1:4161"], ATTACKER, { address: "198.18.1.1", port: 4161 }],
    ["the source, when nothing is advertised", [], ATTACKER, ATTACKER],
    ["malformed entries skipped", ["grand:4161", "198.18.0.1", "300.1.1.1:4161", "198.18.0.1:0", "198.18.0.1:70000", "198.18.0.7:4161"], ATTACKER, { address: "198.18.0.7", port: 4161 }],
    ["the source, when only malformed entries are advertised", ["x"], ATTACKER, ATTACKER],
    ["nothing before or after the address", ["x198.18.0.1:4161", "198.18.0.1:4161x", "198.18.0.1:1"], ATTACKER, { address: "198.18.0.1", port: 1 }],
    ["the highest port and octets", ["255.255.255.255:65535"], ATTACKER, { address: "255.255.255.255", port: 65_535 }],
  ] as const)("grandEndpoint: %s", (_name, advertised, from, expected) => {
    expect(grandEndpoint([...advertised], from)).toEqual(expected);
  });

  test("grandEndpoint: the source, when it is a grand address the operator configured (NAT, a port forward)", () => {
    const forwarded = { address: "203.0.113.5", port: 14161 };
    expect(grandEndpoint(ADVERTISED, forwarded, [ATTACKER, forwarded])).toEqual(forwarded);
    expect(grandEndpoint(ADVERTISED, forwarded, [ATTACKER])).toEqual(GRAND);
  });

  test("unicast discovery through a port forward: the agent registers where it was told grand is", () => {
    const forwarded = { address: "203.0.113.5", port: 14161 };
    const h = harness({ grands: [forwarded], multicast: false });
    h.agent.start();
    h.deliverFrom("g", { discovered: { grandId: "g", epoch: 1, endpoints: ADVERTISED } }, forwarded);
    expect(h.of("register").map((s) => s.to)).toEqual([at(forwarded)]);
  });
});

describe("our own wall clock steps", () => {
  test("forward 10 s while registered: renewals go on, grand is not taken for lost (before: grand-lost at once)", () => {
    const h = harness();
    h.register();
    h.clock.advance(250);
    h.answer();
    h.clock.stepWall(10_000);
    for (let i = 0; i < 8; i++) {
      h.clock.advance(250);
      h.answer();
    }
    expect(h.agent.stats.grandLost).toBe(0);
    expect(h.agent.state).toBe("registered");
    expect(h.agent.stats.renewals).toBe(9);
  });

  test("back 10 s while registered: a silent grand is still given up after grandLostMs (before: 10 s later)", () => {
    const h = harness();
    h.register();
    h.clock.stepWall(-10_000);
    h.clock.advance(5_000);
    expect(h.agent.state).toBe("registered");
    h.clock.advance(250);
    expect(h.agent.state).toBe("discovering");
    expect(h.events("grand-lost")).toEqual([{ grand: "g", while: "registered" }]);
  });

  test("a step while registering does not shorten or lengthen the wait for a reply", () => {
    const h = harness();
    h.agent.start();
    h.reply({ discovered: { grandId: "g", epoch: 1 } });
    h.clock.advance(1_000);
    h.clock.stepWall(120_000);
    h.clock.advance(250);
    expect(h.agent.state).toBe("registering");
    h.clock.stepWall(-240_000);
    h.clock.advance(3_750);
    expect(h.agent.state).toBe("registering");
    h.clock.advance(250);
    expect(h.agent.state).toBe("discovering");
  });
});

describe("attributes", () => {
  test("an item without attributes is announced with empty ones, and without refreshAttributes nothing is re-read", () => {
    const h = harness({ attributes: null });
    h.agent.start();
    const item = h.last("announce").m.announce!.item!;
    expect(item.serviceId).toBe("a");
    expect(item.attributes?.hostname ?? "").toBe("");
    h.register();
    h.clock.advance(20_000);
    expect(h.events("attributes-changed")).toEqual([]);
    expect(h.last("renew").m.renew!.changedAttributes).toBeNull();
  });

  test("every 5 s attributes are re-read; a change is logged and sent with the next renewal until a reply to it", () => {
    let hostname = "host-a";
    let reads = 0;
    const h = harness({ refreshAttributes: () => (reads++, { hostname }) });
    h.register();
    for (let i = 0; i < 19; i++) {
      h.clock.advance(250);
      h.answer();
    }
    h.clock.advance(249);
    expect(reads).toBe(0);
    h.clock.advance(1);
    expect(reads).toBe(1);
    h.answer();
    // unchanged: nothing logged, nothing sent
    for (let i = 0; i < 39; i++) {
      h.clock.advance(250);
      h.answer();
    }
    expect(reads).toBe(2); // at 5 s and 10 s
    expect(h.events("attributes-changed")).toEqual([]);
    expect(h.of("renew").every((s) => s.m.renew!.changedAttributes === null)).toBe(true);
    hostname = "host-b";
    h.clock.advance(250); // to 15 s: the renewal at 15 s comes after the re-read
    expect(h.events("attributes-changed")).toEqual([{ id: "a" }]);
    const carrying = h.of("renew").filter((s) => s.m.renew!.changedAttributes !== null);
    expect(carrying.map((s) => s.at)).toEqual([15_000]);
    expect(carrying[0]!.m.renew!.changedAttributes!.hostname).toBe("host-b");
    h.answer(carrying[0]);
    h.clock.advance(5_000); // to the next re-read at 20 s
    h.answer();
    h.clock.advance(250);
    expect(h.of("renew").filter((s) => s.m.renew!.changedAttributes !== null).length).toBe(1);
    expect(h.events("attributes-changed")).toEqual([{ id: "a" }]);
  });

  test("a change seen before registration goes with the Register and not again with renewals", () => {
    let hostname = "host-a";
    const h = harness({ refreshAttributes: () => ({ hostname }) });
    h.agent.start();
    h.clock.advance(4_000);
    hostname = "host-b";
    h.clock.advance(2_000); // re-read at 5 s while discovering
    expect(h.events("attributes-changed")).toEqual([{ id: "a" }]);
    h.register();
    expect(h.last("register").m.register!.item!.attributes!.hostname).toBe("host-b");
    for (let i = 0; i < 40; i++) {
      h.clock.advance(250);
      h.answer();
    }
    expect(h.of("renew").every((s) => s.m.renew!.changedAttributes === null)).toBe(true);
  });

  test("pending attributes are delivered only by a reply to a renewal that carried them or a later one", () => {
    let hostname = "host-a";
    const h = harness({ refreshAttributes: () => ({ hostname }), attributeRefreshMs: 1_000 });
    h.agent.start();
    h.clock.advance(100);
    h.register(); // renewals at 350, 600, 850, 1100, …; re-reads at 1000, 2000, …
    hostname = "host-b";
    h.clock.advance(800); // to 900: the renewal at 850 went out before the change was read
    const before = h.last("renew");
    expect(before.at).toBe(850);
    h.clock.advance(150); // re-read at 1000
    h.answer(before); // a reply to a renewal that did not carry the change
    h.clock.advance(100);
    const r1 = h.last("renew");
    expect(r1.at).toBe(1_100);
    expect(r1.m.renew!.changedAttributes!.hostname).toBe("host-b");
    h.clock.advance(250);
    const r2 = h.last("renew");
    expect(r2.m.renew!.changedAttributes!.hostname).toBe("host-b");
    h.answer(r1); // late, but it carried them
    h.clock.advance(250);
    expect(h.last("renew").m.renew!.changedAttributes).toBeNull();
  });

  test("a re-read while a change is still unanswered keeps the renewal that first carried it", () => {
    let hostname = "host-a";
    const h = harness({ refreshAttributes: () => ({ hostname }), attributeRefreshMs: 1_000 });
    h.agent.start();
    h.clock.advance(100);
    h.register();
    hostname = "host-b";
    h.clock.advance(1_000); // re-read at 1000, carried from 1100
    const r1 = h.of("renew").find((s) => s.m.renew!.changedAttributes !== null)!;
    expect(r1.at).toBe(1_100);
    h.clock.advance(950); // re-read at 2000, nothing new; to 2050
    h.answer(r1);
    h.clock.advance(50);
    expect(h.last("renew").at).toBe(2_100);
    expect(h.last("renew").m.renew!.changedAttributes).toBeNull();
  });

  test("attributes pending when grand asks to register again go with the Register, not again with renewals", () => {
    let hostname = "host-a";
    const h = harness({ refreshAttributes: () => ({ hostname }), attributeRefreshMs: 1_000 });
    h.agent.start();
    h.clock.advance(100);
    h.register();
    hostname = "host-b";
    h.clock.advance(1_000);
    h.answer(h.last("renew"), { status: pb.Status.STATUS_UNKNOWN_LEASE, epoch: 2 });
    expect(h.last("register").m.register!.item!.attributes!.hostname).toBe("host-b");
    h.reply({ registerReply: { requestId: h.last("register").m.register!.requestId, status: pb.Status.STATUS_OK, leaseId: 43, grantedMs: 2500, grandId: "g", epoch: 2 } });
    h.clock.advance(250);
    expect(h.last("renew").m.renew!.changedAttributes).toBeNull();
  });
  test("attributes re-read while the Register is unanswered go with the first renewal after registration", () => {
    let hostname = "host-a";
    const h = harness({ refreshAttributes: () => ({ hostname }), attributeRefreshMs: 1_000 });
    h.agent.start();
    h.clock.advance(900);
    h.reply({ discovered: { grandId: "g", epoch: 1 } }); // Register at 900 carries host-a
    hostname = "host-b";
    h.clock.advance(150); // re-read at 1000 while registering; to 1050
    expect(h.events("attributes-changed")).toEqual([{ id: "a" }]);
    expect(h.last("register").m.register!.item!.attributes!.hostname).toBe("host-a");
    h.reply({ registerReply: { requestId: h.last("register").m.register!.requestId, status: pb.Status.STATUS_OK, leaseId: 42, grantedMs: 2500, grandId: "g", epoch: 1 } });
    h.clock.advance(250);
    const first = h.last("renew");
    expect(first.at).toBe(1_300);
    expect(first.m.renew!.changedAttributes?.hostname).toBe("host-b");
    h.answer(first);
    h.clock.advance(1_000); // past the re-read at 2000
    expect(h.last("renew").m.renew!.changedAttributes).toBeNull();
  });
});

describe("start and stop", () => {
  test("start twice is harmless", () => {
    let reads = 0;
    const h = harness({ refreshAttributes: () => (reads++, { hostname: "host-a" }) });
    h.agent.start();
    h.agent.start();
    h.clock.advance(10_000);
    expect(h.timesOf("announce")).toEqual([0, 250, 750, 1_750, 3_750, 7_750]);
    expect(h.events("discovering").length).toBe(1);
    expect(reads).toBe(2);
  });

  test("stop() when registered sends a Cancel for our lease to our grand, then nothing more", () => {
    let reads = 0;
    const h = harness({ refreshAttributes: () => (reads++, { hostname: "host-a" }) });
    h.register();
    h.clock.advance(100);
    h.agent.stop();
    expect(h.agent.state).toBe("stopped");
    const cancel = h.last("cancel");
    expect(cancel.to).toBe(at(GRAND));
    expect(cancel.m.cancel!.serviceId).toBe("a");
    expect(cancel.m.cancel!.leaseId).toBe(42);
    expect(cancel.m.cancel!.requestId).toBeGreaterThan(h.last("register").m.register!.requestId!);
    const count = h.sent.length;
    h.clock.advance(20_000);
    expect(h.sent.length).toBe(count);
    expect(reads).toBe(0);
    expect(h.clock.pending).toBe(0);
  });

  test("stop(false) sends no Cancel, and stopping while discovering or registering sends none", () => {
    const registered = harness();
    registered.register();
    registered.agent.stop(false);
    expect(registered.of("cancel")).toEqual([]);
    const discovering = harness();
    discovering.agent.start();
    discovering.agent.stop();
    expect(discovering.of("cancel")).toEqual([]);
    const registering = harness();
    registering.agent.start();
    registering.reply({ discovered: { grandId: "g", epoch: 1 } });
    registering.agent.stop();
    expect(registering.of("cancel")).toEqual([]);
    expect(registering.clock.pending).toBe(0);
  });

  test("state listeners hear each change once", () => {
    const h = harness();
    h.register();
    h.agent.stop();
    h.agent.stop();
    expect(h.states).toEqual(["discovering", "registering", "registered", "stopped"]);
  });

  test("packets from our grand after stop are ignored", () => {
    const h = harness();
    const seen: string[] = [];
    h.agent.onSignal((signal) => seen.push(signal.session ?? ""));
    h.register();
    h.agent.stop(false);
    const count = h.sent.length;
    h.reply({ signal: { session: "late", offerSdp: "v=0" } });
    h.deliverFrom("g", { grandAnnounce: { grandId: "g", epoch: 1 } }, NEW_PLACE);
    h.deliverFrom("g", { renewReply: { requestId: 99, status: pb.Status.STATUS_OK } }, GRAND, 40_000);
    expect(seen).toEqual([]);
    expect(h.agent.grand).toEqual({ id: "g", epoch: 1, endpoint: GRAND });
    expect(h.agent.clockOffsetMs).toBe(0);
    expect(h.agent.state).toBe("stopped");
    expect(h.sent.length).toBe(count);
  });

  test("packets after stop are ignored", () => {
    const h = harness();
    h.agent.start();
    h.agent.stop();
    const count = h.sent.length;
    h.reply({ discovered: { grandId: "g", epoch: 1 } });
    h.deliverFrom("g", { grandAnnounce: { grandId: "g", epoch: 1 } }, GRAND, -40_000);
    expect(h.agent.state).toBe("stopped");
    expect(h.agent.grand).toBeUndefined();
    expect(h.agent.clockOffsetMs).toBe(0);
    expect(h.sent.length).toBe(count);
  });
});
