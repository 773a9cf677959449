/**
 * grand's wall clock stepped under a running pool (an NTP correction after a bad
 * RTC, an operator's `date -s`): leases, renewals and crash detection run on the
 * monotonic clock, so a step changes nothing they decide; only the envelope's
 * freshness window sees wall time, and agents follow grand's time when it jumps.
 */
import { describe, expect, test } from "bun:test";
import { Envelope, Keyring, loadSodium } from "../runtime/wire/index.ts";
import { KEY, World } from "../test/harness/world.ts";

const sodium = await loadSodium();
const DAY_MS = 86_400_000;

const IDS = ["a", "b", "c"];

async function pool() {
  const w = new World();
  w.startGrand();
  for (const id of IDS) w.addAgent(id);
  await w.run(1000);
  expect(w.ids()).toEqual(IDS);
  return w;
}

/**
 * Runs ms, checking every step that every agent is still listed; returns the
 * events in that time (an expiry, or a registration made again because the
 * lease was lost, shows here).
 */
async function holds(w: World, ms: number) {
  const from = w.grand.events.since(0).length;
  for (let t = 0; t < ms; t += 50) {
    await w.run(50);
    expect(w.ids()).toEqual(IDS);
  }
  return w.grand.events.since(0).slice(from).map((e) => `${e.type}:${e.serviceId}`);
}

/** Time from an agent's crash until grand no longer lists it. */
async function crashDetection(w: World, id: string) {
  const crashAt = w.clock.monotonic();
  w.agents.find((a) => a.serviceId === id)!.stop(false);
  for (let t = 0; t < 30_000; t += 10) {
    await w.run(10);
    if (!w.ids().includes(id)) return w.clock.monotonic() - crashAt;
  }
  return Infinity;
}

describe("grand's wall clock steps", () => {
  test("forward 10 s: no lease expires (before: every lease expired at once)", async () => {
    const w = await pool();
    w.grandClock.stepWall(10_000);
    expect(await holds(w, 10_000)).toEqual([]);
    expect(w.agents.every((a) => a.state === "registered" && a.stats.grandLost === 0)).toBe(true);
  });

  test("back 10 s: crash detection still takes the lease, about 2.5 s (before: 12.5 s)", async () => {
    const w = await pool();
    w.grandClock.stepWall(-10_000);
    expect(await holds(w, 5_000)).toEqual([]);
    const took = await crashDetection(w, "a");
    expect(took).toBeGreaterThan(1_500); // the lease less the 1 s renewal period: killed just before a renewal
    expect(took).toBeLessThanOrEqual(2_500 + 100 + 10);
    expect(w.ids()).toEqual(["b", "c"]);
  });

  test("back 120 s: no lease lapses and agents stay registered (before: cut off for 121 s while grand listed them)", async () => {
    const w = await pool();
    w.grandClock.stepWall(-120_000);
    expect(await holds(w, 20_000)).toEqual([]);
    expect(w.agents.every((a) => a.state === "registered" && a.stats.grandLost === 0)).toBe(true);
    const took = await crashDetection(w, "b");
    expect(took).toBeLessThanOrEqual(2_500 + 100 + 10);
  });

  test("back 120 s, forward 10 s, back 10 s in turn: the pool holds throughout and crash detection stays at the lease", async () => {
    const w = await pool();
    for (const step of [-120_000, 10_000, -10_000]) {
      w.grandClock.stepWall(step);
      expect(await holds(w, 10_000)).toEqual([]);
    }
    const took = await crashDetection(w, "c");
    expect(took).toBeGreaterThan(1_500); // the lease less the 1 s renewal period: killed just before a renewal
    expect(took).toBeLessThanOrEqual(2_500 + 100 + 10);
  });

  test("back a day: agents follow grand's time within a few seconds; a replayed capture from before the step does not move them back", async () => {
    // Before: agents took only a grand time newer than any seen, so they were stranded for the day.
    const w = await pool();
    // what an attacker captured before the step: grand's announcement, epoch 1, an early seq, dated before the step
    const capturer = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "grand-test", clock: w.clock, epoch: 1 });
    const capture = capturer.seal({ grandAnnounce: { grandId: "grand-test", epoch: 1 } });
    w.grandClock.stepWall(-DAY_MS);
    const followed = () => w.agents.every((a) => Math.abs(a.clockOffsetMs + DAY_MS) < 1_000);
    let took = 0;
    while (!followed() && took < 10_000) {
      await w.run(10);
      took += 10;
    }
    expect(took).toBeLessThanOrEqual(3_000);
    expect(await holds(w, 5_000)).toEqual([]);
    const attacker = w.net.attach("198.18.0.99", 0);
    attacker.sendGroup(capture);
    await w.run(100);
    expect(followed()).toBe(true);
    expect(await holds(w, 5_000)).toEqual([]);
  });
});
