/**
 * This host's IPv4 addresses and which of them faces a given peer. Both binaries
 * use it: grand to say where agents reach it, the agent to bind its control
 * channel to the address on grand's network.
 */
import os from "node:os";

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
