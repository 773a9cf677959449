import { afterAll, expect, test } from "bun:test";
import { join } from "node:path";
import { grandMain } from "./grand-main.ts";
import { Scratch } from "../test/harness/scratch.ts";

const scratch = new Scratch();
afterAll(() => scratch.remove());

function capture() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } };
}

const dir = scratch.dir("grand-cli-");

test.each([
  [["--key-file", join(dir, "none.key")], "not found"],
  [["serve", "--http", "localhost"], "--http 'localhost' is not an IPv4 address with port"],
  [["serve", "--min-lease-ms", "5000", "--max-lease-ms", "1000"], "--min-lease-ms 5000 is above --max-lease-ms 1000"],
  [["serve", "--group", "10.0.0.1"], "not a multicast address"],
  [["serve", "--http", "0.0.0.0:7480"], "--http 0.0.0.0:7480 is not a loopback address, and the API can start and stop programs on every node: give it --api-token-file PATH"],
])("grand %j exits 2 with one line", async (argv, message) => {
  const { out, io } = capture();
  expect(await grandMain(argv, io)).toBe(2);
  expect(out.stderr).toContain(message);
  expect(out.stderr.trim().split("\n").length).toBe(1);
});

test("grand nodes against nothing says where it looked", async () => {
  const { out, io } = capture();
  expect(await grandMain(["nodes", "--api", "http://127.0.0.1:9"], io)).toBe(1);
  expect(out.stderr).toContain("cannot reach grand at http://127.0.0.1:9/api/nodes");
});

test("--help on every command", async () => {
  for (const argv of [["--help"], ["nodes", "--help"]]) {
    const { out, io } = capture();
    expect(await grandMain(argv, io)).toBe(0);
    expect(out.stdout).toContain("Usage:");
  }
});

test("controller-keygen prints a secret, controller-public its public half; a wrong file exits 2 with one line", async () => {
  const { writeFileSync } = await import("node:fs");
  const { controllerSigner, loadSodium, parseControllerPublic, parseControllerSecret } = await import("../runtime/wire/index.ts");
  const gen = capture();
  expect(await grandMain(["controller-keygen"], gen.io)).toBe(0);
  const seed = parseControllerSecret(gen.out.stdout);
  expect(gen.out.stdout).toMatch(/^ctl-secret:[A-Za-z0-9+/]{43}=\n$/);
  const again = capture();
  await grandMain(["controller-keygen"], again.io);
  expect(again.out.stdout).not.toBe(gen.out.stdout);
  const file = join(dir, "controller.secret");
  writeFileSync(file, gen.out.stdout);
  const pub = capture();
  expect(await grandMain(["controller-public", file], pub.io)).toBe(0);
  expect(parseControllerPublic(pub.out.stdout)).toEqual(controllerSigner(await loadSodium(), seed).publicKey);
  for (const [argv, message] of [
    [["controller-public"], "grand controller-public takes the controller secret file"],
    [["controller-public", join(dir, "missing.secret")], "not found; create one with 'grand controller-keygen >"],
  ] as const) {
    const bad = capture();
    expect(await grandMain([...argv], bad.io)).toBe(2);
    expect(bad.out.stderr).toContain(message);
    expect(bad.out.stderr.trim().split("\n").length).toBe(1);
  }
  writeFileSync(join(dir, "pub-as-secret"), pub.out.stdout);
  const swapped = capture();
  expect(await grandMain(["controller-public", join(dir, "pub-as-secret")], swapped.io)).toBe(2);
  expect(swapped.out.stderr).toContain("(this is a public key, not the secret)");
});
