/**
 * The control channel with the built binaries in network namespaces: Status from
 * every agent, telemetry that sees real traffic, Start/Set/Stop of a process
 * adaptor changing what runs in a namespace, typed errors, an impostor, and a
 * grand restart.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { binariesMissing, Cluster, Proc, ROOT, waitFor, type NodeJson } from "./harness/cluster.ts";
import { NetnsWorld, netnsUnavailable } from "./harness/netns.ts";

const skip = netnsUnavailable() ?? binariesMissing();
if (skip) console.log(`skipping namespace control-channel tests: ${skip}`);

const SAMPLE_MS = 1000;
const tool = (name: string) => join(ROOT, "test/tools", name);

describe.skipIf(!!skip)("control channel in network namespaces (built binaries)", () => {
  let world: NetnsWorld;
  let c: Cluster;
  let grand: Proc;
  const ids = ["node-1", "node-2", "node-3"];

  beforeAll(async () => {
    world = NetnsWorld.create(5); // n0 grand, n1-n3 agents, n4 traffic / impostor
    c = new Cluster(world);
    const adaptors = join(c.dir, "adaptors.json");
    writeFileSync(adaptors, JSON.stringify([{
      name: "web",
      type: "process",
      command: [process.execPath, tool("tiny-server.ts"), "{port}", "{greeting}"],
      params: { port: { type: "port", default: "8080" }, greeting: { type: "string", default: "hello", pattern: "^[a-z]{1,20}$" } },
      restart: "on-failure",
      stopTimeoutMs: 3000,
      ready: { tcpPort: "{port}" },
    }]));
    grand = await c.startGrand(world.nodes[0]!);
    for (let i = 1; i <= 3; i++) {
      c.startAgent(world.nodes[i]!, ids[i - 1]!, ["--adaptors", adaptors, "--sample-ms", String(SAMPLE_MS), "--link-capacity-bps", "100000000"]);
    }
    await waitFor(async () => (await c.nodes()).filter((n) => n.channel === "open").length === 3, 30_000,
      () => `3 open channels; grand said:\n${grand.output}`);
  }, 60_000);

  afterAll(() => c?.destroy());

  test("Status from every agent over its channel", async () => {
    for (const id of ids) {
      const { status, body } = await c.api(`/api/nodes/${id}/status`);
      expect(status).toBe(200);
      const node = body.node as { serviceId: string; memory: { totalBytes: number }; linkCapacityBps: number; interfaces: { name: string }[] };
      expect(node.serviceId).toBe(id);
      expect(node.memory.totalBytes).toBeGreaterThan(0);
      expect(node.linkCapacityBps).toBe(100_000_000);
      expect(node.interfaces.map((i) => i.name)).toContain("eth0");
      expect((body.adaptors as { name: string; state: string }[]).map((a) => [a.name, a.state])).toEqual([["web", "ADAPTOR_STOPPED"]]);
    }
  }, 20_000);

  test("traffic between two namespaces shows in the right nodes' rates within two sample periods", async () => {
    const rate = 2_000_000; // payload bytes per second, node-2 -> node-1
    const sink = new Proc(world.spawn(world.nodes[1]!, [process.execPath, tool("udp-tool.ts"), "sink", "--port", "9999"]), "sink");
    await waitFor(() => sink.output.includes("sinking"), 10_000);
    const blast = new Proc(world.spawn(world.nodes[2]!, [process.execPath, tool("udp-tool.ts"), "blast", "--to", `${world.nodes[1]!.address}:9999`,
      "--rate", String(rate), "--seconds", "6", "--size", "1200"]), "blast");
    const started = performance.now();
    const wire = rate * 8 * (1200 + 42) / 1200; // UDP+IP+Ethernet headers, as /proc/net/dev counts
    const near = (x: number) => x > wire * 0.75 && x < wire * 1.25;
    let seen: NodeJson[] = [];
    const tookMs = await waitFor(async () => {
      seen = await c.nodes();
      const n1 = seen.find((n) => n.id === "node-1")?.load;
      const n2 = seen.find((n) => n.id === "node-2")?.load;
      return !!n1 && !!n2 && near(n1.rxBps) && near(n2.txBps);
    }, 5_000, () => `rates near ${(wire / 1e6).toFixed(1)} Mb/s; saw ${JSON.stringify(seen.map((n) => [n.id, n.load]))}`);
    console.log(`  rates visible ${Math.round(performance.now() - started)} ms after traffic began (sample period ${SAMPLE_MS} ms; waited ${Math.round(tookMs)} ms)`);
    expect(performance.now() - started).toBeLessThan(2 * SAMPLE_MS + 1500);
    const n3 = seen.find((n) => n.id === "node-3")!.load!;
    expect(n3.rxBps).toBeLessThan(wire * 0.05);
    await blast.exited;
    await sink.kill();
  }, 20_000);

  test("Start / Set / Stop of the process adaptor change what runs in that namespace", async () => {
    const serving = () => {
      const r = spawnSync("ip", ["netns", "exec", world.nodes[4]!.name, process.execPath, "-e",
        `fetch("http://${world.nodes[3]!.address}:8181/").then(r => r.text()).then(t => console.log(t.trim()), () => console.log("refused"))`], { encoding: "utf8" });
      return r.stdout.trim();
    };
    expect(serving()).toBe("refused");
    const start = await c.act("node-3", "start", "web", { port: "8181" });
    expect(start.status).toBe(200);
    expect(start.body.noOp).toBe(false);
    const pid = (start.body.adaptor as { pid: number }).pid;
    expect(serving()).toBe(`hello pid=${pid} port=8181`);
    // the program runs in node-3's namespace
    expect(spawnSync("ip", ["netns", "identify", String(pid)], { encoding: "utf8" }).stdout.trim()).toBe(world.nodes[3]!.name);

    const again = await c.act("node-3", "start", "web", { port: "8181" });
    expect(again.body.noOp).toBe(true);

    const set = await c.act("node-3", "set", "web", { port: "8181", greeting: "bonjour" });
    expect(set.status).toBe(200);
    const pid2 = (set.body.adaptor as { pid: number }).pid;
    expect(pid2).not.toBe(pid);
    expect(serving()).toBe(`bonjour pid=${pid2} port=8181`);

    const stop = await c.act("node-3", "stop", "web");
    expect(stop.status).toBe(200);
    expect(serving()).toBe("refused");
    expect((await c.act("node-3", "stop", "web")).body.noOp).toBe(true);
  }, 30_000);

  test("bad parameters and unknown adaptors give typed errors, and the agent keeps serving", async () => {
    const bad = await c.act("node-1", "start", "web", { port: "99999" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ kind: "ERROR_INVALID_PARAMETER", parameter: "port" });
    const shell = await c.act("node-1", "start", "web", { greeting: "x; touch /tmp/pwned" });
    expect(shell.status).toBe(400);
    expect(shell.body).toMatchObject({ kind: "ERROR_INVALID_PARAMETER", parameter: "greeting" });
    const unknown = await c.act("node-1", "start", "nope");
    expect(unknown.status).toBe(404);
    expect(unknown.body.kind).toBe("ERROR_UNKNOWN_ADAPTOR");
    const extra = await c.act("node-1", "start", "web", { colour: "red" });
    expect(extra.status).toBe(400);
    expect((await c.api("/api/nodes/node-1/status")).status).toBe(200);
  }, 20_000);

  test("an impostor without the key cannot open a channel to an agent", async () => {
    const target = (await c.nodes()).find((n) => n.id === "node-2") as unknown as { endpoint: string };
    const p = new Proc(world.spawn(world.nodes[4]!, [process.execPath, tool("impostor.ts"), "--to", target.endpoint, "--grand-id", "grand-test",
      "--bind", world.nodes[4]!.address, "--wait-ms", "4000"]), "impostor");
    expect(await p.exited).toBe(0);
    expect(p.output).toContain("no answer");
    // and the real channel is untouched
    expect((await c.api("/api/nodes/node-2/status")).status).toBe(200);
  }, 20_000);

  test("killing and restarting grand re-establishes every channel", async () => {
    await grand.kill("SIGKILL");
    await Bun.sleep(500);
    const t0 = performance.now();
    grand = await c.startGrand(world.nodes[0]!);
    await waitFor(async () => (await c.nodes()).filter((n) => n.channel === "open").length === 3, 20_000,
      () => `channels back; grand said:\n${grand.output}`);
    console.log(`  all 3 channels open ${Math.round(performance.now() - t0)} ms after grand restarted`);
    for (const id of ids) expect((await c.api(`/api/nodes/${id}/status`)).status).toBe(200);
  }, 30_000);
});
