import type { Db } from '../../db/database.ts';
import type { Role } from '../../db/schema.ts';
import { errors } from '../../server/errors.ts';

export function listMembers(db: Db, workspaceId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name', 'users.email', 'memberships.role', 'memberships.created_at'])
    .where('memberships.workspace_id', '=', workspaceId)
    .orderBy('memberships.created_at')
    .execute();
}

async function ownerCount(db: Db, workspaceId: string) {
  const r = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

// The member's current role, locked for the rest of the transaction (so two owners cannot both step down).
async function lockedRole(db: Db, workspaceId: string, userId: string): Promise<Role> {
  const current = await db
    .selectFrom('memberships')
    .select('role')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
  if (!current) throw errors.notFound('Member');
  return current.role;
}

/** Changes a member's role; a workspace always keeps at least one owner. */
export async function changeMemberRole(db: Db, props: { workspaceId: string; userId: string; role: Role }) {
  return db.transaction().execute(async (trx) => {
    const role = await lockedRole(trx, props.workspaceId, props.userId);
    if (role === 'owner' && props.role !== 'owner' && (await ownerCount(trx, props.workspaceId)) <= 1) {
      throw errors.conflict('LAST_OWNER', 'A workspace needs at least one owner.', [{ field: 'body.role', reason: 'would leave no owner' }]);
    }
    await trx.updateTable('memberships').set({ role: props.role }).where('workspace_id', '=', props.workspaceId).where('user_id', '=', props.userId).execute();
  });
}

/** Removes a member; the last owner cannot be removed. */
export async function removeMember(db: Db, props: { workspaceId: string; userId: string }) {
  return db.transaction().execute(async (trx) => {
    const role = await lockedRole(trx, props.workspaceId, props.userId);
    if (role === 'owner' && (await ownerCount(trx, props.workspaceId)) <= 1) {
      throw errors.conflict('LAST_OWNER', 'A workspace needs at least one owner.');
    }
    await trx.deleteFrom('memberships').where('workspace_id', '=', props.workspaceId).where('user_id', '=', props.userId).execute();
  });
}
