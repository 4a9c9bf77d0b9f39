import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { DecisionEventKind } from '../../db/schema.ts';
import { errors } from '../../server/errors.ts';

/**
 * Appends one event to a card's audit trail (inside the caller's transaction): it supersedes the
 * card's newest event. The card row is locked so two decisions at once are ordered. Events are never
 * updated or deleted (a database trigger refuses both).
 */
export async function appendDecisionEvent(
  trx: Db,
  props: { workspaceId: string; cardId: string; userId: string | null; kind: DecisionEventKind; reason: string; publicReason?: string | null; at?: Date },
) {
  const card = await trx.selectFrom('decision_cards').selectAll().where('workspace_id', '=', props.workspaceId).where('id', '=', props.cardId).forUpdate().executeTakeFirst();
  if (!card) throw errors.notFound('Decision card');
  const previous = await trx
    .selectFrom('decision_events')
    .select(['id', 'created_at'])
    .where('workspace_id', '=', props.workspaceId)
    .where('card_id', '=', props.cardId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const author = props.userId ? await trx.selectFrom('users').select('name').where('id', '=', props.userId).executeTakeFirst() : undefined;
  const id = randomUUID();
  // Strictly after the superseded event, even within one clock tick.
  const now = props.at ?? new Date();
  const createdAt = previous && new Date(previous.created_at).getTime() >= now.getTime() ? new Date(new Date(previous.created_at).getTime() + 1) : now;
  await trx
    .insertInto('decision_events')
    .values({
      id,
      workspace_id: props.workspaceId,
      card_id: props.cardId,
      kind: props.kind,
      reason: props.reason,
      public_reason: props.publicReason ?? null,
      supersedes_id: previous?.id ?? null,
      author_user_id: props.userId,
      author_name: author?.name ?? 'Klankbord',
      created_at: createdAt,
    })
    .execute();
  return { card, eventId: id };
}
