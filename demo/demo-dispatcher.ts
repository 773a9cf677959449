/**
 * The project's own small dispatcher: `npm start`'s stand-in for the
 * haproxy-dispatcher adaptor where haproxy is not installed (or not asked for).
 * It is an adaptor that runs inside the dispatcher node's agent (demo/demo-agent.ts):
 * a TCP proxy on `bind:port` whose backend list grand changes live with Set of
 * `backends`, in the haproxy-dispatcher adaptor's spelling and meaning
 * (adaptors/haproxy/backends.ts):
 *   ready  takes new clients: each goes to the ready backend with the fewest
 *          open sessions per unit of weight (haproxy's leastconn);
 *   drain  no new clients; its open sessions flow on;
 *   maint  nothing new; a backend left out of the list is the same.
 * A Set never touches an open session. Status reports each backend's sessions
 * and bytes in haproxy's words, so the demo reads both dispatchers alike:
 *   `relay-1 127.0.0.11:8000 w1 UP: 3 sessions (5 total), 420 B in, 96000 B out`.
 * Not a production proxy: no timeouts, no health checks, loopback only.
 */
import type { Socket, TCPSocketListener } from "bun";
import {
  AdaptorFailureError, InvalidParameterError, parseBackends, validateParams,
  type Adaptor, type AdaptorDescription, type AdaptorResult, type AdaptorStatusInfo, type AdaptorState, type Backend, type ParamSpec,
} from "../adaptors/index.ts";

export const DEMO_DISPATCHER_PARAMS: readonly ParamSpec[] = [
  { name: "port", type: "port", required: true, description: "TCP port clients connect to" },
  { name: "bind", type: "host", default: "127.0.0.1", description: "address the frontend listens on" },
  { name: "backends", type: "string", default: "", description: "ID@ADDRESS:PORT[/WEIGHT[/STATE]], … applied live" },
];

/** One backend and its counters (kept while it is listed; its open sessions keep theirs). */
interface Slot {
  backend: Backend;
  sessions: number;
  total: number;
  bytesIn: number;
  bytesOut: number;
}

/** Bytes one side could not take yet, sent again on its `drain`. */
interface Pending {
  queue: Uint8Array[];
}

interface Conn {
  slot: Slot;
  upstream?: Socket<Conn>;
  /** Client bytes that arrived before the upstream connection opened. */
  early: Uint8Array[];
  toClient: Pending;
  toUpstream: Pending;
  closed: boolean;
}

/** Writes what the socket takes now and queues the rest for its drain handler. */
function send(sock: Socket<Conn>, pending: Pending, data: Uint8Array): void {
  if (pending.queue.length) {
    pending.queue.push(data);
    return;
  }
  const n = sock.write(data);
  if (n < data.length) pending.queue.push(data.subarray(Math.max(0, n)));
}

function flush(sock: Socket<Conn>, pending: Pending): void {
  while (pending.queue.length) {
    const head = pending.queue[0]!;
    const n = sock.write(head);
    if (n < head.length) {
      pending.queue[0] = head.subarray(Math.max(0, n));
      return;
    }
    pending.queue.shift();
  }
}

export class DemoDispatcher implements Adaptor {
  private state: AdaptorState = "stopped";
  private params: Record<string, string> = {};
  private listener: TCPSocketListener<Conn> | undefined;
  private slots = new Map<string, Slot>();
  private readonly open = new Set<Conn>();

  constructor(readonly name: string) {}

  describe(): AdaptorDescription {
    return { name: this.name, type: "demo-dispatcher", description: "npm start's own small dispatcher (a TCP proxy, backends set live)", params: DEMO_DISPATCHER_PARAMS };
  }

  status(): AdaptorStatusInfo {
    const traffic = [...this.slots.values()].map((s) =>
      `${s.backend.id} ${s.backend.address}:${s.backend.port} w${s.backend.weight} ${s.backend.state === "ready" ? "UP" : s.backend.state.toUpperCase()}: ` +
      `${s.sessions} sessions (${s.total} total), ${s.bytesIn} B in, ${s.bytesOut} B out`);
    const detail = this.state === "running" ? [`listening on ${this.params.bind}:${this.params.port}`, ...traffic].join("; ") : this.state;
    return { name: this.name, state: this.state, pid: process.pid, restarts: 0, params: { ...this.params }, detail };
  }

  async start(params: Readonly<Record<string, string>>): Promise<AdaptorResult> {
    if (this.state === "running") return this.result("already running", true);
    const values = this.validate(params);
    this.listen(values);
    this.apply(values.backends!);
    this.params = values;
    this.state = "running";
    return this.result(`listening on ${values.bind}:${values.port}`, false);
  }

  async stop(): Promise<AdaptorResult> {
    if (this.state !== "running") return this.result("already stopped", true);
    this.listener?.stop(true);
    this.listener = undefined;
    for (const c of this.open) this.close(c);
    this.slots.clear();
    this.state = "stopped";
    return this.result("stopped", false);
  }

  async set(params: Readonly<Record<string, string>>): Promise<AdaptorResult> {
    const values = this.validate({ ...this.params, ...params });
    if (this.state !== "running") {
      this.params = values;
      return this.result("not running; the parameters apply at the next Start", false);
    }
    const same = (k: string) => values[k] === this.params[k];
    if (same("port") && same("bind") && same("backends")) return this.result("nothing differs", true);
    if (!same("port") || !same("bind")) {
      const old = this.listener;
      this.listen(values); // open sessions stay with the old listener's sockets
      old?.stop(false);
    }
    this.apply(values.backends!);
    this.params = values;
    return this.result(`backends ${values.backends || "(none)"}`, false);
  }

  private validate(params: Readonly<Record<string, string>>): Record<string, string> {
    const values = { ...validateParams(DEMO_DISPATCHER_PARAMS, params).canonical };
    try {
      parseBackends(values.backends ?? "");
    } catch (e) {
      throw new InvalidParameterError("backends", "ID@ADDRESS:PORT[/WEIGHT[/STATE]], …", (e as Error).message);
    }
    return values;
  }

  /** Replaces the list; a backend still listed keeps its counters. */
  private apply(text: string): void {
    const next = new Map<string, Slot>();
    for (const b of parseBackends(text)) {
      const old = this.slots.get(b.id);
      next.set(b.id, old ? Object.assign(old, { backend: b }) : { backend: b, sessions: 0, total: 0, bytesIn: 0, bytesOut: 0 });
    }
    this.slots = next;
  }

  /** The ready backend with the fewest sessions per unit of weight (ties: by id). */
  private pick(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots.values()) {
      if (s.backend.state !== "ready" || s.backend.weight === 0) continue;
      if (!best || s.sessions / s.backend.weight < best.sessions / best.backend.weight) best = s;
    }
    return best;
  }

  private close(c: Conn): void {
    if (c.closed) return;
    c.closed = true;
    c.slot.sessions--;
    this.open.delete(c);
    c.upstream?.end();
  }

  private listen(values: Record<string, string>): void {
    const self = this;
    try {
      this.listener = Bun.listen<Conn>({
        hostname: values.bind!,
        port: Number(values.port),
        socket: {
          open(client) {
            const slot = self.pick();
            if (!slot) {
              client.end();
              return;
            }
            const c: Conn = { slot, early: [], toClient: { queue: [] }, toUpstream: { queue: [] }, closed: false };
            client.data = c;
            slot.sessions++;
            slot.total++;
            self.open.add(c);
            Bun.connect<Conn>({
              hostname: slot.backend.address,
              port: slot.backend.port,
              data: c,
              socket: {
                open(up) {
                  c.upstream = up;
                  for (const d of c.early.splice(0)) send(up, c.toUpstream, d);
                  if (c.closed) up.end();
                },
                data(_up, d) {
                  slot.bytesOut += d.length;
                  send(client, c.toClient, d);
                },
                drain(up) {
                  flush(up, c.toUpstream);
                },
                close() {
                  self.close(c);
                  client.end();
                },
                error() {},
              },
            }).catch(() => {
              self.close(c);
              client.end();
            });
          },
          data(client, d) {
            const c = client.data;
            if (!c) return;
            c.slot.bytesIn += d.length;
            if (c.upstream) send(c.upstream, c.toUpstream, d);
            else c.early.push(new Uint8Array(d));
          },
          drain(client) {
            if (client.data) flush(client, client.data.toClient);
          },
          close(client) {
            if (client.data) self.close(client.data);
          },
          error() {},
        },
      });
    } catch (e) {
      throw new AdaptorFailureError(`cannot listen on ${values.bind}:${values.port}: ${(e as Error).message}`);
    }
  }

  private result(message: string, noOp: boolean): AdaptorResult {
    return { status: this.status(), message, noOp };
  }
}
