/**
 * grand's wall clock stepped under a running pool of the built binaries in
 * network namespaces. Only grand's CLOCK_REALTIME moves: libfaketime (Debian
 * package `faketime`) is preloaded into grand with monotonic time left alone,
 * and its offset is re-read from a file at every call, so the test steps it by
 * rewriting the file. (A time namespace cannot do this: `unshare --time` offsets
 * CLOCK_MONOTONIC and CLOCK_BOOTTIME only, never the wall clock.)
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { binariesMissing, Cluster, type Proc, waitFor } from "./harness/cluster.ts";
import { NetnsWorld, netnsUnavailable } from "./harness/netns.ts";

const LIBFAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";
const skip = netnsUnavailable() ?? binariesMissing() ?? (existsSync(LIBFAKETIME) ? undefined : `${LIBFAKETIME} not found (apt-get install faketime)`);
if (skip) console.log(`skipping clock-step tests: ${skip}`);

describe.skipIf(!!skip)("grand's wall clock stepped (built binaries, libfaketime)", () => {
  let c: Cluster;
  let world: NetnsWorld;
  let grand: Proc;
  let offsetFile: string;
  const agents: Proc[] = [];
  const IDS = ["node-1", "node-2", "node-3"];

  /** Sets grand's wall clock to real time plus `seconds` (libfaketime's relative "+Ns"/"-Ns" form). */
  const stepTo = (seconds: number) => writeFileSync(offsetFile, `${seconds >= 0 ? "+" : ""}${seconds}s\n`);
  const expiries = () => c.events.filter((e) => e.type === "expired").map((e) => e.id);
  const registrations = () => c.events.filter((e) => e.type === "registered").length;

  /** For `ms`, every agent stays listed and nothing expires or re-registers. */
  async function holds(ms: number) {
    const regs = registrations();
    const end = performance.now() + ms;
    while (performance.now() < end) {
      expect(await c.ids()).toEqual(IDS);
      await Bun.sleep(200);
    }
    expect(expiries()).toEqual([]);
    expect(registrations()).toBe(regs);
  }

  beforeAll(async () => {
    world = NetnsWorld.create(4);
    c = new Cluster(world);
    offsetFile = join(c.dir, "grand-clock-offset");
    stepTo(0);
    grand = await c.startGrand(world.nodes[0]!, [], {
      LD_PRELOAD: LIBFAKETIME,
      FAKETIME_TIMESTAMP_FILE: offsetFile,
      FAKETIME_NO_CACHE: "1",
      FAKETIME_DONT_FAKE_MONOTONIC: "1",
    });
    for (let i = 1; i <= 3; i++) agents.push(c.startAgent(world.nodes[i]!, IDS[i - 1]!));
    await waitFor(async () => (await c.ids()).length === 3, 20_000, () => `3 nodes; grand said:\n${grand.output}`);
  }, 60_000);

  afterAll(() => c?.destroy());

  test("back 120 s, forward 10 s, back 10 s, back a day: no lease lapses, no agent loses grand", async () => {
    for (const offset of [-120, -110, -120, -86_400]) {
      stepTo(offset);
      await holds(4_000);
    }
    for (const a of agents) expect(a.output).not.toContain("grand-lost");
    expect(grand.output).toContain("wall-clock-stepped");
  }, 60_000);

  test("after the steps, a crashed agent is still gone in about its lease (2.5 s)", async () => {
    const t0 = performance.now();
    await agents[0]!.kill("SIGKILL");
    await waitFor(() => expiries().includes("node-1"), 10_000, () => `node-1 did not expire; grand said:\n${grand.output}`);
    const took = performance.now() - t0;
    console.log(`crash detected in ${Math.round(took)} ms with grand's clock a day behind`);
    expect(took).toBeLessThan(4_000);
    expect(await c.ids()).toEqual(["node-2", "node-3"]);
  }, 20_000);
});
