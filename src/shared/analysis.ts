import { z } from 'zod';

/**
 * The analysis API contract (summary, crosstab, weighting, drivers, trend), shared by the server routes
 * and the web client. Every analysis uses complete responses only.
 */

const questionName = z.string().min(1).max(200);
const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'a date YYYY-MM-DD or an ISO date-time');

/** An answer filter: respondents whose answer to `question` is one of `values` (or, for a list answer, contains one). */
export const answerFilter = z.strictObject({ question: questionName, values: z.array(z.string().max(500)).min(1).max(200) });
export type AnswerFilter = z.infer<typeof answerFilter>;

/**
 * Segment filter: respondents assigned to `segment` (0-based segment number) of segmentation `segmentationId`
 * (the segments capability's segment_assignments table, joined on response_id).
 */
export const segmentFilter = z.strictObject({ segmentationId: z.string().uuid(), segment: z.number().int().min(0).max(1000) });
export type SegmentFilter = z.infer<typeof segmentFilter>;

/** Filters applied to every analysis view. `to` is inclusive when a plain date. */
export const analysisFilter = z.strictObject({
  from: dateText.optional(),
  to: dateText.optional(),
  channels: z.array(z.string().min(1).max(50)).max(20).optional(),
  answers: z.array(answerFilter).max(20).optional(),
  segment: segmentFilter.optional(),
});
export type AnalysisFilter = z.infer<typeof analysisFilter>;

const ci = z.tuple([z.number(), z.number()]);

export const proportionEstimate = z.object({ n: z.number(), nEffective: z.number(), count: z.number(), estimate: z.number(), ci95: ci, smallBase: z.boolean() });
export type ProportionEstimateApi = z.infer<typeof proportionEstimate>;

export const numericSummary = z.object({
  n: z.number(), nEffective: z.number(), mean: z.number(), se: z.number(), meanCi95: ci, median: z.number(), medianCi95: ci,
  sd: z.number(), sdCi95: ci, min: z.number(), max: z.number(), smallBase: z.boolean(),
});
export type NumericSummaryApi = z.infer<typeof numericSummary>;

export const distributionRow = z.object({ value: z.string(), count: z.number(), weightedCount: z.number(), share: z.number(), ci95: ci });
export type DistributionRowApi = z.infer<typeof distributionRow>;

export const npsResult = z.object({
  n: z.number(), nEffective: z.number(), promoters: z.number(), passives: z.number(), detractors: z.number(),
  nps: z.number(), se: z.number(), ci95: ci, smallBase: z.boolean(),
});
export type NpsResultApi = z.infer<typeof npsResult>;

const base = { base: z.number(), missing: z.number(), nEffective: z.number(), smallBase: z.boolean() };

/** The figures of one question, by how it is summarised (the shapes of src/analysis summariseQuestion). */
export const questionFigures = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('choice'), distribution: z.array(distributionRow) }),
  z.object({ ...base, type: z.literal('multi'), options: z.array(distributionRow), meanSelected: z.number().nullable() }),
  z.object({
    ...base, type: z.literal('rating'), descriptives: numericSummary.nullable(), distribution: z.array(distributionRow),
    topTwoBox: proportionEstimate.nullable(), bottomTwoBox: proportionEstimate.nullable(),
  }),
  z.object({ ...base, type: z.literal('nps'), nps: npsResult.nullable(), distribution: z.array(distributionRow) }),
  z.object({
    ...base, type: z.literal('number'), descriptives: numericSummary.nullable(),
    /** Respondents per value (up to 40 distinct values) or per equal-width bin, for a histogram. */
    histogram: z.array(z.object({ label: z.string(), count: z.number() })).optional(),
  }),
  z.object({ ...base, type: z.literal('text') }),
]);
export type QuestionFigures = z.infer<typeof questionFigures>;

const localizedText = z.object({ nl: z.string(), en: z.string() });

/** A question as analysis shows it: name, title, our question type and its answer labels. */
export const analysisQuestion = z.object({
  name: z.string(),
  title: localizedText,
  /** The survey question type (single, multi, rating, nps, number, text ...). */
  questionType: z.string(),
  /** Answer value → label, for choice-like questions. */
  labels: z.record(z.string(), localizedText),
  scale: z.object({ min: z.number(), max: z.number() }).nullable(),
});
export type AnalysisQuestion = z.infer<typeof analysisQuestion>;

/** The weighting as applied to an estimate: null when unweighted. */
export const weightingInEffect = z.object({
  designEffect: z.number(),
  effectiveN: z.number(),
  minWeight: z.number(),
  maxWeight: z.number(),
  /** Respondents left at weight 1 because an answer to a weighting question was missing or had no target. */
  unmatched: z.number(),
});
export type WeightingInEffect = z.infer<typeof weightingInEffect>;

export const analysisBase = z.object({
  /** Complete responses in the survey. */
  complete: z.number(),
  /** Complete responses that pass the filter. */
  filtered: z.number(),
  smallBase: z.boolean(),
});

export const summaryBody = z.strictObject({ filter: analysisFilter.optional(), weighted: z.boolean().optional() });
export type SummaryBody = z.infer<typeof summaryBody>;
export const summaryQuery = z.object({
  from: dateText.optional(),
  to: dateText.optional(),
  channel: z.string().max(50).optional(),
  weighted: z.enum(['true', 'false']).optional(),
});

export const analysisSummary = z.object({
  survey: z.object({ id: z.string(), name: z.string() }),
  base: analysisBase,
  weighting: weightingInEffect.nullable(),
  /** Channels the survey's complete responses came through, for the filter bar. */
  channels: z.array(z.string()),
  questions: z.array(z.object({ question: analysisQuestion, figures: questionFigures })),
  /** Remarks on the figures, e.g. answers that could not be read. */
  notes: z.array(z.string()),
});
export type AnalysisSummary = z.infer<typeof analysisSummary>;

// ---- crosstab ----------------------------------------------------------------------------------
export const crosstabBody = z.strictObject({
  rowQuestion: questionName,
  columnQuestion: questionName,
  filter: analysisFilter.optional(),
  weighted: z.boolean().optional(),
});
export type CrosstabBody = z.infer<typeof crosstabBody>;

/** A cell's column-versus-rest test (multiple-choice crosstabs): Holm-adjusted p over the row's columns. */
export const restTest = z.object({ z: z.number().nullable(), p: z.number().nullable(), mark: z.enum(['higher', 'lower', '']) });
export type RestTestApi = z.infer<typeof restTest>;

/**
 * A crosstab, rows and columns in the questions' answer order. With a multiple-choice question (`multi`) a respondent
 * counts in every option chosen, percentages are of respondents (rowBases/colBases, may sum over 100), there is no
 * chi-square (`chiSquareOmitted`, expected null) and no pairwise letters, but a column-versus-rest test per cell.
 */
export const crosstabTable = z.object({
  rows: z.array(z.string()),
  cols: z.array(z.string()),
  multi: z.boolean(),
  counts: z.array(z.array(z.number())),
  unweightedCounts: z.array(z.array(z.number())),
  /** Weighted respondents per row / column category: the bases of row and column percentages. */
  rowBases: z.array(z.number()),
  colBases: z.array(z.number()),
  rowPercents: z.array(z.array(z.number())),
  colPercents: z.array(z.array(z.number())),
  expected: z.array(z.array(z.number())).nullable(),
  expectedBelow5: z.array(z.array(z.boolean())).nullable(),
  chiSquareOmitted: z.enum(['overlapping-categories']).nullable(),
  restTests: z.array(z.array(restTest)).nullable(),
  lowExpectedShare: z.number(),
  flags: z.array(z.string()),
  chi2: z.number().nullable(),
  df: z.number(),
  p: z.number().nullable(),
  cramersV: z.number().nullable(),
  columnLetters: z.array(z.string()),
  columnTests: z.array(z.array(z.string())),
  n: z.number(),
  nEffective: z.number(),
  smallBase: z.boolean(),
});
export type CrosstabTableApi = z.infer<typeof crosstabTable>;

/** A numeric question compared across the groups of the other question. */
export const groupTest = z.object({
  question: z.string(),
  byQuestion: z.string(),
  groups: z.array(z.object({ label: z.string(), n: z.number(), mean: z.number() })),
  parametric: z.object({ test: z.enum(['welch-t', 'anova']), statistic: z.number(), df: z.number(), p: z.number(), effectSize: z.number(), effectSizeName: z.string() }),
  rank: z.object({ test: z.enum(['mann-whitney', 'kruskal-wallis']), statistic: z.number(), p: z.number(), effectSize: z.number(), effectSizeName: z.string() }),
  smallBase: z.boolean(),
});
export type GroupTest = z.infer<typeof groupTest>;

export const crosstabResponse = z.object({
  rowQuestion: analysisQuestion,
  columnQuestion: analysisQuestion,
  table: crosstabTable.nullable(),
  groupTests: z.array(groupTest),
  weighting: weightingInEffect.nullable(),
  notes: z.array(z.string()),
});
export type CrosstabResponse = z.infer<typeof crosstabResponse>;

// ---- weighting ---------------------------------------------------------------------------------
/** Population margins as percentages: question → answer value → percentage (each question sums to 100). */
export const weightingSetup = z.strictObject({
  margins: z.record(questionName, z.record(z.string().max(500), z.number().min(0).max(100))).refine((m) => Object.keys(m).length >= 1 && Object.keys(m).length <= 6, 'between 1 and 6 questions'),
  /** Bounds on a weight relative to the mean weight, e.g. [0.3, 3]. */
  trim: z.tuple([z.number().min(0).max(1), z.number().min(1).max(100)]).nullable().optional(),
});
export type WeightingSetup = z.infer<typeof weightingSetup>;

export const weightingReport = z.object({
  setup: weightingSetup.nullable(),
  /** The effect on the survey's complete responses; null without a setup or when it cannot be applied. */
  result: z
    .object({
      n: z.number(),
      designEffect: z.number(),
      effectiveN: z.number(),
      minWeight: z.number(),
      maxWeight: z.number(),
      trimmed: z.number(),
      converged: z.boolean(),
      iterations: z.number(),
      maxMarginError: z.number(),
      unmatched: z.number(),
      /** Per question and answer: sample share and weighted share against the target (0..1). */
      margins: z.array(z.object({ question: z.string(), value: z.string(), sample: z.number(), weighted: z.number(), target: z.number() })),
    })
    .nullable(),
  /** Why the setup could not be applied, if it could not. */
  problem: z.string().nullable(),
  /** Candidate questions (single-choice) with their answer values. */
  candidates: z.array(analysisQuestion),
});
export type WeightingReport = z.infer<typeof weightingReport>;

// ---- drivers -----------------------------------------------------------------------------------
export const driversBody = z.strictObject({
  outcome: questionName,
  attributes: z.array(questionName).min(1).max(15),
  filter: analysisFilter.optional(),
  weighted: z.boolean().optional(),
});
export type DriversBody = z.infer<typeof driversBody>;

export const driversResponse = z.object({
  n: z.number(),
  r2: z.number(),
  smallBase: z.boolean(),
  attributes: z.array(
    z.object({
      question: analysisQuestion,
      importance: z.number(),
      shapleyR2: z.number(),
      relativeWeight: z.number(),
      performance: z.number(),
      quadrant: z.enum(['keep-up', 'concentrate-here', 'possible-overkill', 'low-priority']),
    }),
  ),
  weighting: weightingInEffect.nullable(),
  notes: z.array(z.string()),
});
export type DriversResponse = z.infer<typeof driversResponse>;

// ---- trend -------------------------------------------------------------------------------------
export const trendBody = z.strictObject({
  question: questionName.optional(),
  period: z.enum(['week', 'month', 'quarter']).default('month'),
  filter: analysisFilter.optional(),
  weighted: z.boolean().optional(),
});
export type TrendBody = z.input<typeof trendBody>;

export const trendResponse = z.object({
  question: analysisQuestion.nullable(),
  statistic: z.enum(['nps', 'mean']),
  period: z.enum(['week', 'month', 'quarter']),
  points: z.array(z.object({ period: z.string(), start: z.string(), n: z.number(), nEffective: z.number(), estimate: z.number(), ci95: ci.nullable(), smallBase: z.boolean() })),
  weighting: weightingInEffect.nullable(),
});
export type TrendResponse = z.infer<typeof trendResponse>;
