import type { Db } from '../../db/database.ts';
import { rankDecisionCards, type DecisionBoard, type DecisionEvidence, type DecisionCardView } from '../../shared/decisions.ts';
import { findIdentityProfile } from '../identity/identity.repository.ts';
import { findDecisionCard, latestEventByCard, listDecisionCards, listDecisionEvents, type DecisionCardRow } from './decision-card.repository.ts';
import { evidenceOfIdeas, evidenceOfSurveyTheme, presentEvidence } from './decision-evidence.ts';
import { presentDecisionCard } from './decision.presenter.ts';
import { evidenceOfSurveyFinding } from './finding-evidence.ts';
import { getEvidenceThresholds } from '../evidence/evidence-settings.repository.ts';
import { getDecisionWeights } from './decision-weights.repository.ts';

async function presentCards(db: Db, workspaceId: string, rows: DecisionCardRow[]) {
  const ideaIds = rows.filter((r) => r.source_type === 'idea').map((r) => r.source_ref);
  const [events, ideaEvidence, ideas, profile] = await Promise.all([
    listDecisionEvents(
      db,
      workspaceId,
      rows.map((r) => r.id),
    ),
    evidenceOfIdeas(db, workspaceId, ideaIds),
    ideaIds.length
      ? db
          .selectFrom('ideas')
          .select(['id', 'status', 'status_reason', (eb) => eb.selectFrom('votes').select(eb.fn.countAll<number>().as('n')).whereRef('votes.idea_id', '=', 'ideas.id').where('votes.pending', '=', false).as('votes')])
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', ideaIds)
          .execute()
      : Promise.resolve([]),
    findIdentityProfile(db, workspaceId),
  ]);
  const latest = latestEventByCard(events);
  // Themes and findings are measured on the card's own survey (the same theme id in two surveys is two cards).
  const surveyEvidence = new Map<string, DecisionEvidence | null>();
  const thresholds = rows.some((r) => r.source_type === 'finding' && r.finding_question) ? await getEvidenceThresholds(db, workspaceId) : undefined;
  for (const r of rows) {
    if (r.source_type === 'theme' && r.survey_id) {
      const found = await evidenceOfSurveyTheme(db, workspaceId, r.survey_id, r.source_ref);
      surveyEvidence.set(r.id, found ? presentEvidence(found.card, 'survey') : null);
    } else if (r.source_type === 'finding' && r.survey_id && r.finding_question && r.finding_value !== null) {
      const found = await evidenceOfSurveyFinding(db, workspaceId, r.survey_id, { question: r.finding_question, value: r.finding_value }, thresholds);
      surveyEvidence.set(r.id, found ? presentEvidence(found, 'finding') : null);
    }
  }
  return rows.map((r) => {
    const idea = r.source_type === 'idea' ? ideas.find((i) => i.id === r.source_ref) : undefined;
    const ev = r.source_type === 'idea' ? ideaEvidence.get(r.source_ref) : undefined;
    return presentDecisionCard(r, {
      latest: latest.get(r.id),
      evidence: ev ?? surveyEvidence.get(r.id) ?? null,
      idea: idea ? { id: idea.id, status: idea.status, statusReason: idea.status_reason, votes: Number(idea.votes ?? 0) } : null,
      cannotDo: profile?.cannot_do ?? [],
    });
  });
}

/** The decision board: every card with its evidence and latest decision, ranked with the workspace's weights. */
export async function decisionBoard(db: Db, workspaceId: string): Promise<DecisionBoard> {
  const [weights, rows] = await Promise.all([getDecisionWeights(db, workspaceId), listDecisionCards(db, workspaceId)]);
  const cards = await presentCards(db, workspaceId, rows);
  return { weights, cards: rankDecisionCards(cards, weights) };
}

/** One card as on the board (its rank among all cards). */
export async function decisionCardView(db: Db, workspaceId: string, cardId: string): Promise<DecisionCardView | undefined> {
  if (!(await findDecisionCard(db, workspaceId, cardId))) return undefined;
  return (await decisionBoard(db, workspaceId)).cards.find((c) => c.id === cardId);
}
