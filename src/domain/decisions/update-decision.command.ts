import type { Db } from '../../db/database.ts';
import type { UpdateDecisionBody } from '../../shared/decisions.ts';
import { errors } from '../../server/errors.ts';
import { findIdentityProfile } from '../identity/identity.repository.ts';
import { findDecisionCard, findDecisionCardBySource, isDuplicateSource } from './decision-card.repository.ts';

const duplicate = () => errors.conflict('DECISION_CARD_EXISTS', 'That survey already has a decision card for this source.', [{ field: 'body.surveyId', reason: 'already on the board' }]);

/**
 * Changes a card's title, scores (1-5 each with a one-line reason), effort and the identity items it
 * touches. Identity items must be on the profile's GREAT / good / cannot-do lists.
 */
export async function updateDecisionCard(db: Db, props: { workspaceId: string; cardId: string; patch: UpdateDecisionBody }) {
  const { workspaceId, cardId, patch } = props;
  const card = await findDecisionCard(db, workspaceId, cardId);
  if (!card) throw errors.notFound('Decision card');
  if (patch.surveyId) {
    const survey = await db.selectFrom('surveys').select('id').where('workspace_id', '=', workspaceId).where('id', '=', patch.surveyId).executeTakeFirst();
    if (!survey) throw errors.notFound('Survey');
  }
  // A theme or finding belongs to its survey: moving the card to another survey must not make a second card of that source.
  if (patch.surveyId !== undefined && (patch.surveyId ?? null) !== card.survey_id && card.source_type !== 'idea') {
    if (card.finding_question) throw errors.validation([{ field: 'body.surveyId', reason: "a finding's question belongs to its survey" }]);
    const other = await findDecisionCardBySource(db, workspaceId, { sourceType: card.source_type, sourceRef: card.source_ref, surveyId: patch.surveyId ?? null });
    if (other) throw duplicate();
  }
  if (patch.identityItems?.length) {
    const profile = await findIdentityProfile(db, workspaceId);
    const lists = { great: profile?.great_at ?? [], good: profile?.good_at ?? [], cannot: profile?.cannot_do ?? [] };
    const unknown = patch.identityItems.map((it, i) => ({ it, i })).filter(({ it }) => !lists[it.kind].includes(it.item));
    if (unknown.length) throw errors.validation(unknown.map(({ i }) => ({ field: `body.identityItems.${i}`, reason: 'not an item of the identity profile' })));
  }
  const set: Record<string, unknown> = { updated_at: new Date() };
  if (patch.title !== undefined) set.title = patch.title;
  if (patch.description !== undefined) set.description = patch.description;
  if (patch.surveyId !== undefined) set.survey_id = patch.surveyId;
  if (patch.identityItems !== undefined) set.identity_items = JSON.stringify(patch.identityItems);
  if (patch.effort !== undefined) set.effort = patch.effort;
  for (const k of ['customer', 'us', 'society'] as const) {
    const s = patch.scores?.[k];
    if (s) {
      set[`score_${k}`] = s.score;
      set[`reason_${k}`] = s.reason;
    }
  }
  try {
    await db.updateTable('decision_cards').set(set).where('workspace_id', '=', workspaceId).where('id', '=', cardId).execute();
  } catch (err) {
    if (isDuplicateSource(err)) throw duplicate();
    throw err;
  }
}
