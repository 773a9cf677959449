/**
 * The lease timing both sides agree on. The agent asks for LEASE_MS, renews
 * every RENEW_EVERY_MS, and sends an unanswered renewal again every
 * RENEW_RETRY_MS until grand answers; grand suggests the same renewal period in
 * every registration reply, so an agent started with other flags learns the pool's.
 *
 * Why these numbers (issue 12): a lease ends LEASE_MS after the last renewal grand
 * received, so crash detection stays ≈ 2.5 s whatever the renewal rate. With an
 * answer every second, an agent sends 1 renewal/s (4/s before). When one is not
 * answered, its retries every 150 ms put ten tries between the period (1 s) and
 * the lease's end (2.5 s): grand must miss all ten for a live node to expire,
 * 0.2^10 ≈ 1e-7 per second at 20 % loss each way — as unlikely as the ten
 * renewals per lease of the old 250 ms period, at a quarter of the packets
 * when nothing is lost. A grand slower to answer than the retry gets three of
 * its smoothed round trips per try instead (lease-client.ts), so a loaded grand
 * is not sent more tries just when it falls behind.
 */

/** Lease an agent asks for: a crashed node is gone about this long after its last renewal. */
export const LEASE_MS = 2_500;
/** Renewal period while renewals are answered: 1 renewal/s, 2.5 per lease. */
export const RENEW_EVERY_MS = 1_000;
/** An unanswered renewal is sent again this often: ten tries fit between the period and the lease's end. */
export const RENEW_RETRY_MS = 150;
