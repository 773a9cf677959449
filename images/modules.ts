/**
 * Choosing kernel modules for the initramfs from the kernel's modules.dep.
 *
 * modules.dep (written by depmod) has one line per module:
 *   kernel/drivers/net/virtio_net.ko: kernel/drivers/net/net_failover.ko kernel/net/core/failover.ko
 * i.e. the module's path relative to /lib/modules/<version>, a colon, then the
 * paths of every module it needs, already in load order (needed last first).
 * Pure functions over that text; nothing here reads a file.
 */

/** Module name as modprobe knows it: file name without .ko[.xz|.zst|.gz], '-' read as '_'. */
export function moduleName(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return base.replace(/\.ko(\.(xz|zst|gz))?$/, "").replaceAll("-", "_");
}

/** name → { path, deps (paths) } from modules.dep text. Malformed lines are skipped. */
export function parseModulesDep(text: string): Map<string, { path: string; deps: string[] }> {
  const out = new Map<string, { path: string; deps: string[] }>();
  for (const line of text.split("\n")) {
    const i = line.indexOf(":");
    if (i <= 0) continue;
    const path = line.slice(0, i).trim();
    if (!/\.ko(\.(xz|zst|gz))?$/.test(path)) continue;
    out.set(moduleName(path), { path, deps: line.slice(i + 1).trim().split(/\s+/).filter(Boolean) });
  }
  return out;
}

/** Names of built-in modules from modules.builtin text (they need no file). */
export function parseBuiltin(text: string): Set<string> {
  return new Set(text.split("\n").map((l) => l.trim()).filter(Boolean).map(moduleName));
}

export interface ModuleSelection {
  /** Module file paths to copy, sorted. */
  files: string[];
  /** Wanted modules that are built into the kernel. */
  builtin: string[];
  /** Wanted modules this kernel does not have. */
  missing: string[];
}

/** Every file needed to load `wanted` (with dependencies), plus what was built in or missing. Pure. */
export function selectModules(dep: Map<string, { path: string; deps: string[] }>, builtin: Set<string>, wanted: readonly string[]): ModuleSelection {
  const files = new Set<string>();
  const out: ModuleSelection = { files: [], builtin: [], missing: [] };
  for (const w of wanted) {
    const name = moduleName(w);
    const m = dep.get(name);
    if (m) {
      files.add(m.path);
      for (const d of m.deps) files.add(d);
    } else if (builtin.has(name)) {
      out.builtin.push(name);
    } else {
      out.missing.push(name);
    }
  }
  out.files = [...files].sort();
  return out;
}
