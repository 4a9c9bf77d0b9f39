import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { hashToken, newToken } from '../accounts/tokens.ts';
import { inTransaction } from './board-transaction.ts';
import type { BoardRow } from './board.repository.ts';

export const CUSTOMER_SESSION_DAYS = 90;
export const MAGIC_LINK_MINUTES = 60;
/** Sign-in e-mails one address may receive per hour (the route also limits per IP). */
export const SIGN_IN_MAILS_PER_HOUR = 5;

/**
 * The person behind a public board request: a customer with a session in this browser (confirmed or
 * not yet), and/or an anonymous browser key when the board allows anonymous voting.
 */
export interface BoardVisitor {
  customer: { id: string; sessionId: string; csrfToken: string; confirmed: boolean; email: string | null; name: string | null } | null;
  anonymousKey: string | null;
}

/** The customer record for an e-mail address in a workspace, created when new (source 'board'). */
export async function findOrCreateCustomer(db: Db, props: { workspaceId: string; email: string; name?: string; locale?: string }) {
  const email = props.email.trim().toLowerCase();
  const find = () =>
    db.selectFrom('customers').select(['id', 'email', 'name', 'locale']).where('workspace_id', '=', props.workspaceId).where(({ fn }) => fn('lower', ['email']), '=', email).executeTakeFirst();
  const existing = await find();
  if (existing) return existing;
  // A concurrent first sign-in with the same address wins quietly (unique index on lower(email)).
  await sql`insert into customers (id, workspace_id, email, name, locale, attributes, source)
    values (${randomUUID()}, ${props.workspaceId}, ${email}, ${props.name ?? null}, ${props.locale ?? null}, '{}'::jsonb, 'board')
    on conflict (workspace_id, lower(email)) where email is not null do nothing`.execute(db);
  return (await find())!;
}

/**
 * Starts a sign-in: finds or creates the customer, opens an unconfirmed session for this browser (what
 * it posts stays pending) and mails a magic link through the job queue. Throws 429 when the address
 * has had SIGN_IN_MAILS_PER_HOUR links in the last hour.
 */
export async function requestSignIn(
  db: Db,
  props: { board: BoardRow; email: string; name?: string; locale?: string; publicUrl: string; currentSessionId?: string | null },
): Promise<{ sessionToken: string | null; customerId: string }> {
  return inTransaction(db, async (trx) => {
    const customer = await findOrCreateCustomer(trx, { workspaceId: props.board.workspace_id, email: props.email, name: props.name, locale: props.locale });
    if (props.name && !customer.name) await trx.updateTable('customers').set({ name: props.name, updated_at: new Date() }).where('id', '=', customer.id).execute();
    const recent = await trx
      .selectFrom('customer_login_tokens')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('customer_id', '=', customer.id)
      .where('created_at', '>', new Date(Date.now() - 3_600_000))
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= SIGN_IN_MAILS_PER_HOUR) throw errors.rateLimited(3600);

    // Keep this browser's session when it already belongs to this customer; otherwise start one.
    let sessionId: string | null = null;
    let sessionToken: string | null = null;
    if (props.currentSessionId) {
      const current = await trx.selectFrom('customer_sessions').select(['id', 'customer_id']).where('id', '=', props.currentSessionId).executeTakeFirst();
      if (current?.customer_id === customer.id) sessionId = current.id;
    }
    if (!sessionId) {
      sessionToken = newToken();
      sessionId = hashToken(sessionToken);
      await trx
        .insertInto('customer_sessions')
        .values({
          id: sessionId,
          workspace_id: props.board.workspace_id,
          customer_id: customer.id,
          csrf_token: newToken(),
          confirmed_at: null,
          expires_at: new Date(Date.now() + CUSTOMER_SESSION_DAYS * 86_400_000),
        })
        .execute();
    }
    const linkToken = newToken();
    await trx
      .insertInto('customer_login_tokens')
      .values({
        id: hashToken(linkToken),
        workspace_id: props.board.workspace_id,
        customer_id: customer.id,
        session_id: sessionId,
        board_slug: props.board.slug,
        expires_at: new Date(Date.now() + MAGIC_LINK_MINUTES * 60_000),
        used_at: null,
      })
      .execute();
    const link = `${props.publicUrl}/b/${props.board.slug}/confirm?token=${linkToken}`;
    const nl = (props.locale ?? customer.locale ?? 'nl') !== 'en';
    await enqueueJob(trx, {
      kind: 'email',
      workspaceId: props.board.workspace_id,
      payload: {
        to: customer.email,
        subject: nl ? `Bevestig je e-mailadres voor ${props.board.title}` : `Confirm your e-mail address for ${props.board.title}`,
        text: nl
          ? `Hallo,\n\nKlik op deze link om je e-mailadres te bevestigen. Daarna zijn je ideeën, stemmen en reacties zichtbaar:\n\n${link}\n\nDe link is ${MAGIC_LINK_MINUTES} minuten geldig. Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren.\n`
          : `Hello,\n\nFollow this link to confirm your e-mail address. Your ideas, votes and comments are published after that:\n\n${link}\n\nThe link works for ${MAGIC_LINK_MINUTES} minutes. Did not ask for this? Then ignore this e-mail.\n`,
      },
    });
    return { sessionToken, customerId: customer.id };
  });
}

/**
 * Follows a magic link: confirms the session that asked for it, publishes what that session wrote
 * while pending (ideas and comments go to review when the board is moderated), and opens a confirmed
 * session for the browser that followed the link. Links work once and expire.
 */
export async function confirmSignIn(db: Db, props: { token: string; currentSessionId?: string | null }) {
  return inTransaction(db, async (trx) => {
    const link = await trx.selectFrom('customer_login_tokens').selectAll().where('id', '=', hashToken(props.token)).forUpdate().executeTakeFirst();
    if (!link) throw errors.notFound('Sign-in link');
    if (link.used_at) throw errors.gone('LINK_USED', 'This sign-in link has already been used; ask for a new one.');
    if (new Date(link.expires_at) <= new Date()) throw errors.gone('LINK_EXPIRED', 'This sign-in link has expired; ask for a new one.');
    await trx.updateTable('customer_login_tokens').set({ used_at: new Date() }).where('id', '=', link.id).execute();
    const board = await trx.selectFrom('boards').select(['id', 'slug', 'moderation']).where('workspace_id', '=', link.workspace_id).executeTakeFirstOrThrow();

    let published = 0;
    const sessionIds = [link.session_id, props.currentSessionId].filter((s): s is string => !!s);
    const sessions = sessionIds.length
      ? await trx.selectFrom('customer_sessions').select(['id', 'customer_id']).where('id', 'in', sessionIds).where('customer_id', '=', link.customer_id).execute()
      : [];
    for (const s of sessions) {
      await trx.updateTable('customer_sessions').set({ confirmed_at: new Date() }).where('id', '=', s.id).where('confirmed_at', 'is', null).execute();
      published += await publishPendingOfSession(trx, { sessionId: s.id, moderation: board.moderation });
    }
    // The browser that followed the link gets a confirmed session of its own unless it already had one.
    let sessionToken: string | null = null;
    if (!sessions.some((s) => s.id === props.currentSessionId)) {
      sessionToken = newToken();
      await trx
        .insertInto('customer_sessions')
        .values({
          id: hashToken(sessionToken),
          workspace_id: link.workspace_id,
          customer_id: link.customer_id,
          csrf_token: newToken(),
          confirmed_at: new Date(),
          expires_at: new Date(Date.now() + CUSTOMER_SESSION_DAYS * 86_400_000),
        })
        .execute();
    }
    return { slug: board.slug, published, sessionToken, sessionId: sessionToken ? hashToken(sessionToken) : props.currentSessionId! };
  });
}

/** Moves what an unconfirmed session wrote out of 'pending'; returns how many items. */
export async function publishPendingOfSession(db: Db, props: { sessionId: string; moderation: boolean }) {
  const now = new Date();
  const ideaState = props.moderation ? 'in_review' : 'published';
  const ideas = await db
    .updateTable('ideas')
    .set({ state: ideaState, pending_session_id: null, published_at: props.moderation ? null : now, updated_at: now })
    .where('pending_session_id', '=', props.sessionId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  const comments = await db
    .updateTable('idea_comments')
    .set({ state: ideaState, pending_session_id: null })
    .where('pending_session_id', '=', props.sessionId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  const votes = await db.updateTable('votes').set({ pending: false, pending_session_id: null }).where('pending_session_id', '=', props.sessionId).where('pending', '=', true).executeTakeFirst();
  const photos = await db
    .updateTable('showcase_photos')
    .set({ state: 'in_review', pending_session_id: null })
    .where('pending_session_id', '=', props.sessionId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return [ideas, comments, votes, photos].reduce((n, r) => n + Number(r.numUpdatedRows), 0);
}

/** The customer behind a session cookie for a board's workspace, or null. */
export async function findCustomerSession(db: Db, props: { sessionToken: string; workspaceId: string }) {
  const row = await db
    .selectFrom('customer_sessions')
    .innerJoin('customers', 'customers.id', 'customer_sessions.customer_id')
    .select(['customer_sessions.id as sessionId', 'customer_sessions.csrf_token', 'customer_sessions.confirmed_at', 'customers.id', 'customers.email', 'customers.name'])
    .where('customer_sessions.id', '=', hashToken(props.sessionToken))
    .where('customer_sessions.workspace_id', '=', props.workspaceId)
    .where('customer_sessions.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) return null;
  return { id: row.id, sessionId: row.sessionId, csrfToken: row.csrf_token, confirmed: row.confirmed_at !== null, email: row.email, name: row.name };
}

export async function endCustomerSession(db: Db, sessionId: string) {
  await db.deleteFrom('customer_sessions').where('id', '=', sessionId).execute();
}
