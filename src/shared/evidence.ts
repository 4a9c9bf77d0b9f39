import { z } from 'zod';

/**
 * The evidence card of a theme or an idea as the API returns it (see src/analysis/evidence.ts for how
 * it is computed): distinct people, their share of the base with a Wilson 95% interval, spread over
 * segments, trend per period, sentiment, and the verdict with its rule in Dutch and English.
 */
export const evidenceVerdict = z.enum(['anecdote', 'emerging', 'established']);
export type EvidenceVerdict = z.infer<typeof evidenceVerdict>;

export const evidenceThresholds = z.object({
  minDistinct: z.number().int().min(1).max(10_000),
  trivialShare: z.number().min(0).max(1),
  establishedShare: z.number().min(0).max(1),
  establishedCount: z.number().int().min(1).max(1_000_000),
  growthFactor: z.number().min(1).max(100),
  periods: z.number().int().min(2).max(24),
  periodDays: z.number().int().min(1).max(365),
});
export type EvidenceThresholds = z.infer<typeof evidenceThresholds>;

/** PUT body of the workspace's evidence settings (all thresholds at once). */
export const evidenceSettingsBody = z.strictObject(evidenceThresholds.shape);
export const evidenceSettings = z.object({
  thresholds: evidenceThresholds,
  /** The defaults, so a form can offer "reset". */
  defaults: evidenceThresholds,
  rule: z.object({ nl: z.string(), en: z.string() }),
});
export type EvidenceSettings = z.infer<typeof evidenceSettings>;

export const evidenceCard = z.object({
  /** Mentions before de-duplication (tagged answers, votes, comments). */
  mentions: z.number().int(),
  /** Distinct customers or respondents behind it. */
  distinctPeople: z.number().int(),
  /** The number of people the share is taken of. */
  base: z.number().int(),
  /** What the base is, in Dutch and English ("respondents who answered this question"). */
  baseLabel: z.object({ nl: z.string(), en: z.string() }),
  share: z.number(),
  shareCi: z.tuple([z.number(), z.number()]),
  /** Distinct people per segment, most first; empty with `segmentNote` when no segments exist. */
  segments: z.array(z.object({ segment: z.string(), people: z.number().int(), share: z.number() })),
  segmentNote: z.object({ nl: z.string(), en: z.string() }).nullable(),
  trend: z.object({
    periods: z.array(z.object({ start: z.string(), end: z.string(), people: z.number().int(), mentions: z.number().int() })),
    growing: z.boolean(),
  }),
  sentiment: z.object({ positive: z.number().int(), neutral: z.number().int(), negative: z.number().int(), unknown: z.number().int() }),
  verdict: evidenceVerdict,
  reason: z.object({ nl: z.string(), en: z.string() }),
  rule: z.object({ nl: z.string(), en: z.string() }),
  thresholds: evidenceThresholds,
});
export type EvidenceCardData = z.infer<typeof evidenceCard>;

/** GET /api/w/:workspaceId/evidence/ideas/:ideaId */
export const ideaEvidence = z.object({
  ideaId: z.string(),
  title: z.string(),
  evidence: evidenceCard,
});
export type IdeaEvidence = z.infer<typeof ideaEvidence>;

/** One idea's verdict in GET /api/w/:workspaceId/evidence/ideas (the card cut down for a list). */
export const ideaVerdict = z.object({
  ideaId: z.string(),
  title: z.string(),
  verdict: evidenceVerdict,
  reason: z.object({ nl: z.string(), en: z.string() }),
  distinctPeople: z.number().int(),
  mentions: z.number().int(),
  share: z.number(),
});
export type IdeaVerdict = z.infer<typeof ideaVerdict>;

/** GET /api/w/:workspaceId/evidence/ideas: the verdict of every idea of the workspace, with the rule behind them. */
export const ideasEvidence = z.object({
  rule: z.object({ nl: z.string(), en: z.string() }),
  thresholds: evidenceThresholds,
  ideas: z.array(ideaVerdict),
});
export type IdeasEvidence = z.infer<typeof ideasEvidence>;
