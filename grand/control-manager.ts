/**
 * grand's side of the control channels: one per registered node, opened when the
 * node registers, re-opened with backoff when it is lost, closed when the node's
 * lease ends. Telemetry goes to the monitor; calls go over the node's rpc
 * channel. The lease is independent of the channel: a node can be registered
 * while its channel is being re-established.
 *
 * Here "unreachable" is decided, and only here: a node is gone from the monitor
 * when its lease ends, and has no current state there while its telemetry is
 * silent (nothing for telemetrySilenceLimitMs). A call's reply never feeds the
 * monitor, so a slow or failed call changes nothing about how grand sees the node.
 */
import { type lama, pb } from "../proto/index.ts";
import { every, type Clock, type TimerHandle, ControlOfferer, type ChannelPair, type Logger, ChannelClosedError, RpcClient, backoffDelayMs, type BackoffPolicy, type RpcMethod, type PeerFactory, nativeDataChannel } from "../runtime/wire/index.ts";
import type { RtcConfig } from "node-datachannel";
import type { LookupService } from "./lookup-service.ts";
import type { Monitor } from "./monitor.ts";
import { Histogram, LabelledHistograms, RPC_BUCKETS_S, rpcMethodName, rpcOutcome, SETUP_BUCKETS_S, TelemetryDelay } from "./metrics-histogram.ts";

/** First retry after a lost or failed channel; doubles up to RECONNECT_MAX_MS. */
export const RECONNECT_MIN_MS = 500;
export const RECONNECT_MAX_MS = 10_000;
/**
 * Re-offer backoff, ±20 % spread: after a grand restart or a switch reboot every
 * channel is lost at once, and without spread the re-offers stay in step.
 */
export const RECONNECT_BACKOFF: BackoffPolicy = { initialMs: RECONNECT_MIN_MS, maxMs: RECONNECT_MAX_MS, factor: 2, jitter: 0.2 };
/**
 * A node with no telemetry for this long (or three of its sample periods, if
 * longer) is silent: the monitor stops offering its state and an open channel to
 * it is presumed dead and re-opened.
 */
export const TELEMETRY_SILENCE_MS = 10_000;

/** The silence limit for a node with sample period periodMs (undefined: not learnt yet). */
export function telemetrySilenceLimitMs(periodMs: number | undefined, floorMs = TELEMETRY_SILENCE_MS): number {
  return Math.max(floorMs, 3 * (periodMs ?? 0));
}

/**
 * grand's peer connections with every channel's ICE on one UDP socket at `port`
 * (libjuice's mux mode, libdatachannel's `enableIceUdpMux`).
 *
 * Why: in its default mode libjuice gives each connection a socket, and its one
 * poll thread walks all of them on every wake-up: O(N) per packet, O(N²) per
 * telemetry period, 30 % of a core at 1,000 agents and saturated near 1,800
 * (issue 12). Muxed, one socket is read and each datagram is handed to its
 * connection by ICE username (STUN) or by the peer's address (DTLS after).
 *
 * Nothing about trust changes: the ICE credentials and DTLS fingerprints still
 * travel only in sealed signalling, so a datagram from anyone else at that port
 * fails the STUN integrity check or the DTLS handshake as before.
 *
 * libjuice keeps one mux socket per process, bound by the first connection
 * (a second grand in the same process shares it); `bindAddress` binds it to one
 * address (undefined: all, with a candidate per interface). The per-node
 * address grand's default factory binds to is ignored here: one socket serves all.
 */
export function iceMuxPeers(port: number, bindAddress?: string): PeerFactory {
  return { create: (name) => new (nativeDataChannel().PeerConnection)(name, iceMuxConfig(port, bindAddress)) };
}

/** The configuration of each of iceMuxPeers' connections. */
export function iceMuxConfig(port: number, bindAddress?: string): RtcConfig {
  const config: RtcConfig = {
    // Host candidates only, as for every control channel: no STUN or TURN server is asked.
    iceServers: [],
    enableIceUdpMux: true,
    // libjuice binds the mux to the start of the range; without one it gathers no candidate.
    portRangeBegin: port,
    portRangeEnd: port,
  };
  if (bindAddress) config.bindAddress = bindAddress;
  return config;
}

export type ChannelState = "connecting" | "open" | "waiting";

interface NodeChannel {
  state: ChannelState;
  offerer?: ControlOfferer;
  channels?: ChannelPair;
  rpc?: RpcClient;
  attempts: number;
  opens: number;
  lastSetupMs?: number;
  /** Wall time the channel opened, for people (ChannelInfo.openSinceMs). */
  openedAtMs?: number;
  /** Wall time telemetry last arrived or the channel opened, for people. */
  lastTelemetryAtMs?: number;
  /** Monotonic reading when telemetry last arrived or the channel opened: the silence limit runs from it. */
  telemetryAtMono?: number;
  /** Monotonic reading when telemetry last arrived (not restarted by an open). */
  heardAtMono?: number;
  /** The node's sample period, learnt from its telemetry. */
  periodMs?: number;
  lastError?: string;
  retry?: TimerHandle;
}

export interface ChannelInfo {
  state: ChannelState;
  opens: number;
  attempts: number;
  lastSetupMs?: number;
  openSinceMs?: number;
  lastTelemetryAtMs?: number;
  lastError?: string;
}

/** The node has no open control channel right now. */
export class NotConnectedError extends Error {
  override name = "NotConnectedError";
}

export class ControlManager {
  private readonly nodes = new Map<string, NodeChannel>();
  private stops: (() => void)[] = [];
  readonly setupTimesMs: number[] = [];
  /** Channel set-up times since start, for /metrics (setupTimesMs keeps only the last 1000). */
  readonly setupSeconds = new Histogram(SETUP_BUCKETS_S);
  /** Every call's duration by method and outcome, for /metrics. */
  readonly rpcSeconds = new LabelledHistograms(RPC_BUCKETS_S);
  /** Each telemetry sample's delay from its at_ms to its arrival, for /metrics. */
  readonly telemetryDelay = new TelemetryDelay();

  constructor(private readonly o: {
    service: LookupService;
    monitor: Monitor;
    peers: PeerFactory;
    clock: Clock;
    log: Logger;
    /** Local address to bind ICE to for a node at this address (undefined: any). */
    bindAddressFor: (nodeAddress: string) => string | undefined;
    telemetrySilenceMs?: number;
    /** [0,1) source of the re-offer backoff's spread (default Math.random). */
    random?: () => number;
  }) {}

  start(): void {
    this.o.service.onSignal((id, s) => this.nodes.get(id)?.offerer?.handleSignal(s));
    this.stops.push(this.o.service.events.subscribe((e) => {
      if (e.type === "registered") this.connect(e.serviceId, true);
      else if (e.type === "expired" || e.type === "cancelled") this.drop(e.serviceId);
    }));
    this.stops.push(every(this.o.clock, 1000, () => this.watchdog()));
    // Stryker disable next-line BooleanLiteral: at start no node is known yet, so a fresh and a repeated connect do the same
    for (const lease of this.o.service.leases.list()) this.connect(lease.serviceId, true);
  }

  stop(): void {
    for (const s of this.stops) s();
    this.stops = [];
    for (const id of [...this.nodes.keys()]) this.drop(id);
  }

  /** Calls a method on a node; NotConnectedError when its channel is not open. */
  async call(serviceId: string, method: RpcMethod, deadlineMs: number): Promise<lama.v1.RpcReply> {
    // Timed on the monotonic clock, outcome and all (a refused call too, at about 0 s).
    const t0 = this.o.clock.monotonic();
    const done = (error?: unknown) => this.rpcSeconds.observe({ method: rpcMethodName(method), outcome: rpcOutcome(error) }, (this.o.clock.monotonic() - t0) / 1000);
    const n = this.nodes.get(serviceId);
    if (
      !n?.rpc ||
      // Stryker disable next-line ConditionalExpression: rpc is set only while the channel is open, so the state test never decides alone
      n.state !== "open"
    ) {
      const e = new NotConnectedError(n ? `node '${serviceId}' has no open control channel (${n.state}${n.lastError ? `: ${n.lastError}` : ""}); retry shortly`
        : `node '${serviceId}' is not registered`);
      done(e);
      throw e;
    }
    try {
      const reply = await n.rpc.call(method, deadlineMs);
      done();
      return reply;
    } catch (e) {
      done(e);
      throw e;
    }
  }

  info(serviceId: string): ChannelInfo | undefined {
    const n = this.nodes.get(serviceId);
    if (!n) return undefined;
    return { state: n.state, opens: n.opens, attempts: n.attempts, lastSetupMs: n.lastSetupMs, openSinceMs: n.openedAtMs, lastTelemetryAtMs: n.lastTelemetryAtMs, lastError: n.lastError };
  }

  get openCount(): number {
    let k = 0;
    for (const n of this.nodes.values()) if (n.state === "open") k++;
    return k;
  }

  private connect(serviceId: string, fresh: boolean): void {
    const lease = this.o.service.leases.get(serviceId);
    // Stryker disable next-line ConditionalExpression: connect is reached only for a node that holds a lease (registered event, start, or a retry of a node still in the map)
    if (!lease) return;
    let n = this.nodes.get(serviceId);
    if (n && fresh) this.teardown(n);
    // Stryker disable next-line StringLiteral: the state is set to "connecting" three lines below on every path
    if (!n) this.nodes.set(serviceId, (n = { state: "connecting", attempts: 0, opens: 0 }));
    if (fresh) n.attempts = 0;
    n.attempts++;
    n.state = "connecting";
    const node = n;
    const offerer: ControlOfferer = new ControlOfferer({
      serviceId,
      peers: this.o.peers,
      clock: this.o.clock,
      log: this.o.log,
      bindAddress: this.o.bindAddressFor(lease.endpoint.address),
      send: (signal) => this.o.service.sendSignal(serviceId, signal),
      onOpen: (channels, setupMs) => {
        if (node.offerer !== offerer) return;
        node.state = "open";
        node.channels = channels;
        node.rpc = new RpcClient(channels.rpc, this.o.clock);
        node.opens++;
        node.attempts = 0;
        node.lastSetupMs = setupMs;
        node.openedAtMs = this.o.clock.now();
        node.lastTelemetryAtMs = node.openedAtMs;
        node.telemetryAtMono = this.o.clock.monotonic();
        node.lastError = undefined;
        this.setupTimesMs.push(setupMs);
        this.setupSeconds.observe(setupMs / 1000);
        if (this.setupTimesMs.length > 1000) this.setupTimesMs.shift();
        channels.telemetry.onMessage((bytes) => this.telemetry(serviceId, node, bytes));
        const lost = (why: string) => () => {
          if (
            node.offerer === offerer &&
            // Stryker disable next-line ConditionalExpression: while its offerer is current, a channel whose wire closes was open
            node.state === "open"
          ) this.lost(serviceId, node, why);
        };
        channels.rpc.onClose(lost("rpc channel closed"));
        channels.telemetry.onClose(lost("telemetry channel closed"));
        this.o.log.event("channel-open", { id: serviceId, setupMs, session: offerer.session });
      },
      onFail: (reason) => {
        // Stryker disable next-line ConditionalExpression: ControlOfferer calls onFail at most once and never after close(), and a replaced offerer is always closed
        if (node.offerer === offerer) this.lost(serviceId, node, reason);
      },
    });
    n.offerer = offerer;
    try {
      offerer.start();
    } catch (e) {
      // e.g. the WebRTC addon cannot load here: the node stays registered, the channel retries.
      this.lost(serviceId, node, `cannot create a peer connection: ${(e as Error).message}`);
    }
  }

  private telemetry(serviceId: string, node: NodeChannel, bytes: Uint8Array): void {
    let status: lama.v1.NodeStatus;
    try {
      status = pb.NodeStatus.decode(bytes);
    } catch {
      return; // a bad sample is dropped; the next one will come
    }
    const now = this.o.clock.now();
    this.telemetryDelay.observe(serviceId, Number(status.atMs ?? 0), now);
    node.lastTelemetryAtMs = now;
    node.telemetryAtMono = node.heardAtMono = this.o.clock.monotonic();
    if (status.periodMs) node.periodMs = status.periodMs;
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: telemetry flows only while the lease holds (every lease's end drops the node and closes its channel first), and an agent always registers attributes, whose roles decode as [] when none
    const roles = this.o.service.leases.get(serviceId)?.item.attributes?.roles ?? [];
    this.o.monitor.record(serviceId, roles, status, now);
  }

  private lost(serviceId: string, node: NodeChannel, reason: string): void {
    const wasOpen = node.state === "open";
    this.teardown(node);
    node.state = "waiting";
    node.lastError = reason;
    const delay = backoffDelayMs(node.attempts - 1, RECONNECT_BACKOFF, this.o.random);
    this.o.log.event(wasOpen ? "channel-lost" : "channel-failed", { id: serviceId, reason, retryInMs: delay });
    node.retry = this.o.clock.setTimeout(() => {
      node.retry = undefined;
      // Stryker disable next-line ConditionalExpression: teardown clears a node's retry before it leaves the map, so a retry only fires for the same node
      if (this.nodes.get(serviceId) === node) this.connect(serviceId, false);
    }, delay);
  }

  private watchdog(): void {
    // Silence is measured on the monotonic clock: a wall-clock step neither hides nor invents it.
    const now = this.o.clock.monotonic();
    for (const [id, n] of this.nodes) {
      const limit = telemetrySilenceLimitMs(n.periodMs, this.o.telemetrySilenceMs);
      // Silent whatever the channel's state: a channel that closed and cannot be re-opened sends nothing either.
      // (A node never heard from counts as heard now: it is not silent, and the monitor has nothing of it.)
      if (now - (n.heardAtMono ?? now) > limit && this.o.monitor.markSilent(id)) {
        this.o.log.event("telemetry-silent", { id, limitMs: limit, channel: n.state });
      }
      if (n.state === "open" && now - (n.telemetryAtMono ?? now) > limit) this.lost(id, n, `no telemetry for ${limit} ms`);
    }
  }

  private teardown(n: NodeChannel): void {
    // Stryker disable next-line ConditionalExpression: clearing an undefined timer does nothing
    if (n.retry !== undefined) this.o.clock.clearTimeout(n.retry);
    n.retry = undefined;
    const offerer = n.offerer;
    n.offerer = undefined;
    offerer?.close();
    n.channels?.rpc.close();
    n.channels?.telemetry.close();
    n.channels = undefined;
    n.rpc = undefined;
  }

  private drop(serviceId: string): void {
    const n = this.nodes.get(serviceId);
    // Stryker disable next-line ConditionalExpression: drop runs only for an expired or cancelled lease, whose node the manager always holds
    if (!n) return;
    this.teardown(n);
    this.nodes.delete(serviceId);
    this.telemetryDelay.forget(serviceId);
    this.o.monitor.forget(serviceId, this.o.clock.now());
  }
}

export { ChannelClosedError };
