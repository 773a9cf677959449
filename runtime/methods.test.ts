/** The four methods over an in-memory channel, acting on a process adaptor with an in-memory runner. */
import { expect, test } from "bun:test";
import { AdaptorRegistry, MemoryPorts, MemoryProcessRunner, ProcessAdaptor, toRpcError } from "../adaptors/index.ts";
import { pb } from "../proto/index.ts";
import { FakeClock, memoryWirePair, RemoteRpcError, RpcClient, RpcServer } from "./wire/index.ts";
import { fourMethods } from "./methods.ts";

function setup() {
  const clock = new FakeClock();
  const runner = new MemoryProcessRunner();
  const ports = new MemoryPorts();
  const web = new ProcessAdaptor({
    name: "web",
    params: [{ name: "port", type: "port", default: "8000", description: "port" }],
    command: ["/usr/bin/server", "--port", "{port}"],
    stopTimeoutMs: 1000,
    restart: { mode: "never", maxRestarts: 0, windowMs: 60_000, backoffInitialMs: 100, backoffMaxMs: 1000 },
  }, { runner, clock, probe: ports.probe, baseEnv: {} });
  const registry = new AdaptorRegistry([web]);
  const [a, b] = memoryWirePair();
  new RpcServer(b, fourMethods(registry, () => ({ serviceId: "n1", txBps: 5 })), clock, toRpcError);
  return { client: new RpcClient(a, clock), runner };
}

test("Status carries the node status and every adaptor's state", async () => {
  const { client } = setup();
  const r = await client.call({ status: {} }, 1000);
  expect(r.status?.node?.txBps).toBe(5);
  expect(r.status?.adaptors?.map((a) => [a.name, a.state])).toEqual([["web", pb.AdaptorState.ADAPTOR_STOPPED]]);
});

test("Start, Start again (harmless), Stop, Stop again (harmless)", async () => {
  const { client, runner } = setup();
  const started = await client.call({ start: { adaptor: "web", params: { port: "8080" } } }, 1000);
  expect(started.adaptor?.noOp).toBe(false);
  expect(started.adaptor?.status?.state).toBe(pb.AdaptorState.ADAPTOR_RUNNING);
  expect(runner.last.argv).toEqual(["/usr/bin/server", "--port", "8080"]);
  const again = await client.call({ start: { adaptor: "web", params: { port: "8080" } } }, 1000);
  expect(again.adaptor?.noOp).toBe(true);
  expect(again.adaptor?.message).toContain("already running");
  const stopped = await client.call({ stop: { adaptor: "web" } }, 1000);
  expect(stopped.adaptor?.status?.state).toBe(pb.AdaptorState.ADAPTOR_STOPPED);
  const twice = await client.call({ stop: { adaptor: "web" } }, 1000);
  expect(twice.adaptor?.noOp).toBe(true);
});

test.each([
  [{ start: { adaptor: "nope" } }, "ERROR_UNKNOWN_ADAPTOR", ""],
  [{ start: { adaptor: "web", params: { port: "0" } } }, "ERROR_INVALID_PARAMETER", "port"],
  [{ start: { adaptor: "web", params: { colour: "red" } } }, "ERROR_INVALID_PARAMETER", "colour"],
  [{ set: { adaptor: "web", params: { port: "x" } } }, "ERROR_INVALID_PARAMETER", "port"],
])("%j is refused with %s", async (method, kind, parameter) => {
  const { client } = setup();
  const e = await client.call(method, 1000).catch((x) => x);
  expect(e).toBeInstanceOf(RemoteRpcError);
  expect((e as RemoteRpcError).kind).toBe(kind);
  expect((e as RemoteRpcError).error.parameter ?? "").toBe(parameter);
  // and the agent keeps serving
  expect((await client.call({ status: {} }, 1000)).status?.node?.serviceId).toBe("n1");
});
