import { describeNumbers, weightedMean } from './descriptives.ts';
import { kishEffectiveN } from './effective-sample-size.ts';
import { netPromoterScore } from './nps.ts';
import { proportion } from './proportion.ts';
import { resolveWeights, SMALL_BASE, type Weights } from './survey-weights.ts';

export type TrendPeriod = 'week' | 'month' | 'quarter';
export type TrendStatistic = 'mean' | 'proportion' | 'nps';

export interface TrendPoint {
  /** "2026-W05" (ISO week), "2026-02" or "2026-Q1". */
  period: string;
  /** First day of the period, YYYY-MM-DD (UTC). */
  start: string;
  n: number;
  nEffective: number;
  /** Mean, share (0..1) or NPS (−100..100) in this period. */
  estimate: number;
  /** 95% interval; null when the period has too few answers for one (a mean from a single answer). */
  ci95: [number, number] | null;
  smallBase: boolean;
}

function toDate(fn: string, d: Date | string, i: number): Date {
  const date = d instanceof Date ? d : new Date(d);
  if (Number.isNaN(date.getTime())) throw new Error(`${fn}: date at index ${i} ("${String(d)}") is not a valid date`);
  return date;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The period a moment falls in, in UTC: ISO 8601 week ("2026-W01"; weeks start on Monday and week 1 holds the
 * year's first Thursday), calendar month ("2026-01") or quarter ("2026-Q1"), with the period's first day.
 * Source: ISO 8601:2004 §3.2.2 (week dates). Cost O(1). Throws an Error for an invalid date.
 * @example periodOf('2021-01-03', 'week').period // '2020-W53'
 */
export function periodOf(date: Date | string, period: TrendPeriod): { period: string; start: string } {
  const d = toDate('periodOf', date, 0);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (period === 'month') return { period: `${y}-${String(m + 1).padStart(2, '0')}`, start: iso(new Date(Date.UTC(y, m, 1))) };
  if (period === 'quarter') {
    const q = Math.floor(m / 3);
    return { period: `${y}-Q${q + 1}`, start: iso(new Date(Date.UTC(y, q * 3, 1))) };
  }
  const day = new Date(Date.UTC(y, m, d.getUTCDate()));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = new Date(day.getTime() - weekday * 86_400_000);
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const weekYear = thursday.getUTCFullYear();
  const jan1 = Date.UTC(weekYear, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000)) + 1;
  return { period: `${weekYear}-W${String(week).padStart(2, '0')}`, start: iso(monday) };
}

/**
 * A statistic per period over time with 95% intervals: the mean (t interval), a proportion of 0/1 answers
 * (Wilson interval) or the NPS of 0..10 scores (trinomial normal interval), each on the period's Kish effective n.
 * Periods are returned in time order; periods without answers are left out.
 * Source: see describeNumbers, proportion and netPromoterScore; ISO 8601 for weeks. Cost O(n log n).
 * Throws `trend requires at least 1 data point`, an Error when dates and values differ in length or a date is
 * invalid, and the errors of the chosen statistic.
 * @example trend(['2026-01-05', '2026-02-02'], [1, 0], { period: 'month', statistic: 'proportion' })[0].period // '2026-01'
 */
export function trend(
  dates: readonly (Date | string)[], values: readonly number[],
  options: { period: TrendPeriod; statistic: TrendStatistic }, weights?: Weights,
): TrendPoint[] {
  if (values.length === 0) throw new Error('trend requires at least 1 data point');
  if (dates.length !== values.length) throw new Error(`trend: ${dates.length} dates but ${values.length} values`);
  const w = resolveWeights('trend', values.length, weights);
  const groups = new Map<string, { start: string; values: number[]; weights: number[] }>();
  dates.forEach((d, i) => {
    const { period, start } = periodOf(toDate('trend', d, i), options.period);
    const g = groups.get(period) ?? { start, values: [], weights: [] };
    g.values.push(values[i]);
    g.weights.push(w[i]);
    groups.set(period, g);
  });
  return [...groups.entries()]
    .sort((a, b) => (a[1].start < b[1].start ? -1 : a[1].start > b[1].start ? 1 : 0))
    .map(([period, g]) => {
      const base = { period, start: g.start, n: g.values.length, nEffective: kishEffectiveN(g.weights), smallBase: g.values.length < SMALL_BASE };
      if (options.statistic === 'nps') {
        const r = netPromoterScore(g.values, g.weights);
        return { ...base, estimate: r.nps, ci95: r.ci95 };
      }
      if (options.statistic === 'proportion') {
        g.values.forEach((v, i) => {
          if (v !== 0 && v !== 1) throw new Error(`trend: proportion values must be 0 or 1 (got ${v} in ${period}, item ${i})`);
        });
        const r = proportion(g.values.map((v) => v === 1), g.weights);
        return { ...base, estimate: r.estimate, ci95: r.ci95 };
      }
      if (g.values.length < 2) return { ...base, estimate: weightedMean(g.values, g.weights), ci95: null };
      const r = describeNumbers(g.values, g.weights);
      return { ...base, estimate: r.mean, ci95: r.meanCi95 };
    });
}
