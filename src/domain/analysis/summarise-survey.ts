import type { Db } from '../../db/database.ts';
import { SMALL_BASE } from '../../analysis/survey-weights.ts';
import type { AnalysisFilter, AnalysisSummary } from '../../shared/analysis.ts';
import { findSurveyDefinition } from '../responses/response-list.repository.ts';
import { analysedQuestions, type AnalysedQuestion } from './analysis-questions.ts';
import { loadSurveyAnswerCounts, MAX_COUNTED_QUESTION, type SurveyAnswerCounts } from './answer-counts.repository.ts';
import { completeResponseChannels, countAnswerCombinations, countAnswersPerQuestion, countTextAnswers, estimatedResponseRows, type QuestionAnswerCount } from './analysis-responses.repository.ts';
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

/** True when the filter narrows nothing (as scopeCondition reads it). */
export function isEmptyFilter(filter: AnalysisFilter | undefined): boolean {
  return !filter || (!filter.from && !filter.to && !filter.channels?.length && !filter.answers?.length && !filter.segment);
}

/** PostgreSQL's btrim(text): only spaces are trimmed. */
const isBlank = (v: string) => v.replace(/^ +| +$/g, '') === '';

/**
 * The answer groups summariseSurvey's scan would produce, taken from the incremental counts instead; null when the
 * counts cannot give them exactly (a value-summarised question whose answers were counted only as answered, e.g.
 * because it was an open question in an older version, or a question name too long to be counted).
 */
export function answerGroupsFromCounts(counts: SurveyAnswerCounts, questions: readonly AnalysedQuestion[]): Map<string, QuestionAnswerCount[]> | null {
  const byQuestion = new Map<string, QuestionAnswerCount[]>();
  for (const q of questions) {
    const name = q.question.name;
    if (name.length > MAX_COUNTED_QUESTION) return null;
    const rows = counts.byQuestion.get(name) ?? [];
    if (q.summaryType === 'text') {
      // As countTextAnswers: answered = a non-blank answer; the rest (blank or missing) is one null group.
      const answered = rows.reduce((s, r) => s + (r.kind === 'answered' || !isBlank(r.value) ? r.count : 0), 0);
      byQuestion.set(name, [{ cell: [], value: 'answered', count: answered }, { cell: [], value: null, count: counts.complete - answered }]);
      continue;
    }
    if (rows.some((r) => r.kind === 'answered')) return null;
    const groups: QuestionAnswerCount[] = rows.map((r) => ({ cell: [], value: r.value, count: r.count }));
    const missing = counts.complete - rows.reduce((s, r) => s + r.count, 0);
    if (missing > 0) groups.push({ cell: [], value: null, count: missing });
    byQuestion.set(name, groups);
  }
  return byQuestion;
}

/**
 * Summarises every question of a survey over its complete responses that pass the filter: counts and shares
 * with 95% Wilson CIs, mean/median/SD with CIs, top-2-box, NPS with SE and CI, weighted (Kish effective n in the
 * CIs) when the survey has a weighting and `weighted` is not false. No respondent rows are loaded.
 * The default view (no filter, no weighting in effect) reads the incremental answer counts (survey_answer_counts,
 * kept by triggers on responses): a few dozen rows whatever the number of responses. Filters and weighting, and
 * `counting: 'scan'`, count in the database instead (a GROUP BY per question, in parallel for big surveys, see
 * countAnswersPerQuestion). Both give identical figures (test/analysis/answer-counts.test.ts).
 * Returns undefined when the survey is not in the workspace.
 */
export async function summariseSurvey(
  db: Db, props: { workspaceId: string; surveyId: string; filter?: AnalysisFilter; weighted?: boolean; counting?: 'auto' | 'scan' },
): Promise<AnalysisSummary | undefined> {
  const ctx = await loadAnalysisContext(db, props.workspaceId, props.surveyId, props.weighted !== false);
  if (!ctx) return undefined;
  let counted: { byQuestion: Map<string, QuestionAnswerCount[]>; complete: number; filtered: number; channels: string[] } | null = null;
  if (props.counting !== 'scan' && !ctx.weighting && isEmptyFilter(props.filter)) {
    const counts = await loadSurveyAnswerCounts(db, props.workspaceId, props.surveyId);
    const byQuestion = answerGroupsFromCounts(counts, ctx.questions);
    if (byQuestion) counted = { byQuestion, complete: counts.complete, filtered: counts.complete, channels: counts.channels };
  }
  const { byQuestion, complete, filtered, channels } = counted ?? (await scanCounts(db, props, ctx));
  const weightOf = ctx.weighting ? ctx.weighting.weightOf : () => 1;
  const questions = ctx.questions.map((q) => {
    const groups = byQuestion.get(q.question.name)!.map((g) => ({ value: g.value, count: g.count, weight: weightOf(g.cell) }));
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

/** Counts by scanning the survey's complete responses that pass the filter (one GROUP BY per question). */
async function scanCounts(db: Db, props: { workspaceId: string; surveyId: string; filter?: AnalysisFilter }, ctx: AnalysisContext) {
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
  return { byQuestion: counts.byQuestion, complete, filtered, channels };
}
