import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { configAnswer, listenAddress, renderNginxConfig, type WebSettings } from "./render.ts";

const golden = (name: string): string => readFileSync(join(import.meta.dir, "testdata", name), "utf8");

const base: WebSettings = {
  name: "web",
  serverName: "www.example",
  root: "/srv/www",
  port: 80,
  bind: "0.0.0.0",
  stateDir: "/var/lib/lama/web",
  user: "www-data",
  probeFrom: "127.0.0.1",
  configId: "0123456789abcdef",
};

test("as root: workers as www-data; pid, logs and temp files in the state directory; /.lama/ only for the prober", () => {
  expect(renderNginxConfig(base)).toBe(golden("nginx-root.conf"));
});

test("not root: no user line; an IPv6 wildcard listen probed from ::1", () => {
  expect(renderNginxConfig({ ...base, user: undefined, bind: "::", port: 8080, serverName: "_", probeFrom: "::1" })).toBe(golden("nginx-user.conf"));
});

test("the configuration id is what /.lama/config answers", () => {
  expect(renderNginxConfig(base)).toContain(`return 200 "${configAnswer("0123456789abcdef")}\\n";`);
  expect(renderNginxConfig({ ...base, configId: "fedcba9876543210" })).not.toContain("0123456789abcdef");
});

test.each([
  ["0.0.0.0", 80, "0.0.0.0:80"],
  ["::", 8080, "[::]:8080"],
  ["198.18.0.7", 8000, "198.18.0.7:8000"],
])("listen %s %i is %s", (host, port, expected) => {
  expect(listenAddress(host, port)).toBe(expected);
});
