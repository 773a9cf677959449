/**
 * The icecast adaptor's life cycle against the in-memory twins (runner, file
 * system, HTTP probe, fake clock): readiness waits for the mount to be served,
 * which Sets reload and which restart, rollback, Status's counters. The real
 * daemon is in icecast-real.test.ts.
 */
import { afterAll, beforeEach, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeClock } from "../../runtime/wire/index.ts";
import { AdaptorTimeoutError, InvalidParameterError } from "../errors.ts";
import { advance as advanceClock, rejection, settle } from "../test-helpers.ts";
import { MemoryFileSystem, MemoryHttp, MemoryProcessRunner } from "../supervisor/index.ts";
import { IcecastAdaptor, STATS_REFRESH_MS } from "./icecast-adaptor.ts";

const stateDir = mkdtempSync(join(tmpdir(), "lama-icecast-unit-"));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

const STATUS_URL = "http://127.0.0.1:8000/status-json.xsl";
let clock: FakeClock;
let runner: MemoryProcessRunner;
let files: MemoryFileSystem;
let http: MemoryHttp;
let adminXml: string | undefined;
let n = 0;

beforeEach(() => {
  clock = new FakeClock();
  runner = new MemoryProcessRunner();
  files = new MemoryFileSystem();
  http = new MemoryHttp();
  adminXml = undefined;
});

const advance = (ms: number): Promise<void> => advanceClock(clock, ms);

function make(): IcecastAdaptor {
  return new IcecastAdaptor(
    { name: `radio${++n}` },
    { runner, clock, files, probes: { http: http.probe }, stateDir, root: false, fetchText: async () => adminXml },
  );
}

/** The server-id token of the config the adaptor wrote last. */
function token(a: IcecastAdaptor): string {
  const text = files.files.get(`${a.instanceDir}/icecast.xml`)!;
  return /<server-id>([^<]+)<\/server-id>/.exec(text)![1]!;
}

/** Makes icecast answer its status: this token, with or without a source on /live. */
function answer(serverId: string, withSource: boolean): void {
  const source = withSource ? `,"source":{"listeners":2,"listenurl":"http://localhost:8000/live","stream_start_iso8601":"2026-12-02T10:00:00+0000"}` : "";
  http.answer(STATUS_URL, 200, `{"icestats":{"server_id":"${serverId}"${source}}}`);
}

async function startRelay(a: IcecastAdaptor, relayFrom = "198.18.0.2:8000/live"): Promise<void> {
  const starting = a.start({ relayFrom, readyTimeoutMs: "5000" });
  await advance(100);
  answer(token(a), true);
  await advance(200);
  await starting;
}

describe("icecast adaptor (in-memory)", () => {
  test("a relay is ready only once the status JSON shows its mount served", async () => {
    const a = make();
    const starting = a.start({ relayFrom: "198.18.0.2:8000/live", readyTimeoutMs: "5000" });
    await advance(300);
    expect(runner.last.argv).toEqual(["/usr/bin/icecast2", "-c", `${a.instanceDir}/icecast.xml`]);
    answer(token(a), false); // icecast is up, the relay not connected: a 200, but not ready
    await advance(1_000);
    expect(a.status().state).toBe("starting");
    expect(a.status().detail).toContain("showing /live relayed from 198.18.0.2:8000/live");
    answer("lama-someoneelse", true); // another config's answer does not count
    await advance(500);
    expect(a.status().state).toBe("starting");
    answer(token(a), true);
    await advance(200);
    expect((await starting).message).toMatch(/^started pid 1000 with relayFrom=198\.18\.0\.2:8000\/live/);
    expect(a.status().state).toBe("running");
    await a.stop();
  });

  test("a relay whose source never appears fails Start with a timeout, leaving nothing running", async () => {
    const a = make();
    const failing = rejection(a.start({ relayFrom: "198.18.0.2:8000/live", readyTimeoutMs: "2000" }));
    await advance(100);
    answer(token(a), false);
    await advance(2_500);
    const e = await failing;
    expect(e).toBeInstanceOf(AdaptorTimeoutError);
    expect(runner.running).toEqual([]);
  });

  test("Set maxListeners reloads by SIGHUP; Set relayFrom restarts; a dead source is rolled back", async () => {
    const a = make();
    await startRelay(a);
    const first = runner.last;

    const reloading = a.set({ maxListeners: "100" });
    await settle();
    expect(first.signals).toEqual(["SIGHUP"]);
    answer(token(a), true);
    await advance(200);
    expect((await reloading).message).toBe("reloaded pid 1000 with maxListeners=100 (was maxListeners=750)");

    const moving = a.set({ relayFrom: "198.18.0.3:8000/live" });
    await advance(100);
    expect(first.signals).toEqual(["SIGHUP", "SIGTERM"]);
    answer(token(a), true);
    await advance(200);
    expect((await moving).message).toMatch(/^restarted pid 1001 with relayFrom=198\.18\.0\.3:8000\/live/);
    const good = token(a);

    const dead = rejection(a.set({ relayFrom: "198.18.0.9:8000/live" }));
    await advance(100);
    answer(token(a), false); // the new config is read, its source never connects
    await advance(5_100);
    answer(good, true); // the old config, started again, relays again
    await advance(300);
    const e = await dead;
    expect(e).toBeInstanceOf(AdaptorTimeoutError);
    expect(e.message).toMatch(/did not come up with relayFrom=198\.18\.0\.9:8000\/live .*rolled back to relayFrom=198\.18\.0\.3:8000\/live.*running again as pid 1003/);
    expect(a.status()).toMatchObject({ state: "running", pid: 1003, params: { relayFrom: "198.18.0.3:8000/live", maxListeners: "100" } });
    expect(token(a)).toBe(good);
    await a.stop();
  });

  test("Status reports the mount's listeners and bytes sent from the admin stats", async () => {
    const a = make();
    await startRelay(a);
    adminXml = '<icestats><source mount="/live"><listeners>3</listeners><total_bytes_read>10</total_bytes_read><total_bytes_sent>4800</total_bytes_sent></source></icestats>';
    await advance(STATS_REFRESH_MS); // Start's own reply read Status moments ago: the next refresh is due STATS_REFRESH_MS later
    a.status(); // starts a refresh
    await settle();
    expect(a.status().detail).toMatch(/; \/live \(relaying 198\.18\.0\.2:8000\/live\): 3 listeners, 4800 bytes sent$/);
    expect(a.lastCounters()).toEqual({ listeners: 3, bytesSent: 4800, bytesRead: 10 });
    await a.stop();
  });

  test("a source is ready once icecast answers with its config, and needs a password", async () => {
    const a = make();
    const e = await rejection(a.start({}));
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect(runner.spawned).toEqual([]);
    const starting = a.start({ sourcePassword: "pw" });
    await advance(100);
    expect(files.files.get(`${a.instanceDir}/icecast.xml`)).toContain("<source-password>pw</source-password>");
    expect(files.files.get(`${a.instanceDir}/icecast.xml`)).not.toContain("<relay>");
    adminXml = "<icestats><sources>0</sources></icestats>";
    answer(token(a), false);
    await advance(200);
    expect((await starting).noOp).toBe(false);
    await settle();
    expect(a.status().detail).toMatch(/\/live \(source\): no source connected$/);
    await a.stop();
  });
});
