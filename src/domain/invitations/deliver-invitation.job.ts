import { sql } from 'kysely';
import type { JobContext } from '../../jobs/job-runner.ts';
import { sendEmailJob } from '../../jobs/send-email.ts';
import { findInvitationForDelivery } from './invitation.repository.ts';
import { invitationEmail } from './invitation-email.ts';
import { invitationToken, unsubscribeToken } from './invitation-token.ts';
import type { InvitationJobPayload } from './send-invitations.command.ts';

/**
 * The 'survey-invitation' job: sends one invitation or reminder. Everything is checked again at send
 * time, because time passes between queueing and sending: an unsubscribed customer gets nothing, a
 * reminder is dropped once the customer responded, and a retried invitation is not sent twice.
 * Returns what it did (the job runner ignores it; tests read it).
 */
export async function deliverInvitation(payload: Record<string, unknown>, ctx: JobContext): Promise<'sent' | 'skipped'> {
  const { invitationId, reminder } = payload as unknown as InvitationJobPayload;
  const { app } = ctx;
  const inv = await findInvitationForDelivery(app.db, invitationId);
  if (!inv || !inv.email || (ctx.workspaceId && inv.workspace_id !== ctx.workspaceId)) return 'skipped';
  if (inv.unsubscribed_at || inv.invitation_unsubscribed_at || inv.survey_status !== 'open') return 'skipped';
  if (reminder ? inv.responded : inv.sent_at) return 'skipped';
  if (reminder && inv.reminded_at && inv.reminder_queued_at && new Date(inv.reminded_at) >= new Date(inv.reminder_queued_at)) return 'skipped';
  const language = inv.language === 'en' ? 'en' : 'nl';
  const base = app.config.publicUrl;
  const mail = invitationEmail({
    kind: reminder ? 'reminder' : 'invitation',
    language,
    surveyName: inv.survey_name,
    workspaceName: inv.workspace_name,
    customerName: inv.name,
    link: `${base}/i/${invitationToken(app.config.sessionSecret, inv.id)}`,
    unsubscribeUrl: `${base}/unsubscribe/${unsubscribeToken(app.config.sessionSecret, inv.customer_id)}?lang=${language}`,
  });
  await sendEmailJob({ to: inv.email, ...mail }, ctx);
  await app.db
    .updateTable('invitations')
    .set(reminder ? { reminded_at: new Date(), reminder_count: sql`reminder_count + 1` } : { sent_at: new Date() })
    .where('id', '=', inv.id)
    .execute();
  return 'sent';
}
