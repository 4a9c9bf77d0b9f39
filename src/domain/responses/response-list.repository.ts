import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export interface ResponseFilter {
  /** Started on or after (inclusive). */
  from?: Date;
  /** Started before (exclusive). */
  to?: Date;
  status?: 'partial' | 'complete';
  channel?: string;
  /** The language the response was given in (nl, en). */
  language?: string;
  /** Answer filter: question name and a value it must have (or contain, for a list answer). */
  question?: string;
  value?: string;
}

const listColumns = ['id', 'status', 'channel', 'language', 'version', 'customer_id', 'invitation_id', 'answers', 'started_at', 'updated_at', 'completed_at'] as const;

function filtered(db: Db, workspaceId: string, surveyId: string, f: ResponseFilter) {
  let q = db.selectFrom('responses').where('workspace_id', '=', workspaceId).where('survey_id', '=', surveyId);
  if (f.from) q = q.where('started_at', '>=', f.from);
  if (f.to) q = q.where('started_at', '<', f.to);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.channel) q = q.where('channel', '=', f.channel);
  if (f.language) q = q.where('language', '=', f.language);
  if (f.question && f.value !== undefined) {
    const { question, value } = f;
    // Plain answers compare as text ("9" finds 9); list answers match when they contain the value as
    // text or as a number; matrix answers when any row has it.
    q = q.where(
      sql<boolean>`(answers ->> ${question} = ${value}
        or (jsonb_typeof(answers -> ${question}) = 'array' and exists (select 1 from jsonb_array_elements_text(answers -> ${question}) e where e = ${value}))
        or (jsonb_typeof(answers -> ${question}) = 'object' and exists (select 1 from jsonb_each_text(answers -> ${question}) e where e.value = ${value})))`,
    );
  }
  return q;
}

/** A page of a survey's responses, newest first, with the number that match the filter. */
export async function listResponses(db: Db, workspaceId: string, surveyId: string, filter: ResponseFilter, page: { page: number; pageSize: number }) {
  const base = filtered(db, workspaceId, surveyId, filter);
  const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const items = await base
    .select(listColumns)
    .orderBy('started_at', 'desc')
    .orderBy('id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { items, total: Number(total) };
}

/** Every response that matches, oldest first (for exports). */
export function allResponses(db: Db, workspaceId: string, surveyId: string, filter: ResponseFilter) {
  return filtered(db, workspaceId, surveyId, filter).select(listColumns).orderBy('started_at').orderBy('id').execute();
}

/** The channels a survey's responses came through, for the filter menu. */
export async function responseChannels(db: Db, workspaceId: string, surveyId: string): Promise<string[]> {
  const rows = await db.selectFrom('responses').select('channel').distinct().where('workspace_id', '=', workspaceId).where('survey_id', '=', surveyId).orderBy('channel').execute();
  return rows.map((r) => r.channel);
}

/** One response of a survey, with the customer it came from (if known). */
export function findResponse(db: Db, workspaceId: string, surveyId: string, responseId: string) {
  return db
    .selectFrom('responses as r')
    .leftJoin('customers as c', (j) => j.onRef('c.id', '=', 'r.customer_id').onRef('c.workspace_id', '=', 'r.workspace_id'))
    .select(['r.id', 'r.status', 'r.channel', 'r.language', 'r.version', 'r.customer_id', 'r.invitation_id', 'r.answers', 'r.metadata', 'r.current_page', 'r.started_at', 'r.updated_at', 'r.completed_at', 'c.email as customer_email', 'c.name as customer_name'])
    .where('r.workspace_id', '=', workspaceId)
    .where('r.survey_id', '=', surveyId)
    .where('r.id', '=', responseId)
    .executeTakeFirst();
}

/** Deletes one response; false when there was none. */
export async function deleteResponse(db: Db, workspaceId: string, surveyId: string, responseId: string): Promise<boolean> {
  const res = await db.deleteFrom('responses').where('workspace_id', '=', workspaceId).where('survey_id', '=', surveyId).where('id', '=', responseId).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** The survey's current version and its definition (undefined when the survey is not in the workspace). */
export function findSurveyDefinition(db: Db, workspaceId: string, surveyId: string) {
  return db
    .selectFrom('surveys as s')
    .innerJoin('survey_versions as v', (j) => j.onRef('v.survey_id', '=', 's.id').onRef('v.version', '=', 's.current_version'))
    .select(['s.id', 's.name', 's.slug', 's.status', 's.current_version', 'v.definition'])
    .where('s.workspace_id', '=', workspaceId)
    .where('s.id', '=', surveyId)
    .executeTakeFirst();
}
