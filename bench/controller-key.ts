/**
 * What grand's controller signature costs (runtime/wire/controller-key.ts).
 *
 *   bun bench/controller-key.ts [--rounds N]
 *
 * Seals grand's renew reply unsigned and signed (Ed25519, Bun's native node:crypto;
 * the key pair from libsodium), and opens the signed one at a node holding the
 * controller key (verify).
 * The three rates are measured interleaved, in rounds, and the median round is
 * kept, so a machine shared with other work slows all three alike and the ratio
 * between them stays meaningful.
 */
import { pb } from "../proto/index.ts";
import { ControllerKeys, controllerSigner, Envelope, Keyring, loadSodium, systemClock } from "../runtime/wire/index.ts";
import { writeResult } from "./lib.ts";

const arg = (k: string, d: number) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const ROUNDS = arg("--rounds", 5);
const PER_ROUND = 5_000;

const sodium = await loadSodium();
const key = sodium.randombytes_buf(32);
const clock = systemClock;
const epoch = Date.now();
const signer = controllerSigner(sodium, sodium.randombytes_buf(32));
const ring = () => new Keyring(sodium, [key]);
const plain = new Envelope({ sodium, keyring: ring(), senderId: "bench-grand", clock, epoch });
const signing = new Envelope({ sodium, keyring: ring(), senderId: "bench-grand", clock, epoch, signer });
const reply = { renewReply: { requestId: 1, status: pb.Status.STATUS_OK, grantedMs: 2500, epoch } };

function perSecond(fn: (i: number) => void): number {
  const t0 = performance.now();
  for (let i = 0; i < PER_ROUND; i++) fn(i);
  return PER_ROUND / ((performance.now() - t0) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const rounds = { sealUnsigned: [] as number[], sealSigned: [] as number[], openSigned: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  const packets = Array.from({ length: PER_ROUND }, () => signing.seal(reply));
  // A fresh node each round: its replay memory must not grow across rounds.
  const node = new Envelope({ sodium, keyring: ring(), senderId: "bench-agent", clock, controllerKeys: new ControllerKeys(sodium, [signer.publicKey]) });
  rounds.sealUnsigned.push(perSecond(() => plain.seal(reply)));
  rounds.sealSigned.push(perSecond(() => signing.seal(reply)));
  rounds.openSigned.push(perSecond((i) => {
    const o = node.open(packets[i]!);
    if (!o.ok || !o.signed) throw new Error("a signed reply was refused");
  }));
}
const sizes = { renewReplyUnsigned: plain.seal(reply).length, renewReplySigned: signing.seal(reply).length };
const result = {
  sealRenewReplyUnsigned: Math.round(median(rounds.sealUnsigned)),
  sealRenewReplySigned: Math.round(median(rounds.sealSigned)),
  openRenewReplySigned: Math.round(median(rounds.openSigned)),
};
console.log(`renew reply: ${sizes.renewReplyUnsigned} B unsigned, ${sizes.renewReplySigned} B signed`);
console.log(`seal unsigned ${result.sealRenewReplyUnsigned.toLocaleString("en")}/s, seal signed ${result.sealRenewReplySigned.toLocaleString("en")}/s,`
  + ` open signed (verify) ${result.openRenewReplySigned.toLocaleString("en")}/s (medians of ${ROUNDS} rounds of ${PER_ROUND}, one core)`);
writeResult("controller-key", {
  command: `bun bench/controller-key.ts --rounds ${ROUNDS}`,
  note: "2-core VM shared with about six other workers (load average ~20 at the time): absolute rates are low; compare them with each other",
  sizesBytes: sizes,
  perCorePerSecondMedian: result,
  rounds,
});
