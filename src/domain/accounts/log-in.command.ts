import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import { createSession } from './session.repository.ts';
import { listWorkspacesForUser } from '../workspaces/workspace.repository.ts';

/** Checks the credentials and starts a session in the user's first workspace. */
export async function logIn(db: Db, props: { email: string; password: string }) {
  const email = props.email.trim().toLowerCase();
  const user = await db.selectFrom('users').select(['id', 'password_hash']).where('email', '=', email).executeTakeFirst();
  const ok = await verifyPassword(props.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok) throw errors.invalidCredentials();
  const [first] = await listWorkspacesForUser(db, user.id);
  return { userId: user.id, ...(await createSession(db, user.id, first?.id ?? null)) };
}
