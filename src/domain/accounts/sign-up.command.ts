import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import { insertWorkspace } from '../workspaces/workspace.repository.ts';
import { hashPassword } from './password.ts';

export interface SignUpProps {
  email: string;
  password: string;
  name: string;
  workspaceName: string;
  locale: 'nl' | 'en';
}

/** Creates a user and their first workspace, with the user as owner. Fails with 409 on a taken e-mail. */
export async function signUp(db: Db, props: SignUpProps) {
  const email = props.email.trim().toLowerCase();
  const passwordHash = await hashPassword(props.password);
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) throw errors.conflict('EMAIL_TAKEN', 'An account with this e-mail address already exists.', [{ field: 'body.email', reason: 'already registered' }]);
    const user = { id: randomUUID(), email, name: props.name.trim(), password_hash: passwordHash, locale: props.locale };
    await trx.insertInto('users').values(user).execute();
    const workspace = await insertWorkspace(trx, { name: props.workspaceName.trim(), ownerId: user.id });
    return { user, workspace };
  });
}
