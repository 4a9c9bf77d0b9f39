/**
 * Sorts distinct answer labels for display: as numbers when every label is numeric ("2" before "10"),
 * otherwise as strings (locale-independent code-unit order, so output is stable across machines).
 * Returns a new array; the input is not mutated. Cost O(k log k).
 * @example sortAnswerLabels(['10', '2', '1']) // ['1', '2', '10']
 */
export function sortAnswerLabels(labels: readonly string[]): string[] {
  const copy = [...labels];
  const numeric = copy.length > 0 && copy.every((l) => l.trim() !== '' && Number.isFinite(Number(l)));
  return numeric
    ? copy.sort((a, b) => Number(a) - Number(b))
    : copy.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Orders the distinct answer labels of a table as the survey shows them: first the labels of `preferred` (the
 * question's choices, in their order) that occur, then any other labels sorted by sortAnswerLabels. Preferred labels
 * that do not occur are left out, so a table keeps exactly the categories it has.
 * Returns a new array; inputs are not mutated. Cost O(k log k + p).
 * @example orderAnswerLabels(['b', 'x', 'a'], ['b', 'a', 'c']) // ['b', 'a', 'x']
 */
export function orderAnswerLabels(labels: readonly string[], preferred: readonly string[] | undefined): string[] {
  if (!preferred || preferred.length === 0) return sortAnswerLabels(labels);
  const present = new Set(labels);
  const first = [...new Set(preferred)].filter((l) => present.has(l));
  const known = new Set(first);
  return [...first, ...sortAnswerLabels(labels.filter((l) => !known.has(l)))];
}
