import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';

type Decision = 'approve' | 'reject';

const TABLES = { idea: 'ideas', comment: 'idea_comments', showcase: 'showcase_photos' } as const;

/**
 * The team's decision on an item in the moderation queue: approve publishes it, reject keeps it out
 * of sight. Only items waiting for review can be decided (409 otherwise).
 */
export async function moderateItem(db: Db, props: { workspaceId: string; kind: keyof typeof TABLES; id: string; decision: Decision }) {
  const table = TABLES[props.kind];
  const row = await db.selectFrom(table).select(['id', 'state']).where('workspace_id', '=', props.workspaceId).where('id', '=', props.id).executeTakeFirst();
  if (!row) throw errors.notFound(props.kind === 'idea' ? 'Idea' : props.kind === 'comment' ? 'Comment' : 'Showcase photo');
  if (row.state !== 'in_review') throw errors.conflict('NOT_IN_REVIEW', `This ${props.kind} is not waiting for review (it is ${row.state}).`);
  const state: 'published' | 'rejected' = props.decision === 'approve' ? 'published' : 'rejected';
  if (table === 'ideas') {
    await db.updateTable('ideas').set({ state, published_at: state === 'published' ? new Date() : null, updated_at: new Date() }).where('id', '=', props.id).execute();
  } else {
    await db.updateTable(table).set({ state }).where('id', '=', props.id).execute();
  }
  return { id: props.id, state };
}
