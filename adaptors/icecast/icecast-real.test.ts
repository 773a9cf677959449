/**
 * The icecast adaptor against the real icecast2 (Debian's package), as root (it
 * drops to the icecast2 user): a source fed by the feeder, relays of it, a
 * listener counting bytes, Set with reload and rollback, crash adoption with a
 * SIGKILLed agent process, bad parameters. Ports are chosen free at run time on
 * 127.0.0.1; every process started here is killed (by process group) after each
 * test, also when it fails. Figures are printed, not asserted tightly.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AdaptorTimeoutError, InvalidParameterError } from "../errors.ts";
import { alive, freePort, rejection } from "../test-helpers.ts";
import { bunProcessRunner, type ProcessRunner } from "../supervisor/index.ts";
import { startFeeder, startListener, type Feeder, type Listener } from "./feeder.ts";
import { IcecastAdaptor, DEFAULT_ICECAST_BINARY, STATS_REFRESH_MS } from "./icecast-adaptor.ts";

const HAVE_ICECAST = existsSync(DEFAULT_ICECAST_BINARY);
const ROOT = process.getuid?.() === 0;
const SKIP = !HAVE_ICECAST ? "icecast2 is not installed (apt-get install icecast2)" : !ROOT ? "needs root (icecast drops to the icecast2 user)" : "";
if (SKIP) console.log(`skipping the real icecast tests: ${SKIP}`);

const PASSWORD = "s3cret&<pw>";
const HOST = "127.0.0.1";
let stateDir: string;
/** Every pid any test started, for the last sweep. */
const allPids = new Set<number>();

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    /* gone */
  }
}

beforeAll(() => {
  stateDir = mkdtempSync(join(tmpdir(), "lama-icecast-"));
  chmodSync(stateDir, 0o755); // icecast's user must reach its instance directory
});
afterAll(() => {
  for (const pid of allPids) killGroup(pid);
  rmSync(stateDir, { recursive: true, force: true });
});

const common = { bind: HOST, retrySeconds: "1", maxListeners: "20" };

/**
 * What one test started: its adaptors, streams and processes, all stopped and
 * killed (by process group) when the test ends, also when it fails. Tests run
 * concurrently, each in its own scope, on ports chosen free at run time.
 */
class Scope {
  readonly pids = new Set<number>();
  readonly adaptors: IcecastAdaptor[] = [];
  readonly streams: (Feeder | Listener)[] = [];

  /** The real runner, remembering every pid so nothing outlives the test. */
  readonly runner: ProcessRunner = {
    ...bunProcessRunner,
    spawn: (argv, opts) => {
      const h = bunProcessRunner.spawn(argv, opts);
      this.track(h.pid);
      return h;
    },
  };

  track(pid: number): void {
    this.pids.add(pid);
    allPids.add(pid);
  }

  make(name: string): IcecastAdaptor {
    const a = new IcecastAdaptor({ name }, { runner: this.runner, stateDir });
    this.adaptors.push(a);
    return a;
  }

  async startSource(name: string): Promise<{ adaptor: IcecastAdaptor; port: number; feeder: Feeder }> {
    const port = await freePort();
    const adaptor = this.make(name);
    await adaptor.start({ ...common, port: String(port), sourcePassword: PASSWORD });
    const feeder = await startFeeder({ host: HOST, port, mount: "/live", password: PASSWORD });
    this.streams.push(feeder);
    return { adaptor, port, feeder };
  }

  async listen(port: number): Promise<Listener> {
    const l = await startListener({ host: HOST, port, mount: "/live" });
    this.streams.push(l);
    return l;
  }

  async cleanUp(): Promise<void> {
    for (const st of this.streams.splice(0)) st.stop();
    await Promise.all(this.adaptors.splice(0).map((a) => a.stop().catch(() => {})));
    for (const pid of this.pids) killGroup(pid);
  }
}

/** Runs a test body in its own scope and cleans it up whatever happens. */
function scoped(body: (s: Scope) => Promise<void>): () => Promise<void> {
  return async () => {
    const s = new Scope();
    try {
      await body(s);
    } finally {
      await s.cleanUp();
    }
  };
}

/** Bytes per second a listener receives over ms, after the burst icecast sends a new listener. */
async function rate(l: Listener, ms: number): Promise<number> {
  await Bun.sleep(300);
  const b0 = l.bytes();
  const t0 = performance.now();
  await Bun.sleep(ms);
  return ((l.bytes() - b0) * 1000) / (performance.now() - t0);
}

describe.skipIf(SKIP !== "")("icecast2, for real", () => {
  test.concurrent("burstSize is what a new listener gets at once: 64 kB by default, the stream rate with 0", scoped(async (s) => {
    const firstBytes = async (burstSize?: string) => {
      const port = await freePort();
      const adaptor = s.make(`burst-${burstSize ?? "default"}`);
      await adaptor.start({ ...common, port: String(port), sourcePassword: PASSWORD, ...(burstSize ? { burstSize } : {}) });
      s.streams.push(await startFeeder({ host: HOST, port, mount: "/live", password: PASSWORD }));
      await Bun.sleep(4_500); // the feeder fills more than a default burst (4 s of 16 kB/s)
      const l = await s.listen(port);
      await Bun.sleep(400);
      return l.bytes();
    };
    const [withBurst, without] = await Promise.all([firstBytes(), firstBytes("0")]);
    console.log(`bytes in a new listener's first 400 ms: ${withBurst} with icecast's default burst, ${without} with burstSize=0`);
    expect(withBurst).toBeGreaterThan(50_000); // the 64 kB burst, at once
    expect(without).toBeLessThan(20_000); // the stream rate: 6.4 kB in 400 ms, and a frame or two
  }), 20_000);

  test.concurrent("a source fed by the feeder, a relay of it, a listener at the stream rate", scoped(async (s) => {
    const src = await s.startSource("source");
    expect(src.adaptor.status().state).toBe("running");
    const relayPort = await freePort();
    const relay = s.make("relay");
    const started = await relay.start({ ...common, port: String(relayPort), relayFrom: `${HOST}:${src.port}/live` });
    expect(started.message).toMatch(/^started pid \d+/);
    // Running means serving: a listener is answered at once.
    const l = await s.listen(relayPort);
    const bps = await rate(l, 1_500);
    console.log(`listener on the relay: ${Math.round(bps)} bytes/s (128 kbit/s is 16000)`);
    expect(bps).toBeGreaterThan(12_000);
    expect(bps).toBeLessThan(40_000);
    // icecast drops root: the process runs as the icecast2 user.
    const uid = /^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${relay.status().pid}/status`, "utf8"))![1];
    expect(uid).not.toBe("0");
    // Status asks icecast's admin stats in the background; the counters show on a later read.
    const until = performance.now() + STATS_REFRESH_MS + 3_000;
    // (icecast updates its byte counters every few seconds; the listener count at once.)
    while (!/: 1 listeners, /.test(relay.status().detail) && performance.now() < until) await Bun.sleep(100);
    expect(relay.status().detail).toMatch(/\/live \(relaying 127\.0\.0\.1:\d+\/live\): 1 listeners, \d+ bytes sent/);
    const pid = relay.status().pid!;
    expect((await relay.stop()).message).toBe(`stopped pid ${pid}`);
    expect(alive(pid)).toBe(false);
  }), 20_000);

  test.concurrent("a relay started before its source is ready only once the source appears", scoped(async (s) => {
    const srcPort = await freePort();
    const relayPort = await freePort();
    const relay = s.make("early-relay");
    let readyAt = 0;
    const starting = relay.start({ ...common, port: String(relayPort), relayFrom: `${HOST}:${srcPort}/live` }).then((r) => ((readyAt = performance.now()), r));
    await Bun.sleep(1_200);
    expect(relay.status().state).toBe("starting");
    const src = s.make("late-source");
    await src.start({ ...common, port: String(srcPort), sourcePassword: PASSWORD });
    s.streams.push(await startFeeder({ host: HOST, port: srcPort, mount: "/live", password: PASSWORD }));
    const fedAt = performance.now();
    await starting;
    console.log(`relay ready ${Math.round(readyAt - fedAt)} ms after the source appeared (retrySeconds=1)`);
    expect(relay.status().state).toBe("running");
    expect(await rate(await s.listen(relayPort), 700)).toBeGreaterThan(8_000);
  }), 20_000);

  test.concurrent("Set relayFrom to a live source restarts onto it; Set maxListeners reloads by SIGHUP", scoped(async (s) => {
    const a = await s.startSource("source-a");
    const b = await s.startSource("source-b");
    const relayPort = await freePort();
    const relay = s.make("moving-relay");
    await relay.start({ ...common, port: String(relayPort), relayFrom: `${HOST}:${a.port}/live` });
    const pid = relay.status().pid;
    const t0 = performance.now();
    const moved = await relay.set({ relayFrom: `${HOST}:${b.port}/live` });
    console.log(`Set relayFrom to a live source: ${Math.round(performance.now() - t0)} ms (${moved.message})`);
    expect(moved.message).toMatch(/^restarted pid \d+ with relayFrom=/);
    const l = await s.listen(relayPort);
    expect(await rate(l, 700)).toBeGreaterThan(8_000);

    // A limit is applied by SIGHUP: same process, the listener keeps its stream.
    const pid2 = relay.status().pid;
    expect(pid2).not.toBe(pid);
    const reloaded = await relay.set({ maxListeners: "30" });
    expect(reloaded.message).toMatch(/^reloaded pid \d+ with maxListeners=30 \(was maxListeners=20\)$/);
    expect(relay.status().pid).toBe(pid2);
    expect(await rate(l, 700)).toBeGreaterThan(8_000);
  }), 20_000);

  test.concurrent("Set relayFrom to a dead source is rolled back to the previous one", scoped(async (s) => {
    const a = await s.startSource("source-c");
    const relayPort = await freePort();
    const relay = s.make("rolled-back-relay");
    await relay.start({ ...common, port: String(relayPort), relayFrom: `${HOST}:${a.port}/live`, readyTimeoutMs: "2500" });
    const deadPort = await freePort();
    const t0 = performance.now();
    const e = await rejection(relay.set({ relayFrom: `${HOST}:${deadPort}/live` }));
    console.log(`Set relayFrom to a dead source: rolled back in ${Math.round(performance.now() - t0)} ms (readyTimeoutMs=2500)`);
    expect(e).toBeInstanceOf(AdaptorTimeoutError);
    expect(e.message).toMatch(/was not ready within 2500 ms.*rolled back to .*relayFrom=127\.0\.0\.1:\d+\/live.*running again as pid/);
    expect(relay.status()).toMatchObject({ state: "running", params: { relayFrom: `${HOST}:${a.port}/live` } });
    expect(await rate(await s.listen(relayPort), 700)).toBeGreaterThan(8_000);
  }), 20_000);

  test.concurrent("bad parameters are refused before anything runs", scoped(async (s) => {
    const a = s.make("bad");
    const cases: [Record<string, string>, RegExp][] = [
      [{ port: "http", sourcePassword: "x" }, /parameter "port"/],
      [{ relayFrom: "not a host" }, /parameter "relayFrom"/],
      [{ relayFrom: "10.0.0.1:99999/live" }, /parameter "relayFrom"/],
      [{ mount: "live" }, /parameter "mount"/],
      [{}, /parameter "sourcePassword" is required when relayFrom is empty/],
      [{ port: "8123", bind: HOST, relayFrom: `${HOST}:8123/live` }, /is this icecast itself/],
      [{ sourcePassword: "has space" }, /parameter "sourcePassword"/],
    ];
    for (const [params, message] of cases) {
      const e = await rejection(a.start(params));
      expect(e).toBeInstanceOf(InvalidParameterError);
      expect(e.message).toMatch(message);
    }
    expect(s.pids.size).toBe(0);
  }));

  test.concurrent("an agent killed with SIGKILL: the next one adopts the running relay, Stop then stops it", scoped(async (s) => {
    const src = await s.startSource("crash-source");
    const relayPort = await freePort();
    const entry = { name: "crash-relay", type: "icecast" };
    const agent = Bun.spawn([process.execPath, join(import.meta.dir, "../supervisor/testdata/crashable-agent.ts"), JSON.stringify(entry), stateDir, JSON.stringify({ ...common, port: String(relayPort), relayFrom: `${HOST}:${src.port}/live` })], {
      stdout: "pipe",
      stderr: "inherit",
      detached: true,
    });
    s.track(agent.pid);
    const line = JSON.parse((await readLine(agent.stdout)) || "{}") as { pid?: number; error?: string };
    expect(line.error).toBeUndefined();
    const icecastPid = line.pid!;
    s.track(icecastPid);
    const l = await s.listen(relayPort);
    process.kill(agent.pid, "SIGKILL");
    await agent.exited;
    expect(alive(icecastPid)).toBe(true);

    const t0 = performance.now();
    const next = s.make("crash-relay");
    const recovered = await next.recovered;
    console.log(`adopted after an agent SIGKILL in ${Math.round(performance.now() - t0)} ms: ${recovered.message}`);
    expect(recovered.message).toMatch(new RegExp(`^adopted pid ${icecastPid} `));
    expect(next.status()).toMatchObject({ state: "running", pid: icecastPid });
    expect(await rate(l, 700)).toBeGreaterThan(8_000); // the listener never noticed
    expect((await next.start({ ...common, port: String(relayPort), relayFrom: `${HOST}:${src.port}/live` })).noOp).toBe(true);
    expect((await next.stop()).message).toBe(`stopped pid ${icecastPid}`);
    expect(alive(icecastPid)).toBe(false);
    // A fresh Start on the same port works: nothing is left holding it.
    await next.start({ ...common, port: String(relayPort), relayFrom: `${HOST}:${src.port}/live` });
    expect(next.status().state).toBe("running");
  }), 20_000);

  test.concurrent("an agent killed with SIGKILL whose icecast died too: the record is cleared and Start works", scoped(async (s) => {
    const port = await freePort();
    const agent = Bun.spawn([process.execPath, join(import.meta.dir, "../supervisor/testdata/crashable-agent.ts"), JSON.stringify({ name: "gone-source", type: "icecast" }), stateDir, JSON.stringify({ ...common, port: String(port), sourcePassword: PASSWORD })], {
      stdout: "pipe",
      stderr: "inherit",
      detached: true,
    });
    s.track(agent.pid);
    const icecastPid = (JSON.parse((await readLine(agent.stdout)) || "{}") as { pid: number }).pid;
    s.track(icecastPid);
    process.kill(agent.pid, "SIGKILL");
    killGroup(icecastPid);
    await Bun.sleep(200);
    const next = s.make("gone-source");
    expect((await next.recovered).message).toBe(`pid ${icecastPid} left by a previous run is gone; cleared its record`);
    await next.start({ ...common, port: String(port), sourcePassword: PASSWORD });
    expect(next.status().state).toBe("running");
  }), 20_000);
});

async function readLine(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  let text = "";
  const deadline = performance.now() + 15_000;
  while (!text.includes("\n") && performance.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  reader.releaseLock();
  return text.split("\n", 1)[0]!;
}
