import type { Db } from '../../db/database.ts';
import { computeEvidence, type EvidenceCard, type Mention } from '../../analysis/evidence.ts';
import { ideaEvidence } from '../evidence/idea-evidence.ts';
import { analyzeThemes } from '../../analysis/text/theme-analysis.ts';
import { builtinTaxonomy } from '../../analysis/text/taxonomy.ts';
import { listQuestions } from '../surveys/survey-questions.ts';
import type { DecisionEvidence } from '../../shared/decisions.ts';

const BASE_LABELS = {
  idea: { nl: 'personen die meededen op het ideeënbord', en: 'people who took part on the ideas board' },
  survey: { nl: 'respondenten met een volledig antwoord', en: 'respondents with a complete response' },
  finding: { nl: 'respondenten (volledig antwoord) die deze vraag beantwoordden', en: 'respondents (complete response) who answered this question' },
} as const;

/** The evidence card as the API returns it (src/shared/evidence.ts), with what its base is. */
export function presentEvidence(card: EvidenceCard, base: keyof typeof BASE_LABELS): DecisionEvidence {
  const onlyNone = card.segments.every((s) => s.segment === '(none)');
  return {
    ...card,
    segments: onlyNone ? [] : card.segments,
    segmentNote: onlyNone ? { nl: 'Geen segmenten gekoppeld.', en: 'No segments linked.' } : null,
    baseLabel: { ...BASE_LABELS[base] },
  };
}

/**
 * Evidence of ideas, as the Themes area shows it (src/domain/evidence/idea-evidence.ts: votes and
 * comments as distinct customers against everyone active on the board, with the workspace's thresholds).
 */
export async function evidenceOfIdeas(db: Db, workspaceId: string, ideaIds: readonly string[]): Promise<Map<string, DecisionEvidence>> {
  const out = new Map<string, DecisionEvidence>();
  for (const id of new Set(ideaIds)) out.set(id, (await ideaEvidence(db, workspaceId, id)).evidence);
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
