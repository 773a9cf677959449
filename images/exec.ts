/**
 * Running the build tools (apt-get, dpkg-deb, depmod, zstd, xorriso, …): one
 * place that turns a failure into a message saying what was being done, what
 * the tool said, and which Debian package provides a missing tool.
 */
import { spawnSync } from "node:child_process";

/** Debian package that provides each tool the builder runs. */
export const TOOL_PACKAGES: Record<string, string> = {
  "apt-cache": "apt",
  "apt-get": "apt",
  "dpkg-deb": "dpkg",
  depmod: "kmod",
  ldd: "libc-bin",
  xz: "xz-utils",
  xorriso: "xorriso",
  "grub-mkrescue": "grub-common grub-pc-bin grub-efi-amd64-bin mtools",
  mformat: "mtools",
  busybox: "busybox-static",
};

export class ToolError extends Error {
  override name = "ToolError";
}

/** Runs a tool to completion; returns stdout; throws a ToolError naming `what` on failure. */
export function run(cmd: string, args: string[], opts: { cwd?: string; what: string; env?: Record<string, string>; input?: Uint8Array }): string {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd,
    env: { ...process.env, LC_ALL: "C", ...opts.env },
    input: opts.input,
    stdio: ["pipe", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT") {
    const pkg = TOOL_PACKAGES[cmd];
    throw new ToolError(`${opts.what}: '${cmd}' is not installed${pkg ? `; install it with 'apt-get install ${pkg}'` : ""}`);
  }
  if (r.status !== 0) {
    const err = (r.stderr?.toString() ?? "").trim().split("\n").slice(-8).join("\n");
    throw new ToolError(`${opts.what}: '${cmd} ${args.join(" ")}' failed (status ${r.status ?? r.signal})${err ? `:\n${err}` : ""}`);
  }
  return r.stdout?.toString() ?? "";
}

/** True when `cmd` can be found on PATH. */
export function haveTool(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v '${cmd.replace(/'/g, "")}'`], { stdio: "ignore" }).status === 0;
}
