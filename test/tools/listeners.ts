/**
 * The listener load generator: real HTTP clients that connect through a pool's
 * dispatcher and count what they receive, bounded in number and time. Used by
 * the namespace tests (test/traffic.test.ts, run inside a client namespace) and
 * the traffic benchmark (bench/traffic.ts).
 *
 * Two kinds of client:
 *   stream    holds one response open (an icecast mount) and reads it; if the
 *             server ends or breaks it the client counts a cut and connects again
 *             (a player would), after 200 ms;
 *   requests  GETs the URL again and again (a web page), each body read to the end.
 * Either reads at most `rateBps` on average (0: as fast as it comes): above it,
 * the client waits before its next read or request. (fetch buffers what arrives
 * meanwhile, so a stream's bytes per period jump after a wait; the average
 * holds. An icecast stream is paced by the server anyway.)
 *
 * How many clients run follows a ramp of points "SECONDS:CLIENTS,…" (linear in
 * between, held after the last) or a workload CSV with columns `time_s` and
 * `clients` (or `streams`); at most `maxClients`, for at most `seconds`. When the
 * target falls, the newest clients leave first (`leave`: or the oldest, or any at random).
 *
 * Every `periodMs` it reports, per running client, the bytes received in the
 * period, and how many clients that ran the whole period got less than `minBps`;
 * at the end the listener-seconds below that rate, cuts and failed requests.
 *
 *   bun test/tools/listeners.ts --url http://198.18.0.4:8000/live --ramp 0:0,30:12,60:12,70:0 \
 *       --seconds 80 --rate-bps 128000 --min-bps 120000 [--mode stream|requests] [--csv FILE]
 *       [--period-ms 1000] [--max-clients 200] [--leave newest|oldest|random]
 * prints one JSON line per period ({"t", "clients", "bytes": [...], "below", ...}) and a last
 * line {"summary": {...}}.
 */
import { readFileSync } from "node:fs";

export type ListenerMode = "stream" | "requests";
/** Which clients leave when the ramp falls: the newest, the oldest, or chosen at random (seeded, so runs repeat). */
export type LeaveOrder = "newest" | "oldest" | "random";

/** A ramp point: from `tS` seconds on, `clients` clients (linear to the next point). */
export interface RampPoint {
  readonly tS: number;
  readonly clients: number;
}

export interface ListenersOptions {
  readonly url: string;
  readonly mode: ListenerMode;
  readonly ramp: readonly RampPoint[];
  /** Stop every client after this long. */
  readonly seconds: number;
  /** Never more clients than this, whatever the ramp says. */
  readonly maxClients: number;
  readonly periodMs: number;
  /** Each client reads at most this many bits per second on average; 0: no limit. */
  readonly rateBps: number;
  /** A client that ran a whole period and got less than this (bits per second) counts as below. */
  readonly minBps: number;
  /** Which clients leave first when the ramp falls (default newest). */
  readonly leave?: LeaveOrder;
  /** Called with each period's report as it ends. */
  readonly onPeriod?: (p: PeriodReport) => void;
}

/** One period. */
export interface PeriodReport {
  /** Seconds since the start, at the end of the period. */
  readonly t: number;
  readonly clients: number;
  /** Bytes each running client received in the period, oldest client first. */
  readonly bytes: number[];
  /** Clients that ran the whole period and got less than minBps. */
  readonly below: number;
  /** Requests completed (requests mode) or streams opened (stream mode) in the period. */
  readonly requests: number;
  /** Failed requests or connections in the period (refused, reset, an HTTP error status). */
  readonly errors: number;
  /** Streams the server ended or broke in the period (stream mode). */
  readonly cuts: number;
}

export interface ListenersReport {
  readonly periods: PeriodReport[];
  /** Σ below × period length: how long listeners got less than minBps, in listener-seconds. */
  readonly listenerSecondsBelow: number;
  readonly bytes: number;
  readonly requests: number;
  readonly errors: number;
  readonly cuts: number;
  /** The most clients that ran at once. */
  readonly peakClients: number;
}

/** Parses "0:0,30:12,60:12" (seconds:clients, rising seconds). */
export function parseRamp(text: string): RampPoint[] {
  const points = text.split(",").map((p, i) => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+)\s*$/.exec(p);
    if (!m) throw new Error(`ramp point ${i + 1} (${JSON.stringify(p)}) is not SECONDS:CLIENTS, e.g. 30:12`);
    return { tS: Number(m[1]), clients: Number(m[2]) };
  });
  points.forEach((p, i) => {
    if (i > 0 && p.tS <= points[i - 1]!.tS) throw new Error(`ramp point ${i + 1} (${p.tS} s) must come after the one before (${points[i - 1]!.tS} s)`);
  });
  return points;
}

/** Parses a workload CSV: a header with `time_s` and `clients` or `streams`, one row per point. */
export function parseWorkloadCsv(text: string): RampPoint[] {
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const header = (lines.shift() ?? "").split(",").map((h) => h.trim());
  const t = header.indexOf("time_s");
  const n = header.indexOf("clients") >= 0 ? header.indexOf("clients") : header.indexOf("streams");
  if (t < 0 || n < 0) throw new Error(`workload CSV needs a header with time_s and clients (or streams); it has ${header.join(", ")}`);
  return parseRamp(lines.map((l) => {
    const cells = l.split(",");
    return `${cells[t]}:${Math.round(Number(cells[n]))}`;
  }).join(","));
}

/** Clients the ramp asks for at tS: linear between points, the first before them, the last after. */
export function clientsAt(ramp: readonly RampPoint[], tS: number): number {
  if (ramp.length === 0) return 0;
  if (tS <= ramp[0]!.tS) return ramp[0]!.clients;
  for (let i = 1; i < ramp.length; i++) {
    const [a, b] = [ramp[i - 1]!, ramp[i]!];
    if (tS <= b.tS) return Math.floor(a.clients + ((b.clients - a.clients) * (tS - a.tS)) / (b.tS - a.tS));
  }
  return ramp.at(-1)!.clients;
}

interface Client {
  readonly startedAt: number;
  readonly abort: AbortController;
  stopped: boolean;
  bytes: number;
  /** bytes at the start of the current period. */
  periodStart: number;
  /** Whether the client ran since the period's start. */
  wholePeriod: boolean;
}

const RETRY_MS = 200;
/** How far a client may run ahead of its rate before it waits: half a second's worth. */
const BURST_S = 0.5;

/** Runs the clients until `seconds` have passed; resolves with the report. */
export async function runListeners(o: ListenersOptions): Promise<ListenersReport> {
  const t0 = performance.now();
  const clients: Client[] = [];
  let counts = { requests: 0, errors: 0, cuts: 0 };
  const totals = { bytes: 0, requests: 0, errors: 0, cuts: 0 };
  const periods: PeriodReport[] = [];
  let peak = 0;
  let seed = 0x9e3779b9;
  /** mulberry32: the same choices every run. */
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let x = seed;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  let lastPeriodEnd = 0;

  const pace = async (c: Client) => {
    if (o.rateBps <= 0) return;
    const allowed = (o.rateBps / 8) * ((performance.now() - c.startedAt) / 1000 + BURST_S);
    if (c.bytes > allowed) await Bun.sleep(((c.bytes - allowed) / (o.rateBps / 8)) * 1000);
  };

  const run = async (c: Client) => {
    while (!c.stopped) {
      try {
        const res = await fetch(o.url, { signal: c.abort.signal, headers: { "user-agent": "lama-listeners" } });
        if (!res.ok || !res.body) {
          counts.errors++;
          await res.body?.cancel();
          await Bun.sleep(RETRY_MS);
          continue;
        }
        counts.requests++;
        const reader = res.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          c.bytes += value.length;
          totals.bytes += value.length;
          await pace(c);
          if (c.stopped) break;
        }
        if (c.stopped) break;
        if (o.mode === "stream") {
          counts.cuts++;
          await Bun.sleep(RETRY_MS);
        }
      } catch {
        if (c.stopped) break;
        if (o.mode === "stream") counts.cuts++;
        else counts.errors++;
        await Bun.sleep(RETRY_MS);
      }
    }
  };

  const adjust = (tS: number) => {
    const want = Math.min(o.maxClients, clientsAt(o.ramp, tS));
    while (clients.length < want) {
      const c: Client = { startedAt: performance.now(), abort: new AbortController(), stopped: false, bytes: 0, periodStart: 0, wholePeriod: false };
      clients.push(c);
      void run(c);
    }
    while (clients.length > want) {
      const i = o.leave === "oldest" ? 0 : o.leave === "random" ? Math.floor(random() * clients.length) : clients.length - 1;
      const c = clients.splice(i, 1)[0]!;
      c.stopped = true;
      c.abort.abort();
    }
    peak = Math.max(peak, clients.length);
  };

  const endPeriod = (tS: number) => {
    const bytes = clients.map((c) => c.bytes - c.periodStart);
    // Against the period's actual length: the loop wakes up to 100 ms late.
    const minBytes = (o.minBps / 8) * (tS - lastPeriodEnd);
    lastPeriodEnd = tS;
    const below = clients.filter((c, i) => c.wholePeriod && bytes[i]! < minBytes).length;
    const p: PeriodReport = { t: Math.round(tS * 10) / 10, clients: clients.length, bytes, below, ...counts };
    totals.requests += counts.requests;
    totals.errors += counts.errors;
    totals.cuts += counts.cuts;
    counts = { requests: 0, errors: 0, cuts: 0 };
    for (const c of clients) {
      c.periodStart = c.bytes;
      c.wholePeriod = true;
    }
    periods.push(p);
    o.onPeriod?.(p);
  };

  adjust(0);
  let nextPeriod = o.periodMs;
  while (performance.now() - t0 < o.seconds * 1000) {
    await Bun.sleep(Math.min(100, Math.max(1, t0 + nextPeriod - performance.now())));
    const elapsed = performance.now() - t0;
    if (elapsed >= nextPeriod) {
      endPeriod(elapsed / 1000);
      nextPeriod += o.periodMs;
    }
    adjust(elapsed / 1000);
  }
  for (const c of clients.splice(0)) {
    c.stopped = true;
    c.abort.abort();
  }
  // What happened after the last whole period still counts in the totals.
  totals.requests += counts.requests;
  totals.errors += counts.errors;
  totals.cuts += counts.cuts;
  const periodS = o.periodMs / 1000;
  return {
    periods,
    listenerSecondsBelow: periods.reduce((s, p) => s + p.below * periodS, 0),
    ...totals,
    peakClients: peak,
  };
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const url = arg(argv, "--url");
  const csv = arg(argv, "--csv");
  const rampText = arg(argv, "--ramp");
  if (!url || (!csv && !rampText)) {
    console.error("usage: listeners.ts --url URL (--ramp S:N,… | --csv FILE) [--seconds S] [--mode stream|requests] [--rate-bps N] [--min-bps N] [--period-ms MS] [--max-clients N]");
    process.exit(2);
  }
  const mode = (arg(argv, "--mode") ?? "stream") as ListenerMode;
  if (mode !== "stream" && mode !== "requests") {
    console.error(`--mode is ${mode}; it must be stream or requests`);
    process.exit(2);
  }
  const rateBps = Number(arg(argv, "--rate-bps") ?? 0);
  const report = await runListeners({
    url,
    mode,
    ramp: csv ? parseWorkloadCsv(readFileSync(csv, "utf8")) : parseRamp(rampText!),
    seconds: Number(arg(argv, "--seconds") ?? 60),
    maxClients: Number(arg(argv, "--max-clients") ?? 200),
    periodMs: Number(arg(argv, "--period-ms") ?? 1000),
    rateBps,
    minBps: Number(arg(argv, "--min-bps") ?? rateBps * 0.9),
    leave: (["oldest", "random"].includes(arg(argv, "--leave") ?? "") ? arg(argv, "--leave") : "newest") as LeaveOrder,
    onPeriod: (p) => console.log(JSON.stringify(p)),
  });
  const { periods: _, ...summary } = report;
  console.log(JSON.stringify({ summary }));
  process.exit(0);
}
