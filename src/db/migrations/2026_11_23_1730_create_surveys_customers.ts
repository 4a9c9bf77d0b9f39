import { sql, type Kysely } from 'kysely';

// Customers (one record per person a workspace hears from: survey contacts, board voters),
// surveys with immutable versions, and responses. Every table carries workspace_id first.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('customers')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('email', 'text')
    .addColumn('name', 'text')
    .addColumn('attributes', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('locale', 'text')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('manual'))
    .addColumn('unsubscribed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index customers_workspace_email_idx on customers (workspace_id, lower(email)) where email is not null`.execute(db);

  await db.schema
    .createTable('surveys')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'open', 'closed')`))
    .addColumn('current_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('opens_at', 'timestamptz')
    .addColumn('closes_at', 'timestamptz')
    .addColumn('quota', 'integer')
    .addColumn('one_response_per_person', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('template', 'text')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('surveys_workspace_idx').on('surveys').columns(['workspace_id', 'created_at']).execute();

  // A version is frozen once a response refers to it; editing then makes the next version.
  await db.schema
    .createTable('survey_versions')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('survey_id', 'uuid', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('survey_versions_pkey', ['survey_id', 'version'])
    .execute();

  await db.schema
    .createTable('responses')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('survey_id', 'uuid', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('client_token', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('partial').check(sql`status in ('partial', 'complete')`))
    .addColumn('answers', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('current_page', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('channel', 'text', (c) => c.notNull().defaultTo('link'))
    .addColumn('language', 'text')
    .addColumn('customer_id', 'uuid', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('invitation_id', 'uuid')
    .addColumn('respondent_key', 'text')
    .addColumn('metadata', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('completed_at', 'timestamptz')
    .addForeignKeyConstraint('responses_version_fk', ['survey_id', 'version'], 'survey_versions', ['survey_id', 'version'])
    .execute();
  // A retried submission (same client token) is stored once.
  await db.schema.createIndex('responses_client_token_idx').on('responses').columns(['survey_id', 'client_token']).unique().execute();
  await db.schema.createIndex('responses_survey_idx').on('responses').columns(['workspace_id', 'survey_id', 'status', 'completed_at']).execute();
  await db.schema.createIndex('responses_customer_idx').on('responses').column('customer_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['responses', 'survey_versions', 'surveys', 'customers']) await db.schema.dropTable(t).execute();
}
