/**
 * Joining again without a storm: re-registrations spread over REGISTER_JITTER_MS,
 * and an answer to any copy of a registration's Register taken. Real lease clients
 * and a real lookup service (or a scripted grand) on the in-memory network, on a
 * fake clock stepped a millisecond at a time, so each Register is seen at the
 * millisecond it is sent.
 */
import { expect, test } from "bun:test";
import { LookupService } from "../grand/index.ts";
import { pb } from "../proto/index.ts";
import { LeaseClient, REGISTER_JITTER_MS } from "./lease-client.ts";
import { Envelope, FakeClock, Keyring, loadSodium, memoryLogger, MemoryNetwork } from "./wire/index.ts";

const sodium = await loadSodium();
const KEY = Uint8Array.from({ length: 32 }, (_, i) => 90 + i);
const GRAND = { address: "198.18.0.1", port: 4161 };
const flush = () => new Promise<void>((r) => setImmediate(r));

function pool() {
  const clock = new FakeClock();
  const net = new MemoryNetwork();
  let grand: LookupService | undefined;
  let grandTransport: ReturnType<MemoryNetwork["attach"]> | undefined;
  /** When (ms since `from`) each registration reached grand, by node. */
  const arrivals = new Map<string, number>();
  let from = 0;
  const stopGrand = () => {
    grand?.stop();
    grandTransport?.close();
  };
  const startGrand = (epoch: number) => {
    stopGrand();
    grandTransport = net.attach(GRAND.address, GRAND.port);
    grand = new LookupService({
      grandId: "g", epoch, clock, log: memoryLogger(), transport: grandTransport, endpoints: [GRAND],
      envelope: new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "g", clock, epoch }),
    });
    grand.events.subscribe((e) => {
      if (e.type === "registered") arrivals.set(e.serviceId, clock.monotonic() - from);
    });
    from = clock.monotonic();
    grand.start();
    return grand;
  };
  const agent = (id: string, random: number, registerJitterMs = REGISTER_JITTER_MS) => {
    const a = new LeaseClient({
      item: { serviceId: id, attributes: { hostname: id } }, bootId: `boot-${id}`, clock, log: memoryLogger(),
      transport: net.attach(`198.18.1.${1 + (Number(id.replace(/\D/g, "")) || 0)}`, 5000),
      envelope: new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: id, clock }),
      random: () => random, registerJitterMs,
    });
    a.start();
    return a;
  };
  /** Runs the clock `ms` milliseconds, one at a time, delivering every packet as it goes. */
  const run = async (ms: number) => {
    await flush();
    for (let i = 0; i < ms; i++) {
      clock.advance(1);
      await flush();
    }
  };
  const restartAt = () => from;
  return { clock, net, startGrand, stopGrand, agent, run, arrivals, restartAt, grand: () => grand! };
}

test("REGISTER_JITTER_MS is 1 s: 5,000 agents spread to about 500 per 100 ms sweep, well inside a 2.5 s lease", () => {
  expect(REGISTER_JITTER_MS).toBe(1_000);
});

test("grand restarts: each agent registers again after its own random wait in [0, 1 s), not all in one tick", async () => {
  const p = pool();
  p.startGrand(1);
  // Agent k draws k/20: its wait is 50·k ms.
  const agents = Array.from({ length: 20 }, (_, k) => p.agent(`n${k}`, k / 20));
  await p.run(50);
  expect(agents.map((a) => a.state)).toEqual(Array(20).fill("registered"));
  // Answers to the agents' own announcements: registered at once, not spread.
  expect([...p.arrivals.values()]).toEqual(Array(20).fill(0));
  p.arrivals.clear();
  p.startGrand(2); // its first announcement reaches every agent in the same tick
  await p.run(1_200);
  expect(agents.map((a) => [a.state, a.grand?.epoch])).toEqual(Array(20).fill(["registered", 2]));
  const waits = agents.map((a) => p.arrivals.get(a.serviceId));
  expect(waits).toEqual([0, 50, 100, 150, 200, 250, 300, 350, 400, 450, 500, 550, 600, 650, 700, 750, 800, 850, 900, 950]);
  expect(p.grand().counters).toMatchObject({ registers: 20, repeatedRegisters: 0 });
});

test("grand down past grand-lost, then back: agents that held a lease are spread when its announcement comes; a first registration does not wait", async () => {
  const p = pool();
  p.startGrand(1);
  const held = [p.agent("n1", 0.999), p.agent("n2", 0.5)];
  await p.run(10);
  p.stopGrand();
  await p.run(6_000);
  expect(held.map((a) => a.state)).toEqual(["discovering", "discovering"]);
  const fresh = p.agent("n3", 0.999); // never registered: waiting for grand like the others
  await p.run(10);
  p.arrivals.clear();
  p.startGrand(2);
  await p.run(1_100);
  expect([...held, fresh].map((a) => [a.state, a.grand?.epoch])).toEqual(Array(3).fill(["registered", 2]));
  expect(Object.fromEntries(p.arrivals)).toEqual({ n3: 0, n2: 500, n1: 999 });
});

test("UNKNOWN_LEASE (grand lost the lease): the Register waits the jitter, and a late reply to the old Register meanwhile is not taken", async () => {
  const p = pool();
  const grand = p.startGrand(1);
  const a = p.agent("n1", 0.75);
  await p.run(10);
  expect([a.state, a.leaseId]).toEqual(["registered", 1001]);
  grand.leases.cancel("n1", 1001); // grand forgets it (as a stalled grand's sweep would)
  let waited = 0;
  while (a.state === "registered" && waited++ < 2_000) await p.run(1); // until a renewal is answered UNKNOWN_LEASE
  expect(a.state).toBe("registering");
  const unknownAt = p.clock.monotonic();
  // grand's answer to the first registration's Register (request 1), arriving during the wait.
  p.net.attach("198.18.9.9", 9).sendTo(grand.envelope.seal({ registerReply: { requestId: 1, status: pb.Status.STATUS_OK, leaseId: 1001, grantedMs: 2500, grandId: "g", epoch: 1 } }), { address: "198.18.1.2", port: 5000 });
  await p.run(1);
  expect(a.state).toBe("registering");
  await p.run(800);
  expect([a.state, a.leaseId]).toEqual(["registered", 1002]);
  expect(p.arrivals.get("n1")! + p.restartAt() - unknownAt).toBe(750);
});

test("without registerJitterMs (the class default) a re-registration is sent at once", async () => {
  const p = pool();
  const grand = p.startGrand(1);
  const a = p.agent("n1", 0.75, 0);
  await p.run(10);
  p.arrivals.clear();
  p.startGrand(2);
  await p.run(1);
  expect(p.arrivals.get("n1")).toBe(0);
  expect(a.state).toBe("registered");
  expect(grand.counters.registers).toBe(1);
});

test("grand answering more slowly than the Register retry: the answer to an earlier copy is taken; one to a copy never sent is not", async () => {
  const p = pool();
  const grandEnvelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "g", clock: p.clock, epoch: 1 });
  const grand = p.net.attach(GRAND.address, GRAND.port);
  const registers: { id: number; from: { address: string; port: number } }[] = [];
  grand.onMessage((data, from) => {
    const r = grandEnvelope.open(data);
    if (!r.ok) return;
    if (r.message.announce) grand.sendTo(grandEnvelope.seal({ discovered: { grandId: "g", epoch: 1, endpoints: ["198.18.0.1:4161"] } }), from);
    if (r.message.register) registers.push({ id: r.message.register.requestId!, from });
  });
  const a = p.agent("n1", 0.5);
  await p.run(600); // copies at 0, 250 and 500 ms, none answered yet
  expect(registers.map((r) => r.id)).toEqual([1, 2, 3]);
  const answer = (requestId: number, leaseId: number) =>
    grand.sendTo(grandEnvelope.seal({ registerReply: { requestId, status: pb.Status.STATUS_OK, leaseId, grantedMs: 2500, grandId: "g", epoch: 1 } }), registers[0]!.from);
  answer(4, 5004);
  await p.run(1);
  expect(a.state).toBe("registering");
  answer(1, 5001);
  await p.run(1);
  expect([a.state, a.leaseId]).toEqual(["registered", 5001]);
});
