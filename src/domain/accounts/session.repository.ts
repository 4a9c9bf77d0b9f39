import type { Db } from '../../db/database.ts';
import { hashToken, newToken } from './tokens.ts';

export const SESSION_DAYS = 30;

/** Starts a session; returns the cookie token (only its hash is stored) and the CSRF token. */
export async function createSession(db: Db, userId: string, workspaceId: string | null) {
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: userId,
      current_workspace_id: workspaceId,
      csrf_token: csrfToken,
      expires_at: new Date(Date.now() + SESSION_DAYS * 86_400_000),
    })
    .execute();
  return { token, csrfToken };
}

/** The live session and its user for a cookie token, or undefined. */
export function findSession(db: Db, token: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token as csrfToken',
      'sessions.current_workspace_id as currentWorkspaceId',
      'users.id as userId',
      'users.email',
      'users.name',
      'users.locale',
    ])
    .where('sessions.id', '=', hashToken(token))
    .where('sessions.expires_at', '>', new Date())
    .executeTakeFirst();
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function setCurrentWorkspace(db: Db, sessionId: string, workspaceId: string) {
  await db.updateTable('sessions').set({ current_workspace_id: workspaceId }).where('id', '=', sessionId).execute();
}
