import { expect, test } from "bun:test";
import { lockedAddon, resolveTarget } from "./build.ts";

test.each([
  ["linux-x64", "bun-linux-x64", "linux-x64-gnu"],
  ["linux-x64-baseline", "bun-linux-x64-baseline", "linux-x64-gnu"],
  ["linux-arm64", "bun-linux-arm64", "linux-arm64-gnu"],
  ["linux-x64-musl", "bun-linux-x64-musl", "linux-x64-musl"],
  ["linux-arm64-musl", "bun-linux-arm64-musl", "linux-arm64-musl"],
  ["bun-linux-x64-baseline", "bun-linux-x64-baseline", "linux-x64-gnu"],
  ["bun-linux-aarch64", "bun-linux-aarch64", "linux-arm64-gnu"],
  ["bun-linux-x64-musl-baseline", "bun-linux-x64-musl-baseline", "linux-x64-musl"],
])("target %s builds with Bun's %s and node-datachannel's %s addon", (target, bun, addon) => {
  expect(resolveTarget(target)).toEqual({ bun, addon });
});

test("an unknown target names the ones there are", () => {
  expect(() => resolveTarget("darwin-arm64")).toThrow(
    "unknown build target 'darwin-arm64'; use one of linux-x64, linux-x64-baseline, linux-arm64, linux-x64-musl, linux-arm64-musl (or a Bun target such as bun-linux-x64-baseline)",
  );
});

test("the addon's version and sha512 come from package-lock.json, or a clear error", () => {
  const lock = JSON.stringify({ packages: { "node_modules/@node-datachannel/linux-arm64-gnu": { version: "0.33.4", integrity: "sha512-abc==" } } });
  expect(lockedAddon("linux-arm64-gnu", lock)).toEqual({ version: "0.33.4", integrity: "sha512-abc==" });
  expect(() => lockedAddon("linux-x64-musl", lock)).toThrow("package-lock.json pins no @node-datachannel/linux-x64-musl with a sha512 integrity");
  const sha1 = JSON.stringify({ packages: { "node_modules/@node-datachannel/linux-x64-musl": { version: "0.33.4", integrity: "sha1-abc" } } });
  expect(() => lockedAddon("linux-x64-musl", sha1)).toThrow("with a sha512 integrity");
});

test("this repository's lock pins every Linux addon the targets use", () => {
  for (const addon of ["linux-x64-gnu", "linux-arm64-gnu", "linux-x64-musl", "linux-arm64-musl"]) expect(lockedAddon(addon).integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
});
