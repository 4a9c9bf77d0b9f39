import type { Db } from '../../db/database.ts';
import { inTransaction } from '../ideas/board-transaction.ts';
import { setIdeaStatus } from '../ideas/set-idea-status.command.ts';
import { appendDecisionEvent } from './append-decision-event.ts';

export interface DecideProps {
  workspaceId: string;
  cardId: string;
  userId: string | null;
  decision: 'accept' | 'decline' | 'park';
  reason: string;
  /** Shown on the ideas board for a declined idea; defaults to the reason. */
  publicReason?: string;
}

/**
 * Decides on a card: appends the decision with its reason to the audit trail and closes the loop
 * on the ideas board: an accepted idea becomes 'planned', a declined idea 'declined' with its public
 * reason (both mail the idea's voters through the ideas board). Parking leaves the idea as it is.
 */
export async function decideOnCard(db: Db, props: DecideProps): Promise<{ eventId: string; ideaNotified: number }> {
  return inTransaction(db, async (trx) => {
    const publicReason = props.decision === 'decline' ? (props.publicReason ?? props.reason) : (props.publicReason ?? null);
    const { card, eventId } = await appendDecisionEvent(trx, { workspaceId: props.workspaceId, cardId: props.cardId, userId: props.userId, kind: props.decision, reason: props.reason, publicReason });
    let ideaNotified = 0;
    if (card.source_type === 'idea' && props.decision !== 'park') {
      const result = await setIdeaStatus(trx, {
        workspaceId: props.workspaceId,
        ideaId: card.source_ref,
        status: props.decision === 'accept' ? 'planned' : 'declined',
        reason: props.decision === 'decline' ? publicReason : (props.publicReason ?? null),
      });
      ideaNotified = result.notified;
    }
    return { eventId, ideaNotified };
  });
}
