/**
 * The nginx adaptor against the real nginx (Debian's 1.22) on 127.0.0.1, on a port
 * chosen free at run time. Needs root (nginx's workers drop to www-data, as on a
 * node) and /usr/sbin/nginx; otherwise the suite is skipped and says why. Every
 * nginx this file starts is killed by process group in afterAll, also when a test
 * fails.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AdaptorFailureError, AdaptorTimeoutError, InvalidParameterError } from "../errors.ts";
import { alive, firstLine, freePort, rejection, trackingRunner } from "../test-helpers.ts";
import { DEFAULT_NGINX, WebAdaptor } from "./web-adaptor.ts";

const skipReason = process.getuid?.() !== 0 ? "not root" : !existsSync(DEFAULT_NGINX) ? `${DEFAULT_NGINX} missing (apt-get install nginx-light)` : "";
/** Each test stays well under this; the whole file takes a few seconds. */
const TEST_MS = 15_000;
/** Short, so the rollback of a reload that never comes up is quick. */
const READY_MS = 1_500;
const pids: number[] = [];
/** The real runner, remembering every pid so nothing outlives the test. */
const tracking = trackingRunner((pid) => pids.push(pid));

describe.skipIf(skipReason !== "")(`nginx against the real nginx${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  let dir: string;
  let port: number;
  let url: string;
  let adaptor: WebAdaptor;
  const site = (name: string, text: string): string => {
    const root = join(dir, name);
    mkdirSync(root, { mode: 0o755 });
    writeFileSync(join(root, "index.html"), text, { mode: 0o644 });
    return root;
  };
  const get = async (path = "/"): Promise<string> => (await fetch(`${url}${path}`)).text();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "lama-nginx-"));
    // nginx's workers run as www-data: they must reach the document roots.
    chmodSync(dir, 0o755);
    port = await freePort();
    url = `http://127.0.0.1:${port}`;
    adaptor = new WebAdaptor({ name: "web", stateDir: join(dir, "state"), stopTimeoutMs: 3000, readyTimeoutMs: READY_MS }, { runner: tracking });
  }, TEST_MS);

  afterAll(async () => {
    await adaptor?.stop().catch(() => {});
    for (const pid of pids) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }, TEST_MS);

  test("bad parameters are refused before anything runs", async () => {
    const root = site("unused", "x");
    const cases: [Record<string, string>, RegExp][] = [
      [{ port: String(port) }, /"root" is required/],
      [{ root, port: "0" }, /"port".*out of range/],
      [{ root: "relative/dir", port: String(port) }, /"root".*not an absolute path/],
      [{ root: "/srv/www; include /etc/passwd", port: String(port) }, /"root".*does not match the pattern/],
      [{ root, port: String(port), serverName: "a b" }, /"serverName".*does not match the pattern/],
      [{ root, port: String(port), bind: "localhost" }, /"bind": "localhost" is not an IP address/],
      [{ root, port: String(port), colour: "red" }, /unknown parameter "colour"/],
    ];
    for (const [params, message] of cases) {
      const e = await rejection(adaptor.start(params));
      expect(e).toBeInstanceOf(InvalidParameterError);
      expect(e.message).toMatch(message);
    }
    expect(pids).toEqual([]);
  }, TEST_MS);

  test("starts and serves the document root", async () => {
    const r = await adaptor.start({ root: site("one", "first site\n"), port: String(port), bind: "127.0.0.1", serverName: "www.example" });
    expect(r.message).toMatch(/^started pid \d+/);
    expect(await get()).toBe("first site\n");
    expect(adaptor.status()).toMatchObject({ state: "running", params: { serverName: "www.example", bind: "127.0.0.1", port: String(port) } });
    const counts = await adaptor.requestCounts();
    expect(counts?.requests).toBeGreaterThanOrEqual(1);
    expect(adaptor.status().detail).toMatch(/serving .*\/one as www\.example on 127\.0\.0\.1:\d+; \d+ requests, \d+ connections open/);
  }, TEST_MS);

  test("Set of a new root reloads the same master, which then serves the new files", async () => {
    const master = adaptor.status().pid;
    const t0 = performance.now();
    const r = await adaptor.set({ root: site("two", "second site\n") });
    const ms = performance.now() - t0;
    expect(r.message).toMatch(/^reloaded pid \d+ with root=/);
    expect(adaptor.status().pid).toBe(master!);
    expect(await get()).toBe("second site\n");
    console.log(`nginx: Set root → nginx -t → SIGHUP → new config served in ${ms.toFixed(0)} ms`);
  }, TEST_MS);

  test("a value nginx -t refuses never reaches the running nginx", async () => {
    const master = adaptor.status().pid;
    // Allowed by the parameter's pattern, refused by nginx: 'server name "*" is invalid'.
    const e = await rejection(adaptor.set({ serverName: "*", root: site("three", "third site\n") }));
    expect(e).toBeInstanceOf(AdaptorFailureError);
    expect(e.message).toMatch(/refused serverName=\* .*was refused by its check .*the previous file was kept; still running as pid \d+ with/);
    expect((e as AdaptorFailureError).outputTail).toMatch(/server name "\*" is invalid/);
    expect(adaptor.status()).toMatchObject({ state: "running", pid: master, params: { serverName: "www.example" } });
    expect(await get()).toBe("second site\n");
  }, TEST_MS);

  test("a reload that does not serve the new settings is rolled back: old config, reloaded again", async () => {
    const master = adaptor.status().pid;
    // Passes nginx -t, but the port is taken by another server, so the reloaded nginx cannot serve there.
    const squatter = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response("someone else") });
    const taken = squatter.port;
    let e: Error;
    try {
      e = await rejection(adaptor.set({ port: String(taken), root: site("four", "fourth site\n") }));
    } finally {
      squatter.stop(true);
    }
    expect(e).toBeInstanceOf(AdaptorTimeoutError);
    expect(e.message).toMatch(new RegExp(`did not come up with .*port=${taken}.*rolled back to .*port=${port}.*reloaded pid \\d+`));
    expect(adaptor.status()).toMatchObject({ state: "running", pid: master, params: { port: String(port) } });
    expect(await get()).toBe("second site\n");
  }, TEST_MS);

  test("stops", async () => {
    const r = await adaptor.stop();
    expect(r.message).toMatch(/^stopped pid \d+/);
    expect(adaptor.status().state).toBe("stopped");
    expect(await fetch(url).then(() => "answered", () => "refused")).toBe("refused");
  }, TEST_MS);
});

describe.skipIf(skipReason !== "")(`nginx crash adoption against the real nginx${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  let stateDir: string;
  const started: number[] = [];
  /** The real runner (it can check and attach to a pid left by an earlier agent), noting what it spawns. */
  const adopting = trackingRunner((pid) => started.push(pid), true);
  const site = (name: string, text: string): string => {
    const root = join(stateDir, name);
    mkdirSync(root, { mode: 0o755 });
    writeFileSync(join(root, "index.html"), text, { mode: 0o644 });
    return root;
  };
  const crashAgent = async (name: string, params: Record<string, string>): Promise<{ agent: ReturnType<typeof Bun.spawn>; pid: number }> => {
    const agent = Bun.spawn([process.execPath, join(import.meta.dir, "../supervisor/testdata/crashable-agent.ts"),
      JSON.stringify({ name, type: "nginx", stopTimeoutMs: 3000 }), stateDir, JSON.stringify(params)], { stdout: "pipe", stderr: "inherit", detached: true });
    started.push(agent.pid);
    const line = JSON.parse((await firstLine(agent.stdout as ReadableStream<Uint8Array>)) || "{}") as { pid?: number; error?: string };
    expect(line.error).toBeUndefined();
    started.push(line.pid!);
    process.kill(agent.pid, "SIGKILL");
    await agent.exited;
    return { agent, pid: line.pid! };
  };

  beforeAll(() => {
    stateDir = mkdtempSync(join(tmpdir(), "lama-ngx-"));
    chmodSync(stateDir, 0o755); // the workers (www-data) reach the document roots and their temp files below it
  });
  afterAll(() => {
    for (const pid of started) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
    rmSync(stateDir, { recursive: true, force: true });
  });

  test("an agent killed with SIGKILL: the next one adopts the running nginx, Set reloads it, Stop stops it, Start finds the port free", async () => {
    const port = await freePort();
    const params = { root: site("crash-one", "before the crash\n"), port: String(port), bind: "127.0.0.1" };
    const { pid } = await crashAgent("crash-web", params);
    expect(alive(pid)).toBe(true);
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe("before the crash\n");

    const t0 = performance.now();
    const next = new WebAdaptor({ name: "crash-web", stopTimeoutMs: 3000, readyTimeoutMs: READY_MS }, { runner: adopting, stateDir });
    const recovered = await next.recovered;
    console.log(`nginx: adopted after an agent SIGKILL in ${Math.round(performance.now() - t0)} ms: ${recovered.message}`);
    expect(recovered.message).toMatch(new RegExp(`^adopted pid ${pid} with `));
    expect(next.status()).toMatchObject({ state: "running", pid, params: { port: String(port) } });
    expect((await next.start(params)).noOp).toBe(true);
    const r = await next.set({ root: site("crash-two", "after the crash\n") });
    expect(r.message).toMatch(new RegExp(`^reloaded pid ${pid} with root=`));
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe("after the crash\n");
    expect((await next.stop()).message).toBe(`stopped pid ${pid}`);
    expect(alive(pid)).toBe(false);
    await next.start(params);
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe("before the crash\n");
    await next.stop();
  }, 20_000);

  test("an agent killed with SIGKILL whose nginx now serves another configuration: it is stopped, and Start works", async () => {
    const port = await freePort();
    const params = { root: site("other-one", "one\n"), port: String(port), bind: "127.0.0.1" };
    const { pid } = await crashAgent("other-web", params);
    // The next agent's entry names another program path: the recorded command is not what it would run.
    const next = new WebAdaptor({ name: "other-web", program: "/usr/sbin/../sbin/nginx", stopTimeoutMs: 3000 }, { runner: adopting, stateDir });
    expect((await next.recovered).message).toMatch(new RegExp(`^stopped pid ${pid} left by a previous run: it runs /usr/sbin/nginx .*, not /usr/sbin/../sbin/nginx`));
    expect(alive(pid)).toBe(false);
    await next.start(params);
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe("one\n");
    await next.stop();
  }, 20_000);
});
