import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { DecisionSourceType } from '../../db/schema.ts';
import { errors } from '../../server/errors.ts';
import { findDecisionCardBySource, isDuplicateSource } from './decision-card.repository.ts';
import { checkFindingAnswer, findFindingQuestion, findingAnswerLabel, type FindingAnswer } from './finding-evidence.ts';
import { evidenceOfSurveyTheme } from './decision-evidence.ts';

export interface CreateDecisionCardProps {
  workspaceId: string;
  userId: string | null;
  sourceType: DecisionSourceType;
  /** Required except for a finding with `finding` (then `question=value`). */
  sourceRef?: string;
  title?: string;
  description?: string;
  surveyId?: string;
  /** A finding's question and answer value (needs surveyId). */
  finding?: FindingAnswer;
}

const conflict = () => errors.conflict('DECISION_CARD_EXISTS', 'There is already a decision card for this source.', [{ field: 'body.sourceRef', reason: 'already on the board' }]);

/**
 * Makes a decision card of an idea, a theme (of a survey's open answers) or a survey finding. An
 * idea's card takes its title and description; a theme's card its label; a finding with a question and
 * answer value the question and the answer's label. One card per source: per idea, and per theme or
 * finding per survey (the same theme id from two surveys gives two cards); a second one is a 409.
 * Returns the new card's id.
 */
export async function createDecisionCard(db: Db, props: CreateDecisionCardProps): Promise<string> {
  const { workspaceId } = props;
  if (props.finding && props.sourceType !== 'finding') throw errors.validation([{ field: 'body.finding', reason: "only for sourceType 'finding'" }]);
  if (props.finding && !props.surveyId) throw errors.validation([{ field: 'body.surveyId', reason: 'a finding with a question needs its survey' }]);
  const sourceRef = props.finding ? `${props.finding.question}=${props.finding.value}` : props.sourceRef;
  if (!sourceRef) throw errors.validation([{ field: 'body.sourceRef', reason: 'required' }]);
  if (props.surveyId) {
    const survey = await db.selectFrom('surveys').select('id').where('workspace_id', '=', workspaceId).where('id', '=', props.surveyId).executeTakeFirst();
    if (!survey) throw errors.notFound('Survey');
  }
  if (await findDecisionCardBySource(db, workspaceId, { sourceType: props.sourceType, sourceRef, surveyId: props.surveyId ?? null })) throw conflict();
  let title = props.title;
  let description = props.description ?? '';
  if (props.sourceType === 'idea') {
    if (!/^[0-9a-f-]{36}$/i.test(sourceRef)) throw errors.validation([{ field: 'body.sourceRef', reason: 'an idea id (uuid)' }]);
    const idea = await db.selectFrom('ideas').select(['title', 'description']).where('workspace_id', '=', workspaceId).where('id', '=', sourceRef).executeTakeFirst();
    if (!idea) throw errors.notFound('Idea');
    title ??= idea.title;
    if (!props.description) description = idea.description;
  } else if (props.sourceType === 'theme') {
    if (!title && props.surveyId) title = (await evidenceOfSurveyTheme(db, workspaceId, props.surveyId, sourceRef))?.label;
    title ??= sourceRef;
  } else if (props.finding) {
    const q = checkFindingAnswer(await findFindingQuestion(db, workspaceId, props.surveyId!, props.finding.question), props.finding);
    title ??= `${q.question.title.nl}: ${findingAnswerLabel(q, props.finding.value).nl}`;
  } else if (!title) {
    throw errors.validation([{ field: 'body.title', reason: 'a survey finding needs a title' }]);
  }
  const id = randomUUID();
  try {
    await db
      .insertInto('decision_cards')
      .values({
        id,
        workspace_id: workspaceId,
        source_type: props.sourceType,
        source_ref: sourceRef,
        survey_id: props.surveyId ?? null,
        finding_question: props.finding?.question ?? null,
        finding_value: props.finding?.value ?? null,
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
  } catch (err) {
    // Someone made the same card between the check and the insert.
    if (isDuplicateSource(err)) throw conflict();
    throw err;
  }
  return id;
}
