import { expect, test } from "bun:test";
import type { Adaptor, AdaptorResult, AdaptorStatusInfo } from "./adaptor.ts";
import { AdaptorFailureError, UnknownAdaptorError } from "./errors.ts";
import { AdaptorRegistry } from "./registry.ts";

/** A minimal adaptor: enough to see what the registry does with it. */
function stub(name: string, stopFails = false): Adaptor & { stops: number } {
  let state: AdaptorStatusInfo["state"] = "running";
  const status = (): AdaptorStatusInfo => ({ name, state, restarts: 0, params: {}, detail: "" });
  const result = (message: string, noOp: boolean): AdaptorResult => ({ status: status(), message, noOp });
  const a = {
    name,
    stops: 0,
    describe: () => ({ name, type: "stub", description: "", params: [] }),
    status,
    start: async () => result("started", false),
    set: async () => result("unchanged", true),
    stop: async () => {
      a.stops++;
      if (stopFails) throw new AdaptorFailureError(`${name} would not stop`);
      state = "stopped";
      return result("stopped", false);
    },
  };
  return a;
}

test("get finds an adaptor; an unknown name lists the known ones", () => {
  const web = stub("web");
  const reg = new AdaptorRegistry([web, stub("db")]);
  expect(reg.get("web")).toBe(web);
  expect(reg.has("db")).toBe(true);
  expect(() => reg.get("icecast")).toThrow(UnknownAdaptorError);
  expect(() => reg.get("icecast")).toThrow('unknown adaptor "icecast"; this node has: web, db');
  expect(() => new AdaptorRegistry().get("web")).toThrow(/no adaptors configured/);
});

test("list and names keep the order of adding; duplicates are refused", () => {
  const reg = new AdaptorRegistry();
  reg.add(stub("b"));
  reg.add(stub("a"));
  expect(reg.names()).toEqual(["b", "a"]);
  expect(reg.list().map((a) => a.name)).toEqual(["b", "a"]);
  expect(() => reg.add(stub("a"))).toThrow('adaptor "a" is already registered');
});

test("statusAll reports every adaptor", () => {
  const reg = new AdaptorRegistry([stub("web"), stub("db")]);
  expect(reg.statusAll().map((s) => [s.name, s.state])).toEqual([
    ["web", "running"],
    ["db", "running"],
  ]);
});

test("stopAll stops every adaptor and never rejects, even when one fails", async () => {
  const web = stub("web");
  const bad = stub("bad", true);
  const db = stub("db");
  const reg = new AdaptorRegistry([web, bad, db]);
  const outcomes = await reg.stopAll();
  expect([web.stops, bad.stops, db.stops]).toEqual([1, 1, 1]);
  expect(outcomes.map((o) => o.name)).toEqual(["web", "bad", "db"]);
  expect("result" in outcomes[0]! && outcomes[0].result.message).toBe("stopped");
  expect("error" in outcomes[1]! && (outcomes[1].error as Error).message).toBe("bad would not stop");
  expect(reg.statusAll().map((s) => s.state)).toEqual(["stopped", "running", "stopped"]);
});
