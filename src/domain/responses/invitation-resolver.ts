import type { Db } from '../../db/database.ts';

/** Who a personal invitation link belongs to. */
export interface ResolvedInvitation {
  invitationId: string;
  customerId: string;
  language?: string | null;
}

export type InvitationResolver = (db: Db, props: { surveyId: string; workspaceId: string; token: string }) => Promise<ResolvedInvitation | null>;

let resolver: InvitationResolver | null = null;

/**
 * The invitations capability registers how a personal link token maps to an invitation and customer;
 * the public submit route then accepts `invitation: <token>` and passes invitationId/customerId on to
 * submitResponse. Without a resolver, an invitation token is refused as unknown.
 */
export function registerInvitationResolver(fn: InvitationResolver) {
  resolver = fn;
}

export async function resolveInvitation(db: Db, props: { surveyId: string; workspaceId: string; token: string }): Promise<ResolvedInvitation | null> {
  return resolver ? resolver(db, props) : null;
}
