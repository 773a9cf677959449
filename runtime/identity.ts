/**
 * The node's stable service id, from the machine itself.
 *
 * The id must be the same after a reboot of a diskless node, so it comes from the
 * machine itself: the DMI product UUID when it is a real one, else the first
 * permanent MAC address (by interface name), else it must be given. Choosing is
 * pure (`chooseServiceId`); `readMachineFacts` reads /sys under a root a test can
 * point at a folder of its own.
 */
import { readdirSync, readFileSync } from "node:fs";

export interface NetInterfaceInfo {
  name: string;
  mac: string;
  /** /sys/class/net/X/addr_assign_type: 0 = permanent, 1 = random, 3 = set. */
  assignType: number;
  /** Loopback and other non-Ethernet links have type != 1. */
  linkType: number;
}

export interface MachineFacts {
  productUuid?: string;
  interfaces: NetInterfaceInfo[];
}

/** UUIDs that firmware writes when it has none. */
const BOGUS_UUIDS = new Set([
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "03000200-0400-0500-0006-000700080009",
]);

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Picks the service id from machine facts, or undefined when none is usable. */
export function chooseServiceId(facts: MachineFacts): string | undefined {
  const uuid = facts.productUuid?.trim().toLowerCase();
  if (uuid && UUID_RE.test(uuid) && !BOGUS_UUIDS.has(uuid)) return uuid;
  const permanent = facts.interfaces
    .filter((i) => i.assignType === 0 && i.linkType === 1 && /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(i.mac) && i.mac !== "00:00:00:00:00:00")
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const first = permanent[0];
  return first ? `mac-${first.mac.replaceAll(":", "")}` : undefined;
}

/** Reads the facts from /sys (or another root, for tests and images). */
export function readMachineFacts(sysRoot = "/sys"): MachineFacts {
  const read = (p: string): string | undefined => {
    try {
      return readFileSync(p, "utf8").trim();
    } catch {
      return undefined;
    }
  };
  let names: string[] = [];
  try {
    names = readdirSync(`${sysRoot}/class/net`);
  } catch {
    names = [];
  }
  return {
    productUuid: read(`${sysRoot}/class/dmi/id/product_uuid`),
    interfaces: names.map((name) => ({
      name,
      mac: (read(`${sysRoot}/class/net/${name}/address`) ?? "").toLowerCase(),
      assignType: Number(read(`${sysRoot}/class/net/${name}/addr_assign_type`) ?? -1),
      linkType: Number(read(`${sysRoot}/class/net/${name}/type`) ?? -1),
    })),
  };
}
