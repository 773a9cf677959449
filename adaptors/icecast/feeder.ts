/**
 * A stream source and a stream listener for icecast, for tests and the demo: the
 * feeder plays generated audio into a mount with the icecast source protocol, the
 * listener reads a mount and counts the bytes it receives.
 *
 * Source protocol (icecast 2.4): one HTTP/1.1 request on a plain TCP connection
 *
 *   PUT /mount HTTP/1.1
 *   Host: HOST:PORT
 *   Authorization: Basic base64("source:" + password)
 *   Content-Type: audio/mpeg
 *   Ice-Public: 0
 *   <blank line>
 *
 * answered with "HTTP/1.0 200 OK" (or 401 for a wrong password, 403 for a mount in
 * use), after which the body is the raw stream, unframed, for as long as the
 * connection lasts.
 *
 * The audio is MPEG-1 Layer III silence, mono, 44.1 kHz, at a constant bitrate:
 * each frame is a 4-byte header (sync 0xFFE, MPEG-1, layer III, no CRC, the
 * bitrate index, 44.1 kHz, the padding bit, mono) followed by zero side
 * information and zero main data, which a decoder plays as silence. A frame lasts
 * 1152 samples (26.12 ms); at 128 kbps it is 417 or 418 bytes, the padding bit
 * set on the frames that keep the long-run rate exact. Frames are sent paced to
 * real time, a few at a time, so a listener sees the stream rate, not a burst.
 */
import { connect, type Socket } from "node:net";

/** Samples per MPEG-1 Layer III frame. */
export const SAMPLES_PER_FRAME = 1152;
/** The sample rate of the generated stream (the header's sample-rate index 0). */
export const SAMPLE_RATE_HZ = 44_100;
/** Bitrates (kbit/s) an MPEG-1 Layer III header can carry, by index 1..14. */
export const MP3_BITRATES_KBPS = [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320] as const;
/** How often the feeder sends the frames that are due. */
export const FEED_TICK_MS = 50;
/** Time a feeder or listener gets to connect and be answered. */
export const CONNECT_TIMEOUT_MS = 5_000;

/** One frame of MPEG-1 Layer III silence at kbps; padded frames are one byte longer. */
export function silentFrame(kbps: number, padded: boolean): Uint8Array {
  const index = MP3_BITRATES_KBPS.indexOf(kbps as (typeof MP3_BITRATES_KBPS)[number]);
  if (index < 0) throw new Error(`bitrate ${kbps} kbit/s has no MPEG-1 Layer III frame; use one of ${MP3_BITRATES_KBPS.join(", ")}`);
  const length = Math.floor((144 * kbps * 1000) / SAMPLE_RATE_HZ) + (padded ? 1 : 0);
  const frame = new Uint8Array(length);
  frame[0] = 0xff;
  frame[1] = 0xfb; // sync, MPEG-1, layer III, no CRC
  frame[2] = ((index + 1) << 4) | (padded ? 0x02 : 0); // bitrate, 44.1 kHz, padding
  frame[3] = 0xc0; // mono
  return frame;
}

/** Whether frame number n (from 0) is padded so that the first n+1 frames carry exactly the bitrate. */
export function isPadded(kbps: number, n: number): boolean {
  const exact = (144 * kbps * 1000) / SAMPLE_RATE_HZ;
  const whole = Math.floor(exact);
  // Bytes due after n+1 frames, minus what unpadded frames give: pad when it runs ahead by a byte.
  return Math.floor(exact * (n + 1)) - whole * (n + 1) > Math.floor(exact * n) - whole * n;
}

/** The frames due after elapsedMs of playing (frames are 1152 samples long). */
export function framesDue(elapsedMs: number): number {
  return Math.floor((elapsedMs * SAMPLE_RATE_HZ) / 1000 / SAMPLES_PER_FRAME) + 1;
}

/** The Basic credentials of an icecast source client. */
export function sourceAuthorization(password: string, user = "source"): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
}

/** The request that opens a source connection (headers only; the stream follows). */
export function sourceRequest(host: string, port: number, mount: string, password: string): string {
  return [
    `PUT ${mount} HTTP/1.1`,
    `Host: ${host}:${port}`,
    `Authorization: ${sourceAuthorization(password)}`,
    "Content-Type: audio/mpeg",
    "Ice-Public: 0",
    "Ice-Name: lama feeder",
    "",
    "",
  ].join("\r\n");
}

/** The status code of an HTTP status line ("HTTP/1.0 200 OK" → 200); undefined when it is not one. */
export function statusCodeOf(head: string): number | undefined {
  const m = /^(?:HTTP\/1\.[01]|ICY) (\d{3})/.exec(head);
  return m ? Number(m[1]) : undefined;
}

export interface FeederOptions {
  readonly host: string;
  readonly port: number;
  readonly mount: string;
  readonly password: string;
  /** Stream bitrate in kbit/s (default 128). */
  readonly kbps?: number;
}

/** A running feeder. */
export interface Feeder {
  /** Bytes of audio sent so far. */
  readonly bytesSent: () => number;
  /** Resolves when the connection ends (stop(), the server closing it, an error). */
  readonly closed: Promise<void>;
  stop(): void;
}

/**
 * Connects to an icecast server as a source and plays silence into mount until
 * stopped. Resolves once the server accepted the source (2xx); rejects with the
 * server's answer otherwise.
 */
export async function startFeeder(o: FeederOptions): Promise<Feeder> {
  const kbps = o.kbps ?? 128;
  const frames = [silentFrame(kbps, false), silentFrame(kbps, true)] as const;
  const socket = await open(o.host, o.port);
  socket.write(sourceRequest(o.host, o.port, o.mount, o.password));
  const head = await firstLine(socket);
  const code = statusCodeOf(head);
  if (code === undefined || code < 200 || code > 299) {
    socket.destroy();
    throw new Error(`icecast at ${o.host}:${o.port} refused the source on ${o.mount}: ${JSON.stringify(head.slice(0, 200))}`);
  }
  let sent = 0;
  let frame = 0;
  const startedMs = performance.now();
  const tick = (): void => {
    const due = framesDue(performance.now() - startedMs);
    const chunks: Uint8Array[] = [];
    for (; frame < due; frame++) chunks.push(frames[isPadded(kbps, frame) ? 1 : 0]);
    if (chunks.length === 0 || socket.destroyed) return;
    const bytes = Buffer.concat(chunks);
    sent += bytes.length;
    socket.write(bytes);
  };
  tick();
  const timer = setInterval(tick, FEED_TICK_MS);
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  void closed.then(() => clearInterval(timer));
  socket.on("data", () => {}); // icecast says nothing more; keep the socket flowing
  return {
    bytesSent: () => sent,
    closed,
    stop: () => {
      clearInterval(timer);
      socket.destroy();
    },
  };
}

export interface ListenerOptions {
  readonly host: string;
  readonly port: number;
  readonly mount: string;
}

/** A running listener. */
export interface Listener {
  /** The HTTP status icecast answered with. */
  readonly status: number;
  /** Bytes of stream (after the headers) received so far. */
  readonly bytes: () => number;
  readonly closed: Promise<void>;
  stop(): void;
}

/** Opens mount as a listener; resolves once icecast answered 200, rejects with its answer otherwise. */
export async function startListener(o: ListenerOptions): Promise<Listener> {
  const socket = await open(o.host, o.port);
  socket.write(`GET ${o.mount} HTTP/1.0\r\nHost: ${o.host}:${o.port}\r\nUser-Agent: lama-listener\r\nIcy-MetaData: 0\r\n\r\n`);
  const { head, rest } = await headers(socket);
  const status = statusCodeOf(head) ?? 0;
  if (status !== 200) {
    socket.destroy();
    throw new Error(`icecast at ${o.host}:${o.port} did not serve ${o.mount}: ${JSON.stringify(head.split("\r\n", 1)[0])}`);
  }
  let bytes = rest;
  socket.on("data", (d: Buffer) => (bytes += d.length));
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  return { status, bytes: () => bytes, closed, stop: () => socket.destroy() };
}

function open(host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => fail(new Error(`no connection to ${host}:${port} within ${CONNECT_TIMEOUT_MS} ms`)), CONNECT_TIMEOUT_MS);
    const fail = (e: Error): void => {
      clearTimeout(timer);
      socket.destroy();
      reject(e);
    };
    socket.once("error", fail);
    socket.once("connect", () => {
      clearTimeout(timer);
      socket.off("error", fail);
      socket.on("error", () => {}); // later errors end the socket; "close" reports them
      resolve(socket);
    });
  });
}

/** Reads up to the end of the response headers; the count of stream bytes already read after them. */
function headers(socket: Socket): Promise<{ head: string; rest: number }> {
  return new Promise((resolve, reject) => {
    let buf = Buffer.alloc(0);
    const timer = setTimeout(() => done(new Error(`no answer within ${CONNECT_TIMEOUT_MS} ms`)), CONNECT_TIMEOUT_MS);
    const onData = (d: Buffer): void => {
      buf = Buffer.concat([buf, d]);
      const end = buf.indexOf("\r\n\r\n");
      if (end >= 0) done(undefined, { head: buf.subarray(0, end).toString("latin1"), rest: buf.length - end - 4 });
      else if (buf.length > 16 * 1024) done(new Error("response headers longer than 16 KiB"));
    };
    const onClose = (): void => done(undefined, { head: buf.toString("latin1"), rest: 0 });
    const done = (e: Error | undefined, v?: { head: string; rest: number }): void => {
      clearTimeout(timer);
      socket.off("data", onData);
      socket.off("close", onClose);
      if (e) {
        socket.destroy();
        reject(e);
      } else resolve(v!);
    };
    socket.on("data", onData);
    socket.once("close", onClose);
  });
}

/** The first line the server sends (a source gets only a status line and headers). */
async function firstLine(socket: Socket): Promise<string> {
  return (await headers(socket)).head;
}
