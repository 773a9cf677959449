/**
 * The JSON shapes of grand's HTTP API, declared once: a view function from the
 * internal value to plain JSON, and the type a client reads back. The routes,
 * the event stream, the `grand` command-line client and the test harness all use
 * these; the dashboard's script reads the same fields.
 *
 * Numbers are numbers (64-bit protobuf fields as Number), enums are their names,
 * times are ISO 8601 strings; fields are never renamed once shipped.
 */
import { pb, type lama } from "../proto/index.ts";
import { formatEndpoint } from "../runtime/wire/index.ts";
import type { ChannelInfo, ChannelState } from "./control-manager.ts";
import type { Lease } from "./lease-table.ts";
import type { LookupEvent } from "./lookup.ts";
import type { OtherGrand } from "./lookup-service.ts";
import type { RoleSum } from "./monitor.ts";
import type { KernelUdpCounters } from "../runtime/wire/index.ts";

/** A node's attributes, every field present. */
export interface AttributesJson {
  roles: string[];
  hostname: string;
  addresses: string[];
  linkCapacityBps: number;
  agentVersion: string;
  adaptors: string[];
  extra: Record<string, string>;
}

/** A registration (GET /api/nodes entries without the live fields; event payloads). */
export interface LeaseJson {
  id: string;
  attributes: AttributesJson;
  addresses: string[];
  endpoint: string;
  leaseId: number;
  registeredAt: string;
  leaseExpiresAt: string;
  leaseRemainingMs: number;
  renewals: number;
}

/** The load summary shown beside a node: its latest telemetry. */
export interface LoadJson {
  at: string;
  rxBps: number;
  txBps: number;
  cpuBusy: number;
  linkCapacityBps: number;
}

/** An entry of GET /api/nodes: the registration, its channel's state and its latest load. */
export interface NodeJson extends LeaseJson {
  channel: ChannelState | null;
  load: LoadJson | null;
}

/** GET /api/nodes/:id: as a list entry, with the channel's details. */
export interface NodeDetailJson extends LeaseJson {
  channel: ChannelInfo | null;
  load: LoadJson | null;
}

/** One change event (GET /api/events, as SSE data or a JSON array). */
export interface EventJson {
  /** grand's epoch: changes each time grand starts; `seq` counts from 1 within it. */
  epoch: number;
  seq: number;
  type: LookupEvent["type"];
  at: string;
  id: string;
  node: LeaseJson;
}

/** `event: reset` on the event stream: the client's cursor cannot be resumed; every held event of `epoch` follows. */
export interface ResetJson {
  type: "reset";
  epoch: number;
  lastSeq: number;
  reason: string;
}

/** `event: dropped`, the last message of a stream whose reader fell too far behind. */
export interface DroppedJson {
  type: "dropped";
  epoch: number;
  lastSeq: number;
  /** The seq of the last event sent: resume after it. */
  sentSeq: number;
  reason: string;
}

/** GET /api/stats `eventStream`: open streams and what was done to slow or stale readers. */
export interface EventStreamStatsJson {
  clients: number;
  dropped: number;
  resets: number;
  bytesSent: number;
  maxBacklogEvents: number;
  largestBacklog: number;
}

/** GET /api/stats `http`: the TCP connection guard's counters and limits (http-guard.ts). */
export interface HttpStatsJson {
  open: number;
  /** Sockets grand has ended, waiting (at most a second) for their client to close. */
  closing: number;
  accepted: number;
  /** Connections answered 503 because `maxConnections` were open. */
  refused: number;
  idleClosed: number;
  slowClosed: number;
  maxConnections: number;
  idleMs: number;
  requestMs: number;
}

/** A NodeStatus (L(t)) as JSON; fields absent in the message are absent here. */
export interface NodeStatusJson {
  serviceId?: string;
  atMs?: number;
  periodMs?: number;
  rxBps?: number;
  txBps?: number;
  linkCapacityBps?: number;
  cpu?: { busy?: number };
  memory?: { totalBytes?: number; availableBytes?: number };
  load?: { one?: number };
  [field: string]: unknown;
}

/** One adaptor's state as JSON, every field present. */
export interface AdaptorStatusJson {
  name: string;
  state: string;
  pid?: number;
  restarts?: number;
  detail?: string;
  [field: string]: unknown;
}

/** GET /api/nodes/:id/status. */
export interface StatusReplyJson {
  id: string;
  node: NodeStatusJson | null;
  adaptors: AdaptorStatusJson[];
}

/** POST /api/nodes/:id/start|stop|set. */
export interface ActionReplyJson {
  id: string;
  message: string;
  noOp: boolean;
  adaptor: AdaptorStatusJson | null;
}

/** Any error answer; the typed control errors add their fields. */
export interface ErrorJson {
  error: string;
  kind?: string;
  parameter?: string;
  allowed?: string;
  outputTail?: string;
}

/** GET /api/monitor. */
export interface MonitorJson {
  nodes: Record<string, LoadJson | null>;
  roles: Record<string, RoleSum | null>;
}

/** GET /api/stats: who this grand is, and its counters (the lookup service's counters are spread in). */
export interface StatsJson {
  grandId: string;
  epoch: number;
  version: string;
  uptimeMs: number;
  nodes: number;
  channelsOpen: number;
  lastEventSeq: number;
  accepted: number;
  drops: Record<string, number> & { total: number };
  /** What the per-sender replay memory's caps evicted (replay-window.ts): nonces, whole senders, retired floors. */
  replayEvictions: { nonces: number; senders: number; retiredFloors: number };
  /** The kernel's UDP counters in grand's namespace (/proc/net/snmp): `rcvbufErrors` are drops before grand saw them; null off Linux. */
  kernelUdp: KernelUdpCounters | null;
  /** Other grands heard announcing on this pool in the last minute (there should be none). */
  otherGrands: OtherGrandJson[];
  [counter: string]: unknown;
}

/** Another grand heard on the pool (lookup-service.ts `OtherGrand`). */
export interface OtherGrandJson {
  id: string;
  epoch: number;
  address: string;
  /** Signed by this grand's controller key: a second holder of it; false: unsigned or another key. */
  signed: boolean;
  lastSeen: string;
  lastSeenAgoMs: number;
  announcements: number;
}

/** An other grand as JSON, its times read with one wall and one monotonic reading. */
export function otherGrandToJson(g: OtherGrand, nowMs: number, monoMs: number): OtherGrandJson {
  return {
    id: g.id, epoch: g.epoch, address: g.address, signed: g.signed, lastSeen: new Date(nowMs + (g.lastSeenMono - monoMs)).toISOString(),
    lastSeenAgoMs: monoMs - g.lastSeenMono, announcements: g.announcements,
  };
}

/**
 * The registration as JSON. A lease's times are monotonic readings (lease-table.ts);
 * they are shown on the wall clock as read together with monoMs (both from one
 * Clock, at one moment), so a wall-clock step moves the dates, never the lease.
 */
export function leaseToJson(lease: Lease, nowMs: number, monoMs = nowMs): LeaseJson {
  const wall = (atMs: number) => new Date(nowMs + (atMs - monoMs)).toISOString();
  const a = lease.item.attributes ?? {};
  return {
    id: lease.serviceId,
    attributes: {
      roles: a.roles ?? [],
      hostname: a.hostname ?? "",
      addresses: a.addresses ?? [],
      linkCapacityBps: Number(a.linkCapacityBps ?? 0),
      agentVersion: a.agentVersion ?? "",
      adaptors: a.adaptors ?? [],
      extra: a.extra ?? {},
    },
    addresses: a.addresses ?? [],
    endpoint: formatEndpoint(lease.endpoint),
    leaseId: lease.leaseId,
    registeredAt: wall(lease.registeredAtMs),
    leaseExpiresAt: wall(lease.expiresAtMs),
    leaseRemainingMs: lease.expiresAtMs - monoMs,
    renewals: lease.renewals,
  };
}

/** The load summary of a node's latest NodeStatus; null before its first telemetry. */
export function loadToJson(s: lama.v1.INodeStatus | undefined): LoadJson | null {
  if (!s) return null;
  return { at: new Date(Number(s.atMs ?? 0)).toISOString(), rxBps: s.rxBps ?? 0, txBps: s.txBps ?? 0, cpuBusy: s.cpu?.busy ?? 0, linkCapacityBps: Number(s.linkCapacityBps ?? 0) };
}

/** A list entry of GET /api/nodes. */
export function nodeToJson(lease: Lease, nowMs: number, channel: ChannelInfo | undefined, latest: lama.v1.INodeStatus | undefined, monoMs = nowMs): NodeJson {
  return { ...leaseToJson(lease, nowMs, monoMs), channel: channel?.state ?? null, load: loadToJson(latest) };
}

/** GET /api/nodes/:id. */
export function nodeDetailToJson(lease: Lease, nowMs: number, channel: ChannelInfo | undefined, latest: lama.v1.INodeStatus | undefined, monoMs = nowMs): NodeDetailJson {
  return { ...leaseToJson(lease, nowMs, monoMs), channel: channel ?? null, load: loadToJson(latest) };
}

/** A change event. */
export function eventToJson(e: LookupEvent, nowMs: number, epoch: number, monoMs = nowMs): EventJson {
  return { epoch, seq: e.seq, type: e.type, at: new Date(e.atMs).toISOString(), id: e.serviceId, node: leaseToJson(e.lease, nowMs, monoMs) };
}

/** NodeStatus as JSON: numbers as numbers, enums as names. */
export function statusToJson(s: lama.v1.INodeStatus | undefined | null): NodeStatusJson | null {
  return s ? pb.NodeStatus.toObject(pb.NodeStatus.fromObject(s), { longs: Number, enums: String, arrays: true }) as NodeStatusJson : null;
}

/** AdaptorStatus as JSON, defaults included so every field is present. */
export function adaptorStatusToJson(a: lama.v1.IAdaptorStatus): AdaptorStatusJson {
  return pb.AdaptorStatus.toObject(pb.AdaptorStatus.fromObject(a), { longs: Number, enums: String, arrays: true, objects: true, defaults: true }) as AdaptorStatusJson;
}

/** A Status reply. */
export function statusReplyToJson(id: string, status: lama.v1.IStatusReply): StatusReplyJson {
  return { id, node: statusToJson(status.node), adaptors: (status.adaptors ?? []).map(adaptorStatusToJson) };
}

/** A Start / Stop / Set reply. */
export function actionReplyToJson(id: string, a: lama.v1.IAdaptorReply): ActionReplyJson {
  return { id, message: a.message ?? "", noOp: a.noOp ?? false, adaptor: a.status ? adaptorStatusToJson(a.status) : null };
}
