import { describe, expect, test } from "bun:test";
import { simulate } from "../simulator/simulator.ts";
import { diurnalWorkload } from "../workload/diurnal.ts";
import { paperWorkload } from "../workload/paper.ts";
import { actionsCsv, seriesCsv } from "./csv.ts";
import { caption, leadLabel, metricsJson, metricsMarkdown } from "./markdown.ts";
import { figureSvg } from "./svg.ts";

const sim = simulate(paperWorkload(), ["threshold", "ar1", "horizon"], { seed: 1, leadTimeMs: 60_000 });

describe("reports", () => {
  test("the series CSV has a header and one row per period", () => {
    const lines = seriesCsv(sim).trimEnd().split("\n");
    expect(lines[0]).toBe(
      "time_s,demand_mbps,oracle_nodes," +
        ["threshold", "ar1", "horizon"].map((p) => `${p}_observed_mbps,${p}_forecast_mbps,${p}_upper_mbps,${p}_allocated,${p}_ready`).join(","),
    );
    expect(lines).toHaveLength(1 + sim.workload.demandBps.length);
    expect(lines[1]!.split(",")).toHaveLength(18);
    // The paper's policies have no upper bound: empty cells, never "NaN".
    expect(seriesCsv(sim)).not.toContain("NaN");
  });

  test("the actions CSV lists every supplement and release with its reason", () => {
    const lines = actionsCsv(sim).trimEnd().split("\n");
    expect(lines[0]).toBe("time_s,policy,action,node,reason");
    expect(lines).toHaveLength(1 + sim.runs.reduce((n, r) => n + r.log.length, 0));
    expect(lines[1]).toMatch(/^\d+,threshold,(supplement|release),node-\d{3},SUM /);
  });

  test("the Markdown table has every policy and the oracle", () => {
    const md = metricsMarkdown(sim);
    expect(md.startsWith("workload paper, lead time 60 s, seed 1, measurement noise 10 %, sticky model (leastconn, no churn)\n")).toBe(true);
    for (const name of ["threshold", "ar1", "horizon", "oracle"]) expect(md).toContain(`| ${name} |`);
  });

  test("the JSON carries the metrics under their documented names", () => {
    const doc = JSON.parse(metricsJson(sim));
    expect(doc).toMatchObject({ leadTimeS: 60, effectiveLeadTimeS: 60, model: "sticky", balance: "leastconn", sessionS: 0 });
    expect(Object.keys(doc.policies)).toEqual(["threshold", "ar1", "horizon"]);
    expect(Object.keys(doc.policies.horizon)).toEqual([
      "slaViolationSeconds",
      "droppedStreamSeconds",
      "belowRateListenerSeconds",
      "cutStreams",
      "nodeSeconds",
      "actions",
      "reversals",
      "oracleNodeSeconds",
      "oracleActions",
    ]);
  });

  test.each([
    // [lead time ms, period ms, label]: a node serves from the period after the one that ordered it.
    [0, 2000, "one period (2 s)"],
    [1999, 2000, "one period (2 s)"],
    [2000, 2000, "2 s"],
    [60_000, 2000, "60 s"],
  ])("lead time %d ms at a %d ms period reads %j", (lead, period, label) => {
    expect(leadLabel(lead, period)).toBe(label);
  });

  test("a lead time of 0 is shown as one period, and the resplit model is named", () => {
    const r = simulate(paperWorkload(), ["threshold"], { seed: 1, leadTimeMs: 0, model: "resplit" });
    expect(caption(r)).toBe("workload paper, lead time one period (2 s), seed 1, measurement noise 10 %, resplit model (all demand re-split every period)");
    expect(JSON.parse(metricsJson(r))).toMatchObject({ leadTimeS: 0, effectiveLeadTimeS: 2, model: "resplit" });
  });

  test("the figure has one panel per policy and well-formed numbers", () => {
    const svg = figureSvg(sim, "a & b");
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(svg).toContain("(a) threshold");
    expect(svg).toContain("(c) horizon");
    expect(svg).toContain("a &amp; b");
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });

  test("a long run is drawn as an envelope, with a time-of-day axis", () => {
    const day = simulate(diurnalWorkload({ seed: 1, fromHour: 8, toHour: 12 }), ["ar1"], { seed: 1, leadTimeMs: 60_000 });
    const svg = figureSvg(day, "day");
    expect(svg).toContain(">09:00<");
    // 7200 samples, decimated to 900 columns × 2 points per series.
    const longest = Math.max(...[...svg.matchAll(/points="([^"]*)"/g)].map((m) => m[1]!.split(" ").length));
    expect(longest).toBeLessThanOrEqual(1800);
    expect(svg.length).toBeLessThan(400_000);
  });
});
