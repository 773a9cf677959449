import { describe, expect, test } from "bun:test";
import { DEFAULT_LEASE_POLICY, grantMs, leaseRemaining, LeaseTable } from "./lease-table.ts";

const policy = { minLeaseMs: 1000, maxLeaseMs: 30_000 };
const item = (id: string, hostname = "h") => ({ serviceId: id, attributes: { hostname, roles: ["web"] } });
const reg = (t: LeaseTable, id: string, now: number, ms = 2500) => t.register({ item: item(id), requestedMs: ms, bootId: "b", endpoint: { address: "198.18.0.10", port: 40000 } }, now).lease;

test.each([
  [2500, 2500], [10, 1000], [999_999, 30_000], [0, 30_000], [-5, 30_000], [Number.NaN, 30_000], [1234.6, 1235],
])("grantMs(%p) = %p", (req, granted) => {
  expect(grantMs(req, policy)).toBe(granted);
});

test.each([
  // The agent asks for 2.5 s (README); grand's defaults clamp to [1 s, 30 s], 0 meaning the longest.
  [2500, 2500], [999, 1000], [1000, 1000], [30_000, 30_000], [30_001, 30_000], [0, 30_000],
])("the default policy grants %p ms as %p ms", (req, granted) => {
  expect(grantMs(req, DEFAULT_LEASE_POLICY)).toBe(granted);
  const t = new LeaseTable();
  expect(t.register({ item: item("a"), requestedMs: req, bootId: "b", endpoint: { address: "198.18.0.10", port: 40000 } }, 5_000).lease.expiresAtMs).toBe(5_000 + granted);
});

test("with the defaults, the agent's 2.5 s lease renewed every 250 ms lives on, and expires 2.5 s after the last renewal", () => {
  const t = new LeaseTable();
  const l = reg(t, "a", 0);
  for (let now = 250; now <= 10_000; now += 250) {
    expect(t.expire(now)).toEqual([]);
    expect(t.renew("a", l.leaseId, 2500, now).status).toBe("ok");
  }
  expect(t.expire(12_499)).toEqual([]);
  expect(t.expire(12_500).map((x) => x.serviceId)).toEqual(["a"]);
});

test("leaseRemaining counts down to zero and below", () => {
  expect(leaseRemaining({ expiresAtMs: 5000 }, 4000)).toBe(1000);
  expect(leaseRemaining({ expiresAtMs: 5000 }, 6000)).toBe(-1000);
});

test("a lease lives until its expiry unless renewed", () => {
  const t = new LeaseTable(policy);
  const l = reg(t, "a", 0);
  expect(t.expire(2499)).toEqual([]);
  expect(t.renew("a", l.leaseId, 2500, 2000).status).toBe("ok");
  expect(t.expire(4499)).toEqual([]);
  expect(t.expire(4500).map((x) => x.serviceId)).toEqual(["a"]);
  expect(t.size).toBe(0);
});

test("renewal with the wrong lease id, or after expiry, is unknown", () => {
  const t = new LeaseTable(policy);
  const l = reg(t, "a", 0);
  expect(t.renew("a", l.leaseId + 1, 2500, 10).status).toBe("unknown");
  expect(t.renew("b", l.leaseId, 2500, 10).status).toBe("unknown");
  expect(t.renew("a", l.leaseId, 2500, 2500).status).toBe("unknown");
});

test("re-registration replaces the lease under the same id; the old lease id stops working", () => {
  const t = new LeaseTable(policy);
  const a = reg(t, "a", 0);
  const r = t.register({ item: item("a"), requestedMs: 2500, bootId: "b2", endpoint: { address: "198.18.0.10", port: 40000 } }, 100);
  expect(r.previous?.leaseId).toBe(a.leaseId);
  expect(t.renew("a", a.leaseId, 2500, 200).status).toBe("unknown");
  expect(t.renew("a", r.lease.leaseId, 2500, 200).status).toBe("ok");
  expect(t.size).toBe(1);
});

test("renewal never shortens a promised lease, and reports attribute changes", () => {
  const t = new LeaseTable(policy);
  const l = reg(t, "a", 0, 10_000);
  const out = t.renew("a", l.leaseId, 1000, 100, { hostname: "h", roles: ["web"] });
  expect(out.status === "ok" && out.lease.expiresAtMs).toBe(10_000);
  expect(out.status === "ok" && out.changed).toBe(false);
  const changed = t.renew("a", l.leaseId, 1000, 200, { hostname: "h2", roles: ["web"] });
  expect(changed.status === "ok" && changed.changed).toBe(true);
  expect(t.get("a")?.item.attributes?.hostname).toBe("h2");
});

test("cancel needs the current lease id", () => {
  const t = new LeaseTable(policy);
  const l = reg(t, "a", 0);
  expect(t.cancel("a", l.leaseId + 1)).toBeUndefined();
  expect(t.cancel("a", l.leaseId)?.serviceId).toBe("a");
  expect(t.size).toBe(0);
});

describe("a Register that repeats the live lease's registration renews it; any other gets a new lease", () => {
  const at = { address: "198.18.0.10", port: 40000 };
  test.each([
    ["the same, 2499 ms later (a late retransmission)", 2499, "b", at, "h", { leaseId: 1, repeated: true, expiresAtMs: 4999 }],
    ["the same, once the lease has run out at 2500 ms", 2500, "b", at, "h", { leaseId: 2, repeated: false, expiresAtMs: 5000 }],
    ["another boot id (the node restarted)", 100, "b2", at, "h", { leaseId: 2, repeated: false, expiresAtMs: 2600 }],
    ["another port", 100, "b", { address: "198.18.0.10", port: 40001 }, "h", { leaseId: 2, repeated: false, expiresAtMs: 2600 }],
    ["another address", 100, "b", { address: "198.18.0.11", port: 40000 }, "h", { leaseId: 2, repeated: false, expiresAtMs: 2600 }],
    ["other attributes", 100, "b", at, "h2", { leaseId: 2, repeated: false, expiresAtMs: 2600 }],
  ])("%s", (_, now, bootId, endpoint, hostname, want) => {
    const t = new LeaseTable(policy);
    t.register({ item: item("a"), requestedMs: 2500, bootId: "b", endpoint: at }, 0);
    const r = t.register({ item: item("a", hostname), requestedMs: 2500, bootId, endpoint }, now);
    expect({ leaseId: r.lease.leaseId, repeated: r.repeated, expiresAtMs: r.lease.expiresAtMs }).toEqual(want);
    expect(r.previous?.leaseId).toBe(want.repeated ? undefined : 1);
    expect(t.get("a")).toBe(r.lease);
    expect(t.size).toBe(1);
  });

  test("after a renewal changed the attributes, a Register with the new ones repeats the lease and one with the old ones does not", () => {
    const t = new LeaseTable(policy);
    t.register({ item: item("a"), requestedMs: 2500, bootId: "b", endpoint: at }, 0);
    expect(t.register({ item: item("a"), requestedMs: 2500, bootId: "b", endpoint: at }, 100).repeated).toBe(true);
    t.renew("a", 1, 2500, 200, { hostname: "h2", roles: ["web"] });
    expect(t.register({ item: item("a", "h2"), requestedMs: 2500, bootId: "b", endpoint: at }, 300)).toMatchObject({ repeated: true, lease: { leaseId: 1 } });
    expect(t.register({ item: item("a"), requestedMs: 2500, bootId: "b", endpoint: at }, 400)).toMatchObject({ repeated: false, lease: { leaseId: 2 } });
  });

  test("a repeat counts as a renewal and keeps when the lease was granted", () => {
    const t = new LeaseTable(policy);
    t.register({ item: item("a"), requestedMs: 2500, bootId: "b", endpoint: at }, 0);
    const r = t.register({ item: item("a"), requestedMs: 5000, bootId: "b", endpoint: at }, 1000);
    expect(r.lease).toMatchObject({ leaseId: 1, registeredAtMs: 0, renewedAtMs: 1000, expiresAtMs: 6000, grantedMs: 5000, renewals: 1 });
  });
});
