import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';

describe('createRandom (xoshiro128**)', () => {
  it('repeats the same sequence for the same seed and differs across seeds', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('gives uniform, normal and categorical draws with the right moments', () => {
    const rng = createRandom(2024);
    const n = 200_000;
    let su = 0;
    let sn = 0;
    let sn2 = 0;
    const counts = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      su += rng.next();
      const z = rng.normal();
      sn += z;
      sn2 += z * z;
      counts[rng.categorical([1, 2, 7])]++;
    }
    // Standard errors: uniform mean 0.29/sqrt(n) = 0.00065, normal mean 1/sqrt(n) = 0.0022.
    expect(Math.abs(su / n - 0.5)).toBeLessThan(0.004);
    expect(Math.abs(sn / n)).toBeLessThan(0.012);
    expect(Math.abs(sn2 / n - 1)).toBeLessThan(0.02);
    expect(Math.abs(counts[2] / n - 0.7)).toBeLessThan(0.006);
    expect(Math.abs(counts[0] / n - 0.1)).toBeLessThan(0.006);
  });

  it('draws integers in range and rejects bad arguments', () => {
    const rng = createRandom(1);
    for (let i = 0; i < 1000; i++) {
      const k = rng.int(5);
      expect(Number.isInteger(k) && k >= 0 && k < 5).toBe(true);
    }
    expect(() => rng.int(0)).toThrow();
    expect(() => rng.categorical([0, 0])).toThrow();
    expect(() => createRandom(Number.NaN)).toThrow();
  });
});
