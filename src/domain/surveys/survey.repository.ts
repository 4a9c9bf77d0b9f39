import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { SurveyStatus } from '../../db/schema.ts';

export interface SurveyRow {
  id: string;
  workspace_id: string;
  slug: string;
  name: string;
  status: SurveyStatus;
  current_version: number;
  opens_at: Date | null;
  closes_at: Date | null;
  quota: number | null;
  one_response_per_person: boolean;
  template: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface SurveyWithCounts extends SurveyRow {
  response_count: number;
  complete_count: number;
}

const countColumns = [
  sql<number>`(select count(*) from responses r where r.survey_id = surveys.id and r.workspace_id = surveys.workspace_id)`.as('response_count'),
  sql<number>`(select count(*) from responses r where r.survey_id = surveys.id and r.workspace_id = surveys.workspace_id and r.status = 'complete')`.as('complete_count'),
] as const;

/** The surveys of a workspace, newest first, with their response counts. */
export async function listSurveys(db: Db, workspaceId: string): Promise<SurveyWithCounts[]> {
  return (await db
    .selectFrom('surveys')
    .selectAll()
    .select(countColumns)
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .execute()) as SurveyWithCounts[];
}

/** One survey of a workspace (undefined when absent or in another workspace). */
export async function getSurvey(db: Db, workspaceId: string, surveyId: string): Promise<SurveyWithCounts | undefined> {
  return (await db
    .selectFrom('surveys')
    .selectAll()
    .select(countColumns)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst()) as SurveyWithCounts | undefined;
}

/** A survey by its public slug, in any workspace (the public pages know only the slug). */
export async function findSurveyBySlug(db: Db, slug: string): Promise<SurveyRow | undefined> {
  return (await db.selectFrom('surveys').selectAll().where('slug', '=', slug).executeTakeFirst()) as SurveyRow | undefined;
}

/** The definition of one version. */
export async function getSurveyVersion(db: Db, workspaceId: string, surveyId: string, version: number): Promise<Record<string, unknown> | undefined> {
  const row = await db
    .selectFrom('survey_versions')
    .select('definition')
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row?.definition;
}

/** Every version of a survey, newest first, with how many responses answered each. */
export async function listSurveyVersions(db: Db, workspaceId: string, surveyId: string) {
  return db
    .selectFrom('survey_versions as v')
    .select(['v.version', 'v.definition', 'v.created_at'])
    .select(sql<number>`(select count(*) from responses r where r.survey_id = v.survey_id and r.version = v.version and r.workspace_id = v.workspace_id)`.as('response_count'))
    .where('v.workspace_id', '=', workspaceId)
    .where('v.survey_id', '=', surveyId)
    .orderBy('v.version', 'desc')
    .execute();
}

/** Deletes a survey with its versions and responses. Returns false when there was none. */
export async function deleteSurvey(db: Db, workspaceId: string, surveyId: string): Promise<boolean> {
  const res = await db.deleteFrom('surveys').where('workspace_id', '=', workspaceId).where('id', '=', surveyId).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
