import { expect, test } from "bun:test";
import { attributesKey, checkServiceId } from "./service-item.ts";

test.each([
  ["node-1", true], ["4c4c4544-0042-3510-8051-b3c04f4d4b32", true], ["mac-aabbccddeeff", true],
  ["", false], ["-x", false], ["a b", false], ["x".repeat(129), false], ["ü", false],
])("service id %j allowed: %p", (id, ok) => {
  expect(checkServiceId(id) === undefined).toBe(ok);
});

test("attributes in another order or with defaults spelt out have the same key", () => {
  const a = attributesKey({ roles: ["web"], hostname: "n1", extra: { rack: "4", zone: "b" } });
  expect(attributesKey({ hostname: "n1", roles: ["web"], extra: { zone: "b", rack: "4" } })).toBe(a);
  expect(attributesKey({ roles: ["web"], hostname: "n1", extra: { rack: "5", zone: "b" } })).not.toBe(a);
  expect(attributesKey({ roles: ["streaming"], hostname: "n1", extra: { rack: "4", zone: "b" } })).not.toBe(a);
});
