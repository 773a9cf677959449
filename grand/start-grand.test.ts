import { expect, test } from "bun:test";
import { Keyring, loadSodium, memoryLogger } from "../runtime/wire/index.ts";
import { grandConfig } from "./config.ts";
import { startGrand } from "./start-grand.ts";

const sodium = await loadSodium();

test("startGrand on loopback: the handle tells the bound ports, serves the API, and stop() closes it all", async () => {
  const log = memoryLogger();
  const grand = await startGrand(grandConfig({
    id: "grand-start-test", interfaces: ["127.0.0.1"], groupPort: 40_000 + Math.floor(Math.random() * 20_000), port: 0, http: { address: "127.0.0.1", port: 0 },
  }), { keyring: new Keyring(sodium, [Uint8Array.from({ length: 32 }, (_, i) => i)]), log });
  expect(grand.udpPort).toBeGreaterThan(0);
  expect(grand.http).toBe(`http://127.0.0.1:${grand.httpPort}`);
  expect(grand.control).toBeDefined();
  expect(grand.reallocator).toBeUndefined();
  expect(log.lines.map((l) => l.name)).toEqual(["listening"]);
  const stats = (await (await fetch(`${grand.http}/api/stats`)).json()) as { grandId: string; nodes: number; kernelUdp: Record<string, number> | null };
  expect([stats.grandId, stats.nodes]).toEqual(["grand-start-test", 0]);
  // the kernel's own UDP drops sit beside grand's (this namespace's /proc/net/snmp)
  expect(Object.keys(stats.kernelUdp ?? {})).toEqual(expect.arrayContaining(["inDatagrams", "inErrors", "rcvbufErrors"]));
  expect(stats.kernelUdp!.rcvbufErrors).toBeGreaterThanOrEqual(0);
  await grand.stop();
  await grand.stop(); // a second stop is harmless
  await expect(fetch(`${grand.http}/healthz`)).rejects.toThrow();
});
