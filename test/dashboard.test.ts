/**
 * grand's dashboard in a real browser: Debian's headless Chromium driven over
 * the DevTools protocol (test/harness/chromium.ts), grand in this process on
 * loopback (as `grand serve` assembles it) reallocating one live pool, and
 * built `lama` agents finding it by loopback multicast (no root, like
 * demo/local-pool.ts). The page must load with no console error, show the
 * nodes, show a node joining and a node expiring within a few seconds of
 * grand's event, draw the pool as Figure 8 and move it when grand supplements a
 * node (allocated then serving capacity rise, a supplement mark appears), and
 * show a node's load history on a click.
 *
 * LAMA_UPDATE_SCREENSHOT=1 writes the final page to docs/dashboard.png.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { grandConfig, parsePoolsConfig, startGrand, type RunningGrand } from "../grand/index.ts";
import { formatPoolKey } from "../runtime/wire/index.ts";
import { Browser, chromiumMissing } from "./harness/chromium.ts";
import { binariesMissing, DIST, Proc, ROOT, waitFor } from "./harness/cluster.ts";
import { freeUdpPort } from "./harness/ports.ts";

const skip = chromiumMissing() ?? binariesMissing();
if (skip) console.log(`skipping dashboard browser test: ${skip}`);

/** The paper's 100 Mbps node link, given to each agent for each of its interfaces (it reports the sum over them). */
const LINK_BPS = 100_000_000;
/** "Within a few seconds" of grand's event, on a shared 2-core machine: the page polls nothing for it (it follows the event stream). */
const FEW_SECONDS_MS = 5_000;

/** Every process below `pid` (from /proc/PID/task/TID/children), so none outlives the test. */
function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const t of tasks) {
      let children = "";
      try {
        children = readFileSync(`/proc/${p}/task/${t}/children`, "utf8");
      } catch {}
      for (const c of children.split(" ").filter(Boolean).map(Number)) {
        out.push(c);
        walk(c);
      }
    }
  };
  walk(pid);
  return out;
}

const capacityOf = (node: unknown) => (node as { load: { linkCapacityBps: number } }).load.linkCapacityBps;

describe.skipIf(!!skip)("the dashboard in headless Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "lama-dashboard-"));
  let grand: RunningGrand;
  let browser: Browser;
  const agents = new Map<string, Proc>();
  let keyFile: string;
  let groupPort: number;
  let adaptors: string;
  let base: string;
  /** performance.now() when grand published each (type, node) event. */
  const published = new Map<string, number>();

  const startAgent = (id: string) => {
    const child = spawn(join(DIST, "lama"), ["run", "--key-file", keyFile, "--interface", "127.0.0.1", "--group-port", String(groupPort),
      "--service-id", id, "--hostname", `host-${id}`, "--role", "web", "--sample-ms", "1000", "--lease-ms", "3000", "--renew-ms", "1000",
      "--link-capacity-bps", String(LINK_BPS), "--adaptors", adaptors, "--state-dir", join(dir, "state")], { stdio: ["ignore", "pipe", "pipe"] });
    agents.set(id, new Proc(child, id));
  };
  const page = () => browser.page;
  const rowOf = (id: string) => `document.querySelector('#nodes tr[data-node="${id}"]')`;
  const series = (name: string) => `document.querySelector('.pool[data-pool="web"] path[data-series="${name}"]')`;

  beforeAll(async () => {
    keyFile = join(dir, "pool.key");
    writeFileSync(keyFile, formatPoolKey(randomBytes(32)) + "\n", { mode: 0o600 });
    groupPort = await freeUdpPort();
    adaptors = join(dir, "adaptors.json");
    writeFileSync(adaptors, JSON.stringify([{ name: "web", type: "process", command: [process.execPath, "-e", "setInterval(() => {}, 1000)"] }]));
    const pools = parsePoolsConfig(JSON.stringify([{
      name: "web", role: "web", adaptor: "web", policy: "horizon", serverParams: {}, nodeCapacityBps: LINK_BPS,
      minNodes: 1, maxNodes: 2, leadTimeMs: 2000, cooldownMs: 0, drainMs: 1000, periodMs: 1000,
    }]));
    grand = await startGrand(grandConfig({
      keyFiles: [keyFile], interfaces: ["127.0.0.1"], groupPort, port: 0, http: { address: "127.0.0.1", port: 0 }, pools, reallocate: "live",
    }), { log: { event() {} } });
    grand.service.events.subscribe((e) => published.set(`${e.type} ${e.serviceId}`, performance.now()));
    base = `http://127.0.0.1:${grand.httpPort}`;
    browser = await Browser.launch({ width: 1280, height: 1000 });
  }, 60_000);

  afterAll(async () => {
    // Also when beforeAll or a test failed.
    await browser?.close();
    // SIGTERM: an agent stops the programs its adaptors run; one that does not stop in time is killed with them.
    for (const p of agents.values()) {
      const programs = descendants(p.child.pid!);
      p.child.kill("SIGTERM");
      if (await Promise.race([p.exited.then(() => true), Bun.sleep(5000).then(() => false)]) === false) await p.kill("SIGKILL");
      for (const pid of programs) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {}
      }
    }
    await grand?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the page loads with no console error and draws the empty pool", async () => {
    await page().goto(`${base}/`);
    expect(await page().evaluate<string>("document.title")).toBe("LAMA — grand");
    await page().waitFor(`document.querySelector('.pool[data-pool="web"]') && Number(document.querySelector('.pool[data-pool="web"]').dataset.points) >= 2`, 10_000, "the web pool's chart with two periods");
    expect(await page().evaluate<string>(`document.querySelector('.pool[data-pool="web"] .pool-policy').textContent`)).toBe("horizon · live");
    // No node yet: nothing allocated, and the table says so.
    expect(await page().evaluate<string>(`${series("allocated")}.dataset.last`)).toBe("0");
    expect(await page().evaluate<string>("document.getElementById('nodes').textContent")).toBe("no nodes registered");
    expect(page().errors).toEqual([]);
  }, 30_000);

  test("a node joining shows within a few seconds of grand's event", async () => {
    startAgent("d1");
    await waitFor(() => published.has("registered d1"), 30_000, () => `d1 to register (${agents.get("d1")!.output.slice(-300)})`);
    await page().waitFor(`${rowOf("d1")} && document.querySelector('#events .registered[data-node="d1"]')`, 15_000, "d1's row and its registered event");
    const late = performance.now() - published.get("registered d1")!;
    console.log(`d1's row appeared ${late.toFixed(0)} ms after grand's registered event`);
    expect(late).toBeLessThan(FEW_SECONDS_MS);
    expect(await page().evaluate<string>(`${rowOf("d1")}.children[1].textContent`)).toBe("host-d1");
    expect(await page().evaluate<string>(`${rowOf("d1")}.children[2].textContent`)).toBe("web");
  }, 45_000);

  test("the pool's chart moves: grand supplements the node, allocated then serving capacity rise, a mark appears", async () => {
    await page().waitFor(`document.querySelector('.pool[data-pool="web"] .mark[data-kind="supplement"]')`, 20_000, "a supplement mark")
      .catch(async (e) => {
        throw new Error(`${(e as Error).message}; grand's pool report: ${JSON.stringify(grand.reallocator?.reports())}; marks on the page: ${await page().evaluate("document.querySelector('.pool').dataset.marks")}`);
      });
    // The node's capacity is what it reports (LINK_BPS per non-loopback interface of this machine).
    const capacity = capacityOf(await (await fetch(`${base}/api/nodes/d1`)).json());
    expect(capacity % LINK_BPS).toBe(0);
    expect(capacity).toBeGreaterThanOrEqual(LINK_BPS);
    await page().waitFor(`${series("allocated")}.dataset.last === "${capacity}"`, 20_000, "allocated capacity at d1's capacity");
    await page().waitFor(`${series("serving")}.dataset.last === "${capacity}"`, 30_000, "serving capacity at d1's capacity once the server runs");
    // The line went from 0 to the node's capacity: it has a vertical step in it.
    const d = await page().evaluate<string>(`${series("allocated")}.getAttribute("d")`);
    expect(d).toMatch(/^M[\d.]+,[\d.]+(H[\d.]+V[\d.]+)+$/);
    expect(new Set([...d.matchAll(/V([\d.]+)/g)].map((m) => m[1])).size).toBeGreaterThanOrEqual(1);
    const heads = await page().evaluate<string>(`document.querySelector('.pool[data-pool="web"] .pool-now').textContent`);
    expect(heads).toContain(`allocated ${(capacity / 1e6).toFixed(2)} Mb/s (1)`);
    expect(heads).toContain(`serving ${(capacity / 1e6).toFixed(2)} Mb/s (1)`);
    // The horizon policy's forecast and bound are drawn, and the demand line has one point per period.
    for (const s of ["demand", "forecast", "bound", "supplement-above"]) expect(await page().evaluate<string>(`${series(s)}.getAttribute("d")`)).toMatch(/^M/);
    const mark = await page().evaluate<string>(`document.querySelector('.pool[data-pool="web"] .mark[data-kind="supplement"] title').textContent`);
    expect(mark).toContain("supplement d1");
  }, 90_000);

  test("a click on a node shows its load history", async () => {
    await page().click(`#nodes tr[data-node="d1"]`);
    await page().waitFor(`!document.getElementById('node-panel').hidden && Number(document.getElementById('node-panel').dataset.samples) >= 2`, 10_000, "d1's load panel with samples");
    expect(await page().evaluate<string>("document.getElementById('node-title').textContent")).toBe("Load of d1");
    const samples = Number(await page().evaluate<string>("document.getElementById('node-panel').dataset.samples"));
    // The same history grand's API holds for the node (one sample per period; repeats of an at_ms are adaptor updates).
    const held = (await (await fetch(`${base}/api/nodes/d1/window`)).json()) as { atMs: number }[];
    expect(samples).toBeLessThanOrEqual(new Set(held.map((s) => s.atMs)).size);
    expect(samples).toBeGreaterThanOrEqual(2);
    expect(await page().evaluate<string>(`document.querySelector('#node-rate path[data-series="tx"]').getAttribute("d")`)).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
    const capacity = capacityOf(await (await fetch(`${base}/api/nodes/d1`)).json());
    expect(await page().evaluate<string>("document.getElementById('node-now').textContent")).toContain(`link ${(capacity / 1e6).toFixed(2)} Mb/s`);
  }, 30_000);

  test("a node that loses power shows as expired within a few seconds of grand's event", async () => {
    startAgent("d2");
    await page().waitFor(rowOf("d2"), 30_000, "d2's row");
    const programs = descendants(agents.get("d2")!.child.pid!);
    await agents.get("d2")!.kill("SIGKILL");
    for (const pid of programs) process.kill(pid, "SIGKILL");
    await waitFor(() => published.has("expired d2"), 15_000, () => "d2's lease to expire");
    await page().waitFor(`!${rowOf("d2")} && document.querySelector('#events .expired[data-node="d2"]')`, 15_000, "d2 gone from the table, expired in the events");
    const late = performance.now() - published.get("expired d2")!;
    console.log(`d2's expiry showed ${late.toFixed(0)} ms after grand's expired event`);
    expect(late).toBeLessThan(FEW_SECONDS_MS);
    expect(await page().evaluate<boolean>(`!!${rowOf("d1")}`)).toBe(true);
  }, 60_000);

  test("no console error over the whole run; the page is kept as a screenshot", async () => {
    expect(page().errors).toEqual([]);
    const out = process.env.LAMA_UPDATE_SCREENSHOT === "1" ? join(ROOT, "docs", "dashboard.png") : join(dir, "dashboard.png");
    await page().evaluate("window.scrollTo(0, 0)");
    await page().screenshot(out);
    expect(statSync(out).size).toBeGreaterThan(10_000);
    console.log(`screenshot: ${out}`);
  }, 30_000);
});
