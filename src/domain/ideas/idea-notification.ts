import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';

export const NOTIFY_JOB = 'ideas.notify';

/**
 * Everyone who backed the given ideas: customers with a counted vote or a published comment, who
 * have an e-mail address and have not unsubscribed.
 */
export async function backersOfIdeas(db: Db, workspaceId: string, ideaIds: string[]): Promise<string[]> {
  if (ideaIds.length === 0) return [];
  const rows = await db
    .selectFrom('customers')
    .select('customers.id')
    .where('customers.workspace_id', '=', workspaceId)
    .where('customers.email', 'is not', null)
    .where('customers.unsubscribed_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('votes').select('votes.id').whereRef('votes.customer_id', '=', 'customers.id').where('votes.idea_id', 'in', ideaIds).where('votes.pending', '=', false)),
        eb.exists(
          eb.selectFrom('idea_comments').select('idea_comments.id').whereRef('idea_comments.customer_id', '=', 'customers.id').where('idea_comments.idea_id', 'in', ideaIds).where('idea_comments.state', '=', 'published'),
        ),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Records one notification per customer and queues its e-mail job (inside the caller's transaction).
 * The unique (customer, kind, subject) index means a repeated call never mails anyone twice; the job
 * re-checks the unsubscribe flag when it sends. Returns how many new notifications were queued.
 */
export async function queueNotifications(
  db: Db,
  props: { workspaceId: string; kind: 'changelog' | 'status' | 'merged'; subjectKey: string; customerIds: string[]; ideaId?: string; entryId?: string },
): Promise<number> {
  let queued = 0;
  for (const customerId of props.customerIds) {
    const inserted = await db
      .insertInto('idea_notifications')
      .values({ id: randomUUID(), workspace_id: props.workspaceId, customer_id: customerId, kind: props.kind, subject_key: props.subjectKey, idea_id: props.ideaId ?? null, entry_id: props.entryId ?? null, sent_at: null })
      .onConflict((oc) => oc.columns(['customer_id', 'kind', 'subject_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) continue;
    await enqueueJob(db, { kind: NOTIFY_JOB, workspaceId: props.workspaceId, payload: { notificationId: inserted.id } });
    queued++;
  }
  return queued;
}
