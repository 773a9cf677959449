/**
 * The images every boot test and the boot benchmark share: built once per
 * process into dist/images-test/ with a test pool key baked in (made with the
 * real `dist/lama keygen`), the kit's HTTP base pointing at the lab bridge, a
 * role and an attribute. A rebuild with unchanged inputs reuses the compressed
 * initramfs, so this is quick after the first time.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildImages, type ImageManifest, OUTPUT_NAMES, Progress, REPO_ROOT, resolveBuildConfig } from "../../../images/index.ts";
import { LAB_HOST_IP } from "./netns.ts";

export const DIST_LAMA = join(REPO_ROOT, "dist/lama");
export const DIST_GRAND = join(REPO_ROOT, "dist/grand");
export const TEST_IMAGES_DIR = join(REPO_ROOT, "dist/images-test");
/** Baked into the test image; the tests check grand lists them. */
export const TEST_ROLE = "boot-test";
export const TEST_ATTR = "image=test";

export interface TestImages {
  dir: string;
  kernel: string;
  initramfs: string;
  iso: string;
  pxeTftp: string;
  pxeHttp: string;
  /** The pool key baked into the image, and grand's key file. */
  key: string;
  keyFile: string;
  grand: string;
  manifest: ImageManifest;
}

let pending: Promise<TestImages> | undefined;

/** Builds (or reuses) the shared test images. Throws when dist/lama or dist/grand is missing. */
export function ensureTestImages(): Promise<TestImages> {
  pending ??= build();
  return pending;
}

/** A new pool key from the real agent binary. */
export function keygen(): string {
  const r = Bun.spawnSync([DIST_LAMA, "keygen"]);
  if (r.exitCode !== 0) throw new Error(`dist/lama keygen failed: ${r.stderr.toString()}`);
  return r.stdout.toString().trim();
}

async function build(): Promise<TestImages> {
  for (const b of [DIST_LAMA, DIST_GRAND]) {
    if (!existsSync(b)) throw new Error(`${b} is missing; the boot tests use the real binaries: run 'npm run build' first`);
  }
  const keyFile = join(TEST_IMAGES_DIR, "pool.key");
  if (!existsSync(keyFile)) {
    Bun.spawnSync(["mkdir", "-p", TEST_IMAGES_DIR]);
    writeFileSync(keyFile, keygen() + "\n", { mode: 0o600 });
  }
  chmodSync(keyFile, 0o600);
  const key = readFileSync(keyFile, "utf8").trim();
  const cfg = resolveBuildConfig({
    outDir: TEST_IMAGES_DIR,
    cacheDir: join(REPO_ROOT, "dist/images/cache"),
    bakedKey: key,
    roles: [TEST_ROLE],
    attrs: [TEST_ATTR],
    httpBase: `http://${LAB_HOST_IP}:8080`,
  });
  const manifest = await buildImages(cfg, new Progress(8, (l) => console.log(`images: ${l}`)));
  return {
    dir: TEST_IMAGES_DIR,
    kernel: join(TEST_IMAGES_DIR, OUTPUT_NAMES.kernel),
    initramfs: join(TEST_IMAGES_DIR, OUTPUT_NAMES.initramfs),
    iso: join(TEST_IMAGES_DIR, OUTPUT_NAMES.iso),
    pxeTftp: join(TEST_IMAGES_DIR, OUTPUT_NAMES.pxe, "tftp"),
    pxeHttp: join(TEST_IMAGES_DIR, OUTPUT_NAMES.pxe, "http"),
    key,
    keyFile,
    grand: DIST_GRAND,
    manifest,
  };
}
