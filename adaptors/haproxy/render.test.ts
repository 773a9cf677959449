import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bindAddress, renderHaproxyConfig, slotNames, type DispatcherSettings } from "./render.ts";

const golden = (name: string): string => readFileSync(join(import.meta.dir, "testdata", name), "utf8");

const base: DispatcherSettings = {
  name: "dispatcher",
  port: 8000,
  bind: "0.0.0.0",
  mode: "http",
  balance: "roundrobin",
  slots: 16,
  maxconn: 4096,
  socketPath: "/var/lib/lama/dispatcher/admin.sock",
  serverStatePath: "/var/lib/lama/dispatcher/servers.state",
  user: "haproxy",
};

test("as root: drops to the haproxy user; 16 idle slots and an admin socket of mode 0600", () => {
  expect(renderHaproxyConfig(base)).toBe(golden("haproxy-root.cfg"));
});

test("not root: no user or group lines; tcp mode, leastconn, an IPv6 bind", () => {
  expect(renderHaproxyConfig({ ...base, user: undefined, mode: "tcp", balance: "leastconn", bind: "::", slots: 2 })).toBe(golden("haproxy-user.cfg"));
});

test.each([
  ["0.0.0.0", 80, "0.0.0.0:80"],
  ["::", 80, "[::]:80"],
  ["fd00::1", 8000, "[fd00::1]:8000"],
  ["dispatcher.example", 80, "dispatcher.example:80"],
])("bind %s port %i is %s", (host, port, expected) => {
  expect(bindAddress(host, port)).toBe(expected);
});

test("slot names", () => {
  expect(slotNames(3)).toEqual(["slot1", "slot2", "slot3"]);
});
