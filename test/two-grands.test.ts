/**
 * Two grands on one pool key and one controller key, with the built binaries in
 * network namespaces, the second started after the agents registered with the
 * first: agents stay with the grand whose lease they hold (no switch on the
 * other's announcements), control calls through the grand that holds each
 * agent succeed, and each grand reports the other (log, /api/stats, /metrics).
 *
 * LAMA_TEST_DIST=DIR runs it against other builds (the figures are printed before
 * anything is asserted, to compare a build from before the fix).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { binariesMissing, Cluster, Proc, waitFor, type NodeJson } from "./harness/cluster.ts";
import { NetnsWorld, netnsUnavailable } from "./harness/netns.ts";

const skip = netnsUnavailable() ?? binariesMissing();
if (skip) console.log(`skipping namespace two-grands test: ${skip}`);

const AGENTS = 4;
const WATCH_MS = 30_000;

describe.skipIf(!!skip)("two grands on one key (built binaries)", () => {
  let world: NetnsWorld;
  let c: Cluster;
  let a: Proc;
  let b: Proc;
  let bSocket = "";
  const agents: Proc[] = [];
  const ids = Array.from({ length: AGENTS }, (_, i) => `node-${i + 1}`);
  const api = async (socket: string, path: string, init: RequestInit = {}) => {
    const res = await fetch(`http://grand${path}`, { ...init, unix: socket, headers: { authorization: `Bearer ${spawnSync("cat", [c.tokenFile], { encoding: "utf8" }).stdout.trim()}` } });
    return { status: res.status, text: await res.text() };
  };
  const nodesOf = async (socket: string) => {
    try {
      return JSON.parse((await api(socket, "/api/nodes")).text) as NodeJson[];
    } catch {
      return [];
    }
  };
  /** Registrations in an agent's log: its first, plus one per switch or re-registration. */
  const registrations = (p: Proc) => p.output.split("\n").filter((l) => / lama registered /.test(l)).length;

  beforeAll(async () => {
    world = NetnsWorld.create(2 + AGENTS);
    c = new Cluster(world, { binDir: process.env.LAMA_TEST_DIST });
    const secret = join(c.dir, "controller.secret");
    const gen = (args: string[]) => spawnSync(c.bin.grand, args, { encoding: "utf8" }).stdout.trim();
    writeFileSync(secret, gen(["controller-keygen"]) + "\n", { mode: 0o600 });
    const pub = gen(["controller-public", secret]);
    const keyed = pub.startsWith("ctl-pub:"); // an older build has no controller key
    a = await c.startGrand(world.nodes[0]!, ["--id", "grand-a", ...(keyed ? ["--controller-secret-file", secret] : [])]);
    for (let i = 0; i < AGENTS; i++) agents.push(c.startAgent(world.nodes[2 + i]!, ids[i]!, keyed ? ["--controller-key", pub] : []));
    await waitFor(async () => (await c.nodes()).filter((n) => n.channel === "open").length === AGENTS, 30_000, () => `every agent's channel open at grand-a\n${a.output}`);
    // The second grand starts later: a later epoch, which agents once took for grand restarted.
    bSocket = join(c.dir, "b.sock");
    b = new Proc(world.spawn(world.nodes[1]!, [c.bin.grand, "serve", "--key-file", c.keyFile, "--interface", world.nodes[1]!.address, "--http", `unix:${bSocket}`,
      "--api-token-file", c.tokenFile, "--id", "grand-b", ...(keyed ? ["--controller-secret-file", secret] : [])], { cwd: c.dir }), "grand-b");
    await waitFor(() => existsSync(bSocket), 15_000, () => `grand-b did not start:\n${b.output}`);
  }, 60_000);

  afterAll(() => c?.destroy());

  test(`over ${WATCH_MS / 1000} s agents stay put, control calls succeed, and both grands report the other`, async () => {
    const before = agents.map(registrations);
    let calls = 0;
    let failed = 0;
    const failures: string[] = [];
    const start = performance.now();
    while (performance.now() - start < WATCH_MS) {
      const [atA, atB] = [await c.nodes(), await nodesOf(bSocket)];
      for (const id of ids) {
        // Through the grand that has this agent's channel open (either, if both claim it).
        const socket = atA.some((n) => n.id === id && n.channel === "open") ? c.socket : atB.some((n) => n.id === id && n.channel === "open") ? bSocket : undefined;
        calls++;
        const r = socket ? await api(socket, `/api/nodes/${id}/status`) : { status: 0, text: "no grand has its channel open" };
        if (r.status !== 200) {
          failed++;
          failures.push(`${id}: ${r.status} ${r.text.slice(0, 120)}`);
        }
      }
      await Bun.sleep(1_000);
    }
    const switches = agents.map((p, i) => registrations(p) - before[i]!);
    const statsA = JSON.parse((await api(c.socket, "/api/stats")).text) as { otherGrands?: { id: string; address: string; signed: boolean }[] };
    const statsB = JSON.parse((await api(bSocket, "/api/stats")).text) as typeof statsA;
    const metricsA = (await api(c.socket, "/metrics")).text;
    console.log(`  ${AGENTS} agents, ${WATCH_MS / 1000} s: re-registrations per agent ${JSON.stringify(switches)}; control calls ${calls}, failed ${failed}`
      + (failures.length ? ` (first: ${failures.slice(0, 3).join(" | ")})` : ""));
    console.log(`  grand-a sees ${JSON.stringify(statsA.otherGrands)}; grand-b sees ${JSON.stringify(statsB.otherGrands)}`);
    expect(switches).toEqual(Array(AGENTS).fill(0));
    expect(failed).toBe(0);
    expect(statsA.otherGrands?.map((g) => [g.id, g.address, g.signed])).toEqual([["grand-b", `${world.nodes[1]!.address}:4161`, true]]);
    expect(statsB.otherGrands?.map((g) => [g.id, g.address, g.signed])).toEqual([["grand-a", `${world.nodes[0]!.address}:4161`, true]]);
    expect(metricsA).toContain('grand_other_grands{signed="true"} 1');
    expect(a.output).toContain("other-grand other=grand-b");
    expect(b.output).toContain("other-grand other=grand-a");
    // Each agent is held by exactly one grand.
    const held = [...await c.nodes(), ...await nodesOf(bSocket)].map((n) => n.id).sort();
    expect(held).toEqual(ids);
  }, WATCH_MS + 30_000);
});
