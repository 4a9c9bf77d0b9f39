import { exportColumns, textIn, type ExportColumn, type ExportQuestion, type Language, type QuestionOption } from './export-columns.ts';

/**
 * Turning rows of a CSV file made elsewhere (or exported here) into response answers. Each CSV column
 * is mapped to an export column key (see exportColumns) or ignored; every value is checked against
 * its question (choices, ranges, e-mail form) and each problem is reported with its row and column.
 * Pure functions: the import command stores what these return.
 */

/** CSV header -> export column key ('' or absent: ignore the CSV column). */
export type ImportMapping = Record<string, string>;

export interface ImportTable {
  headers: string[];
  rows: string[][];
}

export interface ImportedResponse {
  /** Row number in the file, the header being row 1. */
  row: number;
  answers: Record<string, unknown>;
  language: Language | null;
  startedAt: Date | null;
  completedAt: Date | null;
}

export interface ImportProblem {
  row: number;
  column: string;
  reason: string;
}

const TRUE_WORDS = new Set(['1', 'true', 'ja', 'yes', 'y', 'j', 'waar', 'x']);
const FALSE_WORDS = new Set(['0', 'false', 'nee', 'no', 'n', 'onwaar']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_TEXT = 10_000;

function norm(s: string): string {
  return s.trim().toLowerCase();
}

/**
 * Suggests a mapping: a CSV header equal (ignoring case and spaces around it) to a column key or to its
 * label in either language maps to that column; a header equal to a multi-choice question's name maps to
 * the question (values separated by ";").
 */
export function suggestImportMapping(headers: readonly string[], questions: readonly ExportQuestion[]): ImportMapping {
  const targets = new Map<string, string>();
  for (const lang of ['en', 'nl'] as const) for (const c of exportColumns(questions, lang)) targets.set(norm(c.label), c.key);
  for (const c of exportColumns(questions, 'nl')) targets.set(norm(c.key), c.key);
  for (const q of questions) if (q.type === 'multi') targets.set(norm(q.name), q.name);
  const mapping: ImportMapping = {};
  for (const h of headers) mapping[h] = targets.get(norm(h)) ?? '';
  return mapping;
}

function matchOption(options: readonly QuestionOption[] | undefined, raw: string): QuestionOption | undefined {
  const v = norm(raw);
  return options?.find((o) => norm(String(o.value)) === v) ?? options?.find((o) => norm(textIn(o.text, 'nl')) === v || norm(textIn(o.text, 'en')) === v);
}

function parseNumber(raw: string): number | undefined {
  const s = raw.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

function parseDate(raw: string): Date | undefined {
  const d = new Date(raw.trim());
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The value of one plain (non-part) question from its cell, or a reason why it is not valid. */
export function parseAnswer(q: ExportQuestion, raw: string): { value: unknown } | { reason: string } {
  const s = raw.trim();
  switch (q.type) {
    case 'single':
    case 'dropdown': {
      if (!q.choices?.length) return { value: s };
      const o = matchOption(q.choices, s);
      return o ? { value: o.value } : { reason: `"${s}" is not one of the choices (${q.choices.map((c) => c.value).join(', ')})` };
    }
    case 'multi': {
      const values: (string | number)[] = [];
      for (const part of s.split(/[;|]/).map((p) => p.trim()).filter(Boolean)) {
        const o = matchOption(q.choices, part);
        if (!o) return { reason: `"${part}" is not one of the choices` };
        if (!values.includes(o.value)) values.push(o.value);
      }
      return { value: values };
    }
    case 'boolean': {
      const w = norm(s);
      if (TRUE_WORDS.has(w)) return { value: q.valueTrue ?? true };
      if (FALSE_WORDS.has(w)) return { value: q.valueFalse ?? false };
      return { reason: `"${s}" is not yes/no (1/0)` };
    }
    case 'rating':
    case 'nps': {
      const n = parseNumber(s);
      const [min, max] = q.type === 'nps' ? [0, 10] : [q.rateMin ?? 1, q.rateMax ?? 5];
      if (n === undefined || !Number.isInteger(n) || n < min || n > max) return { reason: `"${s}" is not a whole number from ${min} to ${max}` };
      return { value: n };
    }
    case 'number': {
      const n = parseNumber(s);
      return n === undefined ? { reason: `"${s}" is not a number` } : { value: n };
    }
    case 'email':
      return EMAIL.test(s) && s.length <= 254 ? { value: s } : { reason: `"${s}" is not an e-mail address` };
    default:
      return s.length > MAX_TEXT ? { reason: `longer than ${MAX_TEXT} characters` } : { value: s };
  }
}

function cellText(raw: string | undefined): string {
  const s = raw ?? '';
  // Undo the quote our export puts before text that a spreadsheet would run as a formula.
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

/**
 * Reads every row of the table into answers. Mapping targets that are neither a column key nor a
 * multi-choice question name, and a target used twice, are reported once with row 1 (the header).
 * Empty cells are unanswered. A row without any answer is reported ("no answers").
 */
export function readImportRows(
  questions: readonly ExportQuestion[],
  table: ImportTable,
  mapping: ImportMapping,
): { responses: ImportedResponse[]; problems: ImportProblem[] } {
  const columns = new Map<string, ExportColumn>(exportColumns(questions, 'en').map((c) => [c.key, c]));
  const byName = new Map(questions.map((q) => [q.name, q]));
  const problems: ImportProblem[] = [];
  const used = new Map<string, string>();
  const plan: { index: number; header: string; column?: ExportColumn; listQuestion?: ExportQuestion }[] = [];
  for (const [header, target] of Object.entries(mapping)) {
    if (!target) continue;
    const index = table.headers.indexOf(header);
    if (index < 0) {
      problems.push({ row: 1, column: header, reason: 'no such column in the file' });
      continue;
    }
    if (used.has(target)) {
      problems.push({ row: 1, column: header, reason: `"${target}" is already mapped from column "${used.get(target)}"` });
      continue;
    }
    used.set(target, header);
    const column = columns.get(target);
    const listQuestion = byName.get(target)?.type === 'multi' ? byName.get(target) : undefined;
    if (!column && !listQuestion) {
      problems.push({ row: 1, column: header, reason: `"${target}" is not a question or column of this survey` });
      continue;
    }
    plan.push({ index, header, column, listQuestion });
  }
  if (problems.length) return { responses: [], problems };

  const responses: ImportedResponse[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    const answers: Record<string, unknown> = {};
    const ranks = new Map<string, { rank: number; value: string | number; header: string }[]>();
    const out: ImportedResponse = { row, answers, language: null, startedAt: null, completedAt: null };
    const fail = (column: string, reason: string) => problems.push({ row, column, reason });
    for (const p of plan) {
      const raw = cellText(cells[p.index]).trim();
      if (raw === '') continue;
      if (p.listQuestion) {
        const r = parseAnswer(p.listQuestion, raw);
        if ('reason' in r) fail(p.header, r.reason);
        else answers[p.listQuestion.name] = r.value;
        continue;
      }
      const c = p.column!;
      const q = c.question ? byName.get(c.question) : undefined;
      if (c.kind === 'meta') {
        if (c.key === 'language') {
          const l = norm(raw);
          if (l === 'nl' || l === 'en') out.language = l;
          else fail(p.header, `"${raw}" is not a language (nl or en)`);
        } else if (c.key === 'started_at' || c.key === 'completed_at') {
          const d = parseDate(raw);
          if (!d) fail(p.header, `"${raw}" is not a date`);
          else if (c.key === 'started_at') out.startedAt = d;
          else out.completedAt = d;
        }
        continue;
      }
      if (!q) continue;
      if (c.kind === 'value') {
        const r = parseAnswer(q, raw);
        if ('reason' in r) fail(p.header, r.reason);
        else answers[q.name] = r.value;
      } else if (c.kind === 'option') {
        const w = norm(raw);
        if (!TRUE_WORDS.has(w) && !FALSE_WORDS.has(w)) {
          fail(p.header, `"${raw}" is not 1 or 0`);
          continue;
        }
        const list = (answers[q.name] as (string | number)[] | undefined) ?? [];
        if (TRUE_WORDS.has(w)) list.push(c.part!);
        answers[q.name] = list;
      } else if (c.kind === 'row') {
        const o = q.columns?.length ? matchOption(q.columns, raw) : { value: raw, text: { nl: raw, en: raw } };
        if (!o) fail(p.header, `"${raw}" is not one of the columns (${(q.columns ?? []).map((x) => x.value).join(', ')})`);
        else answers[q.name] = { ...((answers[q.name] as Record<string, unknown>) ?? {}), [String(c.part)]: o.value };
      } else if (c.kind === 'rank') {
        const n = parseNumber(raw);
        const size = q.choices?.length ?? 0;
        if (n === undefined || !Number.isInteger(n) || n < 1 || n > size) fail(p.header, `"${raw}" is not a rank from 1 to ${size}`);
        else ranks.set(q.name, [...(ranks.get(q.name) ?? []), { rank: n, value: c.part!, header: p.header }]);
      }
    }
    for (const [name, items] of ranks) {
      const seen = new Set<number>();
      const dup = items.find((it) => (seen.has(it.rank) ? true : (seen.add(it.rank), false)));
      if (dup) fail(dup.header, `rank ${dup.rank} is given twice`);
      else answers[name] = [...items].sort((a, b) => a.rank - b.rank).map((it) => it.value);
    }
    if (Object.keys(answers).length === 0 && !problems.some((pr) => pr.row === row)) fail('', 'no answers');
    responses.push(out);
  });
  const bad = new Set(problems.map((p) => p.row));
  return { responses: responses.filter((r) => !bad.has(r.row)), problems };
}
