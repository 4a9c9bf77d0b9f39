import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { hashToken } from '../accounts/tokens.ts';
import { invitationToken } from './invitation-token.ts';

export type InvitationStatus = 'pending' | 'queued' | 'sent' | 'reminded' | 'opened' | 'started' | 'responded' | 'unsubscribed';

/** True when the invitation led to a complete response (recorded, or found among the responses). */
const respondedSql = sql<boolean>`(i.responded_at is not null or exists (select 1 from responses r where r.invitation_id = i.id and r.workspace_id = i.workspace_id and r.status = 'complete'))`;
const startedSql = sql<boolean>`exists (select 1 from responses r where r.invitation_id = i.id and r.workspace_id = i.workspace_id)`;

/**
 * Creates a personal invitation to the survey for each customer that has none yet; returns how many
 * were created. Only the hash of each derived token is stored.
 */
export async function createInvitations(db: Db, props: { workspaceId: string; surveyId: string; customerIds: string[]; secret: string }): Promise<number> {
  let created = 0;
  for (let i = 0; i < props.customerIds.length; i += 500) {
    const rows = props.customerIds.slice(i, i + 500).map((customerId) => {
      const id = randomUUID();
      return { id, workspace_id: props.workspaceId, survey_id: props.surveyId, customer_id: customerId, token_hash: hashToken(invitationToken(props.secret, id)) };
    });
    const res = await db
      .insertInto('invitations')
      .values(rows)
      .onConflict((oc) => oc.columns(['survey_id', 'customer_id']).doNothing())
      .executeTakeFirst();
    created += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return created;
}

function statusOf(r: { unsubscribed: boolean; responded: boolean; started: boolean; opened_at: Date | null; reminded_at: Date | null; sent_at: Date | null; queued_at: Date | null }): InvitationStatus {
  if (r.responded) return 'responded';
  if (r.unsubscribed) return 'unsubscribed';
  if (r.started) return 'started';
  if (r.opened_at) return 'opened';
  if (r.reminded_at) return 'reminded';
  if (r.sent_at) return 'sent';
  if (r.queued_at) return 'queued';
  return 'pending';
}

/** The invitations of a survey with their customer and status, oldest first. */
export async function listInvitations(db: Db, workspaceId: string, surveyId: string) {
  const rows = await db
    .selectFrom('invitations as i')
    .innerJoin('customers as c', (j) => j.onRef('c.id', '=', 'i.customer_id').onRef('c.workspace_id', '=', 'i.workspace_id'))
    .select(['i.id', 'i.customer_id', 'c.email', 'c.name', 'i.language', 'i.created_at', 'i.queued_at', 'i.sent_at', 'i.reminded_at', 'i.reminder_count', 'i.opened_at', 'i.responded_at'])
    .select([sql<boolean>`(c.unsubscribed_at is not null or i.unsubscribed_at is not null)`.as('unsubscribed'), respondedSql.as('responded'), startedSql.as('started')])
    .where('i.workspace_id', '=', workspaceId)
    .where('i.survey_id', '=', surveyId)
    .orderBy('i.created_at')
    .orderBy('c.email')
    .execute();
  return rows.map((r) => ({ ...r, status: statusOf(r) }));
}

/** How many invitations of the survey are in each status. */
export async function invitationCounts(db: Db, workspaceId: string, surveyId: string) {
  const counts: Record<InvitationStatus | 'total', number> = { total: 0, pending: 0, queued: 0, sent: 0, reminded: 0, opened: 0, started: 0, responded: 0, unsubscribed: 0 };
  for (const r of await listInvitations(db, workspaceId, surveyId)) {
    counts.total++;
    counts[r.status]++;
  }
  return counts;
}

/** An invitation by its personal link token, with its survey and whether it was already answered. */
export async function findInvitationByToken(db: Db, token: string) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('surveys as s', (j) => j.onRef('s.id', '=', 'i.survey_id').onRef('s.workspace_id', '=', 'i.workspace_id'))
    .innerJoin('customers as c', (j) => j.onRef('c.id', '=', 'i.customer_id').onRef('c.workspace_id', '=', 'i.workspace_id'))
    .select(['i.id', 'i.workspace_id', 'i.survey_id', 'i.customer_id', 'i.language', 'i.opened_at', 's.slug', 's.status as survey_status', 'c.name as customer_name'])
    .select([respondedSql.as('responded')])
    .where('i.token_hash', '=', hashToken(token))
    .executeTakeFirst();
}

export async function markInvitationOpened(db: Db, invitationId: string) {
  await db.updateTable('invitations').set({ opened_at: sql`coalesce(opened_at, now())` }).where('id', '=', invitationId).execute();
}

/** Records that the invitation was answered (the survey core calls this when a response through it completes). */
export async function markInvitationResponded(db: Db, workspaceId: string, invitationId: string) {
  await db
    .updateTable('invitations')
    .set({ responded_at: sql`coalesce(responded_at, now())` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', invitationId)
    .execute();
}

/** Everything the delivery job needs about one invitation. */
export async function findInvitationForDelivery(db: Db, invitationId: string) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('customers as c', (j) => j.onRef('c.id', '=', 'i.customer_id').onRef('c.workspace_id', '=', 'i.workspace_id'))
    .innerJoin('surveys as s', (j) => j.onRef('s.id', '=', 'i.survey_id').onRef('s.workspace_id', '=', 'i.workspace_id'))
    .innerJoin('workspaces as w', 'w.id', 'i.workspace_id')
    .select(['i.id', 'i.workspace_id', 'i.customer_id', 'i.language', 'i.sent_at', 'i.reminded_at', 'i.reminder_queued_at', 'c.email', 'c.name', 'c.unsubscribed_at', 'i.unsubscribed_at as invitation_unsubscribed_at', 's.name as survey_name', 's.status as survey_status', 'w.name as workspace_name'])
    .select([respondedSql.as('responded')])
    .where('i.id', '=', invitationId)
    .executeTakeFirst();
}
