import { expect, test } from "bun:test";
import { EventLog, matchTemplate, templateFromQuery, type Template } from "./lookup.ts";
import type { Lease } from "./lease-table.ts";

const item = { serviceId: "n1", attributes: { hostname: "rack1-07", roles: ["streaming", "web"], extra: { rack: "1", zone: "a" } } };

test.each<[string, Template, boolean]>([
  ["empty template matches all", {}, true],
  ["id", { serviceId: "n1" }, true],
  ["other id", { serviceId: "n2" }, false],
  ["one role", { roles: ["web"] }, true],
  ["all roles", { roles: ["web", "streaming"] }, true],
  ["a missing role", { roles: ["web", "dispatcher"] }, false],
  ["hostname", { hostname: "rack1-07" }, true],
  ["other hostname", { hostname: "x" }, false],
  ["extra pair", { extra: { rack: "1" } }, true],
  ["extra pair, other value", { extra: { rack: "2" } }, false],
  ["extra key missing", { extra: { row: "1" } }, false],
  ["id and role", { serviceId: "n1", roles: ["streaming"], extra: { zone: "a" } }, true],
  ["empty strings are wildcards", { serviceId: "", hostname: "", roles: [] }, true],
])("%s", (_name, t, expected) => {
  expect(matchTemplate(item, t)).toBe(expected);
});

test("templates from query strings", () => {
  expect(templateFromQuery(new URLSearchParams("id=n1&role=web,streaming&role=x&hostname=h&attr=rack=1&attr=k=v=w"))).toEqual({
    serviceId: "n1", roles: ["web", "streaming", "x"], hostname: "h", extra: { rack: "1", k: "v=w" },
  });
  expect(templateFromQuery(new URLSearchParams(""))).toEqual({});
});

test("events carry increasing sequence numbers and can be resumed; the ring is bounded", () => {
  const log = new EventLog(3);
  const lease = { serviceId: "a" } as Lease;
  const seen: number[] = [];
  const unsub = log.subscribe((e) => seen.push(e.seq));
  for (let i = 0; i < 5; i++) log.publish("registered", lease, i);
  unsub();
  log.publish("expired", lease, 9);
  expect(seen).toEqual([1, 2, 3, 4, 5]);
  expect(log.since(0).map((e) => e.seq)).toEqual([4, 5, 6]);
  expect(log.since(5).map((e) => e.type)).toEqual(["expired"]);
  expect(log.lastSeq).toBe(6);
});

test("a watcher that throws does not stop the others or the publisher", () => {
  const log = new EventLog();
  const seen: number[] = [];
  log.subscribe(() => {
    throw new Error("bad watcher");
  });
  log.subscribe((e) => seen.push(e.seq));
  expect(() => log.publish("registered", { serviceId: "a" } as Lease, 1)).not.toThrow();
  expect(seen).toEqual([1]);
  expect(log.listenerErrors).toBe(1);
  expect(log.lastListenerError).toBe("bad watcher");
});
