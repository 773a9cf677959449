/**
 * The shell around grand's API (`http-api.ts`): Bun.serve in production mode,
 * so a request that breaks a handler gets a short JSON error (never Bun's
 * development page with the working directory, stack and source) and the
 * failure goes to grand's log instead.
 *
 * On TCP the public socket is a `ConnectionGuard` (http-guard.ts: connection
 * cap, idle and slow-request timeouts) relaying to Bun.serve on a unix socket
 * in a private directory (0700) made for this run and removed at stop. On a
 * unix socket (`--http unix:PATH`) Bun.serve listens itself, the socket made
 * 0600: only grand's user can connect at all.
 *
 * Runs on grand's event loop; nothing here blocks.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError, type Clock, type Logger } from "../runtime/wire/index.ts";
import { errorResponse } from "./api-errors.ts";
import type { HttpStatsJson } from "./api-views.ts";
import { formatHttpAddress, type HttpAddress } from "./config.ts";
import { ConnectionGuard, type ConnectionLimits } from "./http-guard.ts";
import { MAX_BODY_BYTES } from "./http-api.ts";

/** A running API server. */
export interface ApiServer {
  /** http://host:port or unix:PATH. */
  readonly url: string;
  /** The bound TCP port; undefined on a unix socket. */
  readonly port?: number;
  /** The connection guard's counters (TCP only). */
  stats(): HttpStatsJson | undefined;
  /** Closes the listener and every connection. */
  stop(): Promise<void>;
}

/** Mode of the API's unix socket: only grand's own user can connect at all (POSTs still need the token). */
export const UNIX_SOCKET_MODE = 0o600;

/** What the server answers when a handler throws: no message, path or stack (those go to the log). */
export const INTERNAL_ERROR = "grand failed to answer this request; the reason is in grand's log";

/** Serves `fetch` on `http`; a bind failure is a UsageError naming --http. */
export function serveApi(o: { http: HttpAddress; fetch: (req: Request) => Response | Promise<Response>; log: Logger; limits: ConnectionLimits; clock: Clock }): ApiServer {
  const http = o.http;
  const serveOn = (unix: string) =>
    Bun.serve({
      unix,
      fetch(req, server) {
        // Bun's own idle timeout (10 s, not settable on a unix socket) would also cut a Start
        // waiting 15 s on its node; the guard times connections out instead.
        server.timeout(req, 0);
        return o.fetch(req);
      },
      development: false,
      maxRequestBodySize: MAX_BODY_BYTES,
      error(error: Error) {
        o.log.event("http-error", { error: error?.message ?? String(error) });
        return errorResponse({ error: INTERNAL_ERROR }, 500);
      },
    });
  if ("unix" in http) {
    let server: ReturnType<typeof Bun.serve>;
    try {
      // Created 0600: umask while binding, chmod after.
      const umask = process.umask(0o177);
      try {
        server = serveOn(http.unix);
      } finally {
        process.umask(umask);
      }
      chmodSync(http.unix, UNIX_SOCKET_MODE);
    } catch (e) {
      throw bindError(http, e);
    }
    return { url: `unix:${http.unix}`, stats: () => undefined, stop: () => server.stop(true) };
  }
  const dir = mkdtempSync(join(tmpdir(), "grand-api-"));
  let inner: ReturnType<typeof Bun.serve> | undefined;
  let guard: ConnectionGuard;
  try {
    inner = serveOn(join(dir, "api.sock"));
    guard = new ConnectionGuard({ hostname: http.address, port: http.port, upstream: join(dir, "api.sock"), limits: o.limits, clock: o.clock, log: o.log });
  } catch (e) {
    void inner?.stop(true);
    rmSync(dir, { recursive: true, force: true });
    throw bindError(http, e);
  }
  return {
    url: `http://${http.address}:${guard.port}`,
    port: guard.port,
    stats: () => guard.stats(),
    async stop() {
      guard.stop();
      await inner!.stop(true);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function bindError(http: HttpAddress, e: unknown): UsageError {
  return new UsageError(`cannot serve HTTP on ${formatHttpAddress(http)}: ${(e as Error).message}; choose another with --http HOST:PORT`);
}
