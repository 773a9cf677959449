/**
 * The lease timing both sides agree on. The agent asks for LEASE_MS and renews
 * every RENEW_EVERY_MS; grand suggests the same renewal period in every
 * registration reply, so an agent started with other flags learns the pool's.
 */

/** Lease an agent asks for: a crashed node is gone about this long after its last renewal. */
export const LEASE_MS = 2_500;
/** Renewal period: ten renewals per lease, so 20 % packet loss almost never expires a live node. */
export const RENEW_EVERY_MS = 250;
