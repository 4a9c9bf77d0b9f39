/**
 * Normalised mutual information between two labelings of the same items, with the arithmetic-mean
 * normalisation: NMI = I(U; V) / ((H(U) + H(V)) / 2). 1 for identical partitions (up to renaming),
 * 0 for independent ones.
 *
 * Source: Manning, Raghavan & Schütze (2008), "Introduction to Information Retrieval", §16.3,
 * eq. (16.2)-(16.4); the same as scikit-learn's `normalized_mutual_info_score` (average_method
 * 'arithmetic'). When both labelings have a single label the NMI is defined as 1 (as scikit-learn
 * does); when only one has, it is 0.
 *
 * Cost: O(n) time, O(number of label pairs) memory. Throws "normalizedMutualInformation requires
 * two labelings of the same length" and "normalizedMutualInformation requires at least 1 data point".
 *
 * @example
 * // The book's Figure 16.4: three clusters over x, o and ◇ items.
 * normalizedMutualInformation(truth, clusters) // → 0.36 (rounded)
 * normalizedMutualInformation(['a', 'a', 'b'], [1, 1, 2]) // → 1
 */
export function normalizedMutualInformation(
  truth: ArrayLike<string | number>,
  predicted: ArrayLike<string | number>,
): number {
  const n = truth.length;
  if (predicted.length !== n) throw new Error('normalizedMutualInformation requires two labelings of the same length');
  if (n < 1) throw new Error('normalizedMutualInformation requires at least 1 data point');
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  const cells = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const a = `${typeof truth[i]}:${truth[i]}`;
    const b = `${typeof predicted[i]}:${predicted[i]}`;
    rows.set(a, (rows.get(a) ?? 0) + 1);
    cols.set(b, (cols.get(b) ?? 0) + 1);
    const k = `${a}\u0000${b}`;
    cells.set(k, (cells.get(k) ?? 0) + 1);
  }
  if (rows.size === 1 && cols.size === 1) return 1;
  const entropy = (m: Map<string, number>): number => {
    let h = 0;
    for (const c of m.values()) h -= (c / n) * Math.log(c / n);
    return h;
  };
  let mi = 0;
  for (const [k, c] of cells) {
    const [a, b] = k.split('\u0000');
    mi += (c / n) * Math.log((n * c) / (rows.get(a)! * cols.get(b)!));
  }
  const denom = (entropy(rows) + entropy(cols)) / 2;
  return denom === 0 ? 0 : Math.max(0, mi / denom);
}
