import { describe, expect, it } from 'vitest';
import { csat } from './csat.ts';
import { describeNumbers, topBox, weightedMean, weightedQuantile } from './descriptives.ts';
import { answerDistribution } from './distribution.ts';
import { wilsonInterval } from './proportion.ts';

// R's built-in `sleep$extra` (Student 1908), 20 values.
const extra = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0, 1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('describeNumbers on sleep$extra', () => {
  const d = describeNumbers(extra);
  it('R t.test(sleep$extra): mean 1.54, t = 3.413 on 19 df, 95% CI 0.5955845 to 2.4844155', () => {
    expect(d.mean).toBeCloseTo(1.54, 12);
    expect(d.mean / d.se).toBeCloseTo(3.413, 3);
    expect(d.meanCi95[0]).toBeCloseTo(0.5955845, 6);
    expect(d.meanCi95[1]).toBeCloseTo(2.4844155, 6);
  });
  it('R summary(sleep$extra): median 0.95, min −1.6, max 5.5; sd = mean·√n/t = 2.0179', () => {
    expect(d.median).toBeCloseTo(0.95, 12);
    expect(d.min).toBe(-1.6);
    expect(d.max).toBe(5.5);
    expect(d.sd).toBeCloseTo(2.0179, 4);
  });
  it('SD interval from chi-square table values χ²(0.975, 19) = 32.852 and χ²(0.025, 19) = 8.907', () => {
    expect(d.sdCi95[0]).toBeCloseTo(d.sd * Math.sqrt(19 / 32.852), 3);
    expect(d.sdCi95[1]).toBeCloseTo(d.sd * Math.sqrt(19 / 8.907), 3);
  });
  it('Woodruff median interval worked by hand: p = 0.5 ± 1.96·√(0.25/20) = 0.281, 0.719 → 6th and 15th order statistics 0.0 and 3.4', () => {
    expect(d.medianCi95).toEqual([0, 3.4]);
    expect(d.smallBase).toBe(true);
  });
  it('doubling every weight changes nothing; weights enter mean and effective n', () => {
    const w2 = describeNumbers(extra, extra.map(() => 2));
    expect(w2.meanCi95[0]).toBeCloseTo(d.meanCi95[0], 10);
    expect(weightedMean([1, 2, 3], [1, 1, 2])).toBeCloseTo(2.25, 12);
    const w = describeNumbers([1, 2, 3, 4], [1, 1, 1, 3]);
    expect(w.nEffective).toBeCloseTo(36 / 12, 12);
    expect(() => describeNumbers([1])).toThrow('describeNumbers requires at least 2 data points');
  });
  it('weighted quantile: weight acts like repetition', () => {
    expect(weightedQuantile([1, 2, 3], 0.5, [1, 1, 2])).toBe(weightedQuantile([1, 2, 3, 3], 0.5));
    expect(weightedQuantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
});

describe('topBox, csat and answerDistribution', () => {
  it('top-2-box of a 1..5 scale counts 4s and 5s; Wilson CI on the base', () => {
    const scores = [5, 4, 4, 3, 2, 1, 5, 5, 3, 4]; // 6 of 10 in the top two boxes
    const t = topBox(scores, 5);
    expect(t.estimate).toBeCloseTo(0.6, 12);
    expect(t.ci95).toEqual(wilsonInterval(6, 10));
    expect(csat(scores).estimate).toBeCloseTo(0.6, 12);
    expect(() => csat([6])).toThrow('score 6 at index 0 is outside 1..5');
  });
  it('distribution: shares, Wilson CIs, given order first and zero counts kept', () => {
    const d = answerDistribution(['b', 'a', 'b', 'c'], undefined, ['c', 'b', 'x']);
    expect(d.rows.map((r) => r.value)).toEqual(['c', 'b', 'x', 'a']);
    expect(d.rows[1].share).toBeCloseTo(0.5, 12);
    expect(d.rows[1].ci95).toEqual(wilsonInterval(2, 4));
    expect(d.rows[2].count).toBe(0);
    const numeric = answerDistribution(['10', '9', '10']);
    expect(numeric.rows.map((r) => r.value)).toEqual(['9', '10']);
  });
});
