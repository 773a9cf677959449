/**
 * One node's agent, whole: discovery and lease (LeaseClient), the control channel
 * (ControlAnswerer), the four methods over `rpc` (Status / Start / Stop / Set,
 * acting through the adaptors), and NodeStatus on `telemetry` every sample
 * period. The lease never depends on the channel: a node stays registered while
 * its channel is down, and the channel is re-offered by grand.
 */
import { type lama, pb } from "../proto/index.ts";
import { toRpcError, type AdaptorRegistry } from "../adaptors/index.ts";
import type { LeaseClient } from "./lease-client.ts";
import { every, type Clock, ControlAnswerer, type ChannelPair, localAddressOnSubnet, localIpv4Addresses, type Logger, RpcServer, type PeerFactory } from "./wire/index.ts";
import { fourMethods } from "./methods.ts";

/** Something that produces the node's status when asked (runtime/probes Sampler). */
export interface StatusSampler {
  sample(nowMs: number): lama.v1.INodeStatus;
}

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
  readonly answerer: ControlAnswerer;
  readonly stats = { samples: 0, sampleErrors: 0, telemetrySent: 0, telemetryDropped: 0 };

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
  }

  /** Stops everything: cancels the lease, closes the channel, stops managed programs. */
  async stop(): Promise<void> {
    this.stopSampling?.();
    this.o.agent.stop(true);
    this.closeChannel();
    const outcomes = await this.o.registry.stopAll();
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
    const s = this.sampleNow();
    const t = this.channels?.telemetry;
    if (!s || !t?.open) return;
    if (t.send(pb.NodeStatus.encode(s).finish())) this.stats.telemetrySent++;
    else this.stats.telemetryDropped++;
  }

  private attach(c: ChannelPair): void {
    this.channels = c;
    new RpcServer(c.rpc, fourMethods(this.o.registry, () => this.latest ?? this.sampleNow()), this.o.clock, toRpcError);
    this.o.log.event("channel-open", { grand: this.o.agent.grand?.id });
    // Send the current status at once so grand's monitor need not wait a period.
    if (this.latest) c.telemetry.send(pb.NodeStatus.encode(this.latest).finish());
  }

  private closeChannel(): void {
    this.channels = undefined;
    this.answerer.close();
  }
}
