/**
 * Readiness: how the supervisor knows a started program is up. Either a TCP port
 * accepts connections, or the program is still alive after a while; either way the
 * wait is raced against the program's early exit by the supervisor.
 *
 * PortProbe is the seam: tcpProbe really connects; MemoryPorts is its twin.
 */
import { createConnection } from "node:net";

/** Whether host:port accepts a TCP connection right now. Never rejects. */
export type PortProbe = (host: string, port: number) => Promise<boolean>;

/** How long one connection attempt may take before it counts as "not yet". */
export const PROBE_ATTEMPT_MS = 1_000;

export type ReadyCheck =
  /** Ready when host:port accepts a connection; port and host may be whole placeholders. */
  | { readonly kind: "tcp"; readonly port: string; readonly host: string; readonly timeoutMs: number }
  /** Ready when the program is still running after ms. */
  | { readonly kind: "alive"; readonly ms: number };

/** The real probe: opens a TCP connection and closes it at once. */
export const tcpProbe: PortProbe = (host, port) =>
  new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean): void => {
      socket.removeAllListeners();
      socket.on("error", () => {});
      socket.destroy();
      resolve(ok);
    };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.setTimeout(PROBE_ATTEMPT_MS, () => done(false));
  });

/** In-memory twin: a set of "listening" host:port pairs tests open and close. */
export class MemoryPorts {
  private readonly open = new Set<string>();
  /** Number of probes made. */
  probes = 0;

  listen(host: string, port: number): void {
    this.open.add(`${host}:${port}`);
  }

  close(host: string, port: number): void {
    this.open.delete(`${host}:${port}`);
  }

  readonly probe: PortProbe = async (host, port) => {
    this.probes++;
    return this.open.has(`${host}:${port}`);
  };
}
