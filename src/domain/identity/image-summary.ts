import type { Db } from '../../db/database.ts';
import { analyzeThemes } from '../../analysis/text/theme-analysis.ts';
import { builtinTaxonomy } from '../../analysis/text/taxonomy.ts';
import { tokenize } from '../../analysis/text/tokenize.ts';
import { stopwordsFor } from '../../analysis/text/stopwords.ts';
import { stemmer } from '../../analysis/text/stem.ts';
import { listQuestions, type SurveyQuestion } from '../surveys/survey-questions.ts';
import type { ImageQuestion, ImageQuestionOption, ImageQuestionSummary } from '../../shared/identity.ts';

const CHOICE_TYPES = new Set(['single', 'multi', 'dropdown', 'boolean']);
const OPEN_TYPES = new Set(['text', 'comment']);
const TOP = 8;

function questionKind(q: SurveyQuestion): 'choice' | 'open' | null {
  return CHOICE_TYPES.has(q.type) ? 'choice' : OPEN_TYPES.has(q.type) ? 'open' : null;
}

async function surveyQuestions(db: Db, workspaceId: string, surveyIds?: readonly string[]) {
  let q = db
    .selectFrom('surveys')
    .innerJoin('survey_versions', (j) => j.onRef('survey_versions.survey_id', '=', 'surveys.id').onRef('survey_versions.version', '=', 'surveys.current_version'))
    .select(['surveys.id', 'surveys.name', 'survey_versions.definition'])
    .where('surveys.workspace_id', '=', workspaceId);
  if (surveyIds) {
    if (surveyIds.length === 0) return [];
    q = q.where('surveys.id', 'in', [...surveyIds]);
  }
  const rows = await q.orderBy('surveys.created_at').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, questions: listQuestions(r.definition) }));
}

/** Every open or choice question of the workspace's surveys: what the team can pick as an image question. */
export async function listImageQuestionOptions(db: Db, workspaceId: string, lang: 'nl' | 'en' = 'nl'): Promise<ImageQuestionOption[]> {
  const out: ImageQuestionOption[] = [];
  for (const s of await surveyQuestions(db, workspaceId)) {
    for (const q of s.questions) {
      const kind = questionKind(q);
      if (kind) out.push({ surveyId: s.id, surveyName: s.name, question: q.name, title: q.title[lang] || q.name, kind });
    }
  }
  return out;
}

/** Counts of each choice (label in the given language), most first. */
function choiceCounts(q: SurveyQuestion, values: unknown[], lang: 'nl' | 'en') {
  const counts = new Map<string, number>();
  const labelOf = (v: unknown) => {
    const c = q.choices?.find((o) => String(o.value) === String(v));
    if (q.type === 'boolean') return v === true ? (lang === 'en' ? 'Yes' : 'Ja') : lang === 'en' ? 'No' : 'Nee';
    return c ? c.text[lang] || String(c.value) : String(v);
  };
  for (const v of values) for (const x of Array.isArray(v) ? v : [v]) if (x !== null && x !== undefined && x !== '') counts.set(labelOf(x), (counts.get(labelOf(x)) ?? 0) + 1);
  return [...counts.entries()].map(([label, count]) => ({ label, count, keywords: [] as string[] })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * Open answers: short descriptions ("vriendelijk en lekker") are counted per word (stemmed, shown
 * in their most common spelling, each person once per word); longer answers go through
 * analyzeThemes with the built-in taxonomy.
 */
function openCounts(texts: string[]) {
  const tokenLists = texts.map(tokenize);
  const meanTokens = tokenLists.reduce((a, t) => a + t.length, 0) / Math.max(1, texts.length);
  if (meanTokens > 6) {
    const result = analyzeThemes(
      texts.map((text, i) => ({ id: String(i), text })),
      { taxonomy: builtinTaxonomy(), minAnswersForCandidates: 10 },
    );
    return result.themes.map((t) => ({ label: t.label, count: t.size, keywords: t.keywords.slice(0, 5) })).sort((a, b) => b.count - a.count);
  }
  const stop = stopwordsFor(['nl', 'en']);
  const stem = stemmer('nl');
  const people = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  for (const tokens of tokenLists) {
    const seen = new Set<string>();
    for (const t of tokens) {
      if (t.length < 3 || stop.has(t) || /^[0-9]+$/.test(t)) continue;
      const s = stem(t);
      const sp = spellings.get(s) ?? new Map<string, number>();
      sp.set(t, (sp.get(t) ?? 0) + 1);
      spellings.set(s, sp);
      if (!seen.has(s)) people.set(s, (people.get(s) ?? 0) + 1);
      seen.add(s);
    }
  }
  return [...people.entries()]
    .map(([s, count]) => {
      const label = [...spellings.get(s)!.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
      return { label, count, keywords: [label] };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * What customers say on each picked image question: the top answers (choice questions) or the top
 * words/themes (open questions) with counts, and every open answer text (for the gap check).
 */
export async function summariseImage(db: Db, workspaceId: string, picked: readonly ImageQuestion[], lang: 'nl' | 'en' = 'nl'): Promise<{ questions: ImageQuestionSummary[]; texts: string[] }> {
  const surveys = await surveyQuestions(db, workspaceId, [...new Set(picked.map((p) => p.surveyId))]);
  const questions: ImageQuestionSummary[] = [];
  const texts: string[] = [];
  for (const p of picked) {
    const survey = surveys.find((s) => s.id === p.surveyId);
    const q = survey?.questions.find((x) => x.name === p.question);
    const kind = q && questionKind(q);
    if (!survey || !q || !kind) continue;
    const rows = await db
      .selectFrom('responses')
      .select('answers')
      .where('workspace_id', '=', workspaceId)
      .where('survey_id', '=', p.surveyId)
      .where('status', '=', 'complete')
      .execute();
    const values = rows.map((r) => r.answers?.[p.question]).filter((v) => v !== undefined && v !== null && v !== '');
    let top: { label: string; count: number; keywords: string[] }[] = [];
    if (kind === 'choice') {
      top = choiceCounts(q, values, lang);
      for (const t of top) texts.push(...Array(Math.min(t.count, 1)).fill(t.label));
    } else {
      const answerTexts = values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
      texts.push(...answerTexts);
      top = answerTexts.length ? openCounts(answerTexts) : [];
    }
    questions.push({ surveyId: survey.id, surveyName: survey.name, question: q.name, title: q.title[lang] || q.name, kind, respondents: values.length, top: top.slice(0, TOP) });
  }
  return { questions, texts };
}
