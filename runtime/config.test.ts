import { describe, expect, test } from "bun:test";
import { parseSettings, type Settings } from "./wire/index.ts";
import { defaultStateDir, LAMA_FLAGS, lamaConfig, lamaConfigFromSettings, type LamaEnvironment } from "./config.ts";

const env: LamaEnvironment = { hostname: () => "rack1-07", machineServiceId: () => "4c4c4544-0042-3510-8052-b7c04f4e3232", stateDir: () => "/var/lib/lama" };
const files: Record<string, string> = {
  "/etc/lama/lama.json": '{"role": ["streaming", "edge"], "no-multicast": true, "grand": "198.18.0.1:5000", "lease-ms": 5000, "attr": ["rack=1"]}',
  "/etc/lama/typo.json": '{"roles": ["web"]}',
};
const read = (path: string) => {
  if (path in files) return files[path]!;
  throw Object.assign(new Error("no such file"), { code: "ENOENT" });
};
const fromArgs = (argv: string[]) => lamaConfigFromSettings(parseSettings(argv, LAMA_FLAGS, read), env);

describe("defaultStateDir", () => {
  test.each<[number, Record<string, string | undefined>, string]>([
    [0, { HOME: "/root" }, "/var/lib/lama"],
    [1000, { XDG_STATE_HOME: "/home/a/.state", HOME: "/home/a" }, "/home/a/.state/lama"],
    [1000, { HOME: "/home/a" }, "/home/a/.local/state/lama"],
    [1000, { XDG_STATE_HOME: "relative", HOME: "/home/a" }, "/home/a/.local/state/lama"],
    [1000, {}, "/tmp/lama-state-1000"],
  ])("uid %d with %j: %s", (uid, e, want) => {
    expect(defaultStateDir(uid, e)).toBe(want);
  });
});

/** A well-formed public controller key (32 bytes of 0x07). */
const PUB = `ctl-pub:${Buffer.alloc(32, 7).toString("base64")}`;

describe("LamaConfig from settings", () => {
  test("no settings: every default, the machine's id and hostname", () => {
    expect(lamaConfigFromSettings({}, env)).toEqual({
      keyFiles: [],
      controllerKeys: [],
      controllerKeyFiles: [],
      interfaces: [],
      group: "239.255.41.60",
      groupPort: 4160,
      grands: [],
      multicast: true,
      serviceId: "4c4c4544-0042-3510-8052-b7c04f4e3232",
      roles: [],
      attrs: {},
      hostname: "rack1-07",
      linkCapacityBps: 0,
      leaseMs: 2500,
      renewMs: 1000,
      adaptorsFile: undefined,
      stateDir: "/var/lib/lama",
      sampleMs: 2000,
      logFormat: "text",
    });
  });

  test("every setting given", () => {
    expect(fromArgs([
      "--key-file", "/k", "--controller-key", PUB, "--controller-key-file", "/ck", "--interface", "198.18.0.7", "--group", "239.1.1.1", "--group-port", "4999", "--grand", "198.18.0.1", "--grand", "198.18.0.2:7000",
      "--no-multicast", "--service-id", "node-7", "--role", "web", "--role", "dispatcher", "--attr", "rack=7", "--attr", "row=a=b", "--hostname", "h7",
      "--link-capacity-bps", "100000000", "--lease-ms", "4000", "--renew-ms", "2000", "--adaptors", "/etc/lama/adaptors.json", "--state-dir", "/srv/lama", "--sample-ms", "100", "--log-format", "json",
    ])).toEqual({
      keyFiles: ["/k"],
      controllerKeys: [PUB],
      controllerKeyFiles: ["/ck"],
      interfaces: ["198.18.0.7"],
      group: "239.1.1.1",
      groupPort: 4999,
      grands: [{ address: "198.18.0.1", port: 4161 }, { address: "198.18.0.2", port: 7000 }],
      multicast: false,
      serviceId: "node-7",
      roles: ["web", "dispatcher"],
      attrs: { rack: "7", row: "a=b" },
      hostname: "h7",
      linkCapacityBps: 100_000_000,
      leaseMs: 4000,
      renewMs: 2000,
      adaptorsFile: "/etc/lama/adaptors.json",
      stateDir: "/srv/lama",
      sampleMs: 100,
      logFormat: "json",
    });
  });

  test.each<[Settings, string]>([
    [{ group: "198.18.0.1" }, "--group '198.18.0.1' is not a multicast address"],
    [{ "group-port": "65536" }, "--group-port '65536' must be a whole number from 1 to 65535"],
    [{ grand: ["nowhere"] }, "--grand 'nowhere' is not an IPv4 address with port"],
    [{ grand: ["198.18.0.1:99999"] }, "--grand '198.18.0.1:99999' is not an IPv4 address with port"],
    [{ "lease-ms": "499" }, "--lease-ms '499' must be a whole number from 500 to 600000"],
    [{ "renew-ms": "9" }, "--renew-ms '9' must be a whole number from 10 to 60000"],
    [{ "sample-ms": "99" }, "--sample-ms '99' must be a whole number from 100 to 3600000"],
    [{ "link-capacity-bps": "-1" }, "--link-capacity-bps '-1' must be a whole number from 0 to"],
    [{ attr: ["rack"] }, "--attr 'rack' must be KEY=VALUE"],
    [{ attr: ["=7"] }, "--attr '=7' must be KEY=VALUE"],
    [{ interface: ["eth0"] }, "--interface 'eth0' is not an IPv4 address like 198.18.0.2"],
    [{ "log-format": "yaml" }, "--log-format 'yaml' is not allowed; use text or json"],
    [{ "service-id": "bad id" }, "service id 'bad id' is not allowed"],
    [{ "state-dir": "var/lib/lama" }, "--state-dir 'var/lib/lama' must be an absolute path without '..'"],
    [{ "controller-key": [Buffer.alloc(32, 7).toString("base64")] }, "must start with 'ctl-pub:'"],
    [{ "controller-key": [`ctl-secret:${Buffer.alloc(32, 7).toString("base64")}`] }, "(this is a controller SECRET: never give it to nodes)"],
    [{ "controller-key": [`ctl-pub:${Buffer.alloc(31, 7).toString("base64")}`] }, "holds 31 bytes, it must be 32"],
    [{ "controller-key": ["ctl-pub:not*base64"] }, "is not 'ctl-pub:' followed by base64"],
  ])("%j is refused, naming the setting: %s", (settings, message) => {
    expect(() => lamaConfigFromSettings(settings, env)).toThrow(message);
  });

  test.each<[Settings, string]>([
    [{ "lease-ms": "1000", "renew-ms": "600" }, "--renew-ms 600 must be at most half of --lease-ms 1000, or one lost renewal expires the node"],
    [{ "renew-ms": "1251" }, "--renew-ms 1251 must be at most half of --lease-ms 2500"],
    [{ "no-multicast": true }, "--no-multicast needs at least one --grand HOST:PORT, or grand can never be found"],
  ])("contradiction %j is refused: %s", (settings, message) => {
    expect(() => lamaConfigFromSettings(settings, env)).toThrow(message);
  });

  test("half the lease exactly is allowed", () => {
    expect(lamaConfigFromSettings({ "lease-ms": "1000", "renew-ms": "500" }, env).renewMs).toBe(500);
  });

  test("a machine with no id must be given one", () => {
    expect(() => lamaConfigFromSettings({}, { ...env, machineServiceId: () => undefined })).toThrow(
      "this machine has no DMI product UUID and no permanent MAC address; give one with --service-id ID",
    );
  });
});

describe("LamaConfig from a file and flags", () => {
  test("the file's settings apply; flags win, a repeated flag replacing the file's list", () => {
    const c = fromArgs(["--config", "/etc/lama/lama.json", "--role", "db", "--lease-ms", "8000"]);
    expect([c.roles, c.multicast, c.grands, c.leaseMs, c.attrs]).toEqual([["db"], false, [{ address: "198.18.0.1", port: 5000 }], 8000, { rack: "1" }]);
  });

  test("a contradiction between the file and a flag is found", () => {
    expect(() => fromArgs(["--config", "/etc/lama/lama.json", "--renew-ms", "3000"])).toThrow("--renew-ms 3000 must be at most half of --lease-ms 5000");
  });

  test("an unknown key is named", () => {
    expect(() => fromArgs(["--config", "/etc/lama/typo.json"])).toThrow("config file /etc/lama/typo.json: unknown setting 'roles'; the settings are key-file, interface,");
  });

  test("a missing file is named", () => {
    expect(() => fromArgs(["--config", "/etc/lama/none.json"])).toThrow("config file /etc/lama/none.json not found");
  });
});

describe("lamaConfig in code", () => {
  test("fills the defaults and keeps what is given", () => {
    const c = lamaConfig({ serviceId: "a", roles: ["web"], renewMs: 100 });
    expect([c.serviceId, c.roles, c.leaseMs, c.renewMs, c.multicast, c.sampleMs]).toEqual(["a", ["web"], 2500, 100, true, 2000]);
  });

  test("checks the same contradictions", () => {
    expect(() => lamaConfig({ serviceId: "a", multicast: false })).toThrow("--no-multicast needs at least one --grand");
    expect(() => lamaConfig({ serviceId: "a", renewMs: 2000 })).toThrow("--renew-ms 2000 must be at most half of --lease-ms 2500");
  });
});
