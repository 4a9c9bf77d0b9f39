import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import { inTransaction } from './board-transaction.ts';
import { findChangelogEntry } from './changelog.repository.ts';
import { backersOfIdeas, queueNotifications } from './idea-notification.ts';

/**
 * Publishes a changelog entry ("You asked, we made it") and queues an e-mail to every customer who
 * voted on or commented on one of its linked ideas (not to those who unsubscribed). Publishing again
 * changes nothing and mails nobody twice. Callable from other features (e.g. decisions); opens its
 * own transaction unless given one.
 */
export async function publishChangelogEntry(db: Db, props: { workspaceId: string; entryId: string }) {
  return inTransaction(db, async (trx) => {
    const entry = await findChangelogEntry(trx, props.workspaceId, props.entryId);
    if (!entry) throw errors.notFound('Changelog entry');
    if (!entry.published_at) {
      await trx.updateTable('changelog_entries').set({ published_at: new Date(), updated_at: new Date() }).where('workspace_id', '=', props.workspaceId).where('id', '=', props.entryId).execute();
    }
    const customerIds = await backersOfIdeas(
      trx,
      props.workspaceId,
      entry.ideas.map((i) => i.id),
    );
    const notified = await queueNotifications(trx, { workspaceId: props.workspaceId, kind: 'changelog', subjectKey: props.entryId, customerIds, entryId: props.entryId });
    return { entry: (await findChangelogEntry(trx, props.workspaceId, props.entryId))!, notified };
  });
}
