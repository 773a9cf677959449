/**
 * How the `grand` command-line client prints what the API answers: the node
 * table, a node's status, and one line per event. Pure functions of the API's
 * JSON views, so they are tested without a server.
 *
 * Everything a node told grand (hostname, roles, addresses, adaptor names and
 * details, messages, program output) is printed through `escapeControls`: a node
 * must not be able to clear an operator's screen, retitle the terminal or hide
 * text behind a bidi override.
 */
import type { EventJson, NodeJson, StatusReplyJson } from "./api-views.ts";

/** C0 controls, DEL, C1 controls (8-bit CSI, OSC, …) and Unicode bidi overrides and isolates. */
const CONTROLS = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_NEWLINE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every character a terminal would act on written as an escape
 * (`\x1b`, `\u202e`) instead; with `keepNewlines`, line feeds stay (program output).
 */
export function escapeControls(text: string, o: { keepNewlines?: boolean } = {}): string {
  return text.replace(o.keepNewlines ? CONTROLS_BUT_NEWLINE : CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
const esc = (text: string | undefined) => escapeControls(text ?? "");

/** The `grand status` text. */
export function formatStatus(s: StatusReplyJson): string {
  const n = s.node ?? {};
  const mbps = (x = 0) => `${(x / 1e6).toFixed(2)} Mb/s`;
  const lines = [
    `node ${esc(s.id)}`,
    `  network  rx ${mbps(n.rxBps)}  tx ${mbps(n.txBps)}  link ${n.linkCapacityBps ? mbps(n.linkCapacityBps) : "unknown"}`,
    `  cpu      ${((n.cpu?.busy ?? 0) * 100).toFixed(1)}% busy  load ${(n.load?.one ?? 0).toFixed(2)}`,
    `  memory   ${((n.memory?.availableBytes ?? 0) / 2 ** 20).toFixed(0)} MiB available of ${((n.memory?.totalBytes ?? 0) / 2 ** 20).toFixed(0)} MiB`,
  ];
  if (!s.adaptors.length) lines.push("  adaptors none");
  for (const a of s.adaptors) {
    lines.push(`  adaptor  ${esc(a.name)}: ${esc(a.state.replace("ADAPTOR_", "").toLowerCase())}${a.pid ? ` pid ${a.pid}` : ""}${a.restarts ? `, ${a.restarts} restarts` : ""}${a.detail ? ` — ${esc(a.detail)}` : ""}`);
  }
  return lines.join("\n") + "\n";
}

/** The columns `grand nodes` prints of each node. */
export type NodeRow = Pick<NodeJson, "id" | "addresses" | "leaseExpiresAt" | "leaseRemainingMs" | "renewals"> & { attributes: Pick<NodeJson["attributes"], "hostname" | "roles" | "addresses"> };

/** The `grand nodes` table. */
export function formatNodeTable(list: NodeRow[]): string {
  const rows = [["ID", "HOSTNAME", "ROLES", "ADDRESSES", "LEASE LEFT", "RENEWALS"]];
  for (const n of list) {
    rows.push([esc(n.id), esc(n.attributes.hostname), esc(n.attributes.roles.join(",")) || "-", esc(n.addresses.join(",")) || "-",
      `${(n.leaseRemainingMs / 1000).toFixed(1)}s`, String(n.renewals)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd());
  return lines.join("\n") + `\n${list.length} node${list.length === 1 ? "" : "s"}\n`;
}

/** One line of `grand events`. */
export function formatEvent(e: EventJson): string {
  return `${e.at} #${e.seq} ${esc(e.type)} ${esc(e.id)} host=${esc(e.node.attributes.hostname)} addresses=${esc(e.node.addresses.join(","))}\n`;
}
