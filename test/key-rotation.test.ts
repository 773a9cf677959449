/**
 * Key rotation as a procedure (docs/security.md), with the built binaries in
 * network namespaces and programs running on every agent: the pool key is rotated
 * install → use → remove by editing each machine's key file and sending SIGHUP,
 * agents switching one by one while grand still seals with the old key; a node
 * holding only the new key joins mid-rotation; then the controller key is rotated
 * the same way. No lease expires, no agent re-registers, no program restarts
 * (same pids), every channel stays usable.
 *
 * LAMA_TEST_DIST=DIR runs it against another build (a build without SIGHUP reload
 * fails it: SIGHUP ends the process).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { binariesMissing, Cluster, Proc, ROOT, waitFor } from "./harness/cluster.ts";
import { NetnsWorld, netnsUnavailable } from "./harness/netns.ts";

const skip = netnsUnavailable() ?? binariesMissing();
if (skip) console.log(`skipping namespace key-rotation test: ${skip}`);

const AGENTS = 3;
/** Between steps: several renewals (250 ms) and one announcement period (2 s) of grand's. */
const SETTLE_MS = 2_500;

describe.skipIf(!!skip)("key rotation with programs running (built binaries)", () => {
  let world: NetnsWorld;
  let c: Cluster;
  let grand: Proc;
  const agents: Proc[] = [];
  const ids = Array.from({ length: AGENTS }, (_, i) => `node-${i + 1}`);
  const oldKey = randomBytes(32).toString("base64");
  const newKey = randomBytes(32).toString("base64");
  /** Each machine's own pool key file (grand's first), and each agent's controller key file. */
  const poolFiles: string[] = [];
  const ctlFiles: string[] = [];
  let grandSecret = "";
  const gen = (args: string[]) => spawnSync(c.bin.grand, args, { encoding: "utf8" }).stdout.trim();
  const status = async (id: string) => (await c.api(`/api/nodes/${id}/status`)).body as { adaptors: { name: string; state: string; pid: number; restarts: number }[] };
  const hup = (p: Proc) => p.child.kill("SIGHUP");
  const writeAll = (files: string[], text: string) => {
    for (const f of files) writeFileSync(f, text, { mode: 0o600 });
  };
  const stats = async () => (await c.api("/api/stats")).body as { expiries: number; registers: number; drops: Record<string, number> };

  beforeAll(async () => {
    world = NetnsWorld.create(2 + AGENTS);
    c = new Cluster(world, { binDir: process.env.LAMA_TEST_DIST });
    for (let i = 0; i <= AGENTS + 1; i++) {
      // grand's is the cluster's own key file (startGrand passes it).
      poolFiles.push(i === 0 ? c.keyFile : join(c.dir, `pool-${i}.key`));
      ctlFiles.push(join(c.dir, `controller-${i}.pub`));
    }
    writeAll(poolFiles, oldKey + "\n");
    grandSecret = join(c.dir, "controller.secret");
    writeFileSync(grandSecret, gen(["controller-keygen"]) + "\n", { mode: 0o600 });
    writeAll(ctlFiles, gen(["controller-public", grandSecret]) + "\n");
    const adaptors = join(c.dir, "adaptors.json");
    writeFileSync(adaptors, JSON.stringify([{
      name: "web", type: "process", command: [process.execPath, join(ROOT, "test/tools/tiny-server.ts"), "{port}"],
      params: { port: { type: "port", default: "8080" } }, restart: "on-failure", stopTimeoutMs: 3000, ready: { tcpPort: "{port}" },
    }]));
    grand = await c.startGrand(world.nodes[0]!, ["--controller-secret-file", grandSecret]);
    for (let i = 0; i < AGENTS; i++) {
      agents.push(c.startAgent(world.nodes[1 + i]!, ids[i]!, ["--adaptors", adaptors, "--controller-key-file", ctlFiles[1 + i]!], poolFiles[1 + i]!));
    }
    await waitFor(async () => (await c.nodes()).filter((n) => n.channel === "open").length === AGENTS, 30_000, () => `every channel open\n${grand.output}`);
    for (const id of ids) expect((await c.act(id, "start", "web", { port: "8080" })).status).toBe(200);
  }, 60_000);

  afterAll(() => c?.destroy());

  test("pool key, then controller key: no expiry, no re-registration, same pids", async () => {
    const pids = await Promise.all(ids.map(async (id) => (await status(id)).adaptors[0]!.pid));
    expect(pids.every((p) => p > 0)).toBe(true);
    const before = await stats();
    const everyone = [grand, ...agents];
    const lines = (text: string) => text + "\n";

    // Pool key. Install: every machine accepts both, still sealing with the old.
    writeAll(poolFiles, lines(`${oldKey}\n${newKey}`));
    everyone.forEach(hup);
    await Bun.sleep(SETTLE_MS);
    // A node holding only the new key joins now: grand answers it under its key.
    const onlyNew = join(c.dir, "only-new.key");
    writeFileSync(onlyNew, lines(newKey), { mode: 0o600 });
    const late = c.startAgent(world.nodes[1 + AGENTS]!, "node-new-key", ["--controller-key-file", ctlFiles[1 + AGENTS]!], onlyNew);
    await waitFor(async () => (await c.nodes()).some((n) => n.id === "node-new-key" && n.channel === "open"), 20_000, () => `node-new-key at grand:\n${late.output}`);
    // Use: senders switch to the new key one by one, grand last.
    writeAll(poolFiles, lines(`${newKey}\n${oldKey}`));
    for (const p of [...agents, grand]) {
      hup(p);
      await Bun.sleep(SETTLE_MS / 2);
    }
    await Bun.sleep(SETTLE_MS);
    // Remove: the old key is gone everywhere.
    writeAll(poolFiles, lines(newKey));
    everyone.forEach(hup);
    await Bun.sleep(SETTLE_MS);
    const afterPool = await stats();

    // Controller key: nodes accept both public keys, grand switches its secret, nodes drop the old.
    const oldPub = gen(["controller-public", grandSecret]);
    const nextSecret = join(c.dir, "controller.next");
    writeFileSync(nextSecret, gen(["controller-keygen"]) + "\n", { mode: 0o600 });
    const newPub = gen(["controller-public", nextSecret]);
    writeAll(ctlFiles, lines(`${oldPub}\n${newPub}`));
    agents.forEach(hup);
    hup(late);
    await Bun.sleep(SETTLE_MS);
    writeFileSync(grandSecret, spawnSync("cat", [nextSecret], { encoding: "utf8" }).stdout, { mode: 0o600 });
    hup(grand);
    await Bun.sleep(SETTLE_MS);
    writeAll(ctlFiles, lines(newPub));
    agents.forEach(hup);
    hup(late);
    await Bun.sleep(SETTLE_MS);

    const after = await stats();
    const pidsAfter = await Promise.all(ids.map(async (id) => (await status(id)).adaptors[0]!));
    console.log(`  expiries ${before.expiries} -> ${after.expiries}; registrations ${before.registers} -> ${after.registers} (one is node-new-key);`
      + ` pids ${JSON.stringify(pids)} -> ${JSON.stringify(pidsAfter.map((a) => a.pid))}; unknown-key drops after removal ${after.drops["unknown-key"]}`);
    expect(after.expiries).toBe(0);
    expect(after.registers).toBe(before.registers + 1);
    expect(afterPool.registers).toBe(before.registers + 1);
    expect(pidsAfter.map((a) => [a.pid, a.state, a.restarts])).toEqual(pids.map((p) => [p, "ADAPTOR_RUNNING", 0]));
    for (const p of [grand, ...agents, late]) {
      expect(p.output).not.toContain("keys-reload-failed");
      expect(p.output).toContain("keys-reloaded");
    }
    for (const a of agents) expect(a.output).not.toContain("grand-lost");
    expect((await c.nodes()).map((n) => [n.id, n.channel]).sort()).toEqual([...ids, "node-new-key"].sort().map((id) => [id, "open"]));
    // The rotated keys are the ones in use: a Status still travels over every channel,
    // and grand now refuses the old pool key (a node still on it would be unknown-key).
    for (const id of [...ids, "node-new-key"]) expect((await c.api(`/api/nodes/${id}/status`)).status).toBe(200);
  }, 120_000);
});
