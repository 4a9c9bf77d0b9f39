import { describeNumbers, topBox, type NumericSummary } from './descriptives.ts';
import { answerDistribution, type DistributionRow } from './distribution.ts';
import { kishEffectiveN } from './effective-sample-size.ts';
import { netPromoterScore, type NpsResult } from './nps.ts';
import { wilsonInterval, type ProportionEstimate } from './proportion.ts';
import { resolveWeights, SMALL_BASE, type Weights } from './survey-weights.ts';

export type QuestionType = 'choice' | 'multi' | 'rating' | 'nps' | 'number';

/** One respondent's raw answer: a choice, a number (or numeric string), a list of choices, or nothing. */
export type QuestionAnswer = string | number | readonly string[] | null | undefined;

export interface QuestionSummaryInput {
  type: QuestionType;
  /** One entry per respondent; null, undefined and '' are missing. */
  answers: readonly QuestionAnswer[];
  /** Optional respondent weights, one per answer. */
  weights?: Weights;
  /** Answer options in display order (choice, multi, rating labels); unlisted answers follow, sorted. */
  options?: readonly string[];
  /** Rating scale bounds (default 1..5); top/bottom-2-box use them. */
  scale?: { min: number; max: number };
}

interface Base {
  /** Respondents who answered. */
  base: number;
  /** Respondents without an answer. */
  missing: number;
  nEffective: number;
  smallBase: boolean;
}

export type QuestionSummary =
  | (Base & { type: 'choice'; distribution: DistributionRow[] })
  | (Base & { type: 'multi'; options: DistributionRow[]; meanSelected: number | null })
  | (Base & { type: 'rating'; descriptives: NumericSummary | null; distribution: DistributionRow[]; topTwoBox: ProportionEstimate | null; bottomTwoBox: ProportionEstimate | null })
  | (Base & { type: 'nps'; nps: NpsResult | null; distribution: DistributionRow[] })
  | (Base & { type: 'number'; descriptives: NumericSummary | null });

const isMissing = (a: QuestionAnswer) => a === null || a === undefined || (typeof a === 'string' && a.trim() === '');

function toNumber(a: QuestionAnswer, i: number): number {
  const x = typeof a === 'number' ? a : typeof a === 'string' ? Number(a.replace(',', '.')) : NaN;
  if (!Number.isFinite(x)) throw new Error(`summariseQuestion: answer at index ${i} (${JSON.stringify(a)}) is not a number`);
  return x;
}

/**
 * Summarises one survey question from its raw answers, by question type, with optional weights throughout:
 * - choice: distribution (count, weighted share, Wilson 95% CI per option);
 * - multi: per option the share of respondents who ticked it (Wilson CI), and the mean number ticked;
 * - rating: mean/median/SD with CIs, distribution, top-2-box and bottom-2-box;
 * - nps: NPS with promoters/passives/detractors, SE and CI, and the 0..10 distribution;
 * - number: mean/median/SD with CIs.
 * Missing answers (null, undefined, '') are counted and left out; the base is flagged `smallBase` below 30.
 * A question without answers gives base 0 and null statistics rather than an error.
 * Source: see answerDistribution, describeNumbers, topBox, netPromoterScore. Cost O(n log n).
 * Throws an Error naming the index of a non-numeric answer to a numeric question, a rating outside the scale,
 * an NPS score outside 0..10, a list answer to a non-multi question, and the weight errors of resolveWeights.
 * @example summariseQuestion({ type: 'choice', answers: ['ja', 'nee', 'ja'] }).distribution[0].share // 0.667
 */
export function summariseQuestion(input: QuestionSummaryInput): QuestionSummary {
  const { type, answers } = input;
  const allWeights = resolveWeights('summariseQuestion', answers.length, input.weights);
  const keep = answers.map((a, i) => !isMissing(a) && allWeights[i] > 0);
  const given = answers.filter((_, i) => keep[i]);
  // Positions in `answers` of the kept answers, so error messages name the caller's index.
  const at = answers.map((_, i) => i).filter((i) => keep[i]);
  const w = allWeights.filter((_, i) => keep[i]);
  const base: Base = {
    base: given.length,
    missing: answers.length - given.length,
    nEffective: given.length > 0 ? kishEffectiveN(w) : 0,
    smallBase: given.length < SMALL_BASE,
  };
  if (type !== 'multi') {
    given.forEach((a, i) => {
      if (Array.isArray(a)) throw new Error(`summariseQuestion: a ${type} question got a list answer at index ${at[i]}`);
    });
  }

  if (type === 'multi') {
    const lists = given.map((a, i) => {
      if (Array.isArray(a)) return a as readonly string[];
      if (typeof a === 'string') return [a];
      throw new Error(`summariseQuestion: multi answer at index ${at[i]} is not a list of options`);
    });
    if (lists.length === 0) return { ...base, type, options: [], meanSelected: null };
    const total = w.reduce((s, x) => s + x, 0);
    const labels = [...(input.options ?? [])];
    for (const l of lists) for (const o of l) if (!labels.includes(o)) labels.push(o);
    const options = labels.map((value) => {
      let count = 0;
      let weighted = 0;
      lists.forEach((l, i) => {
        if (l.includes(value)) {
          count++;
          weighted += w[i];
        }
      });
      const share = weighted / total;
      return { value, count, weightedCount: weighted, share, ci95: wilsonInterval(share * base.nEffective, base.nEffective) };
    });
    const meanSelected = lists.reduce((s, l, i) => s + w[i] * l.length, 0) / total;
    return { ...base, type, options, meanSelected };
  }

  if (type === 'choice') {
    const values = given.map((a) => String(a));
    return { ...base, type, distribution: values.length > 0 ? answerDistribution(values, w, input.options).rows : [] };
  }

  const numbers = given.map((a, i) => toNumber(a, at[i]));
  const describe = () => (numbers.length >= 2 ? describeNumbers(numbers, w) : null);

  if (type === 'number') return { ...base, type, descriptives: describe() };

  if (type === 'nps') {
    const order = Array.from({ length: 11 }, (_, k) => String(k));
    return {
      ...base, type,
      nps: numbers.length > 0 ? netPromoterScore(numbers, w) : null,
      distribution: numbers.length > 0 ? answerDistribution(numbers.map(String), w, order).rows : [],
    };
  }

  const { min, max } = input.scale ?? { min: 1, max: 5 };
  numbers.forEach((x, i) => {
    if (x < min || x > max) throw new Error(`summariseQuestion: rating ${x} at index ${at[i]} is outside ${min}..${max}`);
  });
  const order = input.options ?? (Number.isInteger(min) && Number.isInteger(max) ? Array.from({ length: max - min + 1 }, (_, k) => String(min + k)) : undefined);
  const empty = numbers.length === 0;
  return {
    ...base, type,
    descriptives: describe(),
    distribution: empty ? [] : answerDistribution(numbers.map(String), w, order).rows,
    topTwoBox: empty ? null : topBox(numbers, max, w, 2),
    bottomTwoBox: empty ? null : topBox(numbers.map((x) => -x), -min, w, 2),
  };
}
