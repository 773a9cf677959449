/**
 * The project's import rules, checked over the source tree.
 *
 * Folders and what each may import (test files, `*.test.ts`, are exempt from the
 * layer rules but not from the index rule):
 *
 *   proto/          proto/ only
 *   runtime/wire/   proto/            the wire layer both binaries share
 *   adaptors/       runtime/wire/, proto/
 *   runtime/        (the agent) runtime/wire/, adaptors/, proto/; never grand/
 *   grand/          grand/engine/, runtime/wire/, proto/; never the agent or adaptors/
 *   grand/engine/   proto/            the decision core: pure, no I/O
 *   grand/engine/lab/  grand/engine/, runtime/wire/, proto/   the simulation lab;
 *                   the core never imports it
 *
 * Index rule: a folder with an `index.ts` is entered only through it. A file
 * outside such a folder may import `folder/index.ts`, never `folder/x.ts`.
 *
 * Binary rule: the files each binary's entry reaches, and the npm packages they
 * import, are checked against the lists below; adding a package to `lama` is a
 * decision about the agent's weight, so it has to be written down here.
 *
 * The checks are pure functions over an import graph (file → relative specifiers
 * resolved to repository paths, plus bare package names); `scanTree` builds that
 * graph from the files on disk.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

/** One file's imports: other repository files (paths from the root) and npm packages. */
export interface FileImports {
  files: string[];
  packages: string[];
}

/** path (from the repository root, `/`-separated) → its imports. */
export type ImportGraph = Map<string, FileImports>;

/** What each layer (matched by longest prefix) may import, besides itself. */
export const LAYERS: { prefix: string; may: string[]; never?: string }[] = [
  { prefix: "proto/", may: [] },
  { prefix: "runtime/wire/", may: ["proto/"] },
  { prefix: "adaptors/", may: ["runtime/wire/", "proto/"] },
  { prefix: "runtime/", may: ["runtime/wire/", "adaptors/", "proto/"], never: "grand/" },
  { prefix: "grand/", may: ["grand/engine/", "runtime/wire/", "proto/"] },
  { prefix: "grand/engine/", may: ["proto/"] },
  { prefix: "grand/engine/lab/", may: ["grand/engine/", "runtime/wire/", "proto/"] },
];

/**
 * Each binary's entry and the npm packages its code may import (node: builtins
 * aside). node-datachannel is imported for its types; its linux-x64 package is the
 * native addon itself, required directly so `bun build --compile` embeds it.
 */
export const BINARIES: { name: string; entry: string; packages: string[]; forbidden: string[] }[] = [
  { name: "lama", entry: "runtime/lama-main.ts", packages: ["@node-datachannel/linux-x64-gnu", "libsodium-wrappers", "node-datachannel", "protobufjs", "sodium-native"], forbidden: ["grand/"] },
  {
    name: "grand",
    entry: "grand/grand-main.ts",
    packages: ["@node-datachannel/linux-x64-gnu", "libsodium-wrappers", "node-datachannel", "protobufjs", "sodium-native"],
    forbidden: ["adaptors/", "runtime/lease-client.ts", "runtime/lama-node.ts", "runtime/methods.ts", "runtime/identity.ts", "runtime/config.ts", "runtime/start-node.ts", "runtime/probes/", "runtime/index.ts"],
  },
];

const isTest = (f: string) => f.endsWith(".test.ts");

function layerOf(file: string) {
  return LAYERS.filter((l) => file.startsWith(l.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
}

/** Layer violations: a non-test file importing a folder its layer may not import. */
export function layerViolations(graph: ImportGraph): string[] {
  const out: string[] = [];
  for (const [file, imports] of graph) {
    if (isTest(file)) continue;
    const layer = layerOf(file);
    if (!layer) continue;
    for (const target of imports.files) {
      const own = layerOf(target);
      if (own === layer) continue;
      if (!own || !layer.may.some((p) => target.startsWith(p))) {
        out.push(`${file} imports ${target}: ${layer.prefix} may import only ${[layer.prefix, ...layer.may].join(", ")}`);
      }
    }
  }
  return out;
}

/** Index violations: an import from outside a folder that has an index.ts, into a file other than that index. */
export function indexViolations(graph: ImportGraph): string[] {
  const barrels = [...graph.keys()].filter((f) => f.endsWith("/index.ts")).map((f) => f.slice(0, -"index.ts".length));
  const out: string[] = [];
  for (const [file, imports] of graph) {
    for (const target of imports.files) {
      const folder = barrels.filter((b) => target.startsWith(b)).sort((a, b) => b.length - a.length)[0];
      if (!folder || file.startsWith(folder) || target === `${folder}index.ts`) continue;
      out.push(`${file} imports ${target}: import ${folder}index.ts instead (a folder is entered through its index)`);
    }
  }
  return out;
}

/** Every file an entry reaches through non-test imports, the entry included. */
export function reach(graph: ImportGraph, entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const t of graph.get(f)?.files ?? []) if (!isTest(t)) todo.push(t);
  }
  return seen;
}

/** Binary violations: a forbidden file reached, or a package not on the binary's list. */
export function binaryViolations(graph: ImportGraph, binaries = BINARIES): string[] {
  const out: string[] = [];
  for (const b of binaries) {
    if (!graph.has(b.entry)) {
      out.push(`${b.name}: entry ${b.entry} not found`);
      continue;
    }
    const files = reach(graph, b.entry);
    for (const f of [...files].sort()) {
      const bad = b.forbidden.find((p) => (p.endsWith("/") ? f.startsWith(p) : f === p));
      if (bad) out.push(`${b.name} reaches ${f} (${bad} is not part of ${b.name})`);
    }
    const packages = new Set([...files].flatMap((f) => graph.get(f)?.packages ?? []));
    for (const p of [...packages].sort()) {
      if (!b.packages.includes(p)) out.push(`${b.name} imports package ${p}, which is not on its list in scripts/dependency-guard.ts`);
    }
  }
  return out;
}

/** Package name of a bare specifier (`@scope/name/sub` → `@scope/name`), or undefined for node:/bun: builtins. */
export function packageOf(spec: string): string | undefined {
  if (spec.startsWith("node:") || spec.startsWith("bun:") || spec === "bun") return undefined;
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

const SPEC_RE = /^[ \t]*(?:import|export)\s[^;'"]*?from\s*["']([^"']+)["']|(?:^|[^\w$.])import\s*\(\s*["']([^"']+)["']\s*\)|^[ \t]*import\s*["']([^"']+)["']|(?:^|[^\w$.])require\s*\(\s*["']([^"']+)["']\s*\)/gm;

/** The specifiers a TypeScript source imports (static, dynamic, side-effect and require), comments removed. */
export function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
  return [...code.matchAll(SPEC_RE)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4])!);
}

const SKIP = new Set(["node_modules", "dist", ".git", "gen", "fixtures", "results"]);

/** Builds the import graph of every `.ts` file under the given top-level folders. */
export function scanTree(root: string, folders: string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const rel = dir ? `${dir}/${name}` : name;
      if (SKIP.has(name)) continue;
      if (statSync(join(root, rel)).isDirectory()) walk(rel);
      else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) {
        const imports: FileImports = { files: [], packages: [] };
        for (const spec of importSpecifiers(readFileSync(join(root, rel), "utf8"))) {
          if (spec.startsWith(".")) imports.files.push(normalize(join(dirname(rel), spec)).split("\\").join("/"));
          else {
            const p = packageOf(spec);
            if (p) imports.packages.push(p);
          }
        }
        graph.set(rel, imports);
      }
    }
  };
  for (const f of folders) walk(f);
  return graph;
}
