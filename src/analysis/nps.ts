import { kishEffectiveN } from './effective-sample-size.ts';
import { normalQuantile } from './distributions.ts';
import { resolveWeights, SMALL_BASE, type Weights } from './survey-weights.ts';

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export interface NpsResult {
  n: number;
  nEffective: number;
  /** Weighted shares, 0..1. */
  promoters: number;
  passives: number;
  detractors: number;
  /** Net Promoter Score on the −100..100 scale. */
  nps: number;
  /** Standard error on the −100..100 scale. */
  se: number;
  /** Normal-approximation 95% interval on the −100..100 scale, clipped to [−100, 100]. */
  ci95: [number, number];
  smallBase: boolean;
}

/**
 * Category of a 0..10 likelihood-to-recommend score: 9–10 promoter, 7–8 passive, 0–6 detractor.
 * Source: Reichheld, F. (2003) "The One Number You Need to Grow", Harvard Business Review 81(12). Cost O(1).
 * Throws a RangeError for anything but an integer 0..10.
 * @example npsCategory(9) // 'promoter'
 */
export function npsCategory(score: number): NpsCategory {
  if (!Number.isInteger(score) || score < 0 || score > 10) throw new RangeError(`npsCategory: score ${score} is not an integer 0..10`);
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/**
 * Net Promoter Score = 100·(p_P − p_D) with its standard error from the trinomial (multinomial) variance:
 * Var(p̂_P − p̂_D) = (p_P + p_D − (p_P − p_D)²) / n, using the Kish effective n with weights; 95% CI nps ± 1.96·se.
 * Source: Reichheld (2003) HBR for the score; the variance is the multinomial variance of a difference of two cell
 * shares (Agresti 2013, Categorical Data Analysis, 3rd ed., §16.1), as used for NPS by Rocks (2016), "Interval
 * estimation for the net promoter score", The American Statistician 70(4):365–372.
 * Cost O(n). Throws `netPromoterScore requires at least 1 data point`, and a RangeError naming the index of a score outside 0..10.
 * @example netPromoterScore([10, 9, 8, 3]).nps // 25
 */
export function netPromoterScore(scores: readonly number[], weights?: Weights): NpsResult {
  if (scores.length === 0) throw new Error('netPromoterScore requires at least 1 data point');
  // Without weights skip the array of ones: this runs on a million answers in the analysis bench.
  const w = weights === undefined ? null : resolveWeights('netPromoterScore', scores.length, weights);
  let total = 0;
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (!Number.isInteger(s) || s < 0 || s > 10) throw new RangeError(`netPromoterScore: score ${s} at index ${i} is not an integer 0..10`);
    const wi = w === null ? 1 : w[i];
    total += wi;
    if (s >= 9) promoters += wi;
    else if (s >= 7) passives += wi;
    else detractors += wi;
  }
  if (!(total > 0)) throw new Error('netPromoterScore requires a positive total weight');
  const pP = promoters / total;
  const pD = detractors / total;
  const nEffective = w === null ? scores.length : kishEffectiveN(w);
  const diff = pP - pD;
  const se = 100 * Math.sqrt(Math.max(0, pP + pD - diff * diff) / nEffective);
  const nps = 100 * diff;
  const z = normalQuantile(0.975);
  return {
    n: scores.length,
    nEffective,
    promoters: pP,
    passives: passives / total,
    detractors: pD,
    nps,
    se,
    ci95: [Math.max(-100, nps - z * se), Math.min(100, nps + z * se)],
    smallBase: scores.length < SMALL_BASE,
  };
}
