/**
 * The lease table: who is registered and until when, decided on grand's
 * monotonic clock alone (an agent's clock may be wrong, and either side's wall
 * clock may step). Pure bookkeeping: every method takes `now`, a reading of
 * Clock.monotonic(); nothing here reads a clock or sets a timer. Every `…AtMs`
 * of a Lease is such a reading: convert with the wall clock before showing it.
 */
import type { lama } from "../proto/index.ts";
import { attributesKey, sameEndpoint, type Endpoint } from "../runtime/wire/index.ts";

/** Shortest lease grand grants: below this, renewal traffic would dominate. */
export const MIN_LEASE_MS = 1_000;
/** Longest lease grand grants: a crashed node must not linger longer than this. */
export const MAX_LEASE_MS = 30_000;

export interface LeasePolicy {
  minLeaseMs: number;
  maxLeaseMs: number;
}

export const DEFAULT_LEASE_POLICY: LeasePolicy = { minLeaseMs: MIN_LEASE_MS, maxLeaseMs: MAX_LEASE_MS };

export interface Lease {
  serviceId: string;
  leaseId: number;
  item: lama.v1.IServiceItem;
  bootId: string;
  registeredAtMs: number;
  renewedAtMs: number;
  expiresAtMs: number;
  grantedMs: number;
  renewals: number;
  /** Where the agent's datagrams come from. */
  endpoint: Endpoint;
}

/** The duration grand grants for a request: clamped to the policy; 0 means "the maximum". */
export function grantMs(requestedMs: number, policy: LeasePolicy): number {
  if (!Number.isFinite(requestedMs) || requestedMs <= 0) return policy.maxLeaseMs;
  return Math.min(policy.maxLeaseMs, Math.max(policy.minLeaseMs, Math.round(requestedMs)));
}

/** Milliseconds left on a lease (negative once expired). */
export function leaseRemaining(lease: Pick<Lease, "expiresAtMs">, nowMs: number): number {
  return lease.expiresAtMs - nowMs;
}

/**
 * Whether a Register is the live `lease`'s own registration again. The attributes
 * must match too: a node that registers again with new ones must have them
 * taken, and a late copy of an older Register must not put old ones back (it
 * gets a new lease, and the node's next renewal finds its lease id unknown and
 * registers again with its current attributes).
 */
function isRepeat(lease: Lease, req: { item: lama.v1.IServiceItem; bootId: string; endpoint: Endpoint }, nowMs: number): boolean {
  return lease.expiresAtMs > nowMs && lease.bootId === req.bootId && sameEndpoint(lease.endpoint, req.endpoint)
    && itemAttributesKey(lease.item) === attributesKey(req.item.attributes ?? {});
}

/**
 * A lease's attributes key, computed once per item (an attribute change replaces the
 * item): in a join storm every retransmitted Register is compared with it.
 */
const itemKeys = new WeakMap<lama.v1.IServiceItem, string>();
function itemAttributesKey(item: lama.v1.IServiceItem): string {
  const key = itemKeys.get(item) ?? attributesKey(item.attributes ?? {});
  // Stryker disable next-line CallExpression: equivalent, a cache: without it each Register computes the same key again
  itemKeys.set(item, key);
  return key;
}

export type RenewOutcome =
  | { status: "ok"; lease: Lease; changed: boolean }
  | { status: "unknown" };

export class LeaseTable {
  private readonly leases = new Map<string, Lease>();
  private nextLeaseId: number;

  constructor(
    readonly policy: LeasePolicy = DEFAULT_LEASE_POLICY,
    firstLeaseId = 1,
  ) {
    this.nextLeaseId = firstLeaseId;
  }

  /**
   * Registers a service. A Register that repeats the live lease's registration
   * (same boot id, endpoint and attributes) is a retransmission, however late it
   * is read (under load, Registers wait seconds in the socket queue): it renews
   * that lease and returns it as `repeated`, so the node keeps its lease id and
   * nobody sees it join twice. Any other Register (a reboot, a move, new
   * attributes, or no live lease) gets a new lease; a previous one is replaced.
   */
  register(req: { item: lama.v1.IServiceItem & { serviceId: string }; requestedMs: number; bootId: string; endpoint: Endpoint }, nowMs: number): { lease: Lease; previous?: Lease; repeated: boolean } {
    const previous = this.leases.get(req.item.serviceId);
    if (previous && isRepeat(previous, req, nowMs)) {
      this.renew(previous.serviceId, previous.leaseId, req.requestedMs, nowMs, null, req.endpoint);
      return { lease: previous, repeated: true };
    }
    const granted = grantMs(req.requestedMs, this.policy);
    const lease: Lease = {
      serviceId: req.item.serviceId,
      leaseId: this.nextLeaseId++,
      item: req.item,
      bootId: req.bootId,
      registeredAtMs: nowMs,
      renewedAtMs: nowMs,
      expiresAtMs: nowMs + granted,
      grantedMs: granted,
      renewals: 0,
      endpoint: req.endpoint,
    };
    this.leases.set(lease.serviceId, lease);
    return previous ? { lease, previous, repeated: false } : { lease, repeated: false };
  }

  /**
   * Renews a lease held under (serviceId, leaseId). Attributes, when given and
   * different, replace the registered ones (`changed`).
   */
  renew(serviceId: string, leaseId: number, requestedMs: number, nowMs: number, attributes?: lama.v1.IAttributes | null, endpoint?: Endpoint): RenewOutcome {
    const lease = this.leases.get(serviceId);
    if (!lease || lease.leaseId !== leaseId || lease.expiresAtMs <= nowMs) return { status: "unknown" };
    const granted = grantMs(requestedMs, this.policy);
    lease.grantedMs = granted;
    lease.renewedAtMs = nowMs;
    // A renewal never shortens what was already promised.
    lease.expiresAtMs = Math.max(lease.expiresAtMs, nowMs + granted);
    lease.renewals++;
    if (endpoint) lease.endpoint = endpoint;
    let changed = false;
    if (attributes && attributesKey(attributes) !== attributesKey(lease.item.attributes ?? {})) {
      lease.item = { ...lease.item, attributes };
      changed = true;
    }
    return { status: "ok", lease, changed };
  }

  /** Cancels a lease; returns it if it existed. */
  cancel(serviceId: string, leaseId: number): Lease | undefined {
    const lease = this.leases.get(serviceId);
    if (!lease || lease.leaseId !== leaseId) return undefined;
    this.leases.delete(serviceId);
    return lease;
  }

  /** Removes and returns every lease that has expired at `now`. */
  expire(nowMs: number): Lease[] {
    const gone: Lease[] = [];
    for (const lease of this.leases.values()) if (lease.expiresAtMs <= nowMs) gone.push(lease);
    for (const lease of gone) this.leases.delete(lease.serviceId);
    return gone;
  }

  get(serviceId: string): Lease | undefined {
    return this.leases.get(serviceId);
  }

  list(): Lease[] {
    return [...this.leases.values()];
  }

  get size(): number {
    return this.leases.size;
  }
}
