/**
 * The agent's discovery and lease client: find grand, register, stay registered.
 *
 *   discovering --(GrandAnnounce | Discovered)--> registering --(RegisterReply OK)--> registered
 *        ^                                            |   ^                              |
 *        +------------- no reply for grandLostMs -----+   +-- RenewReply UNKNOWN_LEASE --+
 *        +------------- no reply for grandLostMs ----------------------------------------+
 *
 * In `discovering` the agent announces on the pool group (and to every configured
 * grand address) with backoff. In `registered` it renews every renewEveryMs while
 * grand answers, and sends an unanswered renewal again every renewRetryMs until an
 * answer comes; grand extends the lease on every renewal it receives, so a lease
 * survives losing all but one of the tries in leaseMs (see wire/lease-timing.ts). A grand that comes back with a new epoch is noticed
 * from its announcement or from UNKNOWN_LEASE, and the agent registers again under
 * the same service id. Another grand's announcements (a second grand on the pool)
 * change nothing while ours answers: the agent stays with the grand whose lease it
 * holds, and finds another only through discovery after losing it.
 *
 * Everything runs on the event loop off one Clock; nothing here blocks. Silence,
 * retries and renewals are measured on its monotonic reading; wall time only
 * dates our packets (the envelope) and is compared with grand's.
 */
import { pb, type lama } from "../proto/index.ts";
import { ANNOUNCE_BACKOFF, backoffDelayMs, type BackoffPolicy, type Clock, type TimerHandle, withDefaults, type Envelope, type SealedMessage, type Logger, type DatagramTransport, type Endpoint, formatEndpoint, sameEndpoint, attributesKey, LEASE_MS, RENEW_EVERY_MS, RENEW_RETRY_MS } from "./wire/index.ts";

/** Retry period for Register while no reply has come. */
export const REGISTER_RETRY_MS = 250;
/** No reply from grand for this long: go back to discovery. */
export const GRAND_LOST_MS = 5_000;
/** Discovery this long without an answer is reported, and again every NO_ANSWER_REPEAT_MS. */
export const NO_ANSWER_WARN_MS = 10_000;
const NO_ANSWER_REPEAT_MS = 60_000;
/**
 * The longest random wait before a re-registration's first Register (startNode's
 * setting; 0 in the class). grand's new epoch reaches every agent in one group
 * announcement, and a grand stall that ends many leases answers their renewals
 * UNKNOWN_LEASE in one burst: without a spread every agent registers again in
 * the same tick (5,000 Registers at once). 1 s spreads 5,000 agents to about 500
 * per grand sweep (100 ms) and keeps the gap well inside one 2.5 s lease. A
 * node's first registration does not wait (nothing synchronises first boots).
 */
export const REGISTER_JITTER_MS = 1_000;
/** How often attributes (addresses, …) are re-read for changes. */
export const ATTRIBUTE_REFRESH_MS = 5_000;

/** Bodies only a grand sends. */
const GRAND_BODIES = new Set(["grandAnnounce", "discovered", "registerReply", "renewReply", "cancelReply", "signal"]);

export type LeaseClientState = "discovering" | "registering" | "registered" | "stopped";

export interface LeaseClientOptions {
  item: lama.v1.IServiceItem & { serviceId: string };
  bootId: string;
  envelope: Envelope;
  transport: DatagramTransport;
  clock: Clock;
  log: Logger;
  /** Grand addresses for unicast discovery, where multicast does not reach. */
  grands?: Endpoint[];
  /** Whether to announce on the multicast group (false: unicast only). */
  multicast?: boolean;
  leaseMs?: number;
  renewEveryMs?: number;
  /** An unanswered renewal is sent again this often (at most the renewal period). */
  renewRetryMs?: number;
  registerRetryMs?: number;
  /** A re-registration's first Register waits a random [0, this) ms (REGISTER_JITTER_MS). */
  registerJitterMs?: number;
  grandLostMs?: number;
  backoff?: BackoffPolicy;
  random?: () => number;
  /** Re-reads the attributes; a change is sent with the next renewal. */
  refreshAttributes?: () => lama.v1.IAttributes;
  attributeRefreshMs?: number;
}

/** Where a grand packet stands in its sender's order: its epoch, then its count in that epoch. */
export interface GrandOrder {
  epoch: number;
  seq: number;
}

/** Whether `a` comes after `b` in (epoch, seq) order. */
export function isLater(a: GrandOrder, b: GrandOrder): boolean {
  return a.epoch > b.epoch || (a.epoch === b.epoch && a.seq > b.seq);
}

function orderOf(m: SealedMessage): GrandOrder {
  return { epoch: Number(m.epoch ?? 0), seq: Number(m.seq ?? 0) };
}

/**
 * The endpoint to register with: the packet's source when grand advertises it or
 * when it is a grand address the operator configured (reached through NAT or a
 * port forward, grand cannot know it), else the first endpoint grand advertises;
 * the source only when grand advertises none (a grand with no interface configured).
 */
// Stryker disable next-line ArrayDeclaration: equivalent, a string in place of an endpoint matches no source
export function grandEndpoint(advertised: string[], from: Endpoint, configured: Endpoint[] = []): Endpoint {
  if (configured.some((e) => sameEndpoint(e, from))) return from;
  const parsed = advertised.map(parseAdvertised).filter((e): e is Endpoint => e !== undefined);
  return parsed.find((e) => sameEndpoint(e, from)) ?? parsed[0] ?? from;
}

/** "198.18.0.1:4161" → endpoint; anything else → undefined (ignored). */
function parseAdvertised(text: string): Endpoint | undefined {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 65_535 || m[1]!.split(".").some((o) => Number(o) > 255)) return undefined;
  return { address: m[1]!, port: Number(m[2]) };
}

export interface GrandInfo {
  id: string;
  epoch: number;
  endpoint: Endpoint;
}

export class LeaseClient {
  state: LeaseClientState = "stopped";
  grand: GrandInfo | undefined;
  leaseId = 0;
  grantedMs = 0;
  readonly stats = { announces: 0, registers: 0, renewals: 0, renewReplies: 0, registrations: 0, grandLost: 0, otherGrandSeen: 0 };
  private attempt = 0;
  private timer: TimerHandle | undefined;
  private attrTimer: TimerHandle | undefined;
  private lastReplyAt = 0;
  /** Latest grand packet in (epoch, seq) order seen authentic (fresh or adopted). */
  private latestGrand: GrandOrder = { epoch: 0, seq: 0 };
  /** Renew replies to requests older than this belong to an earlier registration. */
  private renewFloorId = 0;
  /** When the current renewal round began (monotonic): the next starts renewPeriod() after it. */
  private roundAt = 0;
  /** First request id of the current round: an answer to it or a later one ends the round. */
  private roundFirstId = 0;
  /** Whether the current round has been answered (then no retry until the next round). */
  // Stryker disable next-line BooleanLiteral: equivalent, read only while registered, and the registration sets it first
  private roundAnswered = true;
  /** When each try of the current round was sent (monotonic), by request id: each answer times its own try. */
  private readonly roundSends = new Map<number, number>();
  /** Smoothed round trip of renewals (ms); undefined until one is answered. */
  srttMs: number | undefined;
  /** First renewal that carried the pending attributes (0: none yet). */
  private attrsRequestId = 0;
  private nextNoAnswerWarnMs = NO_ANSWER_WARN_MS;
  private enteredAt = 0;
  private requestId = 0;
  private pendingRegister = 0;
  /**
   * First request id of this registration's Registers: grand answers every copy with the
   * one lease, so an answer to any of them is taken (when grand answers more slowly than
   * registerRetryMs, the answer to the latest copy alone may never come back in time).
   */
  private registerFloorId = 0;
  private attributes: lama.v1.IAttributes;
  private sentAttributes: string;
  private pendingAttributes: lama.v1.IAttributes | undefined;
  private readonly listeners: ((s: LeaseClientState) => void)[] = [];
  private readonly signalHandlers: ((signal: lama.v1.ISignal, reply: (signal: lama.v1.ISignal) => void) => void)[] = [];
  private readonly o: Required<Omit<LeaseClientOptions, "refreshAttributes" | "grands">> & Pick<LeaseClientOptions, "refreshAttributes" | "grands">;

  constructor(opts: LeaseClientOptions) {
    this.o = withDefaults({
      multicast: true,
      leaseMs: LEASE_MS,
      renewEveryMs: RENEW_EVERY_MS,
      renewRetryMs: RENEW_RETRY_MS,
      registerRetryMs: REGISTER_RETRY_MS,
      registerJitterMs: 0,
      grandLostMs: GRAND_LOST_MS,
      backoff: ANNOUNCE_BACKOFF,
      random: Math.random,
      attributeRefreshMs: ATTRIBUTE_REFRESH_MS,
    }, opts);
    this.attributes = opts.item.attributes ?? {};
    this.sentAttributes = attributesKey(this.attributes);
    opts.transport.onMessage((data, from) => this.receive(data, from));
  }

  /** How far grand's clock is from ours, as adopted from its announcements (0 when within the window). */
  get clockOffsetMs(): number {
    return this.o.envelope.clockOffsetMs;
  }

  get serviceId(): string {
    return this.o.item.serviceId;
  }

  /** Starts discovery. */
  start(): void {
    if (this.state !== "stopped") return;
    this.enterDiscovering("start");
    if (this.o.refreshAttributes) this.scheduleAttributeRefresh();
  }

  /** Stops; with cancel, tells grand to drop the registration now rather than on expiry. */
  stop(cancel = true): void {
    if (cancel && this.state === "registered" && this.grand) {
      this.send({ cancel: { requestId: this.nextRequestId(), serviceId: this.serviceId, leaseId: this.leaseId } }, this.grand.endpoint);
    }
    this.clearTimer();
    // Stryker disable next-line ConditionalExpression: equivalent, clearTimeout(undefined) does nothing on either clock
    if (this.attrTimer !== undefined) this.o.clock.clearTimeout(this.attrTimer);
    this.setState("stopped");
  }

  /** Control-channel signalling from our grand; `reply` sends a Signal back to it. */
  onSignal(handler: (signal: lama.v1.ISignal, reply: (signal: lama.v1.ISignal) => void) => void): void {
    this.signalHandlers.push(handler);
  }

  onStateChange(fn: (s: LeaseClientState) => void): void {
    this.listeners.push(fn);
  }

  private receive(data: Uint8Array, from: Endpoint): void {
    if (this.state === "stopped") return;
    const r = this.o.envelope.open(data);
    if (!r.ok) {
      if (r.outOfWindow) this.maybeAdoptGrandClock(r.outOfWindow);
      return;
    }
    const m = r.message;
    const order = orderOf(m);
    // Whether this packet comes later in grand's (epoch, seq) order than any seen. Once we
    // hold a grand only its packets count: another grand's later epoch must not hide ours.
    const later = isLater(order, this.latestGrand) && (!this.grand || m.senderId === this.grand.id);
    // Stryker disable next-line StringLiteral: equivalent, an opened message always has a body (the envelope drops it as "empty")
    if (GRAND_BODIES.has(m.body ?? "") && later) this.latestGrand = order;
    switch (m.body) {
      case "grandAnnounce":
        // Stryker disable next-line StringLiteral,ArrayDeclaration: equivalent, a decoded string field is never null (protobufjs reads it as ""), nor a repeated one (as [])
        return this.onGrandSeen(m.grandAnnounce!.grandId ?? "", Number(m.grandAnnounce!.epoch ?? 0), from, m.grandAnnounce!.endpoints ?? [], later);
      case "discovered":
        // Stryker disable next-line StringLiteral,ArrayDeclaration: equivalent, a decoded string field is never null (protobufjs reads it as ""), nor a repeated one (as [])
        return this.onGrandSeen(m.discovered!.grandId ?? "", Number(m.discovered!.epoch ?? 0), from, m.discovered!.endpoints ?? [], later);
      case "registerReply":
        return this.onRegisterReply(m.registerReply!, order);
      case "renewReply":
        return this.onRenewReply(m.renewReply!);
      case "signal":
        // Control-channel signalling is accepted from our grand only.
        if (this.grand && m.senderId === this.grand.id) {
          const to = this.grand.endpoint;
          for (const h of this.signalHandlers) h(m.signal!, (signal) => this.send({ signal }, to));
        }
        return;
      // Stryker disable next-line ConditionalExpression: equivalent, the default case only returns at the end of the function
      default:
        return; // announcements of other agents, cancel replies: nothing to do
    }
  }

  /**
   * Our clock is off by more than the freshness window if grand's authentic
   * packets arrive "stale" or "future": a node without a battery-backed clock,
   * one whose clock was stepped, or a grand whose clock was. Adopt grand's time
   * as an offset so our packets are fresh on grand's clock — while discovering
   * from any grand's announcement, otherwise only from our grand. Only a packet
   * later in grand's (epoch, seq) order than any seen before is taken, whatever
   * time it carries: grand's clock may have stepped back, and it is followed at
   * once; a capture (an earlier seq) can never move the clock.
   */
  private maybeAdoptGrandClock(m: SealedMessage): void {
    const discovering = this.state === "discovering" && (m.body === "grandAnnounce" || m.body === "discovered");
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent, only discovering has no grand (enterDiscovering clears it), so either of these two tests decides alone
    const ourGrand = this.state !== "discovering" && this.grand !== undefined &&
      // Stryker disable next-line StringLiteral: equivalent, an opened message always has a body (the envelope drops it as "empty")
      m.senderId === this.grand.id && GRAND_BODIES.has(m.body ?? "");
    if (!discovering && !ourGrand) return;
    const order = orderOf(m);
    if (!isLater(order, this.latestGrand)) return;
    this.latestGrand = order;
    const offset = Number(m.sentAtMs) - this.o.clock.now();
    this.o.envelope.clockOffsetMs = offset;
    this.o.log.event("clock-adjusted", { grand: m.senderId, offsetMs: offset, epoch: order.epoch, seq: order.seq });
    if (discovering) {
      // Announce again at once, now on grand's time.
      this.attempt = 0;
      // Stryker disable next-line CallExpression: equivalent, announceTick's schedule() clears the timer as well
      this.clearTimer();
      this.announceTick();
    }
  }

  /**
   * A grand's announcement or answer to ours. We go to an endpoint it advertises
   * (sealed), never merely to where the packet came from: a replayed capture
   * comes from the replayer. Once we hold a grand, a packet earlier in grand's
   * (epoch, seq) order than one seen changes nothing.
   */
  private onGrandSeen(id: string, epoch: number, from: Endpoint, advertised: string[], later: boolean): void {
    const endpoint = grandEndpoint(advertised, from, this.o.grands);
    if (this.state === "discovering") {
      // A fresh packet never seen before is taken even if earlier in the order: a grand
      // restarted with its wall clock stepped back has a lower epoch.
      this.grand = { id, epoch, endpoint };
      this.o.log.event("grand-found", { grand: id, at: formatEndpoint(endpoint), epoch });
      this.enterRegistering();
      return;
    }
    // Stryker disable next-line ConditionalExpression: unreachable, receive() drops packets while stopped, and registering and registered always have a grand
    if (!this.grand) return;
    if (id !== this.grand.id) {
      // Another grand on the pool: we stay with the one whose lease we hold (or are asking
      // for) while it answers, and go to another only through discovery, once ours is lost.
      this.stats.otherGrandSeen++;
      return;
    }
    if (!later) return;
    if (epoch === this.grand.epoch) {
      this.grand.endpoint = endpoint;
    } else if (this.state === "registered") {
      // grand restarted (new epoch): our lease is gone there; register again.
      this.grand = { id, epoch, endpoint };
      this.o.log.event("grand-restarted", { grand: id, epoch });
      this.enterRegistering();
    } else {
      // Registering with an epoch grand no longer has (it refuses those): follow it.
      this.grand = { id, epoch, endpoint };
    }
  }

  private onRegisterReply(reply: lama.v1.IRegisterReply, order: GrandOrder): void {
    const id = reply.requestId ?? 0;
    if (this.state !== "registering" || id < this.registerFloorId || id > this.pendingRegister) return;
    if (reply.status !== pb.Status.STATUS_OK) {
      this.o.log.event("register-refused", { grand: reply.grandId, error: reply.error });
      return;
    }
    this.leaseId = Number(reply.leaseId);
    this.grantedMs = reply.grantedMs ?? 0;
    // Stryker disable next-line StringLiteral: equivalent, a decoded string field is never null (protobufjs reads it as "")
    this.grand = { id: reply.grandId ?? "", epoch: Number(reply.epoch), endpoint: this.grand!.endpoint };
    // The grand that answered our own request now is the one whose order counts, even if a
    // grand seen before had a higher epoch (this one restarted with its clock behind).
    // (Within one epoch receive() has already kept the later of the two.)
    if (order.epoch !== this.latestGrand.epoch) this.latestGrand = order;
    this.lastReplyAt = this.o.clock.monotonic();
    this.stats.registrations++;
    this.renewFloorId = this.requestId + 1;
    this.o.log.event("registered", { id: this.serviceId, grand: reply.grandId, lease: this.leaseId, grantedMs: this.grantedMs });
    this.setState("registered");
    // The registration is the first round, answered.
    this.roundAt = this.lastReplyAt;
    // Stryker disable next-line BooleanLiteral: equivalent, the first renewal comes exactly renewPeriod() after roundAt, which begins a new round answered or not
    this.roundAnswered = true;
    this.schedule(this.renewPeriod(), () => this.renewTick());
  }

  private onRenewReply(reply: lama.v1.IRenewReply): void {
    const id = reply.requestId ?? 0;
    if (this.state !== "registered" || id < this.renewFloorId) return; // late reply to an earlier registration
    this.lastReplyAt = this.o.clock.monotonic();
    this.stats.renewReplies++;
    if (reply.status === pb.Status.STATUS_UNKNOWN_LEASE) {
      // Stryker disable next-line OptionalChaining: equivalent, registered always has a grand
      this.o.log.event("lease-unknown", { id: this.serviceId, grand: this.grand?.id });
      // Register for the epoch grand says it is in (it refuses a Register for another).
      // (An absent uint64 decodes as a Long zero, which is truthy: compare the number.)
      if (Number(reply.epoch) !== 0) this.grand!.epoch = Number(reply.epoch);
      this.enterRegistering();
    } else if (reply.status === pb.Status.STATUS_OK) {
      this.grantedMs = reply.grantedMs ?? 0;
      const sentAt = this.roundSends.get(id);
      if (sentAt !== undefined) {
        const sample = this.o.clock.monotonic() - sentAt;
        this.srttMs = this.srttMs === undefined ? sample : this.srttMs + (sample - this.srttMs) / 8;
      }
      if (!this.roundAnswered && id >= this.roundFirstId) {
        // Answered: no more tries this round; the next round starts a period after this one began.
        // Stryker disable next-line BooleanLiteral: equivalent, another answer in this round would plan the same next round (grand grants every try of a round the same lease: a function of the lease asked for and its fixed policy)
        this.roundAnswered = true;
        this.schedule(Math.max(0, this.roundAt + this.renewPeriod() - this.o.clock.monotonic()), () => this.renewTick());
      }
      // Grand has the new attributes only once it answers a renewal that carried them.
      if (this.pendingAttributes && this.attrsRequestId !== 0 && id >= this.attrsRequestId) {
        this.sentAttributes = attributesKey(this.pendingAttributes);
        this.pendingAttributes = undefined;
        this.attrsRequestId = 0;
      }
    }
  }

  private enterDiscovering(reason: string): void {
    this.attempt = 0;
    this.grand = undefined;
    this.leaseId = 0;
    this.enteredAt = this.o.clock.monotonic();
    this.nextNoAnswerWarnMs = NO_ANSWER_WARN_MS;
    this.setState("discovering");
    this.o.log.event("discovering", { id: this.serviceId, reason });
    this.announceTick();
  }

  private announceTick(): void {
    const waited = this.o.clock.monotonic() - this.enteredAt;
    if (waited >= this.nextNoAnswerWarnMs) {
      this.nextNoAnswerWarnMs += this.nextNoAnswerWarnMs === NO_ANSWER_WARN_MS ? NO_ANSWER_REPEAT_MS - NO_ANSWER_WARN_MS : NO_ANSWER_REPEAT_MS;
      this.o.log.event("no-grand-answer", {
        id: this.serviceId,
        waitedS: Math.round(waited / 1000),
        hint: "check that grand runs on this network, that multicast reaches it (or give --grand HOST:PORT), and that both use the same pool key",
      });
    }
    const announce = { announce: { item: this.currentItem(), attempt: this.attempt } };
    if (this.o.multicast) this.o.transport.sendGroup(this.o.envelope.seal(announce));
    for (const g of this.o.grands ?? []) this.o.transport.sendTo(this.o.envelope.seal(announce), g);
    this.stats.announces++;
    const delay = backoffDelayMs(this.attempt, this.o.backoff, this.o.random);
    this.attempt++;
    this.schedule(delay, () => this.announceTick());
  }

  private enterRegistering(): void {
    this.enteredAt = this.o.clock.monotonic();
    this.setState("registering");
    // A late reply to an earlier registration's Register must not be taken for this one's.
    this.registerFloorId = this.requestId + 1;
    const waitMs = this.stats.registrations > 0 ? Math.floor(this.o.random() * this.o.registerJitterMs) : 0;
    if (waitMs === 0) return this.registerTick();
    this.schedule(waitMs, () => this.registerTick());
  }

  private registerTick(): void {
    // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, registering and registered always have a grand (set before entering, cleared only with the timer)
    if (!this.grand) return this.enterDiscovering("no grand");
    if (this.o.clock.monotonic() - this.enteredAt > this.o.grandLostMs) {
      this.stats.grandLost++;
      this.o.log.event("grand-lost", { grand: this.grand.id, while: "registering" });
      return this.enterDiscovering("grand did not answer registration");
    }
    this.pendingRegister = this.nextRequestId();
    this.pendingAttributes = undefined;
    this.attrsRequestId = 0;
    this.sentAttributes = attributesKey(this.attributes);
    this.send({
      register: {
        requestId: this.pendingRegister,
        item: this.currentItem(),
        requestedLeaseMs: this.o.leaseMs,
        bootId: this.o.bootId,
        grandEpoch: this.grand.epoch,
      },
    }, this.grand.endpoint);
    this.stats.registers++;
    this.schedule(this.o.registerRetryMs, () => this.registerTick());
  }

  private renewTick(): void {
    // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, registering and registered always have a grand (set before entering, cleared only with the timer)
    if (!this.grand) return this.enterDiscovering("no grand");
    // Silence is judged against the lease too: with a long lease and slow
    // renewals, a few missed replies are normal and the lease still holds.
    const limit = Math.max(this.o.grandLostMs, this.grantedMs || this.o.leaseMs, 3 * this.renewPeriod());
    if (this.o.clock.monotonic() - this.lastReplyAt > limit) {
      this.stats.grandLost++;
      this.o.log.event("grand-lost", { grand: this.grand.id, while: "registered" });
      return this.enterDiscovering("grand stopped answering renewals");
    }
    const requestId = this.nextRequestId();
    const now = this.o.clock.monotonic();
    // A new round after an answered one, or when a whole period passed unanswered; else a retry of this round.
    if (this.roundAnswered || now - this.roundAt >= this.renewPeriod()) {
      this.roundAt = now;
      this.roundFirstId = requestId;
      this.roundAnswered = false;
      this.roundSends.clear();
    }
    this.roundSends.set(requestId, now);
    if (this.pendingAttributes && this.attrsRequestId === 0) this.attrsRequestId = requestId;
    this.send({
      renew: {
        requestId,
        serviceId: this.serviceId,
        leaseId: this.leaseId,
        requestedLeaseMs: this.o.leaseMs,
        changedAttributes: this.pendingAttributes ?? null,
        grandEpoch: this.grand.epoch,
      },
    }, this.grand.endpoint);
    this.stats.renewals++;
    // Until an answer comes (onRenewReply moves this timer to the next round).
    this.schedule(this.renewRetry(), () => this.renewTick());
  }

  /** The lease that counts: granted, else asked for. */
  private lease(): number {
    return this.grantedMs || this.o.leaseMs;
  }

  private renewPeriod(): number {
    // At most 2/5 of the lease: the round after an answered one begins with 3/5 of it left for retries.
    return Math.max(10, Math.min(this.o.renewEveryMs, Math.floor((this.lease() * 2) / 5)));
  }

  /**
   * How long a try waits for its answer: renewRetryMs, or three smoothed round
   * trips when grand answers more slowly than that (a loaded grand is not sent
   * more tries than it can answer: at 5,000 agents a fixed 150 ms would multiply
   * its load just when it falls behind); never longer than the period.
   */
  private renewRetry(): number {
    return Math.min(this.renewPeriod(), Math.max(this.o.renewRetryMs, Math.ceil(3 * (this.srttMs ?? 0))));
  }

  private scheduleAttributeRefresh(): void {
    this.attrTimer = this.o.clock.setTimeout(() => {
      const fresh = this.o.refreshAttributes!();
      if (attributesKey(fresh) !== attributesKey(this.attributes)) {
        this.attributes = fresh;
        this.o.log.event("attributes-changed", { id: this.serviceId });
      }
      // Queued in every state: a Register clears the queue and carries them itself,
      // but one already sent and answered after this re-read does not have them.
      if (attributesKey(this.attributes) !== this.sentAttributes && this.pendingAttributes !== this.attributes) {
        this.pendingAttributes = this.attributes;
        this.attrsRequestId = 0; // the newest attributes must be acknowledged themselves
      }
      this.scheduleAttributeRefresh();
    }, this.o.attributeRefreshMs);
  }

  private currentItem(): lama.v1.IServiceItem {
    return { serviceId: this.serviceId, attributes: this.attributes };
  }

  private send(body: Parameters<Envelope["seal"]>[0], to: Endpoint): void {
    this.o.transport.sendTo(this.o.envelope.seal(body), to);
  }

  private nextRequestId(): number {
    this.requestId = (this.requestId + 1) >>> 0 || 1;
    return this.requestId;
  }

  private schedule(ms: number, fn: () => void): void {
    this.clearTimer();
    this.timer = this.o.clock.setTimeout(fn, ms);
  }

  private clearTimer(): void {
    // Stryker disable next-line ConditionalExpression: equivalent, clearTimeout(undefined) does nothing on either clock
    if (this.timer !== undefined) this.o.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private setState(s: LeaseClientState): void {
    if (s === this.state) return;
    this.state = s;
    for (const l of this.listeners) l(s);
  }
}

