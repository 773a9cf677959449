/**
 * `startNode(config)`: the one place an agent is assembled — adaptors,
 * keyring, UDP transport, lease client, probes and the node that serves the
 * four methods — and the handle that stops it. `lama run`, the in-process test
 * pool and the benchmark swarm all start nodes through here.
 *
 * Every I/O boundary can be replaced (`NodeSeams`): an in-memory transport, a
 * fake clock, a given keyring, a sampler that does not read /proc, fixed
 * attributes, so many nodes run in one test process.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { AdaptorRegistry, loadAdaptors } from "../adaptors/index.ts";
import type { lama } from "../proto/index.ts";
import {
  createLogger, Envelope, loadKeyring, loadSodium, localIpv4Addresses, nativePeers, openUdpTransport, systemClock, UsageError, VERSION,
  type Clock, type DatagramTransport, type Keyring, type Logger, type PeerFactory,
} from "./wire/index.ts";
import type { LamaConfig } from "./config.ts";
import { LamaNode, type StatusSampler } from "./lama-node.ts";
import { LeaseClient } from "./lease-client.ts";
import { Sampler } from "./probes/index.ts";

/** How long `stop()` lets the lease Cancel leave before the socket closes. */
export const CANCEL_FLUSH_MS = 50;

/** What `startNode` takes from outside; each defaults to the real thing. */
export interface NodeSeams {
  clock?: Clock;
  /** Default: stderr, one line per event in the config's log format. */
  log?: Logger;
  /** Default: a UDP socket on the config's interfaces (joining the group when multicasting). */
  transport?: DatagramTransport;
  /** Default: read from the config's key files. */
  keyring?: Keyring;
  peers?: PeerFactory;
  /** Default: the /proc and /sys probes. */
  sampler?: StatusSampler;
  /** What the node says about itself, read at start and at each attribute refresh; default: from the config and the local interfaces. */
  attributes?: () => lama.v1.IAttributes;
  /** Default: the programs in the config's adaptors file. */
  registry?: AdaptorRegistry;
  /** Address the control channel binds to; default: ours on grand's network. */
  bindAddress?: () => string | undefined;
  /** Jitter source of discovery backoff. */
  random?: () => number;
  /** Distinguishes this run of the node from its earlier ones; default: random. */
  bootId?: string;
}

/** A running node. */
export interface RunningNode {
  readonly config: LamaConfig;
  readonly serviceId: string;
  /** Discovery, registration and renewal. */
  readonly agent: LeaseClient;
  readonly node: LamaNode;
  readonly registry: AdaptorRegistry;
  readonly log: Logger;
  /** Cancels the lease, closes the channel, stops managed programs, then the socket; safe to call twice. */
  stop(): Promise<void>;
}

/** Starts a node. Errors a user can fix (a bad adaptor file, no interface, a bad key) are UsageErrors or KeyErrors. */
export async function startNode(config: LamaConfig, seams: NodeSeams = {}): Promise<RunningNode> {
  const clock = seams.clock ?? systemClock;
  const log = seams.log ?? createLogger({ format: config.logFormat, component: "lama", write: (l) => process.stderr.write(l + "\n") });
  const registry = seams.registry ?? loadAdaptorFile(config.adaptorsFile, log);
  const serviceId = config.serviceId;
  const sodium = await loadSodium();
  const keyring = seams.keyring ?? loadKeyring(sodium, config.keyFiles);

  const explicit = config.interfaces;
  const interfaces = (): string[] => explicit.length ? explicit : localIpv4Addresses().map((a) => a.address);
  // The announcing interfaces (all non-loopback ones by default); re-read every
  // refresh, so a DHCP change reaches grand with the next renewal.
  const announcing = () => localIpv4Addresses(true).filter((a) => (explicit.length ? explicit.includes(a.address) : !a.internal));
  // --link-capacity-bps is what the announcing interfaces are worth (the paper's C),
  // whatever /sys says; other links that report no speed get it too.
  const linkSpeedOverride = (bps: number) => ({ ...Object.fromEntries(announcing().map((a) => [a.name, bps])), "*": bps });
  const attributes = seams.attributes ?? ((): lama.v1.IAttributes => ({
    roles: config.roles,
    hostname: config.hostname,
    addresses: announcing().map((a) => a.cidr),
    linkCapacityBps: config.linkCapacityBps,
    agentVersion: VERSION,
    extra: config.attrs,
    adaptors: registry.names(),
  }));
  const ifaces = seams.transport ? config.interfaces : interfaces();
  let transport = seams.transport;
  if (!transport) {
    if (config.multicast && ifaces.length === 0) {
      throw new UsageError("no up IPv4 interface to announce on; bring one up, pass --interface ADDR, or use --grand HOST:PORT with --no-multicast");
    }
    try {
      transport = await openUdpTransport({
        group: config.group, groupPort: config.groupPort, interfaces: config.multicast ? ifaces : [], bindAddress: "0.0.0.0", port: 0, joinGroup: config.multicast,
      });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  const udp = transport;
  const envelope = new Envelope({ sodium, keyring, senderId: serviceId, clock });
  const agent = new LeaseClient({
    item: { serviceId, attributes: attributes() },
    bootId: seams.bootId ?? randomBytes(8).toString("hex"),
    envelope,
    transport: udp,
    clock,
    log,
    grands: config.grands,
    multicast: config.multicast,
    leaseMs: config.leaseMs,
    renewEveryMs: config.renewMs,
    refreshAttributes: attributes,
    random: seams.random,
  });
  const node = new LamaNode({
    agent,
    registry,
    sampler: seams.sampler ?? new Sampler({ serviceId, linkSpeedBps: config.linkCapacityBps ? linkSpeedOverride(config.linkCapacityBps) : undefined }),
    samplePeriodMs: config.sampleMs,
    peers: seams.peers ?? nativePeers,
    clock,
    log,
    bindAddress: seams.bindAddress,
  });
  log.event("starting", {
    id: serviceId, version: VERSION, interfaces: ifaces, group: `${config.group}:${config.groupPort}`, grands: config.grands.map((g) => `${g.address}:${g.port}`), adaptors: registry.names(),
  });
  node.start();

  let stopping: Promise<void> | undefined;
  return {
    config, serviceId, agent, node, registry, log,
    stop() {
      stopping ??= node.stop().finally(() => new Promise<void>((resolve) => {
        // Let the Cancel leave before the socket closes.
        clock.setTimeout(() => {
          udp.close();
          resolve();
        }, CANCEL_FLUSH_MS);
      }));
      return stopping;
    },
  };
}

/** Reads the adaptors file into a registry; no file, no adaptors. */
function loadAdaptorFile(path: string | undefined, log: Logger): AdaptorRegistry {
  if (!path) return new AdaptorRegistry();
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`adaptor config ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); see docs/adaptors.md for its format`);
  }
  try {
    return loadAdaptors(text, { log }, `adaptor config ${path}`);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
