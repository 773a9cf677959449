import { afterAll, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CpioEntry } from "./cpio.ts";
import { buildInitramfs, initramfsSegments } from "./initramfs.ts";

const tmp = mkdtempSync(join(tmpdir(), "lama-initramfs-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const enc = new TextEncoder();
const ENTRIES: CpioEntry[] = [
  { path: "usr", type: "dir", mode: 0o755 },
  { path: "usr/bin", type: "dir", mode: 0o755 },
  { path: "usr/bin/lama", type: "file", mode: 0o755, data: enc.encode("the agent\n") },
  { path: "etc", type: "dir", mode: 0o755 },
  { path: "etc/lama", type: "dir", mode: 0o755 },
  { path: "etc/lama/agent", type: "file", mode: 0o755, data: enc.encode("#!/bin/sh\n") },
  { path: "init", type: "symlink", target: "bin/busybox" },
];

test("the agent archive holds only /usr/bin/lama and its folders; the base archive, first, holds the rest", () => {
  const [base, agent] = initramfsSegments(ENTRIES);
  expect(base!.name).toBe("base");
  expect(base!.entries.map((e) => e.path)).toEqual(["usr", "usr/bin", "etc", "etc/lama", "etc/lama/agent", "init"]);
  expect(agent!.name).toBe("agent");
  expect(agent!.entries.map((e) => e.path)).toEqual(["usr", "usr/bin", "usr/bin/lama"]);
});

test.skipIf(!Bun.which("xz"))("initramfs.img is the two compressed archives back to back, and an unchanged one is reused", async () => {
  const out = join(tmp, "initramfs.img");
  const first = await buildInitramfs(ENTRIES, tmp, out, ["xz", "-0", "--check=crc32", "-T1", "-c"]);
  expect(first.segments.map((s) => [s.name, s.reused])).toEqual([["base", false], ["agent", false]]);
  // xz reads concatenated streams as one: the result is the base archive followed by the agent's.
  const whole = Bun.spawnSync(["xz", "-dc", out]).stdout;
  const base = readFileSync(join(tmp, "initramfs-base.cpio"));
  const agent = readFileSync(join(tmp, "initramfs-agent.cpio"));
  expect(Buffer.compare(whole, Buffer.concat([base, agent]))).toBe(0);
  // newc archives: "070701" headers, each archive ends with its own trailer.
  expect(new TextDecoder().decode(agent.subarray(0, 6))).toBe("070701");
  expect(new TextDecoder().decode(whole).split("TRAILER!!!").length - 1).toBe(2);
  expect(new TextDecoder().decode(agent)).toContain("usr/bin/lama");
  expect(new TextDecoder().decode(agent)).not.toContain("etc/lama/agent");

  const changed = ENTRIES.map((e) => (e.path === "etc/lama/agent" ? { ...e, data: enc.encode("#!/bin/sh\necho changed\n") } : e)) as CpioEntry[];
  const second = await buildInitramfs(changed, tmp, out, ["xz", "-0", "--check=crc32", "-T1", "-c"]);
  expect(second.segments.map((s) => [s.name, s.reused])).toEqual([["base", false], ["agent", true]]);
  expect(readFileSync(out + ".source-sha256", "utf8").split("\n").filter(Boolean).map((l) => l.split(" ")[0])).toEqual(["base", "agent"]);
});
