import type { Db } from '../../db/database.ts';

export interface ResponseFilter {
  surveyId?: string;
  status?: 'partial' | 'complete';
  version?: number;
  channel?: string;
  language?: string;
  customerId?: string;
  /** Completed (or, for partial ones, last updated) at or after / before. */
  from?: Date;
  to?: Date;
  limit?: number;
  offset?: number;
}

export interface ResponseRow {
  id: string;
  workspace_id: string;
  survey_id: string;
  version: number;
  client_token: string;
  status: 'partial' | 'complete';
  answers: Record<string, unknown>;
  current_page: number;
  channel: string;
  language: string | null;
  customer_id: string | null;
  invitation_id: string | null;
  respondent_key: string | null;
  metadata: Record<string, unknown>;
  started_at: Date;
  updated_at: Date;
  completed_at: Date | null;
}

function filtered(db: Db, workspaceId: string, f: ResponseFilter) {
  let q = db.selectFrom('responses').where('workspace_id', '=', workspaceId);
  if (f.surveyId) q = q.where('survey_id', '=', f.surveyId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.version !== undefined) q = q.where('version', '=', f.version);
  if (f.channel) q = q.where('channel', '=', f.channel);
  if (f.language) q = q.where('language', '=', f.language);
  if (f.customerId) q = q.where('customer_id', '=', f.customerId);
  if (f.from) q = q.where((eb) => eb(eb.fn.coalesce('completed_at', 'updated_at'), '>=', f.from!));
  if (f.to) q = q.where((eb) => eb(eb.fn.coalesce('completed_at', 'updated_at'), '<', f.to!));
  return q;
}

/** Responses of a workspace matching the filter, newest first (default limit 1000, at most 100,000). */
export async function listResponses(db: Db, workspaceId: string, filter: ResponseFilter = {}): Promise<ResponseRow[]> {
  return (await filtered(db, workspaceId, filter)
    .selectAll()
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(Math.min(filter.limit ?? 1000, 100_000))
    .offset(filter.offset ?? 0)
    .execute()) as ResponseRow[];
}

/** How many responses match the filter. */
export async function countResponses(db: Db, workspaceId: string, filter: ResponseFilter = {}): Promise<number> {
  const row = await filtered(db, workspaceId, { ...filter, limit: undefined, offset: undefined })
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One response of a workspace. */
export async function getResponse(db: Db, workspaceId: string, responseId: string): Promise<ResponseRow | undefined> {
  return (await db.selectFrom('responses').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', responseId).executeTakeFirst()) as ResponseRow | undefined;
}

/** A response by its device token (resume on the same device). */
export async function findResponseByClientToken(db: Db, surveyId: string, clientToken: string): Promise<ResponseRow | undefined> {
  return (await db.selectFrom('responses').selectAll().where('survey_id', '=', surveyId).where('client_token', '=', clientToken).executeTakeFirst()) as ResponseRow | undefined;
}

/** Deletes one response (e.g. at the respondent's request). Returns false when there was none. */
export async function deleteResponse(db: Db, workspaceId: string, responseId: string): Promise<boolean> {
  const res = await db.deleteFrom('responses').where('workspace_id', '=', workspaceId).where('id', '=', responseId).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
