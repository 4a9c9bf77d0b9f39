/**
 * The columns of a response export: one row per response, one column per plain question, and for the
 * question types that hold several values one column per part:
 *  - multi (checkbox): one column per option, 1 when chosen and 0 when not (empty when unanswered),
 *  - matrix: one column per row holding the chosen column,
 *  - ranking: one column per item holding its rank (1 = first).
 * Pure functions: the same columns drive the CSV and XLSX writers and the response import.
 */

import type { LocalizedText, QuestionOption, QuestionType } from '../surveys/survey-questions.ts';

export type { LocalizedText, QuestionOption, QuestionType };
export type Language = 'nl' | 'en';

/** The part of a SurveyQuestion (listQuestions in src/domain/surveys/survey-questions.ts) the export reads. */
export interface ExportQuestion {
  name: string;
  type: QuestionType;
  title: LocalizedText;
  choices?: QuestionOption[];
  rows?: QuestionOption[];
  columns?: QuestionOption[];
  rateMin?: number;
  rateMax?: number;
  isRequired?: boolean;
  valueTrue?: unknown;
  valueFalse?: unknown;
}

export type ColumnKind = 'meta' | 'value' | 'option' | 'row' | 'rank';

export interface ExportColumn {
  /** Stable code, used as the CSV header: the question name, or name_part for multi/matrix/ranking. */
  key: string;
  /** Human label in the chosen language: the question title, with the part after " - ". */
  label: string;
  kind: ColumnKind;
  /** The question this column belongs to (absent for meta columns). */
  question?: string;
  /** The option, matrix row or ranking item the column stands for. */
  part?: string | number;
}

export type Cell = string | number | null;

/** Metadata every export starts with, in this order. */
export const META_COLUMNS: readonly { key: string; label: LocalizedText }[] = [
  { key: 'response_id', label: { nl: 'Antwoord-id', en: 'Response id' } },
  { key: 'status', label: { nl: 'Status', en: 'Status' } },
  { key: 'channel', label: { nl: 'Kanaal', en: 'Channel' } },
  { key: 'language', label: { nl: 'Taal', en: 'Language' } },
  { key: 'started_at', label: { nl: 'Gestart', en: 'Started' } },
  { key: 'completed_at', label: { nl: 'Afgerond', en: 'Completed' } },
];

/** The response fields the meta columns read. */
export interface ExportResponse {
  id: string;
  status: string;
  channel: string;
  language: string | null;
  startedAt: Date | string;
  completedAt: Date | string | null;
  answers: Record<string, unknown>;
}

const BOOLEAN_LABELS: Record<Language, [string, string]> = { nl: ['Ja', 'Nee'], en: ['Yes', 'No'] };

function partKey(name: string, part: string | number): string {
  return `${name}_${String(part)}`;
}

/** Picks the text of the language, falling back to the other one when it is empty. */
export function textIn(text: LocalizedText | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] || text[lang === 'nl' ? 'en' : 'nl'] || '';
}

/**
 * The export columns for a list of questions: the meta columns, then each question's column(s) in
 * survey order. Keys are unique (a clash, e.g. question "q" with option "1" next to a question "q_1",
 * gets a numeric suffix).
 */
export function exportColumns(questions: readonly ExportQuestion[], lang: Language): ExportColumn[] {
  const columns: ExportColumn[] = META_COLUMNS.map((m) => ({ key: m.key, label: textIn(m.label, lang), kind: 'meta' as const }));
  const taken = new Set(columns.map((c) => c.key));
  const add = (c: ExportColumn) => {
    let key = c.key;
    for (let i = 2; taken.has(key); i++) key = `${c.key}_${i}`;
    taken.add(key);
    columns.push({ ...c, key });
  };
  for (const q of questions) {
    const title = textIn(q.title, lang) || q.name;
    if (q.type === 'multi') {
      for (const o of q.choices ?? []) add({ key: partKey(q.name, o.value), label: `${title} - ${textIn(o.text, lang) || o.value}`, kind: 'option', question: q.name, part: o.value });
    } else if (q.type === 'matrix') {
      for (const r of q.rows ?? []) add({ key: partKey(q.name, r.value), label: `${title} - ${textIn(r.text, lang) || r.value}`, kind: 'row', question: q.name, part: r.value });
    } else if (q.type === 'ranking') {
      for (const o of q.choices ?? []) add({ key: partKey(q.name, o.value), label: `${title} - ${textIn(o.text, lang) || o.value}`, kind: 'rank', question: q.name, part: o.value });
    } else {
      add({ key: q.name, label: title, kind: 'value', question: q.name });
    }
  }
  return columns;
}

function isoOrNull(v: Date | string | null): string | null {
  if (v === null || v === undefined) return null;
  const d = v instanceof Date ? v : new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function optionText(options: QuestionOption[] | undefined, value: unknown, lang: Language): string {
  const found = options?.find((o) => String(o.value) === String(value));
  return found ? textIn(found.text, lang) || String(found.value) : String(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return String(a) === String(b);
}

/**
 * One export row for a response, cell by cell in the order of `columns`. With values 'labels',
 * choices, matrix columns and booleans are written as their text in `lang`; with 'codes' (default)
 * as their stored values (booleans 1/0). Unanswered questions give null (an empty cell).
 */
export function exportRow(
  columns: readonly ExportColumn[],
  questions: readonly ExportQuestion[],
  response: ExportResponse,
  opts: { lang: Language; values?: 'codes' | 'labels' },
): Cell[] {
  const byName = new Map(questions.map((q) => [q.name, q]));
  const labels = opts.values === 'labels';
  return columns.map((c): Cell => {
    if (c.kind === 'meta') {
      switch (c.key) {
        case 'response_id':
          return response.id;
        case 'status':
          return response.status;
        case 'channel':
          return response.channel;
        case 'language':
          return response.language;
        case 'started_at':
          return isoOrNull(response.startedAt);
        case 'completed_at':
          return isoOrNull(response.completedAt);
        default:
          return null;
      }
    }
    const q = byName.get(c.question!);
    const answer = response.answers[c.question!];
    if (!q || answer === undefined || answer === null || answer === '') return null;
    switch (c.kind) {
      case 'option':
        return Array.isArray(answer) ? (answer.some((v) => sameValue(v, c.part)) ? 1 : 0) : null;
      case 'rank': {
        if (!Array.isArray(answer)) return null;
        const i = answer.findIndex((v) => sameValue(v, c.part));
        return i < 0 ? null : i + 1;
      }
      case 'row': {
        if (typeof answer !== 'object' || Array.isArray(answer)) return null;
        const v = (answer as Record<string, unknown>)[String(c.part)];
        if (v === undefined || v === null || v === '') return null;
        return labels ? optionText(q.columns, v, opts.lang) : (v as string | number);
      }
      default:
        return valueCell(q, answer, opts.lang, labels);
    }
  });
}

function valueCell(q: ExportQuestion, answer: unknown, lang: Language, labels: boolean): Cell {
  switch (q.type) {
    case 'boolean': {
      const yes = q.valueTrue !== undefined ? answer === q.valueTrue : answer === true || answer === 'true' || answer === 1;
      return labels ? BOOLEAN_LABELS[lang][yes ? 0 : 1] : yes ? 1 : 0;
    }
    case 'single':
    case 'dropdown':
      return labels ? optionText(q.choices, answer, lang) : (answer as string | number);
    case 'rating':
    case 'nps':
    case 'number': {
      const n = typeof answer === 'number' ? answer : Number(answer);
      return Number.isFinite(n) ? n : String(answer);
    }
    default:
      if (typeof answer === 'object') return JSON.stringify(answer);
      return answer as string | number;
  }
}
