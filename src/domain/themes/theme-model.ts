/**
 * The theme model of a source as the Themes page shows it: every theme with its quotes, sentiment
 * split and evidence card, the candidates to accept or dismiss, and the answers with their tags.
 */
import type { Db } from '../../db/database.ts';
import type { Mention } from '../../analysis/evidence.ts';
import type { AnswersPage, ThemeModel, ThemeView, ThemedAnswer } from '../../shared/themes.ts';
import { listBoardActs, personOfAct, type BoardAct } from '../evidence/board-activity.repository.ts';
import { getEvidenceThresholds } from '../evidence/evidence-settings.repository.ts';
import { presentEvidence } from '../evidence/evidence.presenter.ts';
import { BOARD_BASE_LABEL } from '../evidence/idea-evidence.ts';
import { lookupSegments, segmentOf, type SegmentLookup } from '../evidence/segment-lookup.ts';
import { answerSentiment } from './answer-sentiment.ts';
import { LOW_CONFIDENCE_BELOW } from './refresh-themes.command.ts';
import { describeSource, loadSourceAnswers, type SourceAnswer } from './theme-source.ts';
import { listAssignments, listThemeRows, type AssignmentRow, type ThemeRow } from './theme.repository.ts';

const QUESTION_BASE_LABEL = { nl: 'respondenten die deze vraag beantwoordden', en: 'respondents who answered this question' };

interface Loaded {
  answers: SourceAnswer[];
  assignmentOf: Map<string, AssignmentRow>;
  rows: ThemeRow[];
  segments: SegmentLookup;
  board: BoardAct[] | null;
}

async function load(db: Db, workspaceId: string, source: string, segment: string | undefined): Promise<Loaded & { source: Awaited<ReturnType<typeof describeSource>> }> {
  const desc = await describeSource(db, workspaceId, source);
  let answers = await loadSourceAnswers(db, workspaceId, source);
  const segments = await lookupSegments(db, workspaceId, { surveyId: desc.surveyId });
  if (segment) answers = answers.filter((a) => segmentOf(segments, a) === segment);
  const assignmentOf = new Map((await listAssignments(db, workspaceId, source)).map((a) => [a.answer_ref, a]));
  const rows = await listThemeRows(db, workspaceId, source);
  const board = desc.kind === 'board' ? await listBoardActs(db, workspaceId) : null;
  return { source: desc, answers, assignmentOf, rows, segments, board };
}

function personKey(a: SourceAnswer) {
  return a.customerId ? `c:${a.customerId}` : `r:${a.respondentId}`;
}

/** The theme model of a source, optionally for one segment ("<segmentationId>:<n>" or "attr:<value>"). */
export async function buildThemeModel(db: Db, props: { workspaceId: string; source: string; segment?: string }): Promise<ThemeModel> {
  const { source, answers, assignmentOf, rows, segments, board } = await load(db, props.workspaceId, props.source, props.segment);
  const thresholds = await getEvidenceThresholds(db, props.workspaceId);
  const inSegment = (act: BoardAct) => !props.segment || segmentOf(segments, { customerId: act.customerId }) === props.segment;
  const boardActs = board?.filter(inSegment) ?? null;
  const base = boardActs ? new Set(boardActs.map(personOfAct)).size : new Set(answers.map(personKey)).size;
  const latest = [...answers.map((a) => a.submittedAt.getTime()), ...(boardActs ?? []).map((a) => a.at.getTime())];
  const now = latest.length > 0 ? new Date(Math.max(...latest) + 1) : new Date();

  const members = new Map<string, SourceAnswer[]>();
  for (const a of answers) {
    const themeId = assignmentOf.get(a.ref)?.theme_id;
    if (!themeId) continue;
    const list = members.get(themeId) ?? [];
    list.push(a);
    members.set(themeId, list);
  }
  const view = (row: ThemeRow): ThemeView => {
    const list = members.get(row.id) ?? [];
    const sentiment = { positive: 0, neutral: 0, negative: 0 };
    const mentions: Mention[] = [];
    for (const a of list) {
      const s = answerSentiment(a.text).label;
      sentiment[s]++;
      mentions.push({ ...(a.customerId ? { customerId: a.customerId } : { respondentId: a.respondentId }), timestamp: a.submittedAt, segment: segmentOf(segments, a), sentiment: s });
      if (boardActs && a.ideaId) {
        for (const v of boardActs) {
          if (v.ideaId === a.ideaId && v.kind === 'vote') mentions.push({ ...(v.customerId ? { customerId: v.customerId } : { respondentId: v.respondentId }), timestamp: v.at, segment: segmentOf(segments, { customerId: v.customerId }) });
        }
      }
    }
    const ranked = [...list].sort((x, y) => quoteRank(assignmentOf.get(y.ref)!, y) - quoteRank(assignmentOf.get(x.ref)!, x) || (x.ref < y.ref ? -1 : 1));
    return {
      id: row.id,
      label: row.label,
      origin: row.origin,
      state: row.state,
      keywords: keywordsOf(row, list, assignmentOf),
      size: list.length,
      quotes: ranked.slice(0, 3).map((a) => ({ ref: a.ref, text: a.text })),
      sentiment,
      mergedFrom: rows.filter((r) => r.merged_into === row.id).map((r) => r.id),
      splitFrom: row.split_from,
      evidence: presentEvidence(mentions, { base, baseLabel: board ? BOARD_BASE_LABEL : QUESTION_BASE_LABEL, thresholds, now, segments }),
    };
  };
  const byPeople = (a: ThemeView, b: ThemeView) => b.evidence.distinctPeople - a.evidence.distinctPeople || b.size - a.size || (a.id < b.id ? -1 : 1);
  const hasAnswers = base > 0;
  const themes = hasAnswers ? rows.filter((r) => r.state === 'active' && (members.get(r.id)?.length ?? 0) > 0).map(view).sort(byPeople) : [];
  const candidates = hasAnswers ? rows.filter((r) => r.state === 'candidate' && (members.get(r.id)?.length ?? 0) > 0).map(view).sort(byPeople) : [];
  let unassigned = 0;
  let low = 0;
  for (const a of answers) {
    const as = assignmentOf.get(a.ref);
    if (!as || !as.theme_id) unassigned++;
    if (isLowConfidence(as)) low++;
  }
  return {
    source,
    themes,
    candidates,
    hidden: rows.filter((r) => r.state === 'hidden').map((r) => ({ id: r.id, label: r.label, size: members.get(r.id)?.length ?? 0 })),
    base,
    unassigned,
    lowConfidence: low,
    pending: answers.filter((a) => !assignmentOf.has(a.ref)).length,
    segmentOptions: segments.options,
    segment: props.segment ?? null,
  };
}

/** Not placed by hand and not surely tagged (or never tagged): for a quick manual check. */
function isLowConfidence(as: AssignmentRow | undefined) {
  return !as || (!as.manual && as.confidence < LOW_CONFIDENCE_BELOW);
}

// Representative quotes: surely tagged, of a readable length (a sentence or two), placed by hand first.
function quoteRank(as: AssignmentRow, a: SourceAnswer) {
  const len = a.text.length;
  const readable = len < 25 ? len / 25 : len > 220 ? 220 / len : 1;
  return (as.manual ? 1 : as.confidence) * readable;
}

function keywordsOf(row: ThemeRow, list: SourceAnswer[], assignmentOf: Map<string, AssignmentRow>) {
  if (row.keywords.length > 0) return row.keywords.slice(0, 8);
  const counts = new Map<string, number>();
  for (const a of list) {
    for (const m of assignmentOf.get(a.ref)?.matched ?? []) {
      if (m.startsWith('/') || m.startsWith('example: ') || m === 'correction' || m === 'manual' || m.includes('cluster') || m.includes('candidate')) continue;
      const word = m.replace(/\*/g, '');
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 6).map(([w]) => w);
}

/** The answers of a source with their theme, confidence and sentiment (with the decisive words). */
export async function listThemedAnswers(
  db: Db,
  props: { workspaceId: string; source: string; themeId?: string; lowConfidence?: boolean; sentiment?: 'positive' | 'neutral' | 'negative'; segment?: string; q?: string; limit?: number; offset?: number },
): Promise<AnswersPage> {
  const { answers, assignmentOf } = await load(db, props.workspaceId, props.source, props.segment);
  let list = answers;
  if (props.themeId) list = list.filter((a) => assignmentOf.get(a.ref)?.theme_id === props.themeId);
  if (props.lowConfidence) list = list.filter((a) => isLowConfidence(assignmentOf.get(a.ref)));
  if (props.q) {
    const needle = props.q.toLowerCase();
    list = list.filter((a) => a.text.toLowerCase().includes(needle));
  }
  if (props.sentiment) list = list.filter((a) => answerSentiment(a.text).label === props.sentiment);
  list = [...list].sort((x, y) =>
    props.lowConfidence ? (assignmentOf.get(x.ref)?.confidence ?? 0) - (assignmentOf.get(y.ref)?.confidence ?? 0) || (x.ref < y.ref ? -1 : 1) : y.submittedAt.getTime() - x.submittedAt.getTime() || (x.ref < y.ref ? -1 : 1),
  );
  const offset = props.offset ?? 0;
  const page = list.slice(offset, offset + (props.limit ?? 50));
  return {
    total: list.length,
    answers: page.map((a): ThemedAnswer => {
      const as = assignmentOf.get(a.ref);
      const s = answerSentiment(a.text);
      return {
        ref: a.ref,
        text: a.text,
        themeId: as?.theme_id ?? null,
        confidence: as?.confidence ?? 0,
        manual: as?.manual ?? false,
        matched: as?.matched ?? [],
        sentiment: { label: s.label, score: s.score, lang: s.lang, decisive: s.decisive.map((d) => ({ token: d.token, weight: d.weight, reason: d.reason })) },
        submittedAt: a.submittedAt.toISOString(),
      };
    }),
  };
}
