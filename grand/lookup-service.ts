/**
 * grand's lookup service on the wire: answers announcements, grants and renews
 * leases, expires the silent, and announces itself so agents that started first
 * find it.
 *
 * Packets arrive on the event loop (DatagramTransport); each is opened by the
 * envelope (drops counted there, never answered) and handled without blocking.
 * Expiry runs off the injected clock every SWEEP_MS.
 */
import { pb, type lama } from "../proto/index.ts";
import { every, type Clock, type Envelope, type SealedBody, type SealedMessage, type Logger, type DatagramTransport, type Endpoint, formatEndpoint, withDefaults, checkServiceId, hex32, RENEW_EVERY_MS } from "../runtime/wire/index.ts";
import { DEFAULT_LEASE_POLICY, LeaseTable, type Lease, type LeasePolicy } from "./lease-table.ts";
import { EventLog, matchTemplate, type Template } from "./lookup.ts";

/** How often grand announces itself on the group. */
export const GRAND_ANNOUNCE_MS = 2_000;
/** How often leases are checked for expiry: bounds detection delay past the lease. */
export const SWEEP_MS = 100;
/** A wall-clock change this large between sweeps is a step (announced at once), not drift. */
export const WALL_STEP_MS = 1_000;
/** Packets sealed with a key we do not hold are logged at most this often (the rest are counted). */
export const UNKNOWN_KEY_LOG_MS = 10_000;
/** Another grand still heard is logged again this often (its first announcement at once). */
export const OTHER_GRAND_LOG_MS = 60_000;
/** Another grand not heard for this long is forgotten (30 of its default announcement periods). */
export const OTHER_GRAND_FORGET_MS = 60_000;
/** Other grands remembered at once (least recently heard first out): a forger cannot grow the list. */
export const MAX_OTHER_GRANDS = 16;

/** Another grand heard announcing on our pool key. */
export interface OtherGrand {
  id: string;
  epoch: number;
  /** Where its announcement came from ("198.18.0.3:4161"). */
  address: string;
  /** Signed by our controller key: a second holder of it. false: unsigned or another key (misconfigured, or an impostor). */
  signed: boolean;
  /** Monotonic and wall time of its latest announcement. */
  lastSeenMono: number;
  lastSeenAtMs: number;
  announcements: number;
  /** Monotonic time it was last logged. */
  loggedAt: number;
}

export interface LookupServiceOptions {
  grandId: string;
  /** Changes each start (agents re-register when they see a new one). */
  epoch: number;
  envelope: Envelope;
  transport: DatagramTransport;
  clock: Clock;
  log: Logger;
  policy?: LeasePolicy;
  announceEveryMs?: number;
  sweepMs?: number;
  /** Endpoints advertised in announcements (sent as "198.18.0.1:4161" strings). */
  endpoints?: Endpoint[];
  version?: string;
}

export class LookupService {
  readonly leases: LeaseTable;
  readonly events = new EventLog();
  /** Opens and seals our packets; its drop counters are the pool's intrusion record. */
  readonly envelope: Envelope;
  readonly counters = { announces: 0, registers: 0, repeatedRegisters: 0, renewals: 0, unknownRenewals: 0, cancels: 0, expiries: 0, rejected: 0, otherEpoch: 0, wallSteps: 0, otherGrandAnnounces: 0 };
  /**
   * The pool key each node last sealed with: we answer a node under the key it uses,
   * so during a rotation a node holding only the old or only the new key still joins
   * and keeps its channel (docs/security.md). Entries go with their lease (sweep).
   */
  private readonly nodeKeyIds = new Map<string, number>();
  /** When any other-grand line was last logged: at most one a second, whatever a forger sends. */
  private otherLoggedAt = -Infinity;
  /** Other grands heard, by id and address, least recently heard first. */
  private readonly others = new Map<string, OtherGrand>();
  /** now() - monotonic() when last looked at: a change is a step of our wall clock. */
  private wallOffsetMs: number;
  private stops: (() => void)[] = [];
  /** When an unknown-key packet was last logged, and how many arrived since without a line. */
  private unknownKeyLoggedAt = -Infinity;
  private unknownKeyQuiet = 0;
  private readonly signalHandlers: ((serviceId: string, signal: lama.v1.ISignal) => void)[] = [];
  private readonly o: LookupServiceOptions & { policy: LeasePolicy };
  /** Our endpoints in the wire's string form, formatted once. */
  private readonly advertised: string[];

  constructor(opts: LookupServiceOptions) {
    this.o = withDefaults({ policy: DEFAULT_LEASE_POLICY }, opts);
    this.envelope = opts.envelope;
    this.advertised = (opts.endpoints ?? []).map(formatEndpoint);
    // Lease ids start from the epoch so a restarted grand never accepts an old lease id.
    this.leases = new LeaseTable(this.o.policy, opts.epoch * 1000 + 1);
    this.wallOffsetMs = opts.clock.now() - opts.clock.monotonic();
    opts.transport.onMessage((data, from) => this.receive(data, from));
  }

  /** Control-channel signalling from a registered node. */
  onSignal(handler: (serviceId: string, signal: lama.v1.ISignal) => void): void {
    this.signalHandlers.push(handler);
  }

  /** Sends a signalling message to a registered node; false if it is not registered. */
  sendSignal(serviceId: string, signal: lama.v1.ISignal): boolean {
    const lease = this.leases.get(serviceId);
    if (!lease) return false;
    this.reply({ signal }, lease.endpoint, this.nodeKeyIds.get(serviceId));
    return true;
  }

  start(): void {
    this.announce();
    this.stops.push(every(this.o.clock, this.o.announceEveryMs ?? GRAND_ANNOUNCE_MS, () => this.announce()));
    this.stops.push(every(this.o.clock, this.o.sweepMs ?? SWEEP_MS, () => this.sweep()));
  }

  stop(): void {
    for (const s of this.stops) s();
    this.stops = [];
  }

  /** Registrations matching a template, oldest first. */
  lookup(t: Template = {}): Lease[] {
    return this.leases.list().filter((l) => matchTemplate(l.item, t)).sort((a, b) => a.registeredAtMs - b.registeredAtMs || idOrder(a.serviceId, b.serviceId));
  }

  /** Expires silent leases now; called by the sweep timer. */
  sweep(): void {
    // Leases are on the monotonic clock: a wall-clock step neither expires nor extends one.
    const mono = this.o.clock.monotonic();
    this.noticeWallStep(mono);
    for (const lease of this.leases.expire(mono)) {
      this.nodeKeyIds.delete(lease.serviceId);
      this.counters.expiries++;
      this.o.log.event("expired", { id: lease.serviceId, host: lease.item.attributes?.hostname ?? "", lastRenewalAgoMs: mono - lease.renewedAtMs });
      this.events.publish("expired", lease, this.o.clock.now());
    }
  }

  /**
   * Our wall clock stepped (NTP, an operator): agents judge our packets on it, so
   * those more than the window away now drop them until they follow our new time.
   * Announce at once (sealed, with the next seq) so they follow within a sweep
   * rather than at the next periodic announcement, and say so.
   */
  private noticeWallStep(mono: number): void {
    const offset = this.o.clock.now() - mono;
    const stepMs = offset - this.wallOffsetMs;
    if (Math.abs(stepMs) < WALL_STEP_MS) return;
    this.wallOffsetMs = offset;
    this.counters.wallSteps++;
    this.o.log.event("wall-clock-stepped", { stepMs: Math.round(stepMs) });
    this.announce();
  }

  /**
   * A node sealing with a key we do not hold is misconfigured (or not ours): say so
   * with its address and key id, at most once per UNKNOWN_KEY_LOG_MS, counting the
   * packets in between, so a flood cannot flood the log.
   */
  private reportUnknownKey(from: Endpoint, keyId: number): void {
    const now = this.o.clock.monotonic();
    if (now - this.unknownKeyLoggedAt < UNKNOWN_KEY_LOG_MS) {
      this.unknownKeyQuiet++;
      return;
    }
    this.o.log.event("unknown-key", { from: formatEndpoint(from), keyId: hex32(keyId), unloggedSince: this.unknownKeyQuiet });
    this.unknownKeyLoggedAt = now;
    this.unknownKeyQuiet = 0;
  }

  /** Other grands heard within OTHER_GRAND_FORGET_MS, most recently heard first. */
  otherGrands(): OtherGrand[] {
    const mono = this.o.clock.monotonic();
    for (const [k, g] of this.others) if (mono - g.lastSeenMono > OTHER_GRAND_FORGET_MS) this.others.delete(k);
    return [...this.others.values()].reverse();
  }

  /**
   * Another grand's announcement (or our id under another epoch: a second grand
   * started with our id). Two grands on one pool are safe — agents stay with the
   * grand whose lease they hold — but an operator must know: remembered for the API
   * and /metrics, and logged at once, then every OTHER_GRAND_LOG_MS while heard.
   */
  private noticeOtherGrand(m: SealedMessage, signed: boolean, from: Endpoint): void {
    const a = m.grandAnnounce!;
    // Stryker disable next-line StringLiteral: a decoded string field is never null (protobufjs reads it as "")
    const id = a.grandId ?? "";
    const epoch = Number(a.epoch ?? 0);
    if (id === this.o.grandId && epoch === this.o.epoch) return; // our own, looped back by the group
    this.counters.otherGrandAnnounces++;
    const mono = this.o.clock.monotonic();
    const address = formatEndpoint(from);
    const key = `${id}@${address}`;
    const seen = this.others.get(key);
    const g: OtherGrand = seen ?? { id, epoch, address, signed, lastSeenMono: mono, lastSeenAtMs: 0, announcements: 0, loggedAt: -Infinity };
    Object.assign(g, { epoch, signed, lastSeenMono: mono, lastSeenAtMs: this.o.clock.now(), announcements: g.announcements + 1 });
    this.others.delete(key);
    this.others.set(key, g);
    if (this.others.size > MAX_OTHER_GRANDS) this.others.delete(this.others.keys().next().value as string);
    if (mono - g.loggedAt < OTHER_GRAND_LOG_MS || mono - this.otherLoggedAt < 1_000) return;
    g.loggedAt = mono;
    this.otherLoggedAt = mono;
    this.o.log.event("other-grand", {
      other: id, epoch, at: address, signed, announcements: g.announcements,
      warning: signed
        ? "another grand holding our controller key announces on this pool; agents stay with the grand whose lease they hold, but run one grand per pool"
        : "an announcement under our pool key not signed by our controller key: a misconfigured grand, or an impostor holding the pool key",
    });
  }

  private policyMessage(): lama.v1.ILeasePolicy {
    return { minLeaseMs: this.o.policy.minLeaseMs, maxLeaseMs: this.o.policy.maxLeaseMs, renewEveryMs: RENEW_EVERY_MS };
  }

  private announce(): void {
    this.o.transport.sendGroup(this.o.envelope.seal({
      grandAnnounce: {
        grandId: this.o.grandId,
        epoch: this.o.epoch,
        endpoints: this.advertised,
        policy: this.policyMessage(),
        version: this.o.version ?? "",
      },
    }));
  }

  /** Sends `body` to `to`, under `keyId` when given and still installed (else our sending key). */
  private reply(body: SealedBody, to: Endpoint, keyId?: number): void {
    this.o.transport.sendTo(this.o.envelope.seal(body, keyId), to);
  }

  private receive(data: Uint8Array, from: Endpoint): void {
    const r = this.o.envelope.open(data);
    if (!r.ok) {
      if (r.reason === "unknown-key") this.reportUnknownKey(from, r.keyId ?? 0);
      return;
    }
    const m = r.message;
    // Lease times on the monotonic clock; events carry wall time for people.
    const mono = this.o.clock.monotonic();
    const now = this.o.clock.now();
    const endpoint: Endpoint = { address: from.address, port: from.port };
    switch (m.body) {
      case "announce": {
        this.counters.announces++;
        this.reply({ discovered: { grandId: this.o.grandId, epoch: this.o.epoch, endpoints: this.advertised, policy: this.policyMessage() } }, from, r.keyId);
        return;
      }
      case "register": {
        const req = m.register!;
        const item = req.item;
        const idError = checkServiceId(item?.serviceId ?? "");
        if (!item || idError || item.serviceId !== m.senderId) {
          this.counters.rejected++;
          const error = idError ?? "service id in the item differs from the sender id";
          this.reply({ registerReply: { requestId: req.requestId, status: pb.Status.STATUS_REJECTED, grandId: this.o.grandId, epoch: this.o.epoch, error } }, from, r.keyId);
          return;
        }
        if (Number(req.grandEpoch ?? 0) !== this.o.epoch) {
          // For another grand run: a capture replayed after we restarted (or an agent that has
          // not seen our announcement yet, and will). Nothing is listed and nothing answered,
          // so no channel is opened toward whoever sent it.
          this.counters.otherEpoch++;
          return;
        }
        // Stryker disable next-line StringLiteral: a decoded protobuf string is "" when absent, never undefined
        const bootId = req.bootId ?? "";
        const { lease, previous, repeated } = this.leases.register({ item: item as lama.v1.IServiceItem & { serviceId: string }, requestedMs: req.requestedLeaseMs ?? 0, bootId, endpoint }, mono);
        this.nodeKeyIds.set(lease.serviceId, r.keyId);
        if (repeated) {
          // The registration the node already holds, retransmitted (however late grand reads it):
          // answered again with its lease, and no event, so a join storm's retransmissions
          // neither replace leases nor make grand offer channels again.
          this.counters.repeatedRegisters++;
        } else {
          this.counters.registers++;
          this.o.log.event("registered", {
            id: lease.serviceId,
            host: item.attributes?.hostname ?? "",
            roles: item.attributes?.roles ?? [],
            from: formatEndpoint(endpoint),
            leaseMs: lease.grantedMs,
            rebooted: previous ? previous.bootId !== lease.bootId : undefined,
          });
          this.events.publish("registered", lease, now);
        }
        this.reply({ registerReply: { requestId: req.requestId, status: pb.Status.STATUS_OK, leaseId: lease.leaseId, grantedMs: lease.grantedMs, grandId: this.o.grandId, epoch: this.o.epoch } }, from, r.keyId);
        return;
      }
      case "renew": {
        const req = m.renew!;
        if (req.serviceId !== m.senderId) {
          this.counters.rejected++;
          return;
        }
        const serviceId = m.senderId;
        if (Number(req.grandEpoch ?? 0) !== this.o.epoch) {
          // A lease from another grand run is unknown here (its id could not match anyway).
          this.counters.otherEpoch++;
          this.counters.unknownRenewals++;
          this.reply({ renewReply: { requestId: req.requestId, status: pb.Status.STATUS_UNKNOWN_LEASE, epoch: this.o.epoch } }, from, r.keyId);
          return;
        }
        const out = this.leases.renew(serviceId, Number(req.leaseId ?? 0), req.requestedLeaseMs ?? 0, mono, req.changedAttributes, endpoint);
        if (out.status === "unknown") {
          this.counters.unknownRenewals++;
          this.reply({ renewReply: { requestId: req.requestId, status: pb.Status.STATUS_UNKNOWN_LEASE, epoch: this.o.epoch } }, from, r.keyId);
          return;
        }
        this.counters.renewals++;
        this.nodeKeyIds.set(serviceId, r.keyId);
        if (out.changed) {
          this.o.log.event("renewed-with-changes", { id: serviceId });
          this.events.publish("renewed-with-changes", out.lease, now);
        }
        this.reply({ renewReply: { requestId: req.requestId, status: pb.Status.STATUS_OK, grantedMs: out.lease.grantedMs, epoch: this.o.epoch } }, from, r.keyId);
        return;
      }
      case "cancel": {
        const req = m.cancel!;
        if (req.serviceId !== m.senderId) return;
        const lease = this.leases.cancel(m.senderId, Number(req.leaseId ?? 0));
        if (lease) {
          this.nodeKeyIds.delete(lease.serviceId);
          this.counters.cancels++;
          this.o.log.event("cancelled", { id: lease.serviceId });
          this.events.publish("cancelled", lease, now);
        }
        this.reply({ cancelReply: { requestId: req.requestId, status: lease ? pb.Status.STATUS_OK : pb.Status.STATUS_UNKNOWN_LEASE } }, from, r.keyId);
        return;
      }
      case "grandAnnounce":
        this.noticeOtherGrand(m, r.signed, from);
        return;
      case "signal": {
        // Control-channel signalling is taken only from registered nodes.
        if (!this.leases.get(m.senderId)) return;
        this.nodeKeyIds.set(m.senderId, r.keyId);
        for (const h of this.signalHandlers) h(m.senderId, m.signal!);
        return;
      }
      // Stryker disable next-line ConditionalExpression: dropping this case falls out of the switch, which is the same
      default:
        return; // other grands' announcements, replies: not for us
    }
  }
}

/** Orders two distinct service ids. */
function idOrder(a: string, b: string): number {
  // Stryker disable next-line EqualityOperator: a lease table holds each service id once, so < and <= never differ
  return a < b ? -1 : 1;
}
