/**
 * The agent against a scripted grand: every datagram it sends is captured, and
 * replies are delivered exactly when the test says, to pin down orderings that a
 * live network produces only sometimes.
 */
import { expect, test } from "bun:test";
import { pb, type lama } from "../proto/index.ts";
import { LeaseClient } from "./lease-client.ts";
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
    refreshAttributes: attrs, attributeRefreshMs: 1000, renewEveryMs: 250, random: () => 0.5,
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
