import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { Role } from '../../db/schema.ts';
import { errors } from '../../server/errors.ts';
import { hashToken, newToken } from './tokens.ts';

export const INVITE_DAYS = 14;

/** Creates an invitation link for a role; returns the token once (only its hash is stored). */
export async function createInvite(db: Db, props: { workspaceId: string; role: Role; email?: string; createdBy: string }) {
  const token = newToken();
  const invite = {
    id: randomUUID(),
    workspace_id: props.workspaceId,
    token_hash: hashToken(token),
    role: props.role,
    email: props.email?.trim().toLowerCase() ?? null,
    created_by: props.createdBy,
    expires_at: new Date(Date.now() + INVITE_DAYS * 86_400_000),
  };
  await db.insertInto('invites').values(invite).execute();
  return { ...invite, token };
}

export function listOpenInvites(db: Db, workspaceId: string) {
  return db
    .selectFrom('invites')
    .select(['id', 'role', 'email', 'created_at', 'expires_at'])
    .where('workspace_id', '=', workspaceId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', new Date())
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeInvite(db: Db, workspaceId: string, inviteId: string) {
  const r = await db
    .updateTable('invites')
    .set({ revoked_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', inviteId)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw errors.notFound('Invitation');
}

/** The usable invitation for a token with its workspace name, or a 404/410 error. */
export async function findUsableInvite(db: Db, token: string) {
  const invite = await db
    .selectFrom('invites')
    .innerJoin('workspaces', 'workspaces.id', 'invites.workspace_id')
    .select(['invites.id', 'invites.workspace_id', 'invites.role', 'invites.email', 'invites.expires_at', 'invites.accepted_at', 'invites.revoked_at', 'workspaces.name as workspaceName'])
    .where('invites.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!invite || invite.revoked_at) throw errors.notFound('Invitation');
  if (invite.accepted_at) throw errors.gone('INVITE_USED', 'This invitation has already been used.');
  if (new Date(invite.expires_at) <= new Date()) throw errors.gone('INVITE_EXPIRED', 'This invitation has expired.');
  return invite;
}

/**
 * Accepts an invitation for a logged-in user: adds the membership (or raises an existing lower role)
 * and marks the link used, in one transaction so a link is used once.
 */
export async function acceptInvite(db: Db, props: { token: string; userId: string }) {
  return db.transaction().execute(async (trx) => {
    const invite = await findUsableInvite(trx, props.token);
    const marked = await trx
      .updateTable('invites')
      .set({ accepted_at: new Date(), accepted_by: props.userId })
      .where('id', '=', invite.id)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) === 0) throw errors.gone('INVITE_USED', 'This invitation has already been used.');
    await trx
      .insertInto('memberships')
      .values({ workspace_id: invite.workspace_id, user_id: props.userId, role: invite.role })
      .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doNothing())
      .execute();
    return { workspaceId: invite.workspace_id, role: invite.role };
  });
}
