import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { BoardRow } from './board.repository.ts';
import type { BoardVisitor } from './customer-sign-in.command.ts';
import { saveBoardImage } from './board-image.repository.ts';
import { inTransaction } from './board-transaction.ts';
import { boardImageUrl, publicName } from './idea.presenter.ts';
import { requireCustomer } from './post-idea.command.ts';

/** A customer's photo with the product: always reviewed by the team before it is shown. */
export async function postShowcasePhoto(db: Db, props: { board: BoardRow; visitor: BoardVisitor; photo: string; caption: string }) {
  const customer = requireCustomer(props.visitor);
  return inTransaction(db, async (trx) => {
    const imageId = await saveBoardImage(trx, { workspaceId: props.board.workspace_id, customerId: customer.id, data: props.photo, field: 'body.photo.data' });
    const id = randomUUID();
    const state: 'in_review' | 'pending' = customer.confirmed ? 'in_review' : 'pending';
    await trx
      .insertInto('showcase_photos')
      .values({ id, workspace_id: props.board.workspace_id, board_id: props.board.id, customer_id: customer.id, pending_session_id: customer.confirmed ? null : customer.sessionId, image_id: imageId, caption: props.caption, state })
      .execute();
    return { id, state };
  });
}

export async function listShowcase(db: Db, props: { workspaceId: string; states: ('pending' | 'in_review' | 'published' | 'rejected')[]; limit?: number }) {
  const rows = await db
    .selectFrom('showcase_photos')
    .leftJoin('customers', 'customers.id', 'showcase_photos.customer_id')
    .select(['showcase_photos.id', 'showcase_photos.caption', 'showcase_photos.image_id', 'showcase_photos.state', 'showcase_photos.created_at', 'customers.name'])
    .where('showcase_photos.workspace_id', '=', props.workspaceId)
    .where('showcase_photos.state', 'in', props.states)
    .orderBy('showcase_photos.created_at', 'desc')
    .limit(props.limit ?? 60)
    .execute();
  return rows.map((r) => ({ id: r.id, caption: r.caption, photoUrl: boardImageUrl(r.image_id), authorName: publicName(r.name), state: r.state, createdAt: new Date(r.created_at).toISOString() }));
}
