/**
 * A UDP port free on loopback right now, for a test's or a benchmark's own pool
 * group, so that it never meets a real pool's group port (the kernel picks it;
 * the socket is closed again before the caller binds it).
 */
import dgram from "node:dgram";

export async function freeUdpPort(): Promise<number> {
  const s = dgram.createSocket("udp4");
  await new Promise<void>((r) => s.bind(0, "127.0.0.1", () => r()));
  const port = s.address().port;
  s.close();
  return port;
}
