import { describe, expect, test } from "bun:test";
import { simulateMain } from "./cli.ts";
import { MemoryFileIo } from "./files.ts";

async function run(argv: string[], io = new MemoryFileIo()): Promise<{ code: number; stdout: string; stderr: string; io: MemoryFileIo }> {
  let stdout = "";
  let stderr = "";
  const code = await simulateMain(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, io);
  return { code, stdout, stderr, io };
}

describe("grand simulate", () => {
  test("--help prints the usage", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toStartWith("usage: grand simulate");
    expect(r.stdout).toContain("--lead-time S");
  });

  test("prints the metrics table by default: paper workload, every policy, 60 s lead time", async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toStartWith("workload paper, lead time 60 s, seed 1, measurement noise 10 %, sticky model (leastconn, no churn)");
    for (const name of ["threshold", "ar1", "horizon", "oracle"]) expect(r.stdout).toContain(`| ${name} |`);
  });

  test("--json prints the metrics as JSON", async () => {
    const r = await run(["--json", "--policy", "ar1", "--lead-time", "20", "--seed", "3"]);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ workload: "paper", seed: 3, leadTimeS: 20 });
    expect(Object.keys(doc.policies)).toEqual(["ar1"]);
  });

  test.each([
    [["--policy", "magic"], "--policy 'magic' is not one of threshold, ar1, horizon, all"],
    [["--workload", "tomorrow"], "--workload 'tomorrow' is not paper, diurnal, flash or a .csv file"],
    [["--workload", "missing.csv"], "--workload file 'missing.csv' not found; give paper, diurnal, flash or a readable .csv file"],
    [["--lead-time", "61m"], "--lead-time '61m' must be a number from 0 to 3600"],
    [["--lead-time", "4000"], "--lead-time '4000' must be a number from 0 to 3600"],
    [["--lead-time=-1"], "--lead-time '-1' must be a number from 0 to 3600"],
    [["--lead-time", "-1"], "--lead-time needs a value"],
    [["--seed", "1.5"], "--seed '1.5' must be a whole number from 0 to 4294967295"],
    [["--seed"], "--seed needs a value"],
    [["--noise", "2"], "--noise '2' must be a number from 0 to 1"],
    [["--json=yes"], "--json takes no value"],
    [["--model", "fluid"], "--model 'fluid' is not one of sticky, resplit"],
    [["--balance", "random"], "--balance 'random' is not one of leastconn, roundrobin"],
    [["--session", "-5"], "--session needs a value"],
    [["--session", "forever"], "--session 'forever' must be a number from 0 to 604800"],
    [["--workload", "diurnal:15-9"], "--workload 'diurnal:15-9' must be diurnal:FROM-TO with hours 0 ≤ FROM < TO ≤ 24"],
    [["--workload", "flash:size=lots"], "--workload 'flash:size=lots': size 'lots' must be a number of 0 or more"],
    [["--flash", "rate=0"], "--flash: rate '0' must be listeners a minute above 0, or step"],
    [["--flash", "speed=3"], "--flash: 'speed=3' is not FIELD=VALUE with FIELD one of base, at, size, rate, hold, fade, duration"],
    [["--flash", "fade=0"], "--flash: fade '0' must be seconds above 0"],
    [["--out", ""], "--out '' is empty"],
    [["--speed", "3"], "unknown option '--speed'; allowed: --workload, --policy, --lead-time, --seed, --noise, --model, --balance, --session, --flash, --json, --out, --help"],
    [["paper"], "unexpected argument 'paper'"],
  ])("%j exits 2 with one line naming the setting", async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toStartWith(`grand simulate: ${message}`);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  test("--out writes the series, actions, figure, table and JSON", async () => {
    const r = await run(["--out", "results", "--lead-time", "20", "--seed", "4"]);
    expect(r.code).toBe(0);
    expect([...r.io.files.keys()]).toEqual([
      "results/paper-lead20-seed4.csv",
      "results/paper-lead20-seed4-actions.csv",
      "results/paper-lead20-seed4.svg",
      "results/paper-lead20-seed4.md",
      "results/paper-lead20-seed4.json",
    ]);
    expect(r.io.files.get("results/paper-lead20-seed4.md")).toBe(r.stdout);
    expect(r.stderr).toContain("wrote results/paper-lead20-seed4.svg");
  });

  test("the same seed gives byte-identical outputs; another seed does not", async () => {
    const argv = (seed: string): string[] => ["--workload", "diurnal", "--out", "o", "--seed", seed];
    const [a, b, c] = await Promise.all([run(argv("8")), run(argv("8")), run(argv("9"))]);
    expect(a.stdout).toBe(b.stdout);
    for (const [name, text] of a.io.files) expect(b.io.files.get(name) === text).toBe(true);
    expect(c.io.files.get("o/diurnal-lead60-seed9.csv")).not.toBe(a.io.files.get("o/diurnal-lead60-seed8.csv"));
  }, 60_000); // three whole six-hour simulations: about 2 s alone, several times that on a loaded machine

  test("reads a CSV workload through the file seam and reports its errors with the line", async () => {
    const io = new MemoryFileIo();
    io.files.set("traces/flash.csv", "time_s,streams\n0,100\n120,2000\n600,2000\n");
    const ok = await run(["--workload", "traces/flash.csv", "--json"], io);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).workload).toBe("flash");

    io.files.set("traces/bad.csv", "time_s,streams\n0,100\n120,lots\n");
    const bad = await run(["--workload", "traces/bad.csv"], io);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("grand simulate: --workload bad:3: streams 'lots' must be a number of 0 or more\n");
  });

  test("--model, --balance, --session and a flash crowd reach the simulation", async () => {
    const r = await run(["--json", "--workload", "flash:size=1500,rate=step,at=100,duration=600", "--flash", "size=500,at=300", "--lead-time", "0",
      "--model", "sticky", "--balance", "roundrobin", "--session", "900", "--policy", "horizon"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ workload: "flash+flash", model: "sticky", balance: "roundrobin", sessionS: 900, effectiveLeadTimeS: 2, durationS: 602 });
    const resplit = JSON.parse((await run(["--json", "--model", "resplit", "--policy", "threshold"])).stdout);
    expect(resplit.model).toBe("resplit");
    expect(resplit.policies.threshold.cutStreams).toBe(0);
  });

  test("an unwritable --out exits 1", async () => {
    const io = new MemoryFileIo();
    io.makeDir = async () => {
      throw new Error("EACCES: permission denied");
    };
    const r = await run(["--out", "/root/x"], io);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cannot write to --out '/root/x': EACCES");
  });
});
