import { z } from 'zod';

/**
 * The survey API contract, shared by the server routes and the web client.
 * A survey definition is SurveyJS JSON; the server checks its shape in src/domain/surveys.
 */

export const surveyLanguage = z.enum(['nl', 'en']);
export type SurveyLanguage = z.infer<typeof surveyLanguage>;
export const surveyStatus = z.enum(['draft', 'open', 'closed']);
export const responseChannel = z.enum(['link', 'embed', 'email', 'qr', 'import']);
export type ResponseChannel = z.infer<typeof responseChannel>;

/** SurveyJS JSON. Kept open here (SurveyJS has many properties); checked in depth by checkSurveyDefinition. */
export const surveyDefinition = z.record(z.string(), z.unknown());
export type SurveyDefinition = Record<string, unknown>;

export const templateName = z.enum(['nps', 'csat', 'customer-needs', 'housing-preferences', 'co-creation']);
export type TemplateName = z.infer<typeof templateName>;

const isoDate = z.string().datetime({ offset: true });

export const surveySettings = z.object({
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  quota: z.number().int().nullable(),
  oneResponsePerPerson: z.boolean(),
});

export const surveySummary = z.object({
  id: z.string().uuid(),
  name: z.string(),
  slug: z.string(),
  status: surveyStatus,
  currentVersion: z.number().int(),
  template: z.string().nullable(),
  responseCount: z.number().int(),
  completeCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  settings: surveySettings,
  publicPath: z.string(),
});
export type SurveySummary = z.infer<typeof surveySummary>;

export const surveyDetail = surveySummary.extend({ definition: surveyDefinition });
export type SurveyDetail = z.infer<typeof surveyDetail>;

export const surveyVersionSummary = z.object({ version: z.number().int(), createdAt: z.string(), responseCount: z.number().int(), definition: surveyDefinition });
export type SurveyVersionSummary = z.infer<typeof surveyVersionSummary>;

export const templateSummary = z.object({
  name: templateName,
  title: z.object({ nl: z.string(), en: z.string() }),
  description: z.object({ nl: z.string(), en: z.string() }),
  questionCount: z.number().int(),
  definition: surveyDefinition,
});
export type TemplateSummary = z.infer<typeof templateSummary>;

export const createSurveyBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(200),
  template: templateName.optional(),
  definition: surveyDefinition.optional(),
});
export type CreateSurveyBody = z.infer<typeof createSurveyBody>;

export const updateDefinitionBody = z.strictObject({
  definition: surveyDefinition,
  name: z.string().trim().min(1, 'is required').max(200).optional(),
});
export type UpdateDefinitionBody = z.infer<typeof updateDefinitionBody>;

export const updateSettingsBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(200).optional(),
  status: surveyStatus.optional(),
  opensAt: isoDate.nullable().optional(),
  closesAt: isoDate.nullable().optional(),
  quota: z.number().int().min(1).max(10_000_000).nullable().optional(),
  oneResponsePerPerson: z.boolean().optional(),
});
export type UpdateSettingsBody = z.infer<typeof updateSettingsBody>;

/** What the public survey page needs: the definition of the current version and what to show around it. */
export const publicSurvey = z.object({
  slug: z.string(),
  name: z.string(),
  version: z.number().int(),
  definition: surveyDefinition,
  languages: z.array(surveyLanguage),
  closesAt: z.string().nullable(),
  oneResponsePerPerson: z.boolean(),
  /** True when this device (cookie) already completed a survey that takes one response per person. */
  alreadyResponded: z.boolean(),
});
export type PublicSurvey = z.infer<typeof publicSurvey>;

export const submitResponseBody = z.strictObject({
  clientToken: z.string().min(16, 'must be at least 16 characters').max(100).regex(/^[\w-]+$/, 'may hold letters, digits, - and _ only'),
  answers: z.record(z.string(), z.unknown()),
  /** The zero-based page the respondent is on (partial saves). */
  page: z.number().int().min(0).max(1000).optional(),
  complete: z.boolean(),
  /** The version the respondent's page was rendered from; defaults to the current one. */
  version: z.number().int().min(1).optional(),
  language: surveyLanguage.optional(),
  channel: z.enum(['link', 'embed', 'qr']).optional(),
  /** A personal invitation link's token, resolved by the invitations capability when registered. */
  invitation: z.string().min(10).max(200).optional(),
});
export type SubmitResponseBody = z.infer<typeof submitResponseBody>;

/** A saved, unfinished response, to resume on the same device. */
export const resumableResponse = z.object({
  status: z.enum(['partial', 'complete']),
  version: z.number().int(),
  page: z.number().int(),
  answers: z.record(z.string(), z.unknown()),
});
export type ResumableResponse = z.infer<typeof resumableResponse>;

export const submitResponseResult = z.object({
  id: z.string().uuid(),
  status: z.enum(['partial', 'complete']),
  version: z.number().int(),
});
export type SubmitResponseResult = z.infer<typeof submitResponseResult>;

/** Escapes text for use inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The definition as SurveyJS should render it. The team types the thank-you text as plain text; SurveyJS
 * reads completedHtml as HTML, so it is escaped here (every language) and never rendered as typed.
 */
export function renderableDefinition(definition: SurveyDefinition): SurveyDefinition {
  const completed = definition.completedHtml;
  if (completed === undefined || completed === null) return definition;
  const toHtml = (text: unknown) => `<h3>${escapeHtml(String(text ?? ''))}</h3>`;
  const html =
    typeof completed === 'object'
      ? Object.fromEntries(Object.entries(completed as Record<string, unknown>).map(([k, v]) => [k, toHtml(v)]))
      : toHtml(completed);
  return { ...definition, completedHtml: html };
}
