/** Optional respondent weights, one per answer; absent means every respondent weighs 1. */
export type Weights = readonly number[] | undefined;

/**
 * The weights to use for `n` answers: a copy of `weights`, or n ones when none are given.
 * Every estimator in src/analysis calls this so that weights are checked in one way everywhere.
 * Cost O(n).
 * Throws `<fn>: weights must have one entry per answer (got a, expected n)` on a length mismatch and
 * `<fn>: weight at index i is not a finite non-negative number` for a negative, NaN or infinite weight.
 * @example resolveWeights('mean', 3) // [1, 1, 1]
 */
export function resolveWeights(fn: string, n: number, weights: Weights): number[] {
  if (weights === undefined) return new Array<number>(n).fill(1);
  if (weights.length !== n) {
    throw new Error(`${fn}: weights must have one entry per answer (got ${weights.length}, expected ${n})`);
  }
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!Number.isFinite(w) || w < 0) throw new Error(`${fn}: weight at index ${i} is not a finite non-negative number`);
    out[i] = w;
  }
  return out;
}

/** Bases below this many respondents are flagged `smallBase: true` in every output (the rule: n < 30). */
export const SMALL_BASE = 30;
