/**
 * grand's scaling curve in network namespaces with the built binaries (needs
 * root and `npm run build`).
 *
 *   bun bench/scale.ts [--agents 100,1000,2000] [--per-process 250] [--window-s 60] [--ice-port 4162] [--restart]
 *
 * For each pool size N, a fresh grand (dist/grand, its defaults: every control
 * channel's ICE on one muxed socket unless --ice-port 0) and ceil(N / per-process)
 * swarm processes (test/tools/swarm.ts: real startNode agents, each with its own
 * UDP socket, lease, WebRTC channel and telemetry every 2 s) started at once:
 *
 * - time from the mass start to all N registered, and to all N channels open;
 * - controllable: Status through grand's API on 20 random agents (all must answer);
 * - over a steady window: grand's CPU (% of one core) and RSS, false expiries and
 *   re-registrations (every agent is alive throughout; retransmitted Registers that
 *   grand answered with the lease they repeat are counted apart), the swarms' CPU summed,
 *   and the load average (the machine is shared: read grand's figures with it);
 * - with --restart, after the window: grand stopped (SIGTERM) and started again at
 *   once, as a package upgrade does; every agent must register with the new epoch:
 *   time to all registered and all channels open again, registrations beyond one
 *   per agent (a storm), expiries, grand's CPU seconds until all channels are open.
 *
 * The swarm runs in several processes so that its own libjuice poll thread (one
 * socket per agent on the agents' side, O(n²) per process) is not what limits the
 * curve; its CPU is printed beside grand's so you can see which one is the limit.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import type { StatsJson } from "../grand/index.ts";
import { binariesMissing, Cluster, Proc, ROOT, waitFor } from "../test/harness/cluster.ts";
import { NetnsWorld, netnsUnavailable } from "../test/harness/netns.ts";
import { writeResult } from "./lib.ts";

const arg = (k: string, d: string) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1]! : d;
};
const SIZES = arg("--agents", "100,1000,2000").split(",").filter(Boolean).map(Number);
const PER_PROCESS = Number(arg("--per-process", "250"));
const WINDOW_S = Number(arg("--window-s", "60"));
const ICE_PORT = arg("--ice-port", "4162");
const READY_TIMEOUT_MS = Number(arg("--ready-timeout-s", "300")) * 1000;
const RESTART = process.argv.includes("--restart");

const why = netnsUnavailable() ?? binariesMissing();
if (why) {
  console.log(`skipping scale benchmark: ${why}`);
  process.exit(0);
}

function usage(pid: number): { rssKb: number; ticks: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return { rssKb: 0, ticks: 0 };
  }
}
const load = () => os.loadavg().map((x) => Number(x.toFixed(2)));
/** A thread's time on a CPU and time runnable but waiting for one (ns, /proc/PID/task/TID/schedstat). */
function sched(pid: number): { runNs: number; waitNs: number } {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").trim().split(" ").map(Number);
    return { runNs: run!, waitNs: wait! };
  } catch {
    return { runNs: 0, waitNs: 0 };
  }
}

const world = NetnsWorld.create(2); // n0 grand, n1 the swarm processes
const c = new Cluster(world);
const rows: Record<string, unknown>[] = [];
try {
  for (const n of SIZES) {
    const grandArgs = ["--ice-port", ICE_PORT, "--log-format", "json"];
    let grand = await c.startGrand(world.nodes[0]!, grandArgs);
    let known: StatsJson & Record<string, number>;
    // An overloaded grand may not answer its API in time: keep the last answer rather than stop.
    const stats = async () => {
      try {
        known = (await c.api("/api/stats", { signal: AbortSignal.timeout(10_000) })).body as unknown as StatsJson & Record<string, number>;
      } catch {
        apiTimeouts++;
      }
      return known;
    };
    let apiTimeouts = 0;
    const s0 = await stats();
    const processes = Math.ceil(n / PER_PROCESS);
    const loadAtStart = load();
    const t0 = performance.now();
    const swarms: Proc[] = [];
    for (let k = 0; k < processes; k++) {
      const count = Math.min(PER_PROCESS, n - k * PER_PROCESS);
      swarms.push(new Proc(world.spawn(world.nodes[1]!, [process.execPath, join(ROOT, "test/tools/swarm.ts"), "--count", String(count), "--key-file", c.keyFile,
        "--bind", world.nodes[1]!.address, "--grand", `${world.nodes[0]!.address}:4161`, "--prefix", `s${n}p${k}`]), `swarm-${k}`));
    }
    /** Seconds from `since` to all n registered and to all n channels open (undefined: not within the timeout). */
    const untilReady = async (since: number) => {
      let registeredS: number | undefined;
      let openS: number | undefined;
      let last = known;
      try {
        await waitFor(async () => {
          last = await stats();
          const t = (performance.now() - since) / 1000;
          if (registeredS === undefined && last.nodes >= n) registeredS = t;
          if (openS === undefined && last.channelsOpen >= n) openS = t;
          return openS !== undefined && registeredS !== undefined;
        }, READY_TIMEOUT_MS, () => "");
      } catch {
        // Not all ready in time: the row says how far it got.
      }
      return { registeredS, openS, last };
    };
    const { registeredS, openS, last } = await untilReady(t0);
    console.log(`${n} agents (${processes} swarm processes): all registered after ${registeredS?.toFixed(1) ?? "—"} s, all channels open after ${openS?.toFixed(1) ?? "—"} s (${last.nodes} registered, ${last.channelsOpen} open)`);

    // Controllable: Status through the API on 20 random agents.
    const listed = await c.api("/api/nodes", { signal: AbortSignal.timeout(30_000) }).then((r) => r.body as unknown as { id: string }[]).catch(() => []);
    const ids = (Array.isArray(listed) ? listed.map((x) => x.id) : []).filter((id) => id.startsWith(`s${n}p`));
    const sample = Array.from({ length: Math.min(20, ids.length) }, () => ids[Math.floor(Math.random() * ids.length)]!);
    let answered = 0;
    const statusMs: number[] = [];
    for (const id of sample) {
      const t = performance.now();
      const r = await c.api(`/api/nodes/${id}/status`, { signal: AbortSignal.timeout(10_000) }).catch(() => ({ status: 0 }));
      if (r.status === 200) {
        answered++;
        statusMs.push(performance.now() - t);
      }
    }
    console.log(`  Status through the API: ${answered}/${sample.length} answered${statusMs.length ? `, median ${statusMs.sort((a, b) => a - b)[Math.floor(statusMs.length / 2)]!.toFixed(0)} ms` : ""}`);

    // Steady window.
    await Bun.sleep(10_000);
    const a = await stats();
    const g0 = usage(grand.child.pid!);
    const q0 = sched(grand.child.pid!);
    const w0 = swarms.map((p) => usage(p.child.pid!));
    await Bun.sleep(WINDOW_S * 1000);
    const b = await stats();
    const g1 = usage(grand.child.pid!);
    const q1 = sched(grand.child.pid!);
    const ranS = (q1.runNs - q0.runNs) / 1e9;
    const waitedS = (q1.waitNs - q0.waitNs) / 1e9;
    // Since grand started, too: the join phase is where a starved grand falls behind.
    const sinceStart = { ranS: Number((q1.runNs / 1e9).toFixed(1)), waitedForCpuS: Number((q1.waitNs / 1e9).toFixed(1)) };
    const w1 = swarms.map((p) => usage(p.child.pid!));
    const grandCpu = ((g1.ticks - g0.ticks) / 100 / WINDOW_S) * 100;
    const swarmCpu = (w1.reduce((x, u) => x + u.ticks, 0) - w0.reduce((x, u) => x + u.ticks, 0)) / 100 / WINDOW_S * 100;
    const expiries = Number(b.expiries) - Number(s0.expiries);
    const reRegistrations = Number(b.registers) - Number(s0.registers) - n;
    // Retransmitted Registers grand answered with the lease they repeat (no new lease, no event).
    const repeatedRegisters = Number(b.repeatedRegisters ?? 0) - Number(s0.repeatedRegisters ?? 0);
    const row = {
      agents: n, swarmProcesses: processes,
      allRegisteredAfterS: registeredS === undefined ? null : Number(registeredS.toFixed(1)),
      allChannelsOpenAfterS: openS === undefined ? null : Number(openS.toFixed(1)),
      reached: { registered: last.nodes, channelsOpen: last.channelsOpen },
      statusAnswered: `${answered}/${sample.length}`,
      windowS: WINDOW_S,
      grandCpuPercentOfCore: Number(grandCpu.toFixed(1)),
      grandRssMiB: Number((g1.rssKb / 1024).toFixed(0)),
      falseExpiries: expiries,
      reRegistrations,
      repeatedRegisters,
      renewalsPerS: Number(((Number(b.renewals) - Number(a.renewals)) / WINDOW_S).toFixed(0)),
      channelsOpenAtEnd: b.channelsOpen,
      apiTimeouts,
      // grand's JS thread: seconds on a CPU and seconds runnable but waiting for one (a share of the
      // waiting above a few % means the machine, not grand's own work, set the pace)
      grandMainThread: { windowRanS: Number(ranS.toFixed(1)), windowWaitedForCpuS: Number(waitedS.toFixed(1)), sinceStart },
      swarmCpuPercentOfCore: Number(swarmCpu.toFixed(1)),
      swarmRssMiB: Number((w1.reduce((x, u) => x + u.rssKb, 0) / 1024).toFixed(0)),
      loadAverage: { atStart: loadAtStart, atEnd: load() },
    };
    console.log(`  over ${WINDOW_S} s: grand ${row.grandCpuPercentOfCore} % of a core, RSS ${row.grandRssMiB} MiB; ${expiries} expiries, ${reRegistrations} re-registrations since the start (${repeatedRegisters} repeated Registers answered with their lease); `
      + `${row.renewalsPerS} renewals/s; swarm ${row.swarmCpuPercentOfCore} % (${row.swarmRssMiB} MiB); load ${row.loadAverage.atEnd.join(" ")}; `
      + `grand's JS thread ran ${ranS.toFixed(1)} s and waited for a CPU ${waitedS.toFixed(1)} s (since start: ran ${sinceStart.ranS} s, waited ${sinceStart.waitedForCpuS} s)`);
    if (expiries > 0) {
      const lines = grand.output.split("\n").filter((l) => l.includes('"expired"'));
      console.log(`  first expiries: ${lines.slice(0, 3).join("\n    ")}`);
    }
    /** Stops grand and starts it again at once; the agents must all come back to the new one. */
    async function restartGrand() {
      await grand.kill("SIGTERM");
      const loadAtRestart = load();
      const since = performance.now();
      grand = await c.startGrand(world.nodes[0]!, grandArgs);
      const r0 = await stats();
      const back = await untilReady(since);
      const r = await stats();
      const cpu = usage(grand.child.pid!);
      const out = {
        allRegisteredAfterS: back.registeredS === undefined ? null : Number(back.registeredS.toFixed(1)),
        allChannelsOpenAfterS: back.openS === undefined ? null : Number(back.openS.toFixed(1)),
        reached: { registered: back.last.nodes, channelsOpen: back.last.channelsOpen },
        // A new grand counts from zero: one registration per agent is the floor, the rest is the storm.
        registrationsBeyondOnePerAgent: Number(r.registers) - n,
        repeatedRegisters: Number(r.repeatedRegisters ?? 0),
        expiries: Number(r.expiries),
        grandCpuSUntilOpen: Number((cpu.ticks / 100).toFixed(1)),
        grandRssMiB: Number((cpu.rssKb / 1024).toFixed(0)),
        statsAtStart: { registers: Number(r0.registers), nodes: r0.nodes },
        loadAverage: { atRestart: loadAtRestart, atEnd: load() },
      };
      console.log(`  grand restarted: all ${n} registered again after ${out.allRegisteredAfterS ?? "—"} s, channels open after ${out.allChannelsOpenAfterS ?? "—"} s; `
        + `${out.registrationsBeyondOnePerAgent} registrations beyond one per agent, ${out.repeatedRegisters} repeated Registers, ${out.expiries} expiries; `
        + `grand ${out.grandCpuSUntilOpen} CPU s, RSS ${out.grandRssMiB} MiB; load ${out.loadAverage.atEnd.join(" ")}`);
      return out;
    }
    if (RESTART) Object.assign(row, { restart: await restartGrand() });
    rows.push(row);
    // Written after every row: a later size that collapses must not lose the earlier ones.
    writeResult(`scale${ICE_PORT === "0" ? "-no-mux" : ""}`, {
      command: `bun bench/scale.ts --agents ${SIZES.join(",")} --per-process ${PER_PROCESS} --window-s ${WINDOW_S} --ice-port ${ICE_PORT}${RESTART ? " --restart" : ""}`,
      note: "2-core VM shared with other workers: read each row with its load average and grandMainThread (time waiting for a CPU)",
      rows,
    });
    for (const p of swarms) await p.kill("SIGKILL");
    await grand.kill("SIGTERM");
    await Bun.sleep(2000);
  }
} finally {
  c.destroy();
}
