/**
 * Mutation testing with StrykerJS, one Stryker run per module group.
 *
 *   bun scripts/mutate.ts              every group
 *   bun scripts/mutate.ts rpc envelope just those groups
 *   bun scripts/mutate.ts rpc --force  from the first `--` option on, arguments go to Stryker
 *   bun scripts/mutate.ts survivors [group...]  scores per file and the surviving mutants, from mutation/
 *
 * Stryker's `command` test runner runs the whole command for every mutant, so each
 * group mutates only its own modules and its command runs only their tests. Runs
 * are incremental: `mutation/<group>.json` (committed) remembers the previous
 * result and only mutants whose code or tests changed are run again. Reports go to
 * `mutation/reports/` (gitignored).
 *
 * With the command runner Stryker sees the whole command as one test and cannot
 * tell which test files changed: an incremental run re-tests mutants in changed
 * modules only. After changing tests, pass `--force` (given to Stryker) to run
 * every mutant again, e.g. `npm run mutate -- envelope --force`.
 *
 * A forced run of a slow group can be limited to some lines: Stryker's own
 * `--mutate FILE:FROM-TO,FILE:FROM-TO` with `--force` runs just the mutants lying
 * wholly inside those ranges and keeps every other result from the incremental
 * file. Mutants whose code changed since the file was written are dropped from it,
 * so run the group incrementally first, e.g. `npm run mutate -- lease-client`, then
 * `npm run mutate -- lease-client --force --mutate runtime/lease-client.ts:346-349,runtime/lease-client.ts:440-445`.
 *
 * Stryker 10 refuses Node 20 but runs under Bun, so it is started with `bun`.
 * `tsconfigFile` names a file that does not exist: Stryker's sandbox rewrites
 * tsconfig.json through the TypeScript JS API (`ts.parseConfigFileTextToJson`),
 * which typescript 7 (the native compiler) no longer has, so the run would abort.
 * The sandbox does not need the rewrite: `bun test` reads tsconfig.json as is.
 *
 * MUTATE_CONCURRENCY sets Stryker's concurrency (default 1: the machine is small
 * and each mutant already runs a whole `bun test`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface Group {
  /** Globs of the modules to mutate (tests are never mutated). */
  mutate: string[];
  /** Paths given to `bun test`: the tests that cover those modules. */
  tests: string[];
  /** Score below which the run fails; null until the group has a measured score. */
  floor: number | null;
}

export const GROUPS: Record<string, Group> = {
  envelope: {
    mutate: ["runtime/wire/envelope.ts", "runtime/wire/replay-window.ts", "runtime/wire/keyring.ts", "runtime/wire/controller-key.ts", "runtime/wire/key-file.ts", "runtime/wire/sodium.ts", "runtime/wire/native-lib.ts"],
    tests: ["runtime/wire/envelope.test.ts", "runtime/wire/replay-window.test.ts", "runtime/wire/keyring.test.ts", "runtime/wire/controller-key.test.ts", "runtime/wire/sodium.test.ts", "runtime/wire/native-lib.test.ts"],
    floor: 98, // measured 100 (586 counted with sodium.ts and native-lib.ts, 4 marked equivalent in place)
  },
  rpc: { mutate: ["runtime/wire/rpc.ts"], tests: ["runtime/wire/rpc.test.ts"], floor: 98 }, // measured 100
  "lease-client": {
    mutate: ["runtime/lease-client.ts"],
    // the lease client is exercised end to end by the loopback pool tests (real agents, real grand)
    tests: ["runtime/lease-client.test.ts", "runtime/lease-client-rejoin.test.ts", "grand/pool.test.ts"],
    floor: 98, // measured 100 after a forced run (474 counted; 36 marked equivalent or unreachable in place)
  },
  lookup: {
    mutate: ["grand/lookup-service.ts", "grand/lease-table.ts"],
    tests: ["grand/lookup-service.test.ts", "grand/lease-table.test.ts", "grand/lookup.test.ts", "grand/pool.test.ts"],
    floor: 98, // measured 100 after a forced run (6 marked equivalent in place)
  },
  engine: {
    mutate: ["grand/engine/decide/*.ts", "grand/engine/allocator.ts", "grand/engine/policy.ts", "grand/engine/predict/*.ts", "!grand/engine/**/*.test.ts"],
    // the decision core's own tests; the simulation lab's (grand/engine/lab) are slow and test the lab
    tests: ["grand/engine/decide", "grand/engine/predict", "grand/engine/allocator.test.ts", "grand/engine/policy.test.ts", "grand/engine/sample.test.ts"],
    floor: 98, // measured 100 (mutants marked equivalent in place are not counted)
  },
  reallocator: {
    mutate: ["grand/reallocator.ts", "grand/dispatch.ts"],
    tests: ["grand/reallocator.test.ts", "grand/reallocator-live.test.ts", "grand/reallocator-dispatch.test.ts", "grand/reallocator-set.test.ts", "grand/reallocator-drain.test.ts", "grand/reallocator-edges.test.ts", "grand/dispatch.test.ts"],
    floor: 98, // measured 100 (reallocator.ts 484, dispatch.ts 111 counted; 18 marked equivalent in place)
  },
  monitor: {
    mutate: ["grand/monitor.ts", "grand/control-manager.ts"],
    // Not monitor-memory.test.ts: its 2.16 million samples take minutes under instrumentation.
    tests: ["grand/monitor.test.ts", "grand/control-manager.test.ts", "grand/reallocator-live.test.ts"],
    floor: 98, // measured 100 after a forced run (monitor.ts 136, control-manager.ts 188 counted; 22 marked in place, among them guards made redundant by teardown and ControlOfferer.close())
  },
  node: {
    mutate: ["runtime/lama-node.ts", "runtime/wire/memory-peers.ts"],
    tests: ["runtime/lama-node.test.ts", "runtime/wire/memory-peers.test.ts", "grand/control-manager.test.ts"],
    floor: 98, // measured 100 (lama-node.ts 93, memory-peers.ts 118 counted; 5 marked in place)
  },
  probes: {
    mutate: ["runtime/probes/*.ts", "!runtime/probes/*.test.ts", "!runtime/probes/index.ts"],
    tests: ["runtime/probes"],
    floor: 98, // measured 100 (879 counted, 81 marked equivalent in place)
  },
};

/** The Stryker options for one group. */
export function strykerConfig(name: string, group: Group, concurrency: number) {
  return {
    packageManager: "npm",
    testRunner: "command",
    commandRunner: { command: `bun test ${group.tests.map((t) => `./${t}`).join(" ")}` },
    mutate: group.mutate,
    coverageAnalysis: "off",
    tsconfigFile: "tsconfig.stryker-none.json",
    concurrency,
    incremental: true,
    incrementalFile: `mutation/${name}.json`,
    thresholds: { high: 95, low: 90, break: group.floor },
    reporters: ["clear-text", "progress", "json"],
    jsonReporter: { fileName: `mutation/reports/${name}.json` },
    ignorePatterns: ["dist", "bench/results", "mutation", "*.log", "/tmp"],
    tempDirName: ".stryker-tmp",
    cleanTempDir: true,
  };
}

/**
 * Keeps the committed incremental file small and free of machine paths: each
 * mutant's `statusReason` is the whole `bun test` output (megabytes per group), cut
 * here to its failing-test and error lines; `projectRoot` and `config` (absolute
 * paths, the options) are dropped. Stryker needs neither to reuse the results.
 */
export function slimIncrementalFile(path: string) {
  if (!existsSync(path)) return;
  const report = JSON.parse(readFileSync(path, "utf8"));
  delete report.projectRoot;
  delete report.config;
  for (const file of Object.values<{ mutants: { statusReason?: string }[] }>(report.files ?? {})) {
    for (const m of file.mutants) {
      if (!m.statusReason) continue;
      const lines = m.statusReason
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => /^\(fail\)|^error:|^Expected|^Received|^(Timeout|Hit limit)/.test(l));
      m.statusReason = (lines.length ? lines.slice(0, 6).join("\n") : m.statusReason).slice(0, 400);
    }
  }
  writeFileSync(path, JSON.stringify(report, null, 2) + "\n");
}

/** Statuses Stryker counts as detected, and those it leaves out of the score. */
const DETECTED = new Set(["Killed", "Timeout"]);
const NOT_COUNTED = new Set(["CompileError", "RuntimeError", "Ignored"]);

export interface FileScore {
  file: string;
  /** Killed + timed out over all counted mutants, in percent (100 when nothing is counted). */
  score: number;
  detected: number;
  counted: number;
  ignored: number;
  survivors: { line: number; mutator: string; replacement: string; source: string }[];
}

/** Per-file scores and surviving mutants from an incremental file or a JSON report. */
export function scoreReport(report: { files: Record<string, { source: string; mutants: { status: string; mutatorName: string; replacement?: string; location: { start: { line: number } } }[] }> }): FileScore[] {
  return Object.entries(report.files).map(([file, f]) => {
    const lines = f.source.split("\n");
    const counted = f.mutants.filter((m) => !NOT_COUNTED.has(m.status));
    const detected = counted.filter((m) => DETECTED.has(m.status)).length;
    return {
      file,
      score: counted.length ? (100 * detected) / counted.length : 100,
      detected,
      counted: counted.length,
      ignored: f.mutants.filter((m) => m.status === "Ignored").length,
      survivors: counted
        .filter((m) => !DETECTED.has(m.status))
        .map((m) => ({
          line: m.location.start.line,
          mutator: m.mutatorName,
          replacement: m.replacement ?? "",
          source: (lines[m.location.start.line - 1] ?? "").trim(),
        })),
    };
  });
}

/** `bun scripts/mutate.ts survivors [group...]`: scores and surviving mutants from the committed files. */
function survivors(root: string, names: string[]): number {
  let detected = 0;
  let counted = 0;
  for (const name of names) {
    const path = join(root, `mutation/${name}.json`);
    if (!existsSync(path)) {
      console.log(`${name}: not run yet (npm run mutate -- ${name})`);
      continue;
    }
    for (const f of scoreReport(JSON.parse(readFileSync(path, "utf8")))) {
      detected += f.detected;
      counted += f.counted;
      console.log(`${f.file}: ${f.score.toFixed(2)} % (${f.detected}/${f.counted}, ${f.ignored} marked equivalent)`);
      for (const s of f.survivors) console.log(`  ${f.file}:${s.line} ${s.mutator} → ${JSON.stringify(s.replacement).slice(0, 70)}  | ${s.source.slice(0, 90)}`);
    }
  }
  if (counted) console.log(`all: ${((100 * detected) / counted).toFixed(2)} % (${detected}/${counted})`);
  return 0;
}

async function main(argv: string[]) {
  if (argv[0] === "survivors") {
    const names = argv.length > 1 ? argv.slice(1) : Object.keys(GROUPS);
    return survivors(join(import.meta.dir, ".."), names);
  }
  const firstOption = argv.findIndex((a) => a.startsWith("--"));
  const groups = firstOption < 0 ? argv : argv.slice(0, firstOption);
  const passThrough = firstOption < 0 ? [] : argv.slice(firstOption);
  const names = groups.length ? groups : Object.keys(GROUPS);
  const unknown = names.filter((n) => !(n in GROUPS));
  if (unknown.length) {
    console.error(`unknown group(s): ${unknown.join(", ")}; groups: ${Object.keys(GROUPS).join(", ")}`);
    return 2;
  }
  const concurrency = Number(process.env.MUTATE_CONCURRENCY ?? 1);
  const root = join(import.meta.dir, "..");
  mkdirSync(join(root, "mutation/reports"), { recursive: true });
  const failed: string[] = [];
  for (const name of names) {
    const config = join(root, "mutation/reports", `${name}.stryker.json`);
    writeFileSync(config, JSON.stringify(strykerConfig(name, GROUPS[name]!, concurrency), null, 2) + "\n");
    console.log(`\n=== mutate ${name} ===`);
    const started = Date.now();
    const proc = Bun.spawn(["bun", "node_modules/@stryker-mutator/core/bin/stryker.js", "run", config, ...passThrough], {
      cwd: root,
      stdio: ["inherit", "inherit", "inherit"],
    });
    const code = await proc.exited;
    console.log(`=== ${name}: exit ${code} after ${Math.round((Date.now() - started) / 1000)}s ===`);
    slimIncrementalFile(join(root, `mutation/${name}.json`));
    if (code !== 0) failed.push(name);
  }
  if (failed.length) console.error(`failed: ${failed.join(", ")}`);
  return failed.length ? 1 : 0;
}

if (import.meta.main) process.exit(await main(process.argv.slice(2)));
