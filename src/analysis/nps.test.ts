import { describe, expect, it } from 'vitest';
import { netPromoterScore, npsCategory } from './nps.ts';

function scores(promoters: number, passives: number, detractors: number): number[] {
  return [...new Array<number>(promoters).fill(10), ...new Array<number>(passives).fill(8), ...new Array<number>(detractors).fill(3)];
}

describe('netPromoterScore', () => {
  it('categories follow Reichheld (2003): 9–10 promoter, 7–8 passive, 0–6 detractor', () => {
    expect([10, 9, 8, 7, 6, 0].map(npsCategory)).toEqual(['promoter', 'promoter', 'passive', 'passive', 'detractor', 'detractor']);
    expect(() => npsCategory(11)).toThrow(RangeError);
  });

  it('worked case: 50 promoters, 30 passives, 20 detractors (n = 100)', () => {
    // Trinomial variance by hand: Var = (0.5 + 0.2 − 0.3²)/100 = 0.61/100 → se = 100·√0.0061 = 7.8102;
    // 95% CI 30 ± 1.959964·7.8102 = [14.692, 45.308].
    const r = netPromoterScore(scores(50, 30, 20));
    expect(r.nps).toBeCloseTo(30, 10);
    expect(r.promoters).toBeCloseTo(0.5, 12);
    expect(r.passives).toBeCloseTo(0.3, 12);
    expect(r.detractors).toBeCloseTo(0.2, 12);
    expect(r.se).toBeCloseTo(7.8102, 4);
    expect(r.ci95[0]).toBeCloseTo(14.692, 3);
    expect(r.ci95[1]).toBeCloseTo(45.308, 3);
    expect(r.smallBase).toBe(false);
  });

  it('se equals the independent computation: SD (1/n form) of the +1/0/−1 recoding divided by √n', () => {
    const s = scores(37, 41, 22);
    const coded: number[] = s.map((x) => (x >= 9 ? 1 : x >= 7 ? 0 : -1));
    const m = coded.reduce((a, b) => a + b, 0) / coded.length;
    const v = coded.reduce((a, b) => a + (b - m) ** 2, 0) / coded.length;
    expect(netPromoterScore(s).se).toBeCloseTo(100 * Math.sqrt(v / coded.length), 10);
  });

  it('weights: shares from weights, se on the Kish effective n', () => {
    // Duplicating every respondent with weight 1 gives the same shares as weight 2 on one copy; n_eff differs.
    const s = scores(5, 3, 2);
    const r = netPromoterScore(s, new Array<number>(10).fill(2));
    expect(r.nps).toBeCloseTo(30, 10);
    expect(r.nEffective).toBeCloseTo(10, 12);
    expect(r.se).toBeCloseTo(100 * Math.sqrt(0.61 / 10), 10);
    expect(r.smallBase).toBe(true);
    const skew = netPromoterScore([10, 0], [3, 1]);
    expect(skew.nps).toBeCloseTo(50, 10); // 0.75 − 0.25
    expect(skew.nEffective).toBeCloseTo(16 / 10, 12);
  });

  it('rejects scores outside 0..10 naming the index', () => {
    expect(() => netPromoterScore([5, 11])).toThrow('score 11 at index 1');
    expect(() => netPromoterScore([])).toThrow('netPromoterScore requires at least 1 data point');
  });
});
