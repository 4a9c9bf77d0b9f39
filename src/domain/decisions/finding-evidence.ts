import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { computeEvidence, type EvidenceCard, type EvidenceThresholds, type Mention } from '../../analysis/evidence.ts';
import { analysedQuestions, type AnalysedQuestion } from '../analysis/analysis-questions.ts';
import { findSurveyDefinition } from '../responses/response-list.repository.ts';
import { errors } from '../../server/errors.ts';

/** Question kinds whose answers are values a finding can point at ("34% wants a ground-floor flat with a garden"). */
const FINDING_SUMMARY_TYPES = new Set(['choice', 'multi', 'rating', 'nps']);

/** What a finding card refers to: one answer value of one survey question. */
export interface FindingAnswer {
  question: string;
  value: string;
}

/** The question of a survey (current version) as analysis reads it; undefined when the survey or question is not there. */
export async function findFindingQuestion(db: Db, workspaceId: string, surveyId: string, questionName: string): Promise<AnalysedQuestion | undefined> {
  const survey = await findSurveyDefinition(db, workspaceId, surveyId);
  if (!survey) return undefined;
  return analysedQuestions(survey.definition).find((q) => q.question.name === questionName);
}

/** The answer values a finding may point at for this question (null when any value is allowed, e.g. choices loaded from a URL). */
export function findingValues(q: AnalysedQuestion): string[] | null {
  if (q.summaryType === 'nps') return Array.from({ length: 11 }, (_, i) => String(i));
  if (!q.options) return null;
  const extra = [...(q.question.hasOther ? ['other'] : []), ...(q.question.hasNone ? ['none'] : [])];
  return [...q.options, ...extra];
}

/**
 * Checks that a finding can point at this answer: a choice, multiple-choice, rating or NPS question and one of
 * its answer values. Throws a validation error naming the field otherwise.
 */
export function checkFindingAnswer(q: AnalysedQuestion | undefined, answer: FindingAnswer): AnalysedQuestion {
  if (!q) throw errors.validation([{ field: 'body.finding.question', reason: 'not a question of this survey' }]);
  if (!FINDING_SUMMARY_TYPES.has(q.summaryType)) throw errors.validation([{ field: 'body.finding.question', reason: 'a choice, multiple-choice, rating or NPS question' }]);
  const values = findingValues(q);
  if (values && !values.includes(answer.value)) throw errors.validation([{ field: 'body.finding.value', reason: `one of ${values.join(', ')}` }]);
  return q;
}

/** The answer's label in Dutch and English (the value itself when the question has no label for it). */
export function findingAnswerLabel(q: AnalysedQuestion, value: string): { nl: string; en: string } {
  return q.api.labels[value] ?? { nl: value, en: value };
}

function isAnswered(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (Array.isArray(v)) return v.length > 0;
  return typeof v !== 'string' || v.trim() !== '';
}

/** An answer holds the value: equal as text (as the analysis summary reads `answers ->> question`), or in the list of a multiple choice. */
function holdsValue(v: unknown, value: string): boolean {
  if (Array.isArray(v)) return v.some((x) => String(x) === value);
  return v !== null && v !== undefined && typeof v !== 'object' && String(v) === value;
}

/**
 * Evidence of a survey finding: the distinct respondents (customer, else the response) of the survey's complete
 * responses who gave `value` to `question`, against the distinct respondents who answered that question, with
 * the share's Wilson 95% interval and the verdict of computeEvidence (so a finding of 3 people is an anecdote).
 * Null when nobody answered the question yet.
 */
export async function evidenceOfSurveyFinding(
  db: Db,
  workspaceId: string,
  surveyId: string,
  answer: FindingAnswer,
  thresholds?: Partial<EvidenceThresholds>,
): Promise<EvidenceCard | null> {
  const rows = await db
    .selectFrom('responses')
    .select(['id', 'customer_id', 'completed_at', sql<unknown>`answers -> ${answer.question}`.as('answer')])
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .where('status', '=', 'complete')
    .execute();
  const answered = new Set<string>();
  const mentions: Mention[] = [];
  for (const r of rows) {
    if (!isAnswered(r.answer)) continue;
    answered.add(r.customer_id ? `c:${r.customer_id}` : `r:${r.id}`);
    if (holdsValue(r.answer, answer.value)) mentions.push({ customerId: r.customer_id ?? undefined, respondentId: r.id, timestamp: r.completed_at ?? new Date() });
  }
  if (answered.size === 0) return null;
  return computeEvidence(mentions, { ...thresholds, base: answered.size, now: new Date() });
}
