import type { CategoricalItem } from '../../analysis/lca-responses.ts';
import type { SurveyQuestion } from '../surveys/survey-questions.ts';
import type { LocalizedText, SegmentItem, SegmentMeasure } from '../../shared/segments.ts';

/** Item keys of checkbox options: "question=value". */
const OPTION_SEPARATOR = '=';

/** Most categories a suggested item may have (more makes the model large and the classes thin). */
const MAX_SUGGESTED_CATEGORIES = 10;
/** A suggested item is answered by at least this share of complete responses. */
const MIN_ANSWERED_SHARE = 0.5;
/** A suggested item's most common answer has at most this share (else it hardly varies). */
const MAX_TOP_SHARE = 0.95;

const YES: LocalizedText = { nl: 'Ja', en: 'Yes' };
const NO: LocalizedText = { nl: 'Nee', en: 'No' };

type Answers = Record<string, unknown>;

/** The item definitions a survey offers, before counting answers. */
interface ItemShape {
  key: string;
  question: SurveyQuestion;
  option: { value: string; text: LocalizedText } | null;
  categories: { value: string; text: LocalizedText }[];
}

function itemShapes(questions: readonly SurveyQuestion[]): ItemShape[] {
  const shapes: ItemShape[] = [];
  for (const q of questions) {
    if (q.type === 'single' || q.type === 'dropdown') {
      const categories = (q.choices ?? []).map((c) => ({ value: String(c.value), text: c.text }));
      if (q.hasOther) categories.push({ value: 'other', text: { nl: 'Anders', en: 'Other' } });
      if (q.hasNone) categories.push({ value: 'none', text: { nl: 'Geen', en: 'None' } });
      shapes.push({ key: q.name, question: q, option: null, categories });
    } else if (q.type === 'boolean') {
      shapes.push({ key: q.name, question: q, option: null, categories: [{ value: 'false', text: NO }, { value: 'true', text: YES }] });
    } else if (q.type === 'rating' || q.type === 'nps') {
      shapes.push({ key: q.name, question: q, option: null, categories: (q.rateValues ?? []).map((v) => ({ value: String(v), text: { nl: String(v), en: String(v) } })) });
    } else if (q.type === 'number') {
      // The categories of a number question are the values given (counted in segmentItems).
      shapes.push({ key: q.name, question: q, option: null, categories: [] });
    } else if (q.type === 'multi') {
      for (const c of q.choices ?? []) {
        const value = String(c.value);
        shapes.push({
          key: `${q.name}${OPTION_SEPARATOR}${value}`,
          question: q,
          option: { value, text: c.text },
          categories: [
            { value: 'no', text: { nl: `niet '${c.text.nl}'`, en: `not '${c.text.en}'` } },
            { value: 'yes', text: c.text },
          ],
        });
      }
    }
  }
  return shapes;
}

/**
 * The category value of one item in one response's answers, or null when it was not answered.
 * Checkbox options: "yes" when chosen, "no" when the question was answered without it.
 */
function itemValue(shape: ItemShape, answers: Answers): string | null {
  const raw = answers[shape.question.name];
  if (raw === undefined || raw === null || raw === '') return null;
  if (shape.option) {
    if (!Array.isArray(raw)) return null;
    return raw.some((v) => String(v) === shape.option!.value) ? 'yes' : 'no';
  }
  if (shape.question.type === 'boolean') {
    const q = shape.question;
    if (q.valueTrue !== undefined && raw === q.valueTrue) return 'true';
    if (q.valueFalse !== undefined && raw === q.valueFalse) return 'false';
    if (raw === true || raw === 'true') return 'true';
    if (raw === false || raw === 'false') return 'false';
    return null;
  }
  if (shape.question.type === 'number') {
    const x = finiteNumber(raw);
    return x === null ? null : String(x);
  }
  if (typeof raw === 'string' || typeof raw === 'number') {
    const value = String(raw);
    return shape.categories.some((c) => c.value === value) ? value : null;
  }
  return null;
}

function finiteNumber(raw: unknown): number | null {
  const x = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  return Number.isFinite(x) ? x : null;
}

/** Ratings on a scale of more than this many points (0–10) are used as a number unless the run says otherwise. */
const LONGEST_CATEGORICAL_SCALE = 10;

/** The ways an item can enter the model and the one used when a run does not say. */
function itemMeasures(shape: ItemShape): { measures: SegmentMeasure[]; defaultMeasure: SegmentMeasure } {
  const q = shape.question;
  if (shape.option || (q.type !== 'rating' && q.type !== 'nps' && q.type !== 'number')) return { measures: ['categories'], defaultMeasure: 'categories' };
  const long = q.type === 'number' || q.type === 'nps' || shape.categories.length > LONGEST_CATEGORICAL_SCALE;
  return { measures: ['categories', 'number'], defaultMeasure: long ? 'number' : 'categories' };
}

/**
 * The items a segmentation of this survey can use, counted on its complete responses, with a
 * suggestion: categorical questions (single choice, dropdown, yes/no, rating) and checkbox options
 * that most respondents answered, that vary (no answer above 95%) and have at most 10 categories.
 */
export function segmentItems(questions: readonly SurveyQuestion[], responses: readonly Answers[]): SegmentItem[] {
  const n = responses.length;
  return itemShapes(questions).map((shape) => {
    const counts = new Map<string, number>();
    let answered = 0;
    for (const answers of responses) {
      const v = itemValue(shape, answers);
      if (v === null) continue;
      answered++;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const categories =
      shape.question.type === 'number'
        ? [...counts.keys()].sort((a, b) => Number(a) - Number(b)).map((value) => ({ value, text: { nl: value.replace('.', ','), en: value } }))
        : shape.categories;
    const top = Math.max(0, ...counts.values());
    const topShare = answered > 0 ? top / answered : 0;
    let reason: string | null = null;
    if (categories.length > MAX_SUGGESTED_CATEGORIES) reason = 'too-many-categories';
    else if (answered === 0 || answered < MIN_ANSWERED_SHARE * n || answered < 10) reason = 'few-answers';
    else if (topShare > MAX_TOP_SHARE) reason = 'nearly-constant';
    return {
      key: shape.key,
      question: shape.question.name,
      type: shape.question.type,
      title: shape.question.title,
      option: shape.option?.text ?? null,
      categories,
      answered,
      topShare,
      suggested: reason === null,
      reason,
      ...itemMeasures(shape),
    };
  });
}

/**
 * The answers of the chosen items as LCA input columns: one column per item, values are the
 * category values ("true", "3", "yes" ...) or null. Throws when an item key is not one of the survey's.
 */
export function segmentColumns(questions: readonly SurveyQuestion[], itemKeys: readonly string[], responses: readonly Answers[]): CategoricalItem[] {
  const shapes = new Map(itemShapes(questions).map((s) => [s.key, s]));
  return itemKeys.map((key) => {
    const shape = shapes.get(key);
    if (!shape) throw new Error(`segmentColumns: unknown item ${key}`);
    return { name: key, values: responses.map((answers) => itemValue(shape, answers)) };
  });
}

/**
 * The answers of items used as numbers: one column per item with the number given, or null when not
 * answered (a rating outside its scale or a non-number counts as not answered). Throws for unknown items.
 */
export function segmentNumbers(questions: readonly SurveyQuestion[], itemKeys: readonly string[], responses: readonly Answers[]): { name: string; values: (number | null)[] }[] {
  const shapes = new Map(itemShapes(questions).map((s) => [s.key, s]));
  return itemKeys.map((key) => {
    const shape = shapes.get(key);
    if (!shape) throw new Error(`segmentNumbers: unknown item ${key}`);
    return { name: key, values: responses.map((answers) => finiteNumber(itemValue(shape, answers))) };
  });
}

/** The item keys that are not items of this survey. */
export function unknownItems(questions: readonly SurveyQuestion[], itemKeys: readonly string[]): string[] {
  const keys = new Set(itemShapes(questions).map((s) => s.key));
  return itemKeys.filter((k) => !keys.has(k));
}
