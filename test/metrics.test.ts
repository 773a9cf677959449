/**
 * grand's `/metrics` scraped by Debian's real Prometheus: grand in this process
 * on loopback (as `grand serve` assembles it, with a dry-run pool), two built
 * `lama` agents finding it by loopback multicast (no root), and `prometheus`
 * scraping every second into a temporary storage dir. The target must be up with
 * no scrape error, every family we write with samples must be stored, and the
 * series come back from Prometheus' query API with the labels we gave them.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import dgram from "node:dgram";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { grandConfig, parsePoolsConfig, startGrand, type RunningGrand } from "../grand/index.ts";
import { formatPoolKey } from "../runtime/wire/index.ts";
import { binariesMissing, DIST, Proc, waitFor } from "./harness/cluster.ts";

const PROMETHEUS = "/usr/bin/prometheus";

function prometheusMissing(): string | undefined {
  const r = spawnSync(PROMETHEUS, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? undefined : `${PROMETHEUS} not runnable; apt-get install prometheus (.ci/run does)`;
}

const skip = prometheusMissing() ?? binariesMissing();
if (skip) console.log(`skipping Prometheus scrape test: ${skip}`);

async function freePort(kind: "tcp" | "udp"): Promise<number> {
  if (kind === "tcp") {
    const s = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { data() {} } });
    const port = s.port;
    s.stop(true);
    return port;
  }
  const s = dgram.createSocket("udp4");
  await new Promise<void>((r) => s.bind(0, "127.0.0.1", () => r()));
  const port = s.address().port;
  s.close();
  return port;
}

interface PromResult { metric: Record<string, string>; value: [number, string] }

describe.skipIf(!!skip)("GET /metrics scraped by the real prometheus", () => {
  const dir = mkdtempSync(join(tmpdir(), "lama-metrics-"));
  let grand: RunningGrand;
  const procs: Proc[] = [];
  let prom: Proc;
  let promUrl: string;
  let firstScrapeMs = 0;

  const query = async (q: string): Promise<PromResult[]> => {
    const res = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(q)}`);
    const body = (await res.json()) as { status: string; data: { result: PromResult[] }; error?: string };
    if (body.status !== "success") throw new Error(`prometheus query ${q}: ${body.error}`);
    return body.data.result;
  };

  beforeAll(async () => {
    const keyFile = join(dir, "pool.key");
    writeFileSync(keyFile, formatPoolKey(randomBytes(32)) + "\n", { mode: 0o600 });
    const groupPort = await freePort("udp");
    const pools = parsePoolsConfig(JSON.stringify([{
      name: "web", role: "web", adaptor: "web", policy: "horizon", serverParams: {}, nodeCapacityBps: 8_000_000,
      minNodes: 1, maxNodes: 2, leadTimeMs: 0, cooldownMs: 0, drainMs: 1000, periodMs: 1000,
    }]));
    grand = await startGrand(grandConfig({
      keyFiles: [keyFile], interfaces: ["127.0.0.1"], groupPort, port: 0, http: { address: "127.0.0.1", port: 0 }, pools, reallocate: "dry-run",
    }), { log: { event() {} } });
    const adaptors = join(dir, "adaptors.json");
    writeFileSync(adaptors, JSON.stringify([{ name: "web", type: "process", command: [process.execPath, "-e", "setInterval(() => {}, 1000)"] }]));
    for (const id of ["m1", "m2"]) {
      const child = spawn(join(DIST, "lama"), ["run", "--key-file", keyFile, "--interface", "127.0.0.1", "--group-port", String(groupPort),
        "--service-id", id, "--role", "web", "--sample-ms", "1000", "--link-capacity-bps", "100000000", "--adaptors", adaptors], { stdio: ["ignore", "pipe", "pipe"] });
      procs.push(new Proc(child, id));
    }
    await waitFor(() => grand.service.leases.size === 2 && (grand.control?.openCount ?? 0) === 2 && grand.monitor.nodeState("m2") !== undefined, 30_000,
      () => `two agents registered with open channels and telemetry (${grand.service.leases.size} registered)`);

    const promPort = await freePort("tcp");
    promUrl = `http://127.0.0.1:${promPort}`;
    const config = join(dir, "prometheus.yml");
    writeFileSync(config, [
      "global:",
      "  scrape_interval: 1s",
      "  scrape_timeout: 1s",
      "  evaluation_interval: 1s",
      "scrape_configs:",
      "  - job_name: grand",
      "    metrics_path: /metrics",
      "    static_configs:",
      `      - targets: ["127.0.0.1:${grand.httpPort}"]`,
      "",
    ].join("\n"));
    const check = spawnSync("/usr/bin/promtool", ["check", "config", config], { encoding: "utf8" });
    if (check.status !== 0 && check.error === undefined) throw new Error(`promtool rejects the generated config: ${check.stdout}${check.stderr}`);
    const started = performance.now();
    prom = new Proc(spawn(PROMETHEUS, [
      `--config.file=${config}`, `--storage.tsdb.path=${join(dir, "tsdb")}`, `--web.listen-address=127.0.0.1:${promPort}`, "--log.level=warn",
    ], { stdio: ["ignore", "pipe", "pipe"] }), "prometheus");
    await waitFor(async () => {
      if (prom.child.exitCode !== null) throw new Error(`prometheus exited ${prom.child.exitCode}: ${prom.output}`);
      try {
        const r = await fetch(`${promUrl}/api/v1/targets`);
        const t = (await r.json()) as { data: { activeTargets: { health: string; lastScrape: string }[] } };
        return t.data.activeTargets[0]?.health === "up";
      } catch {
        return false;
      }
    }, 30_000, () => `prometheus to scrape grand (${prom.output.slice(-500)})`);
    firstScrapeMs = performance.now() - started;
    console.log(`prometheus started and scraped grand's /metrics ${firstScrapeMs.toFixed(0)} ms after launch`);
  }, 90_000);

  afterAll(async () => {
    // Killed here also when beforeAll or a test failed.
    await prom?.kill("SIGKILL");
    for (const p of procs) await p.kill("SIGKILL");
    await grand?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the target is up with no scrape error", async () => {
    const t = (await (await fetch(`${promUrl}/api/v1/targets`)).json()) as { data: { activeTargets: { health: string; lastError: string; scrapeUrl: string }[] } };
    expect(t.data.activeTargets.length).toBe(1);
    expect(t.data.activeTargets[0]!.scrapeUrl).toBe(`http://127.0.0.1:${grand.httpPort}/metrics`);
    expect(t.data.activeTargets[0]!.health).toBe("up");
    expect(t.data.activeTargets[0]!.lastError).toBe("");
  });

  test("control calls are timed by method and outcome", async () => {
    // Three Status calls through the API, and a Stop of an adaptor the node does not have (it answers an error).
    for (let i = 0; i < 3; i++) expect((await fetch(`http://127.0.0.1:${grand.httpPort}/api/nodes/m1/status`)).status).toBe(200);
    expect(await grand.control!.call("m2", { stop: { adaptor: "no-such-adaptor" } }, 10_000).then(() => "answered", (e: Error) => e.name)).toBe("RemoteRpcError");
    const text = await (await fetch(`http://127.0.0.1:${grand.httpPort}/metrics`)).text();
    expect(text).toContain('grand_rpc_duration_seconds_count{method="status",outcome="ok"} 3\n');
    expect(text).toContain('grand_rpc_duration_seconds_count{method="stop",outcome="remote_error"} 1\n');
  }, 30_000);

  test("every family written with samples is stored by prometheus", async () => {
    // Two more scrapes, so the per-node and pool series present now are in the TSDB.
    const text = await (await fetch(`http://127.0.0.1:${grand.httpPort}/metrics`)).text();
    await Bun.sleep(2500);
    const written = new Set(text.split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split(/[{ ]/)[0]!));
    const stored = new Set((await query('count by (__name__) ({job="grand"})')).map((r) => r.metric.__name__!));
    const missing = [...written].filter((n) => !stored.has(n));
    expect(missing).toEqual([]);
    expect(written.size).toBeGreaterThan(30);
    // Prometheus' own account of the last scrape: samples taken, none refused.
    const scraped = await query('scrape_samples_scraped{job="grand"}');
    expect(Number(scraped[0]!.value[1])).toBeGreaterThan(written.size);
    const took = await query('scrape_duration_seconds{job="grand"}');
    console.log(`last scrape: ${scraped[0]!.value[1]} samples in ${(Number(took[0]!.value[1]) * 1000).toFixed(1)} ms`);
  });

  test("promtool check metrics finds nothing to say about the text", async () => {
    const text = await (await fetch(`http://127.0.0.1:${grand.httpPort}/metrics`)).text();
    const r = spawnSync("/usr/bin/promtool", ["check", "metrics"], { input: text, encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test("series come back with their labels", async () => {
    expect(Number((await query("grand_registrations_total"))[0]!.value[1])).toBeGreaterThanOrEqual(2);
    expect((await query("grand_renewals_total"))[0]!.metric).toEqual({ __name__: "grand_renewals_total", instance: `127.0.0.1:${grand.httpPort}`, job: "grand" });
    const tx = await query("grand_node_tx_bps");
    expect(tx.map((r) => `${r.metric.node}/${r.metric.role}`).sort()).toEqual(["m1/web", "m2/web"]);
    // The same value grand's JSON API shows for the node.
    const capacity = await query('grand_node_link_capacity_bps{node="m1"}');
    const node = (await (await fetch(`http://127.0.0.1:${grand.httpPort}/api/nodes/m1`)).json()) as { load: { linkCapacityBps: number } };
    expect(Number(capacity[0]!.value[1])).toBe(node.load.linkCapacityBps);
    expect(node.load.linkCapacityBps).toBeGreaterThan(0);
    expect((await query('grand_channels{state="open"}'))[0]!.value[1]).toBe("2");
    expect((await query('grand_nodes{state="reporting"}'))[0]!.value[1]).toBe("2");
    expect((await query('grand_envelope_drops_total{reason="auth"}')).length).toBe(1);
    const buckets = await query('grand_channel_setup_seconds_bucket{le="+Inf"}');
    expect(buckets[0]!.value[1]).toBe((await query("grand_channel_setup_seconds_count"))[0]!.value[1]);
    expect(Number(buckets[0]!.value[1])).toBeGreaterThanOrEqual(2);
    const pool = await query('grand_pool_nodes{pool="web"}');
    expect(pool.map((r) => r.metric.state).sort()).toEqual(["idle", "releasing", "serving", "starting", "unreachable"]);
    expect((await query('grand_pool_demand_bps{pool="web"}'))[0]!.metric.policy).toBe("horizon");
    expect((await query("grand_kernel_udp_in_datagrams_total")).length).toBe(1);
  });

  test("the RPC and telemetry histograms are stored with their labels, and prometheus computes quantiles from them", async () => {
    const count = async (q: string) => Number((await query(q))[0]?.value[1]);
    expect(await count('grand_rpc_duration_seconds_count{method="status",outcome="ok"}')).toBe(3);
    expect(await count('grand_rpc_duration_seconds_bucket{method="status",outcome="ok",le="+Inf"}')).toBe(3);
    expect(await count('grand_rpc_duration_seconds_count{method="stop",outcome="remote_error"}')).toBe(1);
    // Every bucket of a series stored: the 15 bounds of RPC_BUCKETS_S and +Inf.
    expect((await query('grand_rpc_duration_seconds_bucket{method="status",outcome="ok"}')).length).toBe(16);
    const p50 = await count('histogram_quantile(0.5, sum by (le) (grand_rpc_duration_seconds_bucket{method="status"}))');
    expect(p50).toBeGreaterThan(0);
    expect(p50).toBeLessThanOrEqual(15);
    // Telemetry from two agents sampling every second, on this host's one clock: every sample measured.
    expect(await count("grand_telemetry_delay_seconds_count")).toBeGreaterThanOrEqual(2);
    expect(await count('grand_telemetry_delay_unmeasured_total{reason="node_clock_ahead"}')).toBe(0);
    expect(await count('grand_telemetry_delay_unmeasured_total{reason="node_clock_behind"}')).toBe(0);
    const delayP50 = await count("histogram_quantile(0.5, grand_telemetry_delay_seconds_bucket)");
    const rpcMean = await count('grand_rpc_duration_seconds_sum{method="status",outcome="ok"} / grand_rpc_duration_seconds_count{method="status",outcome="ok"}');
    console.log(`telemetry delay p50 ≈ ${(delayP50 * 1000).toFixed(2)} ms (bucket-interpolated); Status over the channel, mean of 3: ${(rpcMean * 1000).toFixed(2)} ms`);
  });
});
