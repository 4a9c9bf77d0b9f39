import { topBox } from './descriptives.ts';
import type { ProportionEstimate } from './proportion.ts';
import type { Weights } from './survey-weights.ts';

/**
 * Customer Satisfaction Score (CSAT): the share of respondents who are satisfied, i.e. answer in the top two
 * points of the scale (4 or 5 on the usual 1..5 scale), with a Wilson 95% interval on the Kish effective base.
 * Multiply `estimate` by 100 for the usual "CSAT %". Source: ACSI / industry convention (e.g. Qualtrics,
 * "What is CSAT"); interval per Wilson (1927). Cost O(n).
 * Throws `csat requires at least 1 data point`, and a RangeError naming the index of an answer outside 1..scaleMax.
 * @example csat([5, 4, 3, 1]).estimate // 0.5
 */
export function csat(scores: readonly number[], weights?: Weights, scaleMax = 5): ProportionEstimate {
  if (scores.length === 0) throw new Error('csat requires at least 1 data point');
  scores.forEach((s, i) => {
    if (!Number.isFinite(s) || s < 1 || s > scaleMax) throw new RangeError(`csat: score ${s} at index ${i} is outside 1..${scaleMax}`);
  });
  return topBox(scores, scaleMax, weights, 2);
}
