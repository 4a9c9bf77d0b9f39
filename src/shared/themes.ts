import { z } from 'zod';
import { evidenceCard } from './evidence.ts';

/**
 * The Themes API: sources of open answers (a survey question, or the ideas board), their theme model
 * as the team edited it, the answers with tags and sentiment, the workspace's own themes.
 */
export const localizedLabel = z.object({ nl: z.string().min(1).max(120), en: z.string().min(1).max(120) });
export type LocalizedLabel = z.infer<typeof localizedLabel>;

export const themeOrigin = z.enum(['builtin', 'custom', 'candidate', 'split']);
export const themeState = z.enum(['active', 'candidate', 'hidden', 'merged', 'dismissed']);

/** "survey:<surveyId>:<questionName>" for a survey's open question, "board" for the ideas board. */
export const themeSourceKey = z.string().min(1).max(400);

export const themeSource = z.object({
  key: z.string(),
  kind: z.enum(['question', 'board']),
  surveyId: z.string().nullable(),
  surveyName: z.string().nullable(),
  questionName: z.string().nullable(),
  title: z.object({ nl: z.string(), en: z.string() }),
  /** Non-empty answers (questions) or ideas (board). */
  answers: z.number().int(),
  /** When themes were last run; null when never. */
  analyzedAt: z.string().nullable(),
});
export type ThemeSource = z.infer<typeof themeSource>;

export const themeView = z.object({
  id: z.string(),
  label: z.object({ nl: z.string(), en: z.string() }),
  origin: themeOrigin,
  state: themeState,
  keywords: z.array(z.string()),
  /** Answers in the theme (mentions, not people). */
  size: z.number().int(),
  /** The three most representative answers (highest confidence first). */
  quotes: z.array(z.object({ ref: z.string(), text: z.string() })),
  sentiment: z.object({ positive: z.number().int(), neutral: z.number().int(), negative: z.number().int() }),
  /** Themes merged into this one. */
  mergedFrom: z.array(z.string()),
  splitFrom: z.string().nullable(),
  evidence: evidenceCard,
});
export type ThemeView = z.infer<typeof themeView>;

export const segmentOption = z.object({ value: z.string(), label: z.string() });

export const themeModel = z.object({
  source: themeSource,
  /** Active themes, most people first. */
  themes: z.array(themeView),
  /** Candidate themes found in new material, to accept or dismiss. */
  candidates: z.array(themeView),
  /** Hidden themes (can be shown again). */
  hidden: z.array(z.object({ id: z.string(), label: z.object({ nl: z.string(), en: z.string() }), size: z.number().int() })),
  /** People with an answer (after the segment filter): the base of every share. */
  base: z.number().int(),
  unassigned: z.number().int(),
  lowConfidence: z.number().int(),
  /** Answers that arrived after the last run (refresh to place them). */
  pending: z.number().int(),
  /** The segment filter's options ("<segmentationId>:<n>" or "attr:<value>"); empty when no segments exist. */
  segmentOptions: z.array(segmentOption),
  segment: z.string().nullable(),
});
export type ThemeModel = z.infer<typeof themeModel>;

export const themeModelQuery = z.object({ segment: z.string().max(200).optional() });

export const refreshResult = z.object({
  answers: z.number().int(),
  newAnswers: z.number().int(),
  assigned: z.number().int(),
  manualKept: z.number().int(),
  newCandidates: z.number().int(),
  unassigned: z.number().int(),
});
export type RefreshResult = z.infer<typeof refreshResult>;

export const updateThemeBody = z.strictObject({
  label: localizedLabel.optional(),
  keywords: z.array(z.string().min(1).max(80)).max(40).optional(),
  hidden: z.boolean().optional(),
});
export type UpdateThemeBody = z.infer<typeof updateThemeBody>;

export const mergeThemeBody = z.strictObject({ intoThemeId: z.string().min(1).max(120) });
export const splitThemeBody = z.strictObject({
  label: localizedLabel,
  keywords: z.array(z.string().min(1).max(80)).max(40).optional(),
  answerRefs: z.array(z.string().min(1).max(300)).min(1).max(5000),
});
export type SplitThemeBody = z.infer<typeof splitThemeBody>;

export const moveAnswerBody = z.strictObject({
  answerRef: z.string().min(1).max(300),
  /** null: take it out of every theme. */
  themeId: z.string().min(1).max(120).nullable(),
});
export type MoveAnswerBody = z.infer<typeof moveAnswerBody>;

export const decisiveToken = z.object({ token: z.string(), weight: z.number(), reason: z.string() });
export const answerSentiment = z.object({
  label: z.enum(['positive', 'neutral', 'negative']),
  score: z.number(),
  lang: z.string(),
  decisive: z.array(decisiveToken),
});
export type AnswerSentiment = z.infer<typeof answerSentiment>;

export const themedAnswer = z.object({
  ref: z.string(),
  text: z.string(),
  themeId: z.string().nullable(),
  confidence: z.number(),
  manual: z.boolean(),
  /** The words or patterns that tied it to the theme. */
  matched: z.array(z.string()),
  sentiment: answerSentiment,
  submittedAt: z.string(),
});
export type ThemedAnswer = z.infer<typeof themedAnswer>;

export const answersQuery = z.object({
  themeId: z.string().max(120).optional(),
  /** Only answers below the confidence of a sure tag (0.5), not set by hand: the manual-check list. */
  lowConfidence: z.enum(['true', 'false']).optional(),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional(),
  segment: z.string().max(200).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
export const answersPage = z.object({ total: z.number().int(), answers: z.array(themedAnswer) });
export type AnswersPage = z.infer<typeof answersPage>;

export const customThemeView = z.object({
  id: z.string(),
  label: z.object({ nl: z.string(), en: z.string() }),
  keywords: z.array(z.string()),
  examples: z.array(z.string()),
  createdAt: z.string(),
});
export type CustomThemeView = z.infer<typeof customThemeView>;
const customThemeFields = {
  label: localizedLabel,
  keywords: z.array(z.string().trim().min(1).max(80)).max(40),
  examples: z.array(z.string().trim().min(1).max(1000)).max(40),
};
export const createCustomThemeBody = z
  .strictObject({ label: customThemeFields.label, keywords: customThemeFields.keywords.optional(), examples: customThemeFields.examples.optional() })
  .refine((b) => (b.keywords?.length ?? 0) + (b.examples?.length ?? 0) > 0, { message: 'give at least 1 keyword or example', path: ['keywords'] });
export type CreateCustomThemeBody = z.infer<typeof createCustomThemeBody>;
export const updateCustomThemeBody = z.strictObject({
  label: customThemeFields.label.optional(),
  keywords: customThemeFields.keywords.optional(),
  examples: customThemeFields.examples.optional(),
});
export type UpdateCustomThemeBody = z.infer<typeof updateCustomThemeBody>;
