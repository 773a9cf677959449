/**
 * The agent's weight beside its peers, in one run, in network namespaces with
 * the built binaries (needs root, `npm run build`, and Debian's `serf` and
 * `prometheus-node-exporter`: apt-get install serf prometheus-node-exporter).
 *
 *   bun bench/peers.ts [--window-s 60] [--standalone]
 *
 * lama runs as installed (the boot image puts the native addons at
 * ../lib/lama beside the binary, loaded in place); --standalone runs the binary alone,
 * loading the addons it embeds.
 *
 * Each measured program runs alone in its own namespace, so the packets its
 * interface sends are its own:
 * - lama: registered with grand, its control channel open, sampling every 2 s;
 * - serf: a member of a two-node cluster (its peer in another namespace);
 * - prometheus-node-exporter: scraped every 2 s from another namespace.
 * Over the same window: PSS and RSS (/proc/PID/smaps_rollup), CPU (% of one core),
 * packets sent per second; and whether the process maps a copy of a native
 * library written to /tmp at start (RAM on a diskless node that RSS does not show).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readlinkSync } from "node:fs";
import os from "node:os";
import { dirname } from "node:path";
import type { NodeDetailJson } from "../grand/index.ts";
import { binariesMissing, Cluster, Proc, waitFor } from "../test/harness/cluster.ts";
import { NetnsWorld, netnsUnavailable, type NodeNs } from "../test/harness/netns.ts";
import { writeResult } from "./lib.ts";

const arg = (k: string, d: string) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1]! : d;
};
const WINDOW_S = Number(arg("--window-s", "60"));
/** --standalone: lama and grand alone in a directory, loading the addons they embed (copied to /tmp at start). */
const STANDALONE = process.argv.includes("--standalone");
const PERIOD_MS = 2000;

const which = (p: string) => spawnSync("which", [p], { encoding: "utf8" }).stdout.trim();
const serf = which("serf");
const exporter = which("prometheus-node-exporter");
const why = netnsUnavailable() ?? binariesMissing() ?? (!serf || !exporter ? "serf or prometheus-node-exporter is missing (apt-get install serf prometheus-node-exporter)" : undefined);
if (why) {
  console.log(`skipping peers benchmark: ${why}`);
  process.exit(0);
}

interface Sample { pssKb: number; rssKb: number; ticks: number; txPackets: number }

function sample(pid: number, world: NetnsWorld, node: NodeNs): Sample {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const r = spawnSync("ip", ["netns", "exec", node.name, "cat", `/sys/class/net/${node.iface}/statistics/tx_packets`], { encoding: "utf8" });
  return {
    pssKb: Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1]),
    rssKb: Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1]),
    ticks: Number(f[11]) + Number(f[12]),
    txPackets: Number(r.stdout.trim()),
  };
}

/** Native libraries the process maps from /tmp (a compiled Bun binary's unpacked addons), with their sizes. */
function tmpLibraries(pid: number): { path: string; bytes: number }[] {
  const maps = readFileSync(`/proc/${pid}/maps`, "utf8").split("\n");
  // The binary itself and its installed addons (the harness puts them under /tmp, at bin/ and lib/lama/) are not copies.
  const home = dirname(dirname(readlinkSync(`/proc/${pid}/exe`)));
  const paths = new Set(maps.map((l) => l.split(/\s+/).slice(5).join(" ")).filter((p) => p.startsWith("/tmp/") && !p.startsWith(home + "/")));
  return [...paths].map((p) => {
    let bytes = 0;
    // The file may be deleted already; its size is what the mappings of it span.
    for (const l of maps) if (l.endsWith(p)) {
      const [a, b] = l.split(" ")[0]!.split("-");
      bytes += parseInt(b!, 16) - parseInt(a!, 16);
    }
    return { path: p, bytes };
  });
}

/** A process's PSS by what is mapped: the executable's own pages, native addons, anonymous memory, the rest (KiB). */
function pssByKind(pid: number): { executable: number; addons: number; anonymous: number; other: number } {
  const exe = readlinkSync(`/proc/${pid}/exe`);
  const kinds = { executable: 0, addons: 0, anonymous: 0, other: 0 };
  let kind: keyof typeof kinds = "other";
  for (const line of readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      const path = head[1]!;
      kind = path === exe ? "executable" : path.endsWith(".node") || path.endsWith(".node (deleted)") ? "addons" : path === "" || path.startsWith("[heap]") || path.startsWith("[stack") || path.startsWith("[anon") ? "anonymous" : "other";
    } else if (line.startsWith("Pss:")) kinds[kind] += Number(/(\d+)/.exec(line)![1]);
  }
  return kinds;
}

const world = NetnsWorld.create(5); // n0 grand, n1 lama, n2 serf (measured), n3 serf peer + scraper, n4 node_exporter
const c = new Cluster(world, { installed: !STANDALONE });
try {
  const [gNs, lamaNs, serfNs, peerNs, neNs] = world.nodes as [NodeNs, NodeNs, NodeNs, NodeNs, NodeNs];
  await c.startGrand(gNs);
  const lama = c.startAgent(lamaNs, "weigh-me", ["--sample-ms", String(PERIOD_MS)]);
  await waitFor(async () => ((await c.api("/api/nodes/weigh-me")).body as unknown as NodeDetailJson).channel?.state === "open", 30_000, () => `lama's channel: ${lama.output.slice(-400)}`);

  const serfA = new Proc(world.spawn(serfNs, [serf, "agent", "-node=serf-a", `-bind=${serfNs.address}:7946`, "-rpc-addr=127.0.0.1:7373", "-log-level=warn"]), "serf-a");
  await Bun.sleep(1000);
  const serfB = new Proc(world.spawn(peerNs, [serf, "agent", "-node=serf-b", `-bind=${peerNs.address}:7946`, "-rpc-addr=127.0.0.1:7373", `-join=${serfNs.address}:7946`, "-log-level=warn"]), "serf-b");
  const ne = new Proc(world.spawn(neNs, [exporter, `--web.listen-address=${neNs.address}:9100`]), "node_exporter");
  const scraper = new Proc(world.spawn(peerNs, [process.execPath, "-e",
    `setInterval(() => fetch("http://${neNs.address}:9100/metrics").then((r) => r.text()).catch(() => {}), ${PERIOD_MS})`]), "scraper");
  await Bun.sleep(10_000); // past start-up: the serf join, the first scrapes, lama's steady state

  const who = { lama: { p: lama, ns: lamaNs }, serf: { p: serfA, ns: serfNs }, nodeExporter: { p: ne, ns: neNs } };
  const load0 = os.loadavg();
  const before = Object.fromEntries(Object.entries(who).map(([k, w]) => [k, sample(w.p.child.pid!, world, w.ns)]));
  await Bun.sleep(WINDOW_S * 1000);
  const after = Object.fromEntries(Object.entries(who).map(([k, w]) => [k, sample(w.p.child.pid!, world, w.ns)]));
  const figures = Object.fromEntries(Object.keys(who).map((k) => {
    const a = before[k]!;
    const b = after[k]!;
    return [k, {
      pssMiB: Number((b.pssKb / 1024).toFixed(1)),
      rssMiB: Number((b.rssKb / 1024).toFixed(1)),
      cpuPercentOfCore: Number((((b.ticks - a.ticks) / 100 / WINDOW_S) * 100).toFixed(2)),
      packetsPerS: Number(((b.txPackets - a.txPackets) / WINDOW_S).toFixed(2)),
    }];
  }));
  const tmp = tmpLibraries(lama.child.pid!);
  const pssKinds = Object.fromEntries(Object.entries(who).map(([k, w]) => [k, pssByKind(w.p.child.pid!)]));
  const l = figures.lama!;
  const ratio = (x: number, y: number) => (y > 0 ? Number((x / y).toFixed(2)) : null);
  console.log(`over ${WINDOW_S} s (load average ${load0.map((x) => x.toFixed(1)).join(" ")}):`);
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(13)} PSS ${v.pssMiB} MiB, RSS ${v.rssMiB} MiB, CPU ${v.cpuPercentOfCore} %, ${v.packetsPerS} packets/s`);
  const ratios = {
    pss: { serf: ratio(l.pssMiB, figures.serf!.pssMiB), nodeExporter: ratio(l.pssMiB, figures.nodeExporter!.pssMiB) },
    cpu: { serf: ratio(l.cpuPercentOfCore, figures.serf!.cpuPercentOfCore), nodeExporter: ratio(l.cpuPercentOfCore, figures.nodeExporter!.cpuPercentOfCore) },
    packets: { serf: ratio(l.packetsPerS, figures.serf!.packetsPerS) },
  };
  console.log(`  lama / serf: PSS ${ratios.pss.serf}×, CPU ${ratios.cpu.serf}×, packets ${ratios.packets.serf}×; lama / node_exporter: PSS ${ratios.pss.nodeExporter}×, CPU ${ratios.cpu.nodeExporter}×`);
  // On a diskless node the executable's file is in RAM (the initramfs) whether or not its pages are mapped;
  // anonymous memory is what the process adds.
  for (const [k, kinds] of Object.entries(pssKinds)) {
    console.log(`  ${k} PSS by kind${k === "lama" ? ` (${STANDALONE ? "standalone" : "installed"})` : ""}: ${Object.entries(kinds).map(([kind, kb]) => `${kind} ${(kb / 1024).toFixed(1)} MiB`).join(", ")}`);
  }
  console.log(`  lama maps from /tmp: ${tmp.length ? tmp.map((t) => `${t.path} (${(t.bytes / 2 ** 20).toFixed(1)} MiB mapped)`).join(", ") : "nothing"}`);
  writeResult("peers", {
    command: `bun bench/peers.ts --window-s ${WINDOW_S}${STANDALONE ? " --standalone" : ""}`,
    lamaLayout: STANDALONE ? "standalone (embedded addons)" : "installed (addons at ../lib/lama)",
    pssKiBByKind: pssKinds,
    note: "2-core VM shared with other workers; each program alone in its namespace; packets = its interface's tx_packets",
    loadAverage: load0.map((x) => Number(x.toFixed(2))),
    windowS: WINDOW_S,
    samplePeriodMs: PERIOD_MS,
    ...figures,
    ratios,
    lamaTmpLibraries: tmp,
    serfVersion: spawnSync(serf, ["version"], { encoding: "utf8" }).stdout.split("\n")[0],
  });
  for (const p of [scraper, ne, serfB, serfA]) await p.kill();
} finally {
  c.destroy();
}
