/**
 * The haproxy-dispatcher adaptor against the real haproxy (Debian's 2.6) on
 * 127.0.0.1, in front of small HTTP backends served by this test process
 * (Bun.serve), every port chosen free at run time. Needs root (haproxy drops to its
 * own user, as on a node) and /usr/sbin/haproxy; otherwise the suite is skipped and
 * says why. Every haproxy this file starts is killed by process group in afterAll,
 * also when a test fails.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidParameterError } from "../errors.ts";
import { alive, firstLine, freePort, rejection, trackingRunner } from "../test-helpers.ts";
import { DEFAULT_HAPROXY, DispatcherAdaptor } from "./dispatcher-adaptor.ts";

const skipReason = process.getuid?.() !== 0 ? "not root" : !existsSync(DEFAULT_HAPROXY) ? `${DEFAULT_HAPROXY} missing (apt-get install haproxy)` : "";
/** Each test stays well under this; the whole file takes a few seconds. */
const TEST_MS = 15_000;
const pids: number[] = [];
/** The real runner, remembering every pid so nothing outlives the test. */
const tracking = trackingRunner((pid) => pids.push(pid));

/** A backend that says its name, and streams its name every 20 ms on /stream until the client leaves. */
function backend(name: string): ReturnType<typeof Bun.serve> {
  return Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    idleTimeout: 0,
    fetch(req) {
      if (new URL(req.url).pathname !== "/stream") return new Response(name);
      let timer: ReturnType<typeof setInterval>;
      const body = new ReadableStream({
        start(c) {
          timer = setInterval(() => {
            try {
              c.enqueue(new TextEncoder().encode(`${name}\n`.padEnd(512, ".")));
            } catch {
              clearInterval(timer);
            }
          }, 20);
        },
        cancel() {
          clearInterval(timer);
        },
      });
      return new Response(body, { headers: { "content-type": "application/octet-stream" } });
    },
  });
}

/** A client holding one streaming response open, counting what arrives. */
function holdStream(url: string): { from: Promise<string>; bytes: () => number; close: () => void } {
  const abort = new AbortController();
  let bytes = 0;
  let resolveFrom!: (s: string) => void;
  const from = new Promise<string>((r) => (resolveFrom = r));
  void (async () => {
    try {
      const res = await fetch(url, { signal: abort.signal });
      const reader = res.body!.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (bytes === 0) resolveFrom(new TextDecoder().decode(value).split("\n", 1)[0]!);
        bytes += value.length;
      }
    } catch {
      /* aborted */
    }
  })();
  return { from, bytes: () => bytes, close: () => abort.abort() };
}

async function tally(url: string, n: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const name = await (await fetch(url)).text();
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

describe.skipIf(skipReason !== "")(`haproxy-dispatcher against the real haproxy${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  let dir: string;
  let port: number;
  let url: string;
  const servers: Record<string, ReturnType<typeof Bun.serve>> = {};
  let adaptor: DispatcherAdaptor;
  const at = (name: string, weight = 1, state = "ready", id = name): string => `${id}@127.0.0.1:${servers[name]!.port}/${weight}/${state}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "lama-haproxy-"));
    for (const n of ["a", "b", "c", "d"]) servers[n] = backend(n);
    port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    adaptor = new DispatcherAdaptor({ name: "dispatcher", stateDir: join(dir, "state"), stopTimeoutMs: 3000 }, { runner: tracking });
  }, TEST_MS);

  afterAll(async () => {
    await adaptor?.stop().catch(() => {});
    for (const pid of pids) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
    for (const s of Object.values(servers)) s.stop(true);
    rmSync(dir, { recursive: true, force: true });
  }, TEST_MS);

  test("bad parameters are refused before anything runs", async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{}, /"port" is required/],
      [{ port: String(port), mode: "udp" }, /"mode".*allowed: one of: http, tcp/],
      [{ port: String(port), backends: "a@not-an-ip:80" }, /not an IPv4 or IPv6 address/],
      [{ port: String(port), backends: "a@127.0.0.1:80/300" }, /weight "300" is not a whole number from 0 to 256/],
      [{ port: String(port), backends: "a@127.0.0.1:80/1/up" }, /state "up" is not one of ready, drain, maint/],
      [{ port: String(port), slots: "2", backends: `${at("a")},${at("b")},${at("c")}` }, /3 backends do not fit in 2 server slots \(parameter slots=2\)/],
    ];
    for (const [params, message] of cases) {
      const e = await rejection(adaptor.start(params));
      expect(e).toBeInstanceOf(InvalidParameterError);
      expect(e.message).toMatch(message);
    }
    expect(pids).toEqual([]);
    expect(adaptor.status().state).toBe("stopped");
  }, TEST_MS);

  test("starts, then spreads requests by weight", async () => {
    const r = await adaptor.start({ port: String(port), bind: "127.0.0.1", slots: "3", backends: `${at("a", 1)},${at("b", 3)}` });
    expect(r.message).toMatch(/^started pid \d+ .*; applied 2 backends live with \d+ runtime-API commands/);
    expect(adaptor.status()).toMatchObject({ state: "running", params: { port: String(port), backends: `a@127.0.0.1:${servers.a!.port}/1/ready,b@127.0.0.1:${servers.b!.port}/3/ready` } });
    const counts = await tally(url, 40);
    expect(counts.a).toBeGreaterThanOrEqual(8);
    expect(counts.a).toBeLessThanOrEqual(12);
    expect(counts.b).toBeGreaterThanOrEqual(28);
    const traffic = await adaptor.backendTraffic();
    expect(traffic.map((t) => [t.id, t.sessionsTotal])).toEqual([
      ["a", counts.a!],
      ["b", counts.b!],
    ]);
    expect(traffic.every((t) => t.bytesOut > 0)).toBe(true);
  }, TEST_MS);

  test("drain, maint, removal and a new address are applied live: open streams keep flowing, haproxy is never restarted", async () => {
    const master = adaptor.status().pid;
    const worker = await adaptor.workerPid();
    // Only a is ready, so the stream lands on it.
    await adaptor.set({ backends: `${at("a")},${at("b", 1, "maint")}` });
    const stream = holdStream(`${url}stream`);
    try {
      expect(await stream.from).toBe("a");
      // a is being released: drained, b takes the new clients.
      const t0 = performance.now();
      const drained = await adaptor.set({ backends: `${at("a", 1, "drain")},${at("b")}` });
      const setMs = performance.now() - t0;
      expect(drained.message).toMatch(/applied 2 backends live with 2 runtime-API commands/);
      expect(await tally(url, 10)).toEqual({ b: 10 });
      const before = stream.bytes();
      await Bun.sleep(300);
      expect(stream.bytes()).toBeGreaterThan(before);
      // Left out of the list: maint and the slot freed; the open stream still flows.
      await adaptor.set({ backends: at("b") });
      const stillBefore = stream.bytes();
      await Bun.sleep(300);
      expect(stream.bytes()).toBeGreaterThan(stillBefore);
      const traffic = await adaptor.backendTraffic();
      expect(traffic.map((t) => t.id)).toEqual(["b"]);
      // c joins in maint (starting), then becomes ready; b is put in maint.
      await adaptor.set({ backends: `${at("b")},${at("c", 1, "maint")}` });
      expect(await tally(url, 6)).toEqual({ b: 6 });
      await adaptor.set({ backends: `${at("b", 1, "maint")},${at("c")}` });
      expect(await tally(url, 6)).toEqual({ c: 6 });
      // The slot of c now points at d's port, live.
      await adaptor.set({ backends: `${at("b", 1, "maint")},${at("d", 1, "ready", "c")}` });
      expect(await tally(url, 6)).toEqual({ d: 6 });
      console.log(`haproxy-dispatcher: drain + ready of 2 backends applied in ${setMs.toFixed(1)} ms`);
    } finally {
      stream.close();
    }
    expect(adaptor.status().pid).toBe(master!);
    expect(await adaptor.workerPid()).toBe(worker!);
  }, TEST_MS);

  test("an unchanged list sends nothing; a full slot table is an error naming the limit", async () => {
    const current = adaptor.status().params.backends!;
    const same = await adaptor.set({ backends: current });
    expect(same.noOp).toBe(true);
    const e = await rejection(adaptor.set({ backends: `${at("a")},${at("b")},${at("c")},${at("d")}` }));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(e.message).toMatch(/4 backends do not fit in 3 server slots \(parameter slots=3\)/);
    expect(adaptor.status().params.backends).toBe(current);
  }, TEST_MS);

  test("a frontend change reloads haproxy: same master, a new worker that loads the saved slots; open streams stay with the old one", async () => {
    await adaptor.set({ backends: `${at("a", 1)},${at("b", 1)}` });
    const master = adaptor.status().pid;
    const worker = await adaptor.workerPid();
    const newPort = await freePort();
    const stream = holdStream(`${url}stream`);
    await stream.from;
    const t0 = performance.now();
    let r;
    let ms: number;
    try {
      r = await adaptor.set({ port: String(newPort) });
      ms = performance.now() - t0;
      const before = stream.bytes();
      await Bun.sleep(300);
      expect(stream.bytes()).toBeGreaterThan(before);
    } finally {
      stream.close();
    }
    // The new worker came up with the slots as they were: nothing left to send.
    expect(r.message).toMatch(/^reloaded pid \d+ .*; backends already in place \(2\)$/);
    expect(adaptor.status().pid).toBe(master!);
    expect(await adaptor.workerPid()).not.toBe(worker!);
    const counts = await tally(`http://127.0.0.1:${newPort}/`, 10);
    expect(counts).toEqual({ a: 5, b: 5 });
    console.log(`haproxy-dispatcher: frontend change (check, SIGUSR2, new worker with the saved slots) in ${ms.toFixed(0)} ms`);
  }, TEST_MS);

  test("after haproxy is killed, the supervisor restarts it and it comes up with the saved slots", async () => {
    const master = adaptor.status().pid!;
    const backends = adaptor.status().params.backends;
    const t0 = performance.now();
    process.kill(master, "SIGKILL");
    const frontend = `http://127.0.0.1:${adaptor.status().params.port}/`;
    const deadline = Date.now() + 8000;
    let counts: Record<string, number> | undefined;
    while (Date.now() < deadline) {
      const s = adaptor.status();
      // Until the list is applied, the restarted haproxy answers 503 (every slot in maint).
      if (s.state === "running" && s.pid !== master) {
        counts = await tally(frontend, 4).catch(() => undefined);
        if (counts?.a === 2 && counts.b === 2) break;
      }
      await Bun.sleep(50);
    }
    expect(counts).toEqual({ a: 2, b: 2 });
    console.log(`haproxy-dispatcher: kill -9 of the master → served again by the restarted haproxy in ${(performance.now() - t0).toFixed(0)} ms`);
    expect(adaptor.status()).toMatchObject({ state: "running", restarts: 1, params: { backends } });
  }, TEST_MS);

  test("stops, and a Set while stopped changes nothing", async () => {
    const r = await adaptor.stop();
    expect(r.message).toMatch(/^stopped pid \d+/);
    expect(adaptor.status().state).toBe("stopped");
    expect((await adaptor.set({ backends: "" })).noOp).toBe(true);
  }, TEST_MS);
});

describe.skipIf(skipReason !== "")(`haproxy-dispatcher crash adoption against the real haproxy${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  let stateDir: string;
  const servers: Record<string, ReturnType<typeof Bun.serve>> = {};
  const started: number[] = [];
  const at = (name: string, state = "ready") => `${name}@127.0.0.1:${servers[name]!.port}/1/${state}`;
  /** The real runner (it can check and attach to a pid left by an earlier agent), noting what it spawns. */
  const adopting = trackingRunner((pid) => started.push(pid), true);

  beforeAll(() => {
    stateDir = mkdtempSync(join(tmpdir(), "lama-hapx-"));
    for (const n of ["a", "b"]) servers[n] = backend(n);
  });
  afterAll(() => {
    for (const pid of [...started, ...pids]) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
    for (const s of Object.values(servers)) s.stop(true);
    rmSync(stateDir, { recursive: true, force: true });
  });

  test("an agent killed with SIGKILL: the next one adopts the running haproxy and its list, open streams flow on, Set works live, Stop stops it, Start finds the port free", async () => {
    const port = await freePort();
    const params = { port: String(port), bind: "127.0.0.1", slots: "2", backends: `${at("a")},${at("b", "maint")}` };
    const agent = Bun.spawn([process.execPath, join(import.meta.dir, "../supervisor/testdata/crashable-agent.ts"),
      JSON.stringify({ name: "crash-disp", type: "haproxy-dispatcher", stopTimeoutMs: 3000 }), stateDir, JSON.stringify(params)], { stdout: "pipe", stderr: "inherit", detached: true });
    started.push(agent.pid);
    const line = JSON.parse((await firstLine(agent.stdout)) || "{}") as { pid?: number; error?: string };
    expect(line.error).toBeUndefined();
    const haproxyPid = line.pid!;
    started.push(haproxyPid);
    const stream = holdStream(`http://127.0.0.1:${port}/stream`);
    try {
      expect(await stream.from).toBe("a");
      process.kill(agent.pid, "SIGKILL");
      await agent.exited;
      expect(alive(haproxyPid)).toBe(true);

      const t0 = performance.now();
      const next = new DispatcherAdaptor({ name: "crash-disp", stopTimeoutMs: 3000 }, { runner: adopting, stateDir });
      const recovered = await next.recovered;
      console.log(`haproxy-dispatcher: adopted after an agent SIGKILL in ${Math.round(performance.now() - t0)} ms: ${recovered.message}`);
      expect(recovered.message).toMatch(new RegExp(`^adopted pid ${haproxyPid} with port=${port} .*; its 2 backends as last applied$`));
      expect(next.status()).toMatchObject({ state: "running", pid: haproxyPid, params: { backends: [at("a"), at("b", "maint")].join(",") } });
      const before = stream.bytes();
      await Bun.sleep(300);
      expect(stream.bytes()).toBeGreaterThan(before); // the open stream never noticed
      // Live, as before the crash: a drained, b ready; new requests go to b, the stream on a flows on.
      const set = await next.set({ backends: `${at("a", "drain")},${at("b")}` });
      expect(set.message).toMatch(/applied 2 backends live with 2 runtime-API commands/);
      expect(await tally(`http://127.0.0.1:${port}/`, 4)).toEqual({ b: 4 });
      const still = stream.bytes();
      await Bun.sleep(300);
      expect(stream.bytes()).toBeGreaterThan(still);
      expect(next.status().pid).toBe(haproxyPid);
      expect((await next.start(params)).noOp).toBe(true);
      expect((await next.stop()).message).toBe(`stopped pid ${haproxyPid}`);
      expect(alive(haproxyPid)).toBe(false);
      // Nothing holds the port now: a fresh Start works.
      await next.start(params);
      expect(next.status().state).toBe("running");
      await next.stop();
    } finally {
      stream.close();
    }
  }, 20_000);

  test("an agent killed with SIGKILL whose haproxy died too: the record is cleared and Start works", async () => {
    const port = await freePort();
    const params = { port: String(port), bind: "127.0.0.1", backends: at("a") };
    const agent = Bun.spawn([process.execPath, join(import.meta.dir, "../supervisor/testdata/crashable-agent.ts"),
      JSON.stringify({ name: "gone-disp", type: "haproxy-dispatcher" }), stateDir, JSON.stringify(params)], { stdout: "pipe", stderr: "inherit", detached: true });
    started.push(agent.pid);
    const haproxyPid = (JSON.parse((await firstLine(agent.stdout)) || "{}") as { pid: number }).pid;
    started.push(haproxyPid);
    process.kill(agent.pid, "SIGKILL");
    await agent.exited;
    process.kill(-haproxyPid, "SIGKILL");
    while (alive(haproxyPid)) await Bun.sleep(20);
    const next = new DispatcherAdaptor({ name: "gone-disp" }, { runner: adopting, stateDir });
    expect((await next.recovered).message).toBe(`pid ${haproxyPid} left by a previous run is gone; cleared its record`);
    await next.start(params);
    expect(await tally(`http://127.0.0.1:${port}/`, 2)).toEqual({ a: 2 });
    await next.stop();
  }, 20_000);
});
