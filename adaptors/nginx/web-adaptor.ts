/**
 * The `nginx` adaptor: a static web server, the paper's web S-CP (server name and
 * document root), run by nginx from Debian's package.
 *
 *   Start(params)  validate → render a complete nginx.conf (render.ts) → write it
 *                  atomically → `nginx -t` → spawn nginx in the foreground
 *                  (`daemon off`, master and workers) → ready when
 *                  http://HOST:PORT/.lama/config answers this rendering's id.
 *   Set(params)    merged onto the parameters in force, validated → re-render →
 *                  `nginx -t` (a refused config never reaches the running nginx) →
 *                  SIGHUP to the master (same pid; old workers finish their requests)
 *                  → ready only when the new rendering's id is answered; otherwise
 *                  the old file is put back and nginx reloaded again (rollback).
 *   Stop()         SIGTERM to the master's process group, SIGKILL after the timeout.
 *   Status()       the supervisor's state and what is served; the detail adds
 *                  nginx's request and connection counts (stub_status), refreshed
 *                  in the background at most every STATUS_REFRESH_MS.
 *
 * The life cycle (write, check, spawn, reload, rollback, restarts) is the
 * supervisor's; this file turns parameters into a launch. So is crash adoption:
 * with the agent's state directory (deps.stateDir) nginx's run record is kept
 * there, and a new adaptor first adopts the nginx a crashed agent left (the same
 * process, the command these parameters make, answering this rendering's id) or
 * stops it (Supervisor.recover), before any call runs.
 */
import { createHash } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { isIP } from "node:net";
import type { Clock } from "../../runtime/wire/index.ts";
import { systemClock } from "../../runtime/wire/index.ts";
import type { Adaptor, AdaptorDescription, AdaptorResult, AdaptorStatusInfo } from "../adaptor.ts";
import { checkProgramAndUser, instanceDir, type DaemonAdaptorConfig } from "../daemon-fields.ts";
import { AdaptorFailureError, InvalidParameterError } from "../errors.ts";
import { checkSchema, validateParams, type ParamSpec } from "../params.ts";
import { httpProbe, Supervisor, type FileSystem, type HttpProbe, type LaunchSpec, type ProcessRunner, type Probes, type SupervisorDeps, type SupervisorResult } from "../supervisor/index.ts";
import { CONFIG_LOCATION, configAnswer, renderNginxConfig, STATUS_LOCATION } from "./render.ts";
import { parseStubStatus, type StubStatus } from "./stub-status.ts";

export const DEFAULT_NGINX = "/usr/sbin/nginx";
/** The unprivileged user nginx's workers run as when the agent is root (Debian's web user). */
export const DEFAULT_NGINX_USER = "www-data";
/** Time nginx gets to serve the rendering just written, after a start or a reload. */
export const DEFAULT_WEB_READY_MS = 10_000;
/** Status never asks nginx for its counters more often than this. */
export const STATUS_REFRESH_MS = 1_000;
/** Time one stub_status request may take. */
const STATUS_REQUEST_MS = 1_000;

/** Characters that need no quoting in nginx's syntax (no space, ';', quotes, braces, '$', '#'). */
const SAFE_PATH = "/[A-Za-z0-9._/+@%~-]*";
const SERVER_NAME = "[A-Za-z0-9_.*-]{1,253}";

/** The declared parameters of every nginx adaptor. */
export const WEB_PARAMS: readonly ParamSpec[] = [
  { name: "serverName", type: "string", pattern: SERVER_NAME, default: "_", description: "the site's host name (nginx server_name; _ matches any)" },
  { name: "root", type: "path", pattern: SAFE_PATH, required: true, description: "document root: the directory whose files are served" },
  { name: "port", type: "port", required: true, description: "TCP port to serve HTTP on" },
  { name: "bind", type: "host", default: "0.0.0.0", description: "address to listen on" },
];

/** One configured web server (the agent's adaptor config entry, parsed). */
export interface WebAdaptorConfig extends DaemonAdaptorConfig {
  /**
   * Absolute directory for nginx.conf, pid, logs and temp files; made on Start
   * (mode 0755, so workers reach their temp files). Default: `<the agent's state directory>/<name>`.
   */
  readonly stateDir?: string;
  /** User nginx's workers run as when the agent is root. */
  readonly user?: string;
}

/** The seams; each defaults to the real thing. */
export interface WebAdaptorDeps {
  readonly runner?: ProcessRunner;
  readonly clock?: Clock;
  readonly files?: FileSystem;
  readonly probes?: Probes;
  /** The agent's state directory for adaptors (default /var/lib/lama, DEFAULT_STATE_ROOT in ../daemon-fields.ts); this instance uses `<stateDir>/<name>` unless its entry names one. */
  readonly stateDir?: string;
  /** Whether the agent runs as root, so nginx must drop privileges (default: from the real uid). */
  readonly root?: boolean;
  /** Makes the state directory (default: mkdir -p with mode 0755). */
  readonly makeDir?: (path: string) => Promise<void>;
  readonly log?: SupervisorDeps["log"];
}

function checkStateDir(dir: string): void {
  if (!new RegExp(`^${SAFE_PATH}$`).test(dir) || dir.split("/").includes("..")) {
    throw new Error(`stateDir: ${JSON.stringify(dir)} is not an absolute path of letters, digits and ._/+@%~- without '..'`);
  }
}

/** Checks a configuration without starting anything; throws an Error naming the field. */
export function checkWebConfig(cfg: WebAdaptorConfig): void {
  if (cfg.stateDir !== undefined) checkStateDir(cfg.stateDir);
  checkProgramAndUser(cfg);
}

export class WebAdaptor implements Adaptor {
  readonly name: string;
  private readonly supervisor: Supervisor;
  private readonly clock: Clock;
  private readonly http: HttpProbe;
  private readonly root: boolean;
  private readonly makeDir: (path: string) => Promise<void>;
  private readonly dir: string;
  private readonly configPath: string;
  private readonly readyTimeoutMs: number;
  private counts?: StubStatus;
  private countsAtMs = -Infinity;
  private refreshing = false;

  constructor(
    private readonly cfg: WebAdaptorConfig,
    deps: WebAdaptorDeps = {},
  ) {
    checkWebConfig(cfg);
    checkSchema(WEB_PARAMS);
    this.name = cfg.name;
    this.clock = deps.clock ?? systemClock;
    this.http = deps.probes?.http ?? httpProbe;
    this.root = deps.root ?? process.getuid?.() === 0;
    this.makeDir = deps.makeDir ?? (async (p) => void (await mkdir(p, { recursive: true, mode: 0o755 })));
    this.dir = instanceDir(cfg.name, cfg.stateDir, deps.stateDir);
    checkStateDir(this.dir);
    this.configPath = `${this.dir}/nginx.conf`;
    this.readyTimeoutMs = cfg.readyTimeoutMs ?? DEFAULT_WEB_READY_MS;
    this.supervisor = new Supervisor(
      { name: cfg.name, stopTimeoutMs: cfg.stopTimeoutMs, reload: { signal: "SIGHUP" }, stateDir: deps.stateDir },
      { runner: deps.runner, clock: deps.clock, files: deps.files, probes: deps.probes, log: deps.log },
    );
    // Queued before any call: a Start never meets the nginx a crashed agent left behind.
    this.recovered = deps.stateDir !== undefined ? this.supervisor.recover((p) => this.launchSpec(p)) : Promise.resolve({ message: "no state directory", noOp: true });
    this.recovered.catch(() => {});
  }

  /** The outcome of looking for an nginx a previous agent run left (settles before any call runs). */
  readonly recovered: Promise<SupervisorResult>;

  describe(): AdaptorDescription {
    return { name: this.name, type: "nginx", description: this.cfg.description ?? "static web server (nginx): server name and document root", params: WEB_PARAMS };
  }

  status(): AdaptorStatusInfo {
    const { state, pid, restarts, params, detail } = this.supervisor.snapshot();
    if (state !== "running") return { name: this.name, state, pid, restarts, params, detail };
    this.refreshCountsInBackground(params);
    const serving = `serving ${params.root} as ${params.serverName} on ${params.bind}:${params.port}`;
    const c = this.counts;
    const counts = c ? `; ${c.requests} requests, ${c.active} connections open` : "";
    return { name: this.name, state, pid, restarts, params, detail: `${detail}; ${serving}${counts}` };
  }

  async start(params: Readonly<Record<string, string>>): Promise<AdaptorResult> {
    const spec = this.launchSpec(params);
    try {
      await this.makeDir(this.dir);
    } catch (e) {
      throw new AdaptorFailureError(`${this.name}: cannot make the state directory ${this.dir}: ${(e as Error).message}`);
    }
    return this.result(await this.supervisor.start(spec));
  }

  async stop(): Promise<AdaptorResult> {
    const r = await this.supervisor.stop();
    this.counts = undefined;
    return this.result(r);
  }

  async set(params: Readonly<Record<string, string>>): Promise<AdaptorResult> {
    // Set changes the parameters it names; the others keep the values in force.
    return this.result(await this.supervisor.set((current) => this.launchSpec({ ...(current ?? {}), ...params })));
  }

  /** nginx's counters, asked now (stub_status); undefined when it does not answer. */
  async requestCounts(): Promise<StubStatus | undefined> {
    const params = this.supervisor.snapshot().params;
    const answer = await this.http(`${baseUrl(String(params.bind), Number(params.port))}${STATUS_LOCATION}`, STATUS_REQUEST_MS);
    this.counts = answer?.status === 200 ? parseStubStatus(answer.body) : undefined;
    this.countsAtMs = this.clock.now();
    return this.counts;
  }

  /** render(params): validated parameters as one launch of nginx. */
  private launchSpec(params: Readonly<Record<string, string>>): LaunchSpec {
    const values = validateParams(WEB_PARAMS, params).canonical;
    const bind = values.bind!;
    // /.lama/ lets in only the address the agent probes from, and nginx's allow takes addresses.
    if (isIP(bind) === 0) {
      throw new InvalidParameterError("bind", "an IPv4 or IPv6 address", `parameter "bind": ${JSON.stringify(bind)} is not an IP address; give the address to listen on (0.0.0.0 for all)`);
    }
    const port = Number(values.port);
    // The rendering's id: any change of settings changes it, so readiness tells the new config from the old.
    const configId = createHash("sha256").update(JSON.stringify(values)).digest("hex").slice(0, 16);
    const text = renderNginxConfig({
      name: this.name,
      serverName: values.serverName!,
      root: values.root!,
      port,
      bind,
      stateDir: this.dir,
      user: this.root ? (this.cfg.user ?? DEFAULT_NGINX_USER) : undefined,
      probeFrom: probeHost(bind),
      configId,
    });
    const program = this.cfg.program ?? DEFAULT_NGINX;
    return {
      params: values,
      argv: [program, "-e", "stderr", "-c", this.configPath],
      env: { PATH: "/usr/sbin:/usr/bin:/sbin:/bin" },
      config: { path: this.configPath, text },
      check: [program, "-t", "-q", "-e", "stderr", "-c", this.configPath],
      ready: { kind: "http", url: `${baseUrl(bind, port)}${CONFIG_LOCATION}`, expect: { status: 200, bodyIncludes: configAnswer(configId) }, timeoutMs: this.readyTimeoutMs },
    };
  }

  private refreshCountsInBackground(params: Readonly<Record<string, string>>): void {
    if (this.refreshing || this.clock.now() - this.countsAtMs < STATUS_REFRESH_MS || !params.port) return;
    this.refreshing = true;
    this.requestCounts()
      .catch(() => {})
      .finally(() => (this.refreshing = false));
  }

  private result(r: SupervisorResult): AdaptorResult {
    return { status: this.status(), message: r.message, noOp: r.noOp };
  }
}

/** Where readiness is probed from and to: loopback for a wildcard bind, the bind address otherwise. */
function probeHost(bind: string): string {
  if (bind === "0.0.0.0") return "127.0.0.1";
  if (bind === "::") return "::1";
  return bind;
}

function baseUrl(bind: string, port: number): string {
  const host = probeHost(bind);
  return `http://${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
}
