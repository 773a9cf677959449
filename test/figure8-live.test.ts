/**
 * Figure 8, live and shortened (bench/figure8-live.ts is the full run): for each
 * policy a fresh namespace world with the built binaries and the real daemons —
 * grand `--reallocate live`, a fed icecast source, three icecast relays capped at
 * 2 Mbit/s by tc tbf, haproxy dispatching by least connections — and the listener
 * generator following the paper's workload scaled to a 40-listener peak (89 % of the
 * three relays, as the paper's 3000 listeners were of its nodes at the 90 % rule)
 * and compressed COMPRESS-fold in time (156 s: 6 s idle, 60 s up, 18 s hold, 60 s
 * down, 12 s idle). threshold and AR(1) run it whole (the paper's cycling shows on the
 * way down, where releases are decided near the lower threshold); horizon runs up the
 * ramp and the hold and 20 s of the fall. About 10 minutes on a loaded 2-core VM.
 *
 * What the paper reports and this asserts, from what the listeners and grand saw:
 * - Algorithm 1 on the raw sum (threshold) acts more often than on the AR(1)
 *   forecast, which filters the measurement noise: threshold's supplements and
 *   releases outnumber AR(1)'s, and it reverses itself at least as often;
 * - our rule (horizon) keeps every listener at the stream rate through the ramp up:
 *   no listener that ran a whole 2 s period got less than 90 % of 128 kbit/s.
 *   KNOWN TO FAIL today, so it is a `test.failing` (it turns red once it holds: make
 *   it a plain test then). With the flash-crowd horizon (issue 10 part 2) one run left
 *   44 listener-seconds below (6 SLA-violation seconds) where it left 1342. At this compression the ramp rises about 4 % of a relay
 *   per 2 s period, and the trend filter (grand/engine/predict/horizon.ts: 120 s
 *   noise time constant, tuned on the paper's 10-minute ramp) follows it too late:
 *   measured 1342 listener-seconds below, 54 SLA-violation seconds in the ramp, and
 *   the simulator predicts 78 s for the same run, so the live world and the model
 *   agree that the policy, not the testbed, is late. That is issue 10's part 2
 *   (steep ramps and flash crowds: at most lead + 2 periods of violation).
 */
import { describe, expect, test } from "bun:test";
import { gap, paperListeners, predict, runLive, liveWorkload, type LiveRun } from "../bench/figure8-live.ts";
import { trafficUnavailable } from "./harness/traffic-pool.ts";

// Opt-in for now: about 8 minutes, and threshold-vs-AR(1) is not yet steady enough to gate a landing (once, on a
// loaded VM, both made 6 actions and 2 reversals). `npm run test:figure8` runs it.
const skip = (process.env.LAMA_FIGURE8_LIVE !== "1" ? "opt-in (about 8 minutes): LAMA_FIGURE8_LIVE=1, or npm run test:figure8" : undefined)
  ?? trafficUnavailable(["/usr/sbin/haproxy", "/usr/bin/icecast2"]) ?? (Bun.spawnSync(["tc", "-V"]).exitCode !== 0 ? "the 'tc' command is missing" : undefined);
if (skip) console.log(`skipping the live Figure 8 test: ${skip}`);

const COMPRESS = 10;
const PEAK = 40;
const O = { relays: 3, capacityBps: 2_000_000, leadTimeMs: 3000, drainMs: 10_000 };

describe.skipIf(!!skip)("Figure 8 live (shortened): threshold cycles, AR(1) does not, ours keeps every listener at the stream rate", () => {
  const shape = paperListeners(PEAK, COMPRESS);
  // Up the ramp (66 s), the hold (18 s) and 20 s of the fall.
  const runs: Partial<Record<LiveRun["policy"], LiveRun>> = {};
  const run = async (policy: LiveRun["policy"], durationS: number) => {
    runs[policy] = await runLive({ ...O, policy, listeners: shape.f, durationS, rampEndS: shape.rampEndS });
    const w = liveWorkload("paper-short", shape.f, durationS);
    const s = predict(w, runs[policy]!, O).metrics;
    const m = runs[policy]!.metrics;
    console.log(`${policy}: live ${JSON.stringify(m)}; noise ${runs[policy]!.measuredNoise}, lead ${runs[policy]!.measuredLeadMs} ms; ` +
      `simulated SLA ${s.slaViolationSeconds} s, node·s ${s.nodeSeconds} (gap ${gap(s.nodeSeconds, m.nodeSeconds)}), actions ${s.actions}, reversals ${s.reversals}`);
    return runs[policy]!;
  };

  test("threshold acts and reverses more than AR(1) on the paper-shaped ramp", async () => {
    const th = await run("threshold", shape.durationS);
    const ar = await run("ar1", shape.durationS);
    expect(th.metrics.peakListeners).toBe(PEAK);
    expect(ar.metrics.peakListeners).toBe(PEAK);
    expect(th.metrics.actions).toBeGreaterThan(ar.metrics.actions);
    expect(th.metrics.reversals).toBeGreaterThanOrEqual(ar.metrics.reversals);
  }, 600_000);

  test.failing("horizon keeps every listener at the stream rate through the ramp up, and refuses none", async () => {
    const h = await run("horizon", Math.round(shape.rampEndS + 20));
    expect(h.metrics.peakListeners).toBe(PEAK);
    expect(h.metrics.listenerSecondsBelowRamp).toBe(0);
    expect(h.metrics.refused).toBe(0);
  }, 300_000);
});
