/**
 * One `npm start` node: the agent `lama run` is, assembled by `startNode` the
 * same way, with three of its seams replaced because every demo node shares one
 * host and its loopback:
 *   --demo-address 127.0.0.N   the address the node registers (each node has its own
 *                              loopback address, so every node's server can use one port);
 *   --demo-load-file FILE      the node's load (tx) is what its stream server says it
 *                              sent (demo/stream-server.ts --stats), not /proc's, which
 *                              cannot tell the nodes' loopback traffic apart; the rest of
 *                              the sample (CPU, memory, …) is the real /proc sample;
 *   --demo-dispatcher NAME     adds the project's own small dispatcher (demo/demo-dispatcher.ts)
 *                              as adaptor NAME, beside those of --adaptors.
 * Every other option is `lama run`'s.
 *
 *   bun demo/demo-agent.ts --demo-address 127.0.0.11 --demo-load-file /tmp/x/relay-1.stats.json \
 *       --key-file pool.key --interface 127.0.0.1 --service-id relay-1 --role relay --adaptors relay-1.json
 */
import { readFileSync } from "node:fs";
import { loadAdaptors, type AdaptorRegistry } from "../adaptors/index.ts";
import type { lama } from "../proto/index.ts";
import { LAMA_FLAGS, lamaConfigFromSettings, Sampler, startNode, type StatusSampler } from "../runtime/index.ts";
import { createLogger, parseSettings, VERSION } from "../runtime/wire/index.ts";
import { DemoDispatcher } from "./demo-dispatcher.ts";

const DEMO_FLAGS = ["--demo-address", "--demo-load-file", "--demo-dispatcher"];

/** Splits the demo's own options from lama's. */
function split(argv: string[]): { demo: Record<string, string>; rest: string[] } {
  const demo: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (DEMO_FLAGS.includes(argv[i]!)) demo[argv[i]!.slice(7)] = argv[++i] ?? "";
    else rest.push(argv[i]!);
  }
  return { demo, rest };
}

/** The real /proc sample, with tx (and the link's worth) taken from the node's stream server. */
class StreamServerLoad implements StatusSampler {
  private readonly inner: Sampler;
  private prev: { bytes: number; atMs: number } | undefined;

  constructor(serviceId: string, private readonly file: string, private readonly capacityBps: number) {
    this.inner = new Sampler({ serviceId });
  }

  sample(nowMs: number): lama.v1.INodeStatus {
    const status = this.inner.sample(nowMs);
    let bytes: number | undefined;
    try {
      bytes = (JSON.parse(readFileSync(this.file, "utf8")) as { bytes: number }).bytes;
    } catch {
      bytes = undefined; // no server running: nothing sent
    }
    let txBps = 0;
    if (bytes !== undefined && this.prev && nowMs > this.prev.atMs && bytes >= this.prev.bytes) {
      txBps = ((bytes - this.prev.bytes) * 8 * 1000) / (nowMs - this.prev.atMs);
    }
    this.prev = bytes === undefined ? undefined : { bytes, atMs: nowMs };
    return { ...status, txBps, rxBps: 0, linkCapacityBps: this.capacityBps };
  }
}

const { demo, rest } = split(process.argv.slice(2));
const config = lamaConfigFromSettings(parseSettings(rest, LAMA_FLAGS));
const log = createLogger({ format: config.logFormat, component: "lama", write: (l) => process.stderr.write(l + "\n") });
const registry: AdaptorRegistry = config.adaptorsFile
  ? loadAdaptors(readFileSync(config.adaptorsFile, "utf8"), { log, stateDir: `${config.stateDir}/${config.serviceId}` }, `adaptor config ${config.adaptorsFile}`)
  : loadAdaptors("[]");
if (demo.dispatcher) registry.add(new DemoDispatcher(demo.dispatcher));
const address = demo.address ?? "127.0.0.1";
const running = await startNode(config, {
  log,
  registry,
  sampler: demo["load-file"] ? new StreamServerLoad(config.serviceId, demo["load-file"], config.linkCapacityBps) : undefined,
  attributes: () => ({
    roles: config.roles, hostname: config.hostname, addresses: [`${address}/8`], linkCapacityBps: config.linkCapacityBps, agentVersion: VERSION,
    extra: config.attrs, adaptors: registry.names(),
  }),
});
const shutdown = () => void running.stop().finally(() => process.exit(0));
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
