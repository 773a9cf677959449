/**
 * The lease table: who is registered and until when, decided on grand's
 * monotonic clock alone (an agent's clock may be wrong, and either side's wall
 * clock may step). Pure bookkeeping: every method takes `now`, a reading of
 * Clock.monotonic(); nothing here reads a clock or sets a timer. Every `…AtMs`
 * of a Lease is such a reading: convert with the wall clock before showing it.
 */
import type { lama } from "../proto/index.ts";
import { attributesKey, type Endpoint } from "../runtime/wire/index.ts";

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

  /** Registers (or re-registers) a service; a previous lease for the id is replaced. */
  register(req: { item: lama.v1.IServiceItem & { serviceId: string }; requestedMs: number; bootId: string; endpoint: Endpoint }, nowMs: number): { lease: Lease; previous?: Lease } {
    const previous = this.leases.get(req.item.serviceId);
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
    return previous ? { lease, previous } : { lease };
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
