/** The pools file (`grand serve --pools FILE`): what it accepts and how it refuses a mistake. */
import { expect, test } from "bun:test";
import { HORIZON_DEFAULTS, PAPER_POOL, POLICIES, PoolConfigError } from "./engine/index.ts";
import { parsePoolsConfig } from "./pools-config.ts";

test.each([
  ["[]", "non-empty JSON array"],
  ["{", "is not JSON"],
  ['[{"name":"a","role":"r"}]', "'adaptor' must be a non-empty string"],
  ['[{"name":"a","role":"r","adaptor":"x","colour":1}]', "unknown setting 'colour'"],
  ['[{"name":"a","role":"r","adaptor":"x","policy":"magic"}]', "policy 'magic' is not one of threshold, ar1, horizon"],
  ['[{"name":"a","role":"r","adaptor":"x","minNodes":0}]', "minNodes is 0"],
  ['[{"name":"a","role":"r","adaptor":"x"},{"name":"a","role":"q","adaptor":"y"}]', "pool name 'a' is used twice"],
  ['[{"name":"a","role":"r","adaptor":"x","serverParams":{"port":8080}}]', "'serverParams' must be an object of strings"],
])("pools config %s is refused: %s", (text, message) => {
  expect(() => parsePoolsConfig(text)).toThrow(message);
});

test.each([
  ['[{"name":"a","role":"r","adaptor":"x","horizon":3}]', "'horizon' must be an object of numbers"],
  ['[{"name":"a","role":"r","adaptor":"x","horizon":{"z":2}}]', "unknown setting 'horizon.z'; allowed: horizon.confidence, horizon.releaseConfidence"],
  ['[{"name":"a","role":"r","adaptor":"x","horizon":{"holdMs":"1m"}}]', "'horizon.holdMs' must be a number"],
  ['[{"name":"a","role":"r","adaptor":"x","horizon":{"releaseConfidence":1}}]', "entry 1: pool 'a': horizon.releaseConfidence is 1; it must be at least horizon.confidence (2)"],
  ['[{"name":"a","role":"r","adaptor":"x","horizon":{"supplementUtilisation":0.99}}]', "horizon.supplementUtilisation is 0.99; it must not exceed slaUtilisation (0.98)"],
])("the horizon rule's settings %s are refused: %s", (text, message) => {
  expect(() => parsePoolsConfig(text)).toThrow(message);
});

test("every refusal is a PoolConfigError, the error the engine's own validation throws", () => {
  expect(() => parsePoolsConfig("{")).toThrow(PoolConfigError);
  expect(() => parsePoolsConfig('[{"name":"a","role":"r","adaptor":"x","minNodes":0}]')).toThrow(PoolConfigError);
});

test("an entry overrides what it names and keeps the paper's pool for the rest", () => {
  const [spec, ...rest] = parsePoolsConfig(JSON.stringify([{
    name: "web", role: "web", adaptor: "web", policy: "ar1", serverParams: { port: "8080" }, minNodes: 2, maxNodes: 4, cooldownMs: 10_000,
  }]));
  expect(rest).toEqual([]);
  expect(spec!.policy).toBe(POLICIES.ar1);
  expect(spec!.config).toEqual({
    ...PAPER_POOL, name: "web", role: "web", adaptor: "web", serverParams: { port: "8080" }, minNodes: 2, maxNodes: 4, cooldownMs: 10_000,
  });
});

test("'horizon' sets single settings of the horizon rule; the others keep their defaults", () => {
  const [spec] = parsePoolsConfig('[{"name":"a","role":"r","adaptor":"x","horizon":{"releaseConfidence":3,"holdMs":30000}}]');
  expect(spec!.policy).toBe(POLICIES.horizon);
  expect(spec!.config.horizon).toEqual({ ...HORIZON_DEFAULTS, releaseConfidence: 3, holdMs: 30_000 });
  const [plain] = parsePoolsConfig('[{"name":"a","role":"r","adaptor":"x"}]');
  expect(plain!.config.horizon).toEqual(HORIZON_DEFAULTS);
});

const pool = (extra: string) => `{"name":"a","role":"r","adaptor":"x","serverParams":{"port":"8080"}${extra}}`;
test.each([
  [`[${pool(',"dispatcher":3')}]`, "'dispatcher' must be an object"],
  [`[${pool(',"dispatcher":{"adaptor":"lb"}')}]`, "'dispatcher' needs exactly one of 'role' (every node of that role) or 'serviceId' (one node)"],
  [`[${pool(',"dispatcher":{"role":"d","serviceId":"d1","adaptor":"lb"}')}]`, "needs exactly one of 'role'"],
  [`[${pool(',"dispatcher":{"role":"d"}')}]`, "'dispatcher.adaptor' is missing"],
  [`[${pool(',"dispatcher":{"role":"d","adaptor":"lb","weight":2}')}]`, "unknown setting 'dispatcher.weight'; allowed: dispatcher.role, dispatcher.serviceId"],
  [`[${pool(',"dispatcher":{"role":"d","adaptor":"lb","backendPort":70000}')}]`, "'dispatcher.backendPort' is 70000; it must be a TCP port, 1 to 65535"],
  ['[{"name":"a","role":"r","adaptor":"x","dispatcher":{"role":"d","adaptor":"lb"}}]', "'dispatcher.backendPort' is missing and serverParams has no 'port'"],
  ['[{"name":"a","role":"r","adaptor":"x","serverParams":{"from":"{pool:src}:8000"}}]', "entry 1: serverParams refers to {pool:src}, but no pool is named 'src'; name one of a"],
  ['[{"name":"a","role":"r","adaptor":"x","serverParams":{"from":"{pool:a}"}}]', "refers to its own pool {pool:a}"],
])("a dispatcher or reference %s is refused: %s", (text, message) => {
  expect(() => parsePoolsConfig(text)).toThrow(message);
});

test("a dispatcher by role lists backends on the pool's port; by service id on the port it names; references may name a later pool", () => {
  const [a, b] = parsePoolsConfig(JSON.stringify([
    { name: "relays", role: "relay", adaptor: "relay", serverParams: { port: "8000", relayFrom: "{pool:source}:8000/live" }, dispatcher: { role: "dispatcher", adaptor: "lb" } },
    { name: "source", role: "source", adaptor: "relay", dispatcher: { serviceId: "disp-1", adaptor: "lb", backendPort: 9000 } },
  ]));
  expect(a!.dispatcher).toEqual({ role: "dispatcher", adaptor: "lb", backendPort: 8000 });
  expect(b!.dispatcher).toEqual({ serviceId: "disp-1", adaptor: "lb", backendPort: 9000 });
  expect(parsePoolsConfig(`[${pool("")}]`)[0]!.dispatcher).toBeUndefined();
});
