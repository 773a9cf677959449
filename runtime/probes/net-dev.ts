/**
 * /proc/net/dev: per-interface counters since each interface was created, for the
 * network namespace of the reading process.
 *
 *   Inter-|   Receive                                                |  Transmit
 *    face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
 *       lo:   71023     462    0    0    0     0          0         0    71023     462    0    0    0     0       0          0
 *     eth0:4293967296 3000000000    0    0 …      (2.6-era "%6s:%8lu": a wide first count touches the colon)
 *
 * Column names come from the second header line, split at "|" into a receive and
 * a transmit group, so a layout with other columns still parses; with no header
 * the modern layout (8 receive, 8 transmit columns) is assumed. Interface names
 * cannot contain ":" (the kernel refuses them), so the first ":" ends the name.
 * Of each group we read bytes, packets, errs and drop; other columns are ignored.
 * A line without all its columns, or with a non-numeric one, is skipped (a partly
 * read line would give a bogus rate). A missing column counts as 0.
 */
import { parseCounter, type Counter } from "./counter.ts";

/** Counters of one interface, each since the interface was created. */
export interface NetDevCounters {
  rxBytes: Counter;
  rxPackets: Counter;
  rxErrors: Counter;
  rxDrops: Counter;
  txBytes: Counter;
  txPackets: Counter;
  txErrors: Counter;
  txDrops: Counter;
}

/** Receive and transmit column names of the modern layout (Linux 2.2 to today). */
// Stryker disable next-line StringLiteral: only the counters the probe reports are looked up by name; the others' names are never compared
const MODERN_RX = ["bytes", "packets", "errs", "drop", "fifo", "frame", "compressed", "multicast"];
// Stryker disable next-line StringLiteral: as above
const MODERN_TX = ["bytes", "packets", "errs", "drop", "fifo", "colls", "carrier", "compressed"];

interface Layout {
  width: number;
  at: [number, number, number, number, number, number, number, number];
}

function layoutOf(rx: string[], tx: string[]): Layout {
  const r = (n: string) => rx.indexOf(n);
  const t = (n: string) => (tx.indexOf(n) < 0 ? -1 : rx.length + tx.indexOf(n));
  return {
    width: rx.length + tx.length,
    at: [r("bytes"), r("packets"), r("errs"), r("drop"), t("bytes"), t("packets"), t("errs"), t("drop")],
  };
}

const MODERN = layoutOf(MODERN_RX, MODERN_TX);
const WS = /\s+/;

/** Parses /proc/net/dev text into counters by interface name, in file order. Never throws. */
export function parseNetDev(text: string): Map<string, NetDevCounters> {
  const out = new Map<string, NetDevCounters>();
  let layout = MODERN;
  for (const line of text.split("\n")) {
    if (line.includes("|")) {
      const parts = line.split("|");
      if (parts.length >= 3) {
        const rx = parts[1]!.trim().split(WS);
        const tx = parts[2]!.trim().split(WS);
        if (rx.includes("packets") && tx.includes("packets")) layout = layoutOf(rx, tx);
      }
      continue;
    }
    const colon = line.indexOf(":");
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a line without a colon (or starting with one) has an empty or blank name, refused just below
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    if (name.length === 0 || WS.test(name)) continue;
    const fields = line.slice(colon + 1).trim().split(WS);
    if (fields.length < layout.width) continue;
    const v: Counter[] = [];
    let ok = true;
    for (const i of layout.at) {
      const c = i < 0 ? 0 : parseCounter(fields[i]);
      if (c === undefined) {
        ok = false;
        break;
      }
      v.push(c);
    }
    if (!ok) continue;
    out.set(name, {
      rxBytes: v[0]!, rxPackets: v[1]!, rxErrors: v[2]!, rxDrops: v[3]!,
      txBytes: v[4]!, txPackets: v[5]!, txErrors: v[6]!, txDrops: v[7]!,
    });
  }
  return out;
}
