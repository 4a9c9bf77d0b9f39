import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './adjusted-rand.ts';

// Expected values: scikit-learn documentation of sklearn.metrics.adjusted_rand_score (examples section),
// which implements Hubert & Arabie (1985).
describe('adjustedRandIndex', () => {
  it('matches the scikit-learn documented examples', () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 1])).toBe(1);
    expect(adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0])).toBe(1);
    expect(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(0.5714285714285715, 14);
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.5714285714285715, 14);
    expect(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 14);
  });

  it('accepts string labels and treats 1 and "1" as different labels', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], [7, 7, 3, 3])).toBe(1);
  });

  it('rejects labelings of different lengths or with fewer than 2 items', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow(/same length/);
    expect(() => adjustedRandIndex([0], [0])).toThrow(/at least 2 data points/);
  });
});
