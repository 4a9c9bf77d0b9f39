import { orderAnswerLabels } from './answer-labels.ts';
import { columnLetter, type CrosstabOrder } from './crosstab.ts';
import { normalTwoSidedP } from './distributions.ts';
import { kishEffectiveN } from './effective-sample-size.ts';
import { holmAdjust } from './holm.ts';
import { resolveWeights, SMALL_BASE, type Weights } from './survey-weights.ts';

/** One cell's column-versus-rest test: this column's respondents against the base's other respondents. */
export interface RestTest {
  /** Pooled two-proportion z (positive when this column's share is higher); null when there is no rest or no variance. */
  z: number | null;
  /** Holm-adjusted two-sided p over the columns of the row; null without a test. */
  p: number | null;
  /** 'higher' or 'lower' than the rest at α = 0.05 after Holm, else ''. */
  mark: 'higher' | 'lower' | '';
}

export interface MultiResponseCrosstabResult {
  /** Row options in `order.rows` order, then the rest sorted. */
  rows: string[];
  cols: string[];
  /** Respondents (weighted) who chose row option i AND column option j. */
  counts: number[][];
  /** Respondents per cell, unweighted. */
  unweightedCounts: number[][];
  /** Respondents (weighted) who chose row option i; the base of the row percentages. */
  rowBases: number[];
  /** Respondents (weighted) who chose column option j; the base of the column percentages. */
  colBases: number[];
  /** 100 · counts[i][j] / rowBases[i]: a row sums to over 100 when the column question allows several answers. */
  rowPercents: number[][];
  /** 100 · counts[i][j] / colBases[j]: a column sums to over 100 when the row question allows several answers. */
  colPercents: number[][];
  /** Letters A, B, C, … naming the columns in display order. */
  columnLetters: string[];
  /** Per cell, the column-versus-rest test (Holm-corrected over the columns of the row). */
  restTests: RestTest[][];
  /** True when a respondent falls in more than one row or more than one column. */
  overlapping: boolean;
  flags: string[];
  /** Respondents in the base (with at least one answer to both questions), unweighted. */
  n: number;
  /** Weighted respondents in the base. */
  weightedN: number;
  nEffective: number;
  smallBase: boolean;
}

/**
 * Crosstab where a respondent may hold several row and/or column categories (multiple-response questions; a
 * single-choice question is given as one-answer lists). Counts are respondents: a respondent counts in every cell of
 * a row option and a column option they both chose. The base is the respondents who gave at least one answer to
 * both questions (others are left out); percentages are of respondents, so they may sum to more than 100.
 * Pearson's chi-square test of independence does not apply: overlapping categories break the multinomial
 * sampling it assumes (Agresti & Liu 1999, Biometrics 55:936–943; Bilder & Loughin 2004, Biometrics 60:241–248), so none is given.
 * Instead each cell gets a column-versus-rest test: the share choosing the row option among the column option's
 * respondents against the share among the base's other respondents — two disjoint groups, so the pooled
 * two-proportion z-test holds (z² equals the 2×2 Pearson X²) — with Holm's correction over the columns of each row.
 * With weights, shares are weighted and each group's base is its Kish effective n.
 * Source: two-proportion z-test, e.g. Le, C.T. (2003) Introductory Biostatistics, §6.2, Example 6.6; Holm (1979)
 * Scand. J. Statist. 6:65. Cost O(Σ|row answers|·|column answers| + r·c·log c) plus O(n·c) for the effective bases.
 * Throws `multiResponseCrosstab requires at least 1 data point` (no respondent answered both), and an Error when
 * the two answer arrays differ in length.
 * @example multiResponseCrosstab([['a', 'b'], ['a']], [['x'], ['y']]).colPercents // [[100, 100], [100, 0]]
 */
export function multiResponseCrosstab(
  rowAnswers: readonly (readonly string[])[], colAnswers: readonly (readonly string[])[], weights?: Weights, order?: CrosstabOrder,
): MultiResponseCrosstabResult {
  if (rowAnswers.length !== colAnswers.length) {
    throw new Error(`multiResponseCrosstab: row answers (${rowAnswers.length}) and column answers (${colAnswers.length}) differ in length`);
  }
  const allWeights = resolveWeights('multiResponseCrosstab', rowAnswers.length, weights);
  // A respondent counts once per option, however often the option is listed.
  const people: { rows: string[]; cols: string[]; w: number }[] = [];
  rowAnswers.forEach((ra, k) => {
    const rows = [...new Set(ra)];
    const cols = [...new Set(colAnswers[k])];
    if (rows.length > 0 && cols.length > 0) people.push({ rows, cols, w: allWeights[k] });
  });
  if (people.length === 0) throw new Error('multiResponseCrosstab requires at least 1 data point');
  const rows = orderAnswerLabels([...new Set(people.flatMap((p) => p.rows))], order?.rows);
  const cols = orderAnswerLabels([...new Set(people.flatMap((p) => p.cols))], order?.cols);
  const ri = new Map(rows.map((r, i) => [r, i]));
  const ci = new Map(cols.map((c, j) => [c, j]));
  const R = rows.length;
  const C = cols.length;
  const counts = rows.map(() => new Array<number>(C).fill(0));
  const unweightedCounts = rows.map(() => new Array<number>(C).fill(0));
  const rowBases = new Array<number>(R).fill(0);
  const colBases = new Array<number>(C).fill(0);
  const inColumn = people.map((p) => new Set(p.cols.map((c) => ci.get(c)!)));
  let overlapping = false;
  for (const p of people) {
    if (p.rows.length > 1 || p.cols.length > 1) overlapping = true;
    for (const r of p.rows) rowBases[ri.get(r)!] += p.w;
    for (const c of p.cols) colBases[ci.get(c)!] += p.w;
    for (const r of p.rows) {
      for (const c of p.cols) {
        counts[ri.get(r)!][ci.get(c)!] += p.w;
        unweightedCounts[ri.get(r)!][ci.get(c)!] += 1;
      }
    }
  }
  const w = people.map((p) => p.w);
  const weightedN = w.reduce((a, b) => a + b, 0);
  if (!(weightedN > 0)) throw new Error('multiResponseCrosstab requires a positive total weight');
  const rowPercents = counts.map((r, i) => r.map((c) => (rowBases[i] > 0 ? (100 * c) / rowBases[i] : 0)));
  const colPercents = counts.map((r) => r.map((c, j) => (colBases[j] > 0 ? (100 * c) / colBases[j] : 0)));

  // Effective bases of each column's respondents and of the rest of the base.
  const effective = (ws: number[]) => (ws.some((x) => x > 0) ? kishEffectiveN(ws) : 0);
  const inBases = cols.map((_, j) => effective(w.filter((_, k) => inColumn[k].has(j))));
  const restBases = cols.map((_, j) => effective(w.filter((_, k) => !inColumn[k].has(j))));
  const restTests = rows.map((_, i) => restTestsOfRow(i, counts, rowBases, colBases, weightedN, inBases, restBases));

  const flags: string[] = [];
  if (people.length < SMALL_BASE) flags.push(`small base: n = ${people.length} (< ${SMALL_BASE})`);
  const smallColumns = inBases.filter((b) => b < SMALL_BASE).length;
  if (smallColumns > 0) flags.push(`${smallColumns} of ${C} columns have fewer than ${SMALL_BASE} respondents`);
  return {
    rows, cols, counts, unweightedCounts, rowBases, colBases, rowPercents, colPercents,
    columnLetters: cols.map((_, j) => columnLetter(j)), restTests, overlapping, flags,
    n: people.length, weightedN, nEffective: kishEffectiveN(w), smallBase: people.length < SMALL_BASE,
  };
}

function restTestsOfRow(
  i: number, counts: number[][], rowBases: number[], colBases: number[], total: number, inBases: number[], restBases: number[],
): RestTest[] {
  const raw = colBases.map((colBase, j) => {
    const rest = total - colBase;
    const na = inBases[j];
    const nb = restBases[j];
    if (!(colBase > 0 && rest > 0 && na > 0 && nb > 0)) return null;
    const pa = counts[i][j] / colBase;
    const pb = (rowBases[i] - counts[i][j]) / rest;
    const pooled = (pa * na + pb * nb) / (na + nb);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
    if (!(se > 0)) return null;
    const z = (pa - pb) / se;
    return { z, p: normalTwoSidedP(z) };
  });
  const tested = raw.flatMap((t, j) => (t ? [j] : []));
  const adjusted = holmAdjust(tested.map((j) => Math.min(1, raw[j]!.p)));
  const out: RestTest[] = raw.map(() => ({ z: null, p: null, mark: '' }));
  tested.forEach((j, k) => {
    const z = raw[j]!.z;
    out[j] = { z, p: adjusted[k], mark: adjusted[k] < 0.05 ? (z > 0 ? 'higher' : 'lower') : '' };
  });
  return out;
}
