import type { Db } from '../../db/database.ts';
import type { SurveyStatus } from '../../db/schema.ts';
import { errors } from '../../server/errors.ts';
import { invalidateSurveyCache } from './survey-cache.ts';
import { getSurveyVersion } from './survey.repository.ts';
import { listQuestions } from './survey-questions.ts';

export interface SurveySettingsProps {
  workspaceId: string;
  surveyId: string;
  name?: string;
  status?: SurveyStatus;
  opensAt?: Date | null;
  closesAt?: Date | null;
  quota?: number | null;
  oneResponsePerPerson?: boolean;
}

/**
 * Changes the name, status (draft/open/closed), open and close dates, quota and "one response per
 * person". Opening needs at least one question; a close date must lie after the open date.
 */
export async function updateSurveySettings(db: Db, props: SurveySettingsProps): Promise<void> {
  const survey = await db
    .selectFrom('surveys')
    .select(['id', 'slug', 'current_version', 'opens_at', 'closes_at'])
    .where('workspace_id', '=', props.workspaceId)
    .where('id', '=', props.surveyId)
    .executeTakeFirst();
  if (!survey) throw errors.notFound('Survey');
  const opensAt = props.opensAt !== undefined ? props.opensAt : survey.opens_at;
  const closesAt = props.closesAt !== undefined ? props.closesAt : survey.closes_at;
  if (opensAt && closesAt && closesAt <= opensAt) throw errors.validation([{ field: 'body.closesAt', reason: 'must be after opensAt' }]);
  if (props.status === 'open') {
    const definition = await getSurveyVersion(db, props.workspaceId, props.surveyId, survey.current_version);
    if (!definition || listQuestions(definition).length === 0) throw errors.validation([{ field: 'body.status', reason: 'a survey needs at least one question before it opens' }]);
  }
  const set: Record<string, unknown> = { updated_at: new Date() };
  if (props.name !== undefined) set.name = props.name;
  if (props.status !== undefined) set.status = props.status;
  if (props.opensAt !== undefined) set.opens_at = props.opensAt;
  if (props.closesAt !== undefined) set.closes_at = props.closesAt;
  if (props.quota !== undefined) set.quota = props.quota;
  if (props.oneResponsePerPerson !== undefined) set.one_response_per_person = props.oneResponsePerPerson;
  await db.updateTable('surveys').set(set).where('workspace_id', '=', props.workspaceId).where('id', '=', props.surveyId).execute();
  invalidateSurveyCache({ id: survey.id, slug: survey.slug });
}

/** Opens a survey for responses (publish). */
export function publishSurvey(db: Db, workspaceId: string, surveyId: string) {
  return updateSurveySettings(db, { workspaceId, surveyId, status: 'open' });
}

/** Closes a survey: the public page says it is closed and submissions get 410. */
export function closeSurvey(db: Db, workspaceId: string, surveyId: string) {
  return updateSurveySettings(db, { workspaceId, surveyId, status: 'closed' });
}
