/**
 * Kish's effective sample size of a set of weights: n_eff = (Σw)² / Σw².
 * Equal weights give n; unequal weights give less, and confidence intervals of weighted estimates use n_eff.
 * Source: Kish, L. (1965) Survey Sampling, Wiley, §11.7; Kish (1992) "Weighting for unequal P_i", J. Official Statistics 8(2).
 * Cost O(n). Throws `kishEffectiveN requires at least 1 data point` for an empty array and
 * `kishEffectiveN requires a positive total weight` when all weights are 0.
 * @example kishEffectiveN([1, 1, 2, 2]) // 36 / 10 = 3.6
 */
export function kishEffectiveN(weights: readonly number[]): number {
  if (weights.length === 0) throw new Error('kishEffectiveN requires at least 1 data point');
  let sum = 0;
  let sumSq = 0;
  for (const w of weights) {
    sum += w;
    sumSq += w * w;
  }
  if (!(sum > 0)) throw new Error('kishEffectiveN requires a positive total weight');
  return (sum * sum) / sumSq;
}

/**
 * Kish's design effect due to unequal weighting: deff = n / n_eff = n·Σw² / (Σw)² = 1 + CV²(w),
 * where CV is the coefficient of variation of the weights (population form).
 * Source: Kish (1992), J. Official Statistics 8(2), eq. (4). Cost O(n).
 * Throws like {@link kishEffectiveN}.
 * @example weightingDesignEffect([1, 1, 2, 2]) // 4 / 3.6 = 1.111…
 */
export function weightingDesignEffect(weights: readonly number[]): number {
  return weights.length / kishEffectiveN(weights);
}
