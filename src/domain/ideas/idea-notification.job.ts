import { registerJobHandler, type JobContext } from '../../jobs/job-runner.ts';
import { sendEmailJob } from '../../jobs/send-email.ts';
import { NOTIFY_JOB } from './idea-notification.ts';
import { unsubscribeToken } from '../invitations/invitation-token.ts';

const STATUS_NAMES: Record<string, { nl: string; en: string }> = {
  new: { nl: 'nieuw', en: 'new' },
  under_consideration: { nl: 'in overweging', en: 'under consideration' },
  planned: { nl: 'gepland', en: 'planned' },
  in_progress: { nl: 'in uitvoering', en: 'in progress' },
  made: { nl: 'gemaakt', en: 'made' },
  declined: { nl: 'afgewezen', en: 'declined' },
};

/**
 * The 'ideas.notify' job: builds and sends one notification e-mail. An unsubscribed customer is
 * skipped (checked now, not when queued); an SMTP failure throws, so the queue retries with back-off.
 */
export async function sendIdeaNotification(payload: Record<string, unknown>, ctx: JobContext) {
  const db = ctx.app.db;
  const n = await db
    .selectFrom('idea_notifications')
    .innerJoin('customers', 'customers.id', 'idea_notifications.customer_id')
    .innerJoin('boards', 'boards.workspace_id', 'idea_notifications.workspace_id')
    .leftJoin('ideas', 'ideas.id', 'idea_notifications.idea_id')
    .leftJoin('changelog_entries', 'changelog_entries.id', 'idea_notifications.entry_id')
    .select([
      'idea_notifications.id',
      'idea_notifications.kind',
      'idea_notifications.status',
      'customers.id as customer_id',
      'customers.email',
      'customers.locale',
      'customers.unsubscribed_at',
      'boards.slug',
      'boards.title as board_title',
      'ideas.id as idea_id',
      'ideas.title as idea_title',
      'ideas.status as idea_status',
      'ideas.status_reason',
      'ideas.merged_into_id',
      'changelog_entries.title as entry_title',
      'changelog_entries.body as entry_body',
    ])
    .where('idea_notifications.id', '=', String(payload.notificationId))
    .executeTakeFirst();
  if (!n || n.status !== 'queued') return;
  if (n.unsubscribed_at || !n.email) {
    await db.updateTable('idea_notifications').set({ status: 'skipped' }).where('id', '=', n.id).execute();
    return;
  }
  const base = ctx.app.config.publicUrl;
  const unsubscribe = `${base}/b/${n.slug}/unsubscribe?token=${unsubscribeToken(ctx.app.config.sessionSecret, n.customer_id)}`;
  const en = n.locale === 'en';
  let subject: string;
  let body: string;
  if (n.kind === 'changelog') {
    subject = en ? `You asked, we made it: ${n.entry_title}` : `Jullie vroegen, wij maakten het: ${n.entry_title}`;
    body = `${n.entry_title}\n\n${n.entry_body ?? ''}\n\n${base}/b/${n.slug}/changelog`;
  } else if (n.kind === 'status') {
    const status = STATUS_NAMES[n.idea_status ?? 'new'][en ? 'en' : 'nl'];
    // Backers are voters and commenters, not only the author: the subject must not say "your idea".
    subject = en ? `An idea you backed is now ${status}: ${n.idea_title}` : `Een idee waar je achter staat is nu ${status}: ${n.idea_title}`;
    const intro = en ? `News about an idea you voted for or commented on at ${n.board_title}:` : `Nieuws over een idee waarop je stemde of reageerde bij ${n.board_title}:`;
    const reason = n.status_reason ? `\n${en ? 'From the team' : 'Van het team'}: ${n.status_reason}` : '';
    body = `${intro}\n\n"${n.idea_title}"\n${en ? 'New status' : 'Nieuwe status'}: ${status}${reason}\n\n${en ? 'See the idea' : 'Bekijk het idee'}: ${base}/b/${n.slug}/ideas/${n.idea_id}`;
  } else {
    subject = en ? `An idea you voted for was merged: ${n.idea_title}` : `Een idee waarop je stemde is samengevoegd: ${n.idea_title}`;
    body = en
      ? `"${n.idea_title}" was the same as another idea; your vote now counts there.\n\n${base}/b/${n.slug}/ideas/${n.merged_into_id}`
      : `"${n.idea_title}" was hetzelfde als een ander idee; je stem telt nu daar.\n\n${base}/b/${n.slug}/ideas/${n.merged_into_id}`;
  }
  const footer = en ? `\n\n--\nNo more of these e-mails: ${unsubscribe}\n` : `\n\n--\nGeen berichten meer ontvangen: ${unsubscribe}\n`;
  await sendEmailJob(
    { to: n.email, subject, text: `${body}${footer}`, headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } },
    ctx,
  );
  await db.updateTable('idea_notifications').set({ status: 'sent', sent_at: new Date() }).where('id', '=', n.id).execute();
}

registerJobHandler(NOTIFY_JOB, sendIdeaNotification);
