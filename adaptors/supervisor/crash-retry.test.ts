/** crashRetries: a program that crashes before it is ready is launched again, a set number of times. */
import { expect, test } from "bun:test";
import { FakeClock } from "../../runtime/wire/index.ts";
import { AdaptorFailureError } from "../errors.ts";
import { advance, rejection } from "../test-helpers.ts";
import { MemoryFileSystem } from "./files.ts";
import { MemoryProcessRunner } from "./memory-runner.ts";
import { MemoryPorts } from "./readiness.ts";
import { Supervisor, type LaunchSpec } from "./supervisor.ts";

const SPEC: LaunchSpec = { params: {}, argv: ["/usr/bin/icecast2"], env: {}, ready: { kind: "tcp", host: "127.0.0.1", port: 8000, timeoutMs: 2000 } };

function setup(crashRetries: number, crashes: (string | null)[]) {
  const clock = new FakeClock();
  const runner = new MemoryProcessRunner();
  const ports = new MemoryPorts();
  let n = 0;
  runner.onSpawn = (p) => {
    const signal = crashes[n++];
    if (signal) queueMicrotask(() => p.end(null, signal));
    else ports.listen("127.0.0.1", 8000);
  };
  const s = new Supervisor({ name: "ice", crashRetries }, { runner, clock, files: new MemoryFileSystem(), probes: { tcp: ports.probe } });
  return { clock, runner, s };
}

test("a SIGSEGV before ready is retried, and the launch succeeds", async () => {
  const { clock, runner, s } = setup(2, ["SIGSEGV", "SIGSEGV", null]);
  const started = s.start(SPEC);
  await advance(clock, 1_000);
  expect((await started).message).toBe("started pid 1002 with (no parameters)");
  expect(runner.spawned.length).toBe(3);
});

test("retries are bounded: the last crash fails the launch", async () => {
  const { clock, runner, s } = setup(1, ["SIGSEGV", "SIGSEGV", null]);
  const failing = rejection(s.start(SPEC));
  await advance(clock, 1_000);
  const e = await failing;
  expect(e).toBeInstanceOf(AdaptorFailureError);
  expect(e.message).toMatch(/^ice was killed by SIGSEGV before it was ready/);
  expect(runner.spawned.length).toBe(2);
  expect(s.snapshot().state).toBe("failed");
});

test("an exit that is not a crash is not retried", async () => {
  const { clock, runner, s } = setup(2, ["SIGTERM"]);
  const failing = rejection(s.start(SPEC));
  await advance(clock, 1_000);
  expect((await failing).message).toMatch(/killed by SIGTERM/);
  expect(runner.spawned.length).toBe(1);
});
