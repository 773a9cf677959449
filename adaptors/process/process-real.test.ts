/**
 * The process adaptor with real child processes: Bun running small scripts and
 * /bin/sh scripts written here. Every child is tracked and its process group
 * killed after each test, also when the test fails.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from "bun:test";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AdaptorFailureError, AdaptorTimeoutError } from "../errors.ts";
import { alive, freePort, rejection, trackingRunner } from "../test-helpers.ts";
import { ProcessAdaptor, type ProcessAdaptorConfig } from "./process-adaptor.ts";

const BUN = process.execPath;
let dir: string;
const pids: number[] = [];
const adaptors: ProcessAdaptor[] = [];

/** The real runner, remembering every pid so nothing outlives the test. */
const tracking = trackingRunner((pid) => pids.push(pid));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lama-process-"));
  // A TCP server: listens on argv[2] after argv[3] ms, says goodbye on SIGTERM.
  writeFileSync(
    join(dir, "server.cjs"),
    `const net = require("node:net");
const [port, delayMs] = process.argv.slice(2).map(Number);
console.log("booting on " + port);
process.on("SIGTERM", () => { console.log("got SIGTERM"); process.exit(0); });
setTimeout(() => net.createServer((c) => c.end("hello\\n")).listen(port, "127.0.0.1", () => console.log("listening")), delayMs || 0);
`,
  );
  // Writes its arguments and one environment variable as JSON, then exits.
  writeFileSync(
    join(dir, "dump.cjs"),
    `require("node:fs").writeFileSync(process.argv[2], JSON.stringify({ argv: process.argv.slice(3), env: process.env.INJECT }));\n`,
  );
});

afterEach(async () => {
  await Promise.all(adaptors.splice(0).map((a) => a.stop().catch(() => {})));
  for (const pid of pids.splice(0)) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      /* already gone */
    }
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function make(cfg: Omit<ProcessAdaptorConfig, "name"> & { name?: string }): ProcessAdaptor {
  const a = new ProcessAdaptor({ name: "t", ...cfg }, { runner: tracking });
  adaptors.push(a);
  return a;
}

function script(name: string, body: string, opts: { shebang?: boolean; mode?: number } = {}): string {
  const path = join(dir, name);
  writeFileSync(path, `${opts.shebang === false ? "" : "#!/bin/sh\n"}${body}\n`, { mode: opts.mode ?? 0o755 });
  return path;
}

async function waitFor(what: string, cond: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await Bun.sleep(20);
  }
}

async function greeting(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = createConnection({ host: "127.0.0.1", port });
    let text = "";
    c.on("data", (d) => (text += d.toString()));
    c.on("end", () => resolve(text));
    c.on("error", reject);
  });
}

const serverConfig = (): Omit<ProcessAdaptorConfig, "name"> => ({
  params: [
    { name: "port", type: "port", required: true, description: "listening port" },
    { name: "delay", type: "int", min: 0, max: 5000, default: "0", description: "ms before listening" },
  ],
  command: [BUN, join(dir, "server.cjs"), "{port}", "{delay}"],
  ready: { kind: "tcp", port: "{port}", host: "127.0.0.1", timeoutMs: 5000 },
  stopTimeoutMs: 2000,
});

describe("a real TCP server", () => {
  test("start waits for the port, set moves it, stop ends it", async () => {
    const [p1, p2] = [await freePort(), await freePort()];
    const a = make(serverConfig());
    const started = await a.start({ port: String(p1), delay: "200" });
    expect(started.status.state).toBe("running");
    // Running means ready: the port answers at once.
    expect(await greeting(p1)).toBe("hello\n");
    const pid1 = a.status().pid!;
    expect(alive(pid1)).toBe(true);

    const set = await a.set({ port: String(p2) });
    expect(set.message).toMatch(new RegExp(`^restarted pid \\d+ with port=${p2} \\(was port=${p1}\\)$`));
    expect(alive(pid1)).toBe(false);
    expect(await greeting(p2)).toBe("hello\n");
    expect(await rejection(greeting(p1))).toBeInstanceOf(Error);
    expect((await a.set({ port: String(p2) })).noOp).toBe(true);

    const pid2 = a.status().pid!;
    const stopped = await a.stop();
    expect(stopped).toMatchObject({ noOp: false, message: `stopped pid ${pid2}` });
    expect(alive(pid2)).toBe(false);
    expect(a.outputTail()).toContain("got SIGTERM");
    expect((await a.stop()).message).toBe("already stopped");
  });

  test("a program that never opens its port is stopped and reported as a timeout", async () => {
    const port = await freePort();
    const a = make({ ...serverConfig(), ready: { kind: "tcp", port: "{port}", host: "127.0.0.1", timeoutMs: 400 } });
    const e = await rejection(a.start({ port: String(port), delay: "5000" }));
    expect(e).toBeInstanceOf(AdaptorTimeoutError);
    expect(e.message).toMatch(new RegExp(`^t was not ready within 400 ms \\(waiting for 127\\.0\\.0\\.1:${port} to accept connections\\); stopped pid \\d+$`));
    expect((e as AdaptorTimeoutError).outputTail).toContain(`booting on ${port}`);
    expect(pids.every((p) => !alive(p))).toBe(true);
  });
});

test("a program ignoring SIGTERM is killed with SIGKILL after the stop timeout, children included", async () => {
  const pidFile = join(dir, "child.pid");
  const sh = script("stubborn.sh", `trap '' TERM\nsleep 30 &\necho $! > ${pidFile}\necho ready\nwhile :; do sleep 0.05; done`);
  const a = make({ command: [sh], stopTimeoutMs: 300, ready: { kind: "alive", ms: 100 } });
  await a.start({});
  await waitFor("the child pid file", () => existsSync(pidFile) && readFileSync(pidFile, "utf8").trim() !== "");
  const child = Number(readFileSync(pidFile, "utf8"));
  const pid = a.status().pid!;
  const t0 = performance.now();
  const r = await a.stop();
  expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
  expect(r.message).toBe(`stopped pid ${pid} with SIGKILL after it ignored SIGTERM for 300 ms`);
  expect(alive(pid)).toBe(false);
  await waitFor("the backgrounded child to be gone", () => !alive(child), 1000);
});

test("a crashing program is restarted, counted, and given up on", async () => {
  const runs = join(dir, "runs.txt");
  const sh = script("crash.sh", `echo "run $$" >> ${runs}\necho "crashing now" >&2\nsleep 0.05\nexit 1`);
  const a = make({ command: [sh], restart: { mode: "on-failure", maxRestarts: 2, windowMs: 60_000, backoffInitialMs: 20, backoffMaxMs: 100 } });
  await a.start({});
  await waitFor("the adaptor to give up", () => a.status().state === "failed");
  expect(a.status().restarts).toBe(2);
  expect(a.status().detail).toBe('pid ' + pids.at(-1) + ' exited with code 1; last output: "crashing now"; gave up after 2 restarts within 60000 ms');
  expect(readFileSync(runs, "utf8").trim().split("\n").length).toBe(3);
});

test("an early exit is an AdaptorFailure carrying the output tail", async () => {
  const sh = script("broken.sh", `echo "reading /etc/broken.conf"\necho "fatal: no listen address configured" >&2\nexit 3`);
  const a = make({ command: [sh], ready: { kind: "alive", ms: 2000 } });
  const t0 = performance.now();
  const e = await rejection(a.start({}));
  expect(performance.now() - t0).toBeLessThan(1500);
  expect(e).toBeInstanceOf(AdaptorFailureError);
  expect(e.message).toBe('t exited with code 3 before it was ready; last output: "fatal: no listen address configured"');
  expect((e as AdaptorFailureError).outputTail).toBe("reading /etc/broken.conf\nfatal: no listen address configured\n");
  expect(a.status().state).toBe("failed");
});

test("parameters are never interpreted by a shell: each stays one argument", async () => {
  const out = join(dir, "dump.json");
  const evil = `; touch ${dir}/pwned1 && touch ${dir}/pwned2 $(touch ${dir}/pwned3) \`touch ${dir}/pwned4\` | tee ${dir}/pwned5 > ${dir}/pwned6`;
  const quoted = `a  b "c" 'd' \\ $HOME * ?\nnext line`;
  const a = make({
    params: [
      { name: "arg", type: "string", required: true, description: "" },
      { name: "arg2", type: "string", required: true, description: "" },
    ],
    command: [BUN, join(dir, "dump.cjs"), out, "{arg}", "{arg2}"],
    env: { INJECT: "{arg}" },
    restart: { mode: "never" },
  });
  await a.start({ arg: evil, arg2: quoted });
  await waitFor("the dump", () => existsSync(out) && a.status().state === "stopped");
  expect(JSON.parse(readFileSync(out, "utf8"))).toEqual({ argv: [evil, quoted], env: evil });
  expect(readdirSync(dir).filter((f) => f.startsWith("pwned"))).toEqual([]);
});

test("even a shell as the program gets a parameter only as data ($1)", async () => {
  const out = join(dir, "sh-out.txt");
  const evil = `x; touch ${dir}/pwned7`;
  const a = make({
    params: [{ name: "arg", type: "string", required: true, description: "" }],
    command: ["/bin/sh", "-c", `printf '%s' "$1" > ${out}`, "sh", "{arg}"],
    restart: { mode: "never" },
  });
  await a.start({ arg: evil });
  await waitFor("the output", () => existsSync(out) && a.status().state === "stopped");
  expect(readFileSync(out, "utf8")).toBe(evil);
  expect(existsSync(join(dir, "pwned7"))).toBe(false);
});

test.each<[string, () => Partial<ProcessAdaptorConfig>, RegExp]>([
  ["a missing program", () => ({ command: ["/nonexistent/lama-test-program"] }), /^t: cannot start: \/nonexistent\/lama-test-program not found \(ENOENT\); check the command path/],
  ["a program without the execute bit", () => ({ command: [script("plain.sh", "exit 0", { mode: 0o644 })] }), /^t: cannot start: .*\/plain\.sh is not executable \(EACCES\); check its permissions$/],
  ["a script without '#!'", () => ({ command: [script("bare.sh", "exit 0", { shebang: false })] }), /^t: cannot start: .*\/bare\.sh is not a program the kernel can run \(ENOEXEC\); a script needs a '#!' line$/],
  ["a missing working directory", () => ({ command: ["/bin/true"], cwd: "/nonexistent/dir" }), /^t: cannot start: working directory \/nonexistent\/dir does not exist$/],
])("%s is an AdaptorFailure that says what to fix", async (_, cfg, re) => {
  const a = make({ command: ["/bin/true"], ...cfg() });
  const e = await rejection(a.start({}));
  expect(e).toBeInstanceOf(AdaptorFailureError);
  expect(e.message).toMatch(re);
  expect(a.status().state).toBe("failed");
});
