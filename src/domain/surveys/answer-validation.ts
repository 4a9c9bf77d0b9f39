import type { ErrorDetail } from '../../server/errors.ts';
import { listQuestions, type QuestionOption, type SurveyQuestion } from './survey-questions.ts';
import { visibleQuestions } from './question-visibility.ts';

export interface AnswerCheck {
  /** The answers as stored: normalised values (numeric strings of number questions become numbers). */
  answers: Record<string, unknown>;
  /** One entry per problem, field `answers.<question>`. Empty when the answers are acceptable. */
  problems: ErrorDetail[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);
}

function findOption(list: QuestionOption[] | undefined, value: unknown): QuestionOption | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return list?.find((o) => o.value === value || String(o.value) === String(value));
}

function list(values: (string | number)[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v)).join(', ');
  return values.length > 12 ? `${shown}, ...` : shown;
}

/** Checks one visible, non-empty answer; returns the stored value or a reason. */
function checkValue(q: SurveyQuestion, value: unknown): { value: unknown } | { reason: string } {
  switch (q.type) {
    case 'single':
    case 'dropdown': {
      if (q.hasOther && value === 'other') return { value };
      if (q.hasNone && value === 'none') return { value };
      const option = findOption(q.choices, value);
      if (!option) return { reason: `${JSON.stringify(value)} is not one of the options (${list(q.choices!.map((c) => c.value))})` };
      return { value: option.value };
    }
    case 'multi': {
      if (!Array.isArray(value)) return { reason: 'must be a list of options' };
      const out: (string | number)[] = [];
      for (const v of value) {
        const allowed = (q.hasOther && v === 'other') || (q.hasNone && v === 'none') ? v : findOption(q.choices, v)?.value;
        if (allowed === undefined) return { reason: `${JSON.stringify(v)} is not one of the options (${list(q.choices!.map((c) => c.value))})` };
        if (out.includes(allowed)) return { reason: `${JSON.stringify(v)} is chosen twice` };
        out.push(allowed);
      }
      if (q.hasNone && out.includes('none') && out.length > 1) return { reason: '"none" cannot be combined with other options' };
      if (q.maxSelectedChoices && out.length > q.maxSelectedChoices) return { reason: `at most ${q.maxSelectedChoices} options may be chosen` };
      if (q.minSelectedChoices && out.length < q.minSelectedChoices) return { reason: `at least ${q.minSelectedChoices} options must be chosen` };
      return { value: out };
    }
    case 'ranking': {
      if (!Array.isArray(value)) return { reason: 'must be a list of options in ranked order' };
      const out: (string | number)[] = [];
      for (const v of value) {
        const option = findOption(q.choices, v);
        if (!option) return { reason: `${JSON.stringify(v)} is not one of the options (${list(q.choices!.map((c) => c.value))})` };
        if (out.includes(option.value)) return { reason: `${JSON.stringify(v)} is ranked twice` };
        out.push(option.value);
      }
      return { value: out };
    }
    case 'boolean': {
      const t = q.valueTrue ?? true;
      const f = q.valueFalse ?? false;
      if (value === t || value === f) return { value };
      return { reason: `must be ${JSON.stringify(t)} or ${JSON.stringify(f)}` };
    }
    case 'rating':
    case 'nps': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(n)) return { reason: 'must be a number' };
      if (!q.rateValues!.includes(n)) {
        const contiguous = q.rateValues!.every((v, i) => v === q.rateMin! + i);
        return { reason: `${n} is outside the scale (${contiguous ? `${q.rateMin} to ${q.rateMax}` : list(q.rateValues!)})` };
      }
      return { value: n };
    }
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(n)) return { reason: 'must be a number' };
      if (q.min !== undefined && n < q.min) return { reason: `must be at least ${q.min}` };
      if (q.max !== undefined && n > q.max) return { reason: `must be at most ${q.max}` };
      return { value: n };
    }
    case 'matrix': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return { reason: 'must map each row to a column' };
      const out: Record<string, unknown> = {};
      for (const [row, col] of Object.entries(value as Record<string, unknown>)) {
        if (!findOption(q.rows, row)) return { reason: `row ${JSON.stringify(row)} is not one of the rows (${list(q.rows!.map((r) => r.value))})` };
        const column = findOption(q.columns, col);
        if (!column) return { reason: `${JSON.stringify(col)} in row ${JSON.stringify(row)} is not one of the columns (${list(q.columns!.map((c) => c.value))})` };
        out[row] = column.value;
      }
      return { value: out };
    }
    case 'text':
    case 'comment':
    case 'email': {
      if (typeof value !== 'string') return { reason: 'must be text' };
      if (value.length > q.maxLength!) return { reason: `is longer than ${q.maxLength} characters` };
      if (q.type === 'email' && !EMAIL.test(value.trim())) return { reason: 'must be an e-mail address' };
      return { value: q.type === 'email' ? value.trim() : value };
    }
  }
}

/**
 * Checks answers against a survey version with our own rules, driven by the SurveyJS JSON:
 * type, allowed options, rating scale (rateValues / rateMin..rateMax), number range, text length,
 * and "show if" logic. Policy for hidden questions: an answer to a question that its condition hides
 * is REJECTED (the public page clears hidden values as soon as a question hides, so only a broken or
 * forged client sends one). Required questions are enforced only when visible, and only on complete.
 * Unknown question names are rejected too.
 */
export function validateAnswers(definition: Record<string, unknown>, answers: Record<string, unknown>, opts: { complete: boolean }): AnswerCheck {
  return validateAgainstQuestions(listQuestions(definition), answers, opts);
}

// The submit path validates against the same cached question list over and over: index it once.
const questionIndex = new WeakMap<SurveyQuestion[], Map<string, SurveyQuestion>>();
function byNameOf(questions: SurveyQuestion[]): Map<string, SurveyQuestion> {
  let byName = questionIndex.get(questions);
  if (!byName) {
    byName = new Map(questions.map((q) => [q.name, q]));
    questionIndex.set(questions, byName);
  }
  return byName;
}

/** validateAnswers with the question list already computed (the submit path caches it per version). */
export function validateAgainstQuestions(questions: SurveyQuestion[], answers: Record<string, unknown>, opts: { complete: boolean }): AnswerCheck {
  const problems: ErrorDetail[] = [];
  const byName = byNameOf(questions);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(answers)) {
    if (byName.has(key)) continue;
    const base = key.endsWith('-Comment') ? byName.get(key.slice(0, -'-Comment'.length)) : undefined;
    if (base?.hasOther) continue;
    problems.push({ field: `answers.${key}`, reason: 'is not a question of this survey version' });
  }
  const visible = visibleQuestions(questions, answers);
  for (const q of questions) {
    const value = answers[q.name];
    if (isEmpty(value)) {
      if (opts.complete && q.isRequired && visible.has(q.name)) problems.push({ field: `answers.${q.name}`, reason: 'is required' });
      continue;
    }
    const field = `answers.${q.name}`;
    if (!visible.has(q.name)) {
      problems.push({ field, reason: `is answered but hidden by its show-if condition (${q.visibleIf ?? q.pageVisibleIf})` });
      continue;
    }
    const checked = checkValue(q, value);
    if ('reason' in checked) {
      problems.push({ field, reason: checked.reason });
      continue;
    }
    out[q.name] = checked.value;
    if (q.type === 'matrix' && opts.complete && q.isRequired && q.isAllRowRequired) {
      const missing = q.rows!.filter((r) => (checked.value as Record<string, unknown>)[String(r.value)] === undefined);
      if (missing.length) problems.push({ field, reason: `needs an answer in every row (missing ${list(missing.map((r) => r.value))})` });
    }
    const comment = answers[`${q.name}-Comment`];
    if (q.hasOther && comment !== undefined) {
      const chose = Array.isArray(checked.value) ? checked.value.includes('other') : checked.value === 'other';
      if (typeof comment !== 'string' || comment.length > 1000) problems.push({ field: `${field}-Comment`, reason: 'must be text of at most 1000 characters' });
      else if (chose && comment.trim()) out[`${q.name}-Comment`] = comment;
    }
  }
  return { answers: out, problems };
}
