import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import type { BoardRow } from './board.repository.ts';
import type { BoardVisitor } from './customer-sign-in.command.ts';
import { countVotes } from './idea.repository.ts';
import { requireVisibleIdea } from './post-idea.command.ts';

/** Who votes: a signed-in customer, or (board allows anonymous voting) this browser's key. */
function voter(board: BoardRow, visitor: BoardVisitor) {
  if (visitor.customer) return { customerId: visitor.customer.id, anonymousKey: null, confirmed: visitor.customer.confirmed, sessionId: visitor.customer.sessionId };
  if (board.anonymous_voting && visitor.anonymousKey) return { customerId: null, anonymousKey: visitor.anonymousKey, confirmed: true, sessionId: null };
  throw errors.unauthenticated();
}

/**
 * Casts a vote, idempotently: the unique indexes on (idea, customer) and (idea, browser key) make a
 * double click or a retry store one vote (ON CONFLICT DO NOTHING). A pending vote becomes a counted
 * one when the same customer votes again from a confirmed session. Returns the stored count.
 */
export async function castVote(db: Db, props: { board: BoardRow; visitor: BoardVisitor; ideaId: string }) {
  const v = voter(props.board, props.visitor);
  await requireVisibleIdea(db, props.board, props.ideaId);
  const values = {
    id: randomUUID(),
    workspace_id: props.board.workspace_id,
    idea_id: props.ideaId,
    customer_id: v.customerId,
    anonymous_key: v.anonymousKey,
    pending: !v.confirmed,
    pending_session_id: v.confirmed ? null : v.sessionId,
  };
  if (v.customerId) {
    await db
      .insertInto('votes')
      .values(values)
      .onConflict((oc) => oc.columns(['idea_id', 'customer_id']).where('customer_id', 'is not', null).doNothing())
      .execute();
    if (v.confirmed) await db.updateTable('votes').set({ pending: false, pending_session_id: null }).where('idea_id', '=', props.ideaId).where('customer_id', '=', v.customerId).where('pending', '=', true).execute();
  } else {
    await db
      .insertInto('votes')
      .values(values)
      .onConflict((oc) => oc.columns(['idea_id', 'anonymous_key']).where('anonymous_key', 'is not', null).doNothing())
      .execute();
  }
  return { ideaId: props.ideaId, voted: true, pending: !v.confirmed, votes: await countVotes(db, props.ideaId) };
}

/** Withdraws the visitor's vote (nothing to withdraw is fine: the request is idempotent). */
export async function withdrawVote(db: Db, props: { board: BoardRow; visitor: BoardVisitor; ideaId: string }) {
  const v = voter(props.board, props.visitor);
  await requireVisibleIdea(db, props.board, props.ideaId);
  let q = db.deleteFrom('votes').where('workspace_id', '=', props.board.workspace_id).where('idea_id', '=', props.ideaId);
  q = v.customerId ? q.where('customer_id', '=', v.customerId) : q.where('anonymous_key', '=', v.anonymousKey);
  await q.execute();
  return { ideaId: props.ideaId, voted: false, pending: false, votes: await countVotes(db, props.ideaId) };
}
