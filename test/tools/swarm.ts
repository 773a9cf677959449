/**
 * Benchmark tool: many agents in one process, to load grand with hundreds of
 * registrations and control channels on one machine.
 *
 *   bun test/tools/swarm.ts --count N --key-file F --bind ADDR --grand ADDR:PORT [--sample-ms 2000] [--prefix s]
 *
 * Each agent is a real node started by `startNode` (own UDP socket, own lease,
 * own WebRTC channel, telemetry every period), discovering grand by unicast so
 * the agents do not open each other's announcements. One /proc sample per period is
 * shared by all (the swarm measures grand, not the probes).
 */
import { parseArgs } from "node:util";
import { lamaConfig, Sampler, startNode, type RunningNode } from "../../runtime/index.ts";
import { loadKeyring, loadSodium, openUdpTransport, type Logger } from "../../runtime/wire/index.ts";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    count: { type: "string" }, "key-file": { type: "string" }, bind: { type: "string" }, grand: { type: "string" },
    "sample-ms": { type: "string", default: "2000" }, prefix: { type: "string", default: "swarm" },
  },
});
const count = Number(values.count);
const [gAddr, gPort] = values.grand!.split(":");
const sodium = await loadSodium();
const keyring = loadKeyring(sodium, [values["key-file"]!]);
const quiet: Logger = { event() {} };
const sampler = new Sampler({ serviceId: "shared" });
let shared = sampler.sample(Date.now());
let sharedAt = Date.now();
const samplePeriodMs = Number(values["sample-ms"]);

const nodes: RunningNode[] = [];
for (let i = 0; i < count; i++) {
  const id = `${values.prefix}-${String(i).padStart(4, "0")}`;
  const attributes = { roles: ["streaming"], hostname: id, addresses: [`${values.bind}/15`] };
  const config = lamaConfig({ serviceId: id, roles: attributes.roles, hostname: id, multicast: false, grands: [{ address: gAddr!, port: Number(gPort) }], sampleMs: samplePeriodMs });
  const node = await startNode(config, {
    keyring,
    log: quiet,
    transport: await openUdpTransport({ group: "239.255.41.60", groupPort: 4160, interfaces: [], bindAddress: values.bind!, port: 0, joinGroup: false }),
    attributes: () => attributes,
    bindAddress: () => values.bind,
    sampler: {
      sample(now) {
        if (now - sharedAt >= samplePeriodMs / 2) {
          shared = sampler.sample(now);
          sharedAt = now;
        }
        return { ...shared, serviceId: id };
      },
    },
  });
  nodes.push(node);
  if (i % 50 === 49) await Bun.sleep(200); // pace the joins a little
}
console.log(`swarm started ${count}`);
process.on("SIGTERM", () => process.exit(0));
