/**
 * `grand`, the controller's command line: dispatch and `grand serve`.
 *
 *   grand [serve] [options]   run the lookup service, leases and HTTP API
 *   grand nodes [--api URL]   list registered nodes as a table (or --json)
 *   grand events [--api URL]  follow registration events
 *   grand token               print a new API token
 *   grand controller-keygen   print a new controller secret
 *   grand controller-public F print the public half of a controller secret file
 *
 * `grand serve` re-reads its pool key files and controller secret on SIGHUP.
 *
 * Settings become a `GrandConfig` (config.ts), `startGrand` (start-grand.ts)
 * assembles grand from it; the client commands are client.ts.
 */
import { randomBytes } from "node:crypto";
import {
  createLogger, formatControllerPublic, formatControllerSecret, KEY_FILE_ENV, loadSodium, parse, parseSettings, readControllerSecretFile, runCommandLine, stdio,
  UsageError, VERSION, DEFAULT_GRAND_PORT, DEFAULT_GROUP, DEFAULT_GROUP_PORT, type Io,
} from "../runtime/wire/index.ts";
import { simulateMain } from "./engine/lab/index.ts";
import { API_TOKEN_ENV } from "./api-token.ts";
import { API_ENV, events, nodeCall, nodes, token } from "./client.ts";
import {
  DEFAULT_HTTP, DEFAULT_ICE_PORT, DEFAULT_HTTP_IDLE_MS, DEFAULT_HTTP_MAX_CONNECTIONS, DEFAULT_HTTP_REQUEST_MS, GRAND_FLAGS, grandConfigFromSettings,
} from "./config.ts";
import { DEFAULT_EVENTS_BACKLOG } from "./sse.ts";
import { MAX_LEASE_MS, MIN_LEASE_MS } from "./lease-table.ts";
import { GRAND_ANNOUNCE_MS } from "./lookup-service.ts";
import { startGrand } from "./start-grand.ts";

const HELP = `grand ${VERSION} — the LAMA controller

Usage:
  grand [serve] [options]        run the lookup service, leases and HTTP API
  grand nodes [--api URL] [--role R] [--json]
                                 list registered nodes
  grand events [--api URL] [--since [EPOCH:]N] [--once]
                                 follow registration events (registered, renewed-with-changes, expired, cancelled);
                                 reconnects when grand restarts and prints a "reset" line instead of skipping
                                 (events are numbered from 1 in each epoch); --once stops when the stream ends
  grand status NODE [--api URL] [--json]
                                 a node's live status (load, adaptors) over its control channel
  grand start|stop|set NODE ADAPTOR [KEY=VALUE...] [--api URL]
                                 act on a node's adaptor, e.g. grand start node-1 web port=8080
                                 (needs the API token: --api-token-file PATH)
  grand token                    print a new API token: grand token > api.token
  grand controller-keygen        print a new controller secret (Ed25519 seed):
                                 grand controller-keygen > controller.secret; chmod 600 it
  grand controller-public FILE   print the public half of a controller secret, for every
                                 node's --controller-key (and images' lama.controller=)
  grand simulate [--workload paper|diurnal[:FROM-TO]|flash[:SPEC]|FILE.csv] [--policy NAME|all]
                 [--lead-time S] [--seed N] [--noise F] [--model sticky|resplit] [--json] [--out DIR]
                                 run the reallocation policies in the simulator (see grand simulate --help)
  grand --version

Options for serve:
  --config FILE          JSON settings file; its keys are these options without --,
                         e.g. {"port": 4161, "interface": ["198.18.0.1"]}; options given here win
  --key-file PATH        pool key file; repeat to accept several keys (the first seals).
                         Default: $${KEY_FILE_ENV}. A key file may hold several keys, one
                         a line (the first seals); grand answers each packet under the
                         key it came in with. Key files are re-read on SIGHUP
  --controller-secret-file PATH
                         controller secret (from 'grand controller-keygen'; re-read on
                         SIGHUP): grand signs every packet with it, and nodes given its
                         public half take only signed packets as grand's. Without it
                         grand warns that any pool-key holder can pose as grand
  --interface ADDR       IPv4 address of an interface to serve on (repeatable);
                         default: every up, non-loopback IPv4 interface
  --group ADDR           multicast group (default ${DEFAULT_GROUP})
  --group-port N         group UDP port (default ${DEFAULT_GROUP_PORT})
  --port N               UDP port for registrations (default ${DEFAULT_GRAND_PORT}; 0 = any)
  --bind ADDR            address the registration port binds to (default 0.0.0.0)
  --ice-port N           UDP port every control channel's ICE shares (default ${DEFAULT_ICE_PORT}; 0 = a socket per channel)
  --http HOST:PORT       HTTP API address (default ${DEFAULT_HTTP}; port 0 = any);
                         unix:PATH serves on a local socket instead (mode 0600).
                         An address that is not loopback needs --api-token-file
  --api-token-file PATH  API token (make one with 'grand token > PATH', chmod 600):
                         required as "Authorization: Bearer TOKEN" for every POST
                         (start/stop/set), and for every request when --http is not
                         loopback. Without it grand refuses POSTs. See docs/security.md
  --http-max-connections N
                         TCP connections the API holds at once; more get 503 and are
                         closed (default ${DEFAULT_HTTP_MAX_CONNECTIONS})
  --http-idle-ms N       close an API connection silent both ways this long (default ${DEFAULT_HTTP_IDLE_MS})
  --http-request-ms N    a request must arrive whole and its answer start within this
                         long (default ${DEFAULT_HTTP_REQUEST_MS}; above the 15 s a node may take)
  --events-backlog N     drop an event-stream reader this many events behind, with a
                         final "dropped" message (default ${DEFAULT_EVENTS_BACKLOG})
  --id ID                grand id (default: grand-<hostname>)
  --min-lease-ms N       shortest lease granted (default ${MIN_LEASE_MS})
  --max-lease-ms N       longest lease granted (default ${MAX_LEASE_MS})
  --announce-ms N        period of grand's own announcements (default ${GRAND_ANNOUNCE_MS})
  --log-format text|json one line per event (default text)
  --pools FILE           JSON list of pools to reallocate (role, adaptor, policy, capacity,
                         min/max nodes, lead time, …; see docs/policy.md)
  --reallocate MODE      dry-run (default: report each plan, carry nothing out) or live
                         (Start / Stop the pool's adaptor on the nodes)

Options for nodes / events / status / start / stop / set:
  --api URL              grand's HTTP API (default http://${DEFAULT_HTTP}, or $${API_ENV});
                         unix:PATH for a local socket
  --api-token-file PATH  the API token to send (default $${API_TOKEN_ENV}); needed for
                         start/stop/set, and for everything when grand is not on loopback
  -h, --help
`;

export function grandMain(argv: string[], io: Io = stdio): Promise<number> {
  return runCommandLine({
    program: "grand",
    version: VERSION,
    help: HELP,
    argv,
    io,
    defaultCommand: "serve",
    ownHelp: ["simulate"],
    commands: {
      serve: (rest) => serve(rest, io),
      nodes: (rest) => nodes(rest, io),
      events: (rest) => events(rest, io),
      status: (rest) => nodeCall("status", rest, io),
      start: (rest) => nodeCall("start", rest, io),
      stop: (rest) => nodeCall("stop", rest, io),
      set: (rest) => nodeCall("set", rest, io),
      token: async (rest) => token(rest, io),
      "controller-keygen": async (rest) => {
        parse(rest, {});
        io.stdout(formatControllerSecret(randomSeed()) + "\n");
        return 0;
      },
      "controller-public": async (rest) => {
        const { positionals } = parse(rest, {}, true);
        if (positionals.length !== 1) throw new UsageError("grand controller-public takes the controller secret file: grand controller-public controller.secret");
        io.stdout(formatControllerPublic(readControllerSecretFile(await loadSodium(), positionals[0]!).publicKey) + "\n");
        return 0;
      },
      simulate: (rest) => simulateMain(rest, io),
    },
  });
}

/** `grand serve`: runs until SIGTERM or SIGINT. */
async function serve(argv: string[], io: Io): Promise<number> {
  const config = grandConfigFromSettings(parseSettings(argv, GRAND_FLAGS));
  const log = createLogger({ format: config.logFormat, component: "grand", write: (l) => io.stderr(l + "\n") });
  const grand = await startGrand(config, { log });
  return await new Promise<number>((resolve) => {
    const shutdown = (signal: string) => {
      log.event("stopping", { id: config.id, signal });
      void grand.stop().then(() => resolve(0));
    };
    process.once("SIGTERM", () => shutdown("SIGTERM"));
    process.once("SIGINT", () => shutdown("SIGINT"));
    // Key rotation without a restart: re-read the key files and the controller secret.
    process.on("SIGHUP", () => {
      try {
        log.event("keys-reloaded", { id: config.id, ...grand.reloadKeys() });
      } catch (e) {
        log.event("keys-reload-failed", { id: config.id, error: (e as Error).message, kept: "the keys in use before" });
      }
    });
  });
}

/** 32 random bytes: a controller seed. */
const randomSeed = (): Uint8Array => Uint8Array.from(randomBytes(32));

if (import.meta.main) {
  process.exitCode = await grandMain(process.argv.slice(2));
  process.exit();
}
