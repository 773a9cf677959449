/**
 * Envelope benchmark and fuzz run.
 *
 *   bun bench/envelope.ts [--packets N]
 *
 * 1. Seal and open rates on one core (valid packets, distinct nonces).
 * 2. Fuzz: N (default 1 000 000) random and mutated datagrams through
 *    Envelope.open and the bare protobuf decoder: no crash, nothing accepted.
 */
import { pb } from "../proto/index.ts";
import { Envelope, Keyring, loadSodium, MAX_DATAGRAM_BYTES, systemClock } from "../runtime/wire/index.ts";
import { writeResult } from "./lib.ts";

const arg = (k: string, d: number) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const N = arg("--packets", 1_000_000);

const sodium = await loadSodium();
const key = sodium.randombytes_buf(32);
const clock = systemClock;
const sender = new Envelope({ sodium, keyring: new Keyring(sodium, [key]), senderId: "bench-agent", clock });
const newReceiver = () => new Envelope({ sodium, keyring: new Keyring(sodium, [key]), senderId: "bench-grand", clock });

// A realistic announcement: what an agent sends at boot.
const announce = {
  announce: {
    attempt: 0,
    item: {
      serviceId: "4c4c4544-0042-3510-8051-b3c04f4d4b32",
      attributes: { roles: ["streaming"], hostname: "rack1-node07", addresses: ["198.18.0.7/15"], linkCapacityBps: 1e9, agentVersion: "0.1.0", extra: { rack: "1" } },
    },
  },
};
const renew = { renew: { requestId: 1, serviceId: "4c4c4544-0042-3510-8051-b3c04f4d4b32", leaseId: 1_800_000_000_000_001, requestedLeaseMs: 2500 } };

function rate(label: string, count: number, fn: (i: number) => void): number {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) fn(i);
  const s = (performance.now() - t0) / 1000;
  const r = count / s;
  console.log(`${label.padEnd(34)} ${Math.round(r).toLocaleString("en").padStart(10)} /s  (${count} in ${s.toFixed(2)} s)`);
  return r;
}

const COUNT = 100_000;
const renewPackets = Array.from({ length: COUNT }, () => sender.seal(renew));
const announcePackets = Array.from({ length: COUNT }, () => sender.seal(announce));
const sealRenew = rate("seal renew (" + renewPackets[0]!.length + " B)", COUNT, () => sender.seal(renew));
const r1 = newReceiver();
const openRenew = rate("open renew", COUNT, (i) => {
  if (!r1.open(renewPackets[i]!).ok) throw new Error("valid packet refused");
});
const r2 = newReceiver();
const openAnnounce = rate("open announce (" + announcePackets[0]!.length + " B)", COUNT, (i) => {
  if (!r2.open(announcePackets[i]!).ok) throw new Error("valid packet refused");
});

// ---- fuzz
let seed = 0x2545f491;
const rnd = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};
const fuzzReceiver = newReceiver();
// The templates are fresh packets, so bit flips that still authenticate would be replays: open them once first.
for (const t of [renewPackets[0]!, announcePackets[0]!]) fuzzReceiver.open(t);
fuzzReceiver.accepted = 0;
const templates = [renewPackets[0]!, announcePackets[0]!];
let accepted = 0;
let decoderThrew = 0;
let decoderOk = 0;
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  let p: Uint8Array;
  const kind = i % 4;
  if (kind === 0) {
    p = new Uint8Array(Math.floor(rnd() * 300));
    for (let k = 0; k < p.length; k++) p[k] = (rnd() * 256) | 0;
  } else if (kind === 1) {
    // valid header, random body: reaches the AEAD check
    const t = templates[i & 1]!;
    p = t.slice();
    for (let k = 34; k < p.length; k++) p[k] = (rnd() * 256) | 0;
  } else if (kind === 2) {
    // a few bit flips anywhere in a real packet (these are also replays of a nonce already seen)
    p = templates[i & 1]!.slice();
    const flips = 1 + ((rnd() * 3) | 0);
    for (let k = 0; k < flips; k++) p[(rnd() * p.length) | 0]! ^= 1 << ((rnd() * 8) | 0);
  } else {
    // truncation or extension of a real packet, occasionally oversized
    const t = templates[i & 1]!;
    const len = rnd() < 0.01 ? MAX_DATAGRAM_BYTES + 1 + ((rnd() * 100) | 0) : (rnd() * (t.length * 2)) | 0;
    p = new Uint8Array(len);
    p.set(t.subarray(0, Math.min(len, t.length)));
    if (len === t.length) p[len - 1]! ^= 0x80;
  }
  if (fuzzReceiver.open(p).ok) accepted++;
  // The bare decoder must also never crash the process on raw bytes.
  try {
    pb.Sealed.decode(p.subarray(34));
    decoderOk++;
  } catch {
    decoderThrew++;
  }
}
const fuzzS = (performance.now() - t0) / 1000;
console.log(`fuzz: ${N.toLocaleString("en")} packets in ${fuzzS.toFixed(1)} s; accepted ${accepted}; drops ${JSON.stringify(fuzzReceiver.drops.byReason)}`);
console.log(`fuzz: bare decoder on the same bytes: ${decoderThrew} threw a clean Error, ${decoderOk} decoded (no crash)`);
if (accepted !== 0) {
  console.error("FAIL: a fuzzed packet was accepted");
  process.exit(1);
}
writeResult("envelope", {
  command: `bun bench/envelope.ts --packets ${N}`,
  sizesBytes: { renew: renewPackets[0]!.length, announce: announcePackets[0]!.length },
  perCorePerSecond: { sealRenew: Math.round(sealRenew), openRenew: Math.round(openRenew), openAnnounce: Math.round(openAnnounce) },
  fuzz: { packets: N, seconds: Number(fuzzS.toFixed(1)), accepted, drops: fuzzReceiver.drops.byReason, bareDecoder: { threw: decoderThrew, decoded: decoderOk } },
});
