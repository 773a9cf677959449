/**
 * `lama`, the node agent's command line.
 *
 *   lama [run] [options]   discover grand, register and stay registered
 *   lama keygen            print a new pool key
 *
 * SIGHUP re-reads the pool key files and controller keys (key rotation).
 *   lama id                print the service id this machine would use
 *
 * Settings become a `LamaConfig` (config.ts); `startNode` (start-node.ts)
 * assembles the agent from it.
 */
import { randomBytes } from "node:crypto";
import { DEFAULT_SAMPLE_PERIOD_MS } from "./probes/index.ts";
import {
  createLogger, DEFAULT_GRAND_PORT, DEFAULT_GROUP, DEFAULT_GROUP_PORT, formatPoolKey, KEY_FILE_ENV, LEASE_MS, parse, parseSettings, RENEW_EVERY_MS, runCommandLine, stdio,
  VERSION, type Io,
} from "./wire/index.ts";
import { LAMA_FLAGS, lamaConfigFromSettings, resolveServiceId } from "./config.ts";
import { startNode } from "./start-node.ts";

export type { Io };

const HELP = `lama ${VERSION} — the LAMA node agent

Usage:
  lama [run] [options]   find grand, register this node and keep it registered
  lama keygen            print a new pool key (base64 of 32 random bytes)
  lama id                print the service id this machine would use
  lama --version

Options for run:
  --config FILE          JSON settings file; its keys are these options without --,
                         e.g. {"role": ["web"], "lease-ms": 5000}; options given here win
  --key-file PATH        pool key file; repeat to accept several keys (the first seals).
                         Default: $${KEY_FILE_ENV}. A key file may hold several keys, one
                         a line (the first seals); key files are re-read on SIGHUP
  --controller-key KEY   grand's public controller key (ctl-pub:…, from
                         'grand controller-public'); repeatable. grand's announcements,
                         leases and control channel are then taken only when signed by
                         one. Without any, every pool-key holder can pose as grand:
                         lama warns at start. See docs/security.md
  --controller-key-file PATH
                         file of controller public keys, one a line (re-read on SIGHUP)
  --interface ADDR       IPv4 address of an interface to announce on (repeatable);
                         default: every up, non-loopback IPv4 interface
  --group ADDR           multicast group (default ${DEFAULT_GROUP})
  --group-port N         group UDP port (default ${DEFAULT_GROUP_PORT})
  --grand HOST[:PORT]    grand address for unicast discovery (repeatable; port default ${DEFAULT_GRAND_PORT})
  --no-multicast         announce only to --grand addresses
  --service-id ID        use this id instead of the DMI UUID / permanent MAC
  --role ROLE            role attribute, e.g. streaming, dispatcher, web (repeatable)
  --attr K=V             free-form attribute (repeatable)
  --hostname NAME        hostname attribute (default: this host's name)
  --link-capacity-bps N  capacity of the announcing interfaces in bit/s, overriding /sys
                         (veths report none or 10 Gb/s); default: /sys speed
  --lease-ms N           lease to ask for (default ${LEASE_MS})
  --renew-ms N           renewal period (default ${RENEW_EVERY_MS})
  --adaptors FILE        JSON list of the programs this node can run (see docs/adaptors.md)
  --state-dir DIR        where adaptors keep run records, configs and logs, per service id;
                         a restarted agent adopts the programs found there
                         (default /var/lib/lama as root, else $XDG_STATE_HOME/lama)
  --sample-ms N          NodeStatus sample period (default ${DEFAULT_SAMPLE_PERIOD_MS})
  --log-format text|json one line per event (default text)
  -h, --help
`;

/** Runs the lama command line; resolves to the exit code (run: only when stopped). */
export function lamaMain(argv: string[], io: Io = stdio): Promise<number> {
  return runCommandLine({
    program: "lama",
    version: VERSION,
    help: HELP,
    argv,
    io,
    defaultCommand: "run",
    commands: {
      run: (rest) => run(rest, io),
      keygen: (rest) => {
        parse(rest, {});
        io.stdout(formatPoolKey(randomBytes(32)) + "\n");
        return 0;
      },
      id: (rest) => {
        const { values } = parse(rest, { "service-id": { type: "string" } });
        io.stdout(resolveServiceId(values["service-id"]) + "\n");
        return 0;
      },
    },
  });
}

/** `lama run`: runs until SIGTERM or SIGINT. */
async function run(argv: string[], io: Io): Promise<number> {
  const config = lamaConfigFromSettings(parseSettings(argv, LAMA_FLAGS));
  const log = createLogger({ format: config.logFormat, component: "lama", write: (l) => io.stderr(l + "\n") });
  const running = await startNode(config, { log });
  return await new Promise<number>((resolve) => {
    const shutdown = (signal: string) => {
      log.event("stopping", { id: config.serviceId, signal });
      void running.stop().finally(() => resolve(0));
    };
    process.once("SIGTERM", () => shutdown("SIGTERM"));
    process.once("SIGINT", () => shutdown("SIGINT"));
    // Key rotation without a restart (which would stop the programs): re-read the key files.
    process.on("SIGHUP", () => {
      try {
        log.event("keys-reloaded", { id: config.serviceId, ...running.reloadKeys() });
      } catch (e) {
        log.event("keys-reload-failed", { id: config.serviceId, error: (e as Error).message, kept: "the keys in use before" });
      }
    });
  });
}

if (import.meta.main) {
  process.exitCode = await lamaMain(process.argv.slice(2));
  process.exit();
}
