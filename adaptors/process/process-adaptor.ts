/**
 * The `process` adaptor: runs one configured program under a Supervisor.
 *
 *   Start(params)  validate → render argv, env and the readiness check → the
 *                  supervisor spawns and waits for readiness.
 *   Stop()         the supervisor stops the program (SIGTERM, then SIGKILL).
 *   Set(params)    merge onto the parameters in force, validate; the supervisor
 *                  restarts with the new values and rolls back to the old ones if
 *                  they do not come up.
 *   Status()       the supervisor's snapshot under the adaptor's name.
 *
 * All the life cycle (state, restarts, output, concurrency) is the supervisor's;
 * this file only turns parameters into a launch.
 */
import type { Clock } from "../../runtime/wire/index.ts";
import type { Adaptor, AdaptorDescription, AdaptorResult, AdaptorStatusInfo } from "../adaptor.ts";
import { checkSchema, validateParams, type ParamSpec } from "../params.ts";
import {
  DEFAULT_RESTART_POLICY,
  Supervisor,
  type LaunchSpec,
  type PortProbe,
  type ProcessRunner,
  type RestartPolicy,
  type SupervisorDeps,
  type SupervisorResult,
} from "../supervisor/index.ts";
import { resolveReadyCheck, type ReadyCheck } from "./ready-check.ts";
import { checkTemplate, checkTemplateValue, renderInvocation, type ProcessTemplate } from "./template.ts";

/** Time a program gets to open its readiness port, unless configured. */
export const DEFAULT_READY_TIMEOUT_MS = 10_000;

/** One configured program (the agent's adaptor config entry, parsed). */
export interface ProcessAdaptorConfig {
  readonly name: string;
  readonly description?: string;
  readonly params?: readonly ParamSpec[];
  /** Argument vector; argv[0] an absolute path; "{param}" elements are substituted. */
  readonly command: readonly string[];
  /** Extra environment; "{param}" values are substituted. */
  readonly env?: Readonly<Record<string, string>>;
  /** Whether the agent's own environment is passed on under env (default true). */
  readonly inheritEnv?: boolean;
  /** Absolute working directory (default: the agent's). */
  readonly cwd?: string;
  readonly restart?: Partial<RestartPolicy>;
  readonly stopTimeoutMs?: number;
  /** Without one, a program counts as running as soon as it is spawned. */
  readonly ready?: ReadyCheck;
  /** Output characters kept per run. */
  readonly outputChars?: number;
}

/** The seams; each defaults to the real thing. */
export interface ProcessAdaptorDeps {
  readonly runner?: ProcessRunner;
  readonly clock?: Clock;
  readonly probe?: PortProbe;
  /** The environment inherited when inheritEnv is on (default process.env). */
  readonly baseEnv?: Readonly<Record<string, string | undefined>>;
  /** Receives life-cycle events (compatible with runtime's Logger). */
  readonly log?: SupervisorDeps["log"];
  /**
   * The agent's state directory for adaptors: the program's run record lives in
   * `<stateDir>/<name>/`, and a program a crashed agent left is adopted or stopped
   * (see Supervisor.recover). Without one, nothing survives the agent.
   */
  readonly stateDir?: string;
  /** The file system the run record is written through (default the real one). */
  readonly files?: SupervisorDeps["files"];
}

/**
 * Checks a configuration without starting anything; throws an Error naming the
 * field at fault (the config loader prefixes the entry).
 */
export function checkProcessConfig(cfg: ProcessAdaptorConfig): void {
  const schema = cfg.params ?? [];
  try {
    checkSchema(schema);
  } catch (e) {
    throw new Error(`params: ${(e as Error).message}`);
  }
  checkTemplate({ command: cfg.command, env: cfg.env ?? {} }, schema);
  if (cfg.cwd !== undefined && !cfg.cwd.startsWith("/")) throw new Error(`cwd: ${JSON.stringify(cfg.cwd)} is not an absolute path`);
  const positive = (field: string, v: number | undefined, allowZero = false): void => {
    if (v !== undefined && (!Number.isSafeInteger(v) || v < (allowZero ? 0 : 1))) {
      throw new Error(`${field}: ${v} is not allowed; give a whole number of ${allowZero ? "0 or more" : "1 or more"}`);
    }
  };
  positive("stopTimeoutMs", cfg.stopTimeoutMs);
  positive("outputChars", cfg.outputChars);
  positive("restart.maxRestarts", cfg.restart?.maxRestarts, true);
  positive("restart.windowMs", cfg.restart?.windowMs);
  positive("restart.backoffInitialMs", cfg.restart?.backoffInitialMs, true);
  positive("restart.backoffMaxMs", cfg.restart?.backoffMaxMs, true);
  const r = cfg.ready;
  if (r?.kind === "alive") positive("ready.aliveMs", r.ms, true);
  if (r?.kind === "tcp") {
    positive("ready.timeoutMs", r.timeoutMs);
    checkTemplateValue("ready.tcpPort", r.port, schema);
    checkTemplateValue("ready.host", r.host, schema);
    const portParam = schema.find((p) => `{${p.name}}` === r.port);
    if (portParam) {
      if (portParam.type !== "port") throw new Error(`ready.tcpPort: parameter "${portParam.name}" is of type ${portParam.type}; use a parameter of type port`);
    } else if (!/^[0-9]+$/.test(r.port) || Number(r.port) < 1 || Number(r.port) > 65535) {
      throw new Error(`ready.tcpPort: ${JSON.stringify(r.port)} is not a port number from 1 to 65535 or a "{param}" of type port`);
    }
  }
}

export class ProcessAdaptor implements Adaptor {
  readonly name: string;
  private readonly schema: readonly ParamSpec[];
  private readonly template: ProcessTemplate;
  private readonly baseEnv: Record<string, string>;
  private readonly supervisor: Supervisor;

  /** Throws an Error naming the field when the configuration is not usable. */
  constructor(
    private readonly cfg: ProcessAdaptorConfig,
    deps: ProcessAdaptorDeps = {},
  ) {
    checkProcessConfig(cfg);
    this.name = cfg.name;
    this.schema = cfg.params ?? [];
    this.template = { command: [...cfg.command], env: { ...(cfg.env ?? {}) } };
    const inherited = cfg.inheritEnv === false ? {} : (deps.baseEnv ?? process.env);
    this.baseEnv = Object.fromEntries(Object.entries(inherited).filter((e): e is [string, string] => e[1] !== undefined));
    this.supervisor = new Supervisor(
      { name: cfg.name, restart: { ...DEFAULT_RESTART_POLICY, ...cfg.restart }, stopTimeoutMs: cfg.stopTimeoutMs, outputChars: cfg.outputChars, stateDir: deps.stateDir },
      { runner: deps.runner, clock: deps.clock, probes: { tcp: deps.probe }, log: deps.log, files: deps.files },
    );
    // Queued before any call: a Start never meets what a crashed agent left behind.
    this.recovered = deps.stateDir !== undefined ? this.supervisor.recover((p) => this.launchSpec(p)) : Promise.resolve({ message: "no state directory", noOp: true });
    this.recovered.catch(() => {});
  }

  /** The outcome of looking for a program a previous agent run left (settles before any call runs). */
  readonly recovered: Promise<SupervisorResult>;

  describe(): AdaptorDescription {
    return {
      name: this.name,
      type: "process",
      description: this.cfg.description ?? `runs ${this.template.command.join(" ")}`,
      params: this.schema,
    };
  }

  status(): AdaptorStatusInfo {
    const { state, pid, restarts, params, detail } = this.supervisor.snapshot();
    return { name: this.name, state, pid, restarts, params, detail };
  }

  /** The tail of the current (or last) run's output. */
  outputTail(): string {
    return this.supervisor.outputTail();
  }

  async start(params: Readonly<Record<string, string>>): Promise<AdaptorResult> {
    const spec = this.launchSpec(params);
    return this.result(await this.supervisor.start(spec));
  }

  async stop(): Promise<AdaptorResult> {
    return this.result(await this.supervisor.stop());
  }

  async set(params: Readonly<Record<string, string>>): Promise<AdaptorResult> {
    // Set changes the parameters it names; the others keep the values in force.
    return this.result(await this.supervisor.set((current) => this.launchSpec({ ...(current ?? {}), ...params })));
  }

  /** render(params): validated parameters as one launch of the program. */
  private launchSpec(params: Readonly<Record<string, string>>): LaunchSpec {
    const values = validateParams(this.schema, params).canonical;
    const { argv, env } = renderInvocation(this.template, values);
    return { params: values, argv, env: { ...this.baseEnv, ...env }, cwd: this.cfg.cwd, ready: resolveReadyCheck(this.cfg.ready, values) };
  }

  private result(r: SupervisorResult): AdaptorResult {
    return { status: this.status(), message: r.message, noOp: r.noOp };
  }
}
