/**
 * Live reallocation with the built binaries in network namespaces: grand brings
 * a pool up to its minimum, supplements a node when the member's real traffic
 * crosses Algorithm 1's threshold, and releases it (drained, then stopped) when
 * the traffic stops — acting through each node's process adaptor.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { binariesMissing, Cluster, Proc, ROOT, waitFor } from "./harness/cluster.ts";
import { NetnsWorld, netnsUnavailable } from "./harness/netns.ts";

const skip = netnsUnavailable() ?? binariesMissing();
if (skip) console.log(`skipping namespace reallocation test: ${skip}`);

const CAPACITY_BPS = 8_000_000;
const tool = (name: string) => join(ROOT, "test/tools", name);

interface PoolReport {
  members: { serviceId: string; ready: boolean; txBps: number }[];
  idle: string[];
  releasing: string[];
  lastActions: { action: string; outcome: string }[];
}

describe.skipIf(!!skip)("live reallocation in network namespaces (built binaries)", () => {
  let world: NetnsWorld;
  let c: Cluster;
  let grand: Proc;

  beforeAll(async () => {
    world = NetnsWorld.create(4); // n0 grand, n1-n2 web nodes, n3 traffic sink
    c = new Cluster(world);
    const adaptors = join(c.dir, "adaptors.json");
    writeFileSync(adaptors, JSON.stringify([{
      name: "web", type: "process", command: [process.execPath, tool("tiny-server.ts"), "{port}"],
      params: { port: { type: "port", default: "8080" } }, stopTimeoutMs: 3000, ready: { tcpPort: "{port}" },
    }]));
    const pools = join(c.dir, "pools.json");
    writeFileSync(pools, JSON.stringify([{
      name: "web", role: "web", adaptor: "web", policy: "threshold", serverParams: { port: "8181" },
      nodeCapacityBps: CAPACITY_BPS, minNodes: 1, maxNodes: 2, leadTimeMs: 0, cooldownMs: 0, drainMs: 1000, periodMs: 1000,
    }]));
    grand = await c.startGrand(world.nodes[0]!, ["--pools", pools, "--reallocate", "live"]);
    for (const i of [1, 2]) {
      c.startAgent(world.nodes[i]!, `web-${i}`, ["--adaptors", adaptors, "--sample-ms", "1000", "--link-capacity-bps", String(CAPACITY_BPS)]);
    }
  }, 60_000);

  afterAll(() => c?.destroy());

  const pool = async () => ((await c.api("/api/pools")).body as unknown as PoolReport[])[0]!;

  test("the pool is brought up to one serving node", async () => {
    await waitFor(async () => (await pool()).members.filter((m) => m.ready).length === 1, 30_000, () => `one member; grand said:\n${grand.output}`);
    const member = (await pool()).members[0]!.serviceId;
    const status = await c.api(`/api/nodes/${member}/status`);
    expect((status.body.adaptors as { state: string }[])[0]!.state).toBe("ADAPTOR_RUNNING");
  }, 40_000);

  test("traffic over 90 % of the member's capacity supplements the other node; silence releases it", async () => {
    const member = (await pool()).members[0]!.serviceId;
    const memberNs = world.nodes[Number(member.split("-")[1])]!;
    const sink = new Proc(world.spawn(world.nodes[3]!, [process.execPath, tool("udp-tool.ts"), "sink", "--port", "9999"]), "sink");
    await waitFor(() => sink.output.includes("sinking"), 10_000);
    // 1.05 MB/s of payload is about 8.7 Mbit/s on the wire: above 0.9 x 8 Mbit/s
    const blast = new Proc(world.spawn(memberNs, [process.execPath, tool("udp-tool.ts"), "blast", "--to", `${world.nodes[3]!.address}:9999`,
      "--rate", "1050000", "--seconds", "12", "--size", "1200"]), "blast");
    let last: PoolReport | undefined;
    await waitFor(async () => (last = await pool()).members.filter((m) => m.ready).length === 2, 15_000,
      () => `a second member; pool: ${JSON.stringify(last)}; grand:\n${grand.output}`);
    const p = await pool();
    expect(p.lastActions.some((a) => a.action.includes("supplement") && a.outcome.startsWith("started"))).toBe(true);
    await blast.exited;
    await waitFor(async () => {
      const q = await pool();
      return q.members.length === 1 && q.releasing.length === 0 && q.lastActions.some((a) => a.outcome.startsWith("stopped"));
    }, 20_000, () => `a release; grand:\n${grand.output}`);
    await sink.kill();
  }, 60_000);
});
