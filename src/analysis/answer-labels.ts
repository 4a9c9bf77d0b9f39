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
