import { describe, expect, it } from 'vitest';
import { proportion, wilsonInterval } from './proportion.ts';

// Newcombe, R.G. (1998) "Two-sided confidence intervals for the single proportion: comparison of seven methods",
// Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score interval without continuity correction).
describe('wilsonInterval (Newcombe 1998, Table I)', () => {
  const cases: [number, number, number, number][] = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  for (const [x, n, lo, hi] of cases) {
    it(`${x}/${n} → [${lo}, ${hi}]`, () => {
      const [l, h] = wilsonInterval(x, n);
      expect(l).toBeCloseTo(lo, 4);
      expect(h).toBeCloseTo(hi, 4);
    });
  }
  it('rejects an empty base and impossible counts', () => {
    expect(() => wilsonInterval(0, 0)).toThrow('wilsonInterval requires at least 1 data point');
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
  });
});

describe('proportion', () => {
  it('unweighted equals Wilson on the plain count (Newcombe example b: 15/148)', () => {
    const answers = Array.from({ length: 148 }, (_, i) => i < 15);
    const r = proportion(answers);
    expect(r.estimate).toBeCloseTo(15 / 148, 12);
    expect(r.ci95[0]).toBeCloseTo(0.0624, 4);
    expect(r.ci95[1]).toBeCloseTo(0.1605, 4);
    expect(r.smallBase).toBe(false);
  });
  it('weighted: share from weights, interval on the Kish effective base', () => {
    // 2 respondents weighing 3 say yes, 2 weighing 1 say no → share 6/8; n_eff = 8²/(9+9+1+1) = 3.2
    const r = proportion([true, true, false, false], [3, 3, 1, 1]);
    expect(r.estimate).toBeCloseTo(0.75, 12);
    expect(r.nEffective).toBeCloseTo(3.2, 12);
    const [lo, hi] = wilsonInterval(0.75 * 3.2, 3.2);
    expect(r.ci95).toEqual([lo, hi]);
    expect(r.smallBase).toBe(true);
  });
  it('does not mutate its inputs and checks weights', () => {
    const w = [1, 2];
    proportion([true, false], w);
    expect(w).toEqual([1, 2]);
    expect(() => proportion([true], [1, 2])).toThrow('weights must have one entry per answer');
    expect(() => proportion([true], [-1])).toThrow('not a finite non-negative number');
    expect(() => proportion([])).toThrow('proportion requires at least 1 data point');
  });
});
