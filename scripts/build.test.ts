import { expect, test } from "bun:test";
import { checkNativeVersions, lockedAddon, resolveTarget, sodiumPrebuild } from "./build.ts";

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

test("the addons' versions must be one: package.json's pin, the lock or node_modules, and the names the runtime looks for", () => {
  const pkg = (dc: string, sn: string) => JSON.stringify({ dependencies: { "node-datachannel": dc, "sodium-native": sn } });
  const installed = (v: string) => JSON.stringify({ version: v });
  expect(() => checkNativeVersions("0.33.4", pkg("0.33.4", "4.3.3"), installed("4.3.3"))).not.toThrow();
  expect(() => checkNativeVersions("0.33.4", pkg("^0.33.4", "4.3.3"), installed("4.3.3"))).toThrow("names node-datachannel 0.33.4, but package.json pins ^0.33.4");
  expect(() => checkNativeVersions("0.33.5", pkg("0.33.4", "4.3.3"), installed("4.3.3"))).toThrow("and 0.33.5 is installed or locked");
  expect(() => checkNativeVersions("0.33.4", pkg("0.33.4", "4.3.3"), installed("4.3.4"))).toThrow("names sodium-native 4.3.3");
  // As this checkout is: the build would not refuse.
  expect(() => checkNativeVersions(lockedAddon("linux-x64-gnu").version)).not.toThrow();
});

test("sodium-native's prebuild for glibc x64 and arm64, none for musl (those builds fall back to WebAssembly)", () => {
  expect(sodiumPrebuild("linux-x64-gnu")).toEndWith("node_modules/sodium-native/prebuilds/linux-x64/sodium-native.node");
  expect(sodiumPrebuild("linux-arm64-gnu")).toEndWith("node_modules/sodium-native/prebuilds/linux-arm64/sodium-native.node");
  expect(sodiumPrebuild("linux-x64-musl")).toBeNull();
  expect(sodiumPrebuild("linux-arm64-musl")).toBeNull();
});
