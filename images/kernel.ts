/**
 * Debian's kernel for the images: fetched with `apt-get download` and unpacked
 * with `dpkg-deb -x` into the cache, never installed into the build machine's
 * /boot. `depmod` is run on the unpacked tree (the package's postinst would).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KERNEL_META_PACKAGE } from "./config.ts";
import { run } from "./exec.ts";

export interface Kernel {
  /** e.g. 6.1.0-56-amd64 */
  version: string;
  /** The versioned Debian package, e.g. linux-image-6.1.0-56-amd64 6.1.192-2. */
  packageName: string;
  packageVersion: string;
  vmlinuz: string;
  /** /lib/modules/<version> inside the unpacked tree. */
  modulesDir: string;
}

/** The versioned kernel package a meta-package depends on, from `apt-cache depends` text. Pure. */
export function kernelPackageFromDepends(text: string): string | undefined {
  return /Depends:\s+(linux-image-\d\S*)/.exec(text)?.[1];
}

/** Gets (or reuses from the cache) the unpacked kernel package. */
export function ensureKernel(cacheDir: string, kernelDeb?: string): Kernel {
  const dir = join(cacheDir, "kernel");
  mkdirSync(dir, { recursive: true });
  let deb = kernelDeb;
  if (!deb) {
    const deps = run("apt-cache", ["depends", "--important", KERNEL_META_PACKAGE], { what: "looking up Debian's kernel package" });
    const pkg = kernelPackageFromDepends(deps);
    if (!pkg) {
      throw new Error(`apt-cache does not know ${KERNEL_META_PACKAGE}; run 'apt-get update' first (or pass --kernel-deb FILE)`);
    }
    deb = readdirSync(dir).filter((f) => f.startsWith(`${pkg}_`) && f.endsWith(".deb")).map((f) => join(dir, f))[0];
    if (!deb) {
      run("apt-get", ["download", pkg], { cwd: dir, what: `downloading ${pkg}` });
      deb = readdirSync(dir).filter((f) => f.startsWith(`${pkg}_`) && f.endsWith(".deb")).map((f) => join(dir, f))[0];
      if (!deb) throw new Error(`apt-get download ${pkg} left no .deb in ${dir}`);
    }
  }
  const fields = run("dpkg-deb", ["--show", "--showformat=${Package}\t${Version}", deb], { what: "reading the kernel package" }).trim().split("\t");
  const root = join(dir, `root-${fields[0]}_${fields[1]}`);
  if (!existsSync(join(root, ".unpacked"))) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    run("dpkg-deb", ["-x", deb, root], { what: "unpacking the kernel package" });
    const version = readdirSync(join(root, "lib/modules"))[0];
    if (!version) throw new Error(`${deb} has no /lib/modules/<version>; is it a linux-image package?`);
    run("depmod", ["-b", root, version], { what: "indexing the kernel's modules" });
    writeFileSync(join(root, ".unpacked"), "ok\n");
  }
  const version = readdirSync(join(root, "lib/modules"))[0]!;
  return {
    version,
    packageName: fields[0]!,
    packageVersion: fields[1]!,
    vmlinuz: join(root, "boot", `vmlinuz-${version}`),
    modulesDir: join(root, "lib/modules", version),
  };
}
