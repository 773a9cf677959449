import { expect, test } from "bun:test";
import { adaptorState, isActive, SUPERVISOR_EVENTS, SUPERVISOR_STATES, transition, type SupervisorEvent, type SupervisorState } from "./state.ts";

/** Every allowed move; everything not listed must be refused. */
const ALLOWED: [SupervisorState, SupervisorEvent, SupervisorState][] = [
  ["stopped", "start", "starting"],
  ["stopped", "clear", "stopped"],
  ["starting", "ready", "running"],
  ["starting", "fail", "failed"],
  ["starting", "stop", "stopping"],
  ["running", "stop", "stopping"],
  ["running", "reload", "reloading"],
  ["running", "crash", "backoff"],
  ["running", "fail", "failed"],
  ["running", "end", "stopped"],
  ["reloading", "ready", "running"],
  ["reloading", "fail", "failed"],
  ["reloading", "stop", "stopping"],
  ["stopping", "down", "stopped"],
  ["stopping", "fail", "failed"],
  ["backoff", "start", "starting"],
  ["backoff", "clear", "stopped"],
  ["failed", "start", "starting"],
  ["failed", "crash", "backoff"],
  ["failed", "clear", "stopped"],
];

test.each(ALLOWED)("%s --%s--> %s", (from, event, to) => {
  expect(transition(from, event)).toBe(to);
});

const refused = SUPERVISOR_STATES.flatMap((s) => SUPERVISOR_EVENTS.map((e) => [s, e] as const)).filter(
  ([s, e]) => !ALLOWED.some(([from, event]) => from === s && event === e),
);

test.each(refused)("%s refuses %s", (from, event) => {
  expect(transition(from, event)).toBeUndefined();
});

test.each<[SupervisorState, string, boolean]>([
  ["stopped", "stopped", false],
  ["starting", "starting", true],
  ["running", "running", true],
  ["reloading", "running", true],
  ["stopping", "stopping", false],
  ["backoff", "starting", true],
  ["failed", "failed", false],
])("%s is reported as %s (active %p)", (s, wire, active) => {
  expect(adaptorState(s)).toBe(wire as never);
  expect(isActive(s)).toBe(active);
});
