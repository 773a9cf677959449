import { expect, test } from "bun:test";
import { decideRestart, DEFAULT_RESTART_POLICY, recentRestarts, type RestartPolicy } from "./restart-policy.ts";

const policy = (p: Partial<RestartPolicy>): RestartPolicy => ({ ...DEFAULT_RESTART_POLICY, backoffInitialMs: 100, backoffMaxMs: 1000, maxRestarts: 5, ...p });

test.each<[string, Partial<RestartPolicy>, boolean, number, ReturnType<typeof decideRestart>]>([
  ["never, failed", { mode: "never" }, true, 0, { restart: false, reason: "restart policy is never" }],
  ["on-failure, clean exit", { mode: "on-failure" }, false, 0, { restart: false, reason: "ended cleanly; restart policy is on-failure" }],
  ["on-failure, first failure", { mode: "on-failure" }, true, 0, { restart: true, delayMs: 100, attempt: 1 }],
  ["on-failure, third failure doubles twice", { mode: "on-failure" }, true, 2, { restart: true, delayMs: 400, attempt: 3 }],
  ["backoff is capped", { mode: "on-failure" }, true, 4, { restart: true, delayMs: 1000, attempt: 5 }],
  ["always, clean exit", { mode: "always" }, false, 1, { restart: true, delayMs: 200, attempt: 2 }],
  ["limit reached", { mode: "always", windowMs: 60_000 }, true, 5, { restart: false, reason: "gave up after 5 restarts within 60000 ms" }],
  ["no restarts allowed", { mode: "always", maxRestarts: 0, windowMs: 1000 }, true, 0, { restart: false, reason: "gave up after 0 restarts within 1000 ms" }],
])("%s", (_, p, failed, recent, want) => {
  expect(decideRestart(policy(p), failed, recent)).toEqual(want);
});

test("restarts older than the window are forgotten, so backoff and the limit reset", () => {
  expect(recentRestarts([1000, 5000, 9000, 10_000], 10_000, 5000)).toEqual([9000, 10_000]);
  expect(recentRestarts([1000], 100_000, 5000)).toEqual([]);
});
