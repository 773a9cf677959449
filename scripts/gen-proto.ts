/**
 * Regenerates proto/gen/lama.{js,d.ts} from proto/lama.proto with protobufjs-cli.
 *
 *   bun scripts/gen-proto.ts            write proto/gen/
 *   bun scripts/gen-proto.ts --out DIR  write elsewhere (the staleness test uses this)
 *
 * 64-bit fields become plain numbers (--force-number) so no `Long` leaks into the code.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dir, "..");

export function generate(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const js = join(outDir, "lama.js");
  const dts = join(outDir, "lama.d.ts");
  run(join(root, "node_modules/.bin/pbjs"), [
    "-t", "static-module", "-w", "es6", "--force-number", "--no-comments",
    "-o", js, join(root, "proto/lama.proto"),
  ]);
  // pbts reads the JSDoc, so it needs a commented build; the shipped .js stays lean.
  const commented = join(outDir, "lama.commented.js");
  run(join(root, "node_modules/.bin/pbjs"), [
    "-t", "static-module", "-w", "es6", "--force-number", "-o", commented, join(root, "proto/lama.proto"),
  ]);
  run(join(root, "node_modules/.bin/pbts"), ["-o", dts, commented]);
  // With --force-number no declaration uses Long; drop its CommonJS-style import,
  // which strict ESM type-checking rejects.
  const text = readFileSync(dts, "utf8").replace(/^import Long = require\("long"\);\n/m, "");
  if (/\bLong\b/.test(text)) throw new Error("generated lama.d.ts still mentions Long; check --force-number");
  writeFileSync(dts, text);
  spawnSync("rm", ["-f", commented]);
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed with status ${r.status}`);
}

if (import.meta.main) {
  const i = process.argv.indexOf("--out");
  generate(i > 0 ? resolve(process.argv[i + 1]!) : join(root, "proto/gen"));
}
