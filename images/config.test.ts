import { expect, test } from "bun:test";
import { ImageConfigError, lamaArgsFor, resolveBuildConfig } from "./config.ts";
import { kernelPackageFromDepends } from "./kernel.ts";
import { isStaticElf } from "./initramfs.ts";
import { readFileSync, existsSync } from "node:fs";

const KEY = "q5i3kSXbXJgH1y0ZzXO4o4xC8nBq2WQp0n4m1u1a0oE=";

test.each([
  [{ bakedKey: "short" }, /--key-file must hold a pool key/],
  [{ roles: ["has space"] }, /--role 'has space' is not allowed/],
  [{ attrs: ["novalue"] }, /--attr 'novalue' must be KEY=VALUE/],
  [{ grands: ["grand.example:1"] }, /--grand 'grand.example:1' must be an IPv4 address/],
  [{ controllerKeys: [`ctl-secret:${Buffer.alloc(32, 5).toString("base64")}`] }, /must be grand's public controller key.*never bake the secret/],
  [{ controllerKeys: [Buffer.alloc(32, 5).toString("base64")] }, /must be grand's public controller key/],
  [{ httpBase: "ftp://x" }, /--http-base 'ftp:\/\/x' must be/],
  [{ keyOnCmdline: true }, /--cmdline-key needs --key-file/],
])("resolveBuildConfig rejects %p", (given, msg) => {
  expect(() => resolveBuildConfig(given)).toThrow(ImageConfigError);
  expect(() => resolveBuildConfig(given)).toThrow(msg);
});

test("defaults: everything built, key optional, relative iPXE fetches", () => {
  const c = resolveBuildConfig({ bakedKey: KEY });
  expect([...c.parts]).toEqual(["initramfs", "pxe", "iso"]);
  expect(c.httpBase).toBe("");
  expect(c.outDir.endsWith("dist/images")).toBe(true);
});

test("lamaArgsFor renders kernel command-line words", () => {
  expect(lamaArgsFor({ roles: ["web", "db"], attrs: ["rack=a7"], grands: ["198.18.0.1:4161"] })).toEqual([
    "lama.role=web,db", "lama.attr=rack=a7", "lama.grand=198.18.0.1:4161",
  ]);
  const pub = `ctl-pub:${Buffer.alloc(32, 5).toString("base64")}`;
  expect(lamaArgsFor({ roles: [], attrs: [], grands: [], controllerKeys: [pub] })).toEqual([`lama.controller=${pub}`]);
});

test("kernelPackageFromDepends reads apt-cache depends output", () => {
  expect(kernelPackageFromDepends("linux-image-amd64\n  Depends: linux-image-6.1.0-56-amd64\n")).toBe("linux-image-6.1.0-56-amd64");
  expect(kernelPackageFromDepends("")).toBeUndefined();
});

test("isStaticElf: not ELF is false; a static busybox is true when installed", () => {
  expect(isStaticElf(new TextEncoder().encode("#!/bin/sh\n"))).toBe(false);
  if (existsSync("/bin/busybox")) expect(isStaticElf(readFileSync("/bin/busybox"))).toBe(true);
  if (existsSync("/bin/ls")) expect(isStaticElf(readFileSync("/bin/ls"))).toBe(false);
});
