import { sql, type Kysely } from 'kysely';

// Cheaper response writes: the same rows, the same counts and the same refusals, with less PostgreSQL CPU per
// inserted response. The public submit route writes responses in group-committed batches of a few dozen rows, and on
// a small machine the database's CPU per row bounds the ingest rate. Per row we measured ~29 µs for the insert itself,
// ~6 µs for the two secondary indexes, ~12 µs for three foreign-key checks and ~20-27 µs for the answer-count trigger
// of 2026_11_23_2300_create_survey_answer_counts (plus a fixed cost per statement). This migration:
// 1. Stores each version's value questions (the names counted by value: choice, multi, boolean, rating, NPS,
//    number) in survey_versions.value_questions, a stored generated column over survey_value_questions(definition).
//    The trigger evaluated that jsonpath function over the whole survey definition on every statement; now it runs
//    when a version is written (rarely), and the column follows an in-place edit of a version by itself. The kinds of
//    the counts are unchanged: the column holds exactly what the function returned.
// 2. Rewrites survey_answer_counts_apply() to read the transition table ONCE: each change row joins its version row
//    (for value_questions) and expands, through one lateral subquery, into its 'complete' and 'channel' tallies and
//    one tally per answer key. The old body materialised the changes in a CTE, scanned it three times (union all) and
//    built a CTE of versions per statement. Everything else is as before: one aggregated INSERT ... ON CONFLICT DO
//    UPDATE per statement with rows in key order (no deadlocks between concurrent writers), `having sum <> 0`, the
//    shard stripe (backend pid mod 16), the `exists` early-outs, UPDATE = new minus old, and on DELETE the cleanup of
//    rows that fell to zero and of every row of a survey that is gone; TRUNCATE empties the counts.
// 3. Makes responses_customer_idx partial (customer_id is not null): most responses are anonymous and no longer add
//    an index entry. Every query on the column is an equality (a customer's responses, and the ON DELETE SET NULL of
//    the customers foreign key), whose strict operator implies `is not null`, so they still use it.
// 4. Checks ONE foreign key per response instead of three. Before: workspace_id → workspaces (cascade), survey_id →
//    surveys (cascade) and (survey_id, version) → survey_versions. Now: (workspace_id, survey_id, version) →
//    survey_versions (workspace_id, survey_id, version) ON DELETE CASCADE. A version row exists only with its survey
//    and workspace (its own cascading keys), so a response still needs all three, and also that its workspace is its
//    survey's (before, a response could name any workspace). Deleting a survey or a workspace deletes its versions and
//    through them its responses. No code deletes a version on its own; to keep the old refusal anyway, a BEFORE DELETE
//    trigger on survey_versions refuses (23503, as the foreign key did) to delete a version that responses refer to
//    while its survey and workspace still exist. A cascade from a survey or workspace delete comes after their rows
//    are gone, so it passes. The submit route's inserts also lock one parent row (the version) instead of three.
// Run time: responses' new foreign key is validated by one scan, the index rebuilt and survey_versions rewritten,
// under locks that block writes to responses meanwhile (seconds for a million responses).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table survey_versions add column value_questions text[] generated always as (survey_value_questions(definition)) stored`.execute(db);
  await sql.raw(triggerFunctionSql(applyChangesSql)).execute(db);

  await sql`drop index responses_customer_idx`.execute(db);
  await sql`create index responses_customer_idx on responses (customer_id) where customer_id is not null`.execute(db);

  await sql`alter table survey_versions add constraint survey_versions_workspace_key unique (workspace_id, survey_id, version)`.execute(db);
  await sql`alter table responses drop constraint responses_version_fk, drop constraint responses_survey_id_fkey, drop constraint responses_workspace_id_fkey`.execute(db);
  await sql`alter table responses add constraint responses_version_fk foreign key (workspace_id, survey_id, version)
    references survey_versions (workspace_id, survey_id, version) on delete cascade`.execute(db);
  // The refusal the old (survey_id, version) foreign key gave, for a version deleted on its own.
  await sql`
    create function survey_versions_keep_answered() returns trigger language plpgsql as $fn$
    begin
      if exists (select 1 from surveys s join workspaces w on w.id = s.workspace_id where s.id = old.survey_id)
         and exists (select 1 from responses r where r.workspace_id = old.workspace_id and r.survey_id = old.survey_id and r.version = old.version) then
        raise foreign_key_violation using
          message = 'update or delete on table "survey_versions" violates foreign key constraint "responses_version_fk" on table "responses"',
          detail = format('Key (workspace_id, survey_id, version)=(%s, %s, %s) is still referenced from table "responses".', old.workspace_id, old.survey_id, old.version),
          table = 'responses', constraint = 'responses_version_fk';
      end if;
      return old;
    end
    $fn$`.execute(db);
  await sql`create trigger survey_versions_keep_answered before delete on survey_versions for each row execute function survey_versions_keep_answered()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger survey_versions_keep_answered on survey_versions`.execute(db);
  await sql`drop function survey_versions_keep_answered()`.execute(db);
  await sql`alter table responses drop constraint responses_version_fk`.execute(db);
  await sql`alter table responses
    add constraint responses_workspace_id_fkey foreign key (workspace_id) references workspaces (id) on delete cascade,
    add constraint responses_survey_id_fkey foreign key (survey_id) references surveys (id) on delete cascade,
    add constraint responses_version_fk foreign key (survey_id, version) references survey_versions (survey_id, version)`.execute(db);
  await sql`alter table survey_versions drop constraint survey_versions_workspace_key`.execute(db);

  await sql`drop index responses_customer_idx`.execute(db);
  await sql`create index responses_customer_idx on responses (customer_id)`.execute(db);

  await sql.raw(triggerFunctionSql(applyChangesSql2300)).execute(db);
  await sql`alter table survey_versions drop column value_questions`.execute(db);
}

/** Longest answer text counted by value, and longest question name counted at all (btree key size); as in 2300. */
const MAX_VALUE = 500;
const MAX_QUESTION = 200;
const SHARD = '(pg_backend_pid() % 16)::smallint';

/**
 * The upsert of one statement's changes; `changes` is SQL yielding (workspace_id, survey_id, version, answers,
 * channel, sign). Each change row is read once and expands laterally into its tallies.
 */
function applyChangesSql(changes: string): string {
  return `
    insert into survey_answer_counts as a (workspace_id, survey_id, question, kind, value, shard, n)
    select c.workspace_id, c.survey_id, t.question, t.kind, t.value, ${SHARD}, sum(t.delta)
    from (${changes}) c
    left join survey_versions v on v.survey_id = c.survey_id and v.version = c.version
    cross join lateral (
      select ''::text as question, 'complete'::text as kind, ''::text as value, c.sign as delta
      union all
      select '', 'channel', c.channel, c.sign
      union all
      select e.key,
             case when k.by_value then 'value' else 'answered' end,
             case when k.by_value then e.value else '' end,
             case when k.by_value or nullif(btrim(e.value), '') is not null then c.sign else 0 end
      from jsonb_each_text(case when jsonb_typeof(c.answers) = 'object' then c.answers else '{}'::jsonb end) e
      cross join lateral (select e.key = any(coalesce(v.value_questions, '{}')) and length(e.value) <= ${MAX_VALUE} as by_value) k
      where e.value is not null and length(e.key) <= ${MAX_QUESTION}
    ) t
    group by c.workspace_id, c.survey_id, t.question, t.kind, t.value
    having sum(t.delta) <> 0
    order by c.survey_id, t.question, t.kind, t.value
    on conflict (survey_id, question, kind, value, shard) do update set n = a.n + excluded.n`;
}

/** The upsert of 2026_11_23_2300, verbatim (for `down`): the changes CTE scanned three times, value questions per statement. */
function applyChangesSql2300(changes: string): string {
  return `
    with changes as (${changes}),
    versions as materialized ( -- once per (survey, version) in the statement, not once per response
      select v.survey_id, v.version, survey_value_questions(v.definition) as value_questions
      from survey_versions v
      where (v.survey_id, v.version) in (select distinct survey_id, version from changes)
    ),
    tallies as (
      select c.workspace_id, c.survey_id, ''::text as question, 'complete'::text as kind, ''::text as value, c.sign as delta from changes c
      union all
      select c.workspace_id, c.survey_id, '', 'channel', c.channel, c.sign from changes c
      union all
      select c.workspace_id, c.survey_id, e.key,
             case when by_value then 'value' else 'answered' end,
             case when by_value then e.value else '' end,
             case when by_value or nullif(btrim(e.value), '') is not null then c.sign else 0 end
      from changes c
      left join versions v on v.survey_id = c.survey_id and v.version = c.version
      cross join lateral jsonb_each_text(case when jsonb_typeof(c.answers) = 'object' then c.answers else '{}'::jsonb end) e
      cross join lateral (select e.key = any(coalesce(v.value_questions, '{}')) and length(e.value) <= ${MAX_VALUE} as by_value) k
      where e.value is not null and length(e.key) <= ${MAX_QUESTION}
    )
    insert into survey_answer_counts as a (workspace_id, survey_id, question, kind, value, shard, n)
    select workspace_id, survey_id, question, kind, value, ${SHARD}, sum(delta)
    from tallies
    group by workspace_id, survey_id, question, kind, value
    having sum(delta) <> 0
    order by survey_id, question, kind, value
    on conflict (survey_id, question, kind, value, shard) do update set n = a.n + excluded.n`;
}

const COLUMNS = 'workspace_id, survey_id, version, answers, channel';

/** The trigger function around an upsert builder; the triggers themselves (2300) stay. */
function triggerFunctionSql(apply: (changes: string) => string): string {
  const complete = (table: string, sign: number) => `select ${COLUMNS}, ${sign}::bigint as sign from ${table} where status = 'complete'`;
  return `
    create or replace function survey_answer_counts_apply() returns trigger language plpgsql as $fn$
    begin
      -- Most statements need nothing: an upsert of new responses fires the UPDATE trigger with no rows, page saves
      -- write partial rows. Checking first keeps them at one look into the transition tables.
      if tg_op = 'INSERT' then
        if exists (select 1 from new_responses where status = 'complete') then
          ${apply(complete('new_responses', 1))};
        end if;
      elsif tg_op = 'UPDATE' then
        if exists (select 1 from new_responses where status = 'complete') or exists (select 1 from old_responses where status = 'complete') then
          ${apply(`${complete('new_responses', 1)} union all ${complete('old_responses', -1)}`)};
        end if;
      elsif tg_op = 'DELETE' then
        ${apply(complete('old_responses', -1))};
        -- Rows that fell to zero, and every row of a survey that is gone (its responses are deleted by the cascade
        -- after its versions, so they were subtracted under kinds they were not added with).
        delete from survey_answer_counts a
        where a.survey_id in (select distinct survey_id from old_responses)
          and (a.n = 0 or not exists (select 1 from surveys s where s.id = a.survey_id));
      else
        delete from survey_answer_counts;
      end if;
      return null;
    end
    $fn$`;
}
