import { describe, expect, test } from "bun:test";
import { parseSettings, type Settings } from "../runtime/wire/index.ts";
import { GRAND_FLAGS, grandConfig, grandConfigFromSettings, type GrandEnvironment } from "./config.ts";
import { grandMain } from "./grand-main.ts";

const files: Record<string, string> = {
  "/etc/grand/pools.json": '[{"name": "web", "role": "web", "adaptor": "web", "policy": "threshold"}]',
  "/etc/grand/grand.json": '{"max-lease-ms": 3000, "http": "unix:/run/grand.sock", "interface": ["198.18.0.1", "198.18.0.2"], "id": "grand-file"}',
  "/etc/grand/bad.json": '{"max-lease-ms": 3000, "lease-ms": 100}',
};
const env: GrandEnvironment = {
  hostname: () => "box",
  interfaces: () => ["198.18.0.1"],
  readText: (path) => {
    if (path in files) return files[path]!;
    throw Object.assign(new Error("no such file"), { code: "ENOENT" });
  },
};
const fromArgs = (argv: string[]) => grandConfigFromSettings(parseSettings(argv, GRAND_FLAGS, env.readText), env);

describe("GrandConfig from settings", () => {
  test("no settings: every default", () => {
    expect(grandConfigFromSettings({}, env)).toEqual({
      keyFiles: [],
      controllerSecretFile: null,
      interfaces: ["198.18.0.1"],
      group: "239.255.41.60",
      groupPort: 4160,
      port: 4161,
      bind: "0.0.0.0",
      icePort: 4162,
      http: { address: "127.0.0.1", port: 7480 },
      id: "grand-box",
      minLeaseMs: 1000,
      maxLeaseMs: 30_000,
      announceMs: 2000,
      logFormat: "text",
      pools: [],
      reallocate: "dry-run",
      apiTokenFile: null,
      httpMaxConnections: 256,
      httpIdleMs: 60_000,
      httpRequestMs: 30_000,
      eventsBacklog: 1000,
    });
  });

  test("every setting given", () => {
    const c = fromArgs([
      "--key-file", "/k1", "--key-file", "/k2", "--interface", "127.0.0.1", "--group", "239.1.2.3", "--group-port", "5000", "--port", "0",
      "--bind", "127.0.0.1", "--ice-port", "0", "--http", "127.0.0.1:0", "--id", "g1", "--min-lease-ms", "500", "--max-lease-ms", "500", "--announce-ms", "50",
      "--log-format", "json", "--pools", "/etc/grand/pools.json", "--reallocate", "live",
      "--controller-secret-file", "/etc/grand/controller.secret", "--api-token-file", "/etc/lama/api.token", "--http-max-connections", "64", "--http-idle-ms", "5000", "--http-request-ms", "20000", "--events-backlog", "50",
    ]);
    expect({ ...c, pools: c.pools.map((p) => `${p.config.name}/${p.policy.name}`) }).toEqual({
      keyFiles: ["/k1", "/k2"],
      controllerSecretFile: "/etc/grand/controller.secret",
      interfaces: ["127.0.0.1"],
      group: "239.1.2.3",
      groupPort: 5000,
      port: 0,
      bind: "127.0.0.1",
      icePort: 0,
      http: { address: "127.0.0.1", port: 0 },
      id: "g1",
      minLeaseMs: 500,
      maxLeaseMs: 500,
      announceMs: 50,
      logFormat: "json",
      pools: ["web/threshold"],
      reallocate: "live",
      apiTokenFile: "/etc/lama/api.token",
      httpMaxConnections: 64,
      httpIdleMs: 5000,
      httpRequestMs: 20_000,
      eventsBacklog: 50,
    });
  });

  test.each<[Settings, string]>([
    [{ group: "10.0.0.1" }, "--group '10.0.0.1' is not a multicast address (224.0.0.0 to 239.255.255.255)"],
    [{ "group-port": "0" }, "--group-port '0' must be a whole number from 1 to 65535"],
    [{ port: "70000" }, "--port '70000' must be a whole number from 0 to 65535"],
    [{ port: "12.5" }, "--port '12.5' must be a whole number from 0 to 65535"],
    [{ bind: "any" }, "--bind 'any' is not an IPv4 address like 198.18.0.2"],
    [{ "ice-port": "65536" }, "--ice-port '65536' must be a whole number from 0 to 65535"],
    [{ "ice-port": "4161" }, "--ice-port 4161 is also the registration --port; give the control channels another port (or 0 for a socket each)"],
    [{ http: "localhost" }, "--http 'localhost' is not an IPv4 address with port"],
    [{ http: "unix:" }, "--http 'unix:' needs a socket path, like unix:/run/grand.sock"],
    [{ "min-lease-ms": "99" }, "--min-lease-ms '99' must be a whole number from 100 to 3600000"],
    [{ "max-lease-ms": "3600001" }, "--max-lease-ms '3600001' must be a whole number from 100 to 3600000"],
    [{ "announce-ms": "49" }, "--announce-ms '49' must be a whole number from 50 to 600000"],
    [{ "log-format": "xml" }, "--log-format 'xml' is not allowed; use text or json"],
    [{ interface: ["198.18.0"] }, "--interface '198.18.0' is not an IPv4 address like 198.18.0.2"],
    [{ reallocate: "sometimes", pools: "/etc/grand/pools.json" }, "--reallocate 'sometimes' is not allowed; use dry-run or live"],
    [{ pools: "/etc/grand/none.json" }, "pools config /etc/grand/none.json cannot be read (ENOENT)"],
    [{ "api-token-file": "" }, "--api-token-file needs a path, like /etc/lama/api.token"],
    [{ "http-max-connections": "3" }, "--http-max-connections '3' must be a whole number from 4 to 60000"],
    [{ "http-idle-ms": "999" }, "--http-idle-ms '999' must be a whole number from 1000 to 3600000"],
    [{ "http-request-ms": "x" }, "--http-request-ms 'x' must be a whole number from 1000 to 3600000"],
    [{ "events-backlog": "10001" }, "--events-backlog '10001' must be a whole number from 10 to 10000"],
  ])("%j is refused, naming the setting: %s", (settings, message) => {
    expect(() => grandConfigFromSettings(settings, env)).toThrow(message);
  });

  test.each<[Settings, string]>([
    [{ "min-lease-ms": "5000", "max-lease-ms": "3000" }, "--min-lease-ms 5000 is above --max-lease-ms 3000"],
    [{ "min-lease-ms": "31000" }, "--min-lease-ms 31000 is above --max-lease-ms 30000"],
    [{ reallocate: "live" }, "--reallocate needs --pools FILE (the pools to reallocate)"],
    [{ http: "0.0.0.0:7480" }, "--http 0.0.0.0:7480 is not a loopback address, and the API can start and stop programs on every node: give it --api-token-file PATH (create one with 'grand token > api.token'), or serve on 127.0.0.1"],
    [{ http: "198.18.0.1:7480" }, "--http 198.18.0.1:7480 is not a loopback address"],
    [{ "http-request-ms": "15000" }, "--http-request-ms 15000 must be above 15000 (how long a Start or Stop may wait for its node)"],
  ])("contradiction %j is refused: %s", (settings, message) => {
    expect(() => grandConfigFromSettings(settings, env)).toThrow(message);
  });

  test("no interface named and none up: says how to name one", () => {
    expect(() => grandConfigFromSettings({}, { ...env, interfaces: () => [] })).toThrow(
      "no up IPv4 interface to serve on; pass --interface ADDR (127.0.0.1 for a local pool)",
    );
  });
});

describe("GrandConfig from a file and flags", () => {
  test("the file's settings apply; a flag wins over the same setting in the file", () => {
    const c = fromArgs(["--config", "/etc/grand/grand.json", "--max-lease-ms", "9000", "--interface", "127.0.0.1"]);
    expect(c.maxLeaseMs).toBe(9000);
    expect(c.http).toEqual({ unix: "/run/grand.sock" });
    expect(c.id).toBe("grand-file");
    expect(c.interfaces).toEqual(["127.0.0.1"]);
  });

  test("off loopback with a token file, and on a unix socket without one, grand may serve", () => {
    expect(fromArgs(["--http", "0.0.0.0:7480", "--api-token-file", "/etc/lama/api.token"]).http).toEqual({ address: "0.0.0.0", port: 7480 });
    expect(fromArgs(["--http", "127.0.0.2:7480"]).apiTokenFile).toBeNull();
    expect(fromArgs(["--http", "unix:/run/grand.sock"]).apiTokenFile).toBeNull();
  });

  test("a contradiction between the file and a flag is found", () => {
    expect(() => fromArgs(["--config", "/etc/grand/grand.json", "--min-lease-ms", "5000"])).toThrow("--min-lease-ms 5000 is above --max-lease-ms 3000");
  });

  test("an unknown key in the file is named (lease-ms is lama's, not grand's)", () => {
    expect(() => fromArgs(["--config", "/etc/grand/bad.json"])).toThrow("config file /etc/grand/bad.json: unknown setting 'lease-ms'");
  });
});

describe("grandConfig in code", () => {
  test("fills the defaults and keeps what is given", () => {
    const c = grandConfig({ id: "g", interfaces: [], http: null, minLeaseMs: 200 });
    expect([c.id, c.http, c.minLeaseMs, c.maxLeaseMs, c.port, c.reallocate]).toEqual(["g", null, 200, 30_000, 4161, "dry-run"]);
  });

  test("checks the same contradictions", () => {
    expect(() => grandConfig({ minLeaseMs: 5000, maxLeaseMs: 3000 })).toThrow("--min-lease-ms 5000 is above --max-lease-ms 3000");
  });
});

test.each([
  [["serve", "--config", "/nonexistent/grand.json"], "grand: config file /nonexistent/grand.json not found; give --config the path of a JSON settings file\n"],
  [["serve", "--config"], "grand: Option '--config <value>' argument missing (see --help)\n"],
])("grand %j exits 2 with one line", async (argv, stderr) => {
  let err = "";
  expect(await grandMain(argv, { stdout: () => {}, stderr: (s) => void (err += s) })).toBe(2);
  expect(err).toBe(stderr);
});
