/**
 * `npm run package`: Debian packages of the two single executables, built with
 * dpkg-deb from `dist/lama` and `dist/grand` (run `npm run build` first):
 *
 *   dist/packages/lama_<version>_amd64.deb    /usr/bin/lama, lama.service, /etc/lama/lama.json (+ README), man page
 *   dist/packages/grand_<version>_amd64.deb   the same for grand
 *
 * Each installs the binary, its systemd unit (/lib/systemd/system), a sysusers.d
 * entry for the user the unit runs as, a default config in /etc/<name>/ (a
 * conffile; JSON has no comments, so a README beside it explains every key), a
 * man page made from `--help`, the copyright and changelog, and lintian overrides
 * for what a Bun single executable cannot avoid (renderLintianOverrides). The postinst
 * creates the user (systemd-sysusers, honouring $DPKG_ROOT) and reloads systemd;
 * nothing is enabled or started: a node needs its pool key first.
 *
 * Reproducible: every mtime is SOURCE_DATE_EPOCH (default: the last commit's
 * time), modes are set explicitly, owners are root (`--root-owner-group`), and
 * gzip members carry no name or time; the same inputs give the same bytes.
 *
 *   bun scripts/package.ts [--compression xz|gzip|zstd|none] [--level N] [--out DIR] [--bin-dir DIR] [--arch amd64|arm64]
 *
 * `--arch arm64 --bin-dir dist/arm64` packages the arm64 build (scripts/build.ts
 * --target linux-arm64 --outdir dist/arm64) as lama_<version>_arm64.deb; its man
 * page comes from this machine's build in dist/ (the same source, so the same
 * --help). The executables' ELF machine must match the architecture.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { NATIVE_VERSIONS } from "../runtime/wire/index.ts";
import { builtNativeLibs, NATIVE_LIB_DIR } from "./build.ts";

const root = resolve(import.meta.dir, "..");
const packaging = join(root, "packaging");

export type PackageName = "lama" | "grand";
/** Debian architectures we package, with the ELF e_machine of their executables (the ELF specification). */
export const DEB_ARCHES = { amd64: 62, arm64: 183 } as const;
export type DebArch = keyof typeof DEB_ARCHES;

/** What differs between the two packages. */
export const PACKAGES: Record<PackageName, { summary: string; description: string }> = {
  lama: {
    summary: "node agent of a LAMA pool: joins it and runs programs for grand",
    description: "lama runs on every node of a LAMA pool. It finds the controller (grand)\n" +
      "by keyed UDP multicast, keeps the node registered on a lease, reports the\n" +
      "node's load over an authenticated WebRTC data channel, and starts,\n" +
      "reconfigures and stops programs on the node through adaptors when grand\n" +
      "asks.",
  },
  grand: {
    summary: "controller of a LAMA pool: lookup service, leases and reallocation",
    description: "grand is the controller of a LAMA pool. It finds the agents, keeps\n" +
      "them on leases, watches their load, forecasts each pool's demand and\n" +
      "moves nodes in and out of a service; an HTTP API, a dashboard and\n" +
      "Prometheus metrics (/metrics) show the pool.",
  },
};

/**
 * lintian tags that are inherent to a Bun single executable, each with why; shipped
 * as /usr/share/lintian/overrides/<name>.
 */
export function renderLintianOverrides(name: PackageName): string {
  return [
    "# bun build --compile appends the program to the Bun runtime: strip cuts it off",
    "# (a stripped copy runs as plain Bun and prints Bun's version).",
    `${name}: unstripped-binary-or-object [usr/bin/${name}]`,
    "# Built by Bun's and node-datachannel's release builds, which link these",
    "# statically and without PIE/RELRO; we do not compile the runtime ourselves.",
    `${name}: embedded-library libjpeg [usr/bin/${name}]`,
    `${name}: embedded-library srtp [usr/bin/${name}]`,
    `${name}: hardening-no-pie [usr/bin/${name}]`,
    `${name}: hardening-no-relro [usr/bin/${name}]`,
    ...(name === "lama"
      ? [
        "# The native addons in /usr/lib/lama are node-datachannel's and sodium-native's release builds,",
        "# byte for byte as their npm packages publish them (package-lock.json pins their sha512).",
        `lama: embedded-library srtp [usr/lib/lama/node-datachannel-${NATIVE_VERSIONS["node-datachannel"]}.node]`,
        `lama: unstripped-binary-or-object [usr/lib/lama/node-datachannel-${NATIVE_VERSIONS["node-datachannel"]}.node]`,
        `lama: unstripped-binary-or-object [usr/lib/lama/sodium-native-${NATIVE_VERSIONS["sodium-native"]}.node]`,
      ]
      : []),
    "",
  ].join("\n");
}

/** The build's addon files (scripts/build.ts writes them to <binDir>/lib/lama); an error when the build predates them. */
export function nativeLibs(binDir: string): string[] {
  const libs = builtNativeLibs(binDir);
  if (!libs.some((f) => basename(f).startsWith("node-datachannel-"))) {
    throw new Error(`${join(binDir, NATIVE_LIB_DIR)} has no node-datachannel addon; run 'npm run build' (it writes the addons beside the executables)`);
  }
  return libs;
}

/** Lowest glibc the Bun-built executables need (from their dynamic symbol versions). */
export const LIBC_DEPENDS = "libc6 (>= 2.17)";
/**
 * Who the packages name as maintainer: $DEBFULLNAME <$DEBEMAIL>, as Debian's own
 * tools take it; the placeholder (which lintian calls a bogus mail host) otherwise.
 */
export const MAINTAINER = process.env.DEBEMAIL ? `${process.env.DEBFULLNAME ?? "LAMA maintainers"} <${process.env.DEBEMAIL}>` : "LAMA maintainers <lama@localhost>";
export const HOMEPAGE = "https://github.com/lama-cluster/lama";

/** DEBIAN/control. `installedKiB` as dpkg counts it (see installedSizeKiB). */
export function renderControl(name: PackageName, version: string, installedKiB: number, arch: DebArch = "amd64"): string {
  const p = PACKAGES[name];
  const body = p.description.split("\n").map((l) => ` ${l}`).join("\n");
  return [
    `Package: ${name}`,
    `Version: ${version}`,
    `Architecture: ${arch}`,
    `Maintainer: ${MAINTAINER}`,
    `Installed-Size: ${installedKiB}`,
    `Depends: ${LIBC_DEPENDS}`,
    "Section: admin",
    "Priority: optional",
    `Homepage: ${HOMEPAGE}`,
    `Description: ${p.summary}`,
    body,
    "",
  ].join("\n");
}

/** Escapes text for roff: backslashes, and a line starting with "." or "'" that would be a request. */
export function roffEscape(text: string): string {
  return text.split("\n").map((l) => l.replace(/\\/g, "\\e").replace(/^([.'])/, "\\&$1")).join("\n");
}

/** A man page whose body is the program's --help text, verbatim. */
export function renderManPage(name: PackageName, version: string, date: string, help: string): string {
  return [
    `.TH ${name.toUpperCase()} 1 "${date}" "${name} ${version}" "LAMA"`,
    ".SH NAME",
    `${name} \\- ${roffEscape(PACKAGES[name].summary)}`,
    ".SH DESCRIPTION",
    roffEscape(PACKAGES[name].description.replace(/\n/g, " ")),
    ".SH USAGE",
    "The text of",
    `.B ${name} \\-\\-help:`,
    ".PP",
    ".nf",
    roffEscape(help.trimEnd()),
    ".fi",
    ".SH FILES",
    `.TP\n/etc/${name}/${name}.json\nsettings read by ${name}.service (see /etc/${name}/README)`,
    `.TP\n/lib/systemd/system/${name}.service\nthe systemd unit`,
    ".SH SEE ALSO",
    name === "lama" ? ".BR grand (1)" : ".BR lama (1)",
    "",
  ].join("\n");
}

/** The copyright file in machine-readable format. */
export function renderCopyright(year: string): string {
  return [
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
    "Upstream-Name: lama",
    `Source: ${HOMEPAGE}`,
    "",
    "Files: *",
    `Copyright: ${year} LAMA contributors`,
    "License: MIT",
    " Permission is hereby granted, free of charge, to any person obtaining a copy",
    " of this software and associated documentation files (the \"Software\"), to deal",
    " in the Software without restriction, including without limitation the rights",
    " to use, copy, modify, merge, publish, distribute, sublicense, and/or sell",
    " copies of the Software, and to permit persons to whom the Software is",
    " furnished to do so, subject to the following conditions:",
    " .",
    " The above copyright notice and this permission notice shall be included in",
    " all copies or substantial portions of the Software.",
    " .",
    " THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR",
    " IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,",
    " FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE",
    " AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER",
    " LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,",
    " OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE",
    " SOFTWARE.",
    "",
  ].join("\n");
}

/** A native package's changelog, one entry for this version. */
export function renderChangelog(name: PackageName, version: string, rfc2822Date: string): string {
  return `${name} (${version}) unstable; urgency=medium\n\n  * Built from the LAMA tree by scripts/package.ts.\n\n -- ${MAINTAINER}  ${rfc2822Date}\n`;
}

/**
 * postinst: create the unit's system user (sysusers.d entry) and reload systemd.
 * Honours $DPKG_ROOT, so an install into another root (dpkg --root
 * --force-script-chrootless) touches only that root.
 */
export function renderPostinst(name: PackageName): string {
  return `#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
  # The user ${name}.service runs as (/usr/lib/sysusers.d/${name}.conf).
  if command -v systemd-sysusers >/dev/null 2>&1; then
    systemd-sysusers \${DPKG_ROOT:+--root="$DPKG_ROOT"} ${name}.conf
  fi
  if [ -z "\${DPKG_ROOT:-}" ] && [ -d /run/systemd/system ]; then
    systemctl --system daemon-reload >/dev/null || true
  fi
fi
exit 0
`;
}

/** postrm: forget the unit after removal (the user and its /var/lib directory stay, as Debian does for system users). */
export function renderPostrm(): string {
  return `#!/bin/sh
set -e
if [ "$1" = "remove" ] || [ "$1" = "purge" ]; then
  if [ -z "\${DPKG_ROOT:-}" ] && [ -d /run/systemd/system ]; then
    systemctl --system daemon-reload >/dev/null || true
  fi
fi
exit 0
`;
}

/** Installed-Size as dpkg-gencontrol computes it: 1 KiB per directory and file, rounded up. */
export function installedSizeKiB(sizes: number[], directories: number): number {
  return sizes.reduce((a, s) => a + Math.max(1, Math.ceil(s / 1024)), 0) + directories;
}

function write(path: string, content: string | Uint8Array, mode: number): void {
  mkdirSync(resolve(path, ".."), { recursive: true });
  writeFileSync(path, content);
  chmodSync(path, mode);
}

/** Gzip with no name, no time and the highest level: the same bytes every run. */
const gzip = (text: string) => gzipSync(Buffer.from(text), { level: 9 });

/** Every file and directory under `dir`, depth first. */
function walk(dir: string): { files: string[]; dirs: string[] } {
  const files: string[] = [];
  const dirs: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const sub = walk(p);
      dirs.push(...sub.dirs, p);
      files.push(...sub.files);
    } else files.push(p);
  }
  return { files, dirs };
}

export interface BuildOptions {
  /** Where dist/lama and dist/grand are (default dist). */
  binDir?: string;
  /** Where the .debs go (default dist/packages). */
  outDir?: string;
  /** dpkg-deb's -Z (default: dpkg-deb's own, xz). */
  compression?: "xz" | "gzip" | "zstd" | "none";
  /** dpkg-deb's -z. */
  level?: number;
  /** Seconds since the epoch for every mtime (default $SOURCE_DATE_EPOCH, else the last commit's time). */
  sourceDateEpoch?: number;
  only?: PackageName[];
  /** The executables' architecture (default amd64). */
  arch?: DebArch;
  /** Where a build this machine runs is, for --help (default binDir for amd64, dist for another architecture). */
  helpDir?: string;
}

function defaultEpoch(): number {
  const env = process.env.SOURCE_DATE_EPOCH;
  if (env !== undefined) {
    if (!/^\d+$/.test(env)) throw new Error(`SOURCE_DATE_EPOCH='${env}' is not a whole number of seconds since 1970`);
    return Number(env);
  }
  const r = spawnSync("git", ["log", "-1", "--format=%ct"], { cwd: root, encoding: "utf8" });
  return r.status === 0 && /^\d+/.test(r.stdout) ? Number(r.stdout.trim()) : 0;
}

/** e_machine of an ELF file (its bytes 18-19), read without reading the 120 MB executable. */
function readElfMachine(path: string): number {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(20);
    readSync(fd, head, 0, 20, 0);
    return head.readUInt16LE(18);
  } finally {
    closeSync(fd);
  }
}

/** Builds the packages; returns each .deb's path. */
export function buildPackages(opts: BuildOptions = {}): Record<string, string> {
  const binDir = resolve(root, opts.binDir ?? "dist");
  const arch = opts.arch ?? "amd64";
  if (!(arch in DEB_ARCHES)) throw new Error(`--arch ${arch}: use ${Object.keys(DEB_ARCHES).join(" or ")}`);
  const helpDir = resolve(root, opts.helpDir ?? (arch === "amd64" ? binDir : "dist"));
  const outDir = resolve(root, opts.outDir ?? "dist/packages");
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
  const epoch = opts.sourceDateEpoch ?? defaultEpoch();
  const when = new Date(epoch * 1000);
  const day = when.toISOString().slice(0, 10);
  const rfc2822 = when.toUTCString().replace("GMT", "+0000");
  mkdirSync(outDir, { recursive: true });
  const out: Record<string, string> = {};
  for (const name of opts.only ?? (["lama", "grand"] as PackageName[])) {
    const bin = join(binDir, name);
    if (!existsSync(bin)) throw new Error(`${bin} not found; run 'npm run build' first`);
    const machine = readElfMachine(bin);
    if (machine !== DEB_ARCHES[arch]) {
      throw new Error(`${bin} is not an ${arch} executable (ELF machine ${machine}, ${arch} is ${DEB_ARCHES[arch]}); build it with 'bun scripts/build.ts --target linux-${arch === "amd64" ? "x64" : "arm64"}'`);
    }
    const helpBin = join(helpDir, name);
    const help = spawnSync(helpBin, ["--help"], { encoding: "utf8" });
    if (help.status !== 0) throw new Error(`${helpBin} --help failed (status ${help.status}): ${help.stderr || help.error?.message}`);
    const stage = join(outDir, `.stage-${name}`);
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(join(stage, "usr/bin"), { recursive: true });
    copyFileSync(bin, join(stage, "usr/bin", name));
    chmodSync(join(stage, "usr/bin", name), 0o755);
    // lama's native addons, loaded in place from /usr/lib/lama instead of Bun's copy of the embedded ones
    // in /tmp (runtime/wire/native-lib.ts). Only lama ships them: two packages cannot own one path, and
    // grand, on a server with a disk, finds them here when both are installed or else uses its own copy.
    if (name === "lama") for (const lib of nativeLibs(binDir)) write(join(stage, "usr/lib/lama", basename(lib)), readFileSync(lib), 0o644);
    write(join(stage, "lib/systemd/system", `${name}.service`), readFileSync(join(packaging, `${name}.service`)), 0o644);
    write(join(stage, "usr/lib/sysusers.d", `${name}.conf`), readFileSync(join(packaging, "sysusers", `${name}.conf`)), 0o644);
    write(join(stage, "etc", name, `${name}.json`), readFileSync(join(packaging, "etc", `${name}.json`)), 0o644);
    write(join(stage, "etc", name, "README"), readFileSync(join(packaging, "etc", `${name}.README`)), 0o644);
    write(join(stage, "usr/share/man/man1", `${name}.1.gz`), gzip(renderManPage(name, version, day, help.stdout)), 0o644);
    write(join(stage, "usr/share/doc", name, "copyright"), renderCopyright(String(when.getUTCFullYear())), 0o644);
    write(join(stage, "usr/share/doc", name, "changelog.gz"), gzip(renderChangelog(name, version, rfc2822)), 0o644);
    write(join(stage, "usr/share/lintian/overrides", name), renderLintianOverrides(name), 0o644);

    const { files, dirs } = walk(stage);
    for (const d of dirs) chmodSync(d, 0o755);
    const kib = installedSizeKiB(files.map((f) => statSync(f).size), dirs.length);
    write(join(stage, "DEBIAN/control"), renderControl(name, version, kib, arch), 0o644);
    write(join(stage, "DEBIAN/conffiles"), `/etc/${name}/${name}.json\n/etc/${name}/README\n`, 0o644);
    write(join(stage, "DEBIAN/postinst"), renderPostinst(name), 0o755);
    write(join(stage, "DEBIAN/postrm"), renderPostrm(), 0o755);
    chmodSync(join(stage, "DEBIAN"), 0o755);
    const all = walk(stage);
    for (const p of [...all.files, ...all.dirs, stage]) utimesSync(p, epoch, epoch);

    const deb = join(outDir, `${name}_${version}_${arch}.deb`);
    const args = ["--build", "--root-owner-group"];
    if (opts.compression) args.push(`-Z${opts.compression}`);
    if (opts.level !== undefined) args.push(`-z${opts.level}`);
    args.push(stage, deb);
    const t0 = performance.now();
    const r = spawnSync("dpkg-deb", args, { encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch) } });
    if (r.error) throw new Error(`dpkg-deb not runnable (${r.error.message}); apt-get install dpkg-dev`);
    if (r.status !== 0) throw new Error(`dpkg-deb --build failed for ${name}: ${r.stderr}`);
    rmSync(stage, { recursive: true, force: true });
    console.log(`built ${deb} (${(statSync(deb).size / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    out[name] = deb;
  }
  return out;
}

if (import.meta.main) {
  const arg = (k: string) => {
    const i = process.argv.indexOf(k);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const compression = arg("--compression") as BuildOptions["compression"];
  if (compression && !["xz", "gzip", "zstd", "none"].includes(compression)) {
    console.error(`--compression ${compression}: use xz (default), gzip, zstd or none`);
    process.exit(2);
  }
  const level = arg("--level");
  try {
    buildPackages({ compression, level: level === undefined ? undefined : Number(level), outDir: arg("--out"), binDir: arg("--bin-dir"), arch: arg("--arch") as DebArch | undefined });
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
