/**
 * A pool in one process for tests: grand's lookup service and agents on the
 * in-memory network, driven by a fake clock.
 */
import { LeaseClient } from "../../runtime/index.ts";
import { Envelope, FakeClock, Keyring, loadSodium, memoryLogger, MemoryNetwork, type DatagramTransport } from "../../runtime/wire/index.ts";
import type { lama } from "../../proto/index.ts";
import { LookupService } from "../../grand/index.ts";

const sodium = await loadSodium();
export const KEY = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
export const WRONG = Uint8Array.from({ length: 32 }, (_, i) => 100 + i);
const GRAND_ADDR = "198.18.0.1";

export function seeded(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export class World {
  readonly clock = new FakeClock();
  readonly net: MemoryNetwork;
  grand!: LookupService;
  grandTransport!: DatagramTransport;
  readonly agents: LeaseClient[] = [];
  private epoch = 1;

  constructor(seed = 1) {
    this.net = new MemoryNetwork(seeded(seed));
  }

  startGrand(policy?: { minLeaseMs: number; maxLeaseMs: number }): LookupService {
    this.grandTransport = this.net.attach(GRAND_ADDR, 4161);
    const envelope = new Envelope({ sodium, keyring: new Keyring(sodium, [KEY]), senderId: "grand-test", clock: this.clock });
    this.grand = new LookupService({ grandId: "grand-test", epoch: this.epoch++, envelope, transport: this.grandTransport, clock: this.clock, log: memoryLogger(), policy });
    this.grand.start();
    return this.grand;
  }

  stopGrand(): void {
    this.grand.stop();
    this.grandTransport.close();
  }

  /** `attributes` are added to the registered item's own; `attrs` re-reads them every few seconds. */
  addAgent(id: string, opts: { key?: Uint8Array; multicast?: boolean; unicastGrand?: boolean; attrs?: () => lama.v1.IAttributes; clockSkewMs?: number; leaseMs?: number; renewEveryMs?: number; attributes?: lama.v1.IAttributes } = {}): LeaseClient {
    const transport = this.net.attach(`198.18.0.${10 + this.agents.length}`, 0, opts.multicast !== false);
    const skew = opts.clockSkewMs ?? 0;
    // The agent's wall clock may be wrong; its timers still run at the same pace.
    const agentClock = skew ? { now: () => this.clock.now() + skew, setTimeout: this.clock.setTimeout.bind(this.clock), clearTimeout: this.clock.clearTimeout.bind(this.clock) } : this.clock;
    const envelope = new Envelope({ sodium, keyring: new Keyring(sodium, [opts.key ?? KEY]), senderId: id, clock: agentClock });
    const agent = new LeaseClient({
      item: { serviceId: id, attributes: { hostname: `host-${id}`, roles: ["web"], ...opts.attributes } },
      bootId: `boot-${id}`,
      envelope,
      transport,
      clock: agentClock,
      log: memoryLogger(),
      multicast: opts.multicast,
      grands: opts.unicastGrand ? [{ address: GRAND_ADDR, port: 4161 }] : [],
      random: seeded(this.agents.length + 7),
      refreshAttributes: opts.attrs,
      leaseMs: opts.leaseMs,
      renewEveryMs: opts.renewEveryMs,
    });
    this.agents.push(agent);
    agent.start();
    return agent;
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

