/**
 * The project's own small stream server: `npm start`'s stand-in for an icecast
 * relay, run by a node's `process` adaptor. Each GET of the mount gets an
 * endless stream of zero bytes paced at the stream rate (sent every 100 ms,
 * no initial burst); any other path is 404.
 *
 *   bun demo/stream-server.ts --port P --bind 127.0.0.11 [--mount /live] [--rate-bps 128000] [--stats FILE]
 *
 * With --stats, it writes {"bytes": SENT, "listeners": N} to FILE every 100 ms
 * (a temporary file renamed over it): every npm-start node shares this host's
 * loopback, so /proc cannot tell one node's traffic from another's, and the
 * node's agent reads its load from here instead (demo/demo-agent.ts).
 */
import { renameSync, writeFileSync } from "node:fs";

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : fallback;
  if (v === undefined) {
    console.error(`stream-server: ${name} is required`);
    process.exit(2);
  }
  return v;
}

const port = Number(arg("--port"));
const bind = arg("--bind", "127.0.0.1");
const mount = arg("--mount", "/live");
const rateBps = Number(arg("--rate-bps", "128000"));
const statsFile = process.argv.includes("--stats") ? arg("--stats") : undefined;
const TICK_MS = 100;

let bytes = 0;
let listeners = 0;

Bun.serve({
  port,
  hostname: bind,
  idleTimeout: 0,
  fetch(req) {
    if (new URL(req.url).pathname !== mount) return new Response("no such mount\n", { status: 404 });
    let timer: ReturnType<typeof setInterval> | undefined;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        listeners++;
        // Paced by the clock, not by the count of ticks: a late tick sends what is due.
        const started = performance.now();
        let sent = 0;
        timer = setInterval(() => {
          const due = Math.floor(((performance.now() - started) / 1000) * (rateBps / 8)) - sent;
          if (due <= 0) return;
          try {
            controller.enqueue(new Uint8Array(due));
            sent += due;
            bytes += due;
          } catch {
            clearInterval(timer);
          }
        }, TICK_MS);
      },
      cancel() {
        clearInterval(timer);
        listeners--;
      },
    });
    return new Response(stream, { headers: { "content-type": "application/octet-stream", "cache-control": "no-store" } });
  },
});

if (statsFile) {
  const write = () => {
    writeFileSync(`${statsFile}.tmp`, JSON.stringify({ bytes, listeners }));
    renameSync(`${statsFile}.tmp`, statsFile);
  };
  write();
  setInterval(write, 100);
}
process.on("SIGTERM", () => process.exit(0));
console.log(`stream server on ${bind}:${port}${mount}, ${rateBps / 1000} kbit/s per listener`);
