import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { DecisionSourceType } from '../../db/schema.ts';
import { errors } from '../../server/errors.ts';
import { findDecisionCardBySource } from './decision-card.repository.ts';
import { evidenceOfSurveyTheme } from './decision-evidence.ts';

export interface CreateDecisionCardProps {
  workspaceId: string;
  userId: string | null;
  sourceType: DecisionSourceType;
  sourceRef: string;
  title?: string;
  description?: string;
  surveyId?: string;
}

/**
 * Makes a decision card of an idea, a theme (of a survey's open answers) or a survey finding. An
 * idea's card takes its title and description; a theme's card its label. One card per source.
 * Returns the new card's id.
 */
export async function createDecisionCard(db: Db, props: CreateDecisionCardProps): Promise<string> {
  const { workspaceId } = props;
  if (await findDecisionCardBySource(db, workspaceId, props.sourceType, props.sourceRef)) {
    throw errors.conflict('DECISION_CARD_EXISTS', 'There is already a decision card for this source.', [{ field: 'body.sourceRef', reason: 'already on the board' }]);
  }
  if (props.surveyId) {
    const survey = await db.selectFrom('surveys').select('id').where('workspace_id', '=', workspaceId).where('id', '=', props.surveyId).executeTakeFirst();
    if (!survey) throw errors.notFound('Survey');
  }
  let title = props.title;
  let description = props.description ?? '';
  if (props.sourceType === 'idea') {
    if (!/^[0-9a-f-]{36}$/i.test(props.sourceRef)) throw errors.validation([{ field: 'body.sourceRef', reason: 'an idea id (uuid)' }]);
    const idea = await db.selectFrom('ideas').select(['title', 'description']).where('workspace_id', '=', workspaceId).where('id', '=', props.sourceRef).executeTakeFirst();
    if (!idea) throw errors.notFound('Idea');
    title ??= idea.title;
    if (!props.description) description = idea.description;
  } else if (props.sourceType === 'theme') {
    if (!title && props.surveyId) title = (await evidenceOfSurveyTheme(db, workspaceId, props.surveyId, props.sourceRef))?.label;
    title ??= props.sourceRef;
  } else if (!title) {
    throw errors.validation([{ field: 'body.title', reason: 'a survey finding needs a title' }]);
  }
  const id = randomUUID();
  await db
    .insertInto('decision_cards')
    .values({
      id,
      workspace_id: workspaceId,
      source_type: props.sourceType,
      source_ref: props.sourceRef,
      survey_id: props.surveyId ?? null,
      title: title.slice(0, 160),
      description,
      identity_items: JSON.stringify([]),
      score_customer: null,
      score_us: null,
      score_society: null,
      effort: null,
      created_by: props.userId,
    })
    .execute();
  return id;
}
