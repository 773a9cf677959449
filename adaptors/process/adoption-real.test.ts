/**
 * Crash adoption with real processes: an agent stand-in (a child bun running
 * ../supervisor/testdata/crashable-agent.ts) starts a TCP server through the
 * process adaptor and is killed with SIGKILL; a new adaptor on the same state
 * directory adopts the server (same pid, still answering) or, when it is gone,
 * clears the record so Start works. Every process is killed by group afterwards.
 */
import { afterAll, afterEach, beforeAll, expect, test } from "bun:test";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { alive, firstLine, freePort, trackingRunner } from "../test-helpers.ts";
import { ProcessAdaptor, type ProcessAdaptorConfig } from "./process-adaptor.ts";

let dir: string;
const pids = new Set<number>();
const adaptors: ProcessAdaptor[] = [];
const AGENT = join(import.meta.dir, "../supervisor/testdata/crashable-agent.ts");

/** The real runner, remembering every pid so nothing outlives the test. */
const tracking = trackingRunner((pid) => pids.add(pid), true);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lama-adopt-"));
  // Answers "hello" and writes a line to stdout on every connection: after the
  // agent died, that pipe has no reader.
  writeFileSync(
    join(dir, "server.cjs"),
    `const net = require("node:net");
net.createServer((c) => { console.log("connection"); c.end("hello\\n"); }).listen(Number(process.argv[2]), "127.0.0.1");
`,
  );
});

afterEach(async () => {
  await Promise.all(adaptors.splice(0).map((a) => a.stop().catch(() => {})));
  for (const pid of pids) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      /* gone */
    }
  }
  pids.clear();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function entry(): ProcessAdaptorConfig & { type: string } {
  return {
    name: "web",
    type: "process",
    command: [process.execPath, join(dir, "server.cjs"), "{port}"],
    params: [{ name: "port", type: "port", required: true, description: "" }],
    ready: { kind: "tcp", port: "{port}", host: "127.0.0.1", timeoutMs: 5000 },
    stopTimeoutMs: 2000,
  };
}

/** The entry as the adaptors file spells it. */
function entryJson(): string {
  return JSON.stringify({ name: "web", type: "process", command: entry().command, params: { port: { type: "port", required: true } }, ready: { tcpPort: "{port}", timeoutMs: 5000 }, stopTimeoutMs: 2000 });
}

function greeting(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = createConnection({ host: "127.0.0.1", port });
    let text = "";
    c.on("data", (d) => (text += d.toString()));
    c.on("end", () => resolve(text));
    c.on("error", reject);
  });
}

/** Starts the agent stand-in, waits for its report, then SIGKILLs it; returns the program's pid. */
async function startAndKillAgent(stateDir: string, port: number): Promise<number> {
  const agent = Bun.spawn([process.execPath, AGENT, entryJson(), stateDir, JSON.stringify({ port: String(port) })], { stdout: "pipe", stderr: "inherit", detached: true });
  pids.add(agent.pid);
  const line = JSON.parse(await firstLine(agent.stdout)) as { pid?: number; error?: string };
  if (line.pid === undefined) throw new Error(`agent stand-in failed: ${line.error}`);
  pids.add(line.pid);
  process.kill(agent.pid, "SIGKILL");
  await agent.exited;
  return line.pid;
}

test("a program left by a SIGKILLed agent is adopted: same pid, still serving, Stop stops it", async () => {
  const stateDir = join(dir, "adopt");
  const port = await freePort();
  const pid = await startAndKillAgent(stateDir, port);
  expect(alive(pid)).toBe(true);

  const next = new ProcessAdaptor(entry(), { runner: tracking, stateDir });
  adaptors.push(next);
  expect((await next.recovered).message).toBe(`adopted pid ${pid} with port=${port}`);
  expect(next.status()).toMatchObject({ state: "running", pid });
  expect(await greeting(port)).toBe("hello\n");
  // Its stdout has no reader any more; it keeps serving all the same.
  expect(await greeting(port)).toBe("hello\n");
  expect(alive(pid)).toBe(true);
  expect((await next.start({ port: String(port) })).message).toMatch(/^already running/);
  expect((await next.stop()).message).toBe(`stopped pid ${pid}`);
  expect(alive(pid)).toBe(false);
}, 20_000);

test("a program that died with the agent: the record is cleared and Start takes the port again", async () => {
  const stateDir = join(dir, "gone");
  const port = await freePort();
  const pid = await startAndKillAgent(stateDir, port);
  process.kill(-pid, "SIGKILL");
  await Bun.sleep(100);
  const next = new ProcessAdaptor(entry(), { runner: tracking, stateDir });
  adaptors.push(next);
  expect((await next.recovered).message).toBe(`pid ${pid} left by a previous run is gone; cleared its record`);
  expect((await next.start({ port: String(port) })).message).toMatch(/^started pid \d+/);
  expect(await greeting(port)).toBe("hello\n");
}, 20_000);

test("a leftover the adaptor would not start (another port) is stopped, and its port freed", async () => {
  const stateDir = join(dir, "changed");
  const port = await freePort();
  const pid = await startAndKillAgent(stateDir, port);
  // The new agent's config runs the program differently: not ours to adopt.
  const changed = { ...entry(), command: [process.execPath, join(dir, "server.cjs"), "{port}", "--v2"] };
  const next = new ProcessAdaptor(changed, { runner: tracking, stateDir });
  adaptors.push(next);
  expect((await next.recovered).message).toMatch(new RegExp(`^stopped pid ${pid} left by a previous run: it runs `));
  expect(alive(pid)).toBe(false);
  expect((await next.start({ port: String(port) })).message).toMatch(/^started pid \d+/);
}, 20_000);

const LAMA = join(import.meta.dir, "../../dist/lama");
const LAMA_SKIP = !existsSync(LAMA)
  ? "dist/lama is not built (bun run build)"
  : !spawnSync(LAMA, ["--help"], { encoding: "utf8" }).stdout.includes("--state-dir")
    ? "dist/lama predates --state-dir (bun run build)"
    : "";
if (LAMA_SKIP) console.log(`skipping the built-lama adoption test: ${LAMA_SKIP}`);

test.skipIf(LAMA_SKIP !== "")("the built lama adopts a program its SIGKILLed predecessor left, and stops it on SIGTERM", async () => {
  const stateRoot = join(dir, "lama-state");
  const port = await freePort();
  // What a crashed `lama run --service-id n1 --state-dir stateRoot` would have left: the program and its record.
  const pid = await startAndKillAgent(join(stateRoot, "n1"), port);
  const adaptorsFile = join(dir, "adaptors.json");
  writeFileSync(adaptorsFile, `[${entryJson()}]`);
  const keyFile = join(dir, "pool.key");
  writeFileSync(keyFile, randomBytes(32).toString("base64") + "\n", { mode: 0o600 });
  const lama = Bun.spawn([LAMA, "run", "--key-file", keyFile, "--service-id", "n1", "--no-multicast", "--grand", "127.0.0.1:9", "--adaptors", adaptorsFile, "--state-dir", stateRoot], {
    stdout: "ignore",
    stderr: "pipe",
    detached: true,
  });
  pids.add(lama.pid);
  let log = "";
  void (async () => {
    for await (const chunk of lama.stderr) log += new TextDecoder().decode(chunk);
  })();
  const until = performance.now() + 10_000;
  while (!log.includes("adaptor-adopted") && performance.now() < until) await Bun.sleep(50);
  expect(log).toMatch(new RegExp(`adaptor-adopted .*pid=${pid}`));
  expect(await greeting(port)).toBe("hello\n");
  lama.kill("SIGTERM");
  await lama.exited;
  expect(alive(pid)).toBe(false);
  expect(existsSync(join(stateRoot, "n1", "web", "run.json"))).toBe(false);
}, 20_000);

test("a program that keeps writing output survives its agent's SIGKILL (its output goes to a file, not a pipe)", async () => {
  const stateDir = join(dir, "chatty");
  const chatty = {
    name: "chatty",
    type: "process",
    command: ["/bin/sh", "-c", "while true; do echo tick; sleep 0.05; done"],
    ready: { aliveMs: 200 },
  };
  const agent = Bun.spawn([process.execPath, AGENT, JSON.stringify(chatty), stateDir, "{}"], { stdout: "pipe", stderr: "inherit", detached: true });
  pids.add(agent.pid);
  const pid = (JSON.parse(await firstLine(agent.stdout)) as { pid: number }).pid;
  pids.add(pid);
  process.kill(agent.pid, "SIGKILL");
  await agent.exited;
  // A shell writing to a pipe with no reader dies of SIGPIPE at its next echo; to a file it does not.
  await Bun.sleep(300);
  expect(alive(pid)).toBe(true);
  const next = new ProcessAdaptor({ name: "chatty", command: chatty.command, ready: { kind: "alive", ms: 200 } }, { runner: tracking, stateDir });
  adaptors.push(next);
  expect((await next.recovered).message).toBe(`adopted pid ${pid} with (no parameters)`);
  await Bun.sleep(300);
  expect(next.outputTail()).toContain("tick"); // read on from the file after adoption
  expect(readFileSync(join(stateDir, "chatty", "output.log"), "utf8")).toContain("tick\ntick\n");
}, 20_000);
