import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import { inTransaction } from './board-transaction.ts';
import { queueNotifications } from './idea-notification.ts';

/**
 * Merges a duplicate into the idea that is kept: votes and comments move over, tags and changelog
 * links are joined, and nobody counts twice (a customer or browser that voted on both keeps one vote:
 * the unique indexes drop the second with ON CONFLICT DO NOTHING). The duplicate stays, marked merged,
 * so its old links can point on. Its voters are told by e-mail through the job queue.
 */
export async function mergeIdeas(db: Db, props: { workspaceId: string; keptId: string; duplicateId: string }) {
  if (props.keptId === props.duplicateId) throw errors.validation([{ field: 'body.duplicateId', reason: 'an idea cannot be merged into itself' }]);
  return inTransaction(db, async (trx) => {
    const ideas = await trx
      .selectFrom('ideas')
      .select(['id', 'board_id', 'merged_into_id'])
      .where('workspace_id', '=', props.workspaceId)
      .where('id', 'in', [props.keptId, props.duplicateId])
      .orderBy('id')
      .forUpdate()
      .execute();
    const kept = ideas.find((i) => i.id === props.keptId);
    const duplicate = ideas.find((i) => i.id === props.duplicateId);
    if (!kept) throw errors.notFound('Idea');
    if (!duplicate) throw errors.notFound('Duplicate idea');
    if (kept.merged_into_id) throw errors.conflict('IDEA_MERGED', 'The idea to keep was itself merged into another one.');
    if (duplicate.merged_into_id) throw errors.conflict('IDEA_MERGED', 'That duplicate was already merged.');

    const voters = await trx.selectFrom('votes').select('customer_id').where('idea_id', '=', props.duplicateId).where('pending', '=', false).where('customer_id', 'is not', null).execute();
    const before = await trx.selectFrom('votes').select((eb) => eb.fn.countAll<number>().as('n')).where('idea_id', '=', props.duplicateId).executeTakeFirstOrThrow();
    const moved = await sql`insert into votes (id, workspace_id, idea_id, customer_id, anonymous_key, pending_session_id, pending, created_at)
      select gen_random_uuid(), workspace_id, ${props.keptId}, customer_id, anonymous_key, pending_session_id, pending, created_at
      from votes where idea_id = ${props.duplicateId} and workspace_id = ${props.workspaceId}
      on conflict do nothing`.execute(trx);
    await trx.deleteFrom('votes').where('idea_id', '=', props.duplicateId).execute();
    const comments = await trx.updateTable('idea_comments').set({ idea_id: props.keptId }).where('workspace_id', '=', props.workspaceId).where('idea_id', '=', props.duplicateId).executeTakeFirst();
    await sql`insert into idea_tag_links (workspace_id, idea_id, tag_id)
      select workspace_id, ${props.keptId}, tag_id from idea_tag_links where idea_id = ${props.duplicateId} on conflict do nothing`.execute(trx);
    await sql`insert into changelog_entry_ideas (workspace_id, entry_id, idea_id)
      select workspace_id, entry_id, ${props.keptId} from changelog_entry_ideas where idea_id = ${props.duplicateId} on conflict do nothing`.execute(trx);
    await trx.updateTable('ideas').set({ merged_into_id: props.keptId, pinned: false, updated_at: new Date() }).where('id', '=', props.duplicateId).execute();
    // Anyone who merged into the duplicate earlier now points at the kept idea.
    await trx.updateTable('ideas').set({ merged_into_id: props.keptId }).where('workspace_id', '=', props.workspaceId).where('merged_into_id', '=', props.duplicateId).execute();

    const customerIds = voters.map((v) => v.customer_id!).filter(Boolean);
    const subscribed = customerIds.length
      ? (await trx.selectFrom('customers').select('id').where('id', 'in', customerIds).where('unsubscribed_at', 'is', null).where('email', 'is not', null).execute()).map((c) => c.id)
      : [];
    const notified = await queueNotifications(trx, { workspaceId: props.workspaceId, kind: 'merged', subjectKey: props.duplicateId, customerIds: subscribed, ideaId: props.duplicateId });
    const movedVotes = Number(moved.numAffectedRows ?? 0);
    return { keptId: props.keptId, movedVotes, droppedDoubleVotes: Number(before.n) - movedVotes, movedComments: Number(comments.numUpdatedRows), notified };
  });
}
