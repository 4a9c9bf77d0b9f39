import { orderAnswerLabels } from '../../analysis/answer-labels.ts';
import { crosstab, type CrosstabOrder } from '../../analysis/crosstab.ts';
import { multiResponseCrosstab } from '../../analysis/multi-response-crosstab.ts';
import { compareGroups } from '../../analysis/group-tests.ts';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import type { AnalysisFilter, CrosstabResponse, CrosstabTableApi as CrosstabTable, GroupTest } from '../../shared/analysis.ts';
import { isCategorical, isNumeric, type AnalysedQuestion } from './analysis-questions.ts';
import { countAnswerCombinations } from './analysis-responses.repository.ts';
import { loadAnalysisContext, type AnalysisContext } from './summarise-survey.ts';

/** Most respondents a crosstab or group test is computed over (their answers are expanded in memory from counts). */
export const MAX_CROSSTAB_RESPONDENTS = 2_000_000;

/** A question of the survey by name, or a 400 naming the field. */
export function questionOf(ctx: AnalysisContext, name: string, field: string): AnalysedQuestion {
  const q = ctx.questions.find((x) => x.question.name === name);
  if (!q) throw errors.validation([{ field, reason: `the survey has no question "${name}" that can be analysed` }]);
  return q;
}

const numberOf = (v: string) => Number(v.replace(',', '.'));
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The survey's answer order of a question: its choices (or scale points), then "other" and "none" when offered. */
function answerOrder(q: AnalysedQuestion): string[] {
  return [...(q.options ?? []), ...['other', 'none'].filter((v) => q.api.labels[v] && !q.options?.includes(v))];
}

const isMulti = (q: AnalysedQuestion) => q.summaryType === 'multi';

/** The options of one answer as stored (`answers ->> q` text): a multiple-choice list, or one value; [] when unanswered. */
function answerList(q: AnalysedQuestion, text: string | null): string[] {
  if (text === null || text.trim() === '') return [];
  if (!text.startsWith('[')) return [text];
  if (!isMulti(q)) return [];
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? list.filter((v) => v !== null && String(v).trim() !== '').map(String) : [];
  } catch {
    return [];
  }
}

function singleTable(rowValues: string[], colValues: string[], weights: number[] | undefined, order: CrosstabOrder): CrosstabTable {
  const t = crosstab(rowValues, colValues, weights, order);
  return {
    ...t, multi: false, chiSquareOmitted: null, restTests: null,
    rowBases: t.counts.map((r) => r.reduce((a, b) => a + b, 0)),
    colBases: t.cols.map((_, j) => t.counts.reduce((a, r) => a + r[j], 0)),
  };
}

function multiTable(rowLists: string[][], colLists: string[][], weights: number[] | undefined, order: CrosstabOrder): CrosstabTable {
  const t = multiResponseCrosstab(rowLists, colLists, weights, order);
  return {
    rows: t.rows, cols: t.cols, multi: true, counts: t.counts, unweightedCounts: t.unweightedCounts, rowBases: t.rowBases, colBases: t.colBases,
    rowPercents: t.rowPercents, colPercents: t.colPercents, expected: null, expectedBelow5: null, chiSquareOmitted: 'overlapping-categories',
    restTests: t.restTests, lowExpectedShare: 0, flags: t.flags, chi2: null, df: 0, p: null, cramersV: null, columnLetters: t.columnLetters,
    columnTests: t.rows.map(() => t.cols.map(() => '')), n: t.n, nEffective: t.nEffective, smallBase: t.smallBase,
  };
}

function groupTest(question: string, byQuestion: string, rawValues: number[], rawLabels: string[], rawWeights: number[] | undefined, byOrder: string[]): GroupTest | null {
  // Groups in the survey's answer order (compareGroups takes them in order of appearance), so "A − B" reads the same every time.
  const rank = new Map(orderAnswerLabels([...new Set(rawLabels)], byOrder).map((l, i) => [l, i]));
  const order = rawLabels.map((_, i) => i).sort((a, b) => rank.get(rawLabels[a])! - rank.get(rawLabels[b])! || a - b);
  const values = order.map((i) => rawValues[i]);
  const labels = order.map((i) => rawLabels[i]);
  const weights = rawWeights && order.map((i) => rawWeights[i]);
  try {
    const c = compareGroups(values, labels, weights);
    const groups = c.groups.map((label) => {
      const xs = values.filter((_, i) => labels[i] === label);
      return { label, n: xs.length, mean: mean(xs) };
    });
    const p = c.parametric;
    const parametric =
      p.test === 'welch-t'
        ? { test: p.test, statistic: p.result.t, df: p.result.df, p: p.result.p, effectSize: p.result.hedgesG, effectSizeName: "Hedges' g" }
        : { test: p.test, statistic: p.result.f, df: p.result.dfBetween, p: p.result.p, effectSize: p.result.etaSquared, effectSizeName: 'η²' };
    const r = c.rank;
    const rankTest =
      r.test === 'mann-whitney'
        ? { test: r.test, statistic: r.result.u, p: r.result.p, effectSize: r.result.rankBiserial, effectSizeName: 'rank-biserial r' }
        : { test: r.test, statistic: r.result.h, p: r.result.p, effectSize: r.result.epsilonSquared, effectSizeName: 'ε²' };
    return { question, byQuestion, groups, parametric, rank: rankTest, smallBase: Math.min(...groups.map((g) => g.n)) < 30 };
  } catch {
    return null;
  }
}

/**
 * Crosstab of two questions over the survey's complete, filtered responses, rows and columns in the questions'
 * answer order (choices, then other values): counts (weighted when a weighting is in effect), row and column %,
 * chi-square with df and p, Cramér's V, expected < 5 flags and column letters (src/analysis crosstab). When either
 * question is multiple choice, a respondent counts in every option chosen, % are of respondents and there is no
 * chi-square but column-versus-rest tests (src/analysis multiResponseCrosstab). And, when one of the two questions is numeric (rating, NPS, number), that question
 * compared across the groups of the other (Welch t / ANOVA and Mann–Whitney / Kruskal–Wallis with effect sizes).
 * The database counts respondents per answer combination; the answers are expanded from those counts.
 * Returns undefined when the survey is not in the workspace; throws a 400 for an unknown or unsuitable question.
 */
export async function crosstabSurvey(
  db: Db, props: { workspaceId: string; surveyId: string; rowQuestion: string; columnQuestion: string; filter?: AnalysisFilter; weighted?: boolean },
): Promise<CrosstabResponse | undefined> {
  const ctx = await loadAnalysisContext(db, props.workspaceId, props.surveyId, props.weighted !== false);
  if (!ctx) return undefined;
  const row = questionOf(ctx, props.rowQuestion, 'body.rowQuestion');
  const col = questionOf(ctx, props.columnQuestion, 'body.columnQuestion');
  for (const [q, field] of [[row, 'body.rowQuestion'], [col, 'body.columnQuestion']] as const) {
    if (!isCategorical(q) && !isNumeric(q) && !isMulti(q)) throw errors.validation([{ field, reason: `question "${q.question.name}" (${q.question.type}) has no answer options to cross` }]);
  }
  if (row === col) throw errors.validation([{ field: 'body.columnQuestion', reason: 'pick two different questions' }]);
  const cellQuestions = ctx.weighting?.questions ?? [];
  const combos = await countAnswerCombinations(db, { workspaceId: props.workspaceId, surveyId: props.surveyId, filter: props.filter }, [row.question.name, col.question.name, ...cellQuestions]);
  // Respondents who answered both questions (a multiple-choice answer with at least one option).
  const usable = combos
    .map((c) => ({ c, rowList: answerList(row, c.values[0]), colList: answerList(col, c.values[1]) }))
    .filter((u) => u.rowList.length > 0 && u.colList.length > 0);
  const total = usable.reduce((s, u) => s + u.c.count, 0);
  const notes = [...ctx.notes];
  if (total > MAX_CROSSTAB_RESPONDENTS) {
    throw errors.unprocessable('TOO_MANY_RESPONSES', `A crosstab works on up to ${MAX_CROSSTAB_RESPONDENTS} responses; narrow the filter (this selection has ${total}).`);
  }
  const rowLists: string[][] = [];
  const colLists: string[][] = [];
  const weights: number[] = [];
  for (const { c, rowList, colList } of usable) {
    const w = ctx.weighting ? ctx.weighting.weightOf(c.values.slice(2)) : 1;
    for (let k = 0; k < c.count; k++) {
      rowLists.push(rowList);
      colLists.push(colList);
      weights.push(w);
    }
  }
  const rowValues = rowLists.map((l) => l[0]);
  const colValues = colLists.map((l) => l[0]);
  const w = ctx.weighting ? weights : undefined;
  const order: CrosstabOrder = { rows: answerOrder(row), cols: answerOrder(col) };
  const tabular = (q: AnalysedQuestion) => isCategorical(q) || isMulti(q);
  let table: CrosstabTable | null = null;
  if (total > 0 && tabular(row) && tabular(col)) {
    table = isMulti(row) || isMulti(col) ? multiTable(rowLists, colLists, w, order) : singleTable(rowValues, colValues, w, order);
  }
  if (total === 0) notes.push('No complete response answers both questions.');
  if (!tabular(row) || !tabular(col)) {
    notes.push(isMulti(row) || isMulti(col)
      ? 'A number question cannot be compared across the options of a multiple-choice question (the groups overlap).'
      : 'A number question has too many values for a table; see the group comparison.');
  }
  const groupTests: GroupTest[] = [];
  const numericPairs: [AnalysedQuestion, string[], AnalysedQuestion, string[]][] = [];
  if (isNumeric(row) && isCategorical(col)) numericPairs.push([row, rowValues, col, colValues]);
  if (isNumeric(col) && isCategorical(row)) numericPairs.push([col, colValues, row, rowValues]);
  for (const [numeric, values, by, labels] of numericPairs) {
    const keep = values.map((v) => Number.isFinite(numberOf(v)));
    const test = groupTest(numeric.question.name, by.question.name, values.filter((_, i) => keep[i]).map(numberOf), labels.filter((_, i) => keep[i]), w?.filter((_, i) => keep[i]), answerOrder(by));
    if (test) groupTests.push(test);
  }
  return { rowQuestion: row.api, columnQuestion: col.api, table, groupTests, weighting: ctx.weighting?.inEffect ?? null, notes };
}
