import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { BoardItemState } from '../../db/schema.ts';
import { errors } from '../../server/errors.ts';
import type { BoardRow } from './board.repository.ts';
import type { BoardVisitor } from './customer-sign-in.command.ts';
import { saveBoardImage } from './board-image.repository.ts';
import { inTransaction } from './board-transaction.ts';

/** Ideas one customer may post per hour; comments per hour. */
export const IDEAS_PER_HOUR = 10;
export const COMMENTS_PER_HOUR = 30;

/** What a customer writes starts here: pending until their e-mail is confirmed, then in review (moderated board) or published. */
export function initialState(board: { moderation: boolean }, confirmed: boolean): BoardItemState {
  if (!confirmed) return 'pending';
  return board.moderation ? 'in_review' : 'published';
}

export function requireCustomer(visitor: BoardVisitor) {
  if (!visitor.customer) throw errors.unauthenticated();
  return visitor.customer;
}

async function recentCount(db: Db, table: 'ideas' | 'idea_comments', customerId: string) {
  const r = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('customer_id', '=', customerId)
    .where('created_at', '>', new Date(Date.now() - 3_600_000))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Posts a new idea on a board for a signed-in customer (their first vote included). */
export async function postIdea(db: Db, props: { board: BoardRow; visitor: BoardVisitor; title: string; description: string; photo?: string; language?: string }) {
  const customer = requireCustomer(props.visitor);
  return inTransaction(db, async (trx) => {
    if ((await recentCount(trx, 'ideas', customer.id)) >= IDEAS_PER_HOUR) throw errors.rateLimited(3600);
    const photoId = props.photo ? await saveBoardImage(trx, { workspaceId: props.board.workspace_id, customerId: customer.id, data: props.photo, field: 'body.photo.data' }) : null;
    const state = initialState(props.board, customer.confirmed);
    const id = randomUUID();
    await trx
      .insertInto('ideas')
      .values({
        id,
        workspace_id: props.board.workspace_id,
        board_id: props.board.id,
        customer_id: customer.id,
        pending_session_id: customer.confirmed ? null : customer.sessionId,
        title: props.title,
        description: props.description,
        photo_id: photoId,
        language: props.language ?? null,
        status_reason: null,
        status_changed_at: null,
        state,
        merged_into_id: null,
        published_at: state === 'published' ? new Date() : null,
      })
      .execute();
    await trx
      .insertInto('votes')
      .values({ id: randomUUID(), workspace_id: props.board.workspace_id, idea_id: id, customer_id: customer.id, anonymous_key: null, pending: !customer.confirmed, pending_session_id: customer.confirmed ? null : customer.sessionId })
      .execute();
    return { id, state };
  });
}

/** Adds a customer's comment to a published idea. */
export async function postComment(db: Db, props: { board: BoardRow; visitor: BoardVisitor; ideaId: string; body: string }) {
  const customer = requireCustomer(props.visitor);
  return inTransaction(db, async (trx) => {
    await requireVisibleIdea(trx, props.board, props.ideaId);
    if ((await recentCount(trx, 'idea_comments', customer.id)) >= COMMENTS_PER_HOUR) throw errors.rateLimited(3600);
    const state = initialState(props.board, customer.confirmed);
    const id = randomUUID();
    await trx
      .insertInto('idea_comments')
      .values({ id, workspace_id: props.board.workspace_id, idea_id: props.ideaId, customer_id: customer.id, author_user_id: null, pending_session_id: customer.confirmed ? null : customer.sessionId, body: props.body, state })
      .execute();
    return { id, state };
  });
}

/** A published, visible idea of this board, or a 404 (merged ideas answer 409 naming where they went). */
export async function requireVisibleIdea(db: Db, board: { id: string; workspace_id: string }, ideaId: string) {
  const idea = await db
    .selectFrom('ideas')
    .select(['id', 'state', 'hidden', 'merged_into_id'])
    .where('workspace_id', '=', board.workspace_id)
    .where('board_id', '=', board.id)
    .where('id', '=', ideaId)
    .executeTakeFirst();
  if (!idea || idea.hidden || idea.state !== 'published') throw errors.notFound('Idea');
  if (idea.merged_into_id) throw errors.conflict('IDEA_MERGED', 'This idea was merged into another one.', [{ field: 'ideaId', reason: `merged into ${idea.merged_into_id}` }]);
  return idea;
}
