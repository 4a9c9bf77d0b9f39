import { z } from 'zod';

/**
 * The distribution API contract (share link, QR, embed, contacts, invitations, responses, export and
 * import), shared by the server routes and the web client.
 */

const MAX_CSV = 2 * 1024 * 1024;
export const CSV_BODY_LIMIT = MAX_CSV + 64 * 1024;

export const distributionLanguage = z.enum(['nl', 'en']);
export type DistributionLanguage = z.infer<typeof distributionLanguage>;

// ---- share -------------------------------------------------------------------------------------
export const shareInfo = z.object({
  slug: z.string(),
  status: z.string(),
  url: z.string(),
  qrUrl: z.string(),
  embedUrl: z.string(),
  iframeSnippet: z.string(),
  scriptSnippet: z.string(),
  qrPngPath: z.string(),
  qrSvgPath: z.string(),
});
export type ShareInfo = z.infer<typeof shareInfo>;

// ---- customers and contacts ----------------------------------------------------------------------
export const customer = z.object({
  id: z.string().uuid(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  locale: z.string().nullable(),
  source: z.string(),
  attributes: z.record(z.string(), z.unknown()),
  unsubscribedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Customer = z.infer<typeof customer>;

export const customerListQuery = z.object({
  search: z.string().max(200).optional(),
  source: z.string().max(50).optional(),
  unsubscribed: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const customerList = z.object({ items: z.array(customer), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type CustomerList = z.infer<typeof customerList>;

const columnName = z.string().min(1).max(200);
export const contactMapping = z.strictObject({
  email: columnName,
  name: columnName.optional(),
  locale: columnName.optional(),
  attributes: z.array(columnName).max(50).optional(),
});
export type ContactMapping = z.infer<typeof contactMapping>;

export const importContactsBody = z.strictObject({
  csv: z.string().min(1).max(MAX_CSV),
  mapping: contactMapping,
});
export type ImportContactsBody = z.infer<typeof importContactsBody>;

export const importContactsResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  duplicates: z.number().int(),
  invitationsCreated: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), reason: z.string() })),
});
export type ImportContactsResult = z.infer<typeof importContactsResult>;

// ---- invitations ---------------------------------------------------------------------------------
export const invitationStatus = z.enum(['pending', 'queued', 'sent', 'reminded', 'opened', 'started', 'responded', 'unsubscribed']);
export type InvitationStatus = z.infer<typeof invitationStatus>;

export const invitation = z.object({
  id: z.string().uuid(),
  customerId: z.string().uuid(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  language: z.string(),
  status: invitationStatus,
  sentAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  reminderCount: z.number().int(),
  openedAt: z.string().nullable(),
});
export type Invitation = z.infer<typeof invitation>;

export const invitationCounts = z.object({
  total: z.number().int(),
  pending: z.number().int(),
  queued: z.number().int(),
  sent: z.number().int(),
  reminded: z.number().int(),
  opened: z.number().int(),
  started: z.number().int(),
  responded: z.number().int(),
  unsubscribed: z.number().int(),
});
export const invitationList = z.object({ items: z.array(invitation), counts: invitationCounts });
export type InvitationList = z.infer<typeof invitationList>;

export const sendInvitationsBody = z.strictObject({
  /** Invite these customers (creating their invitations); without it, every invitation not sent yet. */
  customerIds: z.array(z.string().uuid()).max(10_000).optional(),
});
export const sendInvitationsResult = z.object({ queued: z.number().int(), skippedUnsubscribed: z.number().int(), skippedNoEmail: z.number().int() });
export const sendRemindersBody = z.strictObject({});
export const sendRemindersResult = z.object({ queued: z.number().int(), skippedResponded: z.number().int(), skippedUnsubscribed: z.number().int() });

/** What the public survey page learns from a personal link token. */
export const publicInvitation = z.object({
  surveySlug: z.string(),
  language: distributionLanguage,
  name: z.string().nullable(),
  responded: z.boolean(),
});
export type PublicInvitation = z.infer<typeof publicInvitation>;

// ---- responses -----------------------------------------------------------------------------------
const isoDate = z.string().datetime({ offset: true }).or(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date (YYYY-MM-DD)'));

export const responseFilterQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.enum(['partial', 'complete']).optional(),
  channel: z.string().max(30).optional(),
  /** The language the response was given in. */
  language: distributionLanguage.optional(),
  question: z.string().max(200).optional(),
  value: z.string().max(500).optional(),
});
export const responseListQuery = responseFilterQuery.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type ResponseListQuery = z.input<typeof responseListQuery>;

export const responseSummary = z.object({
  id: z.string().uuid(),
  status: z.enum(['partial', 'complete']),
  channel: z.string(),
  language: z.string().nullable(),
  version: z.number().int(),
  customerId: z.string().nullable(),
  invitationId: z.string().nullable(),
  answers: z.record(z.string(), z.unknown()),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
});
export type ResponseSummary = z.infer<typeof responseSummary>;

export const responseList = z.object({
  items: z.array(responseSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  channels: z.array(z.string()),
});
export type ResponseList = z.infer<typeof responseList>;

export const responseDetail = responseSummary.extend({
  updatedAt: z.string(),
  currentPage: z.number().int(),
  metadata: z.record(z.string(), z.unknown()),
  customer: z.object({ id: z.string(), email: z.string().nullable(), name: z.string().nullable() }).nullable(),
});
export type ResponseDetail = z.infer<typeof responseDetail>;

export const exportQuery = responseFilterQuery.extend({
  lang: distributionLanguage.default('nl'),
  values: z.enum(['codes', 'labels']).default('codes'),
  header: z.enum(['codes', 'labels']).default('codes'),
});
export type ExportQuery = z.input<typeof exportQuery>;

export const exportColumnInfo = z.object({ key: z.string(), label: z.string(), kind: z.string(), question: z.string().optional() });
export const importColumnsResult = z.object({
  headers: z.array(z.string()),
  columns: z.array(exportColumnInfo),
  /** Suggested CSV header -> column key ('' = ignore). */
  mapping: z.record(z.string(), z.string()),
});
export type ImportColumnsResult = z.infer<typeof importColumnsResult>;

export const importPreviewBody = z.strictObject({ csv: z.string().min(1).max(MAX_CSV), lang: distributionLanguage.default('nl') });
export const importResponsesBody = z.strictObject({
  csv: z.string().min(1).max(MAX_CSV),
  mapping: z.record(z.string().max(200), z.string().max(200)),
  dryRun: z.boolean().default(false),
});
export type ImportResponsesBody = z.input<typeof importResponsesBody>;
export const importResponsesResult = z.object({
  imported: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), column: z.string(), reason: z.string() })),
});
export type ImportResponsesResult = z.infer<typeof importResponsesResult>;
