/**
 * The supervisor's logic against the in-memory runner, probe and a FakeClock: no
 * child processes and no sleeping. Real children are in process-real.test.ts.
 */
import { beforeEach, describe, expect, test } from "bun:test";
import { FakeClock } from "../../runtime/wire/index.ts";
import { AdaptorFailureError, AdaptorTimeoutError, InvalidParameterError } from "../errors.ts";
import type { ParamSpec } from "../params.ts";
import { advance as advanceClock, rejection, settle } from "../test-helpers.ts";
import { KILL_WAIT_MS, MemoryPorts, MemoryProcessRunner } from "../supervisor/index.ts";
import { ProcessAdaptor, type ProcessAdaptorConfig } from "./process-adaptor.ts";

const params: ParamSpec[] = [
  { name: "port", type: "port", default: "8000", description: "listening port" },
  { name: "bind", type: "host", default: "0.0.0.0", description: "listening address" },
];

const base: ProcessAdaptorConfig = {
  name: "web",
  params,
  command: ["/usr/bin/server", "--port", "{port}", "--bind", "{bind}"],
  env: { PORT: "{port}", MODE: "test" },
  stopTimeoutMs: 1000,
  restart: { mode: "on-failure", maxRestarts: 3, windowMs: 60_000, backoffInitialMs: 100, backoffMaxMs: 1000 },
};

let clock: FakeClock;
let runner: MemoryProcessRunner;
let ports: MemoryPorts;
let events: string[];

beforeEach(() => {
  clock = new FakeClock();
  runner = new MemoryProcessRunner();
  ports = new MemoryPorts();
  events = [];
});

function make(over: Partial<ProcessAdaptorConfig> = {}): ProcessAdaptor {
  return new ProcessAdaptor(
    { ...base, ...over },
    { runner, clock, probe: ports.probe, baseEnv: { PATH: "/usr/bin", HOME: undefined }, log: { event: (name) => void events.push(name) } },
  );
}

/** advanceClock on this file's clock, which beforeEach replaces. */
const advance = (ms: number, stepMs?: number): Promise<void> => advanceClock(clock, ms, stepMs);

describe("start and stop", () => {
  test("start renders argv and env from the parameters and reports running", async () => {
    const a = make();
    const r = await a.start({ port: "8080" });
    expect(r.noOp).toBe(false);
    expect(r.message).toBe("started pid 1000 with port=8080 bind=0.0.0.0");
    expect(runner.last.argv).toEqual(["/usr/bin/server", "--port", "8080", "--bind", "0.0.0.0"]);
    expect(runner.last.options.env).toEqual({ PATH: "/usr/bin", PORT: "8080", MODE: "test" });
    expect(a.status()).toMatchObject({ name: "web", state: "running", pid: 1000, restarts: 0, params: { port: "8080", bind: "0.0.0.0" } });
    expect(a.describe()).toMatchObject({ name: "web", type: "process", params });
  });

  test("inheritEnv false passes only the configured environment", async () => {
    const a = make({ inheritEnv: false });
    await a.start({});
    expect(runner.last.options.env).toEqual({ PORT: "8000", MODE: "test" });
  });

  test("start on a running adaptor is a harmless no-op that says so", async () => {
    const a = make();
    await a.start({});
    const again = await a.start({});
    expect(again).toMatchObject({ noOp: true, message: "already running (pid 1000)" });
    const other = await a.start({ port: "9000" });
    expect(other.noOp).toBe(true);
    expect(other.message).toBe("already running (pid 1000) with port=8000 bind=0.0.0.0; use Set to change parameters");
    expect(runner.spawned.length).toBe(1);
  });

  test("two overlapping starts spawn once", async () => {
    const a = make();
    const [x, y] = await Promise.all([a.start({}), a.start({})]);
    expect([x.noOp, y.noOp]).toEqual([false, true]);
    expect(runner.spawned.length).toBe(1);
  });

  test("invalid parameters are refused before anything runs", async () => {
    const a = make();
    const e = await rejection(a.start({ port: "http" }));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect((e as InvalidParameterError).parameter).toBe("port");
    expect(await rejection(a.start({ prot: "1" }))).toBeInstanceOf(InvalidParameterError);
    expect(runner.spawned.length).toBe(0);
    expect(a.status().state).toBe("stopped");
  });

  test("a program that cannot be spawned is an adaptor failure", async () => {
    const a = make();
    runner.failNextSpawn("/usr/bin/server not found (ENOENT); check the command path in the adaptor config");
    const e = await rejection(a.start({}));
    expect(e).toBeInstanceOf(AdaptorFailureError);
    expect(e.message).toBe("web: cannot start: /usr/bin/server not found (ENOENT); check the command path in the adaptor config");
    expect(a.status().state).toBe("failed");
    // A failed adaptor can be started again.
    expect((await a.start({})).noOp).toBe(false);
  });

  test("stop sends SIGTERM; stop on a stopped adaptor is a no-op that says so", async () => {
    const a = make();
    expect(await a.stop()).toMatchObject({ noOp: true, message: "already stopped" });
    await a.start({});
    const p = runner.last;
    const r = await a.stop();
    expect(r).toMatchObject({ noOp: false, message: "stopped pid 1000" });
    expect(p.signals).toEqual(["SIGTERM"]);
    // Then the rest of its process group is swept.
    expect(p.signalsAfterExit).toEqual(["SIGKILL"]);
    expect(a.status()).toMatchObject({ state: "stopped", pid: undefined, detail: "stopped by request", params: { port: "8000" } });
    expect((await a.stop()).noOp).toBe(true);
    expect(clock.pending).toBe(0);
  });

  test("a program ignoring SIGTERM is killed after stopTimeoutMs", async () => {
    const a = make();
    await a.start({});
    const p = runner.last;
    p.ignoreTerm = true;
    const stopping = a.stop();
    await settle();
    expect(a.status().state).toBe("stopping");
    await advance(999);
    expect(p.running).toBe(true);
    await advance(1);
    const r = await stopping;
    expect(p.signals).toEqual(["SIGTERM", "SIGKILL"]);
    expect(r.message).toBe("stopped pid 1000 with SIGKILL after it ignored SIGTERM for 1000 ms");
    expect(a.status().state).toBe("stopped");
  });

  test("a process that survives even SIGKILL is reported as a timeout", async () => {
    const a = make();
    await a.start({});
    runner.last.unkillable = true;
    const stopping = rejection(a.stop());
    await advance(1000 + KILL_WAIT_MS);
    const e = await stopping;
    expect(e).toBeInstanceOf(AdaptorTimeoutError);
    expect(e.message).toBe(`web: pid 1000 did not exit within ${KILL_WAIT_MS} ms of SIGKILL`);
    expect(a.status().state).toBe("failed");
  });
});

describe("readiness", () => {
  const tcp = { ready: { kind: "tcp", port: "{port}", host: "127.0.0.1", timeoutMs: 2000 } } as const;

  test("starting until the port accepts connections, then running", async () => {
    const a = make(tcp);
    const starting = a.start({ port: "8081" });
    await advance(300);
    expect(a.status()).toMatchObject({ state: "starting", pid: 1000, detail: "pid 1000 waiting for 127.0.0.1:8081 to accept connections" });
    expect(ports.probes).toBeGreaterThan(1);
    ports.listen("127.0.0.1", 8081);
    await advance(100);
    expect((await starting).message).toBe("started pid 1000 with port=8081 bind=0.0.0.0");
    expect(a.status().state).toBe("running");
    expect(clock.pending).toBe(0);
  });

  test("not ready in time: a timeout error with the output tail, and the program is stopped", async () => {
    const a = make(tcp);
    runner.onSpawn = (p) => p.print("loading plugins…\n");
    const starting = rejection(a.start({}));
    await advance(2000);
    const e = await starting;
    expect(e).toBeInstanceOf(AdaptorTimeoutError);
    expect(e.message).toBe("web was not ready within 2000 ms (waiting for 127.0.0.1:8000 to accept connections); stopped pid 1000");
    expect((e as AdaptorTimeoutError).outputTail).toBe("loading plugins…\n");
    expect(runner.last.signals).toEqual(["SIGTERM"]);
    expect(runner.running.length).toBe(0);
    expect(a.status().state).toBe("failed");
    expect(clock.pending).toBe(0);
  });

  test("an exit before readiness wins the race: a failure with the output tail", async () => {
    const a = make(tcp);
    const starting = rejection(a.start({}));
    await advance(200);
    runner.last.print("error: address already in use\n", "stderr");
    runner.last.end(2);
    const e = await starting;
    expect(e).toBeInstanceOf(AdaptorFailureError);
    expect(e.message).toBe('web exited with code 2 before it was ready; last output: "error: address already in use"');
    expect((e as AdaptorFailureError).outputTail).toBe("error: address already in use\n");
    expect(a.status()).toMatchObject({ state: "failed", pid: undefined });
    expect(a.outputTail()).toBe("error: address already in use\n");
    expect(clock.pending).toBe(0);
  });

  test("alive readiness: an exit within aliveMs fails the start, even with code 0", async () => {
    const a = make({ ready: { kind: "alive", ms: 500 } });
    runner.onSpawn = (p) => p.end(0);
    const e = await rejection(a.start({}));
    expect(e.message).toBe("web exited with code 0 before it was ready (a supervised program must stay in the foreground)");
  });

  test("alive readiness: still running after aliveMs is running", async () => {
    const a = make({ ready: { kind: "alive", ms: 500 } });
    const starting = a.start({});
    await advance(450);
    expect(a.status().state).toBe("starting");
    await advance(50);
    expect((await starting).noOp).toBe(false);
    expect(a.status().state).toBe("running");
  });

  test("stop during the readiness wait cancels the start instead of waiting behind it", async () => {
    const a = make(tcp);
    const starting = rejection(a.start({}));
    await advance(100);
    const stopping = a.stop();
    await settle();
    const e = await starting;
    expect(e).toBeInstanceOf(AdaptorFailureError);
    expect(e.message).toBe("web: start cancelled by Stop");
    expect(await stopping).toMatchObject({ noOp: false, message: "stopped (cancelled the start in progress)" });
    expect(a.status().state).toBe("stopped");
    expect(runner.running.length).toBe(0);
    expect(clock.pending).toBe(0);
  });
});

describe("restart policy", () => {
  test("a crash is restarted after a backoff and counted", async () => {
    const a = make();
    await a.start({});
    runner.last.print("segfault\n");
    runner.last.end(139);
    await settle();
    expect(a.status()).toMatchObject({ state: "starting", restarts: 0 });
    expect(a.status().detail).toBe('pid 1000 exited with code 139; last output: "segfault"; restarting in 100 ms (restart 1 of at most 3 within 60000 ms)');
    expect(runner.spawned[0]!.signalsAfterExit).toEqual(["SIGKILL"]);
    await advance(100);
    expect(a.status()).toMatchObject({ state: "running", pid: 1001, restarts: 1 });
    expect(runner.last.argv).toEqual(runner.spawned[0]!.argv);
    expect(events).toContain("adaptor-restarting");
  });

  test("backoff doubles, and after maxRestarts within the window it gives up: failed", async () => {
    const a = make();
    await a.start({});
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      runner.last.end(1);
      await settle();
      const before = runner.spawned.length;
      let waited = 0;
      while (runner.spawned.length === before) {
        await advance(50);
        waited += 50;
      }
      delays.push(waited);
    }
    expect(delays).toEqual([100, 200, 400]);
    expect(a.status().restarts).toBe(3);
    runner.last.end(1);
    await settle();
    expect(a.status()).toMatchObject({ state: "failed", restarts: 3, pid: undefined });
    expect(a.status().detail).toBe("pid 1003 exited with code 1; gave up after 3 restarts within 60000 ms");
    expect(clock.pending).toBe(0);
  });

  test("restarts outside the window no longer count", async () => {
    const a = make({ restart: { mode: "on-failure", maxRestarts: 1, windowMs: 10_000, backoffInitialMs: 100 } });
    await a.start({});
    runner.last.end(1);
    await advance(100);
    expect(a.status().restarts).toBe(1);
    await advance(10_000, 1000);
    runner.last.end(1);
    await advance(100);
    expect(a.status()).toMatchObject({ state: "running", restarts: 2 });
  });

  test.each<["never" | "on-failure" | "always", number, string]>([
    ["on-failure", 0, "stopped"],
    ["never", 1, "failed"],
    ["never", 0, "stopped"],
  ])("policy %s, exit %d → %s", async (mode, code, state) => {
    const a = make({ restart: { mode } });
    await a.start({});
    runner.last.end(code);
    await settle();
    expect(a.status().state).toBe(state as never);
    expect(runner.spawned.length).toBe(1);
  });

  test("policy always restarts after a clean exit", async () => {
    const a = make({ restart: { mode: "always", backoffInitialMs: 10 } });
    await a.start({});
    runner.last.end(0);
    await advance(50);
    expect(a.status()).toMatchObject({ state: "running", restarts: 1 });
  });

  test("a restart that fails its readiness counts as another failure", async () => {
    const a = make({ ready: { kind: "alive", ms: 100 }, restart: { mode: "on-failure", maxRestarts: 2, backoffInitialMs: 100 } });
    const starting = a.start({});
    await advance(100);
    await starting;
    runner.onSpawn = (p) => p.end(3);
    runner.last.end(1);
    await advance(1000);
    expect(a.status()).toMatchObject({ state: "failed", restarts: 2 });
    expect(a.status().detail).toMatch(/^web exited with code 3 before it was ready; gave up after 2 restarts/);
  });

  test("stop cancels a pending restart", async () => {
    const a = make();
    await a.start({});
    runner.last.end(1);
    await settle();
    expect(await a.stop()).toMatchObject({ noOp: false, message: "stopped (cancelled the pending restart)" });
    await advance(1000);
    expect(runner.spawned.length).toBe(1);
    expect(a.status().state).toBe("stopped");
  });

  test("a restart already due when Stop arrives does not run after it", async () => {
    const a = make();
    await a.start({});
    runner.last.end(1);
    await settle();
    clock.advance(100); // the restart timer fires and queues the restart
    const r = await a.stop();
    await settle();
    expect(r.noOp).toBe(false);
    expect(runner.running.length).toBe(0);
    expect(a.status().state).toBe("stopped");
  });

  test("stop on a failed adaptor is a no-op that keeps the reason", async () => {
    const a = make({ restart: { mode: "never" } });
    await a.start({});
    runner.last.end(1);
    await settle();
    const r = await a.stop();
    expect(r).toMatchObject({ noOp: true, message: "already stopped (the last run had failed)" });
    expect(a.status()).toMatchObject({ state: "stopped", detail: "stopped; the last run had failed: pid 1000 exited with code 1; restart policy is never" });
  });
});

describe("set", () => {
  test("changes only the parameters it names and restarts; equal parameters are a no-op", async () => {
    const a = make();
    await a.start({ bind: "127.0.0.1" });
    const first = runner.last;
    const r = await a.set({ port: "9000" });
    expect(r.noOp).toBe(false);
    expect(r.message).toBe("restarted pid 1001 with port=9000 (was port=8000)");
    expect(first.signals).toEqual(["SIGTERM"]);
    expect(runner.last.argv).toEqual(["/usr/bin/server", "--port", "9000", "--bind", "127.0.0.1"]);
    expect(a.status()).toMatchObject({ state: "running", pid: 1001, params: { port: "9000", bind: "127.0.0.1" }, restarts: 0 });
    expect(await a.set({ port: "09000" })).toMatchObject({ noOp: true, message: "unchanged (port=9000 bind=127.0.0.1)" });
    expect(runner.spawned.length).toBe(2);
  });

  test("set validates: a bad value is refused and the program keeps running", async () => {
    const a = make();
    await a.start({});
    const e = await rejection(a.set({ port: "70000" }));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(a.status()).toMatchObject({ state: "running", pid: 1000 });
    expect(runner.last.signals).toEqual([]);
  });

  test("set on a stopped adaptor changes nothing and says how to start it", async () => {
    const a = make();
    expect(await a.set({ port: "9000" })).toMatchObject({ noOp: true, message: "not running, nothing changed; use Start with port=9000 bind=0.0.0.0" });
    expect(runner.spawned.length).toBe(0);
  });

  test("new parameters that do not come up are rolled back to the old ones", async () => {
    const a = make({ ready: { kind: "alive", ms: 100 } });
    runner.onSpawn = (p) => {
      if (p.argv[2] === "9999") {
        p.print("cannot bind 9999\n");
        p.end(1);
      }
    };
    const starting = a.start({});
    await advance(100);
    await starting;
    const setting = rejection(a.set({ port: "9999" }));
    await advance(200);
    const e = await setting;
    expect(e).toBeInstanceOf(AdaptorFailureError);
    expect(e.message).toBe(
      'web did not come up with port=9999 (was port=8000): web exited with code 1 before it was ready; last output: "cannot bind 9999"; rolled back to port=8000 bind=0.0.0.0, running again as pid 1002',
    );
    expect((e as AdaptorFailureError).outputTail).toBe("cannot bind 9999\n");
    expect(a.status()).toMatchObject({ state: "running", pid: 1002, params: { port: "8000" } });
  });

  test("when the rollback fails too, the adaptor is failed and the error says both", async () => {
    const a = make({ ready: { kind: "alive", ms: 100 } });
    const starting = a.start({});
    await advance(100);
    await starting;
    runner.onSpawn = (p) => p.end(1);
    const setting = rejection(a.set({ port: "9999" }));
    await advance(300);
    const e = await setting;
    expect(e.message).toMatch(/^web did not come up with port=9999 \(was port=8000\): .*; rolling back to port=8000 bind=0\.0\.0\.0 also failed: web exited with code 1/);
    expect(a.status().state).toBe("failed");
  });

  test("a timeout on the new parameters stays a timeout after rollback", async () => {
    const a = make({ ready: { kind: "tcp", port: "{port}", host: "127.0.0.1", timeoutMs: 500 } });
    ports.listen("127.0.0.1", 8000);
    await a.start({});
    const setting = rejection(a.set({ port: "9999" }));
    await advance(1000);
    const e = await setting;
    expect(e).toBeInstanceOf(AdaptorTimeoutError);
    expect(e.message).toMatch(/rolled back to port=8000/);
    expect(a.status()).toMatchObject({ state: "running", params: { port: "8000" } });
  });

  test("a Stop while Set is still stopping the old program keeps the new one from starting", async () => {
    const a = make();
    await a.start({});
    runner.last.ignoreTerm = true;
    const setting = rejection(a.set({ port: "9002" }));
    await advance(200);
    const stopping = a.stop();
    await advance(1000);
    const e = await setting;
    expect(e.message).toBe("web: start cancelled by Stop");
    expect(await stopping).toMatchObject({ noOp: false, message: "stopped (cancelled the start in progress)" });
    expect(runner.spawned.length).toBe(1);
    expect(a.status().state).toBe("stopped");
  });

  test("set during a pending restart starts with the new parameters", async () => {
    const a = make();
    await a.start({});
    runner.last.end(1);
    await settle();
    const r = await a.set({ port: "9001" });
    expect(r.message).toBe("restarted pid 1001 with port=9001 (was port=8000)");
    await advance(1000);
    expect(runner.spawned.length).toBe(2);
  });
});

test("the constructor refuses a broken configuration, naming the field", () => {
  expect(() => make({ command: ["/bin/x", "--port={port}"] })).toThrow(/command\[1\]: .* embeds the placeholder/);
  expect(() => make({ cwd: "tmp" })).toThrow('cwd: "tmp" is not an absolute path');
  expect(() => make({ ready: { kind: "tcp", port: "{bind}", host: "127.0.0.1", timeoutMs: 1 } })).toThrow(/ready\.tcpPort: parameter "bind" is of type host; use a parameter of type port/);
  expect(() => make({ ready: { kind: "tcp", port: "http", host: "127.0.0.1", timeoutMs: 1 } })).toThrow(/ready\.tcpPort: "http" is not a port number/);
  expect(() => make({ stopTimeoutMs: 0 })).toThrow(/stopTimeoutMs: 0 is not allowed/);
  expect(() => make({ params: [{ name: "p", type: "port", default: "x", description: "" }] })).toThrow(/^params: parameter "p": default "x"/);
});
