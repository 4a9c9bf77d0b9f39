import { driverAnalysis, importancePerformance } from '../../analysis/drivers.ts';
import { SMALL_BASE } from '../../analysis/survey-weights.ts';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import type { AnalysisFilter, DriversResponse } from '../../shared/analysis.ts';
import { isNumeric } from './analysis-questions.ts';
import { countAnswerCombinations } from './analysis-responses.repository.ts';
import { questionOf } from './crosstab-survey.ts';
import { loadAnalysisContext } from './summarise-survey.ts';

/** Most respondents a driver analysis uses (expanded in memory from the database's counts per answer combination). */
export const MAX_DRIVER_RESPONDENTS = 1_000_000;

const numberOf = (v: string | null) => (v === null || v.trim() === '' ? NaN : Number(v.replace(',', '.')));

/**
 * Key-driver analysis of a survey: the outcome (e.g. overall satisfaction or likelihood to recommend) regressed
 * on attribute ratings over the complete, filtered responses that answered all of them; relative importance as
 * Shapley R² shares and Johnson's relative weights, performance as the (weighted) mean rating, and the
 * importance × performance quadrant (src/analysis drivers). Returns undefined when the survey is not in the
 * workspace; throws a 400 for unknown or non-numeric questions and a 422 when the data cannot support the model.
 */
export async function surveyDrivers(
  db: Db, props: { workspaceId: string; surveyId: string; outcome: string; attributes: string[]; filter?: AnalysisFilter; weighted?: boolean },
): Promise<DriversResponse | undefined> {
  const ctx = await loadAnalysisContext(db, props.workspaceId, props.surveyId, props.weighted !== false);
  if (!ctx) return undefined;
  const outcome = questionOf(ctx, props.outcome, 'body.outcome');
  const attributes = props.attributes.map((a, i) => questionOf(ctx, a, `body.attributes.${i}`));
  [outcome, ...attributes].forEach((q, i) => {
    if (!isNumeric(q)) throw errors.validation([{ field: i === 0 ? 'body.outcome' : `body.attributes.${i - 1}`, reason: `question "${q.question.name}" is not a rating, NPS or number question` }]);
  });
  const names = attributes.map((a) => a.question.name);
  if (names.includes(outcome.question.name) || new Set(names).size !== names.length) throw errors.validation([{ field: 'body.attributes', reason: 'attributes must differ from each other and from the outcome' }]);
  const cellQuestions = ctx.weighting?.questions ?? [];
  const k = names.length;
  const combos = await countAnswerCombinations(db, { workspaceId: props.workspaceId, surveyId: props.surveyId, filter: props.filter }, [outcome.question.name, ...names, ...cellQuestions]);
  const complete = combos.filter((c) => c.values.slice(0, k + 1).every((v) => Number.isFinite(numberOf(v))));
  const n = complete.reduce((s, c) => s + c.count, 0);
  if (n > MAX_DRIVER_RESPONDENTS) throw errors.unprocessable('TOO_MANY_RESPONSES', `Driver analysis works on up to ${MAX_DRIVER_RESPONDENTS} responses; narrow the filter (this selection has ${n}).`);
  const y: number[] = [];
  const x: number[][] = names.map(() => []);
  const weights: number[] = [];
  for (const c of complete) {
    const w = ctx.weighting ? ctx.weighting.weightOf(c.values.slice(k + 1)) : 1;
    const yv = numberOf(c.values[0]);
    const xv = names.map((_, j) => numberOf(c.values[j + 1]));
    for (let r = 0; r < c.count; r++) {
      y.push(yv);
      xv.forEach((v, j) => x[j].push(v));
      weights.push(w);
    }
  }
  const predictors = Object.fromEntries(names.map((name, j) => [name, x[j]]));
  let result;
  try {
    result = driverAnalysis(y, predictors, ctx.weighting ? weights : undefined);
  } catch (e) {
    throw errors.unprocessable('DRIVERS_NOT_POSSIBLE', `Driver analysis is not possible on these responses: ${(e as Error).message}.`);
  }
  const sw = weights.reduce((a, b) => a + b, 0);
  const performance = Object.fromEntries(names.map((name, j) => [name, x[j].reduce((s, v, i) => s + v * weights[i], 0) / sw]));
  const quadrants = importancePerformance(result.importance, performance);
  return {
    n,
    r2: result.r2,
    smallBase: n < SMALL_BASE,
    attributes: quadrants.map((row, j) => ({
      question: attributes[j].api,
      importance: row.importance,
      shapleyR2: result.shapleyR2[row.attribute],
      relativeWeight: result.relativeWeights[row.attribute],
      performance: row.performance,
      quadrant: row.quadrant,
    })),
    weighting: ctx.weighting?.inEffect ?? null,
    notes: ctx.notes,
  };
}
