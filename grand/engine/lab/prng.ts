/**
 * Deterministic randomness for the simulator. Two kinds:
 *
 * - `Prng`: a seeded sequential generator (sfc32, seeded through splitmix32) for
 *   things generated once in order, such as a workload's demand noise.
 * - `hashGaussian(seed, a, b)`: counter-based noise, a pure function of its
 *   arguments. The simulator draws the measurement noise of node slot `b` at step
 *   `a` this way, so every policy sees the same noise on the same node at the same
 *   time however many nodes it has allocated (common random numbers make the
 *   policies' comparison fair and the output independent of call order).
 */

/** splitmix32: spreads a 32-bit seed into well-mixed state words. */
function splitmix32(state: number): [next: number, out: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/** A seeded sfc32 generator: same seed, same sequence, on every run. */
export class Prng {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    let s = seed | 0;
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [next, out] = splitmix32(s);
      s = next;
      words.push(out);
    }
    [this.#a, this.#b, this.#c, this.#d] = words as [number, number, number, number];
    // sfc32 needs a few rounds before its output is well mixed.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in (0, 1): never exactly 0, so it is safe under a logarithm. */
  next(): number {
    return (this.nextUint32() + 0.5) / 4294967296;
  }

  /** Standard normal (Box–Muller; one value per call, the pair's twin is dropped for simplicity). */
  gaussian(): number {
    return boxMuller(this.next(), this.next());
  }
}

/** lowbias32 (C. Wellons): a fast 32-bit integer hash with good avalanche. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Uniform in (0, 1) as a pure function of (seed, a, b, salt). */
export function hashUniform(seed: number, a: number, b: number, salt = 0): number {
  const h = mix32((seed | 0) ^ mix32((a | 0) ^ mix32((b | 0) ^ mix32(salt | 0))));
  return (h + 0.5) / 4294967296;
}

/** Standard normal as a pure function of (seed, a, b). */
export function hashGaussian(seed: number, a: number, b: number): number {
  return boxMuller(hashUniform(seed, a, b, 0x51), hashUniform(seed, a, b, 0xa7));
}

function boxMuller(u1: number, u2: number): number {
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
