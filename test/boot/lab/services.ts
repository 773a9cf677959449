/**
 * The daemons of a boot lab, each started inside the lab namespace: the real
 * `dist/grand`, dnsmasq (DHCP, TFTP, PXE steering — the kit's own
 * configuration) and busybox httpd serving the kit's http/ folder.
 *
 * grand's HTTP API listens on a unix socket in the lab folder, which the test
 * process can reach from outside the namespace.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderDnsmasqDhcp, renderDnsmasqProxy } from "../../../images/index.ts";
import { LAB_DHCP_RANGE, LAB_HOST_IP, LAB_NETWORK, type Lab, type LabProcess } from "./netns.ts";

/** A node as grand's GET /api/nodes returns it. */
export interface GrandNode {
  id: string;
  attributes: { roles?: string[]; hostname?: string; addresses?: string[]; extra?: Record<string, string> };
  addresses?: string[];
  leaseExpiresAt?: number | string;
}

export interface Grand {
  process: LabProcess;
  socket: string;
  nodes(): Promise<GrandNode[]>;
  /** Polls until `match` finds a node; returns it and when it was first seen. */
  waitForNode(match: (n: GrandNode) => boolean, timeoutMs: number, abort?: () => string | undefined): Promise<{ node: GrandNode; at: number }>;
}

/** Starts dist/grand serving on the lab bridge with `keyFile`. */
export async function startGrand(lab: Lab, grandBinary: string, keyFile: string): Promise<Grand> {
  const socket = join(lab.dir, "grand.sock");
  const p = lab.spawn("grand", [grandBinary, "serve", "--key-file", keyFile, "--interface", LAB_HOST_IP, "--http", `unix:${socket}`]);
  const nodes = async (): Promise<GrandNode[]> => {
    const r = await fetch("http://grand/api/nodes", { unix: socket });
    if (!r.ok) throw new Error(`grand GET /api/nodes: HTTP ${r.status}`);
    return (await r.json()) as GrandNode[];
  };
  const deadline = performance.now() + 20_000;
  for (;;) {
    try {
      await nodes();
      break;
    } catch {
      if (p.proc.exitCode !== null) throw new Error(`grand exited (${p.proc.exitCode}) before serving its API:\n${p.output()}`);
      if (performance.now() > deadline) throw new Error(`grand did not serve its API on ${socket} within 20 s:\n${p.output()}`);
      await Bun.sleep(100);
    }
  }
  return {
    process: p,
    socket,
    nodes,
    async waitForNode(match, timeoutMs, abort) {
      const end = performance.now() + timeoutMs;
      for (;;) {
        const found = (await nodes()).find(match);
        if (found) return { node: found, at: performance.now() };
        const why = abort?.();
        if (why) throw new Error(why);
        if (performance.now() > end) throw new Error(`no matching node listed by grand within ${timeoutMs / 1000} s; grand log:\n${p.output().slice(-3000)}`);
        await Bun.sleep(250);
      }
    },
  };
}

/** The node grand lists for a VM with this MAC: lama's id is mac-<hex> when the firmware has no UUID. */
export function nodeForMac(mac: string): (n: GrandNode) => boolean {
  const hex = mac.replaceAll(":", "").toLowerCase();
  return (n) => n.id === `mac-${hex}` || n.attributes?.hostname === `lama-${hex}`;
}

/** Starts dnsmasq with the PXE kit's full-DHCP configuration, serving `tftpRoot`. */
export function startDnsmasq(lab: Lab, tftpRoot: string, extra: string[] = []): LabProcess {
  const conf = join(lab.dir, "dnsmasq.conf");
  writeFileSync(conf, renderDnsmasqDhcp({ interface: lab.bridge, tftpRoot, range: LAB_DHCP_RANGE, router: LAB_HOST_IP }) + extra.map((l) => l + "\n").join(""));
  return lab.spawn("dnsmasq", [
    "dnsmasq", `--conf-file=${conf}`, "--keep-in-foreground", "--log-facility=-", "--pid-file", `--dhcp-leasefile=${join(lab.dir, "leases")}`,
    "--user=root", "--group=root",
  ]);
}

/** Starts dnsmasq with the PXE kit's proxy-DHCP configuration: it hands out no address, only boot files. */
export function startDnsmasqProxy(lab: Lab, tftpRoot: string): LabProcess {
  const conf = join(lab.dir, "dnsmasq.conf");
  writeFileSync(conf, renderDnsmasqProxy({ interface: lab.bridge, tftpRoot, range: LAB_NETWORK }));
  return lab.spawn("dnsmasq", ["dnsmasq", `--conf-file=${conf}`, "--keep-in-foreground", "--log-facility=-", "--pid-file", "--user=root", "--group=root"]);
}

/** The network's "existing" DHCP server for proxy-DHCP tests: busybox udhcpd, knowing nothing of PXE. */
export function startUdhcpd(lab: Lab): LabProcess {
  const conf = join(lab.dir, "udhcpd.conf");
  const [first, last] = LAB_DHCP_RANGE.split(",");
  writeFileSync(conf, [
    `start ${first}`, `end ${last}`, `interface ${lab.bridge}`, `lease_file ${join(lab.dir, "udhcpd.leases")}`,
    "option subnet 255.255.255.0", `option router ${LAB_HOST_IP}`, "option lease 3600", "",
  ].join("\n"));
  return lab.spawn("udhcpd", ["busybox", "udhcpd", "-f", conf]);
}

/** Serves `root` over HTTP on the lab bridge, port 8080, with busybox httpd. */
export function startHttp(lab: Lab, root: string): LabProcess {
  return lab.spawn("httpd", ["busybox", "httpd", "-f", "-vv", "-p", `${LAB_HOST_IP}:8080`, "-h", root]);
}
