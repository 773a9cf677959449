/**
 * The controller key with the built binaries in network namespaces: a rogue grand
 * that holds the pool key (and a controller key of its own, not grand's) and even
 * uses grand's id cannot take over an agent given grand's public key, nor start a
 * program on it; an agent started while the rogue runs finds only the real grand.
 * An agent without --controller-key (warned about at start) is taken over by the
 * same rogue: that is the hole the key closes, shown here so the test can fail.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { binariesMissing, Cluster, Proc, ROOT, waitFor, type NodeJson } from "./harness/cluster.ts";
import { NetnsWorld, netnsUnavailable } from "./harness/netns.ts";

const skip = netnsUnavailable() ?? binariesMissing();
if (skip) console.log(`skipping namespace controller-key tests: ${skip}`);

/** Several of grand's announcement periods (2 s): time for a rogue's announcements to act. */
const ROGUE_WAIT_MS = 7_000;

describe.skipIf(!!skip)("a rogue grand with the pool key but not the controller key (built binaries)", () => {
  let world: NetnsWorld;
  let c: Cluster;
  let grand: Proc;
  let rogue: Proc;
  const agents = new Map<string, Proc>();
  let rogueSocket = "";
  let pub = "";

  const gen = (args: string[]) => {
    const r = spawnSync(c.bin.grand, args, { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`grand ${args.join(" ")}: ${r.stderr}`);
    return r.stdout.trim();
  };
  const rogueNodes = async (): Promise<NodeJson[]> => {
    try {
      return (await (await fetch("http://grand/api/nodes", { unix: rogueSocket })).json()) as NodeJson[];
    } catch {
      return [];
    }
  };

  beforeAll(async () => {
    world = NetnsWorld.create(6); // n0 grand, n1 rogue, n2-n3 keyed agents, n4 agent started late, n5 agent without the key
    c = new Cluster(world);
    const secret = join(c.dir, "controller.secret");
    writeFileSync(secret, gen(["controller-keygen"]) + "\n", { mode: 0o600 });
    pub = gen(["controller-public", secret]);
    expect(pub).toMatch(/^ctl-pub:[A-Za-z0-9+/]{43}=$/);
    const rogueSecret = join(c.dir, "rogue.secret");
    writeFileSync(rogueSecret, gen(["controller-keygen"]) + "\n", { mode: 0o600 });
    const adaptors = join(c.dir, "adaptors.json");
    writeFileSync(adaptors, JSON.stringify([{
      name: "web", type: "process", command: [process.execPath, join(ROOT, "test/tools/tiny-server.ts"), "{port}"],
      params: { port: { type: "port", default: "8080" } }, restart: "never", stopTimeoutMs: 3000, ready: { tcpPort: "{port}" },
    }]));
    grand = await c.startGrand(world.nodes[0]!, ["--controller-secret-file", secret]);
    for (const [i, id] of [[2, "keyed-1"], [3, "keyed-2"]] as const) {
      agents.set(id, c.startAgent(world.nodes[i]!, id, ["--adaptors", adaptors, "--controller-key", pub]));
    }
    agents.set("bare-1", c.startAgent(world.nodes[5]!, "bare-1", ["--adaptors", adaptors]));
    await waitFor(async () => (await c.nodes()).filter((n) => n.channel === "open").length === 3, 30_000,
      () => `3 open channels; grand said:\n${grand.output}`);
    // The rogue: same pool key, same grand id, a controller key of its own, started later (a later epoch).
    rogueSocket = join(c.dir, "rogue.sock");
    rogue = new Proc(world.spawn(world.nodes[1]!, [c.bin.grand, "serve", "--key-file", c.keyFile, "--interface", world.nodes[1]!.address,
      "--http", `unix:${rogueSocket}`, "--api-token-file", c.tokenFile, "--id", "grand-test", "--controller-secret-file", rogueSecret], { cwd: c.dir }), "rogue");
    await waitFor(() => existsSync(rogueSocket), 15_000, () => `the rogue grand did not start:\n${rogue.output}`);
    await Bun.sleep(ROGUE_WAIT_MS);
  }, 90_000);

  afterAll(() => c?.destroy());

  test("agents with grand's public key stay with grand: the rogue lists none of them", async () => {
    const ours = (await c.nodes()).filter((n) => n.id.startsWith("keyed-")).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(ours.map((n) => [n.id, n.channel])).toEqual([["keyed-1", "open"], ["keyed-2", "open"]]);
    expect((await rogueNodes()).map((n) => n.id).filter((id) => id.startsWith("keyed-"))).toEqual([]);
    for (const id of ["keyed-1", "keyed-2"]) {
      expect(agents.get(id)!.output).not.toContain(world.nodes[1]!.address);
      expect(agents.get(id)!.output).not.toContain("grand-restarted");
      expect(agents.get(id)!.output).not.toContain("no-controller-key");
    }
  });

  test("the rogue cannot start a program on a keyed agent; grand can", async () => {
    const headers = { authorization: `Bearer ${readToken(c)}`, "content-type": "application/json" };
    const res = await fetch("http://grand/api/nodes/keyed-1/start", {
      unix: rogueSocket, method: "POST", headers, body: JSON.stringify({ adaptor: "web", params: { port: "8181" } }),
    });
    expect(res.status).toBe(404);
    const ok = await c.act("keyed-1", "start", "web", { port: "8182" });
    expect(ok.status).toBe(200);
    const serving = spawnSync("ip", ["netns", "exec", world.nodes[2]!.name, "ss", "-ltnH"], { encoding: "utf8" }).stdout;
    expect(serving).toContain(":8182");
    expect(serving).not.toContain(":8181");
  }, 30_000);

  test("an agent started while the rogue announces registers only with grand", async () => {
    const late = c.startAgent(world.nodes[4]!, "keyed-late", ["--controller-key", pub]);
    await waitFor(async () => (await c.nodes()).some((n) => n.id === "keyed-late" && n.channel === "open"), 20_000, () => `keyed-late at grand:\n${late.output}`);
    await Bun.sleep(3_000);
    expect((await rogueNodes()).map((n) => n.id)).not.toContain("keyed-late");
    expect(late.output).not.toContain(world.nodes[1]!.address);
  }, 40_000);

  test("grand's own log warns of nothing; the agent without a key warned, and the rogue took it", async () => {
    expect(grand.output).not.toContain("no-controller-key");
    const bare = agents.get("bare-1")!;
    expect(bare.output).toContain("no-controller-key");
    // The hole the controller key closes: a pool-key holder announcing under grand's id with a later
    // epoch is taken for grand restarted, and the agent registers with it.
    await waitFor(async () => (await rogueNodes()).some((n) => n.id === "bare-1"), 10_000, () => `bare-1 at the rogue:\n${bare.output}`);
    expect(bare.output).toContain("grand-restarted");
  }, 20_000);
});

function readToken(c: Cluster): string {
  return spawnSync("cat", [c.tokenFile], { encoding: "utf8" }).stdout.trim();
}
