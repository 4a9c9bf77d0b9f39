import { periodOf, type TrendPeriod } from '../../analysis/trend.ts';
import { SMALL_BASE } from '../../analysis/survey-weights.ts';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import type { AnalysisFilter, TrendResponse } from '../../shared/analysis.ts';
import { isNumeric } from './analysis-questions.ts';
import { countAnswersPerDay } from './analysis-responses.repository.ts';
import { meanOfGroups, npsOfGroups, type AnswerGroup } from './count-summary.ts';
import { questionOf } from './crosstab-survey.ts';
import { loadAnalysisContext } from './summarise-survey.ts';

/**
 * A question over time by ISO week, month or quarter (UTC, by completion date) with a 95% CI per period: the NPS
 * for an NPS question (the survey's first one by default), the mean for a rating or number question, with the
 * figures of src/analysis trend. The database counts answers per day; days are grouped into periods here.
 * Returns undefined when the survey is not in the workspace.
 */
export async function surveyTrend(
  db: Db, props: { workspaceId: string; surveyId: string; question?: string; period: TrendPeriod; filter?: AnalysisFilter; weighted?: boolean },
): Promise<TrendResponse | undefined> {
  const ctx = await loadAnalysisContext(db, props.workspaceId, props.surveyId, props.weighted !== false);
  if (!ctx) return undefined;
  const q = props.question
    ? questionOf(ctx, props.question, 'body.question')
    : (ctx.questions.find((x) => x.summaryType === 'nps') ?? ctx.questions.find((x) => x.summaryType === 'rating'));
  if (!q) return { question: null, statistic: 'nps', period: props.period, points: [], weighting: ctx.weighting?.inEffect ?? null };
  if (!isNumeric(q)) throw errors.validation([{ field: 'body.question', reason: `question "${q.question.name}" is not a rating, NPS or number question` }]);
  const statistic = q.summaryType === 'nps' ? 'nps' : 'mean';
  const rows = await countAnswersPerDay(db, { workspaceId: props.workspaceId, surveyId: props.surveyId, filter: props.filter }, q.question.name, ctx.weighting?.questions ?? []);
  const periods = new Map<string, { start: string; groups: AnswerGroup[] }>();
  for (const r of rows) {
    const { period, start } = periodOf(`${r.day}T12:00:00Z`, props.period);
    const p = periods.get(period) ?? { start, groups: [] };
    p.groups.push({ value: r.value, count: r.count, weight: ctx.weighting ? ctx.weighting.weightOf(r.cell) : 1 });
    periods.set(period, p);
  }
  const points = [...periods.entries()]
    .sort((a, b) => (a[1].start < b[1].start ? -1 : 1))
    .flatMap(([period, p]) => {
      if (statistic === 'nps') {
        const r = npsOfGroups(p.groups);
        return r ? [{ period, start: p.start, n: r.n, nEffective: r.nEffective, estimate: r.nps, ci95: r.ci95, smallBase: r.n < SMALL_BASE }] : [];
      }
      const r = meanOfGroups(p.groups);
      return r ? [{ period, start: p.start, n: r.n, nEffective: r.nEffective, estimate: r.estimate, ci95: r.ci95, smallBase: r.n < SMALL_BASE }] : [];
    });
  return { question: q.api, statistic, period: props.period, points, weighting: ctx.weighting?.inEffect ?? null };
}
