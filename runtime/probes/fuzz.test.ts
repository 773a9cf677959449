/**
 * Parsers and the sampler against hostile text: random bytes, every truncation of
 * the real captures, mutated captures and oversized input. Nothing may throw, and
 * nothing NaN or infinite may reach a NodeStatus.
 */
import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { lama } from "../../proto/index.ts";
import { parseDiskstats } from "./diskstats.ts";
import { parseLinkSpeed } from "./link-speed.ts";
import { parseLoadavg } from "./loadavg.ts";
import { parseMeminfo } from "./meminfo.ts";
import { parseMounts } from "./mounts.ts";
import { parseNetDev } from "./net-dev.ts";
import { loadFixture, memoryProcSource } from "./proc-source.ts";
import { parseProcStat } from "./proc-stat.ts";
import { Sampler } from "./sampler.ts";
import { PROC_PATHS } from "./snapshot.ts";

const FIX = join(import.meta.dir, "fixtures");
const read = (p: string) => readFileSync(join(FIX, p), "utf8");

/** Deterministic xorshift32, so a failure can be replayed. */
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}

const ALPHABET = "0123456789 \t\n:|/.-abcdefxyzcpuethloFFkB\\\0\r";
function randomText(r: () => number, len: number, alphabet = true): string {
  let s = "";
  for (let i = 0; i < len; i++) {
    s += alphabet ? ALPHABET[Math.floor(r() * ALPHABET.length)] : String.fromCharCode(Math.floor(r() * 0x10000));
  }
  return s;
}

const PARSERS: Array<[string, (text: string) => unknown, string]> = [
  ["parseNetDev", parseNetDev, "linux-2.6.32-i686/t0/proc/net/dev"],
  ["parseProcStat", parseProcStat, "linux-6.18/t0/proc/stat"],
  ["parseMeminfo", parseMeminfo, "linux-6.18/t0/proc/meminfo"],
  ["parseLoadavg", parseLoadavg, "linux-6.18/t0/proc/loadavg"],
  ["parseDiskstats", parseDiskstats, "linux-6.18/t0/proc/diskstats"],
  ["parseMounts", parseMounts, "linux-2.6.32-i686/t0/proc/mounts"],
  ["parseLinkSpeed", parseLinkSpeed, "linux-2.6.32-i686/t0/sys/class/net/eth0/speed"],
];

test.each(PARSERS)("%s survives every truncation of a real capture", (_name, parse, fixture) => {
  const text = read(fixture);
  for (let n = 0; n <= text.length; n++) expect(() => parse(text.slice(0, n))).not.toThrow();
});

test.each(PARSERS)("%s survives random text", (_name, parse) => {
  const r = rng(0x1a3a);
  for (let i = 0; i < 400; i++) {
    const text = randomText(r, Math.floor(r() * 600), i % 2 === 0);
    expect(() => parse(text)).not.toThrow();
  }
});

test.each(PARSERS)("%s survives mutated captures", (_name, parse, fixture) => {
  const r = rng(0xbeef);
  const text = read(fixture);
  for (let i = 0; i < 300; i++) {
    const chars = [...text];
    for (let k = 0; k < 1 + Math.floor(r() * 8); k++) chars[Math.floor(r() * chars.length)] = ALPHABET[Math.floor(r() * ALPHABET.length)]!;
    expect(() => parse(chars.join(""))).not.toThrow();
  }
});

test.each(PARSERS)("%s survives oversized input", (_name, parse, fixture) => {
  const text = read(fixture);
  expect(() => parse(text.repeat(Math.ceil(1_000_000 / text.length)))).not.toThrow();
  expect(() => parse("9".repeat(1_000_000))).not.toThrow();
  expect(() => parse(" ".repeat(500_000) + "x")).not.toThrow();
  expect(() => parse("cpu " + "1 ".repeat(200_000))).not.toThrow();
});

/** Every number in a NodeStatus, with where it is. */
function numbers(v: unknown, path = "status"): Array<[string, number]> {
  if (typeof v === "number") return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => numbers(x, `${path}[${i}]`));
  if (v && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => numbers(x, `${path}.${k}`));
  return [];
}

function expectSane(s: lama.v1.INodeStatus) {
  for (const [path, n] of numbers(s)) {
    if (!Number.isFinite(n) || n < 0) throw new Error(`${path} is ${n}`);
  }
  for (const f of [s.cpu!.busy!, s.cpu!.idle!, ...s.cpu!.perCpuBusy!, ...s.disks!.map((d) => d.busy!)]) {
    if (f > 1) throw new Error(`fraction ${f} above 1`);
  }
}

test("the sampler turns garbage in every file into a finite, non-negative status", () => {
  const r = rng(7);
  const base = loadFixture(join(FIX, "linux-2.6.32-i686/t0"));
  const source = memoryProcSource(base);
  const sampler = new Sampler({ serviceId: "fuzz", source, linkSpeedBps: 1e9 });
  const paths = [PROC_PATHS.netDev, PROC_PATHS.stat, PROC_PATHS.meminfo, PROC_PATHS.loadavg, PROC_PATHS.diskstats, "/proc/mounts", "/sys/class/net/eth0/speed", "/sys/class/net/eth0/type"];
  let now = 0;
  for (let i = 0; i < 300; i++) {
    source.load(base);
    for (const p of paths) {
      const roll = r();
      if (roll < 0.2) source.set(p, randomText(r, Math.floor(r() * 400)));
      else if (roll < 0.3) source.set(p, undefined);
      else if (roll < 0.45) source.set(p, (base.files![p] ?? "").slice(0, Math.floor(r() * 400)));
    }
    now += Math.floor(r() * 3000) - 500; // sometimes backwards
    expectSane(sampler.sample(now));
  }
});
