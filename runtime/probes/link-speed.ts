/**
 * Link capacity of an interface, from /sys/class/net/<if>/speed and an override.
 *
 * The sysfs file holds the negotiated speed in Mb/s ("1000\n"). Virtual links
 * (veth, bridge, tun, loopback, ifb) and links that are down report none: reading
 * fails with EINVAL, or the file says -1 (SPEED_UNKNOWN); older kernels printed
 * SPEED_UNKNOWN unsigned (4294967295) and some drivers 65535. virtio-net says -1
 * unless the host configured a speed.
 *
 * Because veths report nothing, an operator can say what a link is worth:
 *   - a number: the capacity of every non-loopback interface that reports none;
 *   - a map { eth0: 1e9, "*": 1e10 }: per interface, overriding what sysfs says,
 *     with "*" standing for the number form.
 */

/** Bits per second, per interface name; "*" is the default for links that report none. */
export type LinkSpeedSetting = number | Readonly<Record<string, number>>;

const SPEED = /^\s*(-?\d{1,12})\s*$/;

/** Parses a /sys/class/net/<if>/speed file into bits per second; undefined when unknown. */
export function parseLinkSpeed(text: string | undefined): number | undefined {
  // Stryker disable next-line ConditionalExpression: SPEED does not match "undefined" either
  if (text === undefined) return undefined;
  const m = SPEED.exec(text);
  if (!m) return undefined;
  const mbps = Number(m[1]);
  if (mbps <= 0 || mbps === 65535 || mbps === 4294967295) return undefined;
  return mbps * 1e6;
}

/** ARPHRD_LOOPBACK, the /sys/class/net/<if>/type of a loopback device. */
export const ARPHRD_LOOPBACK = 772;

/** Whether an interface is a loopback: named "lo", or of loopback type when sysfs says so. */
export function isLoopback(name: string, arphrdType?: number): boolean {
  return name === "lo" || arphrdType === ARPHRD_LOOPBACK;
}

/**
 * The capacity to report for one interface, in bits per second (undefined: unknown).
 * Order: the setting's entry for the name, then sysfs, then the setting's default
 * (never applied to a loopback).
 */
export function linkCapacityBps(
  name: string,
  sysfsBps: number | undefined,
  loopback: boolean,
  setting: LinkSpeedSetting | undefined,
): number | undefined {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a validated setting is undefined, a number or an object, so typeof "object" alone decides
  if (setting !== undefined && typeof setting === "object" && Object.hasOwn(setting, name)) return setting[name];
  if (sysfsBps !== undefined) return sysfsBps;
  if (loopback || setting === undefined) return undefined;
  return typeof setting === "number" ? setting : setting["*"];
}

/**
 * Checks a link speed setting once, at start-up. Throws an error naming the bad
 * entry and what is allowed.
 */
export function validateLinkSpeedSetting(setting: LinkSpeedSetting | undefined, settingName = "linkSpeedBps"): void {
  if (setting === undefined) return;
  const check = (v: unknown, where: string) => {
    // Stryker disable next-line ConditionalExpression: Number.isFinite refuses every non-number too
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) {
      throw new RangeError(
        `${where} is ${typeof v === "number" ? String(v) : JSON.stringify(v)}; a link speed must be a positive number of bits per second, e.g. 1e9 for 1 Gb/s`,
      );
    }
  };
  if (typeof setting === "number") return check(setting, settingName);
  if (setting === null || typeof setting !== "object") {
    throw new TypeError(`${settingName} must be a number or a map of interface name to bits per second, e.g. { eth0: 1e9, "*": 1e9 }`);
  }
  for (const [k, v] of Object.entries(setting)) check(v, `${settingName}.${k}`);
}
