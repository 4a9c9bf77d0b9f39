import { describe, expect, it } from 'vitest';
import { describeNumbers } from './descriptives.ts';
import { netPromoterScore } from './nps.ts';
import { wilsonInterval } from './proportion.ts';
import { periodOf, trend } from './trend.ts';

describe('periodOf (ISO 8601 week dates)', () => {
  it('handles year boundaries: 2021-01-03 is in 2020-W53, 2021-01-04 starts 2021-W01, 2024-12-30 is 2025-W01', () => {
    expect(periodOf('2021-01-03', 'week')).toEqual({ period: '2020-W53', start: '2020-12-28' });
    expect(periodOf('2021-01-04', 'week')).toEqual({ period: '2021-W01', start: '2021-01-04' });
    expect(periodOf('2024-12-30', 'week').period).toBe('2025-W01');
    expect(periodOf('2026-01-01', 'week').period).toBe('2026-W01'); // 1 Jan 2026 is a Thursday
  });
  it('months and quarters', () => {
    expect(periodOf('2026-05-17T10:00:00Z', 'month')).toEqual({ period: '2026-05', start: '2026-05-01' });
    expect(periodOf('2026-11-30', 'quarter')).toEqual({ period: '2026-Q4', start: '2026-10-01' });
    expect(() => periodOf('not a date', 'month')).toThrow('not a valid date');
  });
});

describe('trend', () => {
  const dates = ['2026-02-10', '2026-01-05', '2026-01-20', '2026-02-01', '2026-01-31', '2026-02-28'];
  it('means per month in time order, each with the same CI as describeNumbers on that month', () => {
    const values = [4, 1, 2, 5, 3, 6];
    const t = trend(dates, values, { period: 'month', statistic: 'mean' });
    expect(t.map((p) => p.period)).toEqual(['2026-01', '2026-02']);
    expect(t[0].estimate).toBeCloseTo(2, 12);
    expect(t[0].ci95).toEqual(describeNumbers([1, 2, 3]).meanCi95);
    expect(t[1].n).toBe(3);
    expect(t[1].smallBase).toBe(true);
  });
  it('proportions (Wilson) and NPS per quarter', () => {
    const p = trend(dates, [1, 0, 1, 1, 0, 0], { period: 'quarter', statistic: 'proportion' });
    expect(p).toHaveLength(1);
    expect(p[0].ci95).toEqual(wilsonInterval(3, 6));
    const n = trend(dates, [10, 0, 9, 8, 10, 3], { period: 'quarter', statistic: 'nps' });
    expect(n[0].estimate).toBeCloseTo(netPromoterScore([10, 0, 9, 8, 10, 3]).nps, 12);
    expect(() => trend(dates, [2, 0, 1, 1, 0, 0], { period: 'month', statistic: 'proportion' })).toThrow('must be 0 or 1');
  });
});
