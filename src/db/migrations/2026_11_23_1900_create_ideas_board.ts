import { sql, type Kysely } from 'kysely';

// The public ideas board of a workspace: ideas, votes, comments, tags, customer sign-in by magic link,
// showcase photos, changelog entries and the notifications sent about them. Every table carries
// workspace_id so that every query can be scoped to one workspace.
export async function up(db: Kysely<any>): Promise<void> {
  const id = (t: any) => t.addColumn('id', 'uuid', (c: any) => c.primaryKey());
  const ws = (t: any) => t.addColumn('workspace_id', 'uuid', (c: any) => c.notNull().references('workspaces.id').onDelete('cascade'));
  const created = (t: any) => t.addColumn('created_at', 'timestamptz', (c: any) => c.notNull().defaultTo(sql`now()`));

  await created(
    ws(id(db.schema.createTable('boards')))
      .addColumn('slug', 'text', (c: any) => c.notNull().unique())
      .addColumn('title', 'text', (c: any) => c.notNull())
      .addColumn('intro', 'text', (c: any) => c.notNull().defaultTo(''))
      .addColumn('anonymous_voting', 'boolean', (c: any) => c.notNull().defaultTo(false))
      .addColumn('moderation', 'boolean', (c: any) => c.notNull().defaultTo(false))
      .addColumn('languages', 'jsonb', (c: any) => c.notNull().defaultTo(sql`'["nl","en"]'::jsonb`))
      .addColumn('updated_at', 'timestamptz', (c: any) => c.notNull().defaultTo(sql`now()`)),
  ).execute();
  await sql`create unique index boards_workspace_idx on boards (workspace_id)`.execute(db);

  // Photos (idea photos, showcase): already type-checked and stripped of metadata when stored.
  await created(
    ws(id(db.schema.createTable('board_images')))
      .addColumn('mime_type', 'text', (c: any) => c.notNull().check(sql`mime_type in ('image/jpeg', 'image/png', 'image/webp')`))
      .addColumn('bytes', 'bytea', (c: any) => c.notNull())
      .addColumn('customer_id', 'uuid', (c: any) => c.references('customers.id').onDelete('set null')),
  ).execute();

  // A sign-in attempt in one browser: unconfirmed until the magic link sent to the address is followed.
  await created(
    ws(db.schema.createTable('customer_sessions').addColumn('id', 'text', (c: any) => c.primaryKey()))
      .addColumn('customer_id', 'uuid', (c: any) => c.notNull().references('customers.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (c: any) => c.notNull())
      .addColumn('confirmed_at', 'timestamptz')
      .addColumn('expires_at', 'timestamptz', (c: any) => c.notNull()),
  ).execute();
  await created(
    ws(db.schema.createTable('customer_login_tokens').addColumn('id', 'text', (c: any) => c.primaryKey()))
      .addColumn('customer_id', 'uuid', (c: any) => c.notNull().references('customers.id').onDelete('cascade'))
      .addColumn('session_id', 'text', (c: any) => c.references('customer_sessions.id').onDelete('cascade'))
      .addColumn('board_slug', 'text', (c: any) => c.notNull())
      .addColumn('expires_at', 'timestamptz', (c: any) => c.notNull())
      .addColumn('used_at', 'timestamptz'),
  ).execute();
  await db.schema.createIndex('customer_login_tokens_customer_idx').on('customer_login_tokens').columns(['customer_id', 'created_at']).execute();

  // state: pending (author's e-mail not yet confirmed) -> in_review (moderation on) -> published | rejected.
  const stateCheck = (c: any) => c.notNull().defaultTo('published').check(sql`state in ('pending', 'in_review', 'published', 'rejected')`);
  await created(
    ws(id(db.schema.createTable('ideas')))
      .addColumn('board_id', 'uuid', (c: any) => c.notNull().references('boards.id').onDelete('cascade'))
      .addColumn('customer_id', 'uuid', (c: any) => c.references('customers.id').onDelete('set null'))
      .addColumn('pending_session_id', 'text')
      .addColumn('title', 'text', (c: any) => c.notNull())
      .addColumn('description', 'text', (c: any) => c.notNull().defaultTo(''))
      .addColumn('photo_id', 'uuid', (c: any) => c.references('board_images.id').onDelete('set null'))
      .addColumn('language', 'text')
      .addColumn('status', 'text', (c: any) =>
        c.notNull().defaultTo('new').check(sql`status in ('new', 'under_consideration', 'planned', 'in_progress', 'made', 'declined')`),
      )
      .addColumn('status_reason', 'text')
      .addColumn('status_changed_at', 'timestamptz')
      .addColumn('state', 'text', stateCheck)
      .addColumn('pinned', 'boolean', (c: any) => c.notNull().defaultTo(false))
      .addColumn('hidden', 'boolean', (c: any) => c.notNull().defaultTo(false))
      .addColumn('internal_note', 'text', (c: any) => c.notNull().defaultTo(''))
      .addColumn('merged_into_id', 'uuid', (c: any) => c.references('ideas.id').onDelete('set null'))
      .addColumn('published_at', 'timestamptz')
      .addColumn('updated_at', 'timestamptz', (c: any) => c.notNull().defaultTo(sql`now()`)),
  ).execute();
  await db.schema.createIndex('ideas_board_idx').on('ideas').columns(['workspace_id', 'board_id', 'state', 'status']).execute();

  // One vote per person per idea, enforced here: a customer's vote, or (anonymous voting) a browser's.
  await created(
    ws(id(db.schema.createTable('votes')))
      .addColumn('idea_id', 'uuid', (c: any) => c.notNull().references('ideas.id').onDelete('cascade'))
      .addColumn('customer_id', 'uuid', (c: any) => c.references('customers.id').onDelete('cascade'))
      .addColumn('anonymous_key', 'text')
      .addColumn('pending_session_id', 'text')
      .addColumn('pending', 'boolean', (c: any) => c.notNull().defaultTo(false))
      .addCheckConstraint('votes_voter_check', sql`(customer_id is null) <> (anonymous_key is null)`),
  ).execute();
  await sql`create unique index votes_idea_customer_key on votes (idea_id, customer_id) where customer_id is not null`.execute(db);
  await sql`create unique index votes_idea_anonymous_key on votes (idea_id, anonymous_key) where anonymous_key is not null`.execute(db);
  await db.schema.createIndex('votes_idea_idx').on('votes').columns(['idea_id', 'pending', 'created_at']).execute();

  await created(
    ws(id(db.schema.createTable('idea_comments')))
      .addColumn('idea_id', 'uuid', (c: any) => c.notNull().references('ideas.id').onDelete('cascade'))
      .addColumn('customer_id', 'uuid', (c: any) => c.references('customers.id').onDelete('set null'))
      .addColumn('author_user_id', 'uuid', (c: any) => c.references('users.id').onDelete('set null'))
      .addColumn('pending_session_id', 'text')
      .addColumn('body', 'text', (c: any) => c.notNull())
      .addColumn('state', 'text', stateCheck),
  ).execute();
  await db.schema.createIndex('idea_comments_idea_idx').on('idea_comments').columns(['idea_id', 'created_at']).execute();

  await created(
    ws(id(db.schema.createTable('idea_tags')))
      .addColumn('name', 'text', (c: any) => c.notNull())
      .addColumn('color', 'text', (c: any) => c.notNull().defaultTo('gray')),
  ).execute();
  await sql`create unique index idea_tags_name_idx on idea_tags (workspace_id, lower(name))`.execute(db);
  await db.schema
    .createTable('idea_tag_links')
    .addColumn('workspace_id', 'uuid', (c: any) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('idea_id', 'uuid', (c: any) => c.notNull().references('ideas.id').onDelete('cascade'))
    .addColumn('tag_id', 'uuid', (c: any) => c.notNull().references('idea_tags.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('idea_tag_links_pkey', ['idea_id', 'tag_id'])
    .execute();

  await created(
    ws(id(db.schema.createTable('showcase_photos')))
      .addColumn('board_id', 'uuid', (c: any) => c.notNull().references('boards.id').onDelete('cascade'))
      .addColumn('customer_id', 'uuid', (c: any) => c.references('customers.id').onDelete('set null'))
      .addColumn('pending_session_id', 'text')
      .addColumn('image_id', 'uuid', (c: any) => c.notNull().references('board_images.id').onDelete('cascade'))
      .addColumn('caption', 'text', (c: any) => c.notNull().defaultTo(''))
      // Always moderated: a photo of a person is shown only after the team approved it.
      .addColumn('state', 'text', (c: any) => c.notNull().defaultTo('in_review').check(sql`state in ('pending', 'in_review', 'published', 'rejected')`)),
  ).execute();

  await created(
    ws(id(db.schema.createTable('changelog_entries')))
      .addColumn('board_id', 'uuid', (c: any) => c.notNull().references('boards.id').onDelete('cascade'))
      .addColumn('title', 'text', (c: any) => c.notNull())
      .addColumn('body', 'text', (c: any) => c.notNull().defaultTo(''))
      .addColumn('published_at', 'timestamptz')
      .addColumn('created_by', 'uuid', (c: any) => c.references('users.id').onDelete('set null'))
      .addColumn('updated_at', 'timestamptz', (c: any) => c.notNull().defaultTo(sql`now()`)),
  ).execute();
  await db.schema
    .createTable('changelog_entry_ideas')
    .addColumn('workspace_id', 'uuid', (c: any) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('entry_id', 'uuid', (c: any) => c.notNull().references('changelog_entries.id').onDelete('cascade'))
    .addColumn('idea_id', 'uuid', (c: any) => c.notNull().references('ideas.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('changelog_entry_ideas_pkey', ['entry_id', 'idea_id'])
    .execute();

  // One row per e-mail we owe a customer; the subject key makes a re-publish or retry never mail twice.
  await created(
    ws(id(db.schema.createTable('idea_notifications')))
      .addColumn('customer_id', 'uuid', (c: any) => c.notNull().references('customers.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c: any) => c.notNull().check(sql`kind in ('changelog', 'status', 'merged')`))
      .addColumn('subject_key', 'text', (c: any) => c.notNull())
      .addColumn('idea_id', 'uuid', (c: any) => c.references('ideas.id').onDelete('cascade'))
      .addColumn('entry_id', 'uuid', (c: any) => c.references('changelog_entries.id').onDelete('cascade'))
      .addColumn('status', 'text', (c: any) => c.notNull().defaultTo('queued').check(sql`status in ('queued', 'sent', 'skipped')`))
      .addColumn('sent_at', 'timestamptz'),
  ).execute();
  await sql`create unique index idea_notifications_once_idx on idea_notifications (customer_id, kind, subject_key)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'idea_notifications',
    'changelog_entry_ideas',
    'changelog_entries',
    'showcase_photos',
    'idea_tag_links',
    'idea_tags',
    'idea_comments',
    'votes',
    'ideas',
    'customer_login_tokens',
    'customer_sessions',
    'board_images',
    'boards',
  ])
    await db.schema.dropTable(t).execute();
}
