/**
 * The questions of a survey definition (SurveyJS JSON) in our own terms. Analysis, export, segments
 * and the server-side answer checks all read a definition through listQuestions, so that SurveyJS
 * details (localisable strings, choice shorthands, rating defaults) are handled in one place.
 * Pure: no survey-core, no I/O, safe in the browser and under Node.
 */

export type QuestionType = 'single' | 'multi' | 'dropdown' | 'boolean' | 'rating' | 'nps' | 'matrix' | 'ranking' | 'number' | 'text' | 'comment' | 'email';

export interface LocalizedText {
  nl: string;
  en: string;
}

export interface QuestionOption {
  value: string | number;
  text: LocalizedText;
}

export interface SurveyQuestion {
  name: string;
  type: QuestionType;
  /** The SurveyJS type it came from (radiogroup, checkbox, text ...). */
  surveyJsType: string;
  title: LocalizedText;
  isRequired: boolean;
  /** SurveyJS condition, e.g. "{nps} <= 6"; absent when always shown. */
  visibleIf?: string;
  /** Zero-based index of the page the question is on. */
  page: number;
  /** Page condition; a question on a hidden page is hidden. */
  pageVisibleIf?: string;
  choices?: QuestionOption[];
  /** Choice questions: an "other" option with its own text box (answer key `<name>-Comment`). */
  hasOther?: boolean;
  hasNone?: boolean;
  minSelectedChoices?: number;
  maxSelectedChoices?: number;
  rateMin?: number;
  rateMax?: number;
  /** The allowed ratings in order (from rateValues, or rateMin..rateMax by rateStep). */
  rateValues?: number[];
  rows?: QuestionOption[];
  columns?: QuestionOption[];
  /** Matrix: every row needs an answer when the question is required. */
  isAllRowRequired?: boolean;
  /** number questions */
  min?: number;
  max?: number;
  /** text / comment questions */
  maxLength?: number;
  /** boolean questions with custom stored values */
  valueTrue?: unknown;
  valueFalse?: unknown;
}

/** The SurveyJS element types our builder produces and the server can check. */
export const SUPPORTED_SURVEYJS_TYPES = ['radiogroup', 'checkbox', 'dropdown', 'boolean', 'rating', 'matrix', 'ranking', 'text', 'comment'] as const;

/** A SurveyJS localisable string ("text" or {default, nl, en}) as {nl, en}, falling back across languages. */
export function localized(value: unknown, fallback = ''): LocalizedText {
  if (typeof value === 'string' || typeof value === 'number') return { nl: String(value), en: String(value) };
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
    const nl = str(o.nl) ?? str(o.default) ?? str(o.en) ?? fallback;
    const en = str(o.en) ?? str(o.default) ?? str(o.nl) ?? fallback;
    return { nl, en };
  }
  return { nl: fallback, en: fallback };
}

function options(list: unknown): QuestionOption[] {
  if (!Array.isArray(list)) return [];
  return list.map((item) => {
    if (item && typeof item === 'object' && 'value' in item) {
      const o = item as { value: string | number; text?: unknown };
      return { value: o.value, text: localized(o.text, String(o.value)) };
    }
    const value = item as string | number;
    return { value, text: { nl: String(value), en: String(value) } };
  });
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
}

/** Elements of a page, with panels flattened (their visibleIf joins the element's). */
function flatten(elements: unknown, inherited?: string): { element: Record<string, unknown>; visibleIf?: string }[] {
  if (!Array.isArray(elements)) return [];
  return elements.flatMap((e) => {
    if (!e || typeof e !== 'object') return [];
    const element = e as Record<string, unknown>;
    const own = typeof element.visibleIf === 'string' && element.visibleIf.trim() ? element.visibleIf : undefined;
    const visibleIf = inherited && own ? `(${inherited}) and (${own})` : (own ?? inherited);
    if (element.type === 'panel') return flatten(element.elements, visibleIf);
    return [{ element, visibleIf }];
  });
}

/** The pages of a definition (a definition with top-level `elements` is one page). */
export function surveyPages(definition: Record<string, unknown>): Record<string, unknown>[] {
  if (Array.isArray(definition.pages)) return definition.pages.filter((p): p is Record<string, unknown> => !!p && typeof p === 'object');
  if (Array.isArray(definition.elements)) return [{ name: 'page1', elements: definition.elements }];
  return [];
}

function questionType(element: Record<string, unknown>, rateMin?: number, rateMax?: number): QuestionType | undefined {
  switch (element.type) {
    case 'radiogroup':
      return 'single';
    case 'checkbox':
      return 'multi';
    case 'dropdown':
      return 'dropdown';
    case 'boolean':
      return 'boolean';
    case 'rating':
      return rateMin === 0 && rateMax === 10 ? 'nps' : 'rating';
    case 'matrix':
      return 'matrix';
    case 'ranking':
      return 'ranking';
    case 'comment':
      return 'comment';
    case 'text':
      return element.inputType === 'number' ? 'number' : element.inputType === 'email' ? 'email' : 'text';
    default:
      return undefined;
  }
}

function ratingValues(element: Record<string, unknown>): number[] {
  if (Array.isArray(element.rateValues) && element.rateValues.length > 0) {
    return element.rateValues.map((v) => num(v && typeof v === 'object' ? (v as { value: unknown }).value : v)).filter((v): v is number => v !== undefined);
  }
  const min = num(element.rateMin) ?? 1;
  const step = num(element.rateStep) ?? 1;
  const count = num(element.rateCount);
  const max = num(element.rateMax) ?? (count !== undefined ? min + (count - 1) * step : 5);
  const out: number[] = [];
  if (step <= 0 || max < min) return out;
  for (let v = min; v <= max + 1e-9 && out.length < 101; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

/**
 * Lists the questions of a SurveyJS definition in page order, with types mapped to ours
 * (radiogroup → single, checkbox → multi, rating 0–10 → nps, text inputType number/email → number/email ...).
 * Elements of other types (html, expression, file ...) are left out; checkSurveyDefinition rejects them on save.
 *
 * @example
 * listQuestions({ pages: [{ elements: [{ type: 'rating', name: 'nps', rateMin: 0, rateMax: 10 }] }] })
 * // → [{ name: 'nps', type: 'nps', rateMin: 0, rateMax: 10, rateValues: [0..10], ... }]
 */
export function listQuestions(definition: Record<string, unknown>): SurveyQuestion[] {
  const out: SurveyQuestion[] = [];
  surveyPages(definition).forEach((page, pageIndex) => {
    const pageVisibleIf = typeof page.visibleIf === 'string' && page.visibleIf.trim() ? page.visibleIf : undefined;
    for (const { element, visibleIf } of flatten(page.elements)) {
      if (typeof element.name !== 'string') continue;
      const rateValues = element.type === 'rating' ? ratingValues(element) : undefined;
      const rateMin = rateValues?.length ? Math.min(...rateValues) : undefined;
      const rateMax = rateValues?.length ? Math.max(...rateValues) : undefined;
      const type = questionType(element, rateMin, rateMax);
      if (!type) continue;
      const q: SurveyQuestion = {
        name: element.name,
        type,
        surveyJsType: String(element.type),
        title: localized(element.title, element.name),
        isRequired: element.isRequired === true,
        page: pageIndex,
      };
      if (visibleIf) q.visibleIf = visibleIf;
      if (pageVisibleIf) q.pageVisibleIf = pageVisibleIf;
      if (type === 'single' || type === 'multi' || type === 'dropdown' || type === 'ranking') {
        q.choices = options(element.choices);
        if (type !== 'ranking') {
          if (element.showOtherItem === true || element.hasOther === true) q.hasOther = true;
          if (element.showNoneItem === true || element.hasNone === true) q.hasNone = true;
        }
        if (type === 'multi') {
          const minSel = num(element.minSelectedChoices);
          const maxSel = num(element.maxSelectedChoices);
          if (minSel) q.minSelectedChoices = minSel;
          if (maxSel) q.maxSelectedChoices = maxSel;
        }
      }
      if (type === 'rating' || type === 'nps') Object.assign(q, { rateMin, rateMax, rateValues });
      if (type === 'matrix') {
        q.rows = options(element.rows);
        q.columns = options(element.columns);
        if (element.isAllRowRequired === true || element.eachRowRequired === true) q.isAllRowRequired = true;
      }
      if (type === 'number') {
        const min = num(element.min);
        const max = num(element.max);
        if (min !== undefined) q.min = min;
        if (max !== undefined) q.max = max;
      }
      if (type === 'text' || type === 'comment' || type === 'email') {
        q.maxLength = num(element.maxLength) || (type === 'comment' ? 5000 : type === 'email' ? 254 : 1000);
      }
      if (type === 'boolean') {
        if (element.valueTrue !== undefined) q.valueTrue = element.valueTrue;
        if (element.valueFalse !== undefined) q.valueFalse = element.valueFalse;
      }
      out.push(q);
    }
  });
  return out;
}
