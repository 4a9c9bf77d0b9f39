/**
 * Adjusted Rand index between two partitions of the same items: the Rand index corrected for chance,
 * 1 for identical partitions (up to renaming of the labels), about 0 for independent ones, and
 * possibly negative.
 *
 * Source: Hubert, L. & Arabie, P. (1985), "Comparing partitions", Journal of Classification 2,
 * 193-218, formula (5); computed from the contingency table as in scikit-learn's
 * `adjusted_rand_score`. When both partitions are a single cluster, or both put every item in its own
 * cluster, the index is defined as 1 (as scikit-learn does).
 *
 * Cost: O(n) time, O(number of label pairs) memory. Labels may be any strings or numbers.
 * Throws if the two labelings differ in length or hold fewer than 2 items.
 *
 * @example
 * adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2]); // 0.5714285714285715
 * adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0]); // 1
 */
export function adjustedRandIndex(
  truth: ArrayLike<number | string>,
  predicted: ArrayLike<number | string>,
): number {
  const n = truth.length;
  if (predicted.length !== n) throw new Error('adjustedRandIndex requires two labelings of the same length');
  if (n < 2) throw new Error('adjustedRandIndex requires at least 2 data points');
  const cells = new Map<string, number>();
  const rows = new Map<number | string, number>();
  const cols = new Map<number | string, number>();
  for (let i = 0; i < n; i++) {
    const a = truth[i];
    const b = predicted[i];
    const key = `${typeof a}:${a}\u0000${typeof b}:${b}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(a, (rows.get(a) ?? 0) + 1);
    cols.set(b, (cols.get(b) ?? 0) + 1);
  }
  const pairs = (m: number): number => (m * (m - 1)) / 2;
  let index = 0;
  for (const m of cells.values()) index += pairs(m);
  let sumRows = 0;
  for (const m of rows.values()) sumRows += pairs(m);
  let sumCols = 0;
  for (const m of cols.values()) sumCols += pairs(m);
  const total = pairs(n);
  const expected = (sumRows * sumCols) / total;
  const max = (sumRows + sumCols) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
