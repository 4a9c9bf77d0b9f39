import type { Db } from '../../db/database.ts';
import type { IdeaStatus } from '../../db/schema.ts';
import { errors } from '../../server/errors.ts';
import { inTransaction } from './board-transaction.ts';
import { backersOfIdeas, queueNotifications } from './idea-notification.ts';

export interface SetIdeaStatusProps {
  workspaceId: string;
  ideaId: string;
  status: IdeaStatus;
  /** Shown publicly; required for 'declined'. */
  reason?: string | null;
  /** Mail voters and commenters (default true; never for a move back to 'new'). */
  notify?: boolean;
}

/**
 * Moves an idea through the workflow (new → under consideration → planned → in progress → made, or
 * declined with a public reason) and queues an e-mail to its backers. Callable from other features
 * (e.g. decisions); opens its own transaction unless given one. Returns the number of e-mails queued.
 */
export async function setIdeaStatus(db: Db, props: SetIdeaStatusProps): Promise<{ ideaId: string; status: IdeaStatus; notified: number }> {
  if (props.status === 'declined' && !props.reason?.trim()) throw errors.validation([{ field: 'body.reason', reason: 'a declined idea needs a public reason' }]);
  return inTransaction(db, async (trx) => {
    const idea = await trx.selectFrom('ideas').select(['id', 'status']).where('workspace_id', '=', props.workspaceId).where('id', '=', props.ideaId).forUpdate().executeTakeFirst();
    if (!idea) throw errors.notFound('Idea');
    await trx
      .updateTable('ideas')
      .set({ status: props.status, status_reason: props.reason?.trim() || null, status_changed_at: new Date(), updated_at: new Date() })
      .where('workspace_id', '=', props.workspaceId)
      .where('id', '=', props.ideaId)
      .execute();
    let notified = 0;
    if ((props.notify ?? true) && props.status !== 'new' && idea.status !== props.status) {
      const customerIds = await backersOfIdeas(trx, props.workspaceId, [props.ideaId]);
      notified = await queueNotifications(trx, { workspaceId: props.workspaceId, kind: 'status', subjectKey: `${props.ideaId}:${props.status}`, customerIds, ideaId: props.ideaId });
    }
    return { ideaId: props.ideaId, status: props.status, notified };
  });
}
