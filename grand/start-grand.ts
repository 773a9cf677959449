/**
 * `startGrand(config)`: the one place grand is assembled — keyring, UDP
 * transport, lookup service, monitor, control channels, reallocator and HTTP
 * API — and the handle that stops it all. `grand serve`, the in-process test
 * pool and the benchmarks all start grand through here.
 *
 * Every I/O boundary can be replaced (`GrandSeams`): an in-memory transport,
 * a fake clock, a given keyring, no control channels, so the same assembly
 * runs in one test process.
 */
import dgram from "node:dgram";
import {
  ControllerKeys, createLogger, Envelope, loadKeyring, loadSodium, localAddressOnSubnet, localIpv4Addresses, nativePeers, openUdpTransport, readControllerSecretFile, readKernelUdp,
  readPoolKeys, systemClock, UsageError, VERSION, type Clock, type ControllerSigner, type DatagramTransport, type Keyring, type Logger, type PeerFactory, type Sodium,
} from "../runtime/wire/index.ts";
import { readApiToken } from "./api-token.ts";
import { isLoopback, type GrandConfig } from "./config.ts";
import { ControlManager, iceMuxPeers } from "./control-manager.ts";
import { createApi, type ApiContext } from "./http-api.ts";
import { DashboardFeed } from "./dashboard-feed.ts";
import { serveApi, type ApiServer } from "./http-server.ts";
import { LookupService } from "./lookup-service.ts";
import { Monitor } from "./monitor.ts";
import { Reallocator } from "./reallocator.ts";

/** What `startGrand` takes from outside; each defaults to the real thing. */
export interface GrandSeams {
  clock?: Clock;
  /** Default: stderr, one line per event in the config's log format. */
  log?: Logger;
  /** Default: a UDP socket on the config's interfaces, group and port (startGrand only). */
  transport?: DatagramTransport;
  /** Default: read from the config's key files (startGrand only). */
  keyring?: Keyring;
  /** Default: read from the config's controller secret file, if any (startGrand only). */
  signer?: ControllerSigner;
  /** WebRTC peer connections for control channels; null runs none (a lookup-only grand). */
  peers?: PeerFactory | null;
  /** Changes each start (lease ids start from it); default: the clock's now. */
  epoch?: number;
  /** The local address a node's channel binds to; default: grand's interface on the node's subnet. */
  bindAddressFor?: (nodeAddress: string) => string | undefined;
}

/** A running grand. */
export interface RunningGrand {
  readonly config: GrandConfig;
  readonly epoch: number;
  readonly service: LookupService;
  readonly monitor: Monitor;
  /** Absent in a lookup-only grand (`peers: null`). */
  readonly control?: ControlManager;
  /** Present when the config names pools. */
  readonly reallocator?: Reallocator;
  readonly envelope: Envelope;
  readonly log: Logger;
  /** The bound registration port. */
  readonly udpPort: number;
  /** The API's base URL (http://host:port or unix:PATH); undefined when serving none. */
  readonly http?: string;
  /** The API's bound TCP port; undefined on a unix socket or with no API. */
  readonly httpPort?: number;
  /**
   * Re-reads the pool key files and the controller secret (SIGHUP) and puts them in
   * place at once; on any error nothing changes and the error is thrown.
   */
  reloadKeys(): { poolKeys: number; controllerKey: boolean };
  /** Stops timers, channels, the API and the socket; safe to call twice. */
  stop(): Promise<void>;
}

/** What grand needs in hand before it can start without waiting. */
export interface GrandResources {
  sodium: Sodium;
  keyring: Keyring;
  transport: DatagramTransport;
  /** Signs every packet grand seals; absent: unsigned (grand warns). */
  signer?: ControllerSigner;
}

/**
 * Starts grand: loads the keys and opens the socket, then `startGrandNow`.
 * Errors a user can fix (a busy port, a bad key) are UsageErrors or KeyErrors;
 * nothing is left open on failure.
 */
export async function startGrand(config: GrandConfig, seams: GrandSeams = {}): Promise<RunningGrand> {
  const sodium = await loadSodium();
  const keyring = seams.keyring ?? loadKeyring(sodium, config.keyFiles);
  const signer = seams.signer ?? (config.controllerSecretFile !== null ? readControllerSecretFile(sodium, config.controllerSecretFile) : undefined);
  if (seams.peers === undefined && config.icePort) {
    // libjuice would only say "Failed to gather local ICE candidates" on every channel, for ever.
    const busy = await udpPortBusy(muxBindAddress(config) ?? "0.0.0.0", config.icePort);
    if (busy) throw new UsageError(`--ice-port ${config.icePort} cannot be bound (${busy}): another grand may run here; give a free port, or 0 for a socket per channel`);
  }
  let transport = seams.transport;
  if (!transport) {
    try {
      transport = await openUdpTransport({ group: config.group, groupPort: config.groupPort, interfaces: config.interfaces, bindAddress: config.bind, port: config.port });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  try {
    return startGrandNow(config, { sodium, keyring, transport, signer }, seams);
  } catch (e) {
    if (!seams.transport) transport.close();
    throw e;
  }
}

/**
 * Starts grand from resources already in hand, synchronously: its first
 * announcement is queued before the caller runs on (the in-process test pool
 * relies on that ordering). On success the handle owns the transport.
 */
export function startGrandNow(config: GrandConfig, resources: GrandResources, seams: GrandSeams = {}): RunningGrand {
  const clock = seams.clock ?? systemClock;
  const log = seams.log ?? createLogger({ format: config.logFormat, component: "grand", write: (l) => process.stderr.write(l + "\n") });
  const { sodium, keyring, transport: udp } = resources;
  // Read before anything starts, so a bad token file leaves nothing running.
  const apiToken = config.http && config.apiTokenFile !== null ? readApiToken(config.apiTokenFile) : undefined;
  // Epoch: start time in ms; lease ids start from epoch*1000, still below 2^53.
  const epoch = seams.epoch ?? clock.now();
  // Our own public key verifies other grands' packets: one signed by it is a second holder
  // of our controller key (two grands), one that is not may be an impostor (lookup-service.ts).
  const controllerKeys = new ControllerKeys(sodium, resources.signer ? [resources.signer.publicKey] : []);
  const envelope = new Envelope({ sodium, keyring, senderId: config.id, clock, epoch, signer: resources.signer, controllerKeys, acceptUnsignedControllerBodies: true });
  if (!resources.signer) {
    log.event("no-controller-key", {
      warning: "INSECURE: no --controller-secret-file; grand's packets are unsigned, and nodes without a controller key take any pool-key holder for grand",
      fix: "grand controller-keygen > controller.secret; serve with --controller-secret-file controller.secret; give nodes --controller-key $(grand controller-public controller.secret)",
    });
  }
  const udpPort = udp.local.port;
  const service = new LookupService({
    grandId: config.id,
    epoch,
    envelope,
    transport: udp,
    clock,
    log,
    policy: { minLeaseMs: config.minLeaseMs, maxLeaseMs: config.maxLeaseMs },
    announceEveryMs: config.announceMs,
    endpoints: config.interfaces.map((i) => ({ address: config.bind === "0.0.0.0" ? i : config.bind, port: udpPort })),
    version: VERSION,
  });
  const monitor = new Monitor();
  const peers = seams.peers === undefined ? (config.icePort ? iceMuxPeers(config.icePort, muxBindAddress(config)) : nativePeers) : seams.peers;
  const ours = localIpv4Addresses(true).filter((a) => config.interfaces.includes(a.address));
  const control = peers
    ? new ControlManager({ service, monitor, peers, clock, log, bindAddressFor: seams.bindAddressFor ?? ((nodeAddress) => localAddressOnSubnet(ours, nodeAddress)) })
    : undefined;
  const reallocator = config.pools.length
    ? new Reallocator({
      pools: config.pools,
      mode: config.reallocate,
      clock,
      log,
      deps: {
        nodesWithRole: (role) => service.lookup({ roles: [role] }).map((l) => ({ serviceId: l.serviceId, roles: l.item.attributes?.roles ?? [] })),
        nodeState: (id) => monitor.nodeState(id),
        addressesOf: (id) => service.lookup({ serviceId: id })[0]?.item.attributes?.addresses ?? [],
        call: (id, method, deadlineMs) => {
          if (!control) throw new Error("this grand runs no control channels");
          return control.call(id, method, deadlineMs);
        },
      },
    })
    : undefined;

  const dashboard = reallocator
    ? new DashboardFeed({ pools: reallocator, configs: new Map(config.pools.map((p) => [p.config.name, p.config])), capacityOf: (id) => Number(monitor.latest(id)?.linkCapacityBps ?? 0), clock })
    : undefined;
  const apiContext: ApiContext = { service, envelope, clock, grandId: config.id, epoch, startedAtMs: clock.monotonic(), control, monitor, pools: reallocator, dashboard, eventsBacklog: config.eventsBacklog, apiToken };
  let server: ApiServer | undefined;
  const http = config.http;
  if (http) {
    server = serveApi({
      http, fetch: createApi(apiContext).fetch, log, clock,
      limits: { maxConnections: config.httpMaxConnections, idleMs: config.httpIdleMs, requestMs: config.httpRequestMs },
    });
    apiContext.httpStats = server.stats;
    apiContext.kernelUdp = () => readKernelUdp();
    if (!("unix" in http)) {
      if (isLoopback(http.address)) {
        // Reads need no token here, so only loopback names may be in the Host header (DNS rebinding).
        apiContext.allowedHosts = [...new Set([http.address, "127.0.0.1", "localhost", "[::1]"])];
      } else {
        // Reachable from the network: nothing without the token (config.ts refuses to start without one).
        apiContext.tokenForReads = true;
      }
    }
  }
  const httpUrl = server?.url;
  service.start();
  control?.start();
  reallocator?.start();
  dashboard?.start();
  if (http) {
    log.event("listening", { id: config.id, epoch, http: httpUrl, udp: `${config.bind}:${udpPort}`, icePort: config.icePort, group: `${config.group}:${config.groupPort}`, interfaces: config.interfaces });
  }

  let stopped = false;
  return {
    config, epoch, service, monitor, control, reallocator, envelope, log, udpPort,
    http: httpUrl,
    httpPort: server?.port,
    reloadKeys() {
      // Both read before either changes, so a bad file leaves grand as it was. Without a
      // secret file the signer (none, or one given in code) stays.
      const pool = readPoolKeys(config.keyFiles);
      const next = config.controllerSecretFile !== null ? readControllerSecretFile(sodium, config.controllerSecretFile) : undefined;
      keyring.replace(pool);
      if (next) {
        envelope.signer = next;
        controllerKeys.replace([next.publicKey]);
      }
      return { poolKeys: pool.length, controllerKey: envelope.signer !== undefined };
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      reallocator?.stop();
      dashboard?.stop();
      control?.stop();
      service.stop();
      udp.close();
      await server?.stop();
    },
  };
}

/**
 * The one address grand's muxed ICE socket binds: --bind when given, the one
 * interface grand serves when it serves one, else every address (a candidate
 * per interface, of which agents use the one they reach).
 */
export function muxBindAddress(config: Pick<GrandConfig, "bind" | "interfaces">): string | undefined {
  if (config.bind !== "0.0.0.0") return config.bind;
  return config.interfaces.length === 1 ? config.interfaces[0] : undefined;
}

/** Why a UDP port cannot be bound at an address (undefined: it can); the probe socket is closed again. */
function udpPortBusy(address: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const s = dgram.createSocket("udp4");
    s.once("error", (e: NodeJS.ErrnoException) => {
      s.close();
      resolve(e.code ?? e.message);
    });
    s.bind(port, address, () => s.close(() => resolve(undefined)));
  });
}
