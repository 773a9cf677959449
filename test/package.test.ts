/**
 * The Debian packages and systemd units, on real tools: `scripts/package.ts`
 * builds both .debs from the built executables with dpkg-deb (gzip -1 here, to
 * keep the test quick), twice for lama to prove the bytes repeat; dpkg installs
 * them into a scratch root (`--root`, its maintainer scripts chrootless with
 * $DPKG_ROOT, so the system users are made in that root only); the installed
 * binaries run; and `systemd-analyze verify` checks both units inside that root
 * with nothing to say.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPackages } from "../scripts/package.ts";
import { binariesMissing, ROOT } from "./harness/cluster.ts";

const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const skip = binariesMissing() ?? (has("dpkg-deb") && has("dpkg") ? undefined : "dpkg-deb or dpkg missing; apt-get install dpkg-dev (.ci/run does)");
if (skip) console.log(`skipping package test: ${skip}`);
const noAnalyze = has("systemd-analyze") ? undefined : "systemd-analyze missing; apt-get install systemd (.ci/run does)";
if (!skip && noAnalyze) console.log(`skipping systemd-analyze verify: ${noAnalyze}`);

const run = (cmd: string, args: string[], env?: Record<string, string>) => {
  const r = spawnSync(cmd, args, { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: r.status, out: r.stdout, err: r.stderr };
};

describe.skipIf(!!skip)("Debian packages and systemd units", () => {
  const dir = mkdtempSync(join(tmpdir(), "lama-package-"));
  const root = join(dir, "root");
  let debs: Record<string, string>;

  beforeAll(() => {
    const t0 = performance.now();
    debs = buildPackages({ outDir: join(dir, "a"), compression: "gzip", level: 1, sourceDateEpoch: 1_800_000_000 });
    console.log(`built both packages in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // A scratch root shaped like Debian 12's: merged /usr, an empty dpkg database,
    // and the host's own systemd units so the units' dependencies resolve in it.
    for (const d of ["usr/bin", "usr/sbin", "usr/lib/systemd", "etc", "var/lib/dpkg/info", "var/lib/dpkg/updates"]) mkdirSync(join(root, d), { recursive: true });
    for (const l of ["bin", "sbin", "lib"]) symlinkSync(`usr/${l}`, join(root, l));
    writeFileSync(join(root, "var/lib/dpkg/status"), "");
    if (existsSync("/usr/lib/systemd/system")) cpSync("/usr/lib/systemd/system", join(root, "usr/lib/systemd/system"), { recursive: true, verbatimSymlinks: true });
    const t1 = performance.now();
    // libc6 is not in the scratch root's database, hence --force-depends.
    const r = run("dpkg", [`--root=${root}`, "--force-not-root", "--force-script-chrootless", "--force-depends", "--log=/dev/null", "-i", debs.lama!, debs.grand!]);
    if (r.status !== 0) throw new Error(`dpkg -i into the scratch root failed: ${r.out}${r.err}`);
    console.log(`installed both into a scratch root in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("named and described as Debian expects, with the files in their places", () => {
    for (const name of ["lama", "grand"]) {
      expect(debs[name]).toBe(join(dir, "a", `${name}_${VERSION}_amd64.deb`));
      const info = run("dpkg-deb", ["--field", debs[name]!, "Package", "Version", "Architecture", "Depends"]);
      expect(info.out).toBe(`Package: ${name}\nVersion: ${VERSION}\nArchitecture: amd64\nDepends: libc6 (>= 2.17)\n`);
      const files = run("dpkg-deb", ["--contents", debs[name]!]).out;
      for (const line of files.trim().split("\n")) expect(line).toMatch(/^[-d]r[-w][-x]r-[-x]r-[-x] root\/root .* 2027-01-15 08:00 \.\//);
      const status = run("dpkg", [`--root=${root}`, "-s", name]).out;
      expect(status).toContain("Status: install ok installed");
      expect(status).toContain(`Conffiles:\n /etc/${name}/${name}.json `);
      // lama ships its native addons where /usr/bin/lama loads them in place; grand ships none (one owner per path).
      const addons = files.split("\n").filter((l) => l.includes("./usr/lib/lama/") && l.endsWith(".node")).map((l) => l.slice(l.indexOf("./usr")));
      expect(addons).toEqual(name === "lama" ? ["./usr/lib/lama/node-datachannel-0.33.4.node", "./usr/lib/lama/sodium-native-4.3.3.node"] : []);
    }
    expect(existsSync(join(root, "usr/lib/lama/node-datachannel-0.33.4.node"))).toBe(true);
  });

  test("the same inputs give the same bytes", () => {
    const again = buildPackages({ outDir: join(dir, "b"), compression: "gzip", level: 1, sourceDateEpoch: 1_800_000_000, only: ["lama"] });
    const sum = (p: string) => new Bun.CryptoHasher("sha256").update(readFileSync(p)).digest("hex");
    expect(sum(again.lama!)).toBe(sum(debs.lama!));
  });

  test("the installed binaries run: --version, lama keygen, grand token", () => {
    expect(run(join(root, "usr/bin/lama"), ["--version"]).out.trim()).toBe(`lama ${VERSION}`);
    expect(run(join(root, "usr/bin/grand"), ["--version"]).out.trim()).toBe(`grand ${VERSION}`);
    const key = run(join(root, "usr/bin/lama"), ["keygen"]);
    expect(key.status).toBe(0);
    expect(Buffer.from(key.out.trim(), "base64").length).toBe(32);
    expect(run(join(root, "usr/bin/grand"), ["token"]).out.trim()).toMatch(/^[0-9a-f]{64}$/);
  });

  test("the default configs parse and name the pool key the README says to make", () => {
    for (const [name, args] of [["lama", ["run"]], ["grand", ["serve"]]] as const) {
      const config = join(root, "etc", name, `${name}.json`);
      expect(JSON.parse(readFileSync(config, "utf8"))["key-file"]).toEqual([`/etc/${name}/pool.key`]);
      expect(readFileSync(join(root, "etc", name, "README"), "utf8")).toContain(`/etc/${name}/${name}.json`);
      if (existsSync(`/etc/${name}/pool.key`)) continue; // this host has a real one: do not start against it
      const r = run(join(root, "usr/bin", name), [...args, "--config", config]);
      expect(r.status).toBe(2); // usage / key error: the unit's RestartPreventExitStatus
      expect(r.err).toContain(`/etc/${name}/pool.key`);
    }
  });

  test("units, man pages and system users landed", () => {
    for (const name of ["lama", "grand"]) {
      const unit = readFileSync(join(root, "lib/systemd/system", `${name}.service`), "utf8");
      expect(unit).toContain(`ExecStart=/usr/bin/${name} ${name === "lama" ? "run" : "serve"} --config /etc/${name}/${name}.json`);
      expect(statSync(join(root, "usr/share/man/man1", `${name}.1.gz`)).size).toBeGreaterThan(500);
      expect(readFileSync(join(root, "etc/passwd"), "utf8")).toMatch(new RegExp(`^${name}:x:\\d+:\\d+:`, "m"));
    }
  });

  test.skipIf(!!noAnalyze)("systemd-analyze verify finds nothing to say about either unit", () => {
    // verify runs `man` for Documentation=man:…; point it at the scratch root's pages.
    const r = run("systemd-analyze", ["verify", `--root=${root}`, "lama.service", "grand.service"], { MANPATH: join(root, "usr/share/man"), SYSTEMD_LOG_COLOR: "0" });
    expect(r.out + r.err).toBe("");
    expect(r.status).toBe(0);
  });
});
