import { sql, type Kysely } from 'kysely';

// Segments: background fit runs (progress, result), saved segmentations with their labels, and the
// segment of every respondent. Every table carries workspace_id first.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('segmentation_runs')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('survey_id', 'uuid', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('running').check(sql`status in ('running', 'done', 'failed', 'cancelled')`))
    .addColumn('progress', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('result', 'jsonb')
    .addColumn('error', 'text')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('segmentation_runs_workspace_idx').on('segmentation_runs').columns(['workspace_id', 'survey_id', 'created_at']).execute();

  await db.schema
    .createTable('segmentations')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('survey_id', 'uuid', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('k', 'integer', (c) => c.notNull())
    .addColumn('model', 'jsonb', (c) => c.notNull())
    .addColumn('labels', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('segmentations_workspace_idx').on('segmentations').columns(['workspace_id', 'created_at']).execute();

  await db.schema
    .createTable('segment_assignments')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('segmentation_id', 'uuid', (c) => c.notNull().references('segmentations.id').onDelete('cascade'))
    .addColumn('response_id', 'uuid', (c) => c.notNull().references('responses.id').onDelete('cascade'))
    .addColumn('customer_id', 'uuid', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('segment', 'integer', (c) => c.notNull())
    .addColumn('probability', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('segment_assignments_pkey', ['segmentation_id', 'response_id'])
    .execute();
  await db.schema.createIndex('segment_assignments_segment_idx').on('segment_assignments').columns(['workspace_id', 'segmentation_id', 'segment']).execute();
  await db.schema.createIndex('segment_assignments_customer_idx').on('segment_assignments').column('customer_id').execute();
  await db.schema.createIndex('segment_assignments_response_idx').on('segment_assignments').column('response_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['segment_assignments', 'segmentations', 'segmentation_runs']) await db.schema.dropTable(t).execute();
}
