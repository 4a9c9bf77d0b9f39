/**
 * Categorical survey answers coded for latent class analysis: one small integer per answer, -1 for a
 * missing answer, in one row-major typed array so the EM loops never touch strings or objects.
 */
export interface CategoricalResponses {
  /** Item (question) names, in column order. */
  items: string[];
  /** Category labels per item; code c of item j stands for categories[j][c]. */
  categories: string[][];
  /** Number of respondents (rows). */
  rows: number;
  /** rows × items codes, row-major; -1 is a missing answer. */
  codes: Int32Array;
}

/** One item's raw answers: '' , null, undefined and NaN are missing. */
export interface CategoricalItem {
  name: string;
  values: readonly (string | number | null | undefined)[];
}

/**
 * Codes raw answers for latent class analysis. The categories of an item are its distinct non-empty
 * values (trimmed), sorted as numbers when all of them are numeric ("1" < "2" < "10") and as strings
 * otherwise, so that category order, and therefore the output, does not depend on row order.
 *
 * Cost: O(rows × items). Throws when there are no items, when the items differ in length, or when an
 * item has no answer at all ("encodeCategoricalResponses requires at least 1 answer for item X").
 *
 * @example
 * const r = encodeCategoricalResponses([{ name: 'A', values: ['2', '1', ''] }]);
 * r.categories; // [['1', '2']]
 * r.codes;      // Int32Array [1, 0, -1]
 */
export function encodeCategoricalResponses(columns: readonly CategoricalItem[]): CategoricalResponses {
  if (columns.length === 0) throw new Error('encodeCategoricalResponses requires at least 1 item');
  const rows = columns[0].values.length;
  const items = columns.map((c) => c.name);
  const codes = new Int32Array(rows * columns.length);
  const categories: string[][] = [];
  columns.forEach((column, j) => {
    if (column.values.length !== rows) {
      throw new Error(`encodeCategoricalResponses requires items of equal length (item ${column.name})`);
    }
    const labels = column.values.map(normaliseAnswer);
    const distinct = [...new Set(labels.filter((v): v is string => v !== null))];
    if (distinct.length === 0) {
      throw new Error(`encodeCategoricalResponses requires at least 1 answer for item ${column.name}`);
    }
    const numeric = distinct.every((v) => Number.isFinite(Number(v)));
    distinct.sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const index = new Map(distinct.map((v, c) => [v, c]));
    const J = columns.length;
    for (let i = 0; i < rows; i++) {
      const v = labels[i];
      codes[i * J + j] = v === null ? -1 : (index.get(v) as number);
    }
    categories.push(distinct);
  });
  return { items, categories, rows, codes };
}

/**
 * Keeps only the respondents who answered every item (listwise deletion), as poLCA does by default
 * (`na.rm = TRUE`). Returns a new object; the input is not changed. Also returns which original rows
 * were kept. Cost: O(rows × items).
 *
 * @example
 * const { responses, kept } = completeResponses(all); // kept[i] = original row of row i
 */
export function completeResponses(responses: CategoricalResponses): {
  responses: CategoricalResponses;
  kept: number[];
} {
  const J = responses.items.length;
  const kept: number[] = [];
  for (let i = 0; i < responses.rows; i++) {
    let complete = true;
    for (let j = 0; j < J; j++) if (responses.codes[i * J + j] < 0) complete = false;
    if (complete) kept.push(i);
  }
  const codes = new Int32Array(kept.length * J);
  kept.forEach((row, r) => codes.set(responses.codes.subarray(row * J, row * J + J), r * J));
  return {
    responses: { items: [...responses.items], categories: responses.categories.map((c) => [...c]), rows: kept.length, codes },
    kept,
  };
}

function normaliseAnswer(v: string | number | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isNaN(v) ? null : String(v);
  const s = v.trim();
  return s === '' ? null : s;
}
