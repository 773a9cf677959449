import { describe, expect, test } from "bun:test";
import { parseWorkloadCsv, WorkloadCsvError } from "./csv.ts";

describe("parseWorkloadCsv", () => {
  test("interpolates streams onto the 2 s grid", () => {
    const w = parseWorkloadCsv("time_s,streams\n0,0\n10,1000\n", { name: "ramp" });
    expect(w.name).toBe("ramp");
    expect(Array.from(w.demandBps)).toEqual([0, 200, 400, 600, 800, 1000].map((s) => s * 132_000));
  });

  test("takes demand in Mbps, ignores other columns, comments, blank lines and CRLF", () => {
    const text = "# a capture\r\nlabel,time_s,demand_mbps\r\nx,100,50\r\n\r\ny,104,70\r\n";
    const w = parseWorkloadCsv(text, { name: "capture" });
    expect(Array.from(w.demandBps)).toEqual([50e6, 60e6, 70e6]);
  });

  test.each([
    ["", "capture:1: empty file"],
    ["time,streams\n0,1\n2,2\n", "capture:1: header 'time,streams' must name time_s and exactly one of streams, demand_mbps"],
    ["time_s,streams,demand_mbps\n0,1,1\n2,2,2\n", "exactly one of"],
    ["time_s,streams\n0,1\n0,2\n", "capture:3: time_s 0 does not increase (previous 0)"],
    ["time_s,streams\n0,1\nsoon,2\n", "capture:3: time_s 'soon' is not a number"],
    ["time_s,streams\n0,1\n2,-4\n", "capture:3: streams '-4' must be a number of 0 or more"],
    ["time_s,streams\n0,1\n2\n", "capture:3: 1 columns, the header has 2"],
    ["time_s,streams\n0,1\n", "need at least two data rows"],
    ["time_s,streams\n0,1\n9999999,1\n", "periods; at most 302400 are allowed"],
  ])("rejects %j", (text, message) => {
    expect(() => parseWorkloadCsv(text, { name: "capture" })).toThrow(WorkloadCsvError);
    expect(() => parseWorkloadCsv(text, { name: "capture" })).toThrow(message);
  });
});
