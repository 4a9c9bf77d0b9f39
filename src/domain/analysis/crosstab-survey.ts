import { sortAnswerLabels } from '../../analysis/answer-labels.ts';
import { crosstab } from '../../analysis/crosstab.ts';
import { compareGroups } from '../../analysis/group-tests.ts';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import type { AnalysisFilter, CrosstabResponse, GroupTest } from '../../shared/analysis.ts';
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

function groupTest(question: string, byQuestion: string, rawValues: number[], rawLabels: string[], rawWeights: number[] | undefined): GroupTest | null {
  // Groups in answer order (compareGroups takes them in order of appearance), so "A − B" reads the same every time.
  const rank = new Map(sortAnswerLabels([...new Set(rawLabels)]).map((l, i) => [l, i]));
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
 * Crosstab of two questions over the survey's complete, filtered responses: counts (weighted when a weighting is
 * in effect), row and column %, chi-square with df and p, Cramér's V, expected < 5 flags and column letters
 * (src/analysis crosstab); and, when one of the two questions is numeric (rating, NPS, number), that question
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
    if (!isCategorical(q) && !isNumeric(q)) throw errors.validation([{ field, reason: `question "${q.question.name}" (${q.question.type}) has no single answer to cross` }]);
  }
  if (row === col) throw errors.validation([{ field: 'body.columnQuestion', reason: 'pick two different questions' }]);
  const cellQuestions = ctx.weighting?.questions ?? [];
  const combos = await countAnswerCombinations(db, { workspaceId: props.workspaceId, surveyId: props.surveyId, filter: props.filter }, [row.question.name, col.question.name, ...cellQuestions]);
  const usable = combos.filter((c) => c.values[0] !== null && c.values[0].trim() !== '' && c.values[1] !== null && c.values[1].trim() !== '' && !c.values[0].startsWith('[') && !c.values[1].startsWith('['));
  const total = usable.reduce((s, c) => s + c.count, 0);
  const notes = [...ctx.notes];
  if (total > MAX_CROSSTAB_RESPONDENTS) {
    throw errors.unprocessable('TOO_MANY_RESPONSES', `A crosstab works on up to ${MAX_CROSSTAB_RESPONDENTS} responses; narrow the filter (this selection has ${total}).`);
  }
  const rowValues: string[] = [];
  const colValues: string[] = [];
  const weights: number[] = [];
  for (const c of usable) {
    const w = ctx.weighting ? ctx.weighting.weightOf(c.values.slice(2)) : 1;
    for (let k = 0; k < c.count; k++) {
      rowValues.push(c.values[0]!);
      colValues.push(c.values[1]!);
      weights.push(w);
    }
  }
  const w = ctx.weighting ? weights : undefined;
  const table = total > 0 && isCategorical(row) && isCategorical(col) ? crosstab(rowValues, colValues, w) : null;
  if (total === 0) notes.push('No complete response answers both questions.');
  if (!isCategorical(row) || !isCategorical(col)) notes.push('A number question has too many values for a table; see the group comparison.');
  const groupTests: GroupTest[] = [];
  const numericPairs: [AnalysedQuestion, string[], AnalysedQuestion, string[]][] = [];
  if (isNumeric(row) && isCategorical(col)) numericPairs.push([row, rowValues, col, colValues]);
  if (isNumeric(col) && isCategorical(row)) numericPairs.push([col, colValues, row, rowValues]);
  for (const [numeric, values, by, labels] of numericPairs) {
    const keep = values.map((v) => Number.isFinite(numberOf(v)));
    const test = groupTest(numeric.question.name, by.question.name, values.filter((_, i) => keep[i]).map(numberOf), labels.filter((_, i) => keep[i]), w?.filter((_, i) => keep[i]));
    if (test) groupTests.push(test);
  }
  return { rowQuestion: row.api, columnQuestion: col.api, table, groupTests, weighting: ctx.weighting?.inEffect ?? null, notes };
}
