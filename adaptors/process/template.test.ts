import { expect, test } from "bun:test";
import type { ParamSpec } from "../params.ts";
import { checkTemplate, placeholderOf, renderInvocation, type ProcessTemplate } from "./template.ts";

const schema: ParamSpec[] = [
  { name: "port", type: "port", default: "8000", description: "" },
  { name: "bind", type: "host", default: "0.0.0.0", description: "" },
  { name: "title", type: "string", required: true, description: "" },
  { name: "opt", type: "string", description: "" },
];

const web: ProcessTemplate = {
  command: ["/usr/bin/python3", "-m", "http.server", "{port}", "--bind", "{bind}", "{}", "{title"],
  env: { TITLE: "{title}", LANG: "C.UTF-8" },
};

test("render substitutes whole placeholders only, each as one element (golden)", () => {
  const inv = renderInvocation(web, { port: "8080", bind: "127.0.0.1", title: "; touch /tmp/x $(id) `id` | cat" });
  expect(inv).toEqual({
    argv: ["/usr/bin/python3", "-m", "http.server", "8080", "--bind", "127.0.0.1", "{}", "{title"],
    env: { TITLE: "; touch /tmp/x $(id) `id` | cat", LANG: "C.UTF-8" },
  });
});

test("a value that looks like a placeholder is not expanded again", () => {
  expect(renderInvocation(web, { port: "{bind}", bind: "x", title: "{port}" }).argv[3]).toBe("{bind}");
  expect(renderInvocation(web, { port: "1", bind: "x", title: "{port}" }).env.TITLE).toBe("{port}");
});

test.each([
  ["{port}", "port"],
  ["{_a1}", "_a1"],
  ["{1a}", undefined],
  ["{port", undefined],
  ["--port={port}", undefined],
  ["{ port }", undefined],
])("placeholderOf(%j) = %j", (s, want) => {
  expect(placeholderOf(s)).toBe(want);
});

test.each<[string, ProcessTemplate, RegExp]>([
  ["no program", { command: [], env: {} }, /command: must name a program/],
  ["program as a parameter", { command: ["{title}"], env: {} }, /command\[0\]: the program cannot be a parameter/],
  ["relative program", { command: ["python3"], env: {} }, /command\[0\]: "python3" is not an absolute path; .*command -v python3/],
  ["undeclared placeholder", { command: ["/bin/x", "{prot}"], env: {} }, /command\[1\]: "\{prot\}" names no declared parameter; declared parameters: port, bind, title, opt/],
  ["embedded placeholder", { command: ["/bin/x", "--port={port}"], env: {} }, /command\[1\]: "--port=\{port\}" embeds the placeholder \{port\}; a placeholder must be a whole argument or value, e\.g\. \["--port", "\{port\}"\]/],
  ["placeholder with no value", { command: ["/bin/x", "{opt}"], env: {} }, /command\[1\]: parameter "opt" may have no value; give it a default or make it required/],
  ["NUL in an argument", { command: ["/bin/x", "a\0"], env: {} }, /command\[1\]: contains a NUL/],
  ["bad env name", { command: ["/bin/x"], env: { "A-B": "1" } }, /env\.A-B: not a valid environment variable name/],
  ["embedded in env", { command: ["/bin/x"], env: { URL: "http://{bind}:80/" } }, /env\.URL: .* embeds the placeholder \{bind\}/],
])("checkTemplate refuses %s", (_, tpl, re) => {
  expect(() => checkTemplate(tpl, schema)).toThrow(re);
});

test("checkTemplate accepts the example", () => {
  expect(() => checkTemplate(web, schema)).not.toThrow();
});
