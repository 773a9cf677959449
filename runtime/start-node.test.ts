import { afterAll, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { controllerSigner, formatControllerPublic, Keyring, loadSodium, memoryLogger, MemoryNetwork, MemoryPeers } from "./wire/index.ts";
import { lamaConfig } from "./config.ts";
import { startNode } from "./start-node.ts";
import { Scratch } from "../test/harness/scratch.ts";

const scratch = new Scratch();
afterAll(() => scratch.remove());

const sodium = await loadSodium();
const bytes = (n: number) => Uint8Array.from({ length: 32 }, (_, i) => n + i);
const b64 = (k: Uint8Array) => Buffer.from(k).toString("base64");
const pub = (n: number) => formatControllerPublic(controllerSigner(sodium, bytes(n)).publicKey);

/** A node on an in-memory network, reading its keys from files in a fresh folder. */
async function node(files: { pool: string; controller?: string }, inline: string[] = []) {
  const dir = scratch.dir("start-node-");
  const poolFile = join(dir, "pool.key");
  writeFileSync(poolFile, files.pool);
  const ctlFile = join(dir, "controller.pub");
  if (files.controller !== undefined) writeFileSync(ctlFile, files.controller);
  const log = memoryLogger();
  const config = lamaConfig({ serviceId: "n1", keyFiles: [poolFile], controllerKeys: inline, controllerKeyFiles: files.controller !== undefined ? [ctlFile] : [], stateDir: dir });
  const keyring = new Keyring(sodium, [bytes(1)]);
  const running = await startNode(config, {
    log, transport: new MemoryNetwork().attach("198.18.0.2", 0), keyring, peers: new MemoryPeers(),
    sampler: { sample: (now) => ({ serviceId: "n1", atMs: now }) }, attributes: () => ({}),
  });
  return { running, log, keyring, poolFile, ctlFile };
}

test("a node without a controller key says so at start; one with a key does not", async () => {
  const bare = await node({ pool: b64(bytes(1)) });
  expect(bare.log.lines.filter((l) => l.name === "no-controller-key").length).toBe(1);
  expect(String(bare.log.lines.find((l) => l.name === "no-controller-key")!.fields.warning)).toStartWith("INSECURE: no --controller-key given");
  await bare.running.stop();
  const keyed = await node({ pool: b64(bytes(1)) }, [pub(9)]);
  expect(keyed.log.lines.filter((l) => l.name === "no-controller-key")).toEqual([]);
  await keyed.running.stop();
});

test("reloadKeys puts the files' pool keys (first seals) and controller keys in place; a bad file changes nothing", async () => {
  const n = await node({ pool: b64(bytes(1)), controller: pub(9) + "\n" }, [pub(8)]);
  try {
    writeFileSync(n.poolFile, `${b64(bytes(2))}\n${b64(bytes(1))}\n`);
    writeFileSync(n.ctlFile, `${pub(9)}\n${pub(10)}\n`);
    expect(n.running.reloadKeys()).toEqual({ poolKeys: 2, controllerKeys: 3 });
    const ids = n.keyring.ids();
    expect(ids.length).toBe(2);
    expect(ids[0]).toBe(new Keyring(sodium, [bytes(2)]).ids()[0]!);
    writeFileSync(n.poolFile, "not a key\n");
    expect(() => n.running.reloadKeys()).toThrow("is not base64");
    expect(n.keyring.ids()).toEqual(ids);
    writeFileSync(n.poolFile, b64(bytes(2)) + "\n");
    writeFileSync(n.ctlFile, "ctl-secret:" + b64(bytes(3)) + "\n");
    expect(() => n.running.reloadKeys()).toThrow("never give it to nodes");
    expect(n.keyring.ids()).toEqual(ids);
  } finally {
    await n.running.stop();
  }
});

test("an emptied controller key file is refused on reload: a keyed node never falls back to taking anyone for grand", async () => {
  const n = await node({ pool: b64(bytes(1)), controller: pub(9) + "\n" });
  try {
    writeFileSync(n.ctlFile, "# emptied\n");
    expect(() => n.running.reloadKeys()).toThrow(`controller key file ${n.ctlFile} holds no key`);
  } finally {
    await n.running.stop();
  }
});
