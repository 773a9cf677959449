import { expect, test } from "bun:test";
import { FakeClock } from "../runtime/wire/index.ts";
import { AdaptorConfigError, loadAdaptors, parseAdaptorConfig } from "./config.ts";
import { MemoryPorts, MemoryProcessRunner } from "./supervisor/index.ts";

const example = `[{"name":"web","type":"process","command":["/usr/bin/python3","-m","http.server","{port}","--bind","{bind}"],
  "params":{"port":{"type":"port","default":"8000"},"bind":{"type":"host","default":"0.0.0.0"}},
  "env":{},"restart":"on-failure","stopTimeoutMs":5000,"ready":{"tcpPort":"{port}"}}]`;

test("the example config parses into a process adaptor with its defaults filled", () => {
  expect(parseAdaptorConfig(example)).toEqual([
    {
      type: "process",
      config: {
        name: "web",
        description: undefined,
        params: [
          { name: "port", type: "port", default: "8000", description: "" },
          { name: "bind", type: "host", default: "0.0.0.0", description: "" },
        ],
        command: ["/usr/bin/python3", "-m", "http.server", "{port}", "--bind", "{bind}"],
        env: {},
        inheritEnv: undefined,
        cwd: undefined,
        restart: { mode: "on-failure" },
        stopTimeoutMs: 5000,
        ready: { kind: "tcp", port: "{port}", host: "127.0.0.1", timeoutMs: 10_000 },
        outputChars: undefined,
      },
    },
  ]);
});

test("every field of a process entry and a parameter is read", () => {
  const [e] = parseAdaptorConfig(
    JSON.stringify([
      {
        name: "icecast.relay_1",
        type: "process",
        description: "relay",
        command: ["/usr/bin/icecast2", "-c", "{conf}"],
        params: {
          conf: { type: "path", required: true, pattern: "/etc/.*", description: "config file" },
          codec: { type: "enum", values: ["mp3", "ogg"], default: "mp3" },
          workers: { type: "int", min: 1, max: 64, default: 4 },
          debug: { type: "bool", default: false },
        },
        env: { CODEC: "{codec}" },
        inheritEnv: false,
        cwd: "/var/lib/icecast",
        restart: "always",
        maxRestarts: 3,
        restartWindowMs: 10000,
        backoffMs: 50,
        backoffMaxMs: 800,
        stopTimeoutMs: 2000,
        ready: { aliveMs: 300 },
        outputChars: 1024,
      },
    ]),
  );
  expect(e!.config).toMatchObject({
    name: "icecast.relay_1",
    description: "relay",
    inheritEnv: false,
    cwd: "/var/lib/icecast",
    restart: { mode: "always", maxRestarts: 3, windowMs: 10000, backoffInitialMs: 50, backoffMaxMs: 800 },
    stopTimeoutMs: 2000,
    ready: { kind: "alive", ms: 300 },
    outputChars: 1024,
  });
  expect(e!.type === "process" && e!.config.params).toEqual([
    { name: "conf", type: "path", required: true, pattern: "/etc/.*", description: "config file" },
    { name: "codec", type: "enum", values: ["mp3", "ogg"], default: "mp3", description: "" },
    { name: "workers", type: "int", min: 1, max: 64, default: "4", description: "" },
    { name: "debug", type: "bool", default: "false", description: "" },
  ]);
});

const ok = { name: "web", type: "process", command: ["/bin/true"] };
const entry = (over: Record<string, unknown>): string => JSON.stringify([{ ...ok, ...over }]);

test.each<[string, string, string | RegExp]>([
  ["not JSON", "[{", /^adaptor config: not valid JSON \(.*\); it must hold a JSON array of adaptor entries$/],
  ["not an array", '{"name":"web"}', "adaptor config: must be a JSON array of adaptor entries, got an object"],
  ["an entry not an object", "[42]", "adaptor config entry 0: must be an object, got the number 42"],
  ["no name", JSON.stringify([{ type: "process", command: ["/bin/true"] }]), 'adaptor config entry 0: field "name" is required'],
  ["a bad name", entry({ name: "my web" }), /entry 0 \("my web"\): field "name" is "my web"; a name is 1 to 64 letters, digits/],
  ["a duplicate name", JSON.stringify([ok, ok]), 'adaptor config entry 1 ("web"): field "name" "web" is already used by entry 0; adaptor names must be unique'],
  ["no type", JSON.stringify([{ name: "web", command: ["/bin/true"] }]), 'adaptor config entry 0 ("web"): field "type" is required; use one of: process, haproxy-dispatcher, nginx, icecast'],
  ["an unknown type", entry({ type: "docker" }), 'adaptor config entry 0 ("web"): field "type" is "docker", which is not allowed; use one of: process, haproxy-dispatcher, nginx, icecast'],
  ["an unknown field", entry({ comand: ["/bin/true"] }), /entry 0 \("web"\): unknown field "comand"; allowed fields: name, type, description, params, command, env, /],
  ["no command", JSON.stringify([{ name: "web", type: "process" }]), 'adaptor config entry 0 ("web"): field "command" is required'],
  ["a shell string command", entry({ command: "/usr/bin/python3 -m http.server" }), /field "command" must be an array of strings, got the string/],
  ["an empty command", entry({ command: [] }), /field "command" must name a program/],
  ["a number in command", entry({ command: ["/bin/x", 8000] }), 'adaptor config entry 0 ("web"): field "command[1]" must be a string, got the number 8000'],
  ["a relative program", entry({ command: ["python3"] }), /entry 0 \("web"\): command\[0\]: "python3" is not an absolute path/],
  ["an undeclared placeholder", entry({ command: ["/bin/x", "{port}"] }), /command\[1\]: "\{port\}" names no declared parameter; declared parameters: \(none\)/],
  ["a bad restart", entry({ restart: "sometimes" }), 'adaptor config entry 0 ("web"): field "restart" is "sometimes", which is not allowed; use one of: never, on-failure, always'],
  ["a negative stop timeout", entry({ stopTimeoutMs: -1 }), /field "stopTimeoutMs" must be a whole number from 1 to 3600000, got the number -1/],
  ["a string timeout", entry({ stopTimeoutMs: "5s" }), /field "stopTimeoutMs" must be a whole number .* got the string "5s"/],
  ["backoff above its max", entry({ backoffMs: 1000, backoffMaxMs: 10 }), /field "backoffMs" \(1000\) is greater than backoffMaxMs \(10\)/],
  ["a number in env", entry({ env: { PORT: 8000 } }), /field "env.PORT" must be a string, got the number 8000; quote it \("8000"\)/],
  ["inheritEnv not a boolean", entry({ inheritEnv: "no" }), /field "inheritEnv" must be true or false/],
  ["a relative cwd", entry({ cwd: "srv" }), /cwd: "srv" is not an absolute path/],
  ["ready without a check", entry({ ready: {} }), /field "ready" must give either "tcpPort" .* or "aliveMs"/],
  ["ready with an unknown field", entry({ ready: { tcpPort: 80, tls: true } }), /unknown field "ready.tls"; allowed fields: ready.tcpPort, ready.host, ready.timeoutMs/],
  ["ready on a bad port", entry({ ready: { tcpPort: 70000 } }), /ready\.tcpPort: "70000" is not a port number from 1 to 65535/],
  ["params not an object", entry({ params: ["port"] }), /field "params" must be an object, got an array/],
  ["a parameter not an object", entry({ params: { port: "8000" } }), /field "params.port" must be an object, got the string "8000"/],
  ["a parameter without type", entry({ params: { port: {} } }), /field "params.port.type" is required; use one of: string, int, bool, enum, port, path, host/],
  ["a parameter of unknown type", entry({ params: { port: { type: "number" } } }), /field "params.port.type" is "number", which is not allowed/],
  ["an unknown parameter field", entry({ params: { port: { type: "port", deflt: "1" } } }), /unknown field "params.port.deflt"; allowed fields: params.port.type, /],
  ["a bad default", entry({ params: { port: { type: "port", default: "http" } } }), /params: parameter "port": default "http" is not a whole number; allowed: a port number from 1 to 65535/],
  ["an embedded placeholder", entry({ params: { port: { type: "port", default: "1" } }, command: ["/bin/x", "--port={port}"] }), /command\[1\]: "--port=\{port\}" embeds the placeholder/],
])("%s is refused with a message naming the entry and field", (_, text, want) => {
  let err: unknown;
  try {
    parseAdaptorConfig(text);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(AdaptorConfigError);
  if (typeof want === "string") expect((err as Error).message).toBe(want);
  else expect((err as Error).message).toMatch(want);
});

test("the source name appears in messages", () => {
  expect(() => parseAdaptorConfig("{}", "/etc/lama/adaptors.json")).toThrow(/^\/etc\/lama\/adaptors\.json: must be a JSON array/);
});

test("an empty array is a valid config with no adaptors", () => {
  expect(loadAdaptors("[]").names()).toEqual([]);
});

test("loadAdaptors builds a registry whose adaptors use the given seams", async () => {
  const runner = new MemoryProcessRunner();
  const ports = new MemoryPorts();
  ports.listen("127.0.0.1", 8000);
  const reg = loadAdaptors(example, { runner, clock: new FakeClock(), probe: ports.probe, baseEnv: {} });
  expect(reg.names()).toEqual(["web"]);
  const r = await reg.get("web").start({});
  expect(r.status.state).toBe("running");
  expect(runner.last.argv).toEqual(["/usr/bin/python3", "-m", "http.server", "8000", "--bind", "0.0.0.0"]);
  await reg.stopAll();
  expect(runner.running.length).toBe(0);
});

test("the daemon types: fixed parameters, their own state directory or none (the adaptor then uses the agent's)", () => {
  const [d, w] = parseAdaptorConfig(
    JSON.stringify([
      { name: "dispatcher", type: "haproxy-dispatcher", description: "the D-CP" },
      { name: "web", type: "nginx", stateDir: "/run/lama/web", user: "nginx", stopTimeoutMs: 2000, readyTimeoutMs: 3000 },
    ]),
  );
  expect(d).toEqual({
    type: "haproxy-dispatcher",
    config: { name: "dispatcher", description: "the D-CP", stateDir: undefined, program: undefined, user: undefined, stopTimeoutMs: undefined, readyTimeoutMs: undefined },
  });
  expect(w).toEqual({
    type: "nginx",
    config: { name: "web", description: undefined, stateDir: "/run/lama/web", program: undefined, user: "nginx", stopTimeoutMs: 2000, readyTimeoutMs: 3000 },
  });
  const registry = loadAdaptors(JSON.stringify([{ name: "dispatcher", type: "haproxy-dispatcher" }, { name: "web", type: "nginx" }]));
  expect(registry.list().map((a) => [a.name, a.describe().type, a.describe().params.map((p) => p.name).join(" ")])).toEqual([
    ["dispatcher", "haproxy-dispatcher", "port bind mode balance slots maxconn backends"],
    ["web", "nginx", "serverName root port bind"],
  ]);
});

test.each([
  [{ name: "d", type: "haproxy-dispatcher", params: {} }, /entry 0 \("d"\): unknown field "params"; allowed fields: name, type, description, stateDir, program, user, stopTimeoutMs, readyTimeoutMs/],
  [{ name: "d", type: "haproxy-dispatcher", stateDir: "relative" }, /entry 0 \("d"\): field "stateDir" "relative" is not an absolute path/],
  [{ name: "d", type: "haproxy-dispatcher", stateDir: `/${"x".repeat(100)}` }, /field "stateDir" .* at most 90 \(the runtime API socket lives there/],
  [{ name: "w", type: "nginx", stateDir: "/var/lib/my site" }, /field "stateDir" "\/var\/lib\/my site" is not an absolute path of letters/],
  [{ name: "w", type: "nginx", user: "Root;" }, /field "user" "Root;" is not a user name/],
  [{ name: "w", type: "nginx", readyTimeoutMs: 0 }, /field "readyTimeoutMs" must be a whole number from 1/],
])("a daemon entry with a mistake: %j", (raw, message) => {
  expect(() => parseAdaptorConfig(JSON.stringify([raw]))).toThrow(message);
});

test("an icecast entry takes its own fields and declares no parameters", () => {
  const [e] = parseAdaptorConfig(JSON.stringify([{ name: "radio", type: "icecast", user: "icecast2", group: "icecast", stopTimeoutMs: 3000 }]));
  expect(e).toEqual({ type: "icecast", config: { name: "radio", description: undefined, binary: undefined, shareDir: undefined, user: "icecast2", group: "icecast", stopTimeoutMs: 3000 } });
  expect(() => parseAdaptorConfig(JSON.stringify([{ name: "radio", type: "icecast", params: {} }]))).toThrow(/entry 0 \("radio"\): unknown field "params"; allowed fields: name, type, description, binary, shareDir, user, group, stopTimeoutMs/);
  expect(() => parseAdaptorConfig(JSON.stringify([{ name: "radio", type: "icecast", binary: "icecast2" }]))).toThrow(/binary.*not an absolute path/);
});
