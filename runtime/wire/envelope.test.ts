import { describe, expect, test } from "bun:test";
import { pb } from "../../proto/index.ts";
import { FakeClock } from "./clock.ts";
import { Envelope, HEADER_BYTES, MAX_DATAGRAM_BYTES, openWith, sealWith } from "./envelope.ts";
import { derivePoolKey, Keyring } from "./keyring.ts";
import { loadSodium } from "./sodium.ts";

const sodium = await loadSodium();
const KEY = Uint8Array.from({ length: 32 }, (_, i) => i);
const OTHER = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
const NONCE = Uint8Array.from({ length: 24 }, (_, i) => 0xa0 + i);
const MSG = {
  senderId: "node-1",
  sentAtMs: 1_800_000_000_000,
  announce: { attempt: 2, item: { serviceId: "node-1", attributes: { roles: ["streaming"], hostname: "rack1-07" } } },
};
// Pinned wire bytes: magic "LAMA", version 1, flags 0, key id a9a5f29d, nonce a0..b7, ciphertext+tag.
const GOLDEN =
  "4c414d41" + "01" + "00" + "a9a5f29d" + "a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7" +
  "3a015bfdfabdb3e913d121a092def5fc3ef44fa68679ab9231a7620d9692b449a6325433d0bd08eb6ca761caa07589f29d28ce5f83de35a01e76ab50b4d95fd93357b560";

const ring = (...keys: Uint8Array[]) => new Keyring(sodium, keys);
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function pair(opts: { clock?: FakeClock; senderKeys?: Uint8Array[]; receiverKeys?: Uint8Array[] } = {}) {
  const clock = opts.clock ?? new FakeClock(MSG.sentAtMs);
  const a = new Envelope({ sodium, keyring: ring(...(opts.senderKeys ?? [KEY])), senderId: "a", clock });
  const b = new Envelope({ sodium, keyring: ring(...(opts.receiverKeys ?? [KEY])), senderId: "b", clock });
  return { a, b, clock };
}

describe("envelope golden vectors", () => {
  test("key derivation is pinned", () => {
    const k = derivePoolKey(sodium, KEY);
    expect(k.keyId.toString(16)).toBe("a9a5f29d");
    expect(hex(k.sealKey)).toBe("983dcb511ed35a4c3337e382b4bb41d21afb26414c33098797e4bb61f2ef5e12");
  });

  test("sealing a known message with a known nonce gives the pinned bytes", () => {
    expect(hex(sealWith(sodium, ring(KEY), MSG, NONCE))).toBe(GOLDEN);
  });

  test("the pinned bytes open to the message", () => {
    const r = openWith(sodium, ring(KEY), Buffer.from(GOLDEN, "hex"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.keyId).toBe(0xa9a5f29d);
    expect(r.message.senderId).toBe("node-1");
    expect(r.message.sentAtMs).toBe(1_800_000_000_000);
    expect(r.message.body).toBe("announce");
    expect(r.message.announce?.item?.attributes?.hostname).toBe("rack1-07");
  });
});

describe("envelope drops", () => {
  test("a sealed packet opens once; the second copy is a replay", () => {
    const { a, b } = pair();
    const p = a.seal({ announce: { attempt: 0 } });
    expect(b.open(p).ok).toBe(true);
    expect(b.open(p)).toEqual({ ok: false, reason: "replay" });
    expect(b.drops.byReason.replay).toBe(1);
    expect(b.accepted).toBe(1);
  });

  test.each([
    ["header byte (key id)", 7, "unknown-key"],
    ["nonce byte", 12, "auth"],
    ["ciphertext byte", HEADER_BYTES + 3, "auth"],
    ["tag byte", -1, "auth"],
    ["magic", 0, "magic"],
    ["second magic byte", 1, "magic"],
    ["third magic byte", 2, "magic"],
    ["fourth magic byte", 3, "magic"],
    ["version", 4, "version"],
    // Bit 0 is SIGNED: allowed, but authenticated with the header, so flipping it breaks the tag.
    ["flags' SIGNED bit", 5, "auth"],
  ] as const)("tampering with the %s is dropped as %s", (_what, offset, reason) => {
    const { a, b } = pair();
    const p = a.seal({ announce: { attempt: 0 } });
    const i = offset < 0 ? p.length + offset : offset;
    p[i]! ^= 0x01;
    // an unknown key is reported with the key id the header names (a9a5f29d with its second byte flipped)
    expect(b.open(p)).toEqual(reason === "unknown-key" ? { ok: false, reason, keyId: 0xa9a4f29d } : { ok: false, reason });
    expect(b.drops.byReason[reason]).toBe(1);
  });

  test.each([0x02, 0x04, 0x80, 0x03])("a reserved flag bit (flags %i) is dropped as flags", (flags) => {
    const { a, b } = pair();
    const p = a.seal({ announce: { attempt: 0 } });
    p[5] = flags;
    expect(b.open(p)).toEqual({ ok: false, reason: "flags" });
  });

  test("a packet under another pool key is unknown-key; same key id cannot be forged", () => {
    const { a, b } = pair({ senderKeys: [OTHER] });
    expect(b.open(a.seal({ announce: {} }))).toEqual({ ok: false, reason: "unknown-key", keyId: derivePoolKey(sodium, OTHER).keyId });
  });

  test("stale and future packets are dropped; inside the window they pass", () => {
    const clock = new FakeClock(MSG.sentAtMs);
    const { a, b } = pair({ clock });
    const old = a.seal({ announce: {} });
    clock.advance(31_000);
    const r = b.open(old);
    expect(r).toMatchObject({ ok: false, reason: "stale" });
    // authentic, so the sender's time can be learned from it
    expect(!r.ok && r.outOfWindow?.sentAtMs).toBe(MSG.sentAtMs);
    const recent = a.seal({ announce: {} });
    clock.advance(29_000);
    expect(b.open(recent).ok).toBe(true);
    // A sender 31 s ahead of the receiver.
    const ahead = new Envelope({ sodium, keyring: ring(KEY), senderId: "x", clock: new FakeClock(clock.now() + 31_000) });
    expect(b.open(ahead.seal({ announce: {} }))).toMatchObject({ ok: false, reason: "future" });
    expect(b.drops.byReason).toMatchObject({ stale: 1, future: 1 });
  });

  test("a future packet is authentic: the sender's time can be learned from it", () => {
    const clock = new FakeClock(MSG.sentAtMs);
    const { b } = pair({ clock });
    const ahead = new Envelope({ sodium, keyring: ring(KEY), senderId: "x", clock: new FakeClock(MSG.sentAtMs + 45_000) });
    const r = b.open(ahead.seal({ announce: {} }));
    expect(r).toMatchObject({ ok: false, reason: "future" });
    expect(!r.ok && r.outOfWindow?.sentAtMs).toBe(MSG.sentAtMs + 45_000);
  });

  test("the clock offset is added, not subtracted, when sealing and when judging freshness", () => {
    // A node whose clock is 60 s behind grand's adopts an offset of +60 000 ms.
    const grandClock = new FakeClock(MSG.sentAtMs + 60_000);
    const nodeClock = new FakeClock(MSG.sentAtMs);
    const grand = new Envelope({ sodium, keyring: ring(KEY), senderId: "grand", clock: grandClock });
    const node = new Envelope({ sodium, keyring: ring(KEY), senderId: "node", clock: nodeClock });
    expect(node.open(grand.seal({ announce: {} }))).toMatchObject({ ok: false, reason: "future" });
    node.clockOffsetMs = 60_000;
    const fromNode = node.seal({ announce: {} });
    const opened = grand.open(fromNode);
    expect(opened.ok).toBe(true);
    expect(opened.ok && Number(opened.message.sentAtMs)).toBe(MSG.sentAtMs + 60_000);
    expect(node.open(grand.seal({ announce: {} })).ok).toBe(true);
  });

  test("nonces drawn in batches are still each used once: 200 packets of two senders (past a batch of 128), 400 distinct nonces, every packet opens", () => {
    const { a, b } = pair();
    const seen = new Set<string>();
    // (200 per sender: the replay memory keeps 256 nonces a sender within one instant of the fake clock)
    for (let i = 0; i < 200; i++) {
      for (const [from, to] of [[a, b], [b, a]] as const) {
        const p = from.seal({ announce: { attempt: i } });
        seen.add(hex(p.subarray(10, HEADER_BYTES)));
        expect(to.open(p).ok).toBe(true);
      }
    }
    expect(seen.size).toBe(400);
  });

  test("the CSPRNG is asked once per 128 nonces (24 × 128 bytes a call), not once a packet: the cost issue 12 measured", () => {
    const sizes: number[] = [];
    const counting = Object.create(sodium) as typeof sodium;
    counting.randombytes_buf = ((n: number) => {
      sizes.push(n);
      return sodium.randombytes_buf(n);
    }) as typeof sodium.randombytes_buf;
    const e = new Envelope({ sodium: counting, keyring: ring(KEY), senderId: "a", clock: new FakeClock(1_800_000_000_000) });
    for (let i = 0; i < 129; i++) e.seal({ announce: { attempt: i } });
    expect(sizes).toEqual([3072, 3072]); // packets 1-128 from the first draw, packet 129 from the second
  });

  test("sealing refuses a nonce that is not 24 bytes", () => {
    expect(() => sealWith(sodium, ring(KEY), MSG, new Uint8Array(23))).toThrow(new RangeError("nonce must be 24 bytes"));
    expect(() => sealWith(sodium, ring(KEY), MSG, new Uint8Array(25))).toThrow("nonce must be 24 bytes");
  });

  test("truncated packets of every length are dropped, never accepted", () => {
    const { a, b } = pair();
    const p = a.seal({ announce: { item: { serviceId: "n" } } });
    for (let n = 0; n < p.length; n++) expect(b.open(p.subarray(0, n)).ok).toBe(false);
    expect(b.drops.byReason.short).toBe(HEADER_BYTES + 16);
    expect(b.drops.byReason.auth).toBe(p.length - HEADER_BYTES - 16);
  });

  test("oversized datagrams are dropped before any work", () => {
    const { b } = pair();
    expect(b.open(new Uint8Array(MAX_DATAGRAM_BYTES + 1))).toEqual({ ok: false, reason: "oversized" });
  });

  test("a datagram of exactly 8192 bytes is sealed and opened; one byte more is refused on both sides", () => {
    const { a, b } = pair();
    const sealOf = (n: number) => a.seal({ signal: { session: "s", offerSdp: "x".repeat(n) } });
    let n = 8000;
    n += 8192 - sealOf(n).length; // sizes grow byte for byte in this range
    const max = sealOf(n);
    expect(max.length).toBe(8192);
    const r = b.open(max);
    expect(r.ok && r.message.signal?.offerSdp?.length).toBe(n);
    expect(() => sealOf(n + 1)).toThrow("sealed message is 8193 bytes, the limit is 8192");
    // an authentic datagram of 8193 bytes, sealed by hand, is dropped for its size alone
    const header = max.subarray(0, HEADER_BYTES);
    const plain = pb.Sealed.encode({ senderId: "a", sentAtMs: MSG.sentAtMs, seq: 2, signal: { session: "s", offerSdp: "x".repeat(n + 1) } }).finish();
    const c = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, header, null, header.subarray(10), derivePoolKey(sodium, KEY).sealKey);
    const over = new Uint8Array([...header, ...c]);
    expect(over.length).toBe(8193);
    expect(b.open(over)).toEqual({ ok: false, reason: "oversized" });
  });

  test.each([
    ["exactly 30 s old", "fresh", -30_000],
    ["30.001 s old", "stale", -30_001],
    ["30.5 s old", "stale", -30_500],
    ["exactly 30 s ahead", "fresh", 30_000],
    ["30.001 s ahead", "future", 30_001],
    ["30.5 s ahead", "future", 30_500],
  ] as const)("freshness edge: a packet sent %s is %s", (_what, expected, senderAheadMs) => {
    const clock = new FakeClock(MSG.sentAtMs);
    const { b } = pair({ clock });
    const sender = new Envelope({ sodium, keyring: ring(KEY), senderId: "x", clock: new FakeClock(MSG.sentAtMs + senderAheadMs) });
    const r = b.open(sender.seal({ announce: {} }));
    expect(r.ok ? "fresh" : r.reason).toBe(expected);
  });

  test("sealing a message over the size limit throws instead of sending", () => {
    const { a } = pair();
    expect(() => a.seal({ signal: { offerSdp: "x".repeat(MAX_DATAGRAM_BYTES) } })).toThrow(/limit/);
  });

  test("a message without a body or sender is dropped as empty", () => {
    const p = sealWith(sodium, ring(KEY), { senderId: "x", sentAtMs: MSG.sentAtMs }, NONCE);
    expect(openWith(sodium, ring(KEY), p)).toEqual({ ok: false, reason: "empty" });
    const q = sealWith(sodium, ring(KEY), { sentAtMs: MSG.sentAtMs, announce: {} }, NONCE);
    expect(openWith(sodium, ring(KEY), q)).toEqual({ ok: false, reason: "empty" });
  });

  test("authentic bytes that are not a protobuf are dropped as decode", () => {
    const header = Buffer.from(GOLDEN, "hex").subarray(0, HEADER_BYTES);
    const garbage = Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f);
    const c = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(garbage, header, null, NONCE, derivePoolKey(sodium, KEY).sealKey);
    const p = new Uint8Array([...header, ...c]);
    expect(openWith(sodium, ring(KEY), p)).toEqual({ ok: false, reason: "decode" });
  });

  test("10 000 random and mutated packets: no crash, nothing accepted", () => {
    const { a, b } = pair();
    const valid = a.seal({ announce: { item: { serviceId: "n", attributes: { roles: ["web"] } } } });
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 10_000; i++) {
      let p: Uint8Array;
      if (i % 2 === 0) p = Uint8Array.from({ length: Math.floor(rnd() * 200) }, () => Math.floor(rnd() * 256));
      else {
        p = valid.slice();
        for (let k = 0; k < 1 + Math.floor(rnd() * 4); k++) p[Math.floor(rnd() * p.length)]! ^= 1 + Math.floor(rnd() * 255);
      }
      expect(b.open(p).ok).toBe(false);
    }
    expect(b.accepted).toBe(0);
    expect(b.drops.total).toBe(10_000);
  });

  test("the decoder survives random bytes", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    let decoded = 0;
    let refused = 0;
    for (let i = 0; i < 5_000; i++) {
      const p = Uint8Array.from({ length: Math.floor(rnd() * 64) }, () => Math.floor(rnd() * 256));
      let m: unknown;
      try {
        m = pb.Sealed.decode(p);
      } catch (e) {
        expect(e).toBeInstanceOf(Error);
        refused++;
        continue;
      }
      expect(m).toBeInstanceOf(pb.Sealed);
      decoded++;
    }
    // Both paths are exercised: random bytes are mostly refused, some decode.
    expect(decoded + refused).toBe(5_000);
    expect(refused).toBeGreaterThan(1_000);
    expect(decoded).toBeGreaterThan(50);
  });
});

describe("epoch and seq", () => {
  test("every sealed packet carries the sender's epoch and a count from 1; an epoch of 0 is left out", () => {
    const clock = new FakeClock(MSG.sentAtMs);
    const grand = new Envelope({ sodium, keyring: ring(KEY), senderId: "g", clock, epoch: 5 });
    const agent = new Envelope({ sodium, keyring: ring(KEY), senderId: "a", clock });
    const b = new Envelope({ sodium, keyring: ring(KEY), senderId: "b", clock });
    const seen = [grand, grand, agent, grand].map((e) => {
      const r = b.open(e.seal({ announce: {} }));
      return r.ok ? [r.message.senderId, Number(r.message.epoch), Number(r.message.seq), r.message.hasOwnProperty("epoch")] : r.reason;
    });
    expect(seen).toEqual([["g", 5, 1, true], ["g", 5, 2, true], ["a", 0, 1, false], ["g", 5, 3, true]]);
    expect([grand.epoch, agent.epoch]).toEqual([5, 0]);
  });
});

describe("replay state per sender", () => {
  test("a key holder flooding packets dated 29 s ahead does not make other senders' packets stale", () => {
    // Before: one shared replay memory; once the flood filled it, its floor rose to
    // now + 29 s and every sender's packets were dropped as "stale" for 29 s.
    const clock = new FakeClock(MSG.sentAtMs);
    const grand = new Envelope({ sodium, keyring: ring(KEY), senderId: "g", clock, replayLimits: { maxSenders: 8, maxPerSender: 16 } });
    const agent = new Envelope({ sodium, keyring: ring(KEY), senderId: "agent", clock });
    const mallory = new Envelope({ sodium, keyring: ring(KEY), senderId: "mallory", clock });
    mallory.clockOffsetMs = 29_000;
    for (let i = 0; i < 200; i++) grand.open(mallory.seal({ announce: { attempt: i } }));
    expect(grand.replayEvictions).toEqual({ nonces: 1, senders: 0, retiredFloors: 0 });
    for (let i = 0; i < 20; i++) {
      clock.advance(250);
      expect(grand.open(agent.seal({ announce: { attempt: i } })).ok).toBe(true);
    }
    expect(grand.drops.byReason.stale).toBe(200 - 17);
  });
});

describe("keyring rotation", () => {
  test("install -> use -> remove keeps the pool talking throughout", () => {
    const clock = new FakeClock();
    const ka = ring(KEY);
    const kb = ring(KEY);
    const a = new Envelope({ sodium, keyring: ka, senderId: "a", clock });
    const b = new Envelope({ sodium, keyring: kb, senderId: "b", clock });
    const newId = ka.install(OTHER);
    kb.install(OTHER);
    expect(b.open(a.seal({ announce: {} })).ok).toBe(true); // still old key
    ka.use(newId);
    const r = b.open(a.seal({ announce: {} }));
    expect(r.ok && r.keyId).toBe(newId);
    kb.use(newId);
    kb.remove(derivePoolKey(sodium, KEY).keyId);
    ka.remove(derivePoolKey(sodium, KEY).keyId);
    expect(b.open(a.seal({ announce: {} })).ok).toBe(true);
    expect(ka.ids()).toEqual([newId]);
  });

  test("the sending key cannot be removed, an unknown key cannot be used", () => {
    const k = ring(KEY);
    expect(() => k.remove(k.sending().keyId)).toThrow(/sending key/);
    expect(() => k.use(123)).toThrow(/not installed/);
  });
});
