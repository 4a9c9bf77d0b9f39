export type { ColumnType };
import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable, Updateable } from 'kysely';

// One interface per table; the Database interface is their union. Kept in step with src/db/migrations.
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp column with a database default (now()). */
export type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T> = ColumnType<T, string | T, string | T>;

export type Role = 'owner' | 'editor' | 'viewer';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: Generated<string>;
  created_at: DefaultTimestamp;
}

export interface WorkspacesTable {
  id: string;
  name: string;
  slug: string;
  created_at: DefaultTimestamp;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: Role;
  created_at: DefaultTimestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  current_workspace_id: string | null;
  csrf_token: string;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
}

export interface InvitesTable {
  id: string;
  workspace_id: string;
  token_hash: string;
  role: Role;
  email: string | null;
  created_by: string | null;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
  accepted_by: string | null;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface JobsTable {
  id: string;
  workspace_id: string | null;
  kind: string;
  payload: Json<Record<string, unknown>>;
  status: Generated<'queued' | 'running' | 'done' | 'failed'>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_at: DefaultTimestamp;
  last_error: string | null;
  created_at: DefaultTimestamp;
  finished_at: Timestamp | null;
}

export interface CustomersTable {
  id: string;
  workspace_id: string;
  email: string | null;
  name: string | null;
  attributes: Json<Record<string, unknown>>;
  locale: string | null;
  source: Generated<string>;
  unsubscribed_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export type SurveyStatus = 'draft' | 'open' | 'closed';

export interface SurveysTable {
  id: string;
  workspace_id: string;
  slug: string;
  name: string;
  status: Generated<SurveyStatus>;
  current_version: Generated<number>;
  opens_at: Timestamp | null;
  closes_at: Timestamp | null;
  quota: number | null;
  one_response_per_person: Generated<boolean>;
  template: string | null;
  created_by: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface SurveyVersionsTable {
  workspace_id: string;
  survey_id: string;
  version: number;
  /** SurveyJS JSON. */
  definition: Json<Record<string, unknown>>;
  /** Names of the questions counted by value (survey_value_questions(definition)); computed by the database. */
  value_questions: GeneratedAlways<string[]>;
  created_at: DefaultTimestamp;
}

export interface ResponsesTable {
  id: string;
  workspace_id: string;
  survey_id: string;
  version: number;
  client_token: string;
  status: Generated<'partial' | 'complete'>;
  /** Question name -> answer value, as SurveyJS produces it. */
  answers: Json<Record<string, unknown>>;
  current_page: Generated<number>;
  channel: Generated<string>;
  language: string | null;
  customer_id: string | null;
  invitation_id: string | null;
  respondent_key: string | null;
  metadata: Json<Record<string, unknown>>;
  started_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  completed_at: Timestamp | null;
}

export interface InvitationsTable {
  id: string;
  workspace_id: string;
  survey_id: string;
  customer_id: string;
  token_hash: string;
  language: Generated<string>;
  created_at: DefaultTimestamp;
  queued_at: Timestamp | null;
  sent_at: Timestamp | null;
  reminder_queued_at: Timestamp | null;
  reminded_at: Timestamp | null;
  reminder_count: Generated<number>;
  opened_at: Timestamp | null;
  responded_at: Timestamp | null;
  unsubscribed_at: Timestamp | null;
}

// Ideas board (migration 2026_11_23_1900_create_ideas_board).
export type IdeaStatus = 'new' | 'under_consideration' | 'planned' | 'in_progress' | 'made' | 'declined';
export type BoardItemState = 'pending' | 'in_review' | 'published' | 'rejected';

export interface BoardsTable {
  id: string;
  workspace_id: string;
  slug: string;
  title: string;
  intro: Generated<string>;
  anonymous_voting: Generated<boolean>;
  moderation: Generated<boolean>;
  languages: Json<string[]>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface BoardImagesTable {
  id: string;
  workspace_id: string;
  mime_type: 'image/jpeg' | 'image/png' | 'image/webp';
  bytes: Uint8Array;
  customer_id: string | null;
  created_at: DefaultTimestamp;
}

export interface CustomerSessionsTable {
  id: string;
  workspace_id: string;
  customer_id: string;
  csrf_token: string;
  confirmed_at: Timestamp | null;
  expires_at: Timestamp;
  created_at: DefaultTimestamp;
}

export interface CustomerLoginTokensTable {
  id: string;
  workspace_id: string;
  customer_id: string;
  session_id: string | null;
  board_slug: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: DefaultTimestamp;
}

export interface IdeasTable {
  id: string;
  workspace_id: string;
  board_id: string;
  customer_id: string | null;
  pending_session_id: string | null;
  title: string;
  description: Generated<string>;
  photo_id: string | null;
  language: string | null;
  status: Generated<IdeaStatus>;
  status_reason: string | null;
  status_changed_at: Timestamp | null;
  state: Generated<BoardItemState>;
  pinned: Generated<boolean>;
  hidden: Generated<boolean>;
  internal_note: Generated<string>;
  merged_into_id: string | null;
  published_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface VotesTable {
  id: string;
  workspace_id: string;
  idea_id: string;
  customer_id: string | null;
  anonymous_key: string | null;
  pending_session_id: string | null;
  pending: Generated<boolean>;
  created_at: DefaultTimestamp;
}

export interface IdeaCommentsTable {
  id: string;
  workspace_id: string;
  idea_id: string;
  customer_id: string | null;
  author_user_id: string | null;
  pending_session_id: string | null;
  body: string;
  state: Generated<BoardItemState>;
  created_at: DefaultTimestamp;
}

export interface IdeaTagsTable {
  id: string;
  workspace_id: string;
  name: string;
  color: Generated<string>;
  created_at: DefaultTimestamp;
}

export interface IdeaTagLinksTable {
  workspace_id: string;
  idea_id: string;
  tag_id: string;
}

export interface ShowcasePhotosTable {
  id: string;
  workspace_id: string;
  board_id: string;
  customer_id: string | null;
  pending_session_id: string | null;
  image_id: string;
  caption: Generated<string>;
  state: Generated<BoardItemState>;
  created_at: DefaultTimestamp;
}

export interface ChangelogEntriesTable {
  id: string;
  workspace_id: string;
  board_id: string;
  title: string;
  body: Generated<string>;
  published_at: Timestamp | null;
  created_by: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface ChangelogEntryIdeasTable {
  workspace_id: string;
  entry_id: string;
  idea_id: string;
}

export interface IdeaNotificationsTable {
  id: string;
  workspace_id: string;
  customer_id: string;
  kind: 'changelog' | 'status' | 'merged';
  subject_key: string;
  idea_id: string | null;
  entry_id: string | null;
  status: Generated<'queued' | 'sent' | 'skipped'>;
  sent_at: Timestamp | null;
  created_at: DefaultTimestamp;
}

// Segments (migration 2026_11_23_2000_create_segments).
export type SegmentationRunStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface SegmentationRunsTable {
  id: string;
  workspace_id: string;
  survey_id: string;
  status: Generated<SegmentationRunStatus>;
  /** 0..1 */
  progress: Generated<number>;
  message: Generated<string>;
  /** The item keys fitted (question names, or "question=value" for a checkbox option). */
  items: Json<string[]>;
  /** The model comparison and the fitted models (see src/shared/segments.ts SegmentationRunResult). */
  result: Json<Record<string, unknown>> | null;
  error: string | null;
  created_by: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface SegmentationsTable {
  id: string;
  workspace_id: string;
  survey_id: string;
  name: string;
  items: Json<string[]>;
  k: number;
  /** shares, categories and class-conditional probabilities of the chosen model. */
  model: Json<Record<string, unknown>>;
  /** One label per segment, in segment order. */
  labels: Json<string[]>;
  created_by: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface SegmentAssignmentsTable {
  workspace_id: string;
  segmentation_id: string;
  response_id: string;
  customer_id: string | null;
  /** 0-based segment number. */
  segment: number;
  probability: number;
}

// Analysis (migration 2026_11_23_2100_create_analysis_weightings).
export interface AnalysisWeightingsTable {
  workspace_id: string;
  survey_id: string;
  /** Question → answer value → population percentage. */
  margins: Json<Record<string, Record<string, number>>>;
  /** [lo, hi] bounds relative to the mean weight, or null. */
  trim: Json<[number, number]> | null;
  updated_by: string | null;
  updated_at: DefaultTimestamp;
}

// Identity and decisions (migration 2026_11_23_2200_create_decisions).
export interface IdentityProfilesTable {
  workspace_id: string;
  character: Generated<string>;
  values: Generated<string>;
  own_words: Generated<string>;
  great_at: Json<string[]>;
  good_at: Json<string[]>;
  cannot_do: Json<string[]>;
  audience: Generated<string>;
  audience_segment_ids: Json<string[]>;
  /** The survey questions that measure the image: [{ surveyId, question }]. */
  image_questions: Json<{ surveyId: string; question: string }[]>;
  updated_by: string | null;
  updated_at: DefaultTimestamp;
}

export interface DecisionWeightsTable {
  workspace_id: string;
  customer: number;
  us: number;
  society: number;
  updated_at: DefaultTimestamp;
}

export type DecisionSourceType = 'idea' | 'theme' | 'finding';
export type DecisionEventKind = 'accept' | 'decline' | 'park' | 'made';

export interface DecisionCardsTable {
  id: string;
  workspace_id: string;
  source_type: DecisionSourceType;
  source_ref: string;
  survey_id: string | null;
  /** A finding's survey question and answer value (both or neither; only for source_type 'finding'). */
  finding_question: Generated<string | null>;
  finding_value: Generated<string | null>;
  title: string;
  description: Generated<string>;
  /** [{ kind: 'great' | 'good' | 'cannot', item }] */
  identity_items: Json<{ kind: 'great' | 'good' | 'cannot'; item: string }[]>;
  score_customer: number | null;
  reason_customer: Generated<string>;
  score_us: number | null;
  reason_us: Generated<string>;
  score_society: number | null;
  reason_society: Generated<string>;
  effort: number | null;
  created_by: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

/** Append-only (a trigger raises on UPDATE and DELETE). */
export interface DecisionEventsTable {
  id: string;
  workspace_id: string;
  card_id: string;
  kind: DecisionEventKind;
  reason: string;
  public_reason: string | null;
  supersedes_id: string | null;
  author_user_id: string | null;
  author_name: string;
  created_at: DefaultTimestamp;
}

export interface DecisionMessagesTable {
  id: string;
  workspace_id: string;
  card_id: string;
  customer_id: string;
  status: Generated<'queued' | 'sent' | 'skipped'>;
  sent_at: Timestamp | null;
  created_at: DefaultTimestamp;
}

export interface ReportLinksTable {
  id: string;
  workspace_id: string;
  token_hash: string;
  period_kind: 'month' | 'quarter';
  /** 'YYYY-MM' (first month of the period). */
  period_start: string;
  created_by: string | null;
  created_at: DefaultTimestamp;
  revoked_at: Timestamp | null;
}

// Themes (migration 2026_11_23_2130_create_themes).
export type ThemeOrigin = 'builtin' | 'custom' | 'candidate' | 'split';
export type ThemeState = 'active' | 'candidate' | 'hidden' | 'merged' | 'dismissed';

export interface CustomThemesTable {
  id: string;
  workspace_id: string;
  label: Json<{ nl: string; en: string }>;
  keywords: Json<string[]>;
  examples: Json<string[]>;
  created_by: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface ThemesTable {
  workspace_id: string;
  /** "survey:<surveyId>:<question>" or "board". */
  source: string;
  id: string;
  label: Json<{ nl: string; en: string }>;
  keywords: Json<string[]>;
  origin: ThemeOrigin;
  state: Generated<ThemeState>;
  merged_into: string | null;
  split_from: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface ThemeAssignmentsTable {
  workspace_id: string;
  source: string;
  /** "r:<responseId>:<question>" or "i:<ideaId>". */
  answer_ref: string;
  /** null: in no theme. */
  theme_id: string | null;
  confidence: number;
  manual: Generated<boolean>;
  matched: Json<string[]>;
  assigned_at: DefaultTimestamp;
}

export interface ThemeCorrectionsTable {
  id: string;
  workspace_id: string;
  source: string;
  answer_ref: string;
  text: string;
  theme_id: string;
  created_by: string | null;
  created_at: DefaultTimestamp;
}

export interface EvidenceSettingsTable {
  workspace_id: string;
  thresholds: Json<Record<string, number>>;
  updated_at: DefaultTimestamp;
}

// Analysis answer counts (migration 2026_11_23_2300_create_survey_answer_counts), kept by triggers on responses.
export interface SurveyAnswerCountsTable {
  workspace_id: string;
  survey_id: string;
  /** '' for the survey-level kinds 'complete' and 'channel'. */
  question: string;
  kind: 'complete' | 'channel' | 'value' | 'answered';
  /** The answer text (`answers ->> question`) for 'value', the channel for 'channel', '' otherwise. */
  value: string;
  /** Stripe of the count (writer's backend pid mod 16); a count is the sum over its stripes. */
  shard: number;
  n: number;
}

export interface Database {
  users: UsersTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invites: InvitesTable;
  jobs: JobsTable;
  customers: CustomersTable;
  surveys: SurveysTable;
  survey_versions: SurveyVersionsTable;
  responses: ResponsesTable;
  boards: BoardsTable;
  board_images: BoardImagesTable;
  customer_sessions: CustomerSessionsTable;
  customer_login_tokens: CustomerLoginTokensTable;
  ideas: IdeasTable;
  votes: VotesTable;
  idea_comments: IdeaCommentsTable;
  idea_tags: IdeaTagsTable;
  idea_tag_links: IdeaTagLinksTable;
  showcase_photos: ShowcasePhotosTable;
  changelog_entries: ChangelogEntriesTable;
  changelog_entry_ideas: ChangelogEntryIdeasTable;
  idea_notifications: IdeaNotificationsTable;
  invitations: InvitationsTable;
  segmentation_runs: SegmentationRunsTable;
  segmentations: SegmentationsTable;
  segment_assignments: SegmentAssignmentsTable;
  custom_themes: CustomThemesTable;
  themes: ThemesTable;
  theme_assignments: ThemeAssignmentsTable;
  theme_corrections: ThemeCorrectionsTable;
  evidence_settings: EvidenceSettingsTable;
  identity_profiles: IdentityProfilesTable;
  decision_weights: DecisionWeightsTable;
  decision_cards: DecisionCardsTable;
  decision_events: DecisionEventsTable;
  decision_messages: DecisionMessagesTable;
  report_links: ReportLinksTable;
  analysis_weightings: AnalysisWeightingsTable;
  survey_answer_counts: SurveyAnswerCountsTable;
}

export type User = Selectable<UsersTable>;
export type Workspace = Selectable<WorkspacesTable>;
export type NewUser = Insertable<UsersTable>;
export type WorkspaceUpdate = Updateable<WorkspacesTable>;
