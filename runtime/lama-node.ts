/**
 * One node's agent, whole: discovery and lease (LeaseClient), the control channel
 * (ControlAnswerer), the four methods over `rpc` (Status / Start / Stop / Set,
 * acting through the adaptors), and NodeStatus on `telemetry` every sample
 * period. The lease never depends on the channel: a node stays registered while
 * its channel is down, and the channel is re-offered by grand.
 *
 * Telemetry is grand's one source of node state: every NodeStatus carries the
 * adaptors' states as well as the load, and a change of an adaptor's state is
 * sent at once (the latest sample again, with the new states) rather than at the
 * next sample, so grand never needs a Status call to learn what a node runs.
 */
import { type lama, pb } from "../proto/index.ts";
import { toAdaptorStatus, toRpcError, type AdaptorRegistry } from "../adaptors/index.ts";
import type { LeaseClient } from "./lease-client.ts";
import { every, type Clock, ControlAnswerer, type ChannelPair, localAddressOnSubnet, localIpv4Addresses, type Logger, RpcServer, type PeerFactory } from "./wire/index.ts";
import { fourMethods } from "./methods.ts";

/** Something that produces the node's status when asked (runtime/probes Sampler). */
export interface StatusSampler {
  sample(nowMs: number): lama.v1.INodeStatus;
}

/**
 * How often the node looks for adaptor state changes it was not told of (a
 * program that crashed or finished starting on its own). Start, Stop and Set
 * check at once when they finish; this bounds how late any other change reaches
 * grand. Reading the states is cheap (Adaptor.status() is synchronous).
 */
export const ADAPTOR_WATCH_MS = 250;

export interface LamaNodeOptions {
  agent: LeaseClient;
  registry: AdaptorRegistry;
  sampler: StatusSampler;
  samplePeriodMs: number;
  peers: PeerFactory;
  clock: Clock;
  log: Logger;
  /** Address to bind the control channel to; default: ours on grand's network. */
  bindAddress?: () => string | undefined;
}

export class LamaNode {
  private latest: lama.v1.INodeStatus | undefined;
  private channels: ChannelPair | undefined;
  private stopSampling: (() => void) | undefined;
  private stopWatching: (() => void) | undefined;
  /** The adaptor states last put on the wire, to tell a change. */
  private sentAdaptors = "";
  readonly answerer: ControlAnswerer;
  readonly stats = { samples: 0, sampleErrors: 0, telemetrySent: 0, telemetryDropped: 0, adaptorChangesSent: 0 };

  constructor(private readonly o: LamaNodeOptions) {
    this.answerer = new ControlAnswerer({
      peers: o.peers,
      log: o.log,
      bindAddress: o.bindAddress ?? (() => {
        const grand = o.agent.grand?.endpoint.address;
        return grand ? localAddressOnSubnet(localIpv4Addresses(true), grand) : undefined;
      }),
      onChannels: (c) => this.attach(c),
    });
    o.agent.onSignal((signal, reply) => this.answerer.handleSignal(signal, reply));
    o.agent.onStateChange((s) => {
      // Without grand there is nobody to talk to; grand offers again after we re-register.
      if (s === "discovering" || s === "stopped") this.closeChannel();
    });
  }

  start(): void {
    this.o.agent.start();
    this.sampleNow();
    this.stopSampling = every(this.o.clock, this.o.samplePeriodMs, () => this.tick());
    this.stopWatching = every(this.o.clock, ADAPTOR_WATCH_MS, () => this.watchAdaptors());
  }

  /** Stops everything: cancels the lease, closes the channel, stops managed programs. */
  async stop(): Promise<void> {
    this.stopSampling?.();
    this.stopWatching?.();
    this.o.agent.stop(true);
    this.closeChannel();
    const outcomes = await this.o.registry.stopAll();
    // Stryker disable next-line OptionalChaining: an adaptor rejects with an Error, never with null or undefined
    for (const out of outcomes) if ("error" in out) this.o.log.event("adaptor-stop-failed", { adaptor: out.name, error: String((out.error as Error)?.message ?? out.error) });
  }

  /** The latest NodeStatus (the paper's L(t)). */
  get status(): lama.v1.INodeStatus | undefined {
    return this.latest;
  }

  private sampleNow(): lama.v1.INodeStatus | undefined {
    try {
      this.latest = this.o.sampler.sample(this.o.clock.now());
      this.stats.samples++;
    } catch (e) {
      // A probe that cannot read /proc this time must not stop the agent; the next period tries again.
      this.stats.sampleErrors++;
      if (this.stats.sampleErrors <= 3) this.o.log.event("sample-failed", { error: (e as Error).message });
    }
    return this.latest;
  }

  private tick(): void {
    this.sampleNow();
    this.sendTelemetry();
  }

  /** Sends the latest sample with the adaptors' current states; false when there is no open channel. */
  private sendTelemetry(): boolean {
    const t = this.channels?.telemetry;
    if (!t?.open) return false;
    const adaptors = this.o.registry.statusAll().map(toAdaptorStatus);
    // Without a sample yet (the probes failed) the states still go out, unstamped and without load.
    const status: lama.v1.INodeStatus = { ...(this.latest ?? { serviceId: this.o.agent.serviceId }), adaptors };
    if (!t.send(pb.NodeStatus.encode(status).finish())) {
      this.stats.telemetryDropped++;
      return false;
    }
    this.stats.telemetrySent++;
    this.sentAdaptors = adaptorsKey(adaptors);
    return true;
  }

  /** Sends telemetry at once when an adaptor's state differs from what was last sent. */
  private watchAdaptors(): void {
    if (adaptorsKey(this.o.registry.statusAll().map(toAdaptorStatus)) === this.sentAdaptors) return;
    if (this.sendTelemetry()) this.stats.adaptorChangesSent++;
  }

  private attach(c: ChannelPair): void {
    this.channels = c;
    const methods = fourMethods(this.o.registry, () => this.latest ?? this.sampleNow());
    // A Start, Stop or Set changes adaptor states: tell grand before the reply, not at the next watch.
    new RpcServer(c.rpc, (req) => methods(req).finally(() => this.watchAdaptors()), this.o.clock, toRpcError);
    this.o.log.event("channel-open", { grand: this.o.agent.grand?.id });
    // Send the current status at once so grand's monitor need not wait a period.
    this.sendTelemetry();
  }

  private closeChannel(): void {
    this.channels = undefined;
    this.answerer.close();
  }
}

/** What identifies a change worth sending at once: each adaptor's name, state and restart count. */
function adaptorsKey(adaptors: lama.v1.IAdaptorStatus[]): string {
  // Stryker disable next-line StringLiteral: the adaptors (names and order) are fixed for the agent's life, so the text changes exactly when a state or restart count does, with or without a separator
  return adaptors.map((a) => `${a.name}=${a.state}/${a.restarts ?? 0}`).join(",");
}
