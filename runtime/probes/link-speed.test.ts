import { expect, test } from "bun:test";
import { isLoopback, linkCapacityBps, parseLinkSpeed, validateLinkSpeedSetting } from "./link-speed.ts";

test.each([
  ["1000\n", 1e9],
  ["100", 1e8],
  ["25000\n", 2.5e10],
  ["-1\n", undefined], // SPEED_UNKNOWN (virtio-net, a link that is down)
  ["4294967295\n", undefined], // SPEED_UNKNOWN printed unsigned by older kernels
  ["65535\n", undefined], // what some drivers say for unknown
  ["0\n", undefined],
  ["", undefined],
  ["fast", undefined],
  [undefined, undefined], // EINVAL for lo, veth, bridge, ifb
])("parseLinkSpeed(%p) = %p", (text, bps) => {
  expect(parseLinkSpeed(text)).toBe(bps);
});

test.each([
  ["lo", undefined, true],
  ["lo", 772, true],
  ["loop-br", 772, true],
  ["eth0", 1, false],
  ["eth0", undefined, false],
])("isLoopback(%p, %p) = %p", (name, type, want) => {
  expect(isLoopback(name, type)).toBe(want);
});

test.each([
  // [name, sysfs, loopback, setting, want]
  ["eth0", 1e9, false, undefined, 1e9],
  ["veth0", undefined, false, undefined, undefined],
  ["veth0", undefined, false, 1e9, 1e9],
  ["eth0", 1e10, false, 1e9, 1e10], // a default does not override what sysfs knows
  ["eth0", 1e10, false, { eth0: 1e9 }, 1e9], // a named entry does
  ["veth0", undefined, false, { eth0: 1e9 }, undefined],
  ["veth0", undefined, false, { eth0: 1e9, "*": 2e9 }, 2e9],
  ["lo", undefined, true, 1e9, undefined], // the default never applies to loopback
  ["lo", undefined, true, { lo: 4e10 }, 4e10], // a named entry does
])("linkCapacityBps(%p, %p, loopback %p, %p) = %p", (name, sysfs, loopback, setting, want) => {
  expect(linkCapacityBps(name, sysfs, loopback, setting)).toBe(want);
});

test.each([undefined, 1e9, { eth0: 1e9, "*": 1e8 }])("setting %p is valid", (setting) => {
  expect(() => validateLinkSpeedSetting(setting)).not.toThrow();
});

test.each([
  [0, /linkSpeedBps is 0; a link speed must be a positive number of bits per second/],
  [-5, /linkSpeedBps is -5/],
  [Number.NaN, /linkSpeedBps is NaN/],
  [{ eth0: "1G" }, /linkSpeedBps\.eth0 is "1G"; a link speed must be a positive number/],
  [{ "*": Infinity }, /linkSpeedBps\.\* is Infinity/],
  ["1G", /linkSpeedBps must be a number or a map/],
])("setting %p is refused with a message naming it", (setting, message) => {
  expect(() => validateLinkSpeedSetting(setting as never)).toThrow(message);
});

test.each(["1000Mb/s\n", "1000 full\n", "10 00\n"])("parseLinkSpeed(%p): trailing text is not a speed", (text) => {
  expect(parseLinkSpeed(text)).toBeUndefined();
});

test("a null setting is refused with the setting's name, not a crash inside", () => {
  expect(() => validateLinkSpeedSetting(null as never, "agent.linkSpeedBps")).toThrow(
    new TypeError('agent.linkSpeedBps must be a number or a map of interface name to bits per second, e.g. { eth0: 1e9, "*": 1e9 }'),
  );
});
