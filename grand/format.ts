/**
 * How the `grand` command-line client prints what the API answers: the node
 * table, a node's status, and one line per event. Pure functions of the API's
 * JSON views, so they are tested without a server.
 */
import type { EventJson, NodeJson, StatusReplyJson } from "./api-views.ts";

/** The `grand status` text. */
export function formatStatus(s: StatusReplyJson): string {
  const n = s.node ?? {};
  const mbps = (x = 0) => `${(x / 1e6).toFixed(2)} Mb/s`;
  const lines = [
    `node ${s.id}`,
    `  network  rx ${mbps(n.rxBps)}  tx ${mbps(n.txBps)}  link ${n.linkCapacityBps ? mbps(n.linkCapacityBps) : "unknown"}`,
    `  cpu      ${((n.cpu?.busy ?? 0) * 100).toFixed(1)}% busy  load ${(n.load?.one ?? 0).toFixed(2)}`,
    `  memory   ${((n.memory?.availableBytes ?? 0) / 2 ** 20).toFixed(0)} MiB available of ${((n.memory?.totalBytes ?? 0) / 2 ** 20).toFixed(0)} MiB`,
  ];
  if (!s.adaptors.length) lines.push("  adaptors none");
  for (const a of s.adaptors) {
    lines.push(`  adaptor  ${a.name}: ${a.state.replace("ADAPTOR_", "").toLowerCase()}${a.pid ? ` pid ${a.pid}` : ""}${a.restarts ? `, ${a.restarts} restarts` : ""}${a.detail ? ` — ${a.detail}` : ""}`);
  }
  return lines.join("\n") + "\n";
}

/** The columns `grand nodes` prints of each node. */
export type NodeRow = Pick<NodeJson, "id" | "addresses" | "leaseExpiresAt" | "leaseRemainingMs" | "renewals"> & { attributes: Pick<NodeJson["attributes"], "hostname" | "roles" | "addresses"> };

/** The `grand nodes` table. */
export function formatNodeTable(list: NodeRow[]): string {
  const rows = [["ID", "HOSTNAME", "ROLES", "ADDRESSES", "LEASE LEFT", "RENEWALS"]];
  for (const n of list) {
    rows.push([n.id, n.attributes.hostname, n.attributes.roles.join(",") || "-", n.addresses.join(",") || "-",
      `${(n.leaseRemainingMs / 1000).toFixed(1)}s`, String(n.renewals)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd());
  return lines.join("\n") + `\n${list.length} node${list.length === 1 ? "" : "s"}\n`;
}

/** One line of `grand events`. */
export function formatEvent(e: EventJson): string {
  return `${e.at} #${e.seq} ${e.type} ${e.id} host=${e.node.attributes.hostname} addresses=${e.node.addresses.join(",")}\n`;
}
