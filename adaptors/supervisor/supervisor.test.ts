/**
 * The supervisor's config-file, check, probe and reload paths against the
 * in-memory runner, file system and probes and a FakeClock: no children, no
 * sleeping. Start/stop/restart/rollback by restart are covered through the process
 * adaptor (../process/process-adaptor.test.ts).
 */
import { beforeEach, describe, expect, test } from "bun:test";
import { FakeClock } from "../../runtime/wire/index.ts";
import { AdaptorFailureError, AdaptorTimeoutError } from "../errors.ts";
import { advance as advanceClock, rejection, settle } from "../test-helpers.ts";
import { MemoryFileSystem } from "./files.ts";
import { MemoryProcessRunner, type MemoryProcess } from "./memory-runner.ts";
import { MemoryHttp, MemoryPorts } from "./readiness.ts";
import { Supervisor, type LaunchSpec, type SupervisorOptions } from "./supervisor.ts";

const CONF = "/etc/nginx/nginx.conf";
const NGINX = "/usr/sbin/nginx";

let clock: FakeClock;
let runner: MemoryProcessRunner;
let files: MemoryFileSystem;
let http: MemoryHttp;
let ports: MemoryPorts;
/** What the check command says about a config text: undefined accepts it. */
let refuse: (text: string) => string | undefined;

beforeEach(() => {
  clock = new FakeClock();
  runner = new MemoryProcessRunner();
  files = new MemoryFileSystem({ [CONF]: "listen 80;\n" });
  http = new MemoryHttp();
  ports = new MemoryPorts();
  refuse = () => undefined;
  runner.onSpawn = (p) => {
    if (p.argv[1] !== "-t") return;
    // The check reads the file as it is now, like `nginx -t` would.
    const why = refuse(files.files.get(CONF) ?? "");
    if (why) p.print(`nginx: [emerg] ${why}\n`, "stderr");
    p.end(why ? 1 : 0);
  };
});

function make(over: Partial<SupervisorOptions> = {}): Supervisor {
  return new Supervisor({ name: "web", stopTimeoutMs: 1000, ...over }, { runner, clock, files, probes: { http: http.probe, tcp: ports.probe } });
}

function spec(port: string, over: Partial<LaunchSpec> = {}): LaunchSpec {
  return {
    params: { port },
    argv: [NGINX, "-g", "daemon off;"],
    env: {},
    config: { path: CONF, text: `listen ${port};\n` },
    check: [NGINX, "-t", "-c", CONF],
    ready: { kind: "http", url: `http://127.0.0.1:${port}/`, timeoutMs: 2000 },
    ...over,
  };
}

/** The daemon processes (not the check commands). */
const daemons = (): MemoryProcess[] => runner.spawned.filter((p) => p.argv[1] !== "-t");

/** advanceClock on this file's clock, which beforeEach replaces. */
const advance = (ms: number, stepMs?: number): Promise<void> => advanceClock(clock, ms, stepMs);

describe("start with a config file", () => {
  test("writes, checks, spawns, then waits for the HTTP answer", async () => {
    const s = make();
    const starting = s.start(spec("8080"));
    await advance(300);
    expect(files.files.get(CONF)).toBe("listen 8080;\n");
    expect(runner.spawned.map((p) => p.argv[1])).toEqual(["-t", "-g"]);
    expect(s.snapshot()).toMatchObject({ state: "starting", phase: "starting", detail: "pid 1001 waiting for http://127.0.0.1:8080/ to answer a 2xx status" });
    http.answer("http://127.0.0.1:8080/", 200, "welcome");
    await advance(100);
    expect(await starting).toEqual({ message: "started pid 1001 with port=8080", noOp: false });
    expect(s.snapshot()).toMatchObject({ state: "running", pid: 1001, params: { port: "8080" } });
    expect(clock.pending).toBe(0);
  });

  test("a config the check refuses is never run, and the old file is put back", async () => {
    const s = make();
    refuse = (text) => (text.includes("99999") ? 'invalid port in "99999"' : undefined);
    const e = await rejection(s.start(spec("99999")));
    expect(e).toBeInstanceOf(AdaptorFailureError);
    expect(e.message).toBe(
      `web: the new ${CONF} was refused by its check (${NGINX} -t -c ${CONF} exited with code 1: nginx: [emerg] invalid port in "99999"); the previous file was kept`,
    );
    expect((e as AdaptorFailureError).outputTail).toBe('nginx: [emerg] invalid port in "99999"\n');
    expect(files.files.get(CONF)).toBe("listen 80;\n");
    expect(daemons()).toEqual([]);
    expect(s.snapshot().state).toBe("failed");
  });

  test("a config that cannot be written is a failure; nothing runs", async () => {
    const s = make();
    files.failNextWrite();
    const e = await rejection(s.start(spec("8080")));
    expect(e.message).toBe(`web: cannot write ${CONF}: ENOSPC: no space left on device`);
    expect(runner.spawned).toEqual([]);
    expect(s.snapshot().state).toBe("failed");
  });

  test("a program that does not come up leaves the file as it was before", async () => {
    const s = make();
    const starting = rejection(s.start(spec("8080")));
    await advance(2000);
    const e = await starting;
    expect(e).toBeInstanceOf(AdaptorTimeoutError);
    expect(e.message).toBe("web was not ready within 2000 ms (waiting for http://127.0.0.1:8080/ to answer a 2xx status); stopped pid 1001");
    expect(files.files.get(CONF)).toBe("listen 80;\n");
    expect(runner.running).toEqual([]);
    expect(clock.pending).toBe(0);
  });

  test("with no file before, a failed start removes the new one", async () => {
    files.files.delete(CONF);
    const s = make();
    runner.onSpawn = (p) => p.end(p.argv[1] === "-t" ? 0 : 1);
    await rejection(s.start(spec("8080")));
    expect(files.files.has(CONF)).toBe(false);
  });

  test("an HTTP answer that is not the one expected is not ready", async () => {
    const s = make();
    const starting = rejection(s.start(spec("8080", { ready: { kind: "http", url: "http://127.0.0.1:8080/", expect: { bodyIncludes: "nginx" }, timeoutMs: 500 } })));
    http.answer("http://127.0.0.1:8080/", 200, "It works");
    await advance(500);
    expect((await starting).message).toMatch(/^web was not ready within 500 ms \(waiting for http:\/\/127\.0\.0\.1:8080\/ to answer a 2xx status with a body containing "nginx"\)/);
  });
});

test("command readiness: ready once the command exits 0", async () => {
  const s = make();
  let answers = 0;
  runner.onSpawn = (p) => {
    if (p.argv[0] === "/usr/bin/pg_isready") p.end(++answers >= 3 ? 0 : 2);
  };
  const starting = s.start({ params: {}, argv: ["/usr/lib/postgresql/bin/postgres"], env: { PGDATA: "/d" }, ready: { kind: "command", argv: ["/usr/bin/pg_isready", "-q"], timeoutMs: 5000 } });
  await advance(400);
  expect((await starting).message).toBe("started pid 1000 with (no parameters)");
  expect(answers).toBe(3);
  expect(runner.spawned.filter((p) => p.argv[0] === "/usr/bin/pg_isready").every((p) => p.options.env.PGDATA === "/d")).toBe(true);
});

describe("set by reload", () => {
  async function running(s: Supervisor, port = "8080"): Promise<MemoryProcess> {
    http.answer(`http://127.0.0.1:${port}/`, 200);
    await s.start(spec(port));
    return daemons().at(-1)!;
  }

  test("writes, checks, signals, waits for readiness: the same pid, new parameters", async () => {
    const s = make({ reload: { signal: "SIGHUP" } });
    const p = await running(s);
    http.answer("http://127.0.0.1:8081/", 200);
    const r = await s.set((cur) => spec({ ...cur, port: "8081" }.port));
    expect(r).toEqual({ message: "reloaded pid 1001 with port=8081 (was port=8080)", noOp: false });
    expect(p.signals).toEqual(["SIGHUP"]);
    expect(files.files.get(CONF)).toBe("listen 8081;\n");
    expect(s.snapshot()).toMatchObject({ state: "running", phase: "running", pid: 1001, params: { port: "8081" } });
  });

  test("a refused config never reaches the program", async () => {
    const s = make({ reload: { signal: "SIGHUP" } });
    const p = await running(s);
    refuse = () => "unknown directive";
    const e = await rejection(s.set(() => spec("8081")));
    expect(e).toBeInstanceOf(AdaptorFailureError);
    expect(e.message).toMatch(/^web refused port=8081 \(was port=8080\): web: the new .* was refused by its check .*; still running as pid 1001 with port=8080$/);
    expect(p.signals).toEqual([]);
    expect(files.files.get(CONF)).toBe("listen 8080;\n");
    expect(s.snapshot()).toMatchObject({ state: "running", params: { port: "8080" } });
  });

  test("a reload that does not come up is undone: the old file and a second reload", async () => {
    const s = make({ reload: { signal: "SIGHUP" } });
    const p = await running(s);
    const setting = rejection(s.set(() => spec("8081")));
    await advance(2100);
    const e = await setting;
    expect(e).toBeInstanceOf(AdaptorTimeoutError);
    expect(e.message).toBe(
      "web did not come up with port=8081 (was port=8080): web was not ready within 2000 ms of the reload (waiting for http://127.0.0.1:8081/ to answer a 2xx status); rolled back to port=8080, reloaded pid 1001",
    );
    expect(p.signals).toEqual(["SIGHUP", "SIGHUP"]);
    expect(files.files.get(CONF)).toBe("listen 8080;\n");
    expect(s.snapshot()).toMatchObject({ state: "running", pid: 1001, params: { port: "8080" } });
    expect(clock.pending).toBe(0);
  });

  test("a program that dies on reload is started again with the old config", async () => {
    const s = make({ reload: { signal: "SIGHUP" } });
    const p = await running(s);
    const setting = rejection(s.set(() => spec("8081")));
    await settle();
    p.print("worker crashed\n");
    p.end(1);
    await advance(200);
    const e = await setting;
    expect(e.message).toBe(
      'web did not come up with port=8081 (was port=8080): web exited with code 1 while reloading; last output: "worker crashed"; rolled back to port=8080, running again as pid 1004',
    );
    expect(files.files.get(CONF)).toBe("listen 8080;\n");
    expect(s.snapshot()).toMatchObject({ state: "running", pid: 1004, params: { port: "8080" } });
  });

  test("a reload command instead of a signal", async () => {
    const s = make({ reload: { command: [NGINX, "-s", "reload"] } });
    const p = await running(s);
    const check = runner.onSpawn;
    runner.onSpawn = (c) => (c.argv[1] === "-s" ? c.end(0) : check(c));
    http.answer("http://127.0.0.1:8081/", 200);
    const r = await s.set(() => spec("8081"));
    expect(p.signals).toEqual([]);
    expect(r.message).toBe("reloaded pid 1001 with port=8081 (was port=8080)");
    expect(runner.spawned.map((p) => p.argv.slice(1).join(" "))).toContain("-s reload");
  });

  test("Stop during a reload cancels it and stops the program", async () => {
    const s = make({ reload: { signal: "SIGHUP" } });
    await running(s);
    const setting = rejection(s.set(() => spec("8081")));
    await advance(200);
    const stopping = s.stop();
    await advance(100);
    expect((await setting).message).toBe("web: reload cancelled by Stop");
    expect(await stopping).toEqual({ message: "stopped (cancelled the start in progress)", noOp: false });
    expect(s.snapshot().state).toBe("stopped");
    expect(files.files.get(CONF)).toBe("listen 8080;\n");
    expect(runner.running).toEqual([]);
  });
});

test("a restart that does not come up, with no restarts left, ends failed", async () => {
  // A restart that fails, then gives up: running → backoff → starting → failed → backoff → … → failed.
  const s = make({ restart: { mode: "on-failure", maxRestarts: 1, windowMs: 60_000, backoffInitialMs: 10, backoffMaxMs: 10 } });
  await s.start(spec("8080", { config: undefined, check: undefined, ready: undefined }));
  runner.onSpawn = (p) => p.end(1);
  daemons()[0]!.end(1);
  await advance(100, 10);
  expect(s.snapshot()).toMatchObject({ state: "failed", restarts: 1 });
  expect(s.snapshot().detail).toMatch(/gave up after 1 restarts/);
});
