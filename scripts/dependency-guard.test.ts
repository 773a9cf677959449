import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { binaryViolations, importSpecifiers, indexViolations, layerViolations, packageOf, reach, scanTree, type ImportGraph } from "./dependency-guard.ts";

const root = join(import.meta.dir, "..");
const FOLDERS = ["proto", "runtime", "grand", "adaptors", "images", "test", "bench", "demo", "scripts"];

/** A graph from "file -> a, b" lines; bare names are packages. */
function graphOf(lines: string[]): ImportGraph {
  const g: ImportGraph = new Map();
  for (const line of lines) {
    const [file, rest = ""] = line.split("->").map((s) => s.trim());
    const targets = rest.split(",").map((s) => s.trim()).filter(Boolean);
    g.set(file!, { files: targets.filter((t) => t.includes("/")), packages: targets.filter((t) => !t.includes("/")) });
  }
  return g;
}

describe("the source tree", () => {
  const graph = scanTree(root, FOLDERS);

  test("is scanned whole (both entries and the wire layer are found)", () => {
    expect(graph.has("runtime/lama-main.ts")).toBe(true);
    expect(graph.has("grand/grand-main.ts")).toBe(true);
    expect(graph.has("runtime/wire/envelope.ts")).toBe(true);
    expect(graph.get("runtime/wire/envelope.ts")!.files).toContain("proto/index.ts");
  });

  test("keeps every layer to what it may import", () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  test("enters every folder that has an index.ts through it", () => {
    expect(indexViolations(graph)).toEqual([]);
  });

  test("keeps grand free of the agent and adaptors, lama free of grand, and each binary to its npm packages", () => {
    expect(binaryViolations(graph)).toEqual([]);
  });

  test("grand's binary reaches the wire layer and lama's reaches the adaptors", () => {
    expect(reach(graph, "grand/grand-main.ts").has("runtime/wire/envelope.ts")).toBe(true);
    expect(reach(graph, "runtime/lama-main.ts").has("adaptors/index.ts")).toBe(true);
  });
});

describe("the rules catch a deliberate violation", () => {
  test.each([
    ["the wire layer importing the agent", ["runtime/wire/rpc.ts -> runtime/lease-client.ts"], /runtime\/wire\/ may import only/],
    ["the wire layer importing adaptors", ["runtime/wire/clock.ts -> adaptors/index.ts"], /runtime\/wire\/ may import only/],
    ["adaptors importing the agent", ["adaptors/registry.ts -> runtime/index.ts"], /adaptors\/ may import only/],
    ["adaptors importing grand", ["adaptors/registry.ts -> grand/index.ts"], /adaptors\/ may import only/],
    ["grand importing the agent", ["grand/lease-table.ts -> runtime/index.ts"], /grand\/ may import only/],
    ["grand importing adaptors", ["grand/monitor.ts -> adaptors/index.ts"], /grand\/ may import only/],
    ["the agent importing grand", ["runtime/lama-node.ts -> grand/index.ts"], /runtime\/ may import only/],
    ["proto importing the wire layer", ["proto/index.ts -> runtime/wire/index.ts"], /proto\/ may import only/],
    ["the decision core importing the simulation lab", ["grand/engine/engine.ts -> grand/engine/lab/index.ts"], /grand\/engine\/ may import only/],
    ["the decision core importing the rest of grand", ["grand/engine/allocator.ts -> grand/monitor.ts"], /grand\/engine\/ may import only/],
    ["the decision core reading files through the wire layer", ["grand/engine/pool.ts -> runtime/wire/index.ts"], /grand\/engine\/ may import only/],
  ])("%s", (_name, lines, message) => {
    const v = layerViolations(graphOf(lines));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatch(message);
  });

  test("grand and the lab may import the decision core", () => {
    expect(layerViolations(graphOf(["grand/reallocator.ts -> grand/engine/index.ts", "grand/engine/lab/cli.ts -> grand/engine/index.ts, runtime/wire/index.ts"]))).toEqual([]);
  });

  test("a test file may reach across layers", () => {
    expect(layerViolations(graphOf(["grand/control-manager.test.ts -> runtime/index.ts"]))).toEqual([]);
  });

  test.each([
    ["another folder's internal file", ["grand/a.ts -> runtime/wire/clock.ts", "runtime/wire/index.ts ->", "runtime/wire/clock.ts ->"], 1],
    ["a nested folder's internal file from its parent", ["runtime/a.ts -> runtime/probes/sampler.ts", "runtime/probes/index.ts ->", "runtime/index.ts ->"], 1],
    ["through the index", ["grand/a.ts -> runtime/wire/index.ts", "runtime/wire/index.ts ->"], 0],
    ["inside the folder", ["runtime/wire/a.ts -> runtime/wire/clock.ts", "runtime/wire/index.ts ->"], 0],
    ["a folder without an index", ["bench/a.ts -> test/harness/world.ts"], 0],
  ])("index rule: %s", (_name, lines, count) => {
    expect(indexViolations(graphOf(lines))).toHaveLength(count);
  });

  test("grand reaching the agent through a chain of imports is caught, with the file named", () => {
    const g = graphOf(["grand/grand-main.ts -> grand/x.ts", "grand/x.ts -> runtime/wire/index.ts", "runtime/wire/index.ts -> runtime/lease-client.ts", "runtime/lease-client.ts ->"]);
    expect(binaryViolations(g, [{ name: "grand", entry: "grand/grand-main.ts", packages: [], forbidden: ["runtime/lease-client.ts"] }])).toEqual([
      "grand reaches runtime/lease-client.ts (runtime/lease-client.ts is not part of grand)",
    ]);
  });

  test("a package that is not on the binary's list is caught", () => {
    const g = graphOf(["runtime/lama-main.ts -> runtime/x.ts, protobufjs", "runtime/x.ts -> left-pad"]);
    expect(binaryViolations(g, [{ name: "lama", entry: "runtime/lama-main.ts", packages: ["protobufjs"], forbidden: [] }])).toEqual([
      "lama imports package left-pad, which is not on its list in scripts/dependency-guard.ts",
    ]);
  });
});

test.each([
  ['import { a } from "./a.ts";', ["./a.ts"]],
  ['import type { A } from "../b/index.ts";', ["../b/index.ts"]],
  ['export { x, y } from "./x.ts";', ["./x.ts"]],
  ['export * from "./all.ts";', ["./all.ts"]],
  ['import {\n  a,\n  b,\n} from "./multi.ts";', ["./multi.ts"]],
  ['const m = await import("./lazy.ts");', ["./lazy.ts"]],
  ['import "./side-effect.ts";', ["./side-effect.ts"]],
  ['const b = require("@node-datachannel/linux-x64-gnu/node_datachannel.node");', ["@node-datachannel/linux-x64-gnu/node_datachannel.node"]],
  ['// import { a } from "./commented.ts";\n/* import "./also.ts"; */', []],
  ['const s = "not an import from \'./x.ts\'";', []],
])("importSpecifiers(%j)", (source, expected) => {
  expect(importSpecifiers(source)).toEqual(expected);
});

test.each([
  ["protobufjs/minimal.js", "protobufjs"],
  ["@node-datachannel/linux-x64-gnu/node_datachannel.node", "@node-datachannel/linux-x64-gnu"],
  ["node:fs", undefined],
  ["bun:test", undefined],
  ["libsodium-wrappers", "libsodium-wrappers"],
])("packageOf(%s) = %p", (spec, expected) => {
  expect(packageOf(spec)).toBe(expected);
});
