/**
 * The guard in front of grand's HTTP API on TCP: it accepts the connections,
 * counts them, and relays bytes to the API's server on a private unix socket.
 * Bun.serve offers neither a connection count nor a cap, and its idle timeout
 * would also cut a Start that waits 15 s for its node; the guard decides those
 * instead, so that clients holding connections cannot use up grand's file
 * descriptors (which would stop the API and new control channels with it):
 *
 * - at most `maxConnections` at once; one more is answered 503 (a short JSON
 *   body) and closed, and counted as refused;
 * - a connection with no byte moved either way for `idleMs` is closed (an idle
 *   keep-alive, a client that connected and said nothing, an event stream whose
 *   reader stopped reading — a live one gets a keep-alive every 5 s);
 * - a request must arrive whole and its answer start within `requestMs` of its
 *   first byte (slow headers, a trickled body);
 * - a connection closed for either is cut off at once; one grand ends politely
 *   (a 503, a finished answer) is cut off if its client has not closed its side
 *   within CLOSE_GRACE_MS, so descriptors stay bounded by about the cap plus a
 *   second's worth of refused connections;
 * - bytes are relayed with backpressure both ways: when one side stops reading,
 *   the guard stops reading the other, so it holds at most about
 *   RELAY_HIGH_WATER_BYTES per direction and a stalled event-stream reader shows
 *   up as backlog in the stream (sse.ts), which drops it.
 *
 * Every timer runs from one sweep on the given clock. Runs on grand's event
 * loop; nothing here blocks.
 */
import type { Socket, TCPSocketListener } from "bun";
import { every, type Clock, type Logger } from "../runtime/wire/index.ts";
import type { HttpStatsJson } from "./api-views.ts";

/** Above this many bytes waiting for one side, the guard stops reading the other side. */
export const RELAY_HIGH_WATER_BYTES = 64 * 1024;
/** At most one log line per this period about refused connections, however many there are. */
export const BUSY_LOG_EVERY_MS = 10_000;
/**
 * A socket grand has ended (after a 503, or at the end of an answer) but whose
 * client keeps its side open is cut off after this long, so half-closed
 * sockets cannot hold descriptors either.
 */
export const CLOSE_GRACE_MS = 1_000;
/** Period of the sweep that closes idle and slow connections. */
export const GUARD_SWEEP_MS = 250;

/** The guard's limits (GrandConfig: --http-max-connections, --http-idle-ms, --http-request-ms). */
export interface ConnectionLimits {
  maxConnections: number;
  idleMs: number;
  requestMs: number;
}

/** The answer to a connection over the cap. */
const BUSY_BODY = JSON.stringify({ error: "grand's API has as many connections open as it allows; try again shortly", kind: "TOO_MANY_CONNECTIONS" }) + "\n";
const BUSY = `HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\ncontent-length: ${BUSY_BODY.length}\r\nconnection: close\r\nretry-after: 1\r\n\r\n${BUSY_BODY}`;

/** One side's bytes not yet taken by the other. */
class Pending {
  private chunks: Uint8Array[] = [];
  bytes = 0;
  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.bytes += chunk.byteLength;
  }
  /** Writes what `to` takes; true when nothing is left. */
  flush(to: Socket<unknown>): boolean {
    while (this.chunks.length) {
      const chunk = this.chunks[0]!;
      const n = Math.max(0, to.write(chunk));
      this.bytes -= n;
      if (n < chunk.byteLength) {
        this.chunks[0] = chunk.subarray(n);
        return false;
      }
      this.chunks.shift();
    }
    return true;
  }
}

interface Conn {
  client?: Socket<Conn>;
  upstream?: Socket<Conn>;
  toUpstream: Pending;
  toClient: Pending;
  lastActivityMs: number;
  /** When the request now unanswered sent its first byte. */
  requestSinceMs?: number;
  upstreamEnded: boolean;
  closed: boolean;
}

/** A running guard: its bound port, counters and stop. */
export class ConnectionGuard {
  private readonly conns = new Set<Conn>();
  private readonly listener: TCPSocketListener<Conn>;
  private readonly stopSweep: () => void;
  private lastBusyLogMs = -Infinity;
  /** Sockets ended politely, and when they are cut off if still open. */
  private readonly closing = new Map<Socket<Conn | undefined>, number>();
  accepted = 0;
  refused = 0;
  idleClosed = 0;
  slowClosed = 0;

  /** Listens on hostname:port (throws as Bun.listen does, e.g. EADDRINUSE) and relays to the unix socket `upstream`. */
  constructor(private readonly o: { hostname: string; port: number; upstream: string; limits: ConnectionLimits; clock: Clock; log: Logger }) {
    const guard = this;
    this.listener = Bun.listen<Conn>({
      hostname: o.hostname,
      port: o.port,
      socket: {
        open(client) {
          if (guard.conns.size >= o.limits.maxConnections) {
            guard.refused++;
            client.end(BUSY);
            guard.closing.set(client as Socket<Conn | undefined>, o.clock.monotonic() + CLOSE_GRACE_MS);
            const now = o.clock.monotonic();
            if (now - guard.lastBusyLogMs >= BUSY_LOG_EVERY_MS) {
              guard.lastBusyLogMs = now;
              o.log.event("http-connections-capped", { open: guard.conns.size, max: o.limits.maxConnections, refused: guard.refused, from: client.remoteAddress });
            }
            return;
          }
          guard.accepted++;
          const conn: Conn = { client, toUpstream: new Pending(), toClient: new Pending(), lastActivityMs: o.clock.monotonic(), upstreamEnded: false, closed: false };
          client.data = conn;
          guard.conns.add(conn);
          guard.connectUpstream(conn);
        },
        data(client, chunk) {
          const conn = client.data;
          if (!conn || conn.closed) return;
          conn.lastActivityMs = o.clock.monotonic();
          conn.requestSinceMs ??= conn.lastActivityMs;
          conn.toUpstream.push(Uint8Array.from(chunk));
          if (conn.upstream) conn.toUpstream.flush(conn.upstream);
          if (conn.toUpstream.bytes > RELAY_HIGH_WATER_BYTES) client.pause();
        },
        drain(client) {
          const conn = client.data;
          if (!conn || conn.closed) return;
          const before = conn.toClient.bytes;
          const empty = conn.toClient.flush(client);
          if (conn.toClient.bytes < before) conn.lastActivityMs = o.clock.monotonic();
          if (empty && conn.upstreamEnded) guard.close(conn, "end");
          else if (conn.toClient.bytes <= RELAY_HIGH_WATER_BYTES) conn.upstream?.resume();
        },
        close(client) {
          guard.closing.delete(client as Socket<Conn | undefined>);
          if (client.data) guard.close(client.data, "gone");
        },
        error(client) {
          guard.closing.delete(client as Socket<Conn | undefined>);
          if (client.data) guard.close(client.data, "gone");
        },
      },
    });
    this.stopSweep = every(o.clock, GUARD_SWEEP_MS, () => this.sweep());
  }

  get port(): number {
    return this.listener.port;
  }

  stats(): HttpStatsJson {
    const l = this.o.limits;
    return { open: this.conns.size, closing: this.closing.size, accepted: this.accepted, refused: this.refused, idleClosed: this.idleClosed, slowClosed: this.slowClosed, maxConnections: l.maxConnections, idleMs: l.idleMs, requestMs: l.requestMs };
  }

  /** Stops listening and closes every connection. */
  stop(): void {
    this.stopSweep();
    this.listener.stop(true);
    for (const c of [...this.conns]) this.close(c, "cut");
    for (const s of this.closing.keys()) s.terminate();
    this.closing.clear();
  }

  /** Closes connections idle or slow past their limits (a pure rule over each connection's two times). */
  private sweep(): void {
    const now = this.o.clock.monotonic();
    for (const c of [...this.conns]) {
      const verdict = overdue(c, now, this.o.limits);
      if (verdict === "slow") this.slowClosed++;
      if (verdict === "idle") this.idleClosed++;
      if (verdict) this.close(c, "cut");
    }
    for (const [socket, deadline] of this.closing) {
      if (now >= deadline) {
        this.closing.delete(socket);
        socket.terminate();
      }
    }
  }

  private connectUpstream(conn: Conn): void {
    const guard = this;
    void Bun.connect<Conn>({
      unix: this.o.upstream,
      data: conn,
      socket: {
        open(upstream) {
          if (conn.closed) return void upstream.end();
          conn.upstream = upstream;
          conn.toUpstream.flush(upstream);
          if (conn.toUpstream.bytes <= RELAY_HIGH_WATER_BYTES) conn.client?.resume();
        },
        data(upstream, chunk) {
          if (conn.closed) return;
          // The answer has started: the request is no longer waiting on grand.
          conn.requestSinceMs = undefined;
          conn.toClient.push(Uint8Array.from(chunk));
          const before = conn.toClient.bytes;
          conn.toClient.flush(conn.client!);
          if (conn.toClient.bytes < before) conn.lastActivityMs = guard.o.clock.monotonic();
          if (conn.toClient.bytes > RELAY_HIGH_WATER_BYTES) upstream.pause();
        },
        drain(upstream) {
          if (conn.closed) return;
          conn.toUpstream.flush(upstream);
          if (conn.toUpstream.bytes <= RELAY_HIGH_WATER_BYTES) conn.client?.resume();
        },
        close() {
          conn.upstreamEnded = true;
          if (conn.toClient.bytes === 0) guard.close(conn, "end");
        },
        error() {
          guard.close(conn, "cut");
        },
      },
    }).catch((e: Error) => {
      this.o.log.event("http-upstream-failed", { error: e.message });
      this.close(conn, "cut");
    });
  }

  /**
   * Ends a connection: "end" politely (the answer is complete; the client gets
   * CLOSE_GRACE_MS to close its side), "cut" at once (timed out, failed, stopping),
   * "gone" when the client already closed.
   */
  private close(conn: Conn, how: "end" | "cut" | "gone"): void {
    if (conn.closed) return;
    conn.closed = true;
    this.conns.delete(conn);
    conn.upstream?.end();
    const client = conn.client;
    if (!client || how === "gone") return;
    if (how === "cut") return void client.terminate();
    client.end();
    this.closing.set(client as Socket<Conn | undefined>, this.o.clock.monotonic() + CLOSE_GRACE_MS);
  }
}

/**
 * Whether a connection is past a limit at `now`: a request unanswered for
 * requestMs is slow; with no request waiting, no byte either way for idleMs is
 * idle. (A request waiting on a node is not idle: requestMs alone bounds it.)
 */
export function overdue(c: { lastActivityMs: number; requestSinceMs?: number }, now: number, limits: Pick<ConnectionLimits, "idleMs" | "requestMs">): "slow" | "idle" | undefined {
  if (c.requestSinceMs !== undefined) return now - c.requestSinceMs >= limits.requestMs ? "slow" : undefined;
  return now - c.lastActivityMs >= limits.idleMs ? "idle" : undefined;
}
