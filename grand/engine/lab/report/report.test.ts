import { describe, expect, test } from "bun:test";
import { simulate } from "../simulator/simulator.ts";
import { diurnalWorkload } from "../workload/diurnal.ts";
import { paperWorkload } from "../workload/paper.ts";
import { actionsCsv, seriesCsv } from "./csv.ts";
import { metricsJson, metricsMarkdown } from "./markdown.ts";
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
    expect(md.startsWith("workload paper, lead time 60 s, seed 1, measurement noise 10 %\n")).toBe(true);
    for (const name of ["threshold", "ar1", "horizon", "oracle"]) expect(md).toContain(`| ${name} |`);
  });

  test("the JSON carries the metrics under their documented names", () => {
    const doc = JSON.parse(metricsJson(sim));
    expect(doc.leadTimeS).toBe(60);
    expect(Object.keys(doc.policies)).toEqual(["threshold", "ar1", "horizon"]);
    expect(Object.keys(doc.policies.horizon)).toEqual([
      "slaViolationSeconds",
      "droppedStreamSeconds",
      "nodeSeconds",
      "actions",
      "reversals",
      "oracleNodeSeconds",
      "oracleActions",
    ]);
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
