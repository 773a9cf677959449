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
import { AdaptorRegistry, loadAdaptors } from "../adaptors/index.ts";
import type { lama } from "../proto/index.ts";
import {
  ControllerKeys, createLogger, Envelope, loadKeyring, loadSodium, localIpv4Addresses, nativePeers, openUdpTransport, parseControllerPublic, readControllerKeyFile, readPoolKeys,
  readTextFile, systemClock, UsageError, VERSION, type Clock, type DatagramTransport, type Keyring, type Logger, type PeerFactory, type Sodium,
} from "./wire/index.ts";
import type { LamaConfig } from "./config.ts";
import { LamaNode, type StatusSampler } from "./lama-node.ts";
import { LeaseClient, REGISTER_JITTER_MS } from "./lease-client.ts";
import { Sampler } from "./probes/index.ts";

/** How long `stop()` lets the lease Cancel leave before the socket closes. */
export const CANCEL_FLUSH_MS = 50;

/** What `startNode` takes from outside; each defaults to the real thing. */
export interface NodeSeams {
  clock?: Clock;
  /** Default: stderr, one line per event in the config's log format. */
  log?: Logger;
  /** Default: a UDP socket on the config's interfaces, joining the group when multicasting (startNode only). */
  transport?: DatagramTransport;
  /** Default: read from the config's key files (startNode only). */
  keyring?: Keyring;
  /** Default: the config's controller keys and controller key files (startNode only). */
  controllerKeys?: ControllerKeys;
  peers?: PeerFactory;
  /** Default: the /proc and /sys probes. */
  sampler?: StatusSampler;
  /** What the node says about itself, read at start and at each attribute refresh; default: from the config and the local interfaces. */
  attributes?: () => lama.v1.IAttributes;
  /** Default: the programs in the config's adaptors file (startNodeNow: none). */
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
  /** The bound UDP port of discovery and renewals. */
  readonly udpPort: number;
  /**
   * Re-reads the pool key files and controller keys (SIGHUP) and puts them in place
   * of the old at once; on any error nothing changes and the error is thrown.
   */
  reloadKeys(): { poolKeys: number; controllerKeys: number };
  /** Cancels the lease, closes the channel, stops managed programs, then the socket; safe to call twice. */
  stop(): Promise<void>;
}

/** What a node needs in hand before it can start without waiting. */
export interface NodeResources {
  sodium: Sodium;
  keyring: Keyring;
  transport: DatagramTransport;
  /** grand's public keys; absent or empty: grand's packets are taken unsigned (and the node warns). */
  controllerKeys?: ControllerKeys;
}

/** The controller public keys a config names, inline and in files. */
export function configControllerKeys(config: Pick<LamaConfig, "controllerKeys" | "controllerKeyFiles">): Uint8Array[] {
  return [...config.controllerKeys.map((k) => parseControllerPublic(k, `--controller-key '${k}'`)), ...config.controllerKeyFiles.flatMap(readControllerKeyFile)];
}

/**
 * Starts a node: reads its adaptors and keys, opens the socket, then
 * `startNodeNow`. Errors a user can fix (a bad adaptor file, no interface, a
 * bad key) are UsageErrors or KeyErrors.
 */
export async function startNode(config: LamaConfig, seams: NodeSeams = {}): Promise<RunningNode> {
  const log = seams.log ?? defaultLog(config);
  const registry = seams.registry ?? loadAdaptorFile(config.adaptorsFile, adaptorStateDir(config), log);
  const sodium = await loadSodium();
  const keyring = seams.keyring ?? loadKeyring(sodium, config.keyFiles);
  const controllerKeys = seams.controllerKeys ?? new ControllerKeys(sodium, configControllerKeys(config));
  let transport = seams.transport;
  if (!transport) {
    const ifaces = announceInterfaces(config);
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
  return startNodeNow(config, { sodium, keyring, transport, controllerKeys }, { ...seams, log, registry });
}

const defaultLog = (config: LamaConfig) => createLogger({ format: config.logFormat, component: "lama", write: (l) => process.stderr.write(l + "\n") });

/** The interfaces to announce on: the configured ones, else every up, non-loopback one now. */
const announceInterfaces = (config: LamaConfig): string[] => config.interfaces.length ? config.interfaces : localIpv4Addresses().map((a) => a.address);

/**
 * Starts a node from resources already in hand, synchronously: its first
 * announcement is queued before the caller runs on (the in-process test pool
 * relies on that ordering). The handle owns the transport.
 */
export function startNodeNow(config: LamaConfig, resources: NodeResources, seams: NodeSeams = {}): RunningNode {
  const clock = seams.clock ?? systemClock;
  const log = seams.log ?? defaultLog(config);
  const registry = seams.registry ?? new AdaptorRegistry();
  const serviceId = config.serviceId;
  const { sodium, keyring, transport: udp } = resources;
  const controllerKeys = resources.controllerKeys ?? new ControllerKeys(sodium);
  const explicit = config.interfaces;
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
  const ifaces = announceInterfaces(config);
  const envelope = new Envelope({ sodium, keyring, senderId: serviceId, clock, controllerKeys });
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
    registerJitterMs: REGISTER_JITTER_MS,
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
  if (!controllerKeys.configured) warnNoControllerKey(log);
  node.start();

  let stopping: Promise<void> | undefined;
  return {
    config, serviceId, agent, node, registry, log,
    udpPort: udp.local.port,
    reloadKeys() {
      // Both read before either changes, so a bad file leaves the node as it was (a controller
      // key file cannot come back empty: readControllerKeyFile refuses a file with no key).
      const pool = readPoolKeys(config.keyFiles);
      const controller = configControllerKeys(config);
      keyring.replace(pool);
      controllerKeys.replace(controller);
      return { poolKeys: pool.length, controllerKeys: controller.length };
    },
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

/**
 * A node without a controller key takes any pool-key holder for grand: said at
 * start, loudly, with what to do (the choice is documented in docs/security.md).
 */
function warnNoControllerKey(log: Logger): void {
  log.event("no-controller-key", {
    warning: "INSECURE: no --controller-key given; any holder of the pool key can pose as grand, take this node and start programs on it",
    fix: "give grand's public key: --controller-key $(grand controller-public controller.secret)",
  });
}

/** This node's adaptors' state directory: one per service id, so agents sharing a disk (namespace tests) never adopt each other's programs. */
export const adaptorStateDir = (config: LamaConfig): string => `${config.stateDir.replace(/\/+$/, "")}/${config.serviceId}`;

/** Reads the adaptors file into a registry; no file, no adaptors. */
function loadAdaptorFile(path: string | undefined, stateDir: string, log: Logger): AdaptorRegistry {
  if (!path) return new AdaptorRegistry();
  const text = readTextFile(path, { subject: `adaptor config ${path}`, fix: "see docs/adaptors.md for its format", toError: (m) => new UsageError(m) });
  try {
    return loadAdaptors(text, { log, stateDir }, `adaptor config ${path}`);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
