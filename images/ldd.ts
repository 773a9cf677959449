/**
 * Reading `ldd` output: which shared libraries a binary needs.
 *
 *   \tlinux-vdso.so.1 (0x00007ffd…)                      kernel-provided, skipped
 *   \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x…)  needed, at that path
 *   \t/lib64/ld-linux-x86-64.so.2 (0x…)                   the dynamic loader
 *   \tlibfoo.so.1 => not found                            an error: the image would not run
 *   \tstatically linked / not a dynamic executable        nothing needed
 */

export class MissingLibraryError extends Error {
  override name = "MissingLibraryError";
}

/** Absolute paths of the libraries (and loader) in `ldd` output, in order. Pure. */
export function parseLdd(text: string, binary = "the binary"): string[] {
  const out: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || /statically linked|not a dynamic executable/.test(line)) continue;
    const arrow = /^(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$/.exec(line);
    if (arrow) {
      if (arrow[2] === "not found") throw new MissingLibraryError(`${binary} needs ${arrow[1]}, which is not installed on the build machine; install the Debian package that ships it`);
      if (arrow[2]!.startsWith("/")) out.push(arrow[2]!);
      continue;
    }
    const direct = /^(\/\S+) \(0x[0-9a-f]+\)$/.exec(line);
    if (direct) out.push(direct[1]!);
  }
  return [...new Set(out)];
}
