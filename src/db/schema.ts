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

export interface Database {
  users: UsersTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invites: InvitesTable;
  jobs: JobsTable;
}

export type User = Selectable<UsersTable>;
export type Workspace = Selectable<WorkspacesTable>;
export type NewUser = Insertable<UsersTable>;
export type WorkspaceUpdate = Updateable<WorkspacesTable>;
