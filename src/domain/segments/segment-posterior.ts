import type { CategoricalItem } from '../../analysis/lca-responses.ts';
import type { SegmentModel } from './segment-profile.ts';

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * Classifies respondents with a fitted model: the posterior P(class | answers) ∝ share_k ·
 * Π_j P(answer_j | class k) over the items they answered (missing answers and answer values the
 * model never saw are left out, as in full-information LCA), times, for a mixture model, the normal
 * density N(x_p; mean_pk, variance_pk) of every number given (src/analysis/mixture.ts); then the class
 * with the highest posterior. Rows without any usable answer get segment -1 and probability NaN.
 * Columns must be in the model's item order, numbers in model.numeric.items order.
 * Cost O(rows × (items + numbers) × K).
 */
export function classifyWithModel(
  model: SegmentModel,
  columns: readonly CategoricalItem[],
  numbers: readonly { values: readonly (number | null)[] }[] = [],
): { segment: Int32Array; probability: Float64Array } {
  const K = model.k;
  const rows = columns.length > 0 ? columns[0].values.length : numbers.length > 0 ? numbers[0].values.length : 0;
  if (numbers.length !== (model.numeric?.items.length ?? 0)) throw new Error('classifyWithModel requires one number column per number item of the model');
  const index = model.categories.map((cats) => new Map(cats.map((v, c) => [v, c])));
  const segment = new Int32Array(rows);
  const probability = new Float64Array(rows);
  const logPost = new Float64Array(K);
  for (let i = 0; i < rows; i++) {
    for (let k = 0; k < K; k++) logPost[k] = Math.log(Math.max(model.shares[k], 1e-300));
    let used = 0;
    columns.forEach((column, j) => {
      const raw = column.values[i];
      if (raw === null || raw === undefined) return;
      const c = index[j].get(String(raw).trim());
      if (c === undefined) return;
      used++;
      for (let k = 0; k < K; k++) logPost[k] += Math.log(Math.max(model.probs[j][k][c], 1e-300));
    });
    numbers.forEach((column, p) => {
      const x = column.values[i];
      if (x === null || x === undefined || !Number.isFinite(x)) return;
      used++;
      for (let k = 0; k < K; k++) {
        const v = model.numeric!.variances[p][k];
        const d = x - model.numeric!.means[p][k];
        logPost[k] += -0.5 * (LOG_2PI + Math.log(v) + (d * d) / v);
      }
    });
    if (used === 0) {
      segment[i] = -1;
      probability[i] = Number.NaN;
      continue;
    }
    let max = -Infinity;
    let best = 0;
    for (let k = 0; k < K; k++) {
      if (logPost[k] > max) {
        max = logPost[k];
        best = k;
      }
    }
    let sum = 0;
    for (let k = 0; k < K; k++) sum += Math.exp(logPost[k] - max);
    segment[i] = best;
    probability[i] = 1 / sum;
  }
  return { segment, probability };
}
