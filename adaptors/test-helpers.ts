/**
 * Helpers for the adaptor tests, which drive the supervisor and the process
 * adaptor on a FakeClock with in-memory twins: let pending promise chains run,
 * advance time in steps, and catch an expected rejection. Only tests import this.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import type { FakeClock } from "../runtime/wire/index.ts";
import { bunProcessRunner, type ProcessRunner } from "./supervisor/index.ts";

/** Turns of the event loop settle() waits; enough for the longest chain of awaits between two clock events. */
const SETTLE_TURNS = 8;

/** Lets every pending promise chain run (no real I/O is involved, so a few event-loop turns suffice). */
export async function settle(): Promise<void> {
  for (let i = 0; i < SETTLE_TURNS; i++) await new Promise<void>((r) => setImmediate(r));
}

/** Advances the fake clock by ms in steps of stepMs, letting promise chains react between steps. */
export async function advance(clock: FakeClock, ms: number, stepMs = 50): Promise<void> {
  await settle();
  for (let t = 0; t < ms; t += stepMs) {
    clock.advance(Math.min(stepMs, ms - t));
    await settle();
  }
}

/** The error p rejects with; throws (failing the test) when p fulfils instead. */
export async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a rejection");
}

/** Whether pid is a live process (a zombie waiting for its reaper counts as gone), for the real-daemon tests. */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** The first line a child prints. */
export async function firstLine(stream: ReadableStream<Uint8Array>): Promise<string> {
  let text = "";
  for await (const chunk of stream) {
    text += new TextDecoder().decode(chunk);
    if (text.includes("\n")) break;
  }
  return text.split("\n")[0]!;
}

/**
 * The real runner, telling onSpawn every pid it starts so that a real-daemon test
 * can make sure nothing outlives it. With adopt, it also keeps the real runner's
 * startTime/attach, which crash adoption needs; without, it only spawns.
 */
export function trackingRunner(onSpawn: (pid: number) => void, adopt = false): ProcessRunner {
  const spawn: ProcessRunner["spawn"] = (argv, opts) => {
    const h = bunProcessRunner.spawn(argv, opts);
    onSpawn(h.pid);
    return h;
  };
  return adopt ? { ...bunProcessRunner, spawn } : { spawn };
}

/** A TCP port on 127.0.0.1 nobody listens on right now (the kernel picks it; closed again before the caller binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
