/**
 * The restart window is measured on the monotonic clock: a wall-clock step (NTP,
 * an operator's date -s) neither forgets recent restarts (a crash loop never given
 * up) nor keeps old ones (a program given up after one crash in an hour).
 */
import { expect, test } from "bun:test";
import { FakeClock } from "../../runtime/wire/index.ts";
import { advance } from "../test-helpers.ts";
import { MemoryFileSystem } from "./files.ts";
import { MemoryProcessRunner } from "./memory-runner.ts";
import { Supervisor, type LaunchSpec } from "./supervisor.ts";

const SPEC: LaunchSpec = { params: {}, argv: ["/usr/bin/tiny"], env: {} };
/** A minute's window, restarts 10 ms after a crash. */
const policy = (maxRestarts: number) => ({ mode: "on-failure" as const, maxRestarts, windowMs: 60_000, backoffInitialMs: 10, backoffMaxMs: 10 });

async function running(maxRestarts: number) {
  const clock = new FakeClock();
  const runner = new MemoryProcessRunner();
  const s = new Supervisor({ name: "tiny", stopTimeoutMs: 1000, restart: policy(maxRestarts) }, { runner, clock, files: new MemoryFileSystem() });
  await s.start(SPEC);
  /** The running program crashes; the supervisor restarts it (or gives up) within 100 ms. */
  const crash = async () => {
    runner.running.at(-1)!.end(1);
    await advance(clock, 100, 10);
  };
  return { clock, s, crash };
}

test("wall clock stepped forward past the window between crashes: the crash loop is still given up after maxRestarts", async () => {
  const { clock, s, crash } = await running(2);
  for (let i = 0; i < 3; i++) {
    await crash();
    clock.stepWall(61_000);
  }
  // Three crashes within 300 ms of monotonic time: two restarts, then given up.
  expect(s.snapshot()).toMatchObject({ state: "failed", restarts: 2 });
  expect(s.snapshot().detail).toMatch(/gave up after 2 restarts/);
});

test("wall clock stepped back an hour: a crash a minute after the last restart is restarted, not given up", async () => {
  const { clock, s, crash } = await running(1);
  await crash();
  expect(s.snapshot()).toMatchObject({ state: "running", restarts: 1 });
  clock.stepWall(-3_600_000);
  await advance(clock, 61_000, 1_000);
  await crash();
  expect(s.snapshot()).toMatchObject({ state: "running", restarts: 2 });
});
