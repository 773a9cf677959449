/**
 * Datagram transport: the seam between discovery/lease logic and the network.
 *
 * A node talks on two sockets:
 *   - a group socket bound to the pool's group port (reuse-address, so several
 *     LAMA processes on one host can share it), joined to the group on every chosen
 *     interface: receives multicast only;
 *   - a unicast socket (grand: a fixed port; agent: any port) that sends
 *     everything, including multicast, so replies come back to it.
 *
 * UdpTransport is the real one (node:dgram, which Bun implements); MemoryNetwork
 * is its in-memory twin for tests that run grand and agents in one process, with
 * optional packet loss. Handlers run on the event loop and must not block.
 */
import dgram from "node:dgram";

export interface Endpoint {
  address: string;
  port: number;
}

/** "198.18.0.1:4161": an endpoint as people and the wire's string fields show it. */
export function formatEndpoint(e: Endpoint): string {
  return `${e.address}:${e.port}`;
}

export function sameEndpoint(a: Endpoint, b: Endpoint): boolean {
  return a.address === b.address && a.port === b.port;
}

export type Via = "group" | "unicast";
export type DatagramHandler = (data: Uint8Array, from: Endpoint, via: Via) => void;

export interface DatagramTransport {
  /** The unicast address:port peers reply to (address may be 0.0.0.0). */
  readonly local: Endpoint;
  /** Sends to one peer. Never throws: send failures are counted. */
  sendTo(data: Uint8Array, to: Endpoint): void;
  /** Sends to the pool group on every chosen interface. */
  sendGroup(data: Uint8Array): void;
  onMessage(handler: DatagramHandler): void;
  close(): void;
  readonly sendErrors: number;
}

export interface UdpOptions {
  group: string;
  groupPort: number;
  /** IPv4 addresses of the interfaces to join the group on and send from. */
  interfaces: string[];
  /** Unicast bind address and port (0 = any port). */
  bindAddress: string;
  port: number;
  /** Whether to receive the group at all (false for a sender-only test tool). */
  joinGroup?: boolean;
}

/** Opens the real UDP sockets; rejects with a clear error if a port is taken. */
export async function openUdpTransport(opts: UdpOptions): Promise<DatagramTransport> {
  const unicast = dgram.createSocket({ type: "udp4" });
  await bind(unicast, opts.port, opts.bindAddress, `unicast port ${opts.bindAddress}:${opts.port}`);
  unicast.setMulticastTTL(1);
  unicast.setMulticastLoopback(true);
  let group: dgram.Socket | undefined;
  if (opts.joinGroup !== false) {
    group = dgram.createSocket({ type: "udp4", reuseAddr: true });
    await bind(group, opts.groupPort, "0.0.0.0", `group port ${opts.groupPort}`);
    for (const iface of opts.interfaces) {
      try {
        group.addMembership(opts.group, iface);
      } catch (e) {
        throw new Error(`cannot join ${opts.group} on interface ${iface}: ${(e as Error).message}; check that the address is on an up interface`);
      }
    }
  }
  const handlers: DatagramHandler[] = [];
  let sendErrors = 0;
  const deliver = (via: Via) => (msg: Buffer, rinfo: dgram.RemoteInfo) => {
    const data = new Uint8Array(msg.buffer, msg.byteOffset, msg.byteLength);
    for (const h of handlers) h(data, { address: rinfo.address, port: rinfo.port }, via);
  };
  unicast.on("message", deliver("unicast"));
  group?.on("message", deliver("group"));
  // Socket errors after bind (e.g. ICMP unreachable) must not crash the process.
  unicast.on("error", () => sendErrors++);
  group?.on("error", () => sendErrors++);
  const addr = unicast.address();
  let closed = false;
  const send = (data: Uint8Array, port: number, address: string, done?: () => void) => {
    if (closed) return;
    try {
      unicast.send(data, port, address, (err) => {
        if (err) sendErrors++;
        done?.();
      });
    } catch {
      sendErrors++;
      done?.();
    }
  };
  return {
    local: { address: addr.address, port: addr.port },
    get sendErrors() {
      return sendErrors;
    },
    sendTo: (data, to) => send(data, to.port, to.address),
    sendGroup(data) {
      // One interface at a time: the multicast interface is a socket option, so the
      // next send waits for the previous one to leave.
      const ifaces = [...opts.interfaces];
      const next = (): void => {
        const iface = ifaces.shift();
        if (iface === undefined || closed) return;
        try {
          unicast.setMulticastInterface(iface);
        } catch {
          sendErrors++;
          return next();
        }
        send(data, opts.groupPort, opts.group, next);
      };
      next();
    },
    onMessage: (h) => void handlers.push(h),
    close() {
      closed = true;
      unicast.close();
      group?.close();
    },
  };
}

function bind(sock: dgram.Socket, port: number, address: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(new Error(`cannot bind ${what}: ${e.message}; is another process using it?`));
    sock.once("error", onError);
    sock.bind(port, address, () => {
      sock.off("error", onError);
      resolve();
    });
  });
}

/**
 * In-memory twin: hosts on one simulated LAN. Delivery is asynchronous
 * (queueMicrotask) like a real socket; `lossRate` drops packets at random with an
 * injectable random source, so loss tests are deterministic.
 */
export class MemoryNetwork {
  private readonly members = new Map<string, { handlers: DatagramHandler[]; joined: boolean; closed: boolean }>();
  private nextPort = 40000;
  lossRate = 0;
  delivered = 0;
  lost = 0;
  /** Endpoints that currently drop everything sent to them (a "powered off" host). */
  readonly blackholed = new Set<string>();

  constructor(private readonly random: () => number = Math.random) {}

  attach(address: string, port = 0, joinGroup = true): DatagramTransport {
    const local = { address, port: port || this.nextPort++ };
    const key = `${local.address}:${local.port}`;
    if (this.members.has(key) && !this.members.get(key)!.closed) throw new Error(`cannot bind unicast port ${key}: in use`);
    const member = { handlers: [] as DatagramHandler[], joined: joinGroup, closed: false };
    this.members.set(key, member);
    const net = this;
    return {
      local,
      sendErrors: 0,
      sendTo: (data, to) => net.deliver(data, local, `${to.address}:${to.port}`, "unicast"),
      sendGroup(data) {
        for (const [k, m] of net.members) if (m.joined && !m.closed) net.deliver(data, local, k, "group");
      },
      onMessage: (h) => void member.handlers.push(h),
      close() {
        member.closed = true;
      },
    };
  }

  private deliver(data: Uint8Array, from: Endpoint, toKey: string, via: Via): void {
    const m = this.members.get(toKey);
    if (!m || m.closed || this.blackholed.has(toKey) || this.blackholed.has(`${from.address}:${from.port}`)) return;
    if (this.lossRate > 0 && this.random() < this.lossRate) {
      this.lost++;
      return;
    }
    const copy = data.slice();
    queueMicrotask(() => {
      if (m.closed) return;
      this.delivered++;
      for (const h of m.handlers) h(copy, { ...from }, via);
    });
  }
}
