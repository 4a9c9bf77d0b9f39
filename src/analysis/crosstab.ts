import { orderAnswerLabels } from './answer-labels.ts';
import { chiSquareUpperP, normalTwoSidedP } from './distributions.ts';
import { kishEffectiveN } from './effective-sample-size.ts';
import { holmAdjust } from './holm.ts';
import { resolveWeights, SMALL_BASE, type Weights } from './survey-weights.ts';

/** The display order of a table's categories, e.g. the question's choices; categories not listed follow, sorted. */
export interface CrosstabOrder {
  rows?: readonly string[];
  cols?: readonly string[];
}

export interface CrosstabResult {
  /** Row labels (answers of the row question): in `order.rows` order, then the rest sorted as numbers when all numeric, else as strings. */
  rows: string[];
  cols: string[];
  /** Weighted counts [row][col] (plain counts without weights). */
  counts: number[][];
  /** Respondents per cell, unweighted. */
  unweightedCounts: number[][];
  /** Row percentages 0..100 (each row sums to 100). */
  rowPercents: number[][];
  /** Column percentages 0..100 (each column sums to 100). */
  colPercents: number[][];
  /** Expected counts under independence, on the scale used for the test (see `nEffective`). */
  expected: number[][];
  /** Cells whose expected count is below 5. */
  expectedBelow5: boolean[][];
  /** Share of cells with expected count below 5; above 0.2 the chi-square approximation is doubtful (Cochran 1954). */
  lowExpectedShare: number;
  /** Human-readable warnings, e.g. about low expected counts or a small base. */
  flags: string[];
  /** Pearson chi-square statistic; null when there are fewer than 2 rows or 2 columns. */
  chi2: number | null;
  df: number;
  p: number | null;
  cramersV: number | null;
  /** Letters A, B, C, … naming the columns in the column-proportion tests. */
  columnLetters: string[];
  /**
   * Per cell, the letters of the columns whose proportion in this row is significantly LOWER than this
   * column's (two-proportion z-test, Holm-corrected over the column pairs of the row, α = 0.05).
   */
  columnTests: string[][];
  n: number;
  nEffective: number;
  smallBase: boolean;
}

/**
 * Crosstab of two categorical answers with Pearson's chi-square test of independence, df = (r−1)(c−1),
 * Cramér's V = √(χ²/(N·(min(r,c)−1))), expected-count flags (expected < 5), and column-proportion z-tests
 * with letter markers, Holm-corrected within each row.
 * With weights, counts are weighted and the test is run on the weighted table rescaled to the Kish effective
 * base (χ² divided by the weighting design effect), a first-order correction in the spirit of Rao & Scott (1981).
 * Column tests use each column's Kish effective base.
 * Source: Agresti, A. (2007) An Introduction to Categorical Data Analysis, 2nd ed., §2.4 (chi-square);
 * Cramér, H. (1946) Mathematical Methods of Statistics §21.9; Holm (1979) for the multiple-comparison correction.
 * Rows and columns come in `order` (the survey's answer order); categories it does not list, or all of them without
 * it, follow sorted (sortAnswerLabels). The order changes only the layout: the same cells, chi-square and p, with the
 * column letters A, B, C, … naming the columns in display order.
 * Cost O(n + r·c²). Throws `crosstab requires at least 1 data point`, and an Error when the two answer arrays differ in length.
 * @example crosstab(['a', 'a', 'b'], ['x', 'y', 'y']).counts // [[1, 1], [0, 1]]
 * @example crosstab(['a', 'a', 'b'], ['x', 'y', 'y'], undefined, { cols: ['y', 'x'] }).counts // [[1, 1], [1, 0]]
 */
export function crosstab(rowValues: readonly string[], colValues: readonly string[], weights?: Weights, order?: CrosstabOrder): CrosstabResult {
  if (rowValues.length === 0) throw new Error('crosstab requires at least 1 data point');
  if (rowValues.length !== colValues.length) {
    throw new Error(`crosstab: row answers (${rowValues.length}) and column answers (${colValues.length}) differ in length`);
  }
  const w = resolveWeights('crosstab', rowValues.length, weights);
  const rows = orderAnswerLabels([...new Set(rowValues)], order?.rows);
  const cols = orderAnswerLabels([...new Set(colValues)], order?.cols);
  const ri = new Map(rows.map((r, i) => [r, i]));
  const ci = new Map(cols.map((c, i) => [c, i]));
  const R = rows.length;
  const C = cols.length;
  const counts = rows.map(() => new Array<number>(C).fill(0));
  const unweightedCounts = rows.map(() => new Array<number>(C).fill(0));
  const colWeights: number[][] = cols.map(() => []);
  for (let k = 0; k < rowValues.length; k++) {
    const i = ri.get(rowValues[k])!;
    const j = ci.get(colValues[k])!;
    counts[i][j] += w[k];
    unweightedCounts[i][j] += 1;
    colWeights[j].push(w[k]);
  }
  const rowTotals = counts.map((r) => r.reduce((a, b) => a + b, 0));
  const colTotals = cols.map((_, j) => counts.reduce((a, r) => a + r[j], 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new Error('crosstab requires a positive total weight');
  const nEffective = kishEffectiveN(w);
  const scale = nEffective / total;

  const rowPercents = counts.map((r, i) => r.map((c) => (rowTotals[i] > 0 ? (100 * c) / rowTotals[i] : 0)));
  const colPercents = counts.map((r) => r.map((c, j) => (colTotals[j] > 0 ? (100 * c) / colTotals[j] : 0)));
  const expected = rows.map((_, i) => cols.map((__, j) => (rowTotals[i] * colTotals[j] * scale) / total));
  const expectedBelow5 = expected.map((r) => r.map((e) => e < 5));
  const lowCells = expectedBelow5.flat().filter(Boolean).length;
  const lowExpectedShare = lowCells / (R * C);

  let chi2: number | null = null;
  let p: number | null = null;
  let cramersV: number | null = null;
  const df = (R - 1) * (C - 1);
  if (R >= 2 && C >= 2) {
    let x2 = 0;
    for (let i = 0; i < R; i++) {
      for (let j = 0; j < C; j++) {
        const e = expected[i][j];
        if (e > 0) x2 += (counts[i][j] * scale - e) ** 2 / e;
      }
    }
    chi2 = x2;
    p = chiSquareUpperP(x2, df);
    cramersV = Math.sqrt(x2 / (nEffective * (Math.min(R, C) - 1)));
  }

  const columnLetters = cols.map((_, j) => columnLetter(j));
  const colBases = colWeights.map((cw) => (cw.length > 0 && cw.some((x) => x > 0) ? kishEffectiveN(cw) : 0));
  const columnTests = rows.map((_, i) => columnProportionLetters(i, counts, colTotals, colBases, columnLetters));

  const flags: string[] = [];
  if (lowCells > 0) {
    flags.push(`${lowCells} of ${R * C} cells have an expected count below 5` + (lowExpectedShare > 0.2 ? '; the chi-square test is unreliable' : ''));
  }
  if (rowValues.length < SMALL_BASE) flags.push(`small base: n = ${rowValues.length} (< ${SMALL_BASE})`);
  if (chi2 === null) flags.push('chi-square needs at least 2 row and 2 column categories');

  return {
    rows, cols, counts, unweightedCounts, rowPercents, colPercents, expected, expectedBelow5, lowExpectedShare, flags,
    chi2, df, p, cramersV, columnLetters, columnTests,
    n: rowValues.length, nEffective, smallBase: rowValues.length < SMALL_BASE,
  };
}

/**
 * The letter(s) naming column j (0-based) in column-proportion tests: A … Z, then AA, AB, … (spreadsheet style).
 * Source: the banner-table convention of market research tabulation. Cost O(log j). Throws nothing.
 * @example columnLetter(27) // 'AB'
 */
export function columnLetter(j: number): string {
  let s = '';
  let k = j;
  do {
    s = String.fromCharCode(65 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}

// Two-proportion z-test with pooled variance for every pair of columns in row i; Holm over the pairs of the row.
function columnProportionLetters(i: number, counts: number[][], colTotals: number[], colBases: number[], letters: string[]): string[] {
  const C = colTotals.length;
  const pairs: { a: number; b: number; p: number; diff: number }[] = [];
  for (let a = 0; a < C; a++) {
    for (let b = a + 1; b < C; b++) {
      const na = colBases[a];
      const nb = colBases[b];
      if (!(na > 0 && nb > 0 && colTotals[a] > 0 && colTotals[b] > 0)) continue;
      const pa = counts[i][a] / colTotals[a];
      const pb = counts[i][b] / colTotals[b];
      const pooled = (pa * na + pb * nb) / (na + nb);
      const se = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
      const pv = se > 0 ? normalTwoSidedP((pa - pb) / se) : 1;
      pairs.push({ a, b, p: pv, diff: pa - pb });
    }
  }
  const adjusted = holmAdjust(pairs.map((x) => x.p));
  const lower: number[][] = letters.map(() => []);
  pairs.forEach((pair, k) => {
    if (adjusted[k] >= 0.05) return;
    if (pair.diff > 0) lower[pair.a].push(pair.b);
    else if (pair.diff < 0) lower[pair.b].push(pair.a);
  });
  return lower.map((js) => js.sort((x, y) => x - y).map((j) => letters[j]).join(''));
}
