import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { AppError, errors } from '../../server/errors.ts';

export type BoardRow = Awaited<ReturnType<typeof findBoardBySlug>> & {};

/** The board of a workspace, created on first use (slug = workspace slug, suffixed if taken). */
export async function ensureBoard(db: Db, workspaceId: string) {
  const existing = await findBoardOfWorkspace(db, workspaceId);
  if (existing) return existing;
  const ws = await db.selectFrom('workspaces').select(['slug', 'name']).where('id', '=', workspaceId).executeTakeFirst();
  if (!ws) throw errors.notFound('Workspace');
  let slug = ws.slug;
  for (let i = 2; await db.selectFrom('boards').select('id').where('slug', '=', slug).executeTakeFirst(); i++) slug = `${ws.slug}-${i}`;
  await db
    .insertInto('boards')
    .values({ id: randomUUID(), workspace_id: workspaceId, slug, title: ws.name, languages: JSON.stringify(['nl', 'en']) })
    .onConflict((oc) => oc.column('workspace_id').doNothing())
    .execute();
  return (await findBoardOfWorkspace(db, workspaceId))!;
}

function boardQuery(db: Db) {
  return db
    .selectFrom('boards')
    .innerJoin('workspaces', 'workspaces.id', 'boards.workspace_id')
    .select([
      'boards.id',
      'boards.workspace_id',
      'boards.slug',
      'boards.title',
      'boards.intro',
      'boards.anonymous_voting',
      'boards.moderation',
      'boards.languages',
      'workspaces.name as workspace_name',
    ]);
}

export function findBoardOfWorkspace(db: Db, workspaceId: string) {
  return boardQuery(db).where('boards.workspace_id', '=', workspaceId).executeTakeFirst();
}

export function findBoardBySlug(db: Db, slug: string) {
  return boardQuery(db).where('boards.slug', '=', slug).executeTakeFirst();
}

/**
 * The board behind a public URL, or a 404 (also for slugs that could never exist). A workspace's board
 * is reachable at /b/<workspace slug> from the start: opened there before the team ever looked at the
 * Ideas area, it is created on this first visit.
 */
export async function requireBoard(db: Db, slug: string) {
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) throw errors.notFound('Board');
  const board = await findBoardBySlug(db, slug);
  if (board) return board;
  const workspace = await db
    .selectFrom('workspaces')
    .select('id')
    .where('slug', '=', slug)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('boards').select('boards.id').whereRef('boards.workspace_id', '=', 'workspaces.id'))))
    .executeTakeFirst();
  if (!workspace) throw errors.notFound('Board');
  const created = await ensureBoard(db, workspace.id);
  if (created.slug !== slug) throw errors.notFound('Board');
  return created;
}

export interface BoardSettingsPatch {
  slug?: string;
  title?: string;
  intro?: string;
  anonymousVoting?: boolean;
  moderation?: boolean;
  languages?: string[];
}

export async function updateBoardSettings(db: Db, workspaceId: string, patch: BoardSettingsPatch) {
  const board = await ensureBoard(db, workspaceId);
  if (patch.slug && patch.slug !== board.slug) {
    const taken = await db.selectFrom('boards').select('id').where('slug', '=', patch.slug).executeTakeFirst();
    if (taken) throw errors.conflict('SLUG_TAKEN', `The address /b/${patch.slug} is taken.`, [{ field: 'body.slug', reason: 'taken' }]);
  }
  try {
    await db
      .updateTable('boards')
      .set({
        ...(patch.slug !== undefined && { slug: patch.slug }),
        ...(patch.title !== undefined && { title: patch.title }),
        ...(patch.intro !== undefined && { intro: patch.intro }),
        ...(patch.anonymousVoting !== undefined && { anonymous_voting: patch.anonymousVoting }),
        ...(patch.moderation !== undefined && { moderation: patch.moderation }),
        ...(patch.languages !== undefined && { languages: JSON.stringify(patch.languages) }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .execute();
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as { code?: string }).code === '23505') throw errors.conflict('SLUG_TAKEN', 'That board address is taken.', [{ field: 'body.slug', reason: 'taken' }]);
    throw err;
  }
  return (await findBoardOfWorkspace(db, workspaceId))!;
}
