import { expect, test } from "bun:test";
import { chooseServiceId, type NetInterfaceInfo } from "./identity.ts";

const eth = (name: string, mac: string, assignType = 0, linkType = 1): NetInterfaceInfo => ({ name, mac, assignType, linkType });

test.each([
  ["a real DMI UUID wins", { productUuid: "4C4C4544-0042-3510-8051-B3C04F4D4B32", interfaces: [eth("eno1", "aa:bb:cc:dd:ee:ff")] }, "4c4c4544-0042-3510-8051-b3c04f4d4b32"],
  ["an all-zero UUID falls back to the MAC", { productUuid: "00000000-0000-0000-0000-000000000000", interfaces: [eth("eno1", "aa:bb:cc:dd:ee:ff")] }, "mac-aabbccddeeff"],
  ["the well-known bogus UUID falls back", { productUuid: "03000200-0400-0500-0006-000700080009", interfaces: [eth("eno1", "aa:bb:cc:dd:ee:01")] }, "mac-aabbccddee01"],
  ["first permanent MAC by name", { interfaces: [eth("eno2", "00:00:00:00:00:02"), eth("eno1", "00:00:00:00:00:01")] }, "mac-000000000001"],
  ["random and set MACs are skipped", { interfaces: [eth("veth0", "02:00:00:00:00:01", 1), eth("br0", "02:00:00:00:00:02", 3), eth("eth9", "00:11:22:33:44:55")] }, "mac-001122334455"],
  ["loopback is skipped", { interfaces: [eth("lo", "00:00:00:00:00:00", 0, 772)] }, undefined],
  ["nothing usable", { productUuid: "garbage", interfaces: [] }, undefined],
])("%s", (_name, facts, expected) => {
  expect(chooseServiceId(facts)).toBe(expected);
});
