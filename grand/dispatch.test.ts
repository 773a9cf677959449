/** The pure half of dispatching: backend lists, the address a dispatcher reaches a node by, pool references. */
import { expect, test } from "bun:test";
import { addressFacing, backendList, backendStateIn, backendWeight, referencedPools, resolveParams, sessionsIn } from "./dispatch.ts";

test.each([
  [0, 1], [400_000, 1], [1_600_000, 2], [100_000_000, 100], [256_000_000, 256], [10_000_000_000, 256],
])("a node of %d bps weighs %d (whole Mbps, 1 to 256)", (bps, weight) => {
  expect(backendWeight(bps)).toBe(weight);
});

test.each([
  [["10.0.0.5/24", "198.18.0.12/15"], ["198.18.0.2/15"], "198.18.0.12"],
  [["198.18.0.12/15", "10.0.0.5/24"], ["10.0.0.9/24"], "10.0.0.5"],
  [["127.0.0.1/8", "10.0.0.5/24"], ["192.168.1.1/24"], "10.0.0.5"],
  [["127.0.0.1/8"], ["192.168.1.1/24"], undefined],
  [["127.0.0.12/8"], ["127.0.0.10/8"], "127.0.0.12"], // one host: npm start's nodes, each on its own 127.0.0.N
  [["127.0.0.12/8", "10.0.0.5/24"], ["127.0.0.10/8", "10.0.0.9/24"], "10.0.0.5"], // a shared network wins over loopback
  [["127.0.0.12/8", "10.0.0.5/24"], ["127.0.0.10/8"], "127.0.0.12"],
  [["127.0.0.12/8"], ["128.0.0.10/8"], undefined], // 128.x is not loopback, and not 127.0.0.12's subnet
  [["127.0.0.12/8"], ["126.0.0.10/7"], undefined], // 126.0.0.0/7 holds 127.0.0.12, but a dispatcher with no loopback address is on another host
  [["127.0.0.12/8"], ["127.0.0.10/32"], undefined], // the dispatcher's loopback is a /32 that 127.0.0.12 is not on
  [["127.0.0.12/8", "192.168.1.5/24"], ["127.0.0.10/8", "10.0.0.9/24"], "127.0.0.12"], // one loopback in common is enough; no shared network
  [[], ["198.18.0.2/15"], undefined],
  [["fd00::4/64", "198.18.0.12/15"], [], "198.18.0.12"],
  [["v10.0.0.7/24", "10.0.0.5/24"], [], "10.0.0.5"],
  [["10.0.0.7.1/24", "10.0.0.5/24"], [], "10.0.0.5"],
  [["10.0.30.5/24"], [], "10.0.30.5"],
  [["10.0.0.5/24", "198.18.0.12/15"], ["10.9.9.9/24", "198.18.0.2/15"], "198.18.0.12"],
] as [string[], string[], string | undefined][])("node %j seen from %j is reached at %s", (node, facing, address) => {
  expect(addressFacing(node, facing)).toBe(address);
});

test("a backend list is sorted by id, in the adaptor's compact spelling; a node with no address is left out and named", () => {
  const addresses: Record<string, string> = { "relay-2": "198.18.0.12", "relay-1": "198.18.0.11" };
  const { text, unresolved } = backendList(
    [{ serviceId: "relay-2", weight: 10, state: "maint" }, { serviceId: "relay-3", weight: 10, state: "ready" }, { serviceId: "relay-1", weight: 100, state: "ready" }],
    8000,
    (id) => addresses[id],
  );
  expect(text).toBe("relay-1@198.18.0.11:8000/100/ready,relay-2@198.18.0.12:8000/10/maint");
  expect(unresolved).toEqual(["relay-3"]);
  expect(backendList([], 80, () => "1.2.3.4").text).toBe("");
  const ids = (order: string[]) =>
    backendList(order.map((serviceId) => ({ serviceId, weight: 1, state: "ready" as const })), 80, () => "1.2.3.4").text
      .split(",").map((e) => e.split("@")[0]).join(" ");
  expect(ids(["e", "c", "a", "d", "b"])).toBe("a b c d e");
  expect(ids(["d", "c", "b", "a"])).toBe("a b c d");
});

test("a backend list given one id twice keeps both entries in the order given (the sort is stable)", () => {
  const twice = (first: "ready" | "drain", second: "ready" | "drain") =>
    backendList([{ serviceId: "b", weight: 1, state: "ready" }, { serviceId: "a", weight: 1, state: first }, { serviceId: "a", weight: 2, state: second }], 80, () => "1.2.3.4").text;
  expect(twice("drain", "ready")).toBe("a@1.2.3.4:80/1/drain,a@1.2.3.4:80/2/ready,b@1.2.3.4:80/1/ready");
  expect(twice("ready", "drain")).toBe("a@1.2.3.4:80/1/ready,a@1.2.3.4:80/2/drain,b@1.2.3.4:80/1/ready");
});

test.each([
  ["a@1.1.1.1:80/1/ready,b@1.1.1.2:80/1/drain", "b", "drain"],
  ["a@1.1.1.1:80/1/ready,ab@1.1.1.2:80/1/drain", "a", "ready"],
  ["ab@1.1.1.2:80/1/maint", "a", undefined],
  ["", "a", undefined],
  ["a@1.1.1.1:80/1/ready, b@1.1.1.2:80/1/drain", "b", "drain"],
  ["a@1.1.1.1:80", "a", "ready"],
])("in %s, %s is %s", (list, id, state) => {
  expect(backendStateIn(list, id)).toBe(state as never);
});

test("references name pools once each; resolving replaces every one, or names the first pool with no address", () => {
  const params = { port: "8000", relayFrom: "{pool:source}:8000/live", backup: "{pool:spare}:8001,{pool:source}:8002" };
  expect(referencedPools(params)).toEqual(["source", "spare"]);
  expect(referencedPools({ port: "8000" })).toEqual([]);
  const addresses: Record<string, string> = { source: "198.18.0.5", spare: "198.18.0.6" };
  expect(resolveParams(params, (p) => addresses[p])).toEqual({
    params: { port: "8000", relayFrom: "198.18.0.5:8000/live", backup: "198.18.0.6:8001,198.18.0.5:8002" },
  });
  expect(resolveParams(params, (p) => (p === "source" ? "198.18.0.5" : undefined))).toEqual({ missing: "spare" });
});

test.each([
  // haproxy-dispatcher's detail: the supervisor's words, then one entry per backend.
  ["running since 2026-12-02T12:00:00.000Z; relay-1 198.18.0.11:8000 w2 no check: 3 sessions (41 total), 5120 B in, 9842112 B out; relay-2 198.18.0.12:8000 w2 DRAIN: 0 sessions (7 total), 10 B in, 20 B out", "relay-1", 3],
  ["running since 2026-12-02T12:00:00.000Z; relay-1 198.18.0.11:8000 w2 no check: 3 sessions (41 total), 5120 B in, 9842112 B out; relay-2 198.18.0.12:8000 w2 DRAIN: 0 sessions (7 total), 10 B in, 20 B out", "relay-2", 0],
  ["listening on 127.0.0.10:8000; relay-10 127.0.0.11:8000 w1 UP: 12 sessions (12 total), 0 B in, 0 B out", "relay-1", undefined], // relay-1 is not relay-10
  ["listening on 127.0.0.10:8000; relay-10 127.0.0.11:8000 w1 UP: 12 sessions (12 total), 0 B in, 0 B out", "relay-10", 12],
  ["running since 2026-12-02T12:00:00.000Z; 2 backends", "relay-1", undefined], // no counters yet
  ["running", "relay-1", undefined],
  ["listening on 127.0.0.10:8000; old relay-1 127.0.0.11:8000 w1 UP: 5 sessions (5 total), 0 B in, 0 B out", "relay-1", undefined], // the id must open the entry
  ["", "relay-1", undefined],
] as [string, string, number | undefined][])("sessions in %j for %s: %s", (detail, id, n) => {
  expect(sessionsIn(detail, id)).toBe(n);
});
