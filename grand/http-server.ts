/**
 * The shell around grand's API (`http-api.ts`): Bun.serve in production mode,
 * so a request that breaks a handler gets a short JSON error (never Bun's
 * development page with the working directory, stack and source) and the
 * failure goes to grand's log instead. A unix socket is made 0600.
 *
 * Runs on grand's event loop; nothing here blocks.
 */
import { chmodSync } from "node:fs";
import { UsageError, type Logger } from "../runtime/wire/index.ts";
import { errorResponse } from "./api-errors.ts";
import { formatHttpAddress, type HttpAddress } from "./config.ts";
import { MAX_BODY_BYTES } from "./http-api.ts";

/** A running API server. */
export interface ApiServer {
  /** http://host:port or unix:PATH. */
  readonly url: string;
  /** The bound TCP port; undefined on a unix socket. */
  readonly port?: number;
  /** Closes the listener and every connection. */
  stop(): Promise<void>;
}

/** Mode of the API's unix socket: only grand's own user can connect at all (POSTs still need the token). */
export const UNIX_SOCKET_MODE = 0o600;

/** What the server answers when a handler throws: no message, path or stack (those go to the log). */
export const INTERNAL_ERROR = "grand failed to answer this request; the reason is in grand's log";

/** Serves `fetch` on `http`; a bind failure is a UsageError naming --http. */
export function serveApi(o: { http: HttpAddress; fetch: (req: Request) => Response | Promise<Response>; log: Logger }): ApiServer {
  const common = {
    fetch: o.fetch,
    development: false,
    maxRequestBodySize: MAX_BODY_BYTES,
    error(error: Error) {
      o.log.event("http-error", { error: error?.message ?? String(error) });
      return errorResponse({ error: INTERNAL_ERROR }, 500);
    },
  };
  let server: ReturnType<typeof Bun.serve>;
  try {
    if ("unix" in o.http) {
      // Only grand's own user may connect: the socket is created 0600 (umask while binding, chmod after).
      const umask = process.umask(0o177);
      try {
        server = Bun.serve({ ...common, unix: o.http.unix });
      } finally {
        process.umask(umask);
      }
      chmodSync(o.http.unix, UNIX_SOCKET_MODE);
    } else {
      server = Bun.serve({ ...common, hostname: o.http.address, port: o.http.port, idleTimeout: 0 });
    }
  } catch (e) {
    throw new UsageError(`cannot serve HTTP on ${formatHttpAddress(o.http)}: ${(e as Error).message}; choose another with --http HOST:PORT`);
  }
  const http = o.http;
  return {
    url: "unix" in http ? `unix:${http.unix}` : `http://${http.address}:${server.port}`,
    port: "unix" in http ? undefined : server.port,
    stop: () => server.stop(true),
  };
}
