import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import { inTransaction } from './board-transaction.ts';
import { ensureBoard } from './board.repository.ts';

async function checkIdeas(db: Db, workspaceId: string, ideaIds: string[]) {
  if (ideaIds.length === 0) return;
  const found = await db.selectFrom('ideas').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', ideaIds).execute();
  const missing = ideaIds.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) throw errors.validation(missing.map((id) => ({ field: 'body.ideaIds', reason: `no idea ${id} in this workspace` })));
}

async function linkIdeas(db: Db, workspaceId: string, entryId: string, ideaIds: string[]) {
  await db.deleteFrom('changelog_entry_ideas').where('workspace_id', '=', workspaceId).where('entry_id', '=', entryId).execute();
  const unique = [...new Set(ideaIds)];
  if (unique.length) await db.insertInto('changelog_entry_ideas').values(unique.map((idea_id) => ({ workspace_id: workspaceId, entry_id: entryId, idea_id }))).execute();
}

export async function createChangelogEntry(db: Db, props: { workspaceId: string; userId: string | null; title: string; body: string; ideaIds: string[] }) {
  return inTransaction(db, async (trx) => {
    const board = await ensureBoard(trx, props.workspaceId);
    await checkIdeas(trx, props.workspaceId, props.ideaIds);
    const id = randomUUID();
    await trx.insertInto('changelog_entries').values({ id, workspace_id: props.workspaceId, board_id: board.id, title: props.title, body: props.body, published_at: null, created_by: props.userId }).execute();
    await linkIdeas(trx, props.workspaceId, id, props.ideaIds);
    return (await findChangelogEntry(trx, props.workspaceId, id))!;
  });
}

export async function updateChangelogEntry(db: Db, props: { workspaceId: string; entryId: string; title?: string; body?: string; ideaIds?: string[] }) {
  return inTransaction(db, async (trx) => {
    if (!(await findChangelogEntry(trx, props.workspaceId, props.entryId))) throw errors.notFound('Changelog entry');
    if (props.ideaIds) {
      await checkIdeas(trx, props.workspaceId, props.ideaIds);
      await linkIdeas(trx, props.workspaceId, props.entryId, props.ideaIds);
    }
    await trx
      .updateTable('changelog_entries')
      .set({ ...(props.title !== undefined && { title: props.title }), ...(props.body !== undefined && { body: props.body }), updated_at: new Date() })
      .where('workspace_id', '=', props.workspaceId)
      .where('id', '=', props.entryId)
      .execute();
    return (await findChangelogEntry(trx, props.workspaceId, props.entryId))!;
  });
}

export async function deleteChangelogEntry(db: Db, workspaceId: string, entryId: string) {
  const r = await db.deleteFrom('changelog_entries').where('workspace_id', '=', workspaceId).where('id', '=', entryId).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw errors.notFound('Changelog entry');
}

export async function findChangelogEntry(db: Db, workspaceId: string, entryId: string) {
  return (await listChangelogEntries(db, { workspaceId, entryId }))[0];
}

/** Entries newest first with their linked ideas; `publishedOnly` for the public page. */
export async function listChangelogEntries(db: Db, props: { workspaceId: string; entryId?: string; publishedOnly?: boolean }) {
  let q = db.selectFrom('changelog_entries').selectAll().where('workspace_id', '=', props.workspaceId);
  if (props.entryId) q = q.where('id', '=', props.entryId);
  if (props.publishedOnly) q = q.where('published_at', 'is not', null);
  const entries = await q.orderBy('published_at', (ob) => ob.desc().nullsFirst()).orderBy('created_at', 'desc').execute();
  if (entries.length === 0) return [];
  const links = await db
    .selectFrom('changelog_entry_ideas')
    .innerJoin('ideas', 'ideas.id', 'changelog_entry_ideas.idea_id')
    .select(['changelog_entry_ideas.entry_id', 'ideas.id', 'ideas.title', 'ideas.state', 'ideas.hidden'])
    .where('changelog_entry_ideas.workspace_id', '=', props.workspaceId)
    .where(
      'changelog_entry_ideas.entry_id',
      'in',
      entries.map((e) => e.id),
    )
    .orderBy('ideas.title')
    .execute();
  return entries.map((e) => ({ ...e, ideas: links.filter((l) => l.entry_id === e.id) }));
}

export function presentChangelogEntry(e: Awaited<ReturnType<typeof listChangelogEntries>>[number]) {
  return {
    id: e.id,
    title: e.title,
    body: e.body,
    publishedAt: e.published_at ? new Date(e.published_at).toISOString() : null,
    ideaIds: e.ideas.map((i) => i.id),
    createdAt: new Date(e.created_at).toISOString(),
  };
}
