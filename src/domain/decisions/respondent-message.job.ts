import { registerJobHandler, type JobContext } from '../../jobs/job-runner.ts';
import { sendEmailJob } from '../../jobs/send-email.ts';
import { unsubscribeToken } from '../invitations/invitation-token.ts';
import { latestEventByCard, listDecisionEvents } from './decision-card.repository.ts';
import { RESPONDENT_MESSAGE_JOB } from './notify-respondents.command.ts';
import { respondentMessage } from './respondent-message.ts';

/**
 * Sends one "what we heard and what we did" e-mail. The unsubscribe flag is checked now (not when
 * queued); an SMTP failure throws so the queue retries with back-off.
 */
export async function sendRespondentMessage(payload: Record<string, unknown>, ctx: JobContext) {
  const db = ctx.app.db;
  const m = await db
    .selectFrom('decision_messages')
    .innerJoin('customers', 'customers.id', 'decision_messages.customer_id')
    .innerJoin('decision_cards', 'decision_cards.id', 'decision_messages.card_id')
    .innerJoin('workspaces', 'workspaces.id', 'decision_messages.workspace_id')
    .select([
      'decision_messages.id',
      'decision_messages.status',
      'decision_messages.workspace_id',
      'decision_messages.card_id',
      'customers.id as customer_id',
      'customers.email',
      'customers.name',
      'customers.locale',
      'customers.unsubscribed_at',
      'decision_cards.title',
      'workspaces.name as workspace_name',
    ])
    .where('decision_messages.id', '=', String(payload.messageId))
    .executeTakeFirst();
  if (!m || m.status !== 'queued') return;
  const latest = latestEventByCard(await listDecisionEvents(db, m.workspace_id, [m.card_id])).get(m.card_id);
  if (m.unsubscribed_at || !m.email || !latest) {
    await db.updateTable('decision_messages').set({ status: 'skipped' }).where('id', '=', m.id).execute();
    return;
  }
  const language = m.locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
  const mail = respondentMessage({
    language,
    workspaceName: m.workspace_name,
    customerName: m.name,
    cardTitle: m.title,
    decision: latest.kind,
    reason: latest.public_reason ?? latest.reason,
    unsubscribeUrl: `${ctx.app.config.publicUrl}/unsubscribe/${unsubscribeToken(ctx.app.config.sessionSecret, m.customer_id)}`,
  });
  await sendEmailJob({ to: m.email, ...mail }, ctx);
  await db.updateTable('decision_messages').set({ status: 'sent', sent_at: new Date() }).where('id', '=', m.id).execute();
}

registerJobHandler(RESPONDENT_MESSAGE_JOB, sendRespondentMessage);
