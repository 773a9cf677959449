import { expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "../scripts/gen-proto.ts";
import { pb } from "./index.ts";

test("generated code is up to date with lama.proto (run 'npm run gen:proto' if this fails)", () => {
  const dir = mkdtempSync(join(tmpdir(), "lama-proto-"));
  try {
    generate(dir);
    for (const f of ["lama.js", "lama.d.ts"]) {
      expect(readFileSync(join(dir, f), "utf8")).toBe(readFileSync(join(import.meta.dir, "gen", f), "utf8"));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test("64-bit fields decode as plain numbers, not Long objects", () => {
  const big = 2 ** 53 - 1;
  const bytes = pb.Sealed.encode({ senderId: "x", sentAtMs: 1_800_000_000_123, registerReply: { leaseId: big } }).finish();
  const m = pb.Sealed.decode(bytes);
  expect(typeof m.sentAtMs).toBe("number");
  expect(m.sentAtMs).toBe(1_800_000_000_123);
  expect(m.registerReply?.leaseId).toBe(big);
  const s = pb.NodeStatus.decode(pb.NodeStatus.encode({ memory: { totalBytes: 25_000_000_000 } }).finish());
  expect(s.memory?.totalBytes).toBe(25_000_000_000);
});

test("an unknown body field (a newer peer) decodes to no body, which receivers drop", () => {
  // field 99, length-delimited, 1 byte: a body this version does not know
  const bytes = Uint8Array.of(0x0a, 0x01, 0x78, 0x9a, 0x06, 0x01, 0x00);
  const m = pb.Sealed.decode(bytes);
  expect(m.senderId).toBe("x");
  expect(m.body).toBeUndefined();
});
