/**
 * grand with its control channels, monitor and reallocator, and nodes with
 * adaptors, in one process: the in-memory network and peer factory, driven by a
 * fake clock. grand and each node are assembled by the same code as the binaries
 * (`startGrandNow` / `startNodeNow`); only the seams differ. Where `World` is a
 * lookup-only pool for lease tests, this one carries telemetry and calls.
 */
import { grandConfig, startGrandNow, type GrandConfig, type RunningGrand } from "../../grand/index.ts";
import type { lama } from "../../proto/index.ts";
import { lamaConfig, startNodeNow, type RunningNode, type StatusSampler } from "../../runtime/index.ts";
import { AdaptorRegistry } from "../../adaptors/index.ts";
import { FakeClock, Keyring, loadSodium, memoryLogger, MemoryNetwork, MemoryPeers, type PeerFactory } from "../../runtime/wire/index.ts";
import { KEY, seeded } from "./world.ts";

const sodium = await loadSodium();
const GRAND_ADDR = "198.18.0.1";

export class LivePool {
  readonly clock = new FakeClock();
  readonly net = new MemoryNetwork(seeded(1));
  readonly peers = new MemoryPeers();
  readonly grandLog = memoryLogger();
  grand!: RunningGrand;
  readonly nodes = new Map<string, RunningNode>();

  /**
   * Starts grand with control channels through `peers` (and the config's pools,
   * if any); with `peers` null, a lookup-only grand for a test that runs its own
   * control manager.
   */
  startGrand(config: Partial<GrandConfig> = {}, peers: PeerFactory | null = this.peers): RunningGrand {
    const transport = this.net.attach(GRAND_ADDR, 4161);
    this.grand = startGrandNow(grandConfig({ id: "grand-test", interfaces: [], http: null, ...config }), { sodium, keyring: new Keyring(sodium, [KEY]), transport }, {
      clock: this.clock,
      log: this.grandLog,
      peers,
      epoch: 1,
    });
    return this.grand;
  }

  /** Starts a node with role "web" that samples every `sampleMs` with `sampler` and runs `registry`'s adaptors. */
  addNode(id: string, opts: { registry?: AdaptorRegistry; sampler?: StatusSampler; sampleMs?: number } = {}): RunningNode {
    const transport = this.net.attach(`198.18.0.${10 + this.nodes.size}`, 0);
    const sampleMs = opts.sampleMs ?? 2000;
    const node = startNodeNow(lamaConfig({ serviceId: id, roles: ["web"], sampleMs }), { sodium, keyring: new Keyring(sodium, [KEY]), transport }, {
      clock: this.clock,
      log: memoryLogger(),
      peers: this.peers,
      registry: opts.registry ?? new AdaptorRegistry(),
      sampler: opts.sampler ?? { sample: (now): lama.v1.INodeStatus => ({ serviceId: id, atMs: now, periodMs: sampleMs }) },
      attributes: () => ({ hostname: `host-${id}`, roles: ["web"] }),
      bindAddress: () => undefined,
      random: seeded(this.nodes.size + 7),
      bootId: `boot-${id}`,
    });
    this.nodes.set(id, node);
    return node;
  }

  /** The registered service ids, sorted. */
  ids(): string[] {
    return this.grand.service.lookup().map((l) => l.serviceId).sort();
  }

  /** Advances time in small steps, letting datagrams and channel messages arrive between steps. */
  async run(ms: number, stepMs = 10): Promise<void> {
    for (let t = 0; t < ms; t += stepMs) {
      this.clock.advance(Math.min(stepMs, ms - t));
      await new Promise<void>((r) => setImmediate(r));
    }
  }

  /** Stops every node, then grand. */
  async stop(): Promise<void> {
    const stopping = [...this.nodes.values()].map((n) => n.stop());
    await this.run(100); // the nodes' Cancels leave before their sockets close
    await Promise.all(stopping);
    await this.grand?.stop();
  }
}
