import type { Db } from '../../db/database.ts';

/** One act of a person on the ideas board: posting, voting or commenting on an idea. */
export interface BoardAct {
  ideaId: string;
  kind: 'idea' | 'vote' | 'comment';
  customerId: string | null;
  /** Person key when there is no customer: "anon:<browser key>" for anonymous votes, "idea:<id>" for an idea without author. */
  respondentId: string;
  at: Date;
  /** Comment text (for sentiment). */
  text: string | null;
}

/**
 * Everything customers did on the workspace's board: ideas posted, counted votes (not pending), and
 * their comments (not rejected; team replies left out). The distinct people in it are the base of an
 * idea's share.
 */
export async function listBoardActs(db: Db, workspaceId: string): Promise<BoardAct[]> {
  const ideas = await db
    .selectFrom('ideas')
    .select(['id', 'customer_id', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('state', 'in', ['published', 'in_review'])
    .execute();
  const votes = await db
    .selectFrom('votes')
    .select(['idea_id', 'customer_id', 'anonymous_key', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('pending', '=', false)
    .execute();
  const comments = await db
    .selectFrom('idea_comments')
    .select(['idea_id', 'customer_id', 'body', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('customer_id', 'is not', null)
    .where('state', 'in', ['published', 'in_review'])
    .execute();
  return [
    ...ideas.map((i) => ({ ideaId: i.id, kind: 'idea' as const, customerId: i.customer_id, respondentId: `idea:${i.id}`, at: new Date(i.created_at), text: null })),
    ...votes.map((v) => ({ ideaId: v.idea_id, kind: 'vote' as const, customerId: v.customer_id, respondentId: `anon:${v.anonymous_key ?? v.idea_id}`, at: new Date(v.created_at), text: null })),
    ...comments.map((c) => ({ ideaId: c.idea_id, kind: 'comment' as const, customerId: c.customer_id, respondentId: `comment:${c.idea_id}`, at: new Date(c.created_at), text: c.body })),
  ];
}

export function personOfAct(a: BoardAct) {
  return a.customerId ? `c:${a.customerId}` : `r:${a.respondentId}`;
}
