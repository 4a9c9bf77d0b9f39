import { sql, type Kysely } from 'kysely';

// Analysis: one weighting setup per survey (population margins as percentages, optional trim bounds).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('analysis_weightings')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('survey_id', 'uuid', (c) => c.primaryKey().references('surveys.id').onDelete('cascade'))
    .addColumn('margins', 'jsonb', (c) => c.notNull())
    .addColumn('trim', 'jsonb')
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('analysis_weightings_workspace_idx').on('analysis_weightings').columns(['workspace_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('analysis_weightings').execute();
}
