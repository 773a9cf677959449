/**
 * The pool with the real binaries in network namespaces: discovery, leases,
 * crash detection, impostors, replays, a grand restart and unicast discovery.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawn as spawnChild } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "../scripts/build.ts";
import { binariesMissing, Cluster, Proc, ROOT, waitFor } from "./harness/cluster.ts";
import { NetnsWorld, netnsUnavailable } from "./harness/netns.ts";

const skip = netnsUnavailable() ?? binariesMissing();
if (skip) console.log(`skipping namespace cluster tests: ${skip}`);

describe.skipIf(!!skip)("pool in network namespaces (built binaries)", () => {
  let c: Cluster;
  let grand: Proc;
  const agents: Proc[] = [];
  let world: NetnsWorld;

  beforeAll(async () => {
    // n0 grand, n1-n3 agents, n4 impostor, n5 unicast-only agent, n6 capture/replay tool
    world = NetnsWorld.create(7);
    c = new Cluster(world);
    grand = await c.startGrand(world.nodes[0]!);
  }, 60_000);

  afterAll(() => {
    c?.destroy();
    const left = Bun.spawnSync(["ip", "netns", "list"]).stdout.toString();
    expect(left).not.toContain(world.switchNs);
  });

  test("grand and three agents register, with their namespace addresses", async () => {
    for (let i = 1; i <= 3; i++) agents.push(c.startAgent(world.nodes[i]!, `node-${i}`, ["--attr", `slot=${i}`]));
    await waitFor(async () => (await c.ids()).length === 3, 20_000, () => `3 nodes; grand said:\n${grand.output}`);
    const nodes = await c.nodes();
    expect(nodes.map((n) => n.id).sort()).toEqual(["node-1", "node-2", "node-3"]);
    for (const n of nodes) {
      const slot = Number(n.attributes.extra.slot);
      expect(n.addresses).toEqual([`${world.nodes[slot]!.address}/15`]);
      expect(n.attributes.roles).toEqual(["web"]);
      expect(Date.parse(n.leaseExpiresAt)).toBeGreaterThan(Date.now());
    }
  }, 30_000);

  test("leases keep renewing: no expiry while the agents live", async () => {
    const before = await c.nodes();
    await Bun.sleep(3000);
    const after = await c.nodes();
    expect(after.length).toBe(3);
    // one renewal a second while answered: at least two more in 3 s
    for (const n of after) expect(n.renewals).toBeGreaterThanOrEqual(before.find((b) => b.id === n.id)!.renewals + 2);
    expect(c.events.filter((e) => e.type === "expired")).toEqual([]);
  }, 20_000);

  test("an agent with the wrong key never appears, and grand counts its drops", async () => {
    const wrongKey = c.writeKey("wrong.key");
    const dropsBefore = (await c.stats()).drops["unknown-key"]!;
    const impostor = c.startAgent(world.nodes[4]!, "impostor", [], wrongKey);
    await Bun.sleep(3000);
    expect(await c.ids()).not.toContain("impostor");
    expect((await c.stats()).drops["unknown-key"]!).toBeGreaterThan(dropsBefore);
    expect(impostor.output).not.toContain("registered");
    await impostor.kill();
  }, 20_000);

  test("a replayed captured announcement is dropped and counted", async () => {
    const file = join(c.dir, "captured.hex");
    const tool = join(ROOT, "test/tools/udp-tool.ts");
    const capture = new Proc(world.spawn(world.nodes[6]!, [process.execPath, tool, "capture", "--iface", world.nodes[6]!.address, "--out", file]), "capture");
    await waitFor(() => capture.output.includes("capturing"), 10_000, () => `capture tool: ${capture.output}`);
    // A fresh agent announces on the group; grand sees the same packet we capture.
    const fresh = c.startAgent(world.nodes[5]!, "node-replayed");
    await capture.exited;
    await waitFor(async () => (await c.ids()).includes("node-replayed"), 10_000);
    await fresh.kill("SIGTERM");
    expect(readFileSync(file, "utf8").trim().split("\n").length).toBe(1);
    const before = await c.stats();
    const send = new Proc(world.spawn(world.nodes[6]!, [process.execPath, tool, "send", "--to", `${world.nodes[0]!.address}:4161`, "--in", file]), "send");
    expect(await send.exited).toBe(0);
    await waitFor(async () => (await c.stats()).drops.replay! > before.drops.replay!, 5_000, () => "a replay drop");
    const after = await c.stats();
    expect(after.announces).toBe(before.announces);
    expect(await c.ids()).not.toContain("node-replayed");
  }, 30_000);

  test("a kill -9 agent disappears within its lease", async () => {
    const victim = agents[2]!;
    const killedAt = performance.now();
    await victim.kill("SIGKILL");
    const tookMs = await waitFor(async () => !(await c.ids()).includes("node-3"), 10_000, () => "node-3 to expire");
    const ev = c.events.find((e) => e.type === "expired" && e.id === "node-3");
    expect(ev).toBeDefined();
    expect(ev!.receivedAt - killedAt).toBeLessThan(3500);
    console.log(`  crash detected after ${Math.round(ev!.receivedAt - killedAt)} ms (poll saw it after ${Math.round(tookMs)} ms)`);
    agents.pop();
  }, 20_000);

  test("a grand restarted mid-run gets all agents back with the same ids", async () => {
    const idsBefore = await c.ids();
    await grand.kill("SIGKILL");
    await Bun.sleep(1000);
    grand = await c.startGrand(world.nodes[0]!);
    await waitFor(async () => (await c.ids()).join() === idsBefore.join(), 15_000, () => `agents back; grand said:\n${grand.output}`);
    expect(await c.ids()).toEqual(["node-1", "node-2"]);
  }, 30_000);

  test("an agent given only a unicast grand address, with no multicast route, still joins", async () => {
    const n = world.nodes[5]!;
    world.ip(n, ["route", "del", "224.0.0.0/4", "dev", "eth0"]);
    expect(world.ip(n, ["route", "show"])).not.toContain("224.0.0.0");
    const u = c.startAgent(n, "node-unicast", ["--no-multicast", "--grand", `${world.nodes[0]!.address}:4161`]);
    await waitFor(async () => (await c.ids()).includes("node-unicast"), 10_000, () => `unicast agent; it said:\n${u.output}`);
    await u.kill("SIGTERM");
    await waitFor(async () => !(await c.ids()).includes("node-unicast"), 5_000, () => "cancel on SIGTERM");
    expect(c.events.some((e) => e.type === "cancelled" && e.id === "node-unicast")).toBe(true);
  }, 20_000);

  test("grand nodes prints the table from inside the namespace world", async () => {
    const p = new Proc(world.spawn(world.nodes[0]!, [c.bin.grand, "nodes", "--api", `unix:${c.socket}`]), "nodes");
    expect(await p.exited).toBe(0);
    expect(p.output).toContain("node-1");
    expect(p.output).toMatch(/2 nodes\n$/);
  }, 10_000);
});

/** grand and one agent on loopback, run from the binaries in `bin` (cwd `dir`); resolves once lama's channel is open. */
async function loopbackPool(dir: string, bin: string, procs: Proc[], channelMs = 15_000): Promise<{ grand: Proc; lama: Proc; sock: string }> {
  const env = { PATH: "/usr/bin:/bin", HOME: dir };
  const key = Bun.spawnSync([join(bin, "lama"), "keygen"], { cwd: dir, env });
  expect(key.exitCode).toBe(0);
  writeFileSync(join(dir, "pool.key"), key.stdout);
  const groupPort = String(20000 + (process.pid % 20000));
  const sock = join(dir, "grand.sock");
  const spawn = (argv: string[], name: string) => {
    const p = new Proc(spawnChild(argv[0]!, argv.slice(1), { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] }), name);
    procs.push(p);
    return p;
  };
  const grand = spawn([join(bin, "grand"), "--key-file", "pool.key", "--interface", "127.0.0.1", "--group-port", groupPort, "--port", "0", "--ice-port", "0", "--http", `unix:${sock}`], "grand");
  await waitFor(() => existsSync(sock), 10_000, () => grand.output);
  const lama = spawn([join(bin, "lama"), "--key-file", "pool.key", "--interface", "127.0.0.1", "--group-port", groupPort, "--service-id", "alone"], "lama");
  await waitFor(async () => {
    const r = await fetch("http://grand/api/nodes/alone", { unix: sock }).catch(() => undefined);
    return ((await r?.json().catch(() => ({}))) as { channel?: { state: string } })?.channel?.state === "open";
  }, channelMs, () => `an open channel; grand said:\n${grand.output}\nlama said:\n${lama.output}`);
  return { grand, lama, sock };
}

/** The files a process maps, by path. */
const mappedFiles = (pid: number) => new Set(readFileSync(`/proc/${pid}/maps`, "utf8").split("\n").map((l) => l.split(/\s+/).slice(5).join(" ")).filter(Boolean));

/** Runs `body` in a fresh folder with a list for the processes it starts; both cleaned up after, also on failure. */
async function inFolder(prefix: string, body: (dir: string, procs: Proc[]) => Promise<void>): Promise<void> {
  if (binariesMissing()) return console.log(`skipping: ${binariesMissing()}`);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const procs: Proc[] = [];
  try {
    await body(dir, procs);
  } finally {
    for (const p of procs) await p.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Copies the built binaries `names` from dist/ into `to` (made if need be), executable. */
function copyBinaries(names: string[], to: string): void {
  mkdirSync(to, { recursive: true });
  for (const b of names) {
    copyFileSync(join(ROOT, "dist", b), join(to, b));
    chmodSync(join(to, b), 0o755);
  }
}

test("the binaries run alone from an empty directory: keygen, key errors, and a control channel (embedded addon)", () =>
  inFolder("lama-alone-", async (dir, procs) => {
    copyBinaries(["lama", "grand"], dir);
    const env = { PATH: "/usr/bin:/bin", HOME: dir };
    const key = Bun.spawnSync([join(dir, "lama"), "keygen"], { cwd: dir, env });
    expect(key.exitCode).toBe(0);
    expect(Buffer.from(key.stdout.toString().trim(), "base64").length).toBe(32);
    const bad = Bun.spawnSync([join(dir, "grand"), "--key-file", join(dir, "missing.key")], { cwd: dir, env });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr.toString()).toBe(`grand: pool key file ${join(dir, "missing.key")} not found; create one with 'lama keygen > ${join(dir, "missing.key")}'\n`);
    // A pool on loopback, run from the copies: the channel opens only if node-datachannel's addon is inside.
    const { sock, lama } = await loopbackPool(dir, dir, procs);
    const status = await (await fetch("http://grand/api/nodes/alone/status", { unix: sock })).json() as { node: { serviceId: string } };
    expect(status.node.serviceId).toBe("alone");
    expect(existsSync(join(dir, "node_modules"))).toBe(false);
    // Alone, the runtime copies each embedded addon to a file in /tmp and loads that.
    expect([...mappedFiles(lama.child.pid!)].filter((f) => /^\/tmp\/\.bun-.*\.node/.test(f)).length).toBe(2);
  }), 40_000);

test("installed with ../lib/lama beside them, the binaries load both addons in place and copy nothing to /tmp", () =>
  inFolder("lama-installed-", async (dir, procs) => {
    copyBinaries(["lama", "grand"], join(dir, "usr", "bin"));
    cpSync(join(ROOT, "dist", "lib"), join(dir, "usr", "lib"), { recursive: true });
    const { lama, grand } = await loopbackPool(dir, join(dir, "usr", "bin"), procs);
    for (const p of [lama, grand]) {
      const maps = mappedFiles(p.child.pid!);
      expect(maps).toContain(join(dir, "usr", "lib", "lama", "node-datachannel-0.33.4.node"));
      expect(maps).toContain(join(dir, "usr", "lib", "lama", "sodium-native-4.3.3.node"));
      expect([...maps].filter((f) => f.startsWith("/tmp/.bun-"))).toEqual([]);
    }
  }), 40_000);

test("a build that embeds no addon (the boot image's) says which file is missing, and works once it is installed", () =>
  inFolder("lama-external-", async (dir, procs) => {
    const bin = join(dir, "bin");
    build({ outdir: bin, only: ["lama"], nativeLibs: "external" });
    copyBinaries(["grand"], bin);
    // bin/lib/lama is where the build put the addons; bin/../lib/lama is where lama looks.
    const lib = join(dir, "lib", "lama");
    const want = join(lib, "node-datachannel-0.33.4.node");
    const missing = loopbackPool(dir, bin, procs, 8_000);
    await expect(missing).rejects.toThrow();
    const lama = procs.find((p) => p.name === "lama")!;
    expect(lama.output).toContain(`lama was built to load node-datachannel 0.33.4 from ${want}, which is missing`);
    for (const p of procs.splice(0)) await p.kill("SIGKILL");
    rmSync(join(dir, "grand.sock"), { force: true });
    mkdirSync(lib, { recursive: true });
    cpSync(join(bin, "lib", "lama"), lib, { recursive: true });
    const again = await loopbackPool(dir, bin, procs);
    expect(mappedFiles(again.lama.child.pid!)).toContain(want);
  }), 90_000);
