import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { inTransaction } from '../ideas/board-transaction.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { errors } from '../../server/errors.ts';
import { findDecisionCard, latestEventByCard, listDecisionEvents } from './decision-card.repository.ts';

export const RESPONDENT_MESSAGE_JOB = 'decisions.respondent-message';

/**
 * Queues a short "what we heard and what we did" e-mail to the people who answered a survey (the
 * card's survey unless another is given): customers linked to a complete response, with an e-mail
 * address, not unsubscribed. Each customer hears about a card once. The card must be decided first.
 * Returns how many were queued and how many respondents were left out (no e-mail, unsubscribed,
 * or told already).
 */
export async function notifyRespondents(db: Db, props: { workspaceId: string; cardId: string; surveyId?: string }): Promise<{ queued: number; skipped: number }> {
  return inTransaction(db, async (trx) => {
    const card = await findDecisionCard(trx, props.workspaceId, props.cardId);
    if (!card) throw errors.notFound('Decision card');
    const surveyId = props.surveyId ?? card.survey_id;
    if (!surveyId) throw errors.validation([{ field: 'body.surveyId', reason: 'the card has no survey; name one' }]);
    const survey = await trx.selectFrom('surveys').select('id').where('workspace_id', '=', props.workspaceId).where('id', '=', surveyId).executeTakeFirst();
    if (!survey) throw errors.notFound('Survey');
    if (!latestEventByCard(await listDecisionEvents(trx, props.workspaceId, [card.id])).get(card.id)) {
      throw errors.conflict('NOT_DECIDED', 'Decide on the card before telling respondents what was done.');
    }
    const respondents = await trx
      .selectFrom('responses')
      .innerJoin('customers', 'customers.id', 'responses.customer_id')
      .select(['customers.id', 'customers.email', 'customers.unsubscribed_at'])
      .distinct()
      .where('responses.workspace_id', '=', props.workspaceId)
      .where('customers.workspace_id', '=', props.workspaceId)
      .where('responses.survey_id', '=', surveyId)
      .where('responses.status', '=', 'complete')
      .execute();
    let queued = 0;
    for (const r of respondents) {
      if (!r.email || r.unsubscribed_at) continue;
      const inserted = await trx
        .insertInto('decision_messages')
        .values({ id: randomUUID(), workspace_id: props.workspaceId, card_id: card.id, customer_id: r.id, sent_at: null })
        .onConflict((oc) => oc.columns(['card_id', 'customer_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) continue;
      await enqueueJob(trx, { kind: RESPONDENT_MESSAGE_JOB, workspaceId: props.workspaceId, payload: { messageId: inserted.id } });
      queued++;
    }
    return { queued, skipped: respondents.length - queued };
  });
}
