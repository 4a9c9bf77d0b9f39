import type { DecisionCardView, DecisionEvidence, DecisionEventView, DecisionStatus } from '../../shared/decisions.ts';
import type { DecisionCardRow, DecisionEventRow } from './decision-card.repository.ts';

const STATUS_OF_EVENT: Record<DecisionEventRow['kind'], DecisionStatus> = { accept: 'accepted', decline: 'declined', park: 'parked', made: 'made' };

export function presentDecisionEvent(e: DecisionEventRow): DecisionEventView {
  return {
    id: e.id,
    kind: e.kind,
    reason: e.reason,
    publicReason: e.public_reason,
    supersedesId: e.supersedes_id,
    authorName: e.author_name,
    createdAt: new Date(e.created_at).toISOString(),
  };
}

/** A card row as the API shows it; `cannotDo` is the profile's current "cannot do" list. */
export function presentDecisionCard(
  row: DecisionCardRow,
  extra: { latest?: DecisionEventRow; evidence: DecisionEvidence | null; idea: DecisionCardView['idea']; cannotDo: readonly string[] },
): Omit<DecisionCardView, 'score' | 'rank'> {
  const cannot = new Set(extra.cannotDo.map((s) => s.toLowerCase()));
  return {
    id: row.id,
    sourceType: row.source_type,
    sourceRef: row.source_ref,
    surveyId: row.survey_id,
    finding: row.finding_question && row.finding_value !== null ? { question: row.finding_question, value: row.finding_value } : null,
    title: row.title,
    description: row.description,
    identityItems: row.identity_items,
    touchesCannotDo: row.identity_items.some((i) => i.kind === 'cannot' || cannot.has(i.item.toLowerCase())),
    scores: { customer: row.score_customer, us: row.score_us, society: row.score_society },
    reasons: { customer: row.reason_customer, us: row.reason_us, society: row.reason_society },
    effort: row.effort,
    status: extra.latest ? STATUS_OF_EVENT[extra.latest.kind] : 'open',
    latestEvent: extra.latest ? presentDecisionEvent(extra.latest) : null,
    evidence: extra.evidence,
    idea: extra.idea,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
