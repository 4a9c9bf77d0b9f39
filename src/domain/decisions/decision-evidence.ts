import type { Db } from '../../db/database.ts';
import { computeEvidence, type EvidenceCard, type Mention } from '../../analysis/evidence.ts';
import { analyzeThemes } from '../../analysis/text/theme-analysis.ts';
import { builtinTaxonomy } from '../../analysis/text/taxonomy.ts';
import { listQuestions } from '../surveys/survey-questions.ts';
import type { DecisionEvidence } from '../../shared/decisions.ts';

/** The card's evidence in the shape of the API (a subset of the full evidence card). */
export function presentEvidence(card: EvidenceCard): DecisionEvidence {
  return {
    verdict: card.verdict,
    mentions: card.mentions,
    distinctPeople: card.distinctPeople,
    base: card.base,
    share: card.share,
    shareCi: card.shareCi,
    growing: card.trend.growing,
    trend: card.trend.periods.map((p) => ({ start: p.start, people: p.people })),
    reason: card.reason,
    rule: card.rule,
  };
}

/**
 * Evidence of ideas: the people behind each idea (its author, counted voters, published commenters;
 * a customer or an anonymous browser counts once) against the base of everyone who took part on the
 * board. One query per kind for all ideas at once.
 */
export async function evidenceOfIdeas(db: Db, workspaceId: string, ideaIds: readonly string[]): Promise<Map<string, EvidenceCard>> {
  const out = new Map<string, EvidenceCard>();
  if (ideaIds.length === 0) return out;
  const [votes, comments, ideas, everyone] = await Promise.all([
    db.selectFrom('votes').select(['idea_id', 'customer_id', 'anonymous_key', 'created_at']).where('workspace_id', '=', workspaceId).where('pending', '=', false).where('idea_id', 'in', [...ideaIds]).execute(),
    db
      .selectFrom('idea_comments')
      .select(['idea_id', 'customer_id', 'created_at'])
      .where('workspace_id', '=', workspaceId)
      .where('state', '=', 'published')
      .where('customer_id', 'is not', null)
      .where('idea_id', 'in', [...ideaIds])
      .execute(),
    db.selectFrom('ideas').select(['id', 'customer_id', 'created_at']).where('workspace_id', '=', workspaceId).where('id', 'in', [...ideaIds]).execute(),
    db
      .selectFrom('votes')
      .select((eb) => eb.fn.coalesce(eb.cast('customer_id', 'text'), 'anonymous_key').as('who'))
      .where('workspace_id', '=', workspaceId)
      .where('pending', '=', false)
      .union(db.selectFrom('ideas').select((eb) => eb.cast<string>('customer_id', 'text').as('who')).where('workspace_id', '=', workspaceId).where('customer_id', 'is not', null))
      .execute(),
  ]);
  const baseAll = new Set(everyone.map((r) => r.who).filter(Boolean)).size;
  const mentions = new Map<string, Mention[]>();
  const push = (ideaId: string, m: Mention) => (mentions.get(ideaId) ?? mentions.set(ideaId, []).get(ideaId)!).push(m);
  for (const v of votes) push(v.idea_id, { customerId: v.customer_id ?? `anon:${v.anonymous_key}`, timestamp: v.created_at });
  for (const c of comments) push(c.idea_id, { customerId: c.customer_id!, timestamp: c.created_at });
  for (const i of ideas) if (i.customer_id) push(i.id, { customerId: i.customer_id, timestamp: i.created_at });
  for (const id of ideaIds) {
    const list = mentions.get(id) ?? [];
    const distinct = new Set(list.map((m) => m.customerId)).size;
    out.set(id, computeEvidence(list, { base: Math.max(1, baseAll, distinct), now: new Date() }));
  }
  return out;
}

/**
 * Evidence of a theme of a survey's open answers: the complete responses whose open answers are
 * tagged with the theme (built-in taxonomy, analyzeThemes) against all complete responses.
 */
export async function evidenceOfSurveyTheme(db: Db, workspaceId: string, surveyId: string, themeId: string): Promise<{ card: EvidenceCard; label: string } | null> {
  const survey = await db
    .selectFrom('surveys')
    .innerJoin('survey_versions', (j) => j.onRef('survey_versions.survey_id', '=', 'surveys.id').onRef('survey_versions.version', '=', 'surveys.current_version'))
    .select(['survey_versions.definition'])
    .where('surveys.workspace_id', '=', workspaceId)
    .where('surveys.id', '=', surveyId)
    .executeTakeFirst();
  if (!survey) return null;
  const open = listQuestions(survey.definition).filter((q) => q.type === 'text' || q.type === 'comment').map((q) => q.name);
  const rows = await db
    .selectFrom('responses')
    .select(['id', 'customer_id', 'answers', 'completed_at'])
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .where('status', '=', 'complete')
    .execute();
  const answers = rows.flatMap((r) => open.map((q) => r.answers?.[q]).filter((v): v is string => typeof v === 'string' && v.trim().length > 0).map((text) => ({ id: r.id, text })));
  if (rows.length === 0 || answers.length === 0) return null;
  const merged = new Map<string, string>();
  for (const a of answers) merged.set(a.id, merged.has(a.id) ? `${merged.get(a.id)} ${a.text}` : a.text);
  const result = analyzeThemes([...merged.entries()].map(([id, text]) => ({ id, text })), { taxonomy: builtinTaxonomy(), mode: 'taxonomy' });
  const theme = result.themes.find((t) => t.id === themeId);
  const members = new Set(theme?.memberIds ?? []);
  const mentionList: Mention[] = rows.filter((r) => members.has(r.id)).map((r) => ({ customerId: r.customer_id ?? undefined, respondentId: r.id, timestamp: r.completed_at ?? new Date() }));
  return { card: computeEvidence(mentionList, { base: rows.length, now: new Date() }), label: theme?.label ?? themeId };
}
