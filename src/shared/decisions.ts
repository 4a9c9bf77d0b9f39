import { z } from 'zod';
import { evidenceCard } from './evidence.ts';

// ---- ranking (one pure function, used by the server and recomputed live in the browser) ----

export interface DecisionWeights {
  customer: number;
  us: number;
  society: number;
}

export const DEFAULT_DECISION_WEIGHTS: Readonly<DecisionWeights> = Object.freeze({ customer: 1, us: 1, society: 1 });
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 5;

/** What the ranking needs of a card: three values (1-5) and the effort (1-5); null when not yet scored. */
export interface RankableCard {
  id: string;
  title: string;
  scores: { customer: number | null; us: number | null; society: number | null };
  effort: number | null;
}

/**
 * The score of one card: (w_c·customer + w_u·us + w_s·society) / effort. Null while any of the
 * four numbers is missing (such a card is ranked after every scored card).
 *
 * Source: a weighted-value-over-effort ratio as in weighted shortest job first (Reinertsen, "The
 * Principles of Product Development Flow", 2009, ch. 3) with the team's own weights. Cost: O(1).
 * Throws a RangeError for an effort below 1 or a negative weight.
 *
 * @example
 * decisionScore({ scores: { customer: 5, us: 3, society: 2 }, effort: 2 }, { customer: 2, us: 1, society: 1 }) // → 7.5
 */
export function decisionScore(card: Pick<RankableCard, 'scores' | 'effort'>, weights: DecisionWeights): number | null {
  if (weights.customer < 0 || weights.us < 0 || weights.society < 0) throw new RangeError('decisionScore requires weights of at least 0');
  const { customer, us, society } = card.scores;
  if (customer == null || us == null || society == null || card.effort == null) return null;
  if (card.effort < 1) throw new RangeError('decisionScore requires an effort of at least 1');
  return (weights.customer * customer + weights.us * us + weights.society * society) / card.effort;
}

/**
 * Ranks cards by decisionScore, highest first; unscored cards last; ties by title, then id, so the
 * order is the same on the server and in every browser. Returns new objects with `score` and a
 * 1-based `rank`; the input is not changed.
 *
 * Cost: O(n log n). Throws what decisionScore throws.
 *
 * @example
 * rankDecisionCards([a, b], { customer: 1, us: 1, society: 1 }).map((c) => c.rank) // → [1, 2]
 */
export function rankDecisionCards<T extends RankableCard>(cards: readonly T[], weights: DecisionWeights): (T & { score: number | null; rank: number })[] {
  const scored = cards.map((c) => ({ ...c, score: decisionScore(c, weights) }));
  scored.sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1;
    } else if (a.score !== b.score) return b.score - a.score;
    return a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  return scored.map((c, i) => ({ ...c, rank: i + 1 }));
}

/** The formula with the current weights filled in, e.g. "score = (2·customer + 1·us + 1·society) / effort". */
export function decisionFormula(weights: DecisionWeights, labels: { score: string; customer: string; us: string; society: string; effort: string }): string {
  const w = (x: number) => String(+x.toFixed(2));
  return `${labels.score} = (${w(weights.customer)}·${labels.customer} + ${w(weights.us)}·${labels.us} + ${w(weights.society)}·${labels.society}) / ${labels.effort}`;
}

// ---- API contract ----

export const DECISION_SOURCE_TYPES = ['idea', 'theme', 'finding'] as const;
export const decisionSourceType = z.enum(DECISION_SOURCE_TYPES);
export const DECISION_KINDS = ['accept', 'decline', 'park'] as const;
export const decisionKind = z.enum(DECISION_KINDS);
export const decisionEventKind = z.enum(['accept', 'decline', 'park', 'made']);
export const decisionStatus = z.enum(['open', 'accepted', 'declined', 'parked', 'made']);
export type DecisionStatus = z.infer<typeof decisionStatus>;
export const identityItemKind = z.enum(['great', 'good', 'cannot']);

const weight = z.number().min(WEIGHT_MIN).max(WEIGHT_MAX);
export const decisionWeights = z.strictObject({ customer: weight, us: weight, society: weight });

const score = z.number().int().min(1).max(5);
const reason = z.string().trim().max(200);

export const identityLink = z.strictObject({ kind: identityItemKind, item: z.string().trim().min(1).max(80) });

/** A survey finding's answer: the question (its name) and one answer value, e.g. { question: 'woning', value: 'benedenwoning' }. */
export const findingAnswer = z.strictObject({
  question: z.string().trim().min(1).max(200),
  value: z.string().trim().min(1).max(200),
});
export type FindingAnswerBody = z.infer<typeof findingAnswer>;

export const createDecisionBody = z.strictObject({
  sourceType: decisionSourceType,
  /**
   * Idea id, theme id or a free reference of a survey finding. Required, except for a finding with `finding`
   * (its reference is then `question=value`).
   */
  sourceRef: z.string().trim().min(1).max(200).optional(),
  title: z.string().trim().min(1).max(160).optional(),
  description: z.string().trim().max(2000).optional(),
  /** The survey a theme or finding comes from; part of the source (one card per theme per survey). */
  surveyId: z.string().uuid().optional(),
  /** Only for sourceType 'finding' (with surveyId): the answer whose share of respondents is the card's evidence. */
  finding: findingAnswer.optional(),
});
export type CreateDecisionBody = z.infer<typeof createDecisionBody>;

export const updateDecisionBody = z.strictObject({
  title: z.string().trim().min(1).max(160).optional(),
  description: z.string().trim().max(2000).optional(),
  surveyId: z.string().uuid().nullable().optional(),
  identityItems: z.array(identityLink).max(30).optional(),
  scores: z
    .strictObject({
      customer: z.strictObject({ score: score.nullable(), reason }).optional(),
      us: z.strictObject({ score: score.nullable(), reason }).optional(),
      society: z.strictObject({ score: score.nullable(), reason }).optional(),
    })
    .optional(),
  effort: score.nullable().optional(),
});
export type UpdateDecisionBody = z.infer<typeof updateDecisionBody>;

export const decideBody = z.strictObject({
  decision: decisionKind,
  /** Why; required, kept in the audit trail. */
  reason: z.string().trim().min(3).max(2000),
  /** Shown on the ideas board for a declined idea; defaults to the reason. */
  publicReason: z.string().trim().min(3).max(500).optional(),
});

export const markMadeBody = z.strictObject({
  reason: z.string().trim().min(3).max(2000),
  /** The changelog entry; defaults to the card title. */
  changelogTitle: z.string().trim().min(1).max(160).optional(),
  changelogBody: z.string().trim().max(4000).optional(),
});

export const notifyRespondentsBody = z.strictObject({
  /** The survey whose respondents hear back; defaults to the card's survey. */
  surveyId: z.string().uuid().optional(),
});

/** The evidence card of the card's source (the shared evidence contract, src/shared/evidence.ts). */
export const decisionEvidence = evidenceCard;
export type DecisionEvidence = z.infer<typeof decisionEvidence>;

export const decisionEvent = z.object({
  id: z.string(),
  kind: decisionEventKind,
  reason: z.string(),
  publicReason: z.string().nullable(),
  supersedesId: z.string().nullable(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type DecisionEventView = z.infer<typeof decisionEvent>;

export const decisionCard = z.object({
  id: z.string(),
  sourceType: decisionSourceType,
  sourceRef: z.string(),
  surveyId: z.string().nullable(),
  /** A finding's question and answer value (its evidence is the share of respondents with that answer). */
  finding: z.object({ question: z.string(), value: z.string() }).nullable(),
  title: z.string(),
  description: z.string(),
  identityItems: z.array(z.object({ kind: identityItemKind, item: z.string() })),
  /** True when the card touches something the team said it cannot do. */
  touchesCannotDo: z.boolean(),
  scores: z.object({ customer: z.number().nullable(), us: z.number().nullable(), society: z.number().nullable() }),
  reasons: z.object({ customer: z.string(), us: z.string(), society: z.string() }),
  effort: z.number().nullable(),
  score: z.number().nullable(),
  rank: z.number(),
  status: decisionStatus,
  latestEvent: decisionEvent.nullable(),
  evidence: decisionEvidence.nullable(),
  idea: z.object({ id: z.string(), status: z.string(), statusReason: z.string().nullable(), votes: z.number() }).nullable(),
  createdAt: z.string(),
});
export type DecisionCardView = z.infer<typeof decisionCard>;

export const decisionBoard = z.object({ weights: decisionWeights, cards: z.array(decisionCard) });
export type DecisionBoard = z.infer<typeof decisionBoard>;

export const decisionHistory = z.object({ events: z.array(decisionEvent) });

export const notifyResult = z.object({ queued: z.number(), skipped: z.number() });

// ---- reports ----
export const reportPeriodKind = z.enum(['month', 'quarter']);
export const createReportBody = z.strictObject({
  periodKind: reportPeriodKind,
  /** 'YYYY-MM'; for a quarter, any month in it. */
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});
export const reportLink = z.object({
  id: z.string(),
  periodKind: reportPeriodKind,
  periodStart: z.string(),
  label: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  /** Only in the answer to create: the token is stored hashed and cannot be shown again. */
  url: z.string().optional(),
  token: z.string().optional(),
});
export type ReportLinkView = z.infer<typeof reportLink>;

export const publicReport = z.object({
  workspaceName: z.string(),
  periodKind: reportPeriodKind,
  periodStart: z.string(),
  periodEnd: z.string(),
  label: z.string(),
  themes: z.array(z.object({ id: z.string(), label: z.string(), count: z.number(), evidence: decisionEvidence.nullable() })),
  ideas: z.array(z.object({ id: z.string(), title: z.string(), votes: z.number(), status: z.string(), evidence: decisionEvidence.nullable() })),
  decisions: z.array(
    z.object({
      cardId: z.string(),
      title: z.string(),
      kind: decisionEventKind,
      reason: z.string(),
      authorName: z.string(),
      createdAt: z.string(),
      verdict: z.enum(['anecdote', 'emerging', 'established']).nullable(),
    }),
  ),
});
export type PublicReport = z.infer<typeof publicReport>;
