/**
 * A pool in one process for tests: a lookup-only grand (no control channels, no
 * HTTP API) and agents on the in-memory network, driven by a fake clock. grand
 * and each agent are assembled by the same code as the binaries
 * (`startGrandNow` / `startNodeNow`, the synchronous halves of `startGrand` /
 * `startNode`), with the in-memory seams.
 */
import { lamaConfig, startNodeNow, type LeaseClient, type RunningNode } from "../../runtime/index.ts";
import { FakeClock, SteppedClock, Keyring, loadSodium, memoryLogger, MemoryNetwork, type DatagramTransport } from "../../runtime/wire/index.ts";
import type { lama } from "../../proto/index.ts";
import { grandConfig, startGrandNow, type LookupService, type RunningGrand } from "../../grand/index.ts";

const sodium = await loadSodium();
export const KEY = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
export const WRONG = Uint8Array.from({ length: 32 }, (_, i) => 100 + i);
const GRAND_ADDR = "198.18.0.1";

export function seeded(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A sampler that reads nothing: these tests are about leases, not load. */
const idleSampler = (serviceId: string) => ({ sample: (now: number): lama.v1.INodeStatus => ({ serviceId, atMs: now }) });

export class World {
  readonly clock = new FakeClock();
  /** grand's clock: the world's time, with a wall clock a test may step (grandClock.stepWall). */
  readonly grandClock = new SteppedClock(this.clock);
  readonly net: MemoryNetwork;
  grand!: LookupService;
  grandTransport!: DatagramTransport;
  running: RunningGrand | undefined;
  readonly agents: LeaseClient[] = [];
  readonly nodes: RunningNode[] = [];
  private epoch = 1;

  constructor(seed = 1) {
    this.net = new MemoryNetwork(seeded(seed));
  }

  startGrand(policy?: { minLeaseMs: number; maxLeaseMs: number }): LookupService {
    this.grandTransport = this.net.attach(GRAND_ADDR, 4161);
    const resources = { sodium, keyring: new Keyring(sodium, [KEY]), transport: this.grandTransport };
    this.running = startGrandNow(grandConfig({ id: "grand-test", interfaces: [], http: null, ...policy }), resources, {
      clock: this.grandClock,
      log: memoryLogger(),
      peers: null,
      epoch: this.epoch++,
    });
    this.grand = this.running.service;
    return this.grand;
  }

  stopGrand(): void {
    // Everything stops synchronously; only the (absent) HTTP server would be awaited.
    void this.running?.stop();
  }

  /** `attributes` are added to the registered item's own; `attrs` re-reads them every few seconds. */
  addAgent(id: string, opts: { key?: Uint8Array; multicast?: boolean; unicastGrand?: boolean; attrs?: () => lama.v1.IAttributes; clockSkewMs?: number; leaseMs?: number; renewEveryMs?: number; attributes?: lama.v1.IAttributes } = {}): LeaseClient {
    const transport = this.net.attach(`198.18.0.${10 + this.agents.length}`, 0, opts.multicast !== false);
    const skew = opts.clockSkewMs ?? 0;
    // The agent's wall clock may be wrong; its timers still run at the same pace.
    const agentClock = new SteppedClock(this.clock);
    agentClock.stepWall(skew);
    const attributes = { hostname: `host-${id}`, roles: ["web"], ...opts.attributes };
    const resources = { sodium, keyring: new Keyring(sodium, [opts.key ?? KEY]), transport };
    const node = startNodeNow(lamaConfig({
      serviceId: id,
      multicast: opts.multicast ?? true,
      grands: opts.unicastGrand ? [{ address: GRAND_ADDR, port: 4161 }] : [],
      leaseMs: opts.leaseMs,
      renewMs: opts.renewEveryMs,
    }), resources, {
      clock: agentClock,
      log: memoryLogger(),
      sampler: idleSampler(id),
      attributes: opts.attrs ?? (() => attributes),
      random: seeded(this.agents.length + 7),
      bootId: `boot-${id}`,
    });
    this.nodes.push(node);
    this.agents.push(node.agent);
    return node.agent;
  }

  /** Advances time in small steps, letting in-flight datagrams arrive between steps. */
  async run(ms: number, stepMs = 10): Promise<void> {
    for (let t = 0; t < ms; t += stepMs) {
      this.clock.advance(Math.min(stepMs, ms - t));
      await new Promise<void>((r) => setImmediate(r));
    }
  }

  ids(): string[] {
    return this.grand.lookup().map((l) => l.serviceId).sort();
  }
}
