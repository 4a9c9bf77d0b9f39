import { sortAnswerLabels } from './answer-labels.ts';
import { kishEffectiveN } from './effective-sample-size.ts';
import { wilsonInterval } from './proportion.ts';
import { resolveWeights, SMALL_BASE, type Weights } from './survey-weights.ts';

export interface DistributionRow {
  value: string;
  /** Respondents giving this answer (unweighted). */
  count: number;
  /** Sum of their weights (equals count without weights). */
  weightedCount: number;
  /** Weighted share of the base, 0..1. */
  share: number;
  /** Wilson 95% interval of the share on the Kish effective base. */
  ci95: [number, number];
}

export interface AnswerDistribution {
  n: number;
  nEffective: number;
  rows: DistributionRow[];
  smallBase: boolean;
}

/**
 * Frequency distribution of a single-choice answer: count, weighted count, share and Wilson 95% CI per answer.
 * Answers appear in `order` when given (answers not in it follow, sorted), else sorted numerically when all
 * numeric, otherwise as strings. Source: Wilson (1927) JASA 22:209; Kish (1965) §11.7 for the weighted base.
 * Cost O(n + k log k). Throws `answerDistribution requires at least 1 data point`.
 * @example answerDistribution(['a', 'b', 'a']).rows[0] // { value: 'a', count: 2, share: 0.667, … }
 */
export function answerDistribution(values: readonly string[], weights?: Weights, order?: readonly string[]): AnswerDistribution {
  if (values.length === 0) throw new Error('answerDistribution requires at least 1 data point');
  const w = resolveWeights('answerDistribution', values.length, weights);
  const counts = new Map<string, { count: number; weighted: number }>();
  for (const label of order ?? []) counts.set(label, { count: 0, weighted: 0 });
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const cell = counts.get(values[i]) ?? { count: 0, weighted: 0 };
    cell.count += 1;
    cell.weighted += w[i];
    counts.set(values[i], cell);
    total += w[i];
  }
  if (!(total > 0)) throw new Error('answerDistribution requires a positive total weight');
  const nEffective = kishEffectiveN(w);
  const given = order ? [...order] : [];
  const rest = sortAnswerLabels([...counts.keys()].filter((k) => !given.includes(k)));
  const rows = [...given, ...rest].map((value) => {
    const cell = counts.get(value)!;
    const share = cell.weighted / total;
    return { value, count: cell.count, weightedCount: cell.weighted, share, ci95: wilsonInterval(share * nEffective, nEffective) };
  });
  return { n: values.length, nEffective, rows, smallBase: values.length < SMALL_BASE };
}
