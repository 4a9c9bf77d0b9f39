import { sql, type Kysely } from 'kysely';

// Identity profile, decision board (cards, append-only decision events, ranking weights), messages to
// survey respondents about what was decided, and shareable report links. Every table carries
// workspace_id so every query can be scoped to one workspace.
export async function up(db: Kysely<any>): Promise<void> {
  const ws = (c: any) => c.notNull().references('workspaces.id').onDelete('cascade');
  const now = (c: any) => c.notNull().defaultTo(sql`now()`);

  await db.schema
    .createTable('identity_profiles')
    .addColumn('workspace_id', 'uuid', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('character', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('values', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('own_words', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('great_at', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('good_at', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('cannot_do', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('audience', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('audience_segment_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('image_questions', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', now)
    .execute();

  await db.schema
    .createTable('decision_weights')
    .addColumn('workspace_id', 'uuid', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('customer', 'numeric', (c) => c.notNull().defaultTo(1))
    .addColumn('us', 'numeric', (c) => c.notNull().defaultTo(1))
    .addColumn('society', 'numeric', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', now)
    .execute();

  const score = (name: string) => (c: any) => c.check(sql.raw(`${name} between 1 and 5`));
  await db.schema
    .createTable('decision_cards')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('workspace_id', 'uuid', ws)
    .addColumn('source_type', 'text', (c) => c.notNull().check(sql`source_type in ('idea', 'theme', 'finding')`))
    .addColumn('source_ref', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'uuid', (c) => c.references('surveys.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('identity_items', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('score_customer', 'integer', score('score_customer'))
    .addColumn('reason_customer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('score_us', 'integer', score('score_us'))
    .addColumn('reason_us', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('score_society', 'integer', score('score_society'))
    .addColumn('reason_society', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('effort', 'integer', score('effort'))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', now)
    .addColumn('updated_at', 'timestamptz', now)
    .execute();
  await sql`create unique index decision_cards_source_idx on decision_cards (workspace_id, source_type, source_ref)`.execute(db);

  // The audit trail: a decision is never edited, only superseded by a newer event.
  await db.schema
    .createTable('decision_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('workspace_id', 'uuid', ws)
    .addColumn('card_id', 'uuid', (c) => c.notNull().references('decision_cards.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('accept', 'decline', 'park', 'made')`))
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(trim(reason)) > 0`))
    .addColumn('public_reason', 'text')
    .addColumn('supersedes_id', 'uuid', (c) => c.references('decision_events.id'))
    .addColumn('author_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', now)
    .execute();
  await db.schema.createIndex('decision_events_card_idx').on('decision_events').columns(['workspace_id', 'card_id', 'created_at']).execute();
  // Append-only, enforced by the database: UPDATE and DELETE raise, except the cascade that follows
  // deleting the whole workspace (then the workspace row is already gone) and the author's user row
  // going away (set null on author_user_id only).
  await sql`
    create function decision_events_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and not exists (select 1 from workspaces where id = old.workspace_id) then
        return old;
      end if;
      if tg_op = 'UPDATE' and new.author_user_id is null and old.author_user_id is not null
         and (new.id, new.workspace_id, new.card_id, new.kind, new.reason, coalesce(new.public_reason, ''), new.supersedes_id, new.author_name, new.created_at)
             is not distinct from (old.id, old.workspace_id, old.card_id, old.kind, old.reason, coalesce(old.public_reason, ''), old.supersedes_id, old.author_name, old.created_at)
         and not exists (select 1 from users where id = old.author_user_id) then
        return new;
      end if;
      raise exception 'decision_events is append-only: % is not allowed', tg_op using errcode = 'P0001';
    end;
    $$`.execute(db);
  await sql`create trigger decision_events_no_update before update or delete on decision_events for each row execute function decision_events_append_only()`.execute(db);

  // One "what we heard and what we did" message per card and customer, at most.
  await db.schema
    .createTable('decision_messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('workspace_id', 'uuid', ws)
    .addColumn('card_id', 'uuid', (c) => c.notNull().references('decision_cards.id').onDelete('cascade'))
    .addColumn('customer_id', 'uuid', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued').check(sql`status in ('queued', 'sent', 'skipped')`))
    .addColumn('sent_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', now)
    .execute();
  await sql`create unique index decision_messages_card_customer_idx on decision_messages (card_id, customer_id)`.execute(db);

  await db.schema
    .createTable('report_links')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('workspace_id', 'uuid', ws)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('period_kind', 'text', (c) => c.notNull().check(sql`period_kind in ('month', 'quarter')`))
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', now)
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('report_links_workspace_idx').on('report_links').columns(['workspace_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_links').execute();
  await db.schema.dropTable('decision_messages').execute();
  await sql`drop trigger decision_events_no_update on decision_events`.execute(db);
  await db.schema.dropTable('decision_events').execute();
  await sql`drop function decision_events_append_only()`.execute(db);
  await db.schema.dropTable('decision_cards').execute();
  await db.schema.dropTable('decision_weights').execute();
  await db.schema.dropTable('identity_profiles').execute();
}
