import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { createInvitations } from './invitation.repository.ts';
import { invitationLanguage, surveyLanguages } from './invitation-language.ts';

export const INVITATION_JOB = 'survey-invitation';

export interface InvitationJobPayload {
  invitationId: string;
  reminder: boolean;
}

async function openSurvey(db: Db, workspaceId: string, surveyId: string) {
  const survey = await db
    .selectFrom('surveys as s')
    .innerJoin('survey_versions as v', (j) => j.onRef('v.survey_id', '=', 's.id').onRef('v.version', '=', 's.current_version'))
    .select(['s.id', 's.status', 'v.definition'])
    .where('s.workspace_id', '=', workspaceId)
    .where('s.id', '=', surveyId)
    .executeTakeFirst();
  if (!survey) throw errors.notFound('Survey');
  if (survey.status !== 'open') throw errors.conflict('SURVEY_NOT_OPEN', 'Open the survey before sending invitations; a personal link to a draft or closed survey leads nowhere.');
  return survey;
}

/**
 * Queues the invitation e-mail for every invitation of the survey that was not sent or queued yet
 * (after creating invitations for `customerIds`, when given). Unsubscribed customers and customers
 * without an e-mail address are skipped. Each e-mail is a 'survey-invitation' job, retried by the queue.
 * Opens its own transaction, so jobs exist only when the marks committed.
 */
export async function sendInvitations(db: Db, props: { workspaceId: string; surveyId: string; secret: string; customerIds?: string[] }) {
  return db.transaction().execute(async (trx) => {
    const survey = await openSurvey(trx, props.workspaceId, props.surveyId);
    const languages = surveyLanguages(survey.definition);
    if (props.customerIds?.length) {
      const known = await trx.selectFrom('customers').select('id').where('workspace_id', '=', props.workspaceId).where('id', 'in', props.customerIds).execute();
      if (known.length !== new Set(props.customerIds).size) throw errors.validation([{ field: 'body.customerIds', reason: 'contains customers that are not in this workspace' }]);
      await createInvitations(trx, { workspaceId: props.workspaceId, surveyId: props.surveyId, customerIds: props.customerIds, secret: props.secret });
    }
    let q = trx
      .selectFrom('invitations as i')
      .innerJoin('customers as c', (j) => j.onRef('c.id', '=', 'i.customer_id').onRef('c.workspace_id', '=', 'i.workspace_id'))
      .select(['i.id', 'c.locale', 'c.email', sql<boolean>`(c.unsubscribed_at is not null or i.unsubscribed_at is not null)`.as('unsubscribed')])
      .where('i.workspace_id', '=', props.workspaceId)
      .where('i.survey_id', '=', props.surveyId)
      .where('i.queued_at', 'is', null)
      .where('i.sent_at', 'is', null);
    if (props.customerIds?.length) q = q.where('i.customer_id', 'in', props.customerIds);
    const candidates = await q.execute();
    let queued = 0;
    let skippedUnsubscribed = 0;
    let skippedNoEmail = 0;
    for (const c of candidates) {
      if (c.unsubscribed) {
        skippedUnsubscribed++;
        continue;
      }
      if (!c.email) {
        skippedNoEmail++;
        continue;
      }
      await trx.updateTable('invitations').set({ queued_at: new Date(), language: invitationLanguage(languages, c.locale) }).where('id', '=', c.id).execute();
      await enqueueJob(trx, { kind: INVITATION_JOB, payload: { invitationId: c.id, reminder: false } satisfies InvitationJobPayload, workspaceId: props.workspaceId });
      queued++;
    }
    return { queued, skippedUnsubscribed, skippedNoEmail };
  });
}

/**
 * Queues a reminder for every sent invitation that has no complete response, is not unsubscribed and
 * has no reminder on its way already.
 */
export async function sendReminders(db: Db, props: { workspaceId: string; surveyId: string }) {
  return db.transaction().execute(async (trx) => {
    await openSurvey(trx, props.workspaceId, props.surveyId);
    const rows = await trx
      .selectFrom('invitations as i')
      .innerJoin('customers as c', (j) => j.onRef('c.id', '=', 'i.customer_id').onRef('c.workspace_id', '=', 'i.workspace_id'))
      .select(['i.id', sql<boolean>`(c.unsubscribed_at is not null or i.unsubscribed_at is not null)`.as('unsubscribed')])
      .select(sql<boolean>`(i.responded_at is not null or exists (select 1 from responses r where r.invitation_id = i.id and r.workspace_id = i.workspace_id and r.status = 'complete'))`.as('responded'))
      .where('i.workspace_id', '=', props.workspaceId)
      .where('i.survey_id', '=', props.surveyId)
      .where('i.sent_at', 'is not', null)
      .where((eb) => eb.or([eb('i.reminder_queued_at', 'is', null), eb('i.reminded_at', '>=', eb.ref('i.reminder_queued_at'))]))
      .where('c.email', 'is not', null)
      .execute();
    let queued = 0;
    let skippedResponded = 0;
    let skippedUnsubscribed = 0;
    for (const r of rows) {
      if (r.responded) skippedResponded++;
      else if (r.unsubscribed) skippedUnsubscribed++;
      else {
        await trx.updateTable('invitations').set({ reminder_queued_at: new Date() }).where('id', '=', r.id).execute();
        await enqueueJob(trx, { kind: INVITATION_JOB, payload: { invitationId: r.id, reminder: true } satisfies InvitationJobPayload, workspaceId: props.workspaceId });
        queued++;
      }
    }
    return { queued, skippedResponded, skippedUnsubscribed };
  });
}
