/**
 * `npm start` as a user runs it (`bun run start`, the package's start script):
 * no root, loopback only. From what it prints, a relay is supplemented under
 * load, then carries listeners through the dispatcher, and a relay is drained
 * and released; the demo ends by itself with code 0 and leaves no process and
 * no temp dir behind, and Ctrl-C (SIGINT) stops everything it started too. With
 * `--real` and haproxy installed, the same with Debian's haproxy as the
 * dispatcher (per-node listeners then come from haproxy's own counters).
 */
import { expect, test } from "bun:test";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { ROOT } from "./harness/cluster.ts";

/** Runs the start script; resolves with its output and exit code. `onLine` may signal it. */
function runDemo(args: string[], onLine?: (line: string, kill: (s: NodeJS.Signals) => void) => void): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["run", "start", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let pending = "";
    const take = (d: Buffer) => {
      out += d.toString();
      pending += d.toString();
      let i;
      while ((i = pending.indexOf("\n")) >= 0) {
        const line = pending.slice(0, i);
        pending = pending.slice(i + 1);
        onLine?.(line, (s) => child.kill(s));
      }
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("exit", (code) => resolve({ out, code }));
  });
}

/** Processes whose command line names the demo's temp dir (its agents and their stream servers do). */
function processesUsing(dir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      if (cmd.includes(dir)) found.push(`${pid}: ${cmd}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

const tempDir = (out: string) => /temp dir (\S+)/.exec(out)?.[1] ?? "";

/** From the demo's output: a relay supplemented under load carried listeners, a relay was drained and released, nothing is left. */
function expectMainJob(out: string): void {
  const lines = out.split("\n");
  const fail = `npm start printed:\n${out}`;

  const supplementAt = lines.findIndex((l) => /supplement relay-\d because SUM .* → starting/.test(l));
  expect(supplementAt, fail).toBeGreaterThan(0);
  const added = /supplement (relay-\d)/.exec(lines[supplementAt]!)![1]!;
  // Per-period lines after it: the new relay serves listeners of its own.
  const listenersOf = (l: string) => Number(new RegExp(`[:,] ${added} (\\d+)(?! \\()`).exec(l)?.[1] ?? 0);
  const periods = lines.slice(supplementAt).filter((l) => /\bdemand [\d.]+ Mbit\/s/.test(l));
  expect(Math.max(...periods.map(listenersOf)), fail).toBeGreaterThanOrEqual(1);
  expect(lines.some((l, i) => i > supplementAt && new RegExp(`backends=.*${added}/\\d+/ready.* → applied`).test(l)), fail).toBe(true);

  // A release: drained first (accepted by the dispatcher), then stopped, and the node idle afterwards.
  const drainedAt = lines.findIndex((l) => /release relay-\d .* → drain accepted by the dispatcher/.test(l));
  const stoppedAt = lines.findIndex((l) => /release relay-\d .* → stopped/.test(l));
  expect(drainedAt, fail).toBeGreaterThan(supplementAt);
  expect(stoppedAt, fail).toBeGreaterThan(drainedAt);
  const released = /release (relay-\d)/.exec(lines[stoppedAt]!)![1]!;
  expect(lines.slice(stoppedAt).some((l) => l.includes(`${released} idle`)), fail).toBe(true);
  expect(out, fail).toMatch(/summary: supplemented under load: relay-\d.*released and stopped: relay-\d/);

  const dir = tempDir(out);
  expect(dir, fail).toMatch(/lama-demo-/);
  expect(existsSync(dir)).toBe(false);
  expect(processesUsing(dir)).toEqual([]);
}

test("npm start: a relay is supplemented under load, carries the new listeners, and a relay is drained and released", async () => {
  const { out, code } = await runDemo([]);
  const fail = `npm start printed:\n${out}`;
  expect(code, fail).toBe(0);
  // What runs is said: the stand-ins by name (this test asks for no --real).
  expect(out, fail).toContain("the project's own small stream server");
  expect(out, fail).toContain("the project's own small dispatcher");
  expectMainJob(out);
}, 120_000);

const HAPROXY = "/usr/sbin/haproxy";
test.skipIf(!existsSync(HAPROXY))(`npm start -- --real: the same with Debian's haproxy as the dispatcher${existsSync(HAPROXY) ? "" : " (skipped: /usr/sbin/haproxy missing)"}`, async () => {
  const { out, code } = await runDemo(["--", "--real"]);
  const fail = `npm start -- --real printed:\n${out}`;
  expect(code, fail).toBe(0);
  expect(out, fail).toContain("haproxy (the real daemon, /usr/sbin/haproxy) through the haproxy-dispatcher adaptor");
  expect(out, fail).toContain("the project's own small stream server");
  expectMainJob(out);
}, 120_000);

test("npm start -- --forever stops everything it started on Ctrl-C", async () => {
  let interrupted = false;
  const { out, code } = await runDemo(["--", "--forever"], (line, kill) => {
    if (!interrupted && line.includes("--forever: listeners rise")) {
      interrupted = true;
      setTimeout(() => kill("SIGINT"), 3000);
    }
  });
  const fail = `npm start -- --forever printed:\n${out}`;
  expect(interrupted, fail).toBe(true);
  expect(out, fail).toContain("SIGINT: stopping everything the demo started");
  expect(code, fail).toBe(130);
  const dir = tempDir(out);
  expect(dir, fail).toMatch(/lama-demo-/);
  expect(existsSync(dir)).toBe(false);
  expect(processesUsing(dir)).toEqual([]);
}, 90_000);
