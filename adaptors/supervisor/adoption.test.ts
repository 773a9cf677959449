/**
 * Crash adoption against the in-memory twins: a supervisor "crashes" (is dropped
 * without a Stop) and a new one on the same state directory, runner and file
 * system recovers what it left. The real thing (a SIGKILLed agent process) is in
 * ../process/adoption-real.test.ts and ../icecast/icecast-real.test.ts.
 */
import { beforeEach, describe, expect, test } from "bun:test";
import { FakeClock } from "../../runtime/wire/index.ts";
import { advance as advanceClock } from "../test-helpers.ts";
import { MemoryFileSystem } from "./files.ts";
import { MemoryProcessRunner } from "./memory-runner.ts";
import type { ProcessRunner } from "./runner.ts";
import { MemoryHttp } from "./readiness.ts";
import { decodeRunRecord, encodeRunRecord, runRecordPath } from "./run-record.ts";
import { Supervisor, type LaunchSpec } from "./supervisor.ts";

const STATE = "/var/lib/lama/node-1";
const RECORD = runRecordPath(STATE, "web");
const URL = "http://127.0.0.1:8080/";

let clock: FakeClock;
let runner: MemoryProcessRunner;
let files: MemoryFileSystem;
let http: MemoryHttp;

beforeEach(() => {
  clock = new FakeClock();
  runner = new MemoryProcessRunner();
  files = new MemoryFileSystem();
  http = new MemoryHttp();
});

const advance = (ms: number): Promise<void> => advanceClock(clock, ms);

function make(via: ProcessRunner = runner): Supervisor {
  return new Supervisor({ name: "web", stopTimeoutMs: 1000, stateDir: STATE }, { runner: via, clock, files, probes: { http: http.probe } });
}

/** The runner as a crashed agent saw it: once it is dead it hears of no exit and sends no signal. */
function crashedAgentRunner(): ProcessRunner {
  return {
    spawn(argv, opts) {
      const p = runner.spawn(argv, opts);
      return { pid: p.pid, exited: new Promise(() => {}), outputClosed: new Promise(() => {}), kill: () => {} };
    },
    startTime: (pid) => runner.startTime(pid),
  };
}

function spec(params: Readonly<Record<string, string>>): LaunchSpec {
  return { params, argv: ["/usr/bin/web", "--port", params.port ?? "8080"], env: {}, ready: { kind: "http", url: URL, timeoutMs: 2000 } };
}

/** Starts a program under a first supervisor, which then "crashes" (is dropped). */
async function startAndCrash(): Promise<number> {
  const first = make(crashedAgentRunner());
  http.answer(URL, 200);
  const started = first.start(spec({ port: "8080" }));
  await advance(200);
  await started;
  return first.snapshot().pid!;
}

describe("crash adoption", () => {
  test("the run record names the process and is removed on Stop", async () => {
    const s = make();
    http.answer(URL, 200);
    const started = s.start(spec({ port: "8080" }));
    await advance(200);
    await started;
    const rec = decodeRunRecord(files.files.get(RECORD)!);
    expect(rec).toMatchObject({ pid: 1000, pgid: 1000, startTime: "1001000", argv: ["/usr/bin/web", "--port", "8080"], params: { port: "8080" } });
    await s.stop();
    expect(files.files.has(RECORD)).toBe(false);
  });

  test("a new supervisor adopts the same, healthy process; Stop then stops it", async () => {
    const pid = await startAndCrash();
    const second = make();
    const recovering = second.recover(spec);
    await advance(200);
    expect(await recovering).toEqual({ message: `adopted pid ${pid} with port=8080`, noOp: false });
    expect(second.snapshot()).toMatchObject({ state: "running", pid, params: { port: "8080" } });
    expect((await second.start(spec({ port: "8080" }))).message).toMatch(/^already running/);
    expect(runner.spawned.length).toBe(1);
    const stopped = second.stop();
    await advance(100);
    expect((await stopped).message).toBe(`stopped pid ${pid}`);
    expect(runner.running).toEqual([]);
    expect(files.files.has(RECORD)).toBe(false);
  });

  test("an adopted process that ends later goes to the restart policy", async () => {
    await startAndCrash();
    const second = make();
    const recovering = second.recover(spec);
    await advance(200);
    await recovering;
    runner.spawned[0]!.end(1);
    await advance(600);
    expect(runner.spawned.length).toBe(2);
    expect(second.snapshot()).toMatchObject({ state: "running", pid: runner.spawned[1]!.pid, restarts: 1 });
    await second.stop();
  });

  test("an unhealthy leftover is stopped, its record cleared, and Start then works", async () => {
    const pid = await startAndCrash();
    http.silence(URL);
    const second = make();
    const recovering = second.recover(spec);
    await advance(2_200);
    expect((await recovering).message).toMatch(new RegExp(`^stopped pid ${pid} left by a previous run: not ready`));
    expect(runner.running).toEqual([]);
    expect(files.files.has(RECORD)).toBe(false);
    http.answer(URL, 200);
    const started = second.start(spec({ port: "8080" }));
    await advance(200);
    expect((await started).message).toMatch(/^started pid 1001/);
    await second.stop();
  });

  test("a leftover running another command than the adaptor would start is stopped, not adopted", async () => {
    await startAndCrash();
    const second = make();
    const recovering = second.recover((p) => ({ ...spec(p), argv: ["/usr/bin/web2"] }));
    await advance(1_200);
    expect((await recovering).message).toMatch(/^stopped pid 1000 left by a previous run: it runs \/usr\/bin\/web --port 8080, not \/usr\/bin\/web2$/);
    expect(runner.running).toEqual([]);
  });

  test("a gone process: the record is cleared and nothing is signalled", async () => {
    const pid = await startAndCrash();
    runner.spawned[0]!.end(null, "SIGKILL");
    const second = make();
    expect((await second.recover(spec)).message).toBe(`pid ${pid} left by a previous run is gone; cleared its record`);
    expect(second.snapshot().state).toBe("stopped");
    expect(files.files.has(RECORD)).toBe(false);
  });

  test("a reused pid: the other process is left alone", async () => {
    const pid = await startAndCrash();
    runner.spawned[0]!.end(null, "SIGKILL");
    runner.strangers.set(pid, "77");
    const second = make();
    expect((await second.recover(spec)).message).toBe(`pid ${pid} left by a previous run now belongs to another process; cleared its record`);
    expect(runner.strangerSignals).toEqual([]);
    expect(files.files.has(RECORD)).toBe(false);
  });

  test.each([
    ["not JSON", "{"],
    ["another version", JSON.stringify({ version: 99, pid: 1 })],
    ["a pid that is not a number", encodeRunRecord({ version: 1, pid: 1, startTime: "5", pgid: 1, argv: ["/x"], params: {}, spawnedAtMs: 0 }).replace('"pid":1', '"pid":"1"')],
  ])("a record that is %s is ignored and removed", async (_what, text) => {
    files.files.set(RECORD, text);
    const s = make();
    expect((await s.recover(spec)).noOp).toBe(true);
    expect(files.files.has(RECORD)).toBe(false);
    expect(runner.spawned).toEqual([]);
  });

  test("no state directory: nothing is recorded", async () => {
    const s = new Supervisor({ name: "web" }, { runner, clock, files, probes: { http: http.probe } });
    http.answer(URL, 200);
    const started = s.start(spec({ port: "8080" }));
    await advance(200);
    await started;
    expect(files.writes).toEqual([]);
    await s.stop();
  });
});
