import { afterAll, expect, test } from "bun:test";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installedNativeLib, missingNativeLib, nativeLibName } from "./native-lib.ts";

const dir = mkdtempSync(join(tmpdir(), "lama-native-lib-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("an addon's file is named by its package and version, a scope folded in", () => {
  expect(nativeLibName("node-datachannel", "0.33.4")).toBe("node-datachannel-0.33.4.node");
  expect(nativeLibName("@scope/pkg", "1.0.0")).toBe("scope-pkg-1.0.0.node");
  // Only a leading @ is a scope's.
  expect(nativeLibName("a@b", "1.0.0")).toBe("a@b-1.0.0.node");
});

test("a binary at <root>/usr/bin finds <root>/usr/lib/lama/<package>-<version>.node, and only that version", () => {
  mkdirSync(join(dir, "usr", "bin"), { recursive: true });
  mkdirSync(join(dir, "usr", "lib", "lama"), { recursive: true });
  writeFileSync(join(dir, "usr", "lib", "lama", "node-datachannel-0.33.4.node"), "");
  const exe = join(dir, "usr", "bin", "lama");
  expect(installedNativeLib("node-datachannel", "0.33.4", exe)).toBe(join(dir, "usr", "bin", "..", "lib", "lama", "node-datachannel-0.33.4.node"));
  // Another release's file is not loaded: the binary falls back to its embedded copy.
  expect(installedNativeLib("node-datachannel", "0.34.0", exe)).toBeUndefined();
  expect(installedNativeLib("sodium-native", "4.3.3", exe)).toBeUndefined();
});

test("run from source under bun, node_modules has the addons: no installed file is looked for", () => {
  mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
  mkdirSync(join(dir, "node_modules", "lib", "lama"), { recursive: true });
  writeFileSync(join(dir, "node_modules", "lib", "lama", "node-datachannel-0.33.4.node"), "");
  expect(installedNativeLib("node-datachannel", "0.33.4", join(dir, "node_modules", ".bin", "bun"))).toBeUndefined();
  expect(installedNativeLib("node-datachannel", "0.33.4", join(dir, "node_modules", ".bin", "bun-debug"))).toBeUndefined();
  // Only bun itself: an executable whose name merely starts or ends with "bun" is a compiled binary.
  for (const name of ["bunny", "mybun"]) {
    expect(installedNativeLib("node-datachannel", "0.33.4", join(dir, "node_modules", ".bin", name))).toBe(join(dir, "node_modules", ".bin", "..", "lib", "lama", "node-datachannel-0.33.4.node"));
  }
});

test("the error of a build without the addon names the file it wanted", () => {
  expect(missingNativeLib("node-datachannel", "0.33.4", "/usr/bin/lama").message).toBe(
    "lama was built to load node-datachannel 0.33.4 from /usr/lib/lama/node-datachannel-0.33.4.node, which is missing; install it there (the boot image and lama's package do) or use a build that embeds it",
  );
});
