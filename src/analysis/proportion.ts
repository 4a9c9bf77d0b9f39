import { normalQuantile } from './distributions.ts';
import { kishEffectiveN } from './effective-sample-size.ts';
import { resolveWeights, SMALL_BASE, type Weights } from './survey-weights.ts';

/** A share with its confidence interval. */
export interface ProportionEstimate {
  /** Respondents in the base (unweighted count). */
  n: number;
  /** Kish effective base; equals n without weights. */
  nEffective: number;
  /** Weighted count of "yes" answers. */
  count: number;
  /** Weighted share, 0..1. */
  estimate: number;
  /** Wilson score interval at the 95% level, on the 0..1 scale. */
  ci95: [number, number];
  /** True when the base has fewer than 30 respondents. */
  smallBase: boolean;
}

/**
 * Wilson score interval for a binomial proportion p̂ = x/n:
 * (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n). `n` may be fractional (a Kish effective base) and
 * `successes` is then the estimated share times that base.
 * Source: Wilson, E.B. (1927) JASA 22:209–212; Newcombe, R.G. (1998) Stat. Med. 17:857–872, method 3;
 * recommended by Brown, Cai & DasGupta (2001) Stat. Sci. 16:101–133. Cost O(1).
 * Throws `wilsonInterval requires at least 1 data point` for n ≤ 0, and a RangeError when successes is outside 0..n.
 * @example wilsonInterval(81, 263) // [0.2553, 0.3662] (Newcombe 1998, Table I, example a)
 */
export function wilsonInterval(successes: number, n: number, level = 0.95): [number, number] {
  if (!(n > 0)) throw new Error('wilsonInterval requires at least 1 data point');
  if (successes < 0 || successes > n * (1 + 1e-12)) throw new RangeError(`wilsonInterval: successes ${successes} outside 0..${n}`);
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = Math.min(1, successes / n);
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denom = 1 + z2 / n;
  return [Math.max(0, (centre - half) / denom), Math.min(1, (centre + half) / denom)];
}

/**
 * The (weighted) share of `true` answers with a Wilson 95% interval computed on the Kish effective base.
 * Source: Wilson (1927); effective base per Kish (1965) §11.7. Cost O(n).
 * Throws `proportion requires at least 1 data point` for an empty array, and the weight errors of resolveWeights.
 * @example proportion([true, false, true, true]).estimate // 0.75
 */
export function proportion(answers: readonly boolean[], weights?: Weights): ProportionEstimate {
  if (answers.length === 0) throw new Error('proportion requires at least 1 data point');
  const w = resolveWeights('proportion', answers.length, weights);
  let total = 0;
  let yes = 0;
  for (let i = 0; i < answers.length; i++) {
    total += w[i];
    if (answers[i]) yes += w[i];
  }
  if (!(total > 0)) throw new Error('proportion requires a positive total weight');
  const nEffective = kishEffectiveN(w);
  const estimate = yes / total;
  return {
    n: answers.length,
    nEffective,
    count: yes,
    estimate,
    ci95: wilsonInterval(estimate * nEffective, nEffective),
    smallBase: answers.length < SMALL_BASE,
  };
}

