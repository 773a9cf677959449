/**
 * Traffic follows reallocation, with the built binaries and the real daemons in
 * network namespaces: grand (`--reallocate live`) runs a dispatcher pool
 * (haproxy through the haproxy-dispatcher adaptor) and a web pool (nginx) behind
 * it; real HTTP clients (test/tools/listeners.ts) in a client namespace go
 * through the dispatcher. As load rises a node is supplemented, listed in the
 * dispatcher once its nginx runs, and new requests land on it (bytes on its
 * interface); as load falls a node is drained, left out and stopped, and no
 * request fails on the way.
 *
 * Scale: each web node counts as 8 Mbit/s (`--link-capacity-bps`; the veths
 * are not capped here) and each client asks 1 Mbit/s of 64 kB pages, so nine
 * clients pass Algorithm 1's 90 % of one node and three fall below 80 % of one.
 * Pool periods and samples are 1 s, the lead time 0 and the drain 2 s, so the
 * test takes about a minute.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { waitFor } from "./harness/cluster.ts";
import { TrafficPool, trafficUnavailable, WEB_PORT, type PoolJson } from "./harness/traffic-pool.ts";
import type { NodeNs } from "./harness/netns.ts";

const skipWeb = trafficUnavailable(["/usr/sbin/haproxy", "/usr/sbin/nginx"]);
if (skipWeb) console.log(`skipping the web pool traffic test: ${skipWeb}`);

const CLIENT_BPS = 1_000_000;

describe.skipIf(!!skipWeb)("traffic follows reallocation: a web pool behind haproxy (built binaries, real daemons)", () => {
  let t: TrafficPool;
  beforeAll(async () => {
    t = await TrafficPool.web({ nodes: 2, capacityBps: 8_000_000, drainMs: 2000, periodMs: 1000 });
  }, 60_000);
  afterAll(() => t?.destroy());

  const webPool = async () => (await t.pool("web"))!;
  const requests = (name: string, ramp: string, seconds: number) =>
    t.listeners(name, { path: "/page.bin", mode: "requests", ramp, seconds, rateBps: CLIENT_BPS });

  test("the dispatcher is started and lists the pool's first node, on its address and port, once its nginx serves", async () => {
    const p = await webPool();
    const member = p.members[0]!.serviceId;
    expect(p.dispatchers[0]!.applied).toBe(`${member}@${t.nsOf(member).address}:${WEB_PORT}/8/ready`);
    expect(await fetchFrom(t.client, `http://${t.dispatcher.address}:8000/page.bin`)).toBe(65_536);
  });

  test("rising load supplements a node that joins the dispatcher and takes requests; falling load drains, leaves out and stops one; no request fails", async () => {
    const first = (await webPool()).members[0]!.serviceId;
    const second = first === "web-1" ? "web-2" : "web-1";
    const base = requests("base", "0:3", 32); // 3 Mbit/s throughout, past the release
    const surge = requests("surge", "0:0,2:6", 18); // 6 Mbit/s more for 18 s: 9 Mbit/s > 0.9 × 8
    const t0 = performance.now();
    // The decision, as seen by polling the API every 100 ms, then the new node's first 100 kB.
    let decidedAt = 0;
    let p: PoolJson | undefined;
    await waitFor(async () => {
      p = await webPool();
      return p.lastActions.some((a) => a.action.includes(`supplement ${second}`));
    }, 15_000, () => `a supplement; pool: ${JSON.stringify(p)}\ngrand:\n${t.grand.output}`);
    decidedAt = performance.now();
    const tx0 = t.world.txBytes(t.nsOf(second));
    await waitFor(() => t.world.txBytes(t.nsOf(second)) - tx0 > 100_000, 10_000, () => `bytes from ${second}`);
    const carriesMs = performance.now() - decidedAt;
    await waitFor(async () => (p = await webPool()).dispatchers[0]!.applied?.includes(`${second}@${t.nsOf(second).address}:${WEB_PORT}/8/ready`) === true, 5000,
      () => `${second} ready in the list; pool: ${JSON.stringify(p)}`);
    const supplement = p!.lastActions.find((a) => a.action.includes(`supplement ${second}`) && a.outcome === "starting")!;
    const readySet = p!.lastActions.find((a) => a.action.includes(`${second}@`) && a.action.includes(`${second}@${t.nsOf(second).address}:${WEB_PORT}/8/ready`) && a.outcome === "applied")!;
    const maintSet = p!.lastActions.find((a) => a.action.includes(`${second}@${t.nsOf(second).address}:${WEB_PORT}/8/maint`) && a.outcome === "applied");
    expect(maintSet).toBeDefined(); // listed in maint while nginx started
    expect(maintSet!.atMs).toBeLessThanOrEqual(readySet.atMs);

    // Both nodes carry the surge now: new requests land on the new one by weight.
    const before = [t.world.txBytes(t.nsOf(first)), t.world.txBytes(t.nsOf(second))];
    await Bun.sleep(4000);
    const moved = [t.world.txBytes(t.nsOf(first)) - before[0]!, t.world.txBytes(t.nsOf(second)) - before[1]!];
    expect(moved[1]!).toBeGreaterThan(1_000_000); // > 2 Mbit/s over 4 s on the new node
    expect(moved[0]!).toBeGreaterThan(1_000_000);

    // The surge ends: 3 Mbit/s < 0.8 × (16 − 8) releases the less loaded node: drain, 2 s, left out, stopped.
    await surge.exited;
    await waitFor(async () => (p = await webPool()).lastActions.some((a) => a.action.includes("release") && a.outcome.startsWith("stopped")), 20_000,
      () => `a release; pool: ${JSON.stringify(p)}\ngrand:\n${t.grand.output}`);
    const released = /release (web-\d)/.exec(p!.lastActions.find((a) => a.action.includes("release") && a.outcome.startsWith("stopped"))!.action)![1]!;
    const releasedAt = p!.lastActions.find((a) => a.action.includes(`release ${released}`))!.atMs;
    const steps = p!.lastActions.filter((a) => a.atMs >= releasedAt && (a.action.includes(`release ${released}`) || a.action.includes(" backends=")))
      .map((a) => a.action.includes("release")
        ? `release: ${a.outcome.split(":")[0]}`
        : `${new RegExp(`${released}@[^,]*/(\\w+)(,|$)`).exec(a.action)?.[1] ?? "out"}: ${a.outcome.split(":")[0]}`);
    expect(steps).toEqual([
      "release: draining 2000 ms", "drain: applied", "release: drain accepted by the dispatcher; stop in 2000 ms", "out: applied", "release: stopped",
    ]);
    const remaining = released === first ? second : first;
    expect(p!.dispatchers[0]!.applied).toBe(`${remaining}@${t.nsOf(remaining).address}:${WEB_PORT}/8/ready`);
    await base.exited;
    const b = TrafficPool.summary(base);
    const s = TrafficPool.summary(surge);
    expect(b.errors + s.errors).toBe(0); // no request failed through the supplement and the release
    expect(b.requests).toBeGreaterThan(100);
    const setLatency = readySet.atMs - supplement.atMs;
    console.log(`web pool: supplement decided → ${second} carries load (100 kB on its interface): ${carriesMs.toFixed(0)} ms; ` +
      `decision → dispatcher Set with it ready applied: ${setLatency} ms (nginx start included); ` +
      `${b.requests + s.requests} requests, ${b.errors + s.errors} failed; whole step ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }, 90_000);
});

/** Bytes of one GET made from inside a namespace (curl). */
async function fetchFrom(ns: NodeNs, url: string): Promise<number> {
  const r = Bun.spawnSync(["ip", "netns", "exec", ns.name, "curl", "-s", "-o", "/dev/null", "-w", "%{size_download}", "--max-time", "5", url]);
  return Number(r.stdout.toString());
}
