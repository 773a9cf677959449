/**
 * Parsers for what haproxy's runtime API tells about a backend. They take text,
 * never a socket; the fixtures beside the tests are real answers of haproxy 2.6.
 *
 *   show servers state BACKEND   version line "1", a "# be_id be_name srv_id srv_name
 *                                srv_addr srv_op_state srv_admin_state srv_uweight …
 *                                srv_port …" header, then one space-separated line per
 *                                server. The columns are found by name from the header,
 *                                so added columns are ignored.
 *   show stat                    CSV with a "# pxname,svname,…" header; one row per
 *                                frontend, server and backend. Columns by name too.
 *
 * srv_admin_state is a bit field: 0x01 forced maint (the CLI), 0x02 inherited maint,
 * 0x04 maint from the configuration ("disabled"; it stays set after the CLI makes
 * the server ready, so it alone does not mean maint), 0x08 forced drain,
 * 0x10 inherited drain, 0x20 maint because its name did not resolve, 0x40 maint
 * because its host name is being changed.
 */
import type { BackendState } from "./backends.ts";
import type { LiveSlot } from "./plan.ts";

const ADMIN_MAINT = 0x01 | 0x02 | 0x20 | 0x40;
const ADMIN_DRAIN = 0x08 | 0x10;

/** The effective admin state of a srv_admin_state bit field. */
export function adminState(bits: number): BackendState {
  if (bits & ADMIN_MAINT) return "maint";
  if (bits & ADMIN_DRAIN) return "drain";
  return "ready";
}

/** Unparseable runtime-API output (a newer haproxy, or not the answer asked for). */
export class LiveStateError extends Error {
  override readonly name = "LiveStateError";
}

/** The servers of `backend` in an answer to `show servers state`, in haproxy's order. */
export function parseServersState(text: string, backend: string): LiveSlot[] {
  const lines = text.split("\n").map((l) => l.trim());
  const header = lines.find((l) => l.startsWith("# be_id"));
  if (!header) throw new LiveStateError(`not an answer to 'show servers state': ${JSON.stringify(text.slice(0, 120))}`);
  const cols = header.slice(2).split(/\s+/);
  const at = (name: string): number => {
    const i = cols.indexOf(name);
    if (i < 0) throw new LiveStateError(`'show servers state' has no ${name} column`);
    return i;
  };
  const [be, name, addr, admin, weight, port] = ["be_name", "srv_name", "srv_addr", "srv_admin_state", "srv_uweight", "srv_port"].map(at) as [number, number, number, number, number, number];
  const slots: LiveSlot[] = [];
  for (const line of lines) {
    if (line === "" || line.startsWith("#") || /^[0-9]+$/.test(line)) continue;
    const f = line.split(/\s+/);
    if (f.length < cols.length) throw new LiveStateError(`'show servers state' line has ${f.length} fields, the header ${cols.length}: ${JSON.stringify(line)}`);
    if (f[be] !== backend) continue;
    slots.push({ name: f[name]!, address: f[addr]!, port: Number(f[port]), weight: Number(f[weight]), state: adminState(Number(f[admin])) });
  }
  return slots;
}

/** Traffic of one server (or the backend or frontend as a whole) from `show stat`. */
export interface StatRow {
  readonly proxy: string;
  /** Server name, or FRONTEND / BACKEND. */
  readonly server: string;
  /** Current sessions. */
  readonly sessions: number;
  /** Sessions since start. */
  readonly sessionsTotal: number;
  readonly bytesIn: number;
  readonly bytesOut: number;
  /** haproxy's word: UP, DOWN, MAINT, DRAIN, "no check", OPEN, … */
  readonly status: string;
  readonly weight: number;
  /** address:port of a server, "" otherwise. */
  readonly address: string;
}

/** Every row of a `show stat` answer. */
export function parseStat(text: string): StatRow[] {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const header = lines.find((l) => l.startsWith("# pxname"));
  if (!header) throw new LiveStateError(`not an answer to 'show stat': ${JSON.stringify(text.slice(0, 120))}`);
  const cols = header.slice(2).split(",");
  const at = (name: string): number => {
    const i = cols.indexOf(name);
    if (i < 0) throw new LiveStateError(`'show stat' has no ${name} column`);
    return i;
  };
  const c = { px: at("pxname"), sv: at("svname"), scur: at("scur"), stot: at("stot"), bin: at("bin"), bout: at("bout"), status: at("status"), weight: at("weight"), addr: at("addr") };
  const num = (s: string | undefined): number => (s && /^[0-9]+$/.test(s) ? Number(s) : 0);
  return lines
    .filter((l) => !l.startsWith("#"))
    .map((l) => {
      const f = l.split(",");
      return {
        proxy: f[c.px] ?? "",
        server: f[c.sv] ?? "",
        sessions: num(f[c.scur]),
        sessionsTotal: num(f[c.stot]),
        bytesIn: num(f[c.bin]),
        bytesOut: num(f[c.bout]),
        status: f[c.status] ?? "",
        weight: num(f[c.weight]),
        address: f[c.addr] ?? "",
      };
    });
}

/** The worker's pid from a `show info` answer; undefined when absent. */
export function infoPid(text: string): number | undefined {
  const m = /^Pid: ([0-9]+)$/m.exec(text);
  return m ? Number(m[1]) : undefined;
}
