import type { ErrorDetail } from '../../server/errors.ts';
import { surveyPages, SUPPORTED_SURVEYJS_TYPES } from './survey-questions.ts';
import { conditionVariables, isValidCondition } from './question-visibility.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
const MAX_QUESTIONS = 200;

/**
 * Checks a SurveyJS definition before it is saved: pages with elements, only the question types the
 * server can check (so every stored answer can be validated), unique safe names, options where a type
 * needs them, sane rating scales, and "show if" conditions that parse and refer only to earlier
 * questions. Returns problems with fields like `definition.pages.0.elements.2.choices`.
 */
export function checkSurveyDefinition(definition: Record<string, unknown>): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const pages = surveyPages(definition);
  if (!Array.isArray(definition.pages)) return [{ field: 'definition.pages', reason: 'must be a list of pages' }];
  if (pages.length === 0) return [{ field: 'definition.pages', reason: 'needs at least one page' }];
  const names = new Set<string>();
  let count = 0;
  pages.forEach((page, p) => {
    const elements = page.elements;
    if (elements !== undefined && !Array.isArray(elements)) {
      problems.push({ field: `definition.pages.${p}.elements`, reason: 'must be a list' });
      return;
    }
    (elements ?? []).forEach((raw: unknown, i: number) => {
      const field = `definition.pages.${p}.elements.${i}`;
      if (!raw || typeof raw !== 'object') return problems.push({ field, reason: 'must be a question object' });
      const e = raw as Record<string, unknown>;
      count++;
      if (!(SUPPORTED_SURVEYJS_TYPES as readonly string[]).includes(String(e.type))) {
        problems.push({ field: `${field}.type`, reason: `"${String(e.type)}" is not supported (use ${SUPPORTED_SURVEYJS_TYPES.join(', ')})` });
        return;
      }
      if (typeof e.name !== 'string' || !NAME.test(e.name)) {
        problems.push({ field: `${field}.name`, reason: 'must start with a letter and hold only letters, digits, - and _ (max 64)' });
        return;
      }
      if (names.has(e.name)) problems.push({ field: `${field}.name`, reason: `"${e.name}" is used twice` });
      names.add(e.name);
      if (e.type === 'text' && e.inputType !== undefined && !['text', 'number', 'email'].includes(String(e.inputType))) {
        problems.push({ field: `${field}.inputType`, reason: 'must be text, number or email' });
      }
      if (['radiogroup', 'checkbox', 'dropdown', 'ranking'].includes(String(e.type))) {
        if (!Array.isArray(e.choices) || e.choices.length === 0) problems.push({ field: `${field}.choices`, reason: 'needs at least one option' });
        else {
          const values = e.choices.map((c: unknown) => String(c && typeof c === 'object' ? (c as { value: unknown }).value : c));
          if (new Set(values).size !== values.length) problems.push({ field: `${field}.choices`, reason: 'has two options with the same value' });
          if (values.some((v) => v === 'undefined' || v === '')) problems.push({ field: `${field}.choices`, reason: 'every option needs a value' });
        }
      }
      if (e.type === 'matrix') {
        if (!Array.isArray(e.rows) || e.rows.length === 0) problems.push({ field: `${field}.rows`, reason: 'needs at least one row' });
        if (!Array.isArray(e.columns) || e.columns.length === 0) problems.push({ field: `${field}.columns`, reason: 'needs at least one column' });
      }
      if (e.type === 'rating' && !Array.isArray(e.rateValues)) {
        const min = Number(e.rateMin ?? 1);
        const max = Number(e.rateMax ?? 5);
        if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min || max - min > 100) problems.push({ field: `${field}.rateMax`, reason: 'must be above rateMin (at most 100 steps)' });
      }
      if (e.visibleIf !== undefined && (typeof e.visibleIf !== 'string' || (e.visibleIf.trim() && !isValidCondition(e.visibleIf)))) {
        problems.push({ field: `${field}.visibleIf`, reason: 'is not a valid condition' });
      } else if (typeof e.visibleIf === 'string' && e.visibleIf.trim()) {
        for (const v of conditionVariables(e.visibleIf)) {
          if (!names.has(v) || v === e.name) problems.push({ field: `${field}.visibleIf`, reason: `refers to "${v}", which is not an earlier question` });
        }
      }
    });
  });
  if (count > MAX_QUESTIONS) problems.push({ field: 'definition.pages', reason: `has more than ${MAX_QUESTIONS} questions` });
  return problems;
}

/** The languages a definition has texts for (nl always; en when any localisable string has it). */
export function definitionLanguages(definition: Record<string, unknown>): ('nl' | 'en')[] {
  const hasEn = JSON.stringify(definition).includes('"en":');
  return hasEn ? ['nl', 'en'] : ['nl'];
}
