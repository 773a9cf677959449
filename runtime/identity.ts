/**
 * The node's stable service id and its attributes.
 *
 * The id must be the same after a reboot of a diskless node, so it comes from the
 * machine itself: the DMI product UUID when it is a real one, else the first
 * permanent MAC address (by interface name), else it must be given. Parsers take
 * text, never paths; `SysSource` is the seam that reads /sys.
 */
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

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

/** A valid service id: what `--service-id` accepts. */
export function checkServiceId(id: string): string | undefined {
  return /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(id)
    ? undefined
    : `service id '${id}' is not allowed: use 1-128 characters from letters, digits and . _ : - (starting with a letter or digit)`;
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

export interface Ipv4Address {
  name: string;
  address: string;
  /** "198.18.0.2/15" form. */
  cidr: string;
  internal: boolean;
}

/** IPv4 addresses of up interfaces; loopback only when asked for. */
export function localIpv4Addresses(includeInternal = false): Ipv4Address[] {
  const out: Ipv4Address[] = [];
  for (const [name, addrs] of Object.entries(os.networkInterfaces())) {
    for (const a of addrs ?? []) {
      if (a.family === "IPv4" && (includeInternal || !a.internal)) {
        out.push({ name, address: a.address, cidr: a.cidr ?? `${a.address}/32`, internal: a.internal });
      }
    }
  }
  return out;
}

function ipv4ToInt(ip: string): number {
  return ip.split(".").reduce((acc, o) => (acc * 256 + Number(o)) >>> 0, 0);
}

/** Whether `ip` lies in the network of `cidr` ("198.18.0.2/15"). */
export function inSubnet(cidr: string, ip: string): boolean {
  const [net, bitsText] = cidr.split("/");
  const bits = Number(bitsText ?? 32);
  if (!net || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const mask = bits === 0 ? 0 : (0xffff_ffff << (32 - bits)) >>> 0;
  return ((ipv4ToInt(net) & mask) >>> 0) === ((ipv4ToInt(ip) & mask) >>> 0);
}

/** Of our addresses, the one on the same network as `remote` (to bind a connection to it). */
export function localAddressOnSubnet(ours: Pick<Ipv4Address, "address" | "cidr">[], remote: string): string | undefined {
  return ours.find((a) => inSubnet(a.cidr, remote))?.address;
}
