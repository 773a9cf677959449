/**
 * The icecast adaptor's pure parts: the rendered config against golden files,
 * the status parsers against captures of icecast 2.4.4's answers, relayFrom,
 * the account lookup, and the feeder's MPEG frames.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { InvalidParameterError } from "../errors.ts";
import { validateParams } from "../params.ts";
import { chooseAccount } from "./accounts.ts";
import { framesDue, isPadded, silentFrame, sourceRequest, statusCodeOf } from "./feeder.ts";
import { ICECAST_PARAMS, parseRelayFrom } from "./params.ts";
import { renderIcecastXml, xmlEscape } from "./render.ts";
import { isServing, parseAdminStats, parseIsoOffset, parseStatusJson } from "./status.ts";

const testdata = (name: string): string => readFileSync(join(import.meta.dir, "testdata", name), "utf8");

const BASE = {
  bind: "0.0.0.0",
  port: 8000,
  mount: "/live",
  sourcePassword: `s<&>'"`,
  adminPassword: "adminSecret123456",
  maxListeners: 750,
  bitrateKbps: 128,
  retrySeconds: 2,
  burstBytes: 65535,
  logDir: "/var/lib/lama/n1/radio/log",
  shareDir: "/usr/share/icecast2",
  serverId: "lama-0123456789ab",
};

describe("renderIcecastXml", () => {
  test("a source, golden", () => {
    expect(renderIcecastXml(BASE)).toBe(testdata("source.xml"));
  });

  test("a relay dropping root, golden", () => {
    const relay = { ...BASE, sourcePassword: "adminSecret123456", relayFrom: { host: "198.18.0.2", port: 8000, mount: "/live" }, changeOwner: { user: "icecast2", group: "icecast" } };
    expect(renderIcecastXml(relay)).toBe(testdata("relay-as-root.xml"));
  });

  test("every value is escaped: a value cannot add an element", () => {
    const xml = renderIcecastXml({ ...BASE, sourcePassword: "</source-password><relay><server>evil" });
    expect(xml).not.toContain("<relay>");
    expect(xmlEscape(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
  });
});

describe("status", () => {
  const RELAY = testdata("status-relay.json");
  const EMPTY = testdata("status-empty.json");

  test("a relay connected to its source", () => {
    const s = parseStatusJson(RELAY)!;
    expect(s).toEqual({ serverId: "lama-e6d576d41897", mounts: [{ mount: "/live", listeners: 0, streamStartMs: Date.UTC(2026, 11, 2, 10, 9, 8) }] });
    expect(isServing(s, { serverId: "lama-e6d576d41897", mount: "/live" })).toBe(true);
    expect(isServing(s, { serverId: "lama-other", mount: "/live" })).toBe(false);
    expect(isServing(s, { serverId: "lama-e6d576d41897", mount: "/other" })).toBe(false);
  });

  test("no source: icecast up, the mount not served", () => {
    const s = parseStatusJson(EMPTY)!;
    expect(s.mounts).toEqual([]);
    expect(isServing(s, { serverId: s.serverId, mount: "/live" })).toBe(false);
  });

  test("several sources come as an array", () => {
    const doc = JSON.parse(RELAY);
    const one = doc.icestats.source;
    doc.icestats.source = [one, { ...one, listenurl: "http://localhost:8000/other", listeners: 4 }];
    expect(parseStatusJson(JSON.stringify(doc))!.mounts.map((m) => [m.mount, m.listeners])).toEqual([["/live", 0], ["/other", 4]]);
  });

  test.each([["empty", ""], ["truncated", "{\"icestats\":{"], ["not icecast", "{\"x\":1}"], ["null", "null"], ["an HTML 404", "<html>404</html>"]])("%s is not a status", (_w, text) => {
    expect(parseStatusJson(text)).toBeUndefined();
    expect(isServing(parseStatusJson(text), { serverId: "", mount: "/live" })).toBe(false);
  });

  // A capture of /admin/stats whose byte counters (0 when captured, a second in) were set to non-zero values.
  test("admin stats: the mount's counters", () => {
    expect(parseAdminStats(testdata("admin-stats.xml"), "/live")).toEqual({ listeners: 1, bytesSent: 50153, bytesRead: 49684 });
    expect(parseAdminStats(testdata("admin-stats.xml"), "/nope")).toBeUndefined();
  });

  test("icecast's ISO time with a colon-less offset", () => {
    expect(parseIsoOffset("2026-12-02T10:01:36+0000")).toBe(Date.UTC(2026, 11, 2, 10, 1, 36));
    expect(parseIsoOffset("2026-12-02T12:01:36+0200")).toBe(Date.UTC(2026, 11, 2, 10, 1, 36));
    expect(parseIsoOffset("yesterday")).toBeUndefined();
  });
});

describe("parameters", () => {
  test("defaults", () => {
    expect(validateParams(ICECAST_PARAMS, {}).canonical).toEqual({
      relayFrom: "",
      port: "8000",
      bind: "0.0.0.0",
      mount: "/live",
      maxListeners: "750",
      bitrate: "128",
      sourcePassword: "",
      retrySeconds: "2",
      burstSize: "65535",
      readyTimeoutMs: "30000",
    });
  });

  test("burstSize is icecast's burst-size, 0 to 256 KiB (its queue is 512 KiB)", () => {
    expect(renderIcecastXml({ ...BASE, burstBytes: 16000 })).toContain("    <burst-size>16000</burst-size>\n");
    expect(renderIcecastXml({ ...BASE, burstBytes: 0 })).toContain("    <burst-size>0</burst-size>\n");
    expect(validateParams(ICECAST_PARAMS, { burstSize: "0" }).canonical.burstSize).toBe("0");
    expect(() => validateParams(ICECAST_PARAMS, { burstSize: "262145" })).toThrow(/burstSize/);
    expect(() => validateParams(ICECAST_PARAMS, { burstSize: "-1" })).toThrow(/burstSize/);
  });

  test.each([
    ["198.18.0.2:8000/live", "/x", { host: "198.18.0.2", port: 8000, mount: "/live" }],
    ["source.pool:8001", "/x", { host: "source.pool", port: 8001, mount: "/x" }],
    ["[fd00::2]:8000/a/b", "/x", { host: "fd00::2", port: 8000, mount: "/a/b" }],
  ])("relayFrom %s", (raw, local, want) => {
    expect(parseRelayFrom(raw, local)).toEqual(want);
  });

  test("relayFrom empty is source mode", () => {
    expect(parseRelayFrom("", "/live")).toBeUndefined();
  });

  test.each(["nohost", "host:port", "999.1.1.1:80", "h:0", "h:70000/live"])("relayFrom %s is refused naming the parameter", (raw) => {
    const e = (() => {
      try {
        parseRelayFrom(raw, "/live");
      } catch (e) {
        return e;
      }
    })();
    expect(e).toBeInstanceOf(InvalidParameterError);
    expect((e as InvalidParameterError).parameter).toBe("relayFrom");
  });
});

describe("accounts", () => {
  const passwd = "root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\nicecast2:x:102:106::/usr/share/icecast2:/usr/sbin/nologin\n";
  const group = "root:x:0:\nicecast:x:106:\nnogroup:x:65534:\n";

  test("Debian's icecast2 user and its primary group first, then nobody", () => {
    expect(chooseAccount(passwd, group)).toEqual({ user: "icecast2", group: "icecast", uid: 102, gid: 106 });
    expect(chooseAccount(passwd.replace(/^icecast2.*$/m, ""), group)).toEqual({ user: "nobody", group: "nogroup", uid: 65534, gid: 65534 });
    expect(chooseAccount(passwd, group, { user: "nobody", group: "icecast" })).toEqual({ user: "nobody", group: "icecast", uid: 65534, gid: 106 });
  });

  test("a missing user says what to do", () => {
    expect(() => chooseAccount(passwd, group, { user: "radio" })).toThrow(/user "radio" not found in \/etc\/passwd; icecast will not run as root, so name an unprivileged user/);
  });
});

describe("feeder frames", () => {
  test("a 128 kbit/s frame: MPEG-1 layer III header, 417 bytes, 418 padded", () => {
    const f = silentFrame(128, false);
    expect([...f.slice(0, 4)]).toEqual([0xff, 0xfb, 0x90, 0xc0]);
    expect(f.length).toBe(417);
    expect(silentFrame(128, true).length).toBe(418);
    expect(silentFrame(128, true)[2]).toBe(0x92);
  });

  test("padding keeps the long-run rate exact: 16000 bytes per second at 128 kbit/s", () => {
    const frames = Math.round((44_100 / 1152) * 60); // a minute
    let bytes = 0;
    for (let n = 0; n < frames; n++) bytes += isPadded(128, n) ? 418 : 417;
    const seconds = (frames * 1152) / 44_100;
    expect(Math.abs(bytes / seconds - 16_000)).toBeLessThan(1);
  });

  test("frames due follow real time", () => {
    expect(framesDue(0)).toBe(1);
    expect(framesDue(1000)).toBe(39); // 38.28 frames per second, the first sent at once
  });

  test("an unsupported bitrate is refused", () => {
    expect(() => silentFrame(100, false)).toThrow(/bitrate 100 kbit\/s has no MPEG-1 Layer III frame/);
  });

  test("the source request is a PUT with Basic auth", () => {
    expect(sourceRequest("127.0.0.1", 8000, "/live", "pw")).toBe(
      "PUT /live HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nAuthorization: Basic c291cmNlOnB3\r\nContent-Type: audio/mpeg\r\nIce-Public: 0\r\nIce-Name: lama feeder\r\n\r\n",
    );
    expect(statusCodeOf("HTTP/1.0 200 OK")).toBe(200);
    expect(statusCodeOf("garbage")).toBeUndefined();
  });
});
