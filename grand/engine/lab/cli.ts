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
import { PAPER_MEASUREMENT_NOISE, POOL_MODELS, simulate, type PoolModel, type Simulation } from "./simulator/simulator.ts";
import { BALANCES, type Balance } from "./simulator/sticky-pool.ts";
import { parseWorkloadCsv, WorkloadCsvError } from "./workload/csv.ts";
import { diurnalWorkload } from "./workload/diurnal.ts";
import { FlashSpecError, flashWorkload, parseFlashSpec, withFlash } from "./workload/flash.ts";
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
const MAX_SESSION_S = 7 * 86_400;

const OPTIONS = {
  workload: { type: "string", default: "paper" },
  policy: { type: "string", default: "all" },
  "lead-time": { type: "string", default: String(DEFAULT_LEAD_TIME_S) },
  seed: { type: "string", default: String(DEFAULT_SEED) },
  noise: { type: "string", default: String(PAPER_MEASUREMENT_NOISE) },
  model: { type: "string", default: POOL_MODELS[0] },
  balance: { type: "string", default: BALANCES[0] },
  session: { type: "string", default: "0" },
  flash: { type: "string" },
  json: { type: "boolean", default: false },
  out: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** What each option takes, for error messages (null: a flag). */
const VALUES: Record<keyof typeof OPTIONS, string | null> = {
  workload: "paper, diurnal[:FROM-TO], flash[:SPEC] or FILE.csv",
  policy: `${POLICY_NAMES.join(", ")} or all`,
  "lead-time": `seconds from 0 to ${MAX_LEAD_TIME_S}`,
  seed: "a whole number from 0 to 4294967295",
  noise: "a number from 0 to 1",
  model: POOL_MODELS.join(" or "),
  balance: BALANCES.join(" or "),
  session: `seconds from 0 to ${MAX_SESSION_S}`,
  flash: "FIELD=VALUE,… (size, rate, at, hold, fade)",
  json: null,
  out: "a directory",
  help: null,
};

/** `grand simulate --help`. */
export const SIMULATE_USAGE = `usage: grand simulate [--workload paper|diurnal[:FROM-TO]|flash[:SPEC]|FILE.csv] [--flash SPEC]
                      [--policy ${POLICY_NAMES.join("|")}|all] [--lead-time S] [--seed N] [--noise F]
                      [--model sticky|resplit] [--balance leastconn|roundrobin] [--session S]
                      [--json] [--out DIR]

Runs the reallocation policies over a workload in the deterministic simulator and
prints their metrics beside an oracle that knows the future demand.

  --workload W    paper: the paper's synthetic ramp (300 listeners/min to 3000, 3 min
                  peak, 300/min down); diurnal: a day shaped like the paper's Figure 7
                  (diurnal:9-15 for hours 9 to 15 only); flash: 800 listeners and a flash
                  crowd (flash:SPEC changes it, see --flash; also base=N, duration=S);
                  FILE.csv: header and columns time_s and streams or demand_mbps
                  (default paper)
  --flash SPEC    add a flash crowd to the workload: size=N listeners, rate=N a minute
                  or step, at=S, hold=S, fade=S (default size=3000,rate=950,at=600,
                  hold=600,fade=600)
  --policy P      ${POLICY_NAMES.map((n) => `${n}: ${POLICIES[n].summary}`).join(";\n                  ")};
                  all: every policy (default)
  --lead-time S   seconds from a supplement decision until the node serves, 0 to ${MAX_LEAD_TIME_S}
                  (default ${DEFAULT_LEAD_TIME_S}, the paper's allocation overhead); a node never
                  serves before the next period, so 0 means one period
  --seed N        seed of the measurement noise (and of the diurnal workload), 0 to 4294967295
                  (default ${DEFAULT_SEED}); the same seed gives the same output, byte for byte
  --noise F       relative standard deviation of each node's measured rate per sample,
                  0 to 1 (default ${PAPER_MEASUREMENT_NOISE})
  --model M       sticky: listeners stay on the node they joined, only arrivals follow
                  the dispatcher, a released node drains (streaming pools; default);
                  resplit: all demand is split over the ready nodes every period
                  (stateless services)
  --balance B     sticky model: how the dispatcher spreads arrivals, leastconn (default)
                  or roundrobin, both by capacity weight
  --session S     sticky model: mean listening time in seconds, 0 to ${MAX_SESSION_S}; 0 (default):
                  listeners leave only when the workload falls
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

function hoursOf(spec: string): { fromHour: number; toHour: number } {
  const m = /^diurnal:(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(spec);
  const from = Number(m?.[1]);
  const to = Number(m?.[2]);
  if (m === null || !(from < to && to <= 24)) throw new UsageError(`--workload '${spec}' must be diurnal:FROM-TO with hours 0 ≤ FROM < TO ≤ 24`);
  return { fromHour: from, toHour: to };
}

function flashSpec(spec: string, setting: string): ReturnType<typeof parseFlashSpec> {
  try {
    return parseFlashSpec(spec);
  } catch (e) {
    if (e instanceof FlashSpecError) throw new UsageError(`${setting}: ${e.message}`);
    throw e;
  }
}

async function loadWorkload(spec: string, seed: number, io: FileIo): Promise<Workload> {
  if (spec === "paper") return paperWorkload();
  if (spec === "diurnal") return diurnalWorkload({ seed });
  if (spec.startsWith("diurnal:")) return diurnalWorkload({ seed, ...hoursOf(spec) });
  if (spec === "flash" || spec.startsWith("flash:")) return flashWorkload(flashSpec(spec.slice("flash:".length), `--workload '${spec}'`));
  if (extname(spec).toLowerCase() !== ".csv") {
    throw new UsageError(`--workload '${spec}' is not paper, diurnal, flash or a .csv file`);
  }
  let text: string;
  try {
    text = await io.readText(spec);
  } catch (e) {
    throw new UsageError(unreadableMessage(`--workload file '${spec}'`, e, "give paper, diurnal, flash or a readable .csv file"));
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
    const model = values.model as PoolModel;
    if (!POOL_MODELS.includes(model)) throw new UsageError(`--model '${values.model}' is not one of ${POOL_MODELS.join(", ")}`);
    const balance = values.balance as Balance;
    if (!BALANCES.includes(balance)) throw new UsageError(`--balance '${values.balance}' is not one of ${BALANCES.join(", ")}`);
    const sessionS = parseNumber(values.session, "session", 0, MAX_SESSION_S, false);
    if (values.out === "") throw new UsageError("--out '' is empty; give a directory to write into");
    let workload = await loadWorkload(values.workload, seed, io);
    if (values.flash !== undefined) workload = withFlash(workload, flashSpec(values.flash, "--flash"));
    const policies: PolicyName[] = policy === "all" ? [...POLICY_NAMES] : [policy];
    sim = simulate(workload, policies, { seed, leadTimeMs: leadTimeS * 1000, noise, model, balance, sessionS });
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
