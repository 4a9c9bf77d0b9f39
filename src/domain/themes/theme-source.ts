/**
 * Where open answers come from: an open question of a survey ("survey:<surveyId>:<question>") or the
 * ideas board ("board"). Loads the answers of a source with the person behind each one.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import { listQuestions, type SurveyQuestion } from '../surveys/survey-questions.ts';
import type { ThemeSource } from '../../shared/themes.ts';

export type ParsedSourceKey = { kind: 'question'; surveyId: string; question: string } | { kind: 'board' };

/** An open answer with the person behind it (customer when known, else the response or idea). */
export interface SourceAnswer {
  /** "r:<responseId>:<question>" or "i:<ideaId>". */
  ref: string;
  text: string;
  customerId: string | null;
  /** Person key when there is no customer: the response id, or "idea:<id>". */
  respondentId: string;
  responseId: string | null;
  ideaId: string | null;
  submittedAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses a source key; throws a 404 for anything that cannot be a source. */
export function parseSourceKey(key: string): ParsedSourceKey {
  if (key === 'board') return { kind: 'board' };
  const m = /^survey:([^:]+):(.+)$/.exec(key);
  if (!m || !UUID.test(m[1])) throw errors.notFound('Theme source');
  return { kind: 'question', surveyId: m[1].toLowerCase(), question: m[2] };
}

/** Question name of the source that takes every open question of a survey together. */
export const ALL_QUESTIONS = '*';

export function questionSourceKey(surveyId: string, question: string) {
  return `survey:${surveyId}:${question}`;
}

export function isOpenQuestion(q: SurveyQuestion) {
  return q.type === 'text' || q.type === 'comment';
}

async function surveyWithQuestions(db: Db, workspaceId: string, surveyId: string) {
  const row = await db
    .selectFrom('surveys')
    .innerJoin('survey_versions', (j) => j.onRef('survey_versions.survey_id', '=', 'surveys.id').onRef('survey_versions.version', '=', 'surveys.current_version'))
    .select(['surveys.id', 'surveys.name', 'survey_versions.definition'])
    .where('surveys.workspace_id', '=', workspaceId)
    .where('surveys.id', '=', surveyId)
    .executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, name: row.name, questions: listQuestions(row.definition as Record<string, unknown>).filter(isOpenQuestion) };
}

async function lastAnalyzed(db: Db, workspaceId: string) {
  const rows = await db
    .selectFrom('theme_assignments')
    .select(['source', (eb) => eb.fn.max('assigned_at').as('at')])
    .where('workspace_id', '=', workspaceId)
    .groupBy('source')
    .execute();
  return new Map(rows.map((r) => [r.source, r.at ? new Date(r.at as Date).toISOString() : null]));
}

/** The open questions of the workspace's surveys and the ideas board, with their answer counts. */
export async function listThemeSources(db: Db, workspaceId: string): Promise<ThemeSource[]> {
  const analyzed = await lastAnalyzed(db, workspaceId);
  const surveys = await db.selectFrom('surveys').select(['id']).where('workspace_id', '=', workspaceId).orderBy('created_at', 'desc').execute();
  const out: ThemeSource[] = [];
  for (const s of surveys) out.push(...(await sourcesOfSurvey(db, workspaceId, s.id, analyzed)));
  out.push(await boardSource(db, workspaceId, analyzed));
  return out;
}

/** One source's description; throws 404 when the survey or question is not in this workspace. */
export async function describeSource(db: Db, workspaceId: string, key: string): Promise<ThemeSource> {
  const parsed = parseSourceKey(key);
  const analyzed = await lastAnalyzed(db, workspaceId);
  if (parsed.kind === 'board') return boardSource(db, workspaceId, analyzed);
  const found = (await sourcesOfSurvey(db, workspaceId, parsed.surveyId, analyzed)).find((s) => s.key === key);
  if (!found) throw errors.notFound('Theme source');
  return found;
}

async function boardSource(db: Db, workspaceId: string, analyzed: Map<string, string | null>): Promise<ThemeSource> {
  const ideas = await boardIdeas(db, workspaceId).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { key: 'board', kind: 'board', surveyId: null, surveyName: null, questionName: null, title: { nl: 'Ideeënbord', en: 'Ideas board' }, answers: Number(ideas.n), analyzedAt: analyzed.get('board') ?? null };
}

async function sourcesOfSurvey(db: Db, workspaceId: string, surveyId: string, analyzed: Map<string, string | null>): Promise<ThemeSource[]> {
  const survey = await surveyWithQuestions(db, workspaceId, surveyId);
  if (!survey) return [];
  const out: ThemeSource[] = [];
  if (survey.questions.length > 1) {
    // All open answers of the survey together (an NPS survey asks "why?" in three wordings by score).
    const names = survey.questions.map((q) => q.name);
    const count = await db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('survey_id', '=', surveyId)
      .where((eb) => eb.or(names.map((n) => eb(sql<string>`coalesce(answers->>${n}, '')`, '<>', ''))))
      .executeTakeFirstOrThrow();
    const key = questionSourceKey(surveyId, ALL_QUESTIONS);
    out.push({ key, kind: 'question', surveyId, surveyName: survey.name, questionName: ALL_QUESTIONS, title: { nl: 'Alle open antwoorden', en: 'All open answers' }, answers: Number(count.n), analyzedAt: analyzed.get(key) ?? null });
  }
  for (const q of survey.questions) {
    const count = await db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('survey_id', '=', surveyId)
      .where(sql<string>`coalesce(answers->>${q.name}, '')`, '<>', '')
      .executeTakeFirstOrThrow();
    const key = questionSourceKey(surveyId, q.name);
    out.push({ key, kind: 'question', surveyId, surveyName: survey.name, questionName: q.name, title: q.title, answers: Number(count.n), analyzedAt: analyzed.get(key) ?? null });
  }
  return out;
}

function boardIdeas(db: Db, workspaceId: string) {
  return db
    .selectFrom('ideas')
    .where('ideas.workspace_id', '=', workspaceId)
    .where('ideas.hidden', '=', false)
    .where('ideas.merged_into_id', 'is', null)
    .where('ideas.state', 'in', ['published', 'in_review']);
}

/** All non-empty answers of a source, oldest first. Throws 404 for an unknown source. */
export async function loadSourceAnswers(db: Db, workspaceId: string, key: string): Promise<SourceAnswer[]> {
  const parsed = parseSourceKey(key);
  if (parsed.kind === 'board') {
    const rows = await boardIdeas(db, workspaceId).select(['id', 'title', 'description', 'customer_id', 'created_at']).orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => ({
      ref: `i:${r.id}`,
      text: r.description.trim() === '' ? r.title : `${r.title}. ${r.description}`,
      customerId: r.customer_id,
      respondentId: `idea:${r.id}`,
      responseId: null,
      ideaId: r.id,
      submittedAt: new Date(r.created_at),
    }));
  }
  const survey = await surveyWithQuestions(db, workspaceId, parsed.surveyId);
  const names = parsed.question === ALL_QUESTIONS ? (survey?.questions ?? []).map((q) => q.name) : [parsed.question];
  if (!survey || names.length === 0 || !names.every((n) => survey.questions.some((q) => q.name === n))) throw errors.notFound('Theme source');
  const rows = await db
    .selectFrom('responses')
    .select(['id', 'customer_id', 'completed_at', 'started_at', 'answers'])
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', parsed.surveyId)
    .where((eb) => eb.or(names.map((n) => eb(sql<string>`coalesce(answers->>${n}, '')`, '<>', ''))))
    .orderBy('started_at')
    .orderBy('id')
    .execute();
  const out: SourceAnswer[] = [];
  for (const r of rows) {
    const answers = r.answers as Record<string, unknown>;
    for (const n of names) {
      const text = answers[n];
      if (typeof text !== 'string' || text.trim() === '') continue;
      out.push({
        ref: `r:${r.id}:${n}`,
        text: text.trim(),
        customerId: r.customer_id,
        respondentId: r.id,
        responseId: r.id,
        ideaId: null,
        submittedAt: new Date(r.completed_at ?? r.started_at),
      });
    }
  }
  return out;
}
