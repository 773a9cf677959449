import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseStubStatus } from "./stub-status.ts";

test("a real stub_status page of nginx 1.22", () => {
  const text = readFileSync(join(import.meta.dir, "testdata", "stub-status.txt"), "utf8");
  expect(parseStubStatus(text)).toEqual({ active: 2, accepts: 2, handled: 2, requests: 8, reading: 0, writing: 1, waiting: 1 });
});

test.each(["", "<html>404</html>", "Active connections: 1\n", "Active connections: 1\nserver accepts handled requests\n 1 1 1\n"])("not a stub_status page: %j", (text) => {
  expect(parseStubStatus(text)).toBeUndefined();
});
