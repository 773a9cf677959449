import { expect, test } from "bun:test";
import { FakeClock } from "../../runtime/wire/index.ts";
import { MemoryProcessRunner } from "./memory-runner.ts";
import { settle } from "../test-helpers.ts";
import { runCommand } from "./run-command.ts";


test.each<[string, (p: import("./memory-runner.ts").MemoryProcess) => void, object]>([
  ["exit 0", (p) => (p.print("syntax is ok\n"), p.end(0)), { ok: true, output: "syntax is ok\n" }],
  [
    "exit 1 with a message",
    (p) => (p.print("[emerg] unknown directive \"listn\"\n", "stderr"), p.end(1)),
    { ok: false, why: '/usr/sbin/nginx -t exited with code 1: [emerg] unknown directive "listn"', output: '[emerg] unknown directive "listn"\n' },
  ],
  ["killed", (p) => p.end(null, "SIGSEGV"), { ok: false, why: "/usr/sbin/nginx -t was killed by SIGSEGV", output: "" }],
])("runCommand: %s", async (_, script, want) => {
  const runner = new MemoryProcessRunner();
  runner.onSpawn = script;
  const clock = new FakeClock();
  expect(await runCommand(runner, clock, ["/usr/sbin/nginx", "-t"], { timeoutMs: 1000 })).toEqual(want as never);
  expect(runner.last.signalsAfterExit).toEqual(["SIGKILL"]);
  expect(clock.pending).toBe(0);
});

test("a command that cannot be spawned", async () => {
  const runner = new MemoryProcessRunner();
  runner.failNextSpawn("/usr/sbin/haproxy not found (ENOENT)");
  expect(await runCommand(runner, new FakeClock(), ["/usr/sbin/haproxy", "-c"], { timeoutMs: 1000 })).toEqual({
    ok: false,
    why: "cannot run /usr/sbin/haproxy -c: /usr/sbin/haproxy not found (ENOENT)",
    output: "",
  });
});

test("a command that hangs is killed after timeoutMs", async () => {
  const runner = new MemoryProcessRunner();
  const clock = new FakeClock();
  const running = runCommand(runner, clock, ["/bin/check"], { timeoutMs: 500, env: { A: "1" } });
  await settle();
  expect(runner.last.options.env).toEqual({ A: "1" });
  clock.advance(500);
  await settle();
  expect(await running).toEqual({ ok: false, why: "/bin/check did not finish within 500 ms", output: "" });
  expect(runner.last.signals).toEqual(["SIGKILL"]);
  expect(clock.pending).toBe(0);
});
