/**
 * The lookup service's two questions: which registrations match a template, and
 * what changed since sequence number N.
 */
import type { lama } from "../proto/index.ts";
import type { Lease } from "./lease-table.ts";

/** Lookup template: absent or empty fields are wildcards; present ones must all match. */
export interface Template {
  serviceId?: string;
  /** The item must have every one of these roles. */
  roles?: string[];
  hostname?: string;
  /** Every pair must be present in the item's free-form attributes. */
  extra?: Record<string, string>;
}

export function matchTemplate(item: lama.v1.IServiceItem, t: Template): boolean {
  if (t.serviceId && item.serviceId !== t.serviceId) return false;
  const a = item.attributes ?? {};
  if (t.hostname && a.hostname !== t.hostname) return false;
  if (t.roles?.length) {
    const have = new Set(a.roles ?? []);
    if (!t.roles.every((r) => have.has(r))) return false;
  }
  if (t.extra) {
    const extra = a.extra ?? {};
    for (const [k, v] of Object.entries(t.extra)) if (extra[k] !== v) return false;
  }
  return true;
}

/** Parses a template from URL query parameters: id=, role= (repeatable), hostname=, and k=v as attr=k=v. */
export function templateFromQuery(q: URLSearchParams): Template {
  const t: Template = {};
  const id = q.get("id");
  if (id) t.serviceId = id;
  const roles = q.getAll("role").flatMap((r) => r.split(",")).filter(Boolean);
  if (roles.length) t.roles = roles;
  const hostname = q.get("hostname");
  if (hostname) t.hostname = hostname;
  for (const kv of q.getAll("attr")) {
    const i = kv.indexOf("=");
    if (i > 0) (t.extra ??= {})[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return t;
}

export type EventType = "registered" | "renewed-with-changes" | "expired" | "cancelled";

export interface LookupEvent {
  seq: number;
  type: EventType;
  atMs: number;
  serviceId: string;
  lease: Lease;
}

/**
 * Change events with sequence numbers, kept in a bounded ring so a watcher can
 * resume from the last number it saw; listeners are called synchronously on the
 * event loop and must not block.
 */
export class EventLog {
  private readonly ring: LookupEvent[] = [];
  private seq = 0;
  private readonly listeners = new Set<(e: LookupEvent) => void>();
  listenerErrors = 0;
  lastListenerError: string | undefined;

  constructor(readonly capacity = 10_000) {}

  publish(type: EventType, lease: Lease, atMs: number): LookupEvent {
    const e: LookupEvent = { seq: ++this.seq, type, atMs, serviceId: lease.serviceId, lease: { ...lease } };
    this.ring.push(e);
    if (this.ring.length > this.capacity) this.ring.shift();
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        // A failing watcher must not break the lookup service or the other watchers.
        this.listenerErrors++;
        this.lastListenerError = (err as Error)?.message ?? String(err);
      }
    }
    return e;
  }

  /** Events with seq > afterSeq still held (oldest may have been dropped). */
  since(afterSeq: number): LookupEvent[] {
    return this.ring.filter((e) => e.seq > afterSeq);
  }

  /**
   * Up to `limit` held events with seq > afterSeq, oldest first, found by position
   * (the ring holds consecutive seqs), so a stream reading the ring in small steps
   * costs no scan of it.
   */
  after(afterSeq: number, limit: number): LookupEvent[] {
    const first = this.ring[0];
    if (!first) return [];
    const start = Math.max(0, afterSeq + 1 - first.seq);
    return this.ring.slice(start, start + limit);
  }

  /** Seq of the oldest event still held (lastSeq + 1 when none is). */
  get oldestSeq(): number {
    return this.ring[0]?.seq ?? this.seq + 1;
  }

  get lastSeq(): number {
    return this.seq;
  }

  subscribe(fn: (e: LookupEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}
