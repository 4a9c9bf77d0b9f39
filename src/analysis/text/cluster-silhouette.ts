/**
 * Choosing the number of themes: mean silhouette width with cosine distance over a sample.
 */
import { sparseDot, type SparseVector } from './tfidf.ts';

/**
 * Mean silhouette width (Rousseeuw, 1987, "Silhouettes: a graphical aid to the interpretation and
 * validation of cluster analysis", J. Comput. Appl. Math. 20) with cosine distance 1 − cos. For item
 * i: a = mean distance to its own cluster, b = lowest mean distance to another cluster,
 * s = (b − a) / max(a, b); s = 0 for a singleton cluster. Items labelled -1 are skipped.
 *
 * Cost: O(n²) distances from the given similarity matrix (pass a sample for large n). Throws
 * "silhouetteWidth requires at least 2 data points" and requires at least 2 clusters among the items.
 *
 * @example
 * // Two tight, opposite groups: close to 1.
 * silhouetteWidth(cosineSimilarityMatrix(vectors), Int32Array.of(0, 0, 1, 1))
 */
export function silhouetteWidth(similarity: Float32Array, labels: Int32Array): number {
  const n = labels.length;
  if (n < 2) throw new Error('silhouetteWidth requires at least 2 data points');
  let k = 0;
  for (const l of labels) if (l + 1 > k) k = l + 1;
  if (k < 2) throw new Error('silhouetteWidth requires at least 2 clusters');
  const sizes = new Int32Array(k);
  for (const l of labels) if (l >= 0) sizes[l]++;
  const sums = new Float64Array(k);
  let total = 0;
  let counted = 0;
  for (let i = 0; i < n; i++) {
    const li = labels[i];
    if (li < 0) continue;
    sums.fill(0);
    for (let j = 0; j < n; j++) {
      if (j === i || labels[j] < 0) continue;
      sums[labels[j]] += 1 - similarity[i * n + j];
    }
    counted++;
    if (sizes[li] <= 1) continue;
    const a = sums[li] / (sizes[li] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== li && sizes[c] > 0) b = Math.min(b, sums[c] / sizes[c]);
    const m = Math.max(a, b);
    if (m > 0 && Number.isFinite(b)) total += (b - a) / m;
  }
  return counted === 0 ? 0 : total / counted;
}

/**
 * The n × n cosine similarity matrix (row-major Float32Array) of unit-length sparse vectors.
 * Cost: O(n² × nonzeros) time, 4n² bytes. Never throws.
 *
 * @example
 * cosineSimilarityMatrix([a, b])[1] // → cos(a, b)
 */
export function cosineSimilarityMatrix(vectors: readonly SparseVector[]): Float32Array {
  const n = vectors.length;
  const m = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    m[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const s = sparseDot(vectors[i], vectors[j]);
      m[i * n + j] = s;
      m[j * n + i] = s;
    }
  }
  return m;
}
