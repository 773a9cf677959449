/**
 * grand and several agents in one process, on the in-memory network with a fake
 * clock: discovery, leases, crash detection, restarts and packet loss, without
 * sleeping.
 */
import { describe, expect, test } from "bun:test";
import { Envelope, Keyring, loadSodium } from "../runtime/wire/index.ts";
import { KEY, WRONG, World } from "../test/harness/world.ts";

const sodium = await loadSodium();

describe("in-memory pool", () => {
  test("grand and three agents: all register within half a second and stay registered", async () => {
    const w = new World();
    w.startGrand();
    for (const id of ["a", "b", "c"]) w.addAgent(id);
    await w.run(500);
    expect(w.ids()).toEqual(["a", "b", "c"]);
    expect(w.agents.every((a) => a.state === "registered")).toBe(true);
    await w.run(60_000, 50);
    expect(w.ids()).toEqual(["a", "b", "c"]);
    expect(w.grand.events.since(0).filter((e) => e.type !== "registered")).toEqual([]);
    expect(w.grand.lookup()[0]!.renewals).toBeGreaterThan(55); // one a second, answered, for 60 s
  });

  test("an agent started before grand finds it from grand's announcement", async () => {
    const w = new World();
    w.addAgent("early");
    await w.run(30_000, 50); // discovery backs off to 4 s between announcements
    expect(w.agents[0]!.stats.announces).toBeLessThan(15);
    w.startGrand();
    await w.run(100);
    expect(w.ids()).toEqual(["early"]);
  });

  test("a crashed agent expires within its lease plus one sweep; watchers are told", async () => {
    const w = new World();
    w.startGrand();
    const a = w.addAgent("a");
    w.addAgent("b");
    await w.run(1000);
    const events: string[] = [];
    w.grand.events.subscribe((e) => events.push(`${e.type}:${e.serviceId}`));
    const crashAt = w.clock.now();
    a.stop(false); // kill -9: no cancel
    let goneAt = 0;
    for (let t = 0; t < 5000 && !goneAt; t += 10) {
      await w.run(10);
      if (!w.ids().includes("a")) goneAt = w.clock.now();
    }
    expect(goneAt - crashAt).toBeGreaterThan(1500); // the lease less the 1 s renewal period
    expect(goneAt - crashAt).toBeLessThanOrEqual(2500 + 100 + 10);
    expect(events).toEqual(["expired:a"]);
    expect(w.ids()).toEqual(["b"]);
  });

  test("a stopped agent cancels its lease at once", async () => {
    const w = new World();
    w.startGrand();
    const a = w.addAgent("a");
    await w.run(500);
    a.stop(true);
    await w.run(20);
    expect(w.ids()).toEqual([]);
    expect(w.grand.events.since(0).map((e) => e.type)).toEqual(["registered", "cancelled"]);
  });

  test("a restarted agent registers again under the same id", async () => {
    const w = new World();
    w.startGrand();
    const a = w.addAgent("a");
    await w.run(500);
    a.stop(false);
    w.addAgent("a");
    await w.run(500);
    expect(w.ids()).toEqual(["a"]);
    expect(w.grand.events.since(0).map((e) => e.type)).toEqual(["registered", "registered"]);
  });

  test("a grand restarted mid-run gets every agent back under the same ids", async () => {
    const w = new World();
    w.startGrand();
    for (const id of ["a", "b", "c"]) w.addAgent(id);
    await w.run(1000);
    w.stopGrand();
    await w.run(3000);
    w.startGrand();
    expect(w.ids()).toEqual([]);
    await w.run(1000);
    expect(w.ids()).toEqual(["a", "b", "c"]);
  });

  test("grand gone for a long time: agents fall back to discovery, then rejoin", async () => {
    const w = new World();
    w.startGrand();
    w.addAgent("a");
    await w.run(500);
    w.stopGrand();
    await w.run(20_000, 50);
    expect(w.agents[0]!.state).toBe("discovering");
    expect(w.agents[0]!.stats.grandLost).toBe(1);
    w.startGrand();
    await w.run(5000, 20);
    expect(w.ids()).toEqual(["a"]);
  });

  test("an agent with the wrong key never appears, and grand counts its drops", async () => {
    const w = new World();
    w.startGrand();
    w.addAgent("good");
    w.addAgent("impostor", { key: WRONG });
    await w.run(10_000, 20);
    expect(w.ids()).toEqual(["good"]);
    expect(w.agents[1]!.state).toBe("discovering");
    expect(w.grand.envelope.drops.byReason["unknown-key"]).toBeGreaterThan(3);
  });

  test.each([-3_600_000, 45_000, 86_400_000])("an agent whose clock is off by %i ms adopts grand's time and joins; leases follow grand's clock", async (skew) => {
    const w = new World();
    w.startGrand();
    const a = w.addAgent("skewed", { clockSkewMs: skew });
    await w.run(3000, 10);
    expect(w.ids()).toEqual(["skewed"]);
    expect(Math.abs(a.clockOffsetMs + skew)).toBeLessThan(50);
    await w.run(30_000, 50);
    expect(w.grand.events.since(0).map((e) => e.type)).toEqual(["registered"]);
  });

  test("an old grand announcement replayed to a booting agent only delays it; a newer one wins and cannot be undone", async () => {
    const w = new World();
    const a = w.addAgent("victim");
    const attacker = w.net.attach("198.18.0.99", 0);
    const tenMinutesAgo = { now: () => w.clock.now() - 600_000, monotonic: () => w.clock.monotonic(), setTimeout: () => 0, clearTimeout: () => {} };
    const oldGrand = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "grand-test", clock: tenMinutesAgo });
    const oldAnnounce = () => oldGrand.seal({ grandAnnounce: { grandId: "grand-test", epoch: 1 } });
    attacker.sendGroup(oldAnnounce());
    await w.run(20);
    expect(a.clockOffsetMs).toBeLessThan(-590_000); // fooled, for now
    w.startGrand();
    await w.run(3000, 10);
    expect(w.ids()).toEqual(["victim"]);
    expect(Math.abs(a.clockOffsetMs)).toBeLessThan(50);
    // grand goes away; the agent is discovering again and gets another old announcement
    w.stopGrand();
    await w.run(8000, 20);
    expect(a.state).toBe("discovering");
    attacker.sendGroup(oldAnnounce());
    await w.run(20);
    expect(Math.abs(a.clockOffsetMs)).toBeLessThan(50);
  });

  test("an agent nobody answers says so after 10 s, with what to check, then every minute", async () => {
    const w = new World();
    const a = w.addAgent("lonely", { key: WRONG });
    const log = (a as unknown as { o: { log: { lines: { name: string; fields: Record<string, unknown> }[] } } }).o.log;
    await w.run(9_000, 50);
    expect(log.lines.filter((l) => l.name === "no-grand-answer")).toEqual([]);
    w.startGrand(); // a grand with another key: it never answers this agent
    await w.run(75_000, 50);
    const warnings = log.lines.filter((l) => l.name === "no-grand-answer");
    // reported at the first announcement (at most 4 s apart) after 10 s, and after 60 s
    const waited = warnings.map((l) => Number(l.fields.waitedS));
    expect(waited.length).toBe(2);
    expect(waited[0]).toBeGreaterThanOrEqual(10);
    expect(waited[0]).toBeLessThanOrEqual(15);
    expect(waited[1]).toBeGreaterThanOrEqual(60);
    expect(waited[1]).toBeLessThanOrEqual(65);
    expect(String(warnings[0]!.fields.hint)).toContain("same pool key");
  });

  test("a long lease with slow renewals is kept, not mistaken for a lost grand", async () => {
    const w = new World();
    w.startGrand({ minLeaseMs: 1000, maxLeaseMs: 120_000 });
    const a = w.addAgent("slow", { leaseMs: 120_000, renewEveryMs: 10_000 });
    await w.run(65_000, 100);
    expect(a.state).toBe("registered");
    expect(a.stats).toMatchObject({ registrations: 1, grandLost: 0 });
    expect(w.grand.lookup()[0]!.renewals).toBeGreaterThanOrEqual(5);
  });

  test("a correct-clock agent ignores a replayed old grand announcement when it rediscovers", async () => {
    const w = new World();
    w.startGrand();
    const a = w.addAgent("steady");
    await w.run(1000);
    const attacker = w.net.attach("198.18.0.99", 0);
    const anHourAgo = { now: () => w.clock.now() - 3_600_000, monotonic: () => w.clock.monotonic(), setTimeout: () => 0, clearTimeout: () => {} };
    const old = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "grand-test", clock: anHourAgo });
    w.stopGrand();
    await w.run(8000, 50);
    expect(a.state).toBe("discovering");
    attacker.sendGroup(old.seal({ grandAnnounce: { grandId: "grand-test", epoch: 1 } }));
    await w.run(20);
    expect(a.clockOffsetMs).toBe(0);
  });

  test("unicast discovery: an agent that cannot multicast joins via a configured grand address", async () => {
    const w = new World();
    w.startGrand();
    w.addAgent("u", { multicast: false, unicastGrand: true });
    await w.run(500);
    expect(w.ids()).toEqual(["u"]);
  });

  test("changed attributes are sent with a renewal and watchers see renewed-with-changes", async () => {
    const w = new World();
    w.startGrand();
    let hostname = "before";
    w.addAgent("a", { attrs: () => ({ hostname, roles: ["web"] }) });
    await w.run(6000, 20);
    hostname = "after";
    await w.run(6000, 20);
    expect(w.grand.lookup()[0]!.item.attributes?.hostname).toBe("after");
    expect(w.grand.events.since(0).map((e) => e.type)).toContain("renewed-with-changes");
  });

  test.each([1, 2, 3])("20%% packet loss for 10 minutes: no false expiry (seed %i)", async (seed) => {
    const w = new World(seed);
    w.startGrand();
    for (const id of ["a", "b", "c"]) w.addAgent(id);
    await w.run(2000, 10);
    expect(w.ids()).toEqual(["a", "b", "c"]);
    w.net.lossRate = 0.2;
    await w.run(600_000, 50);
    expect(w.net.lost).toBeGreaterThan(1000);
    expect(w.grand.events.since(0).filter((e) => e.type === "expired")).toEqual([]);
    expect(w.ids()).toEqual(["a", "b", "c"]);
  });
});
