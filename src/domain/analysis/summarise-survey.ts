import type { Db } from '../../db/database.ts';
import { SMALL_BASE } from '../../analysis/survey-weights.ts';
import type { AnalysisFilter, AnalysisSummary } from '../../shared/analysis.ts';
import { findSurveyDefinition } from '../responses/response-list.repository.ts';
import { analysedQuestions, type AnalysedQuestion } from './analysis-questions.ts';
import { completeResponseChannels, countAnswerCombinations, countAnswersPerQuestion, countTextAnswers, estimatedResponseRows } from './analysis-responses.repository.ts';
import { summariseAnswerGroups } from './count-summary.ts';
import { loadSurveyWeighting, type SurveyWeighting } from './survey-weighting.ts';

/** Rows in the responses table (planner estimate) above which the per-question counts run in parallel. */
export const LARGE_SURVEY = 20_000;

/** A survey with its analysable questions and, when asked for and set up, its weighting. */
export interface AnalysisContext {
  survey: { id: string; name: string };
  questions: AnalysedQuestion[];
  weighting: SurveyWeighting | null;
  notes: string[];
}

/** Loads what every analysis view needs; undefined when the survey is not in the workspace. */
export async function loadAnalysisContext(db: Db, workspaceId: string, surveyId: string, weighted = true): Promise<AnalysisContext | undefined> {
  const survey = await findSurveyDefinition(db, workspaceId, surveyId);
  if (!survey) return undefined;
  const notes: string[] = [];
  let weighting: SurveyWeighting | null = null;
  if (weighted) {
    const loaded = await loadSurveyWeighting(db, workspaceId, surveyId);
    weighting = loaded.weighting;
    if (loaded.problem) notes.push(`The weighting is not applied: ${loaded.problem}.`);
  }
  return { survey: { id: survey.id, name: survey.name }, questions: analysedQuestions(survey.definition), weighting, notes };
}

/**
 * Summarises every question of a survey over its complete responses that pass the filter: counts and shares
 * with 95% Wilson CIs, mean/median/SD with CIs, top-2-box, NPS with SE and CI, weighted (Kish effective n in the
 * CIs) when the survey has a weighting and `weighted` is not false. The database does the counting (a GROUP
 * BY per question, in parallel for big surveys, see countAnswersPerQuestion); no respondent rows are loaded.
 * Returns undefined when the survey is not in the workspace.
 */
export async function summariseSurvey(
  db: Db, props: { workspaceId: string; surveyId: string; filter?: AnalysisFilter; weighted?: boolean },
): Promise<AnalysisSummary | undefined> {
  const ctx = await loadAnalysisContext(db, props.workspaceId, props.surveyId, props.weighted !== false);
  if (!ctx) return undefined;
  const scope = { workspaceId: props.workspaceId, surveyId: props.surveyId, filter: props.filter };
  const cellQuestions = ctx.weighting?.questions ?? [];
  // Big tables: one GROUP BY per question in parallel connections (PostgreSQL); small ones need no more than one.
  const concurrency = (await estimatedResponseRows(db)) > LARGE_SURVEY ? 8 : 1;
  const isText = (q: AnalysedQuestion) => q.summaryType === 'text';
  const counts = await countAnswersPerQuestion(db, scope, ctx.questions.filter((q) => !isText(q)).map((q) => q.question.name), cellQuestions, concurrency);
  const textCounts = await countTextAnswers(db, scope, ctx.questions.filter(isText).map((q) => q.question.name), cellQuestions);
  for (const [q, groups] of textCounts) counts.byQuestion.set(q, groups);
  const filtered = counts.cells.reduce((s, c) => s + c.count, 0);
  const complete = props.filter && Object.keys(props.filter).length > 0 ? (await countAnswerCombinations(db, { workspaceId: props.workspaceId, surveyId: props.surveyId }, []))[0].count : filtered;
  const channels = await completeResponseChannels(db, props.workspaceId, props.surveyId);
  const weightOf = ctx.weighting ? ctx.weighting.weightOf : () => 1;
  const questions = ctx.questions.map((q) => {
    const groups = counts.byQuestion.get(q.question.name)!.map((g) => ({ value: g.value, count: g.count, weight: weightOf(g.cell) }));
    return { question: q.api, figures: summariseAnswerGroups({ type: q.summaryType, groups, options: q.options, scale: q.scale }) };
  });
  return {
    survey: ctx.survey,
    base: { complete, filtered, smallBase: filtered < SMALL_BASE },
    weighting: ctx.weighting?.inEffect ?? null,
    channels,
    questions,
    notes: ctx.notes,
  };
}
