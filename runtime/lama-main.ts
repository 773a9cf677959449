/**
 * `lama`, the node agent's command line.
 *
 *   lama [run] [options]   discover grand, register and stay registered
 *   lama keygen            print a new pool key
 *   lama id                print the service id this machine would use
 */
import { randomBytes } from "node:crypto";
import { AdaptorRegistry, loadAdaptors } from "../adaptors/index.ts";
import { LamaNode } from "./lama-node.ts";
import { DEFAULT_SAMPLE_PERIOD_MS, Sampler } from "./probes/index.ts";
import os from "node:os";
import type { lama } from "../proto/index.ts";
import { LeaseClient } from "./lease-client.ts";
import {
  checkServiceId, createLogger, DEFAULT_GRAND_PORT, DEFAULT_GROUP, DEFAULT_GROUP_PORT, Envelope, formatPoolKey, KEY_FILE_ENV, LEASE_MS, loadKeyring, loadSodium,
  localIpv4Addresses, nativePeers, openUdpTransport, parse, parseEndpoint, parseIntSetting, parseIpv4, parseMulticastGroup, RENEW_EVERY_MS, runCommandLine, stdio,
  readTextFile, systemClock, UsageError, VERSION, type DatagramTransport, type Io, type LogFormat, type Logger,
} from "./wire/index.ts";
import { chooseServiceId, readMachineFacts } from "./identity.ts";

export type { Io };

const HELP = `lama ${VERSION} — the LAMA node agent

Usage:
  lama [run] [options]   find grand, register this node and keep it registered
  lama keygen            print a new pool key (base64 of 32 random bytes)
  lama id                print the service id this machine would use
  lama --version

Options for run:
  --key-file PATH        pool key file; repeat to accept several keys (the first seals).
                         Default: $${KEY_FILE_ENV}
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

/** Reads `--adaptors FILE` into a registry; no file, no adaptors. */
function loadAdaptorFile(path: string | undefined, log: Logger): AdaptorRegistry {
  if (!path) return new AdaptorRegistry();
  const text = readTextFile(path, { subject: `adaptor config ${path}`, fix: "see docs/adaptors.md for its format", toError: (m) => new UsageError(m) });
  try {
    return loadAdaptors(text, { log }, `adaptor config ${path}`);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function resolveServiceId(given: string | undefined): string {
  if (given !== undefined) {
    const err = checkServiceId(given);
    if (err) throw new UsageError(err);
    return given;
  }
  const id = chooseServiceId(readMachineFacts());
  if (!id) throw new UsageError("this machine has no DMI product UUID and no permanent MAC address; give one with --service-id ID");
  return id;
}

async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    "key-file": { type: "string", multiple: true },
    interface: { type: "string", multiple: true },
    group: { type: "string" },
    "group-port": { type: "string" },
    grand: { type: "string", multiple: true },
    "no-multicast": { type: "boolean" },
    "service-id": { type: "string" },
    role: { type: "string", multiple: true },
    attr: { type: "string", multiple: true },
    hostname: { type: "string" },
    "link-capacity-bps": { type: "string" },
    "lease-ms": { type: "string" },
    "renew-ms": { type: "string" },
    "log-format": { type: "string" },
    adaptors: { type: "string" },
    "sample-ms": { type: "string" },
  });
  const logFormat = (values["log-format"] ?? "text") as LogFormat;
  if (logFormat !== "text" && logFormat !== "json") throw new UsageError(`--log-format '${logFormat}' is not allowed; use text or json`);
  const group = parseMulticastGroup(values.group ?? DEFAULT_GROUP);
  const groupPort = parseIntSetting(values["group-port"], "--group-port", DEFAULT_GROUP_PORT, 1, 65535);
  const grands = (values.grand ?? []).map((g) => parseEndpoint(g, "--grand", DEFAULT_GRAND_PORT));
  const multicast = !values["no-multicast"];
  if (!multicast && grands.length === 0) throw new UsageError("--no-multicast needs at least one --grand HOST:PORT, or grand can never be found");
  const leaseMs = parseIntSetting(values["lease-ms"], "--lease-ms", LEASE_MS, 500, 600_000);
  const renewMs = parseIntSetting(values["renew-ms"], "--renew-ms", RENEW_EVERY_MS, 10, 60_000);
  if (renewMs * 2 > leaseMs) throw new UsageError(`--renew-ms ${renewMs} must be at most half of --lease-ms ${leaseMs}, or one lost renewal expires the node`);
  const extra: Record<string, string> = {};
  for (const kv of values.attr ?? []) {
    const i = kv.indexOf("=");
    if (i <= 0) throw new UsageError(`--attr '${kv}' must be KEY=VALUE`);
    extra[kv.slice(0, i)] = kv.slice(i + 1);
  }
  const explicitIfaces = (values.interface ?? []).map((a) => parseIpv4(a, "--interface"));
  const samplePeriodMs = parseIntSetting(values["sample-ms"], "--sample-ms", DEFAULT_SAMPLE_PERIOD_MS, 100, 3_600_000);
  const log = createLogger({ format: logFormat, component: "lama", write: (l) => io.stderr(l + "\n") });
  const registry = loadAdaptorFile(values.adaptors, log);
  const serviceId = resolveServiceId(values["service-id"]);
  const sodium = await loadSodium();
  const keyring = loadKeyring(sodium, values["key-file"] ?? []);

  const interfaces = (): string[] => explicitIfaces.length ? explicitIfaces : localIpv4Addresses().map((a) => a.address);
  // Addresses of the announcing interfaces (all non-loopback ones by default); re-read
  // every refresh, so a DHCP change reaches grand with the next renewal.
  const addresses = (): string[] => localIpv4Addresses(true)
    .filter((a) => (explicitIfaces.length ? explicitIfaces.includes(a.address) : !a.internal))
    .map((a) => a.cidr);
  const linkCapacityBps = parseIntSetting(values["link-capacity-bps"], "--link-capacity-bps", 0, 0, Number.MAX_SAFE_INTEGER);
  // --link-capacity-bps is what the announcing interfaces are worth (the paper's C),
  // whatever /sys says; other links that report no speed get it too.
  const linkSpeedOverride = (bps: number) => ({
    ...Object.fromEntries(localIpv4Addresses(true)
      .filter((a) => (explicitIfaces.length ? explicitIfaces.includes(a.address) : !a.internal))
      .map((a) => [a.name, bps])),
    "*": bps,
  });
  const attributes = (): lama.v1.IAttributes => ({
    roles: values.role ?? [],
    hostname: values.hostname ?? os.hostname(),
    addresses: addresses(),
    linkCapacityBps,
    agentVersion: VERSION,
    extra,
    adaptors: registry.names(),
  });
  const ifaces = interfaces();
  if (multicast && ifaces.length === 0) {
    throw new UsageError("no up IPv4 interface to announce on; bring one up, pass --interface ADDR, or use --grand HOST:PORT with --no-multicast");
  }
  let transport: DatagramTransport;
  try {
    transport = await openUdpTransport({ group, groupPort, interfaces: multicast ? ifaces : [], bindAddress: "0.0.0.0", port: 0, joinGroup: multicast });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const envelope = new Envelope({ sodium, keyring, senderId: serviceId, clock: systemClock });
  const agent = new LeaseClient({
    item: { serviceId, attributes: attributes() },
    bootId: randomBytes(8).toString("hex"),
    envelope,
    transport,
    clock: systemClock,
    log,
    grands,
    multicast,
    leaseMs,
    renewEveryMs: renewMs,
    refreshAttributes: attributes,
  });
  const node = new LamaNode({
    agent,
    registry,
    sampler: new Sampler({ serviceId, linkSpeedBps: linkCapacityBps ? linkSpeedOverride(linkCapacityBps) : undefined }),
    samplePeriodMs,
    peers: nativePeers,
    clock: systemClock,
    log,
  });
  log.event("starting", { id: serviceId, version: VERSION, interfaces: ifaces, group: `${group}:${groupPort}`, grands: grands.map((g) => `${g.address}:${g.port}`), adaptors: registry.names() });
  node.start();
  return await new Promise<number>((resolve) => {
    const shutdown = (signal: string) => {
      log.event("stopping", { id: serviceId, signal });
      void node.stop().finally(() => {
        // Let the Cancel leave before the sockets close.
        setTimeout(() => {
          transport.close();
          resolve(0);
        }, 50);
      });
    };
    process.once("SIGTERM", () => shutdown("SIGTERM"));
    process.once("SIGINT", () => shutdown("SIGINT"));
  });
}

if (import.meta.main) {
  process.exitCode = await lamaMain(process.argv.slice(2));
  process.exit();
}
