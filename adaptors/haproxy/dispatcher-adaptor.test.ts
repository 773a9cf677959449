/**
 * The dispatcher adaptor's logic against in-memory twins: the process runner, the
 * file system, the TCP probe, haproxy's runtime API (MemoryRuntimeApi) and a
 * FakeClock. No haproxy and no sleeping; the real daemon is in
 * dispatcher-real.test.ts.
 */
import { beforeEach, describe, expect, test } from "bun:test";
import { FakeClock } from "../../runtime/wire/index.ts";
import { AdaptorFailureError, AdaptorTimeoutError, InvalidParameterError } from "../errors.ts";
import { advance as advanceClock, rejection, settle } from "../test-helpers.ts";
import { MemoryFileSystem, MemoryPorts, MemoryProcessRunner } from "../supervisor/index.ts";
import { DispatcherAdaptor } from "./dispatcher-adaptor.ts";
import { MemoryRuntimeApi } from "./memory-runtime-api.ts";

const STATE = "/var/lib/lama/dispatcher";
const CONF = `${STATE}/haproxy.cfg`;
const SAVED = `${STATE}/servers.state`;

let clock: FakeClock;
let runner: MemoryProcessRunner;
let files: MemoryFileSystem;
let ports: MemoryPorts;
let haproxy: MemoryRuntimeApi;
let events: string[];

beforeEach(() => {
  clock = new FakeClock();
  runner = new MemoryProcessRunner();
  // `haproxy -c` accepts; the daemon itself stays up.
  runner.onSpawn = (p) => {
    if (p.argv.includes("-c")) p.end(0);
  };
  files = new MemoryFileSystem();
  ports = new MemoryPorts();
  ports.listen("127.0.0.1", 8000);
  haproxy = new MemoryRuntimeApi("lama_pool", 4);
  events = [];
});

function make(root = true): DispatcherAdaptor {
  return new DispatcherAdaptor(
    { name: "dispatcher", stateDir: STATE, stopTimeoutMs: 1000, readyTimeoutMs: 2000 },
    { runner, clock, files, probes: { tcp: ports.probe }, api: () => haproxy.api, root, makeDir: async () => {}, log: { event: (name) => void events.push(name) } },
  );
}

const advance = (ms: number, stepMs?: number): Promise<void> => advanceClock(clock, ms, stepMs);
const daemon = () => runner.spawned.filter((p) => !p.argv.includes("-c"));
const sets = () => haproxy.commands.filter((c) => c.startsWith("set server"));

test("start renders, checks, spawns master-worker haproxy and applies the list", async () => {
  const a = make();
  const r = await a.start({ port: "8000", slots: "4", backends: "n1@10.0.0.1:80/5" });
  expect(r.message).toMatch(/^started pid \d+ with port=8000 .*slots=4.*; applied 1 backends live with 3 runtime-API commands in [\d.]+ ms$/);
  expect(runner.spawned.map((p) => p.argv.join(" "))).toEqual([`/usr/sbin/haproxy -c -q -f ${CONF}`, `/usr/sbin/haproxy -W -db -f ${CONF}`]);
  expect(files.files.get(CONF)).toContain(`stats socket ${STATE}/admin.sock mode 600 level admin`);
  expect(files.files.get(CONF)).toContain("user haproxy");
  expect(files.files.get(CONF)).toContain("server-template slot 1-4 localhost:1 disabled");
  expect(files.files.get(CONF)).toContain(`server-state-file ${SAVED}`);
  expect(sets()).toEqual(["set server lama_pool/slot1 addr 10.0.0.1 port 80", "set server lama_pool/slot1 weight 5", "set server lama_pool/slot1 state ready"]);
  expect(a.status()).toMatchObject({ state: "running", params: { port: "8000", slots: "4", backends: "n1@10.0.0.1:80/5/ready" } });
  expect(events).toContain("dispatcher-applied");
  // The state a reload or restart comes up with is saved after the change.
  expect(files.files.get(SAVED)).toMatch(/ slot1 10\.0\.0\.1 2 4 5 .* 80 /);
});

test("a fresh start forgets the state saved by an earlier run", async () => {
  files.files.set(SAVED, "stale");
  let seenByCheck: boolean | undefined;
  const check = runner.onSpawn;
  runner.onSpawn = (p) => {
    if (p.argv.includes("-c")) seenByCheck = files.files.has(SAVED);
    check(p);
  };
  await make().start({ port: "8000" });
  expect(seenByCheck).toBe(false);
});

test("not root: no user line", async () => {
  await make(false).start({ port: "8000" });
  expect(files.files.get(CONF)).not.toContain("user ");
});

test("a backends-only Set never signals haproxy and sends only what differs", async () => {
  const a = make();
  await a.start({ port: "8000", backends: "n1@10.0.0.1:80,n2@10.0.0.2:80" });
  const before = haproxy.commands.length;
  const r = await a.set({ backends: "n1@10.0.0.1:80/1/drain,n2@10.0.0.2:80" });
  expect(r.message).toMatch(/^applied 2 backends live with 1 runtime-API commands/);
  // (Status, read with the result, also asks for the traffic counters.)
  expect(haproxy.commands.slice(before).filter((c) => c !== "show stat")).toEqual(["show servers state lama_pool", "set server lama_pool/slot1 state drain", "show servers state lama_pool"]);
  expect(daemon()[0]!.signals).toEqual([]);
  expect((await a.set({ backends: "n2@10.0.0.2:80, n1@10.0.0.1:80/1/drain" })).noOp).toBe(true);
});

test("a frontend Set reloads with SIGUSR2; the new worker loads the saved state, so nothing is left to send", async () => {
  const a = make();
  await a.start({ port: "8000", backends: "n1@10.0.0.1:80/3" });
  const master = daemon()[0]!;
  const origKill = master.kill.bind(master);
  master.kill = (sig) => {
    origKill(sig);
    if (sig === "SIGUSR2") haproxy.restart(8, files.files.get(SAVED));
  };
  const r = await a.set({ slots: "8" });
  expect(master.signals).toEqual(["SIGUSR2"]);
  expect(r.message).toMatch(/^reloaded pid \d+ with slots=8 \(was slots=16\); backends already in place \(1\)$/);
  expect(haproxy.slot("slot1")).toMatchObject({ address: "10.0.0.1", port: 80, weight: 3, state: "ready" });
  expect(a.status().pid).toBe(master.pid);
});

test("a reload whose new worker comes up idle (no saved state) gets the whole list again", async () => {
  const a = make();
  await a.start({ port: "8000", backends: "n1@10.0.0.1:80/3" });
  const master = daemon()[0]!;
  const origKill = master.kill.bind(master);
  master.kill = (sig) => {
    origKill(sig);
    if (sig === "SIGUSR2") haproxy.restart(8);
  };
  const r = await a.set({ slots: "8" });
  expect(r.message).toMatch(/; applied 1 backends live with 3 runtime-API commands/);
  expect(haproxy.slot("slot1")).toMatchObject({ address: "10.0.0.1", port: 80, weight: 3, state: "ready" });
});

test("after haproxy crashed and was restarted with nothing saved, the list is applied again without waiting for a Status", async () => {
  const a = make();
  await a.start({ port: "8000", backends: "n1@10.0.0.1:80" });
  daemon()[0]!.end(null, "SIGKILL");
  haproxy.restart();
  expect(haproxy.slot("slot1")!.state).toBe("maint");
  // The supervisor restarts it after its backoff (500 ms); the watch notices within WATCH_MS.
  await advance(1200);
  expect(daemon()).toHaveLength(2);
  expect(haproxy.slot("slot1")).toMatchObject({ address: "10.0.0.1", state: "ready" });
  expect(a.status()).toMatchObject({ state: "running", restarts: 1, pid: daemon()[1]!.pid });
  expect(events).toContain("dispatcher-reapplied");
});

test("the watch ends with Stop: no timer is left behind", async () => {
  const a = make();
  await a.start({ port: "8000" });
  const stopping = a.stop();
  await settle();
  daemon()[0]!.end(0);
  await stopping;
  const spawned = runner.spawned.length;
  await advance(3000);
  expect(runner.spawned.length).toBe(spawned);
  expect(haproxy.commands.filter((c) => c === "show info").length).toBe(1);
});

test("haproxy's refusal comes back as an adaptor failure with its words", async () => {
  const a = make();
  await a.start({ port: "8000" });
  haproxy.refuse("set server lama_pool/slot1 weight", "Permission denied\n\n");
  const e = await rejection(a.set({ backends: "n1@10.0.0.1:80/7" }));
  expect(e).toBeInstanceOf(AdaptorFailureError);
  expect(e.message).toBe("dispatcher: haproxy refused 'set server lama_pool/slot1 weight 7': Permission denied; the backends are partly applied, Set the list again");
  expect(a.status().detail).toMatch(/last update failed at 'set server lama_pool\/slot1 weight 7': Permission denied/);
  expect(a.status().params.backends).toBe("");
  // The next Set diffs against the live state and finishes the job.
  const r = await a.set({ backends: "n1@10.0.0.1:80/7" });
  expect(r.message).toMatch(/with 2 runtime-API commands/);
});

test("a runtime API that never answers fails the start and leaves nothing running", async () => {
  haproxy.reachable = false;
  const a = make();
  const starting = rejection(a.start({ port: "8000" }));
  await advance(2100);
  const e = await starting;
  expect(e).toBeInstanceOf(AdaptorTimeoutError);
  expect(e.message).toMatch(/runtime API \/var\/lib\/lama\/dispatcher\/admin\.sock did not answer within 2000 ms/);
  expect(runner.running).toEqual([]);
  expect(a.status().state).toBe("stopped");
});

test("bad parameters and a full table are refused before anything runs", async () => {
  const a = make();
  const e = await rejection(a.start({ port: "8000", slots: "1", backends: "a@10.0.0.1:80,b@10.0.0.2:80" }));
  expect(e).toBeInstanceOf(InvalidParameterError);
  expect((e as InvalidParameterError).parameter).toBe("backends");
  expect(e.message).toBe('parameter "backends": 2 backends do not fit in 1 server slots (parameter slots=1); raise slots or list fewer backends');
  expect(runner.spawned).toEqual([]);
});

test("Status reports sessions and bytes per backend from show stat", async () => {
  const a = make();
  await a.start({ port: "8000", backends: "n1@10.0.0.1:80/4,n2@10.0.0.2:80/1/drain" });
  haproxy.traffic.set("slot1", { sessions: 3, total: 40, bytesIn: 1000, bytesOut: 900000 });
  expect(await a.backendTraffic()).toEqual([
    { id: "n1", slot: "slot1", address: "10.0.0.1:80", weight: 4, status: "no check", sessions: 3, sessionsTotal: 40, bytesIn: 1000, bytesOut: 900000 },
    { id: "n2", slot: "slot2", address: "10.0.0.2:80", weight: 1, status: "DRAIN", sessions: 0, sessionsTotal: 0, bytesIn: 0, bytesOut: 0 },
  ]);
  expect(a.status().detail).toMatch(/n1 10\.0\.0\.1:80 w4 no check: 3 sessions \(40 total\), 1000 B in, 900000 B out; n2 10\.0\.0\.2:80 w1 DRAIN: 0 sessions/);
});

test("stop stops haproxy; a Set while stopped changes nothing", async () => {
  const a = make();
  await a.start({ port: "8000", backends: "n1@10.0.0.1:80" });
  const stopping = a.stop();
  await settle();
  daemon()[0]!.end(0);
  expect((await stopping).message).toMatch(/^stopped pid \d+/);
  const r = await a.set({ backends: "" });
  expect(r).toMatchObject({ noOp: true });
  expect(r.message).toMatch(/^not running, nothing changed; use Start with port=8000/);
});

test("without its own stateDir, the instance lives in <the agent's state directory>/<name>", async () => {
  const a = new DispatcherAdaptor({ name: "dispatcher" }, { runner, clock, files, probes: { tcp: ports.probe }, api: () => haproxy.api, stateDir: "/run/lama/node-7/", makeDir: async () => {} });
  await a.start({ port: "8000" });
  expect(runner.last.argv).toEqual(["/usr/sbin/haproxy", "-W", "-db", "-f", "/run/lama/node-7/dispatcher/haproxy.cfg"]);
  expect(files.files.get("/run/lama/node-7/dispatcher/haproxy.cfg")).toContain("stats socket /run/lama/node-7/dispatcher/admin.sock");
  expect(() => new DispatcherAdaptor({ name: "dispatcher" }, { stateDir: `/${"x".repeat(90)}` })).toThrow(/stateDir: .* at most 90/);
});

describe("crash adoption (the agent's state directory)", () => {
  const AGENT = "/var/lib/lama/node-1";
  const adaptor = () => new DispatcherAdaptor(
    { name: "dispatcher", stateDir: STATE, stopTimeoutMs: 1000, readyTimeoutMs: 2000 },
    { runner, clock, files, probes: { tcp: ports.probe }, api: () => haproxy.api, root: true, makeDir: async () => {}, stateDir: AGENT },
  );
  /** A first agent's adaptor starts haproxy with two backends, then the agent dies (the object is dropped; haproxy runs on). */
  async function leftBehind(): Promise<number> {
    const first = adaptor();
    expect((await first.recovered).message).toBe("no program left by a previous run");
    await first.start({ port: "8000", slots: "4", backends: "n1@10.0.0.1:80/5,n2@10.0.0.2:80/5" });
    expect(files.files.get(`${AGENT}/dispatcher/run.json`)).toContain('"pid"');
    return first.status().pid!;
  }
  const recovered = async (a: DispatcherAdaptor) => {
    const r = a.recovered;
    await advance(500);
    return r;
  };

  test("a new adaptor adopts the running haproxy and the list in force; the next Set sends only what differs; Start is a no-op, Stop stops it", async () => {
    const pid = await leftBehind();
    const next = adaptor();
    expect((await recovered(next)).message).toMatch(new RegExp(`^adopted pid ${pid} with port=8000 .*; its 2 backends as last applied$`));
    expect(next.status()).toMatchObject({ state: "running", pid, params: { backends: "n1@10.0.0.1:80/5/ready,n2@10.0.0.2:80/5/ready" } });
    expect(daemon().length).toBe(1); // no second haproxy
    const before = sets().length;
    await next.set({ backends: "n1@10.0.0.1:80/5/drain,n2@10.0.0.2:80/5/ready" });
    expect(sets().slice(before)).toEqual(["set server lama_pool/slot1 state drain"]);
    expect((await next.start({ port: "8000", slots: "4" })).noOp).toBe(true);
    expect((await next.stop()).message).toBe(`stopped pid ${pid}`);
    expect(files.files.has(`${AGENT}/dispatcher/run.json`)).toBe(false);
  });

  test("without backends.json, the slots in use are held under placeholders: the next Set leaves nothing ready that it does not list", async () => {
    await leftBehind();
    files.files.delete(`${STATE}/backends.json`);
    const next = adaptor();
    expect((await recovered(next)).message).toMatch(/; its backend list unknown \(no .*backends\.json\); 2 slots in use until the next Set$/);
    const before = sets().length;
    await next.set({ backends: "n2@10.0.0.2:80/5/ready" });
    expect(sets().slice(before)).toEqual([
      "set server lama_pool/slot1 state maint", "set server lama_pool/slot2 state maint",
      "set server lama_pool/slot3 addr 10.0.0.2 port 80", "set server lama_pool/slot3 weight 5", "set server lama_pool/slot3 state ready",
    ]);
  });

  test("a haproxy that no longer answers on its port is stopped, and Start works", async () => {
    const pid = await leftBehind();
    ports.close("127.0.0.1", 8000);
    const next = adaptor();
    const r = next.recovered;
    await advance(3000);
    expect((await r).message).toMatch(new RegExp(`^stopped pid ${pid} left by a previous run: not ready`));
    ports.listen("127.0.0.1", 8000);
    await next.start({ port: "8000" });
    expect(next.status().state).toBe("running");
  });
});
