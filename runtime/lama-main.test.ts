import { afterAll, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lamaMain } from "./lama-main.ts";
import { parsePoolKey, VERSION } from "./wire/index.ts";

function capture() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } };
}

test("lama keygen prints a key that parses", async () => {
  const { out, io } = capture();
  expect(await lamaMain(["keygen"], io)).toBe(0);
  expect(parsePoolKey(out.stdout).length).toBe(32);
});

const dir = mkdtempSync(join(tmpdir(), "lama-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, "bad.key"), "short");

test.each([
  [["run", "--key-file", join(dir, "none.key"), "--service-id", "x"], `pool key file ${join(dir, "none.key")} not found; create one with 'lama keygen > ${join(dir, "none.key")}'`],
  [["run", "--key-file", join(dir, "bad.key"), "--service-id", "x"], "pool key file"],
  [["run", "--service-id", "x"], "no pool key given"],
  [["run", "--bogus"], "Unknown option '--bogus'"],
  [["run", "--grand", "nowhere"], "--grand 'nowhere' is not an IPv4 address with port"],
  [["run", "--no-multicast", "--service-id", "x"], "--no-multicast needs at least one --grand"],
  [["run", "--lease-ms", "1000", "--renew-ms", "600", "--service-id", "x"], "--renew-ms 600 must be at most half of --lease-ms 1000"],
  [["run", "--service-id", "bad id"], "service id 'bad id' is not allowed"],
  [["frobnicate"], "unknown command 'frobnicate'"],
])("lama %j exits 2 with one line saying what is wrong", async (argv, message) => {
  const { out, io } = capture();
  expect(await lamaMain(argv, { ...io }, )).toBe(2);
  expect(out.stderr).toContain(message);
  expect(out.stderr.trim().split("\n").length).toBe(1);
});

test("--help on every command, --version matches package.json", async () => {
  for (const argv of [["--help"], ["keygen", "--help"]]) {
    const { out, io } = capture();
    expect(await lamaMain(argv, io)).toBe(0);
    expect(out.stdout).toContain("Usage:");
  }
  const pkg = JSON.parse(readFileSync(join(import.meta.dir, "../package.json"), "utf8"));
  expect(VERSION).toBe(pkg.version);
});
