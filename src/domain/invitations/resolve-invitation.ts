import type { Db } from '../../db/database.ts';
import { hashToken } from '../accounts/tokens.ts';
import type { ResolvedInvitation } from '../responses/invitation-resolver.ts';

/**
 * The invitation behind a personal link token, for one survey: the survey core calls this (through
 * registerInvitationResolver) when a response is submitted with `invitation: <token>`, and stores the
 * invitation and customer with the response; one complete response per invitation is then enforced by
 * the unique index responses_invitation_complete_idx.
 */
export async function resolveInvitationToken(db: Db, props: { surveyId: string; workspaceId: string; token: string }): Promise<ResolvedInvitation | null> {
  const row = await db
    .selectFrom('invitations')
    .select(['id', 'customer_id', 'language'])
    .where('workspace_id', '=', props.workspaceId)
    .where('survey_id', '=', props.surveyId)
    .where('token_hash', '=', hashToken(props.token))
    .executeTakeFirst();
  return row ? { invitationId: row.id, customerId: row.customer_id, language: row.language } : null;
}
