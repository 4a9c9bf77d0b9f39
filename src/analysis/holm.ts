/**
 * Holm's step-down adjustment of p-values for multiple comparisons (controls the family-wise error rate):
 * sort p ascending, p̃_(i) = max_{j ≤ i} min(1, (m − j + 1)·p_(j)); returned in the input order.
 * Equals R's p.adjust(p, "holm"). Source: Holm, S. (1979) "A simple sequentially rejective multiple test
 * procedure", Scandinavian Journal of Statistics 6:65–70. Cost O(m log m). Returns [] for []; throws a
 * RangeError for a p-value outside [0, 1] or NaN.
 * @example holmAdjust([0.01, 0.04, 0.03, 0.005]) // [0.03, 0.06, 0.06, 0.02]
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`holmAdjust: p-value ${p} at index ${i} is outside [0, 1]`);
  });
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
  const out = new Array<number>(m);
  let running = 0;
  order.forEach((idx, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[idx]));
    out[idx] = running;
  });
  return out;
}
