import type { Db } from '../../db/database.ts';
import type { DecisionSourceType } from '../../db/schema.ts';

export function listDecisionCards(db: Db, workspaceId: string) {
  return db.selectFrom('decision_cards').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').execute();
}
export type DecisionCardRow = Awaited<ReturnType<typeof listDecisionCards>>[number];

export function findDecisionCard(db: Db, workspaceId: string, cardId: string) {
  return db.selectFrom('decision_cards').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', cardId).executeTakeFirst();
}

/**
 * The card of a source, if any. A theme or finding belongs to its survey, so for those the survey is part of
 * the source (the same theme id from two surveys is two cards); an idea is one card whatever its survey.
 */
export function findDecisionCardBySource(db: Db, workspaceId: string, source: { sourceType: DecisionSourceType; sourceRef: string; surveyId: string | null }) {
  let q = db.selectFrom('decision_cards').selectAll().where('workspace_id', '=', workspaceId).where('source_type', '=', source.sourceType).where('source_ref', '=', source.sourceRef);
  if (source.sourceType !== 'idea') q = source.surveyId ? q.where('survey_id', '=', source.surveyId) : q.where('survey_id', 'is', null);
  return q.executeTakeFirst();
}

/** True for PostgreSQL's unique_violation on one of the one-card-per-source indexes (a concurrent create). */
export function isDuplicateSource(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string; message?: string };
  return e?.code === '23505' && /decision_cards_(idea|survey)_source_idx/.test(e.constraint ?? e.message ?? '');
}

/** Every event of the given cards, oldest first. */
export async function listDecisionEvents(db: Db, workspaceId: string, cardIds?: readonly string[]) {
  let q = db.selectFrom('decision_events').selectAll().where('workspace_id', '=', workspaceId);
  if (cardIds) {
    if (cardIds.length === 0) return [];
    q = q.where('card_id', 'in', [...cardIds]);
  }
  return q.orderBy('created_at').orderBy('id').execute();
}
export type DecisionEventRow = Awaited<ReturnType<typeof listDecisionEvents>>[number];

/** The newest event of each card (the one that supersedes the others). */
export function latestEventByCard(events: readonly DecisionEventRow[]): Map<string, DecisionEventRow> {
  const out = new Map<string, DecisionEventRow>();
  for (const e of events) {
    const prev = out.get(e.card_id);
    if (!prev || new Date(e.created_at).getTime() >= new Date(prev.created_at).getTime()) out.set(e.card_id, e);
  }
  return out;
}
