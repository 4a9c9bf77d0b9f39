import type { Db } from '../../db/database.ts';
import { inTransaction } from '../ideas/board-transaction.ts';
import { setIdeaStatus } from '../ideas/set-idea-status.command.ts';
import { createChangelogEntry } from '../ideas/changelog.repository.ts';
import { publishChangelogEntry } from '../ideas/publish-changelog-entry.command.ts';
import { appendDecisionEvent } from './append-decision-event.ts';

/**
 * "Mark as made": appends a 'made' event; for an idea, sets it to 'made' (without the status e-mail)
 * and publishes a changelog entry linked to it, which e-mails the idea's voters once.
 */
export async function markDecisionMade(
  db: Db,
  props: { workspaceId: string; cardId: string; userId: string | null; reason: string; changelogTitle?: string; changelogBody?: string },
): Promise<{ eventId: string; changelogEntryId: string | null; notified: number }> {
  return inTransaction(db, async (trx) => {
    const { card, eventId } = await appendDecisionEvent(trx, { workspaceId: props.workspaceId, cardId: props.cardId, userId: props.userId, kind: 'made', reason: props.reason });
    if (card.source_type !== 'idea') return { eventId, changelogEntryId: null, notified: 0 };
    await setIdeaStatus(trx, { workspaceId: props.workspaceId, ideaId: card.source_ref, status: 'made', notify: false });
    const entry = await createChangelogEntry(trx, {
      workspaceId: props.workspaceId,
      userId: props.userId,
      title: props.changelogTitle ?? card.title,
      body: props.changelogBody ?? props.reason,
      ideaIds: [card.source_ref],
    });
    const published = await publishChangelogEntry(trx, { workspaceId: props.workspaceId, entryId: entry.id });
    return { eventId, changelogEntryId: entry.id, notified: published.notified };
  });
}
