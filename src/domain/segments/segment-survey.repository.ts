import type { Db } from '../../db/database.ts';
import { getSurvey, getSurveyVersion } from '../surveys/survey.repository.ts';
import { listQuestions, type SurveyQuestion } from '../surveys/survey-questions.ts';
import { errors } from '../../server/errors.ts';

export interface SegmentSurvey {
  id: string;
  name: string;
  questions: SurveyQuestion[];
}

export interface SegmentResponse {
  id: string;
  customer_id: string | null;
  answers: Record<string, unknown>;
}

/** The survey and the questions of its current version; 404 when it is not in this workspace. */
export async function loadSegmentSurvey(db: Db, workspaceId: string, surveyId: string): Promise<SegmentSurvey> {
  const survey = await getSurvey(db, workspaceId, surveyId);
  if (!survey) throw errors.notFound('Survey');
  const definition = (await getSurveyVersion(db, workspaceId, surveyId, survey.current_version)) ?? {};
  return { id: survey.id, name: survey.name, questions: listQuestions(definition) };
}

/** The complete responses of a survey, oldest first (a stable order for seeded fits). */
export async function completeSurveyResponses(db: Db, workspaceId: string, surveyId: string): Promise<SegmentResponse[]> {
  const rows = await db
    .selectFrom('responses')
    .select(['id', 'customer_id', 'answers'])
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .where('status', '=', 'complete')
    .orderBy('completed_at')
    .orderBy('id')
    .execute();
  return rows as SegmentResponse[];
}
