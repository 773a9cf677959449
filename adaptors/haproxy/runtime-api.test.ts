import { afterAll, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RuntimeApiError, setServerOutcome, unixSocketApi } from "./runtime-api.ts";

test.each([
  ["set server be/slot1 addr 10.0.0.1 port 80", "IP changed from '127.0.0.1' to '10.0.0.1', port changed from '1' to '80' by 'stats socket command'\n\n", true],
  ["set server be/slot1 addr 10.0.0.1 port 80", "no need to change the addr, port changed from '1' to '80' by 'stats socket command'\n\n", true],
  ["set server be/slot1 addr 10.0.0.1 port 80", "no need to change the addr, no need to change the port by 'stats socket command'\n\n", true],
  ["set server be/slot1 addr 10.0.0.1 port 80", "No such server.\n\n", false],
  ["set server be/slot1 addr 10.0.0.1 port 80", "\n", false],
  ["set server be/slot1 weight 5", "\n", true],
  ["set server be/slot1 weight 300", "Absolute weight can only be between 0 and 256 inclusive.\n\n", false],
  ["set server be/slot1 state ready", "\n", true],
  ["set server be/slot9 state ready", "No such server.\n\n", false],
  ["set server nope/slot1 state ready", "No such backend.\n\n", false],
])("%s answered %j: ok %p", (command, answer, ok) => {
  const outcome = setServerOutcome(command, answer);
  expect(outcome.ok).toBe(ok);
  if (!outcome.ok) expect(outcome.why).toBe(answer.trim() || "no answer");
});

const dir = mkdtempSync(join(tmpdir(), "lama-runtime-api-"));
const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
  rmSync(dir, { recursive: true, force: true });
});

function listen(path: string, onLine: (line: string, reply: (text: string | null) => void) => void): Promise<void> {
  // Half-open allowed, so a server that never answers really keeps the client waiting.
  const server = createServer({ allowHalfOpen: true }, (c) => {
    let buf = "";
    c.on("data", (d) => {
      buf += d.toString();
      if (buf.endsWith("\n")) onLine(buf.trim(), (text) => (text === null ? undefined : c.end(text)));
    });
  });
  servers.push(server);
  return new Promise((r) => server.listen(path, r));
}

test("one command per connection; the whole answer comes back", async () => {
  const path = join(dir, "echo.sock");
  await listen(path, (line, reply) => reply(`you said: ${line}\n\n`));
  const api = unixSocketApi(path);
  expect(await api("show info")).toBe("you said: show info\n\n");
  expect(await api("set server a/b weight 1")).toBe("you said: set server a/b weight 1\n\n");
});

test("a missing socket and a silent one are RuntimeApiErrors naming the socket and the command", async () => {
  const missing = unixSocketApi(join(dir, "none.sock"));
  await expect(missing("show info")).rejects.toThrow(RuntimeApiError);
  await expect(missing("show info")).rejects.toThrow(/none\.sock: "show info" failed: ENOENT/);
  const path = join(dir, "silent.sock");
  await listen(path, (_line, reply) => reply(null));
  await expect(unixSocketApi(path, 100)("show info")).rejects.toThrow(/"show info" got no answer within 100 ms/);
});
