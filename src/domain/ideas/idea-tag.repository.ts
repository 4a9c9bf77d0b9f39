import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';

export function listTags(db: Db, workspaceId: string) {
  return db.selectFrom('idea_tags').select(['id', 'name', 'color']).where('workspace_id', '=', workspaceId).orderBy('name').execute();
}

async function nameTaken(db: Db, workspaceId: string, name: string, exceptId?: string) {
  let q = db.selectFrom('idea_tags').select('id').where('workspace_id', '=', workspaceId).where(({ fn }) => fn('lower', ['name']), '=', name.toLowerCase());
  if (exceptId) q = q.where('id', '!=', exceptId);
  return !!(await q.executeTakeFirst());
}

export async function createTag(db: Db, props: { workspaceId: string; name: string; color?: string }) {
  if (await nameTaken(db, props.workspaceId, props.name)) throw errors.conflict('TAG_EXISTS', `A tag "${props.name}" exists already.`, [{ field: 'body.name', reason: 'taken' }]);
  const tag = { id: randomUUID(), workspace_id: props.workspaceId, name: props.name, color: props.color ?? 'gray' };
  await db.insertInto('idea_tags').values(tag).execute();
  return { id: tag.id, name: tag.name, color: tag.color };
}

export async function updateTag(db: Db, props: { workspaceId: string; tagId: string; name?: string; color?: string }) {
  const tag = await db.selectFrom('idea_tags').select(['id', 'name', 'color']).where('workspace_id', '=', props.workspaceId).where('id', '=', props.tagId).executeTakeFirst();
  if (!tag) throw errors.notFound('Tag');
  if (props.name && (await nameTaken(db, props.workspaceId, props.name, props.tagId))) throw errors.conflict('TAG_EXISTS', `A tag "${props.name}" exists already.`, [{ field: 'body.name', reason: 'taken' }]);
  await db
    .updateTable('idea_tags')
    .set({ ...(props.name !== undefined && { name: props.name }), ...(props.color !== undefined && { color: props.color }) })
    .where('id', '=', props.tagId)
    .execute();
  return { id: tag.id, name: props.name ?? tag.name, color: props.color ?? tag.color };
}

export async function deleteTag(db: Db, workspaceId: string, tagId: string) {
  const r = await db.deleteFrom('idea_tags').where('workspace_id', '=', workspaceId).where('id', '=', tagId).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw errors.notFound('Tag');
}

/** Replaces an idea's tags; every tag must belong to the workspace. */
export async function setIdeaTags(db: Db, props: { workspaceId: string; ideaId: string; tagIds: string[] }) {
  const unique = [...new Set(props.tagIds)];
  if (unique.length) {
    const found = await db.selectFrom('idea_tags').select('id').where('workspace_id', '=', props.workspaceId).where('id', 'in', unique).execute();
    if (found.length !== unique.length) throw errors.validation([{ field: 'body.tagIds', reason: 'unknown tag in this workspace' }]);
  }
  await db.deleteFrom('idea_tag_links').where('workspace_id', '=', props.workspaceId).where('idea_id', '=', props.ideaId).execute();
  if (unique.length) await db.insertInto('idea_tag_links').values(unique.map((tag_id) => ({ workspace_id: props.workspaceId, idea_id: props.ideaId, tag_id }))).execute();
}
