/**
 * Readiness: how the supervisor knows a started (or reloaded) program is up.
 *
 *   alive    still running after ms
 *   tcp      host:port accepts a connection
 *   http     a GET of url answers as expected (by default any 2xx status)
 *   command  a check command (argv, never a shell) exits 0
 *
 * Every wait is raced by the supervisor against the program's early exit, a
 * timeout and Stop; this file only says how to ask once, and in words what is
 * being waited for.
 *
 * The network probes are seams: tcpProbe and httpProbe really connect; MemoryPorts
 * and MemoryHttp are their in-memory twins. The command probe goes through the
 * supervisor's process runner, so MemoryProcessRunner stands in for it.
 */
import { createConnection } from "node:net";

/** Whether host:port accepts a TCP connection right now. Never rejects. */
export type PortProbe = (host: string, port: number) => Promise<boolean>;

/** What a server answered to a GET. */
export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
}

/** GETs url; undefined when nothing answered within timeoutMs. Never rejects. */
export type HttpProbe = (url: string, timeoutMs: number) => Promise<HttpAnswer | undefined>;

/** How long one probe attempt may take before it counts as "not yet". */
export const PROBE_ATTEMPT_MS = 1_000;
/** Characters of an HTTP body kept for matching. */
export const HTTP_BODY_CHARS = 64 * 1024;

/** What an HTTP readiness probe expects; by default any 2xx status. */
export interface HttpExpectation {
  /** The exact status wanted. */
  readonly status?: number;
  /** Text the body must contain. */
  readonly bodyIncludes?: string;
  /**
   * A test of the body (a status document parsed and asked a question), with
   * what it waits for in words for messages ("icecast serving /live").
   */
  readonly body?: { readonly test: (body: string) => boolean; readonly describe: string };
}

/** A readiness check with every value known (no placeholders left). */
export type Readiness =
  | { readonly kind: "alive"; readonly ms: number }
  | { readonly kind: "tcp"; readonly host: string; readonly port: number; readonly timeoutMs: number }
  | { readonly kind: "http"; readonly url: string; readonly expect?: HttpExpectation; readonly timeoutMs: number }
  | { readonly kind: "command"; readonly argv: readonly string[]; readonly timeoutMs: number };

/** The network probes the supervisor uses; each defaults to the real one. */
export interface Probes {
  readonly tcp?: PortProbe;
  readonly http?: HttpProbe;
}

/** Whether an HTTP answer is the one expected. */
export function answerMatches(answer: HttpAnswer | undefined, expect: HttpExpectation = {}): boolean {
  if (!answer) return false;
  const statusOk = expect.status !== undefined ? answer.status === expect.status : answer.status >= 200 && answer.status < 300;
  return statusOk && (expect.bodyIncludes === undefined || answer.body.includes(expect.bodyIncludes)) && (expect.body === undefined || expect.body.test(answer.body));
}

/** What is being waited for, in words: "waiting for 127.0.0.1:8000 to accept connections". */
export function describeReadiness(r: Readiness | undefined): string {
  if (!r) return "spawned";
  switch (r.kind) {
    case "alive":
      return `must stay up for ${r.ms} ms`;
    case "tcp":
      return `waiting for ${r.host}:${r.port} to accept connections`;
    case "http": {
      const status = r.expect?.status !== undefined ? `status ${r.expect.status}` : "a 2xx status";
      const body =
        r.expect?.body !== undefined
          ? ` showing ${r.expect.body.describe}`
          : r.expect?.bodyIncludes !== undefined
            ? ` with a body containing ${JSON.stringify(r.expect.bodyIncludes)}`
            : "";
      return `waiting for ${r.url} to answer ${status}${body}`;
    }
    case "command":
      return `waiting for ${r.argv.join(" ")} to exit 0`;
  }
}

/** How long readiness may take before the start counts as timed out (0: no timeout). */
export function readinessTimeoutMs(r: Readiness | undefined): number {
  return r === undefined || r.kind === "alive" ? 0 : r.timeoutMs;
}

/** The real TCP probe: opens a connection and closes it at once. */
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

/** The real HTTP probe: one GET, no redirects followed, the body cut at HTTP_BODY_CHARS. */
export const httpProbe: HttpProbe = async (url, timeoutMs) => {
  try {
    const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.text()).slice(0, HTTP_BODY_CHARS);
    return { status: res.status, body };
  } catch {
    return undefined;
  }
};

/** In-memory twin of the TCP probe: a set of "listening" host:port pairs tests open and close. */
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

/** In-memory twin of the HTTP probe: answers tests set per URL; other URLs do not answer. */
export class MemoryHttp {
  private readonly answers = new Map<string, HttpAnswer>();
  /** URLs requested, in order. */
  readonly requests: string[] = [];

  answer(url: string, status: number, body = ""): void {
    this.answers.set(url, { status, body });
  }

  silence(url: string): void {
    this.answers.delete(url);
  }

  readonly probe: HttpProbe = async (url) => {
    this.requests.push(url);
    return this.answers.get(url);
  };
}
