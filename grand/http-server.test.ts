/**
 * grand's HTTP server shell against real sockets on 127.0.0.1: malformed
 * requests, held and idle connections, slow event-stream readers, and the
 * API token. Each grand is assembled by startGrand with an in-memory datagram
 * transport, so only the HTTP side touches the network.
 */
import { afterEach, expect, test } from "bun:test";
import { Keyring, loadSodium, memoryLogger, MemoryNetwork } from "../runtime/wire/index.ts";
import { grandConfig, type GrandConfig } from "./config.ts";
import { startGrand, type RunningGrand } from "./start-grand.ts";

const sodium = await loadSodium();
const running: RunningGrand[] = [];
afterEach(async () => {
  for (const g of running.splice(0)) await g.stop();
});

async function grandOnLoopback(given: Partial<GrandConfig> = {}) {
  const log = memoryLogger();
  const grand = await startGrand(grandConfig({ id: "grand-http", interfaces: [], http: { address: "127.0.0.1", port: 0 }, ...given }), {
    keyring: new Keyring(sodium, [Uint8Array.from({ length: 32 }, (_, i) => i)]),
    transport: new MemoryNetwork().attach("198.18.0.1", 4161),
    peers: null,
    log,
  });
  running.push(grand);
  return { grand, log, port: grand.httpPort! };
}

/** Sends raw bytes on a fresh TCP connection and returns everything read until the server closes (or `waitMs` passes). */
function raw(port: number, bytes: string, waitMs = 2_000): Promise<string> {
  return new Promise((resolve) => {
    let out = "";
    const done = setTimeout(() => resolve(out), waitMs);
    void Bun.connect({
      hostname: "127.0.0.1",
      port,
      socket: {
        open: (s) => void s.write(bytes),
        data: (_s, d) => void (out += d.toString()),
        close: () => (clearTimeout(done), resolve(out)),
        error: () => (clearTimeout(done), resolve(out)),
      },
    });
  });
}

test("an HTTP/1.0 request with no Host gets a short JSON 400, not a development error page", async () => {
  const { port } = await grandOnLoopback();
  const answer = await raw(port, "GET /api/nodes HTTP/1.0\r\n\r\n");
  const [head, body = ""] = answer.split("\r\n\r\n");
  expect(head!.split("\r\n")[0]).toBe("HTTP/1.1 400 Bad Request");
  expect(head!.toLowerCase()).toContain("content-type: application/json");
  expect(JSON.parse(body)).toEqual({ error: "the request has no Host header; send one (HTTP/1.1 requires it), e.g. Host: 127.0.0.1" });
  expect(body.length).toBeLessThan(1024);
  expect(body).not.toContain(process.cwd());
  expect(body).not.toMatch(/^\s*at /m);
});

test("a request the handler cannot parse gets a short JSON error with no stack or path", async () => {
  const { port } = await grandOnLoopback();
  for (const request of ["GET /api/nodes HTTP/1.1\r\nHost: [zz\r\nConnection: close\r\n\r\n", "GET /api/nodes HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n", "GARBAGE\r\n\r\n"]) {
    const answer = await raw(port, request);
    const body = answer.split("\r\n\r\n")[1] ?? "";
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
    expect(body.length).toBeLessThan(1024);
    expect(body).not.toContain(process.cwd());
    expect(body).not.toMatch(/^\s*at /m);
  }
});
