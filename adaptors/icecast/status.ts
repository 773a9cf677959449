/**
 * What icecast says about itself, parsed from text (never fetched here).
 *
 * `/status-json.xsl` (public) is what readiness reads:
 *
 *   {"icestats": {"server_id": "lama-…", …,
 *                 "source": {"listenurl": "http://localhost:8000/live", "listeners": 3,
 *                            "stream_start_iso8601": "2026-12-02T10:01:36+0000", …}}}
 *
 * `source` is absent when no mount has a source, an object for one, an array for
 * several (icecast's XSL quirk). A mount appears only while a source (a source
 * client or a connected relay) feeds it, so "the mount is listed" means "the mount
 * serves audio". icecast 2.4's XSL does not escape every string, so a body that is
 * not JSON is "not ready yet", never an error.
 *
 * `/admin/stats` (XML, admin credentials) adds per-mount byte counters
 * (<total_bytes_sent>, <total_bytes_read>) that Status reports.
 */

/** One mount with a source, as the status JSON lists it. */
export interface MountStatus {
  /** The mount's path ("/live"), from its listen URL. */
  readonly mount: string;
  readonly listeners: number;
  /** When its current source connected (ms since the epoch, second resolution); undefined if unreadable. */
  readonly streamStartMs?: number;
}

export interface IcecastStatus {
  readonly serverId: string;
  readonly mounts: readonly MountStatus[];
}

/** The status JSON, or undefined when the text is not icecast's status document. */
export function parseStatusJson(text: string): IcecastStatus | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const stats = (doc as { icestats?: unknown } | null)?.icestats;
  if (typeof stats !== "object" || stats === null) return undefined;
  const s = stats as Record<string, unknown>;
  const raw = s.source === undefined ? [] : Array.isArray(s.source) ? s.source : [s.source];
  const mounts: MountStatus[] = [];
  for (const m of raw) {
    if (typeof m !== "object" || m === null) continue;
    const r = m as Record<string, unknown>;
    const mount = mountOf(r.listenurl);
    if (mount === undefined) continue;
    const start = typeof r.stream_start_iso8601 === "string" ? parseIsoOffset(r.stream_start_iso8601) : undefined;
    mounts.push({ mount, listeners: typeof r.listeners === "number" ? r.listeners : 0, ...(start !== undefined ? { streamStartMs: start } : {}) });
  }
  return { serverId: typeof s.server_id === "string" ? s.server_id : "", mounts };
}

/**
 * Whether the status shows icecast serving mount from this configuration: it has
 * read the config whose token is serverId, and a source is connected to the
 * mount (icecast lists a relay before its stream starts; that does not count).
 */
export function isServing(status: IcecastStatus | undefined, want: { serverId: string; mount: string }): boolean {
  if (!status || status.serverId !== want.serverId) return false;
  const m = status.mounts.find((x) => x.mount === want.mount);
  return m !== undefined && m.streamStartMs !== undefined;
}

/** Byte counters of one mount from /admin/stats. */
export interface MountCounters {
  readonly listeners: number;
  readonly bytesSent: number;
  readonly bytesRead: number;
}

/** The counters of mount in the admin stats XML; undefined when the mount is not listed. */
export function parseAdminStats(xml: string, mount: string): MountCounters | undefined {
  const re = /<source mount="([^"]*)">([\s\S]*?)<\/source>/g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    if (unescapeXml(m[1]!) !== mount) continue;
    const body = m[2]!;
    const num = (tag: string): number => {
      const v = new RegExp(`<${tag}>(\\d+)</${tag}>`).exec(body);
      return v ? Number(v[1]) : 0;
    };
    return { listeners: num("listeners"), bytesSent: num("total_bytes_sent"), bytesRead: num("total_bytes_read") };
  }
  return undefined;
}

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!);
}

function mountOf(listenurl: unknown): string | undefined {
  if (typeof listenurl !== "string") return undefined;
  const m = /^https?:\/\/[^/]+(\/.*)$/.exec(listenurl);
  return m ? m[1] : undefined;
}

/** "2026-12-02T10:01:36+0000" → ms since the epoch (icecast writes the offset without a colon). */
export function parseIsoOffset(s: string): number | undefined {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)([+-])(\d\d):?(\d\d)$/.exec(s);
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}${m[2]}${m[3]}:${m[4]}`);
  return Number.isNaN(ms) ? undefined : ms;
}
