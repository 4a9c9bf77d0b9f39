import { z } from 'zod';

/** Dutch and English text of a question or answer, from the survey's own definition. */
export const localizedText = z.object({ nl: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedText>;

/** How an item enters the model: its answers as categories (latent class part) or as a number (a Gaussian per segment). */
export const segmentMeasure = z.enum(['categories', 'number']);
export type SegmentMeasure = z.infer<typeof segmentMeasure>;

/**
 * An item the segmentation can use: a categorical question (single choice, dropdown, yes/no, rating,
 * number) keyed by its name, or one option of a checkbox question (chosen / not chosen) keyed
 * "question=value". Ratings and number questions can be used as categories or as a number.
 */
export const segmentItem = z.object({
  key: z.string(),
  question: z.string(),
  type: z.string(),
  title: localizedText,
  /** Checkbox option items: the option. */
  option: localizedText.nullable(),
  categories: z.array(z.object({ value: z.string(), text: localizedText })),
  /** Complete responses with an answer to this item. */
  answered: z.number().int(),
  /** Share of the most frequent answer, 0..1. */
  topShare: z.number(),
  suggested: z.boolean(),
  /** Why it is not suggested: "few-answers", "nearly-constant", "too-many-categories", "open". */
  reason: z.string().nullable(),
  /** The ways this item can enter the model: ratings and number questions both, others only categories. */
  measures: z.array(segmentMeasure),
  /** Used when a run does not say: a number for 0–10 and number questions, categories otherwise. */
  defaultMeasure: segmentMeasure,
});
export type SegmentItem = z.infer<typeof segmentItem>;

export const segmentItemsResponse = z.object({
  surveyId: z.string(),
  surveyName: z.string(),
  /** Complete responses of the survey. */
  responses: z.number().int(),
  items: z.array(segmentItem),
});
export type SegmentItemsResponse = z.infer<typeof segmentItemsResponse>;

export const startSegmentationRunBody = z.strictObject({
  surveyId: z.string().uuid(),
  items: z.array(z.string().min(1).max(300)).min(1).max(40),
  /** Fit K = 1..maxK (default 8). */
  maxK: z.number().int().min(1).max(8).optional(),
  /** Random starts per K (default 10). */
  starts: z.number().int().min(1).max(50).optional(),
  seed: z.number().int().min(0).max(2 ** 31).optional(),
  /**
   * Per item key: 'categories' or 'number' (ratings and number questions only; default the item's
   * defaultMeasure). With any item as a number the run fits a Gaussian/categorical mixture model.
   */
  measures: z.record(z.string().min(1).max(300), segmentMeasure).optional(),
});
export type StartSegmentationRunBody = z.infer<typeof startSegmentationRunBody>;

/**
 * One thing that sets a segment apart. kind 'answer': an answer's share in the segment against the rest
 * (inSegment, rest 0..1; lift = inSegment / rest). kind 'mean': a number item's mean in the segment
 * against the rest (inSegment, rest in the item's units; lift = the difference in pooled within-segment
 * standard deviations, signed; answer = the mean as text).
 */
export const segmentTrait = z.object({
  kind: z.enum(['answer', 'mean']),
  item: z.string(),
  question: localizedText,
  answer: localizedText,
  inSegment: z.number(),
  rest: z.number(),
  lift: z.number(),
});
export type SegmentTrait = z.infer<typeof segmentTrait>;

export const segmentCard = z.object({
  /** 0-based segment number; the letter is A + segment. */
  segment: z.number().int(),
  letter: z.string(),
  /** Model share and the share of respondents assigned to it (modal), with a Wilson 95% CI. */
  share: z.number(),
  assigned: z.number().int(),
  assignedShare: z.number(),
  ci95: z.tuple([z.number(), z.number()]),
  /** Mean posterior probability of the respondents assigned to it. */
  meanProbability: z.number(),
  name: localizedText,
  sentence: localizedText,
  traits: z.array(segmentTrait),
});
export type SegmentCard = z.infer<typeof segmentCard>;

export const segmentationModelSummary = z.object({
  k: z.number().int(),
  loglik: z.number(),
  bic: z.number(),
  aic: z.number(),
  /** Relative entropy (null for K = 1). */
  entropy: z.number().nullable(),
  npar: z.number().int(),
  converged: z.boolean(),
  segments: z.array(segmentCard),
});
export type SegmentationModelSummary = z.infer<typeof segmentationModelSummary>;

export const segmentationRunResult = z.object({
  /** Respondents fitted. */
  n: z.number().int(),
  items: z.array(segmentItem),
  best: z.number().int(),
  criterion: z.enum(['bic', 'aic']),
  /** One class fits best: the answers show no clear groups. */
  noStructure: z.boolean(),
  /** 'lca' (all items as categories) or 'mixture' (some items as numbers). */
  model: z.enum(['lca', 'mixture']),
  /** The item keys used as numbers. */
  numeric: z.array(z.string()),
  models: z.array(segmentationModelSummary),
});
export type SegmentationRunResult = z.infer<typeof segmentationRunResult>;

export const segmentationRunStatus = z.enum(['running', 'done', 'failed', 'cancelled']);

export const segmentationRun = z.object({
  id: z.string(),
  surveyId: z.string(),
  status: segmentationRunStatus,
  progress: z.number(),
  message: z.string(),
  items: z.array(z.string()),
  result: segmentationRunResult.nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
});
export type SegmentationRun = z.infer<typeof segmentationRun>;

export const startedRun = z.object({ id: z.string(), status: segmentationRunStatus });

const label = z.string().trim().min(1).max(120);

export const saveSegmentationBody = z.strictObject({
  runId: z.string().uuid(),
  k: z.number().int().min(1).max(8),
  name: z.string().trim().min(1).max(200),
  /** One label per segment; default: the suggested names in the workspace owner's language. */
  labels: z.array(label).max(8).optional(),
  language: z.enum(['nl', 'en']).optional(),
});
export type SaveSegmentationBody = z.infer<typeof saveSegmentationBody>;

export const updateSegmentationBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  labels: z.array(label).min(1).max(8).optional(),
});
export type UpdateSegmentationBody = z.infer<typeof updateSegmentationBody>;

export const segmentationSegment = z.object({
  segment: z.number().int(),
  letter: z.string(),
  label: z.string(),
  respondents: z.number().int(),
  share: z.number(),
  ci95: z.tuple([z.number(), z.number()]),
  sentence: localizedText,
  traits: z.array(segmentTrait),
});

export const segmentation = z.object({
  id: z.string(),
  surveyId: z.string(),
  surveyName: z.string(),
  name: z.string(),
  items: z.array(z.string()),
  /** The item keys used as numbers (a mixture model); empty for latent class models. */
  numeric: z.array(z.string()),
  k: z.number().int(),
  labels: z.array(z.string()),
  respondents: z.number().int(),
  segments: z.array(segmentationSegment),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Segmentation = z.infer<typeof segmentation>;

export const segmentationListItem = z.object({
  id: z.string(),
  surveyId: z.string(),
  surveyName: z.string(),
  name: z.string(),
  k: z.number().int(),
  labels: z.array(z.string()),
  respondents: z.number().int(),
  createdAt: z.string(),
});
export type SegmentationListItem = z.infer<typeof segmentationListItem>;

/** A metric (NPS or mean rating) per segment with its 95% interval. */
export const segmentComparisonMetric = z.object({
  question: z.string(),
  title: localizedText,
  kind: z.enum(['nps', 'mean']),
  scaleMin: z.number().nullable(),
  scaleMax: z.number().nullable(),
  segments: z.array(
    z.object({
      segment: z.number().int(),
      label: z.string(),
      n: z.number().int(),
      value: z.number().nullable(),
      ci95: z.tuple([z.number(), z.number()]).nullable(),
      smallBase: z.boolean(),
    }),
  ),
});
export type SegmentComparisonMetric = z.infer<typeof segmentComparisonMetric>;

export const segmentComparison = z.object({
  segmentationId: z.string(),
  segments: z.array(z.object({ segment: z.number().int(), label: z.string(), respondents: z.number().int() })),
  metrics: z.array(segmentComparisonMetric),
});
export type SegmentComparison = z.infer<typeof segmentComparison>;

/** The letter of a 0-based segment number: 0 → A. */
export function segmentLetter(segment: number): string {
  return String.fromCharCode(65 + segment);
}
