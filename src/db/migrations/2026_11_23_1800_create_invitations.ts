import { sql, type Kysely } from 'kysely';

// Personal survey invitations: one per (survey, customer). The link token is never stored, only its
// SHA-256; reminders re-derive the token from the invitation id and the server secret.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('survey_id', 'uuid', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('customer_id', 'uuid', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('nl'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // queued_at / reminder_queued_at: a job is on its way; sent_at / reminded_at: the SMTP server took it.
    .addColumn('queued_at', 'timestamptz')
    .addColumn('sent_at', 'timestamptz')
    .addColumn('reminder_queued_at', 'timestamptz')
    .addColumn('reminded_at', 'timestamptz')
    .addColumn('reminder_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('opened_at', 'timestamptz')
    .addColumn('responded_at', 'timestamptz')
    .addColumn('unsubscribed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('invitations_survey_customer_idx').on('invitations').columns(['survey_id', 'customer_id']).unique().execute();
  await db.schema.createIndex('invitations_workspace_survey_idx').on('invitations').columns(['workspace_id', 'survey_id']).execute();
  // A personal link yields at most one complete response; resuming the partial one stays possible.
  await sql`create unique index responses_invitation_complete_idx on responses (invitation_id) where invitation_id is not null and status = 'complete'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists responses_invitation_complete_idx`.execute(db);
  await db.schema.dropTable('invitations').execute();
}
