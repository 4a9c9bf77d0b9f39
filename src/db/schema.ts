export type { ColumnType };
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

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
}

export type User = Selectable<UsersTable>;
export type Workspace = Selectable<WorkspacesTable>;
export type NewUser = Insertable<UsersTable>;
export type WorkspaceUpdate = Updateable<WorkspacesTable>;
