/**
 * `grand simulate`: runs the reallocation policies over a workload in the
 * deterministic simulator and prints their metrics beside the oracle's; with
 * --out, also writes the time series (CSV), the action log (CSV), a Figure-8-style
 * SVG, the Markdown table and the JSON metrics. Exit codes: 0 ok, 1 output could
 * not be written, 2 bad arguments or workload file (one line on stderr naming the
 * setting and what is allowed).
 */
import { basename, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { UsageError, unreadableMessage } from "../../../runtime/wire/index.ts";
import { nodeFileIo, type FileIo } from "./files.ts";
import { POLICIES, POLICY_NAMES, isPolicyName, type PolicyName } from "../index.ts";
import { actionsCsv, seriesCsv } from "./report/csv.ts";
import { caption, metricsJson, metricsMarkdown } from "./report/markdown.ts";
import { figureSvg } from "./report/svg.ts";
import { PAPER_MEASUREMENT_NOISE, simulate, type Simulation } from "./simulator/simulator.ts";
import { parseWorkloadCsv, WorkloadCsvError } from "./workload/csv.ts";
import { diurnalWorkload } from "./workload/diurnal.ts";
import { paperWorkload } from "./workload/paper.ts";
import type { Workload } from "./workload/workload.ts";

/** Where the command writes: text for stdout and for stderr. */
export interface CommandOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

const DEFAULT_LEAD_TIME_S = 60;
const MAX_LEAD_TIME_S = 3600;
const DEFAULT_SEED = 1;

const OPTIONS = {
  workload: { type: "string", default: "paper" },
  policy: { type: "string", default: "all" },
  "lead-time": { type: "string", default: String(DEFAULT_LEAD_TIME_S) },
  seed: { type: "string", default: String(DEFAULT_SEED) },
  noise: { type: "string", default: String(PAPER_MEASUREMENT_NOISE) },
  json: { type: "boolean", default: false },
  out: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** What each option takes, for error messages (null: a flag). */
const VALUES: Record<keyof typeof OPTIONS, string | null> = {
  workload: "paper, diurnal or FILE.csv",
  policy: `${POLICY_NAMES.join(", ")} or all`,
  "lead-time": `seconds from 0 to ${MAX_LEAD_TIME_S}`,
  seed: "a whole number from 0 to 4294967295",
  noise: "a number from 0 to 1",
  json: null,
  out: "a directory",
  help: null,
};

/** `grand simulate --help`. */
export const SIMULATE_USAGE = `usage: grand simulate [--workload paper|diurnal|FILE.csv] [--policy ${POLICY_NAMES.join("|")}|all]
                      [--lead-time S] [--seed N] [--noise F] [--json] [--out DIR]

Runs the reallocation policies over a workload in the deterministic simulator and
prints their metrics beside an oracle that knows the future demand.

  --workload W    paper: the paper's synthetic ramp (300 listeners/min to 3000, 3 min
                  peak, 300/min down); diurnal: a day shaped like the paper's Figure 7;
                  FILE.csv: header and columns time_s and streams or demand_mbps
                  (default paper)
  --policy P      ${POLICY_NAMES.map((n) => `${n}: ${POLICIES[n].summary}`).join(";\n                  ")};
                  all: every policy (default)
  --lead-time S   seconds from a supplement decision until the node serves, 0 to ${MAX_LEAD_TIME_S}
                  (default ${DEFAULT_LEAD_TIME_S}, the paper's allocation overhead)
  --seed N        seed of the measurement noise (and of the diurnal workload), 0 to 4294967295
                  (default ${DEFAULT_SEED}); the same seed gives the same output, byte for byte
  --noise F       relative standard deviation of each node's measured rate per sample,
                  0 to 1 (default ${PAPER_MEASUREMENT_NOISE})
  --json          print the metrics as JSON instead of a Markdown table
  --out DIR       also write DIR/<workload>-lead<S>-seed<N>.{csv,svg,md,json} and -actions.csv
  -h, --help      print this help
`;

function parseNumber(text: string, setting: string, min: number, max: number, integer: boolean): number {
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${setting} '${text}' must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}`);
  }
  return n;
}

async function loadWorkload(spec: string, seed: number, io: FileIo): Promise<Workload> {
  if (spec === "paper") return paperWorkload();
  if (spec === "diurnal") return diurnalWorkload({ seed });
  if (extname(spec).toLowerCase() !== ".csv") {
    throw new UsageError(`--workload '${spec}' is not paper, diurnal or a .csv file`);
  }
  let text: string;
  try {
    text = await io.readText(spec);
  } catch (e) {
    throw new UsageError(unreadableMessage(`--workload file '${spec}'`, e, "give paper, diurnal or a readable .csv file"));
  }
  try {
    return parseWorkloadCsv(text, { name: basename(spec, extname(spec)) });
  } catch (e) {
    if (e instanceof WorkloadCsvError) throw new UsageError(`--workload ${e.message}`);
    throw e;
  }
}

function parse(argv: string[]): ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; strict: true }>> {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const allowed = Object.keys(OPTIONS).map((o) => `--${o}`).join(", ");
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /'([^']+)'/.exec(err.message)?.[1] ?? "?";
      throw new UsageError(`unknown option '${option}'; allowed: ${allowed}`);
    }
    if (err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      const arg = /'([^']+)'/.exec(err.message)?.[1] ?? "?";
      throw new UsageError(`unexpected argument '${arg}'; every setting is an option (${allowed})`);
    }
    // A missing value, or one that starts with '-': name the option and what it takes.
    const option = /'--?([a-z-]+)/.exec(err.message)?.[1] as keyof typeof VALUES | undefined;
    if (option !== undefined && option in VALUES) {
      const values = VALUES[option];
      throw new UsageError(
        values === null ? `--${option} takes no value` : `--${option} needs a value: ${values}; write --${option}=VALUE if it starts with '-'`,
      );
    }
    throw new UsageError(`${err.message.split("\n")[0]} (see --help)`);
  }
}

/** Output files of one run, by name. */
export function simulationFiles(sim: Simulation): Map<string, string> {
  const stem = `${sim.workload.name}-lead${sim.leadTimeMs / 1000}-seed${sim.seed}`;
  return new Map([
    [`${stem}.csv`, seriesCsv(sim)],
    [`${stem}-actions.csv`, actionsCsv(sim)],
    [`${stem}.svg`, figureSvg(sim, caption(sim))],
    [`${stem}.md`, metricsMarkdown(sim)],
    [`${stem}.json`, metricsJson(sim)],
  ]);
}

/** `grand simulate`; resolves to the exit code. */
export async function simulateMain(argv: string[], out: CommandOutput, io: FileIo = nodeFileIo): Promise<number> {
  let sim: Simulation;
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
    if (values.help) {
      out.stdout(SIMULATE_USAGE);
      return 0;
    }
    const policy = values.policy;
    if (policy !== "all" && !isPolicyName(policy)) {
      throw new UsageError(`--policy '${policy}' is not one of ${POLICY_NAMES.join(", ")}, all`);
    }
    const leadTimeS = parseNumber(values["lead-time"], "lead-time", 0, MAX_LEAD_TIME_S, false);
    const seed = parseNumber(values.seed, "seed", 0, 0xffffffff, true);
    const noise = parseNumber(values.noise, "noise", 0, 1, false);
    if (values.out === "") throw new UsageError("--out '' is empty; give a directory to write into");
    const workload = await loadWorkload(values.workload, seed, io);
    const policies: PolicyName[] = policy === "all" ? [...POLICY_NAMES] : [policy];
    sim = simulate(workload, policies, { seed, leadTimeMs: leadTimeS * 1000, noise });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    out.stderr(`grand simulate: ${e.message}\n`);
    return 2;
  }

  out.stdout(values.json ? metricsJson(sim) : metricsMarkdown(sim));
  if (values.out !== undefined) {
    const dir = values.out;
    try {
      await io.makeDir(dir);
      for (const [name, text] of simulationFiles(sim)) {
        const path = join(dir, name);
        await io.writeText(path, text);
        out.stderr(`wrote ${path}\n`);
      }
    } catch (e) {
      out.stderr(`grand simulate: cannot write to --out '${dir}': ${(e as Error).message}\n`);
      return 1;
    }
  }
  return 0;
}
