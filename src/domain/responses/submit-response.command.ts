import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import { validateAgainstQuestions } from '../surveys/answer-validation.ts';
import { cachedSurveyBySlug, cachedSurveyVersion } from '../surveys/survey-cache.ts';
import type { SurveyRow } from '../surveys/survey.repository.ts';
import { responseBatcher, type StoredResponse } from './response-batcher.ts';

export interface SubmitResponseProps {
  /** The public slug, or the survey id (then workspaceId is required). */
  surveySlug?: string;
  surveyId?: string;
  workspaceId?: string;
  /** The respondent's device token: one response per (survey, client token); a retry is stored once. */
  clientToken: string;
  /** All answers so far (SurveyJS `survey.data`), question name → value. */
  answers: Record<string, unknown>;
  /** Zero-based page the respondent is on (partial saves), to resume there. */
  page?: number;
  /** True on the final submit; false saves a page (the response stays partial). */
  complete: boolean;
  channel: string;
  language?: string | null;
  /** The version the page was rendered from (default: current). */
  version?: number;
  customerId?: string | null;
  invitationId?: string | null;
  /** Device identity (cookie) for "one response per person" on public links. */
  respondentKey?: string | null;
  /** Imports and demo data: skip status, date and quota checks and keep these timestamps. */
  imported?: { startedAt?: Date; completedAt?: Date };
}

export interface SubmitResponseResult extends StoredResponse {
  surveyId: string;
  workspaceId: string;
}

/** Why a survey does not take responses now (or null when it does). */
export function surveyAvailability(survey: SurveyRow, now = new Date()): { status: 404 | 409 | 410; code: string; message: string } | null {
  if (survey.status === 'draft') return { status: 404, code: 'NOT_FOUND', message: 'Survey not found.' };
  if (survey.status === 'closed') return { status: 410, code: 'SURVEY_CLOSED', message: 'This survey is closed.' };
  if (survey.opens_at && survey.opens_at > now) return { status: 409, code: 'SURVEY_NOT_YET_OPEN', message: `This survey opens on ${survey.opens_at.toISOString()}.` };
  if (survey.closes_at && survey.closes_at <= now) return { status: 410, code: 'SURVEY_CLOSED', message: 'This survey is closed.' };
  return null;
}

export function availabilityError(a: { status: number; code: string; message: string }) {
  if (a.status === 404) return errors.notFound('Survey');
  if (a.status === 409) return errors.conflict(a.code, a.message);
  return errors.gone(a.code, a.message);
}

/**
 * Saves a page of answers or completes a response. Order: find the survey and check that it takes
 * responses (draft → 404, closed or past its close date → 410 SURVEY_CLOSED, before its open date → 409),
 * validate every answer against the survey version with our own checks (400 naming `answers.<question>`),
 * then hand the row to the response batcher, which writes it in a group commit and enforces the quota
 * (410 QUOTA_REACHED) and one response per person (409 ALREADY_RESPONDED). Resolves only after commit.
 * Idempotent per (survey, clientToken): a retried complete submission returns the stored response.
 */
export async function submitResponse(db: Db, props: SubmitResponseProps): Promise<SubmitResponseResult> {
  const survey = await findSurvey(db, props);
  if (!survey) throw errors.notFound('Survey');
  if (!props.imported) {
    const unavailable = surveyAvailability(survey);
    if (unavailable) throw availabilityError(unavailable);
  }
  const versionNumber = props.version ?? survey.current_version;
  if (versionNumber > survey.current_version) throw errors.validation([{ field: 'version', reason: `survey has no version ${versionNumber}` }]);
  const version = await cachedSurveyVersion(db, survey, versionNumber);
  if (!version) throw errors.validation([{ field: 'version', reason: `survey has no version ${versionNumber}` }]);

  const checked = validateAgainstQuestions(version.questions, props.answers, { complete: props.complete });
  if (checked.problems.length) {
    throw errors.validation(checked.problems, `The answers are not valid: ${checked.problems.map((p) => `${p.field} ${p.reason}`).join('; ')}.`);
  }
  if (props.customerId) {
    // Only a customer of the survey's own workspace (the foreign key alone would accept any workspace's).
    const customer = await db.selectFrom('customers').select('id').where('id', '=', props.customerId).where('workspace_id', '=', survey.workspace_id).executeTakeFirst();
    if (!customer) throw errors.validation([{ field: 'customerId', reason: 'is not a customer of this workspace' }]);
  }
  const respondentKey = props.invitationId ? `invitation:${props.invitationId}` : props.customerId ? `customer:${props.customerId}` : props.respondentKey ? `device:${props.respondentKey}` : null;
  const stored = await responseBatcher(db).submit({
    workspaceId: survey.workspace_id,
    surveyId: survey.id,
    clientToken: props.clientToken,
    version: versionNumber,
    status: props.complete ? 'complete' : 'partial',
    answers: checked.answers,
    page: props.page ?? 0,
    channel: props.channel,
    language: props.language ?? null,
    customerId: props.customerId ?? null,
    invitationId: props.invitationId ?? null,
    respondentKey,
    quota: props.imported ? null : survey.quota,
    onePerPerson: survey.one_response_per_person,
    startedAt: props.imported?.startedAt,
    completedAt: props.imported?.completedAt,
  });
  return { ...stored, surveyId: survey.id, workspaceId: survey.workspace_id };
}

async function findSurvey(db: Db, props: SubmitResponseProps): Promise<SurveyRow | undefined> {
  if (props.surveySlug) {
    const s = await cachedSurveyBySlug(db, props.surveySlug);
    if (s && props.workspaceId && s.workspace_id !== props.workspaceId) return undefined;
    return s;
  }
  if (!props.surveyId || !props.workspaceId) throw errors.validation([{ field: 'surveyId', reason: 'surveySlug, or surveyId with workspaceId, is required' }]);
  return (await db.selectFrom('surveys').selectAll().where('workspace_id', '=', props.workspaceId).where('id', '=', props.surveyId).executeTakeFirst()) as SurveyRow | undefined;
}
