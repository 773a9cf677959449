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
 * Pool periods and samples are 1 s, the lead time 0 and the drain at most 10 s
 * (a drained node is stopped as soon as haproxy reports no session left on it),
 * so the test takes about a minute.
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
    t = await TrafficPool.web({ nodes: 2, capacityBps: 8_000_000, drainMs: 10_000, periodMs: 1000 });
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

    // The surge ends: 3 Mbit/s < 0.8 × (16 − 8) releases the less loaded node: drained; requests are short, so haproxy
    // soon reports no session left on it, and it is left out and stopped then, well before the 10 s drain time.
    await surge.exited;
    await waitFor(async () => (p = await webPool()).lastActions.some((a) => a.action.includes("release") && a.outcome.startsWith("stopped")), 20_000,
      () => `a release; pool: ${JSON.stringify(p)}\ngrand:\n${t.grand.output}`);
    const released = /release (web-\d)/.exec(p!.lastActions.find((a) => a.action.includes("release") && a.outcome.startsWith("stopped"))!.action)![1]!;
    const releasedAt = p!.lastActions.find((a) => a.action.includes(`release ${released}`))!.atMs;
    const steps = p!.lastActions.filter((a) => a.atMs >= releasedAt && (a.action.includes(`release ${released}`) || a.action.includes(" backends=")))
      .map((a) => a.action.includes("release")
        ? `release: ${a.outcome.split(":")[0]}`
        : `${new RegExp(`${released}@[^,]*/(\\w+)(,|$)`).exec(a.action)?.[1] ?? "out"}: ${a.outcome.split(":")[0]}`);
    expect(steps.slice(0, 3)).toEqual(["release: draining 10000 ms", "drain: applied", "release: drain accepted by the dispatcher; stop once it reports no sessions there, at most in 10000 ms"]);
    const early = /^release: no sessions left on the dispatcher (\d+) ms after the drain; stop now$/.exec(steps[3] ?? "");
    expect(early, steps.join("\n")).not.toBeNull();
    expect(Number(early![1])).toBeLessThan(10_000);
    expect(steps.slice(4)).toEqual(["out: applied", "release: stopped"]);
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
      `${b.requests + s.requests} requests, ${b.errors + s.errors} failed; drained node stopped ${early![1]} ms after the drain (no session left); ` +
      `whole step ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }, 90_000);
});

/** Bytes of one GET made from inside a namespace (curl). */
async function fetchFrom(ns: NodeNs, url: string): Promise<number> {
  const r = Bun.spawnSync(["ip", "netns", "exec", ns.name, "curl", "-s", "-o", "/dev/null", "-w", "%{size_download}", "--max-time", "5", url]);
  return Number(r.stdout.toString());
}

const skipStream = trafficUnavailable(["/usr/sbin/haproxy", "/usr/bin/icecast2"]) ?? (Bun.spawnSync(["tc", "-V"]).exitCode !== 0 ? "the 'tc' command is missing" : undefined);
if (skipStream) console.log(`skipping the streaming pool traffic test: ${skipStream}`);

/**
 * The paper's prototype at a small scale: a source node fed by the feeder, three relay nodes whose egress is
 * capped at 2 Mbit/s (tc tbf), about 14 streams of 128 kbit/s (134 kbit/s on the wire). The relays use
 * Algorithm 1 with thresholds 0.6 / 0.5 (a node is supplemented at about 9 streams on one node, with room for
 * icecast's 1.5 s start) and a 10 s cooldown; haproxy balances by least connections. Listeners ramp 0 → 22 in
 * 40 s (three relays), hold, fall to 4 (leaving at random) and hold: relays are released.
 *
 * What happens to the listeners of a released relay: the drain sends it no new listener and cuts none. grand
 * stops the relay as soon as haproxy reports no session left on it, or when its drain time (here 15 s) is up;
 * only listeners still on it then lose their stream — grand's record says how many — and a player that
 * reconnects (the generator does, after 200 ms) is sent by the dispatcher to a remaining relay, which has room
 * for it (a release leaves enough capacity for the demand). The test asserts that no stream is cut before a
 * relay's Stop, that no more are cut than grand counted at drain timeouts, and prints both.
 */
describe.skipIf(!!skipStream)("traffic follows reallocation: icecast relays behind haproxy, a source pool, capped links (built binaries, real daemons)", () => {
  const STREAM_BPS = 128_000;
  let t: TrafficPool;
  beforeAll(async () => {
    t = await TrafficPool.stream({ relays: 3, capacityBps: 2_000_000, upperThreshold: 0.6, lowerThreshold: 0.5, drainMs: 15_000, periodMs: 1000 });
  }, 90_000);
  afterAll(() => t?.destroy());

  const relays = async () => (await t.pool("relays"))!;

  test("listeners ramp up and down: supplemented relays carry listeners, released relays are drained then stopped; what happens to their listeners", async () => {
    const source = (await t.pool("source"))!.members[0]!.serviceId;
    expect(source).toBe("source-1");
    const first = (await relays()).members[0]!.serviceId;
    const start = performance.now();
    const listeners = t.listeners("listeners", { path: "/live", mode: "stream", ramp: "0:0,40:22,60:22,64:4", seconds: 96, rateBps: 0, minBps: 0.9 * STREAM_BPS, periodMs: 2000, leave: "random" });
    const tx = new Map(t.servers.map((ns, i) => [`relay-${i + 1}`, t.world.txBytes(ns)]));
    const firstSeen = new Map<string, number>(); // action text → seconds since the listeners started, as the test saw it
    let p: PoolJson | undefined;
    const watch = async () => {
      p = await relays();
      for (const a of p.lastActions) if (!firstSeen.has(`${a.action} → ${a.outcome}`)) firstSeen.set(`${a.action} → ${a.outcome}`, (performance.now() - start) / 1000);
    };
    // Supplements and when each new relay carries load (20 kB more on its interface than when it was decided: its first
    // listener, whose connection brings icecast's burst), and every action as the test saw it, until the listeners end.
    const carries: Record<string, number> = {};
    const decided: Record<string, number> = {};
    const txAtDecision: Record<string, number> = {};
    let running = true;
    void listeners.exited.then(() => (running = false));
    while (running) {
      await watch();
      for (const a of p!.lastActions) {
        const m = /supplement (relay-\d)/.exec(a.action);
        if (m && a.outcome.startsWith("starting") && decided[m[1]!] === undefined) {
          decided[m[1]!] = (performance.now() - start) / 1000;
          txAtDecision[m[1]!] = t.world.txBytes(t.nsOf(m[1]!));
        }
      }
      for (const id of Object.keys(decided)) {
        if (carries[id] === undefined && t.world.txBytes(t.nsOf(id)) - txAtDecision[id]! > 20_000) carries[id] = (performance.now() - start) / 1000 - decided[id]!;
      }
      await Bun.sleep(100);
    }
    const supplemented = Object.keys(decided).filter((id) => id !== first).sort();
    expect(supplemented.length).toBeGreaterThanOrEqual(1);
    for (const id of supplemented) {
      // Started relaying from the source pool's node, and carried listeners.
      expect(p!.lastActions.some((a) => a.action.includes(`supplement ${id}`) && a.outcome === `starting with relayFrom=${t.source!.address}:8000/live`)).toBe(true);
      expect(carries[id]).toBeDefined();
      expect(t.world.txBytes(t.nsOf(id)) - tx.get(id)!).toBeGreaterThan(500_000);
    }
    // The ramp down: releases, each drained, left out, then stopped.
    const t0 = p!.lastActions[0]?.atMs ?? 0;
    console.log(p!.lastActions.filter((a) => !a.action.includes("dispatch to")).map((a) => `${((a.atMs - t0) / 1000).toFixed(1)} ${a.action.split(" because")[0].slice(0, 110)} → ${a.outcome.slice(0, 60)}`).join("\n"));
    console.log(listeners.output.split("\n").filter((l) => l.startsWith('{"t"')).map((l) => { const q = JSON.parse(l); return `${q.t} c=${q.clients} below=${q.below} cuts=${q.cuts} min=${Math.min(...q.bytes)}`; }).filter((l) => !/below=0 cuts=0/.test(l)).join("\n"));
    // Releases still draining when the listeners ended finish now: their sessions are gone.
    await waitFor(async () => (p = await relays()).releasing.length === 0, 20_000, () => `releases to finish; pool: ${JSON.stringify(p)}`);
    const released = [...new Set(p!.lastActions.map((a) => /release (relay-\d)/.exec(a.action)?.[1]).filter((x): x is string => !!x))];
    expect(released.length).toBeGreaterThanOrEqual(1);
    let cutAtTimeouts = 0;
    const endings: string[] = [];
    for (const id of released) {
      const outcomes = p!.lastActions.filter((a) => a.action.includes(`release ${id}`)).map((a) => a.outcome);
      expect(outcomes.slice(0, 2)).toEqual(["draining 15000 ms", "drain accepted by the dispatcher; stop once it reports no sessions there, at most in 15000 ms"]);
      const ending = outcomes[2]!;
      const timeout = /^drain time 15000 ms is up with (\d+) sessions? open on the dispatcher; the Stop cuts them$/.exec(ending);
      expect(timeout !== null || /^no sessions left on the dispatcher \d+ ms after the drain; stop now$/.test(ending), ending).toBe(true);
      cutAtTimeouts += Number(timeout?.[1] ?? 0);
      endings.push(`${id}: ${ending}`);
      expect(outcomes[3]).toMatch(/^stopped: /);
    }
    const s = TrafficPool.summary(listeners);
    const periods = listeners.output.trim().split("\n").filter((l) => l.startsWith('{"t"')).map((l) => JSON.parse(l) as { t: number; clients: number; below: number; cuts: number });
    const firstStop = Math.min(...[...firstSeen].filter(([k]) => /release relay-\d.*→ stopped/.test(k)).map(([, v]) => v));
    const cutsBeforeStops = periods.filter((q) => q.t < firstStop - 1).reduce((n, q) => n + q.cuts, 0);
    const belowDuringRamp = periods.filter((q) => q.t <= 62).reduce((n, q) => n + q.below * 2, 0); // listener-seconds
    // No listener is cut before a relay is stopped (a drain or a Set of the dispatcher cuts nobody), and no more than
    // grand counted on relays whose drain time ran out (haproxy's count is up to a second old: listeners may leave meanwhile).
    expect(cutsBeforeStops).toBe(0);
    expect(s.cuts).toBeLessThanOrEqual(cutAtTimeouts);
    // After the last release every remaining listener plays at the stream rate again.
    expect(periods.slice(-4).every((q) => q.below === 0)).toBe(true);
    console.log(`streaming pool: supplemented ${supplemented.join(", ")}; decided → carries listeners (20 kB on its interface): ` +
      `${supplemented.map((id) => `${id} ${(carries[id]! * 1000).toFixed(0)} ms`).join(", ")}; released ${released.join(", ")} ` +
      `(first stopped at ${firstStop.toFixed(1)} s); listener-seconds below ${0.9 * STREAM_BPS / 1000} kbit/s (2 s periods): ${belowDuringRamp} during the ramp up and hold, ` +
      `${s.listenerSecondsBelow} in all; streams cut ${s.cuts} (grand counted ${cutAtTimeouts} at drain timeouts; they reconnected through the dispatcher); ` +
      `peak ${s.peakClients} listeners; releases: ${endings.join("; ")}`);
  }, 150_000);
});
