/** A report period: a calendar month or quarter, from a 'YYYY-MM' key. Pure. */
export interface ReportPeriod {
  kind: 'month' | 'quarter';
  /** 'YYYY-MM' of the first month. */
  startKey: string;
  start: Date;
  /** Exclusive. */
  end: Date;
  label: string;
}

/**
 * The period of the given kind that contains month `key` ('YYYY-MM'), in UTC. A quarter starts in
 * January, April, July or October. Throws "reportPeriod requires a month as YYYY-MM" for another key.
 *
 * @example
 * reportPeriod('quarter', '2026-11') // → { startKey: '2026-10', label: '2026 Q4', start: 2026-10-01, end: 2027-01-01 }
 */
export function reportPeriod(kind: 'month' | 'quarter', key: string): ReportPeriod {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (!m) throw new Error('reportPeriod requires a month as YYYY-MM');
  const year = Number(m[1]);
  const month = Number(m[2]);
  const first = kind === 'quarter' ? Math.floor((month - 1) / 3) * 3 + 1 : month;
  const start = new Date(Date.UTC(year, first - 1, 1));
  const end = new Date(Date.UTC(year, first - 1 + (kind === 'quarter' ? 3 : 1), 1));
  const startKey = `${year}-${String(first).padStart(2, '0')}`;
  return { kind, startKey, start, end, label: kind === 'quarter' ? `${year} Q${(first - 1) / 3 + 1}` : startKey };
}
