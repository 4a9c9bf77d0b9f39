import { sql, type Kysely } from 'kysely';

// Themes of open answers per source (a survey question or the ideas board), the team's edits to them,
// the answers' assignments, the corrections that teach later tagging, the workspace's own themes, and
// the evidence thresholds. Every table carries workspace_id first.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('custom_themes')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('label', 'jsonb', (c) => c.notNull())
    .addColumn('keywords', 'jsonb', (c) => c.notNull())
    .addColumn('examples', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('custom_themes_pkey', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('themes')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('label', 'jsonb', (c) => c.notNull())
    .addColumn('keywords', 'jsonb', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('builtin', 'custom', 'candidate', 'split')`))
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('active').check(sql`state in ('active', 'candidate', 'hidden', 'merged', 'dismissed')`))
    .addColumn('merged_into', 'text')
    .addColumn('split_from', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('themes_pkey', ['workspace_id', 'source', 'id'])
    .execute();

  await db.schema
    .createTable('theme_assignments')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('answer_ref', 'text', (c) => c.notNull())
    .addColumn('theme_id', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('manual', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('matched', 'jsonb', (c) => c.notNull())
    .addColumn('assigned_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('theme_assignments_pkey', ['workspace_id', 'source', 'answer_ref'])
    .execute();
  await db.schema.createIndex('theme_assignments_theme_idx').on('theme_assignments').columns(['workspace_id', 'source', 'theme_id']).execute();

  await db.schema
    .createTable('theme_corrections')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('answer_ref', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('theme_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('theme_corrections_workspace_idx').on('theme_corrections').columns(['workspace_id', 'created_at']).execute();

  await db.schema
    .createTable('evidence_settings')
    .addColumn('workspace_id', 'uuid', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('thresholds', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['evidence_settings', 'theme_corrections', 'theme_assignments', 'themes', 'custom_themes']) await db.schema.dropTable(t).execute();
}
