import type { Db } from '../../db/database.ts';
import type { WeightingSetup } from '../../shared/analysis.ts';

/** The weighting setup of a survey, or null when it has none. */
export async function findWeightingSetup(db: Db, workspaceId: string, surveyId: string): Promise<WeightingSetup | null> {
  const row = await db
    .selectFrom('analysis_weightings')
    .select(['margins', 'trim'])
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .executeTakeFirst();
  return row ? { margins: row.margins, trim: row.trim ?? null } : null;
}

/** Stores (replaces) the weighting setup of a survey. */
export async function saveWeightingSetup(db: Db, props: { workspaceId: string; surveyId: string; userId: string; setup: WeightingSetup }): Promise<void> {
  const values = {
    workspace_id: props.workspaceId,
    survey_id: props.surveyId,
    margins: JSON.stringify(props.setup.margins),
    trim: props.setup.trim ? JSON.stringify(props.setup.trim) : null,
    updated_by: props.userId,
    updated_at: new Date(),
  };
  await db
    .insertInto('analysis_weightings')
    .values(values)
    .onConflict((oc) => oc.column('survey_id').doUpdateSet({ margins: values.margins, trim: values.trim, updated_by: values.updated_by, updated_at: values.updated_at }).where('analysis_weightings.workspace_id', '=', props.workspaceId))
    .execute();
}

/** Removes the weighting setup of a survey; false when there was none. */
export async function deleteWeightingSetup(db: Db, workspaceId: string, surveyId: string): Promise<boolean> {
  const res = await db.deleteFrom('analysis_weightings').where('workspace_id', '=', workspaceId).where('survey_id', '=', surveyId).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
