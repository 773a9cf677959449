import { afterAll, expect, test } from "bun:test";
import dgram from "node:dgram";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { controllerSigner, formatControllerSecret, Keyring, loadSodium, memoryLogger } from "../runtime/wire/index.ts";
import { grandConfig } from "./config.ts";
import { muxBindAddress, startGrand } from "./start-grand.ts";
import { Scratch } from "../test/harness/scratch.ts";

const scratch = new Scratch();
afterAll(() => scratch.remove());

const sodium = await loadSodium();

test("startGrand on loopback: the handle tells the bound ports, serves the API, and stop() closes it all", async () => {
  const log = memoryLogger();
  const groupPort = 40_000 + Math.floor(Math.random() * 20_000);
  const grand = await startGrand(grandConfig({
    // (a random ICE port: the default 4162 may be held by a grand someone runs on this machine)
    id: "grand-start-test", interfaces: ["127.0.0.1"], groupPort, port: 0, icePort: groupPort + 1, http: { address: "127.0.0.1", port: 0 },
  }), { keyring: new Keyring(sodium, [Uint8Array.from({ length: 32 }, (_, i) => i)]), log });
  expect(grand.udpPort).toBeGreaterThan(0);
  expect(grand.http).toBe(`http://127.0.0.1:${grand.httpPort}`);
  expect(grand.control).toBeDefined();
  expect(grand.reallocator).toBeUndefined();
  // No controller secret: said at start, before anything else.
  expect(log.lines.map((l) => l.name)).toEqual(["no-controller-key", "listening"]);
  expect(String(log.lines[0]!.fields.warning)).toStartWith("INSECURE: no --controller-secret-file");
  const stats = (await (await fetch(`${grand.http}/api/stats`)).json()) as { grandId: string; nodes: number; kernelUdp: Record<string, number> | null };
  expect([stats.grandId, stats.nodes]).toEqual(["grand-start-test", 0]);
  // the kernel's own UDP drops sit beside grand's (this namespace's /proc/net/snmp)
  expect(Object.keys(stats.kernelUdp ?? {})).toEqual(expect.arrayContaining(["inDatagrams", "inErrors", "rcvbufErrors"]));
  expect(stats.kernelUdp!.rcvbufErrors).toBeGreaterThanOrEqual(0);
  await grand.stop();
  await grand.stop(); // a second stop is harmless
  await expect(fetch(`${grand.http}/healthz`)).rejects.toThrow();
});

test("with a controller secret grand signs, warns of nothing, and SIGHUP's reload takes a new secret and new pool keys", async () => {
  const dir = scratch.dir("grand-keys-");
  const seed = (n: number) => Uint8Array.from({ length: 32 }, (_, i) => n + i);
  const secret = join(dir, "c.secret");
  const pool = join(dir, "pool.key");
  writeFileSync(secret, formatControllerSecret(seed(1)) + "\n");
  writeFileSync(pool, Buffer.from(seed(40)).toString("base64") + "\n");
  const log = memoryLogger();
  const grand = await startGrand(grandConfig({
    id: "grand-signing", interfaces: ["127.0.0.1"], groupPort: 40_000 + Math.floor(Math.random() * 20_000), port: 0, http: null, keyFiles: [pool], controllerSecretFile: secret,
  }), { log, peers: null });
  try {
    expect(log.lines.map((l) => l.name)).toEqual([]);
    expect(grand.envelope.signer?.publicKey).toEqual(controllerSigner(sodium, seed(1)).publicKey);
    // install a second pool key (sealing with the first) and a new controller secret
    writeFileSync(pool, `${Buffer.from(seed(40)).toString("base64")}\n${Buffer.from(seed(80)).toString("base64")}\n`);
    writeFileSync(secret, formatControllerSecret(seed(2)) + "\n");
    expect(grand.reloadKeys()).toEqual({ poolKeys: 2, controllerKey: true });
    expect(grand.envelope.signer?.publicKey).toEqual(controllerSigner(sodium, seed(2)).publicKey);
    // a broken file changes nothing
    writeFileSync(secret, "ctl-secret:no*pe\n");
    expect(() => grand.reloadKeys()).toThrow("is not 'ctl-secret:' followed by base64");
    expect(grand.envelope.signer?.publicKey).toEqual(controllerSigner(sodium, seed(2)).publicKey);
  } finally {
    await grand.stop();
  }
});

test("an --ice-port already bound here is refused at start with what to do, and nothing is left open", async () => {
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  const holder = dgram.createSocket("udp4");
  await new Promise<void>((r) => holder.bind(port, "127.0.0.1", () => r()));
  try {
    const config = grandConfig({ id: "grand-ice-busy", interfaces: ["127.0.0.1"], groupPort: port + 1, port: 0, icePort: port, http: null });
    await expect(startGrand(config, { keyring: new Keyring(sodium, [Uint8Array.from({ length: 32 }, (_, i) => i)]), log: memoryLogger() }))
      .rejects.toThrow(`--ice-port ${port} cannot be bound (EADDRINUSE): another grand may run here; give a free port, or 0 for a socket per channel`);
  } finally {
    holder.close();
  }
});

test("the muxed ICE socket binds --bind, else the one interface served, else every address", () => {
  expect(muxBindAddress({ bind: "198.18.0.1", interfaces: ["198.18.0.1", "198.19.0.1"] })).toBe("198.18.0.1");
  expect(muxBindAddress({ bind: "0.0.0.0", interfaces: ["198.18.0.1"] })).toBe("198.18.0.1");
  expect(muxBindAddress({ bind: "0.0.0.0", interfaces: ["198.18.0.1", "198.19.0.1"] })).toBeUndefined();
});
