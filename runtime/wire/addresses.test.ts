import { expect, test } from "bun:test";
import { inSubnet, localAddressOnSubnet } from "./addresses.ts";

test.each([
  ["198.18.0.2/15", "198.19.255.1", true],
  ["198.18.0.2/15", "198.20.0.1", false],
  ["127.0.0.1/8", "127.0.0.1", true],
  ["10.0.0.1/32", "10.0.0.1", true],
  ["10.0.0.1/32", "10.0.0.2", false],
  ["0.0.0.0/0", "1.2.3.4", true],
  ["bad", "1.2.3.4", false],
])("inSubnet(%s, %s) = %p", (cidr, ip, expected) => {
  expect(inSubnet(cidr, ip)).toBe(expected);
});

test("the local address on the remote's network is chosen for binding", () => {
  const ours = [{ address: "192.0.2.2", cidr: "192.0.2.2/24" }, { address: "198.18.0.1", cidr: "198.18.0.1/15" }];
  expect(localAddressOnSubnet(ours, "198.18.0.7")).toBe("198.18.0.1");
  expect(localAddressOnSubnet(ours, "203.0.113.9")).toBeUndefined();
});
