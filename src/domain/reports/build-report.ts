import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { computeEvidence } from '../../analysis/evidence.ts';
import { analyzeThemes } from '../../analysis/text/theme-analysis.ts';
import { builtinTaxonomy } from '../../analysis/text/taxonomy.ts';
import type { PublicReport } from '../../shared/decisions.ts';
import { decisionBoard } from '../decisions/decision-board.ts';
import { evidenceOfIdeas, presentEvidence } from '../decisions/decision-evidence.ts';
import { listQuestions } from '../surveys/survey-questions.ts';
import { reportPeriod } from './report-period.ts';

const TOP = 5;

/** The top themes of the open answers completed in the period, with their evidence against all responses of the period. */
async function themesOfPeriod(db: Db, workspaceId: string, start: Date, end: Date) {
  const rows = await db
    .selectFrom('responses')
    .innerJoin('survey_versions', (j) => j.onRef('survey_versions.survey_id', '=', 'responses.survey_id').onRef('survey_versions.version', '=', 'responses.version'))
    .select(['responses.id', 'responses.customer_id', 'responses.answers', 'responses.completed_at', 'survey_versions.definition'])
    .where('responses.workspace_id', '=', workspaceId)
    .where('responses.status', '=', 'complete')
    .where('responses.completed_at', '>=', start)
    .where('responses.completed_at', '<', end)
    .execute();
  const openNames = new Map<unknown, string[]>();
  const answers: { id: string; text: string }[] = [];
  for (const r of rows) {
    let names = openNames.get(r.definition);
    if (!names) {
      names = listQuestions(r.definition).filter((q) => q.type === 'text' || q.type === 'comment').map((q) => q.name);
      openNames.set(r.definition, names);
    }
    const text = names.map((n) => r.answers?.[n]).filter((v): v is string => typeof v === 'string' && v.trim() !== '').join(' ');
    if (text) answers.push({ id: r.id, text });
  }
  if (answers.length === 0) return [];
  const result = analyzeThemes(answers, { taxonomy: builtinTaxonomy(), mode: 'taxonomy' });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return result.themes
    .filter((t) => t.id !== 'other')
    .sort((a, b) => b.size - a.size)
    .slice(0, TOP)
    .map((t) => {
      const mentions = t.memberIds.map((id) => ({ respondentId: id, customerId: byId.get(id)?.customer_id ?? undefined, timestamp: byId.get(id)?.completed_at ?? start }));
      return { id: t.id, label: t.label, count: t.size, evidence: presentEvidence(computeEvidence(mentions, { base: rows.length, now: end }), 'survey') };
    });
}

/**
 * "What we heard, what we decided, and why" for one month or quarter: the top themes of the open
 * answers and the most-voted ideas of the period with their evidence, and every decision taken in it
 * with its (public) reason.
 */
export async function buildReport(db: Db, workspaceId: string, kind: 'month' | 'quarter', startKey: string): Promise<PublicReport> {
  const period = reportPeriod(kind, startKey);
  const { start, end } = period;
  const workspace = await db.selectFrom('workspaces').select('name').where('id', '=', workspaceId).executeTakeFirstOrThrow();
  const topIdeas = await db
    .selectFrom('ideas')
    .innerJoin('votes', 'votes.idea_id', 'ideas.id')
    .select(['ideas.id', 'ideas.title', 'ideas.status', sql<number>`count(votes.id)`.as('votes')])
    .where('ideas.workspace_id', '=', workspaceId)
    .where('ideas.state', '=', 'published')
    .where('ideas.hidden', '=', false)
    .where('votes.pending', '=', false)
    .where('votes.created_at', '>=', start)
    .where('votes.created_at', '<', end)
    .groupBy(['ideas.id', 'ideas.title', 'ideas.status'])
    .orderBy('votes', 'desc')
    .orderBy('ideas.title')
    .limit(TOP)
    .execute();
  const ideaEvidence = await evidenceOfIdeas(
    db,
    workspaceId,
    topIdeas.map((i) => i.id),
  );
  const events = await db
    .selectFrom('decision_events')
    .innerJoin('decision_cards', 'decision_cards.id', 'decision_events.card_id')
    .select(['decision_events.card_id', 'decision_events.kind', 'decision_events.reason', 'decision_events.public_reason', 'decision_events.author_name', 'decision_events.created_at', 'decision_cards.title'])
    .where('decision_events.workspace_id', '=', workspaceId)
    .where('decision_events.created_at', '>=', start)
    .where('decision_events.created_at', '<', end)
    .orderBy('decision_events.created_at')
    .execute();
  const board = events.length ? await decisionBoard(db, workspaceId) : { cards: [] };
  return {
    workspaceName: workspace.name,
    periodKind: kind,
    periodStart: start.toISOString(),
    periodEnd: end.toISOString(),
    label: period.label,
    themes: await themesOfPeriod(db, workspaceId, start, end),
    ideas: topIdeas.map((i) => {
      const ev = ideaEvidence.get(i.id);
      return { id: i.id, title: i.title, votes: Number(i.votes), status: i.status, evidence: ev ?? null };
    }),
    decisions: events.map((e) => ({
      cardId: e.card_id,
      title: e.title,
      kind: e.kind,
      reason: e.public_reason ?? e.reason,
      authorName: e.author_name,
      createdAt: new Date(e.created_at).toISOString(),
      verdict: board.cards.find((c) => c.id === e.card_id)?.evidence?.verdict ?? null,
    })),
  };
}
