/**
 * The nginx adaptor's logic against in-memory twins: the process runner (which
 * plays `nginx -t` and the master), the file system, the HTTP probe and a
 * FakeClock. No nginx and no sleeping; the real daemon is in web-real.test.ts.
 */
import { beforeEach, expect, test } from "bun:test";
import { FakeClock } from "../../runtime/wire/index.ts";
import { AdaptorFailureError, AdaptorTimeoutError, InvalidParameterError } from "../errors.ts";
import { advance as advanceClock, rejection } from "../test-helpers.ts";
import { MemoryFileSystem, MemoryHttp, MemoryProcessRunner } from "../supervisor/index.ts";
import { WebAdaptor } from "./web-adaptor.ts";

const STATE = "/var/lib/lama/web";
const CONF = `${STATE}/nginx.conf`;
const CONFIG_URL = "http://127.0.0.1:8080/.lama/config";

let clock: FakeClock;
let runner: MemoryProcessRunner;
let files: MemoryFileSystem;
let http: MemoryHttp;
/** What `nginx -t` refuses, by a text the config contains. */
let refuse: string | undefined;

beforeEach(() => {
  clock = new FakeClock();
  runner = new MemoryProcessRunner();
  files = new MemoryFileSystem();
  http = new MemoryHttp();
  refuse = undefined;
  runner.onSpawn = (p) => {
    if (!p.argv.includes("-t")) return;
    if (refuse && (files.files.get(CONF) ?? "").includes(refuse)) {
      p.print(`nginx: [emerg] "${refuse}" is invalid\n`, "stderr");
      p.end(1);
    } else p.end(0);
  };
});

function make(root = true): WebAdaptor {
  return new WebAdaptor({ name: "web", stateDir: STATE, stopTimeoutMs: 1000, readyTimeoutMs: 2000 }, { runner, clock, files, probes: { http: http.probe }, root, makeDir: async () => {} });
}

const advance = (ms: number): Promise<void> => advanceClock(clock, ms);
/** The id the config on disk answers at /.lama/config. */
const servedId = (): string => /return 200 "(lama-config [0-9a-f]+)/.exec(files.files.get(CONF)!)![1]!;
/** nginx serving whatever config is on disk now. */
const serveCurrent = (): void => http.answer(CONFIG_URL, 200, `${servedId()}\n`);

test("start renders a complete config, checks it, runs nginx in the foreground, ready when it answers this rendering", async () => {
  const a = make();
  const starting = a.start({ root: "/srv/www", port: "8080", serverName: "www.example" });
  await advance(50);
  serveCurrent();
  await advance(150);
  const r = await starting;
  expect(r.message).toMatch(/^started pid \d+ with serverName=www\.example root=\/srv\/www port=8080 bind=0\.0\.0\.0$/);
  expect(runner.spawned.map((p) => p.argv.join(" "))).toEqual([`/usr/sbin/nginx -t -q -e stderr -c ${CONF}`, `/usr/sbin/nginx -e stderr -c ${CONF}`]);
  const conf = files.files.get(CONF)!;
  for (const line of ["daemon off;", "user www-data;", `pid ${STATE}/nginx.pid;`, "server_name www.example;", "root /srv/www;", "listen 0.0.0.0:8080;", "allow 127.0.0.1;"]) {
    expect(conf).toContain(line);
  }
  expect(http.requests[0]).toBe(CONFIG_URL);
});

test("not root: no user line", async () => {
  const a = make(false);
  const starting = a.start({ root: "/srv/www", port: "8080" });
  await advance(50);
  serveCurrent();
  await advance(150);
  await starting;
  expect(files.files.get(CONF)).not.toContain("user ");
});

test("Set re-renders, checks and reloads the same master with SIGHUP; ready only once the new rendering answers", async () => {
  const a = make();
  const starting = a.start({ root: "/srv/www", port: "8080" });
  await advance(50);
  serveCurrent();
  await advance(150);
  await starting;
  const oldId = servedId();
  const setting = a.set({ root: "/srv/other" });
  await advance(300);
  // The old rendering still answers: not ready yet.
  expect(servedId()).not.toBe(oldId);
  serveCurrent();
  await advance(150);
  const r = await setting;
  expect(r.message).toMatch(/^reloaded pid \d+ with root=\/srv\/other \(was root=\/srv\/www\)$/);
  expect(runner.last.argv).toContain("-t");
  expect(runner.spawned.filter((p) => !p.argv.includes("-t"))[0]!.signals).toEqual(["SIGHUP"]);
  expect(a.status().params.root).toBe("/srv/other");
});

test("a config nginx -t refuses is never signalled; the old file is kept", async () => {
  const a = make();
  const starting = a.start({ root: "/srv/www", port: "8080" });
  await advance(50);
  serveCurrent();
  await advance(150);
  await starting;
  const before = files.files.get(CONF);
  refuse = "server_name *;";
  const e = await rejection(a.set({ serverName: "*" }));
  expect(e).toBeInstanceOf(AdaptorFailureError);
  expect(e.message).toMatch(/^web refused serverName=\* \(was serverName=_\): .*refused by its check/);
  expect(files.files.get(CONF)).toBe(before);
  expect(runner.spawned.filter((p) => !p.argv.includes("-t"))[0]!.signals).toEqual([]);
});

test("a reload that never serves the new rendering is rolled back: old file, SIGHUP again", async () => {
  const a = make();
  const starting = a.start({ root: "/srv/www", port: "8080" });
  await advance(50);
  serveCurrent();
  await advance(150);
  await starting;
  const before = files.files.get(CONF);
  const setting = rejection(a.set({ root: "/srv/broken" }));
  await advance(2100);
  const e = await setting;
  expect(e).toBeInstanceOf(AdaptorTimeoutError);
  expect(e.message).toMatch(/did not come up with root=\/srv\/broken .*rolled back to .*root=\/srv\/www.*reloaded pid/);
  expect(files.files.get(CONF)).toBe(before);
  expect(runner.spawned.filter((p) => !p.argv.includes("-t"))[0]!.signals).toEqual(["SIGHUP", "SIGHUP"]);
  expect(a.status()).toMatchObject({ state: "running", params: { root: "/srv/www" } });
});

test("status reports what is served and nginx's request counts", async () => {
  const a = make();
  const starting = a.start({ root: "/srv/www", port: "8080", serverName: "www.example" });
  await advance(50);
  serveCurrent();
  await advance(150);
  await starting;
  http.answer("http://127.0.0.1:8080/.lama/status", 200, "Active connections: 3 \nserver accepts handled requests\n 10 10 42 \nReading: 0 Writing: 1 Waiting: 2 \n");
  expect(await a.requestCounts()).toMatchObject({ requests: 42, active: 3 });
  expect(a.status().detail).toMatch(/serving \/srv\/www as www\.example on 0\.0\.0\.0:8080; 42 requests, 3 connections open$/);
});

test("bad parameters are refused before anything runs", async () => {
  const a = make();
  for (const [params, message] of [
    [{ port: "8080" }, /"root" is required/],
    [{ root: "/srv/$www", port: "8080" }, /"root".*does not match the pattern/],
    [{ root: "/srv/www", port: "8080", bind: "web.example" }, /"bind": "web\.example" is not an IP address/],
  ] as const) {
    const e = await rejection(a.start(params));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(e.message).toMatch(message);
  }
  expect(runner.spawned).toEqual([]);
});

test("without its own stateDir, the instance lives in <the agent's state directory>/<name>", async () => {
  const a = new WebAdaptor({ name: "web" }, { runner, clock, files, probes: { http: http.probe }, stateDir: "/run/lama/node-7", makeDir: async () => {} });
  void a.start({ root: "/srv/www", port: "8080" }).catch(() => {});
  await advance(50);
  expect(runner.spawned[0]!.argv).toEqual(["/usr/sbin/nginx", "-t", "-q", "-e", "stderr", "-c", "/run/lama/node-7/web/nginx.conf"]);
  expect(files.files.get("/run/lama/node-7/web/nginx.conf")).toContain("pid /run/lama/node-7/web/nginx.pid;");
  await a.stop();
});
