import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import { checkSurveyDefinition } from './check-survey-definition.ts';
import { invalidateSurveyCache } from './survey-cache.ts';

export interface UpdateSurveyDefinitionProps {
  workspaceId: string;
  surveyId: string;
  definition: Record<string, unknown>;
  name?: string;
}

/**
 * Saves an edited definition. While no response (partial or complete) refers to the current version it
 * is edited in place; once one does, the version is frozen and the edit becomes the next version, so
 * every response stays readable against the questions and options it answered (removing an option never
 * touches stored answers). Run inside a transaction; locks the survey row against a concurrent edit.
 */
export async function updateSurveyDefinition(db: Db, props: UpdateSurveyDefinitionProps): Promise<{ version: number; newVersion: boolean }> {
  const problems = checkSurveyDefinition(props.definition);
  if (problems.length) throw errors.validation(problems, 'The survey definition is not valid.');
  const result = await db.transaction().execute(async (trx) => {
    const survey = await trx
      .selectFrom('surveys')
      .select(['id', 'slug', 'current_version'])
      .where('workspace_id', '=', props.workspaceId)
      .where('id', '=', props.surveyId)
      .forUpdate()
      .executeTakeFirst();
    if (!survey) throw errors.notFound('Survey');
    const answered = await trx
      .selectFrom('responses')
      .select('id')
      .where('workspace_id', '=', props.workspaceId)
      .where('survey_id', '=', props.surveyId)
      .where('version', '=', survey.current_version)
      .limit(1)
      .executeTakeFirst();
    const definition = JSON.stringify(props.definition);
    let version = survey.current_version;
    if (answered) {
      version += 1;
      await trx.insertInto('survey_versions').values({ workspace_id: props.workspaceId, survey_id: props.surveyId, version, definition }).execute();
    } else {
      await trx
        .updateTable('survey_versions')
        .set({ definition })
        .where('workspace_id', '=', props.workspaceId)
        .where('survey_id', '=', props.surveyId)
        .where('version', '=', version)
        .execute();
    }
    await trx
      .updateTable('surveys')
      .set({ current_version: version, updated_at: new Date(), ...(props.name ? { name: props.name } : {}) })
      .where('workspace_id', '=', props.workspaceId)
      .where('id', '=', props.surveyId)
      .execute();
    return { version, newVersion: !!answered, slug: survey.slug };
  });
  invalidateSurveyCache({ id: props.surveyId, slug: result.slug });
  return { version: result.version, newVersion: result.newVersion };
}
