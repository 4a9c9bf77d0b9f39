import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { Role } from '../../db/schema.ts';

/** Workspaces the user belongs to, with the user's role in each, oldest first. */
export function listWorkspacesForUser(db: Db, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select(['workspaces.id', 'workspaces.name', 'workspaces.slug', 'memberships.role', 'workspaces.created_at'])
    .where('memberships.user_id', '=', userId)
    .orderBy('workspaces.created_at')
    .execute();
}

export async function findMembership(db: Db, workspaceId: string, userId: string): Promise<Role | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role;
}

export function findWorkspace(db: Db, workspaceId: string) {
  return db.selectFrom('workspaces').selectAll().where('id', '=', workspaceId).executeTakeFirst();
}

export function findWorkspaceBySlug(db: Db, slug: string) {
  return db.selectFrom('workspaces').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** A URL slug from a name ("Bakkerij De Vries" -> "bakkerij-de-vries"), made unique with a suffix. */
export async function uniqueWorkspaceSlug(db: Db, name: string): Promise<string> {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'workspace';
  for (let i = 0; ; i++) {
    const slug = i === 0 ? base : `${base}-${i + 1}`;
    if (!(await findWorkspaceBySlug(db, slug))) return slug;
  }
}

/** Creates a workspace with its first owner (inside the caller's transaction). */
export async function insertWorkspace(db: Db, props: { name: string; ownerId: string }) {
  const workspace = { id: randomUUID(), name: props.name, slug: await uniqueWorkspaceSlug(db, props.name) };
  await db.insertInto('workspaces').values(workspace).execute();
  await db.insertInto('memberships').values({ workspace_id: workspace.id, user_id: props.ownerId, role: 'owner' }).execute();
  return workspace;
}

export const ROLE_RANK: Record<Role, number> = { viewer: 1, editor: 2, owner: 3 };

export function roleAtLeast(role: Role, min: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[min];
}
