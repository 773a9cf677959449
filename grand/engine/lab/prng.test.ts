import { describe, expect, test } from "bun:test";
import { hashGaussian, hashUniform, Prng } from "./prng.ts";

describe("Prng", () => {
  test("the same seed gives the same sequence, another seed another", () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const xs = Array.from({ length: 8 }, () => a.nextUint32());
    expect(Array.from({ length: 8 }, () => b.nextUint32())).toEqual(xs);
    expect(Array.from({ length: 8 }, () => c.nextUint32())).not.toEqual(xs);
  });

  test("uniforms stay inside (0, 1) and gaussians have mean 0 and variance 1", () => {
    const r = new Prng(7);
    let sum = 0;
    let sq = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      expect(u > 0 && u < 1).toBe(true);
      const g = r.gaussian();
      sum += g;
      sq += g * g;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(sq / n - 1)).toBeLessThan(0.05);
  });
});

describe("counter-based noise", () => {
  test("is a pure function of its arguments", () => {
    expect(hashGaussian(1, 10, 3)).toBe(hashGaussian(1, 10, 3));
    expect(hashGaussian(1, 10, 3)).not.toBe(hashGaussian(2, 10, 3));
    expect(hashGaussian(1, 10, 3)).not.toBe(hashGaussian(1, 11, 3));
    expect(hashGaussian(1, 10, 3)).not.toBe(hashGaussian(1, 10, 4));
  });

  test("is uniform and uncorrelated across neighbouring slots", () => {
    let sum = 0;
    let cross = 0;
    const n = 20_000;
    for (let k = 0; k < n; k++) {
      const u = hashUniform(5, k, 0);
      expect(u > 0 && u < 1).toBe(true);
      sum += u;
      cross += hashGaussian(5, k, 0) * hashGaussian(5, k, 1);
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(cross / n)).toBeLessThan(0.03);
  });
});
