/**
 * Where a compiled lama or grand finds its native addons on disk.
 *
 * `bun build --compile` embeds each addon, and at the first require() the
 * runtime writes the embedded bytes to a file in /tmp and loads that. On a
 * diskless node /tmp is RAM, so the 9 MB libdatachannel addon is held twice (in
 * the executable and in /tmp), and reading it out of the executable makes ~10 MiB
 * of the executable's pages resident for good (issue 12: 51 of the agent's 67 MiB
 * PSS were the executable's own pages, 11 of them its embedded files).
 *
 * So a build also writes each addon beside the executables, as
 * `lib/lama/<package>-<version>.node` (scripts/build.ts), the boot image (and
 * whoever installs the binaries) puts them at /usr/lib/lama, and a binary loads the file
 * at `<dir of the executable>/../lib/lama/` when it is there: /usr/bin/lama finds
 * /usr/lib/lama. The version in the name keeps a binary from loading another
 * release's addon; without the file the embedded copy is used, so a binary copied
 * alone still runs. A build made for an image (`nativeLibs: "external"`) embeds
 * none and says which file is missing.
 */
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * The versions package.json pins exactly (npm ci installs them; scripts/build.ts refuses to build when
 * they differ from these, and names the addon files after them).
 */
export const NATIVE_VERSIONS = { "node-datachannel": "0.33.4", "sodium-native": "4.3.3" } as const;

/** The file name a build gives an addon: `<package>-<version>.node`. */
export function nativeLibName(pkg: string, version: string): string {
  return `${pkg.replace(/^@/, "").replace(/\//g, "-")}-${version}.node`;
}

/** Where the executable at `execPath` looks for an addon: `<its dir>/../lib/lama/<package>-<version>.node`. */
function nativeLibPath(pkg: string, version: string, execPath: string): string {
  return join(dirname(execPath), "..", "lib", "lama", nativeLibName(pkg, version));
}

/**
 * The addon file beside the running executable, or undefined when there is none
 * (or when running from source under bun, where node_modules has the addon).
 */
export function installedNativeLib(pkg: string, version: string, execPath = process.execPath): string | undefined {
  if (/^bun(-debug)?$/.test(basename(execPath))) return undefined;
  const file = nativeLibPath(pkg, version, execPath);
  return existsSync(file) ? file : undefined;
}

/** The error a binary built without an embedded addon gives when the file is not installed. */
export function missingNativeLib(pkg: string, version: string, execPath = process.execPath): Error {
  const want = nativeLibPath(pkg, version, execPath);
  return new Error(`${basename(execPath)} was built to load ${pkg} ${version} from ${want}, which is missing; install it there (the boot image and lama's package do) or use a build that embeds it`);
}
