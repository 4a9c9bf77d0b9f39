import { describe, expect, it } from 'vitest';
import { normalizedMutualInformation } from './nmi.ts';

describe('normalizedMutualInformation', () => {
  it('reproduces the worked example of Manning, Raghavan & Schütze (2008), Figure 16.4: NMI ≈ 0.36', () => {
    // Cluster 1: 5 x, 1 o; cluster 2: 1 x, 4 o, 1 ◇; cluster 3: 2 x, 3 ◇ (17 items). Purity 0.71, NMI 0.36.
    const clusters = [...Array(6).fill(1), ...Array(6).fill(2), ...Array(5).fill(3)];
    const truth = ['x', 'x', 'x', 'x', 'x', 'o', 'x', 'o', 'o', 'o', 'o', 'd', 'x', 'x', 'd', 'd', 'd'];
    expect(normalizedMutualInformation(truth, clusters)).toBeCloseTo(0.36, 2);
  });
  it('is 1 for the same partition under other names and 0 for independent ones (scikit-learn docs examples)', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1], [1, 1, 0, 0])).toBeCloseTo(1, 12);
    expect(normalizedMutualInformation([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 12);
  });
  it('rejects labelings of different length', () => {
    expect(() => normalizedMutualInformation([1, 2], [1])).toThrow('same length');
    expect(() => normalizedMutualInformation([], [])).toThrow('at least 1 data point');
  });
});
