import type { AnalysisQuestion } from '../../../shared/analysis.ts';

/** Display helpers for analysis figures: labels in the reader's language, percentages and numbers. */
export type Lang = 'nl' | 'en';

export const langOf = (language: string | undefined): Lang => (language?.startsWith('en') ? 'en' : 'nl');

export function answerLabel(q: AnalysisQuestion, value: string, lang: Lang): string {
  return q.labels[value]?.[lang] ?? value;
}

export function pct(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}

export function ciPct(ci: [number, number]): string {
  return `${(ci[0] * 100).toFixed(1)}–${(ci[1] * 100).toFixed(1)}%`;
}

export function num(x: number | null | undefined, digits = 2): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits);
}

export function pValue(p: number | null): string {
  if (p === null) return '–';
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}
