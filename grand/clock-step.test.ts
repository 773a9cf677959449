/**
 * grand's wall clock stepped under a running pool (an NTP correction after a bad
 * RTC, an operator's `date -s`): leases, renewals and crash detection run on the
 * monotonic clock, so a step changes nothing they decide; only the envelope's
 * freshness window sees wall time, and agents follow grand's time when it jumps.
 */
import { describe, expect, test } from "bun:test";
import { World } from "../test/harness/world.ts";

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
    expect(took).toBeGreaterThan(2_000);
    expect(took).toBeLessThanOrEqual(2_500 + 100 + 10);
    expect(w.ids()).toEqual(["b", "c"]);
  });
});
