import { sql, type Kysely } from 'kysely';

// Analysis (issue 5): incremental answer counts per survey, so the default (unfiltered, unweighted) summary of a
// survey with a million responses reads a few dozen rows instead of scanning them all. Statement-level triggers
// with transition tables on `responses` keep the counts of COMPLETE responses:
//   kind 'complete': question '', value ''        → complete responses of the survey
//   kind 'channel':  question '', value channel   → complete responses per channel
//   kind 'value':    question q,  value answers->>q → respondents per answer text (choice, multi as its JSON list,
//                                                     boolean, rating, NPS, number questions of the response's version)
//   kind 'answered': question q,  value ''        → respondents with a non-blank answer (every other key: open text,
//                                                     e-mail, matrix, ranking, "-Comment" keys, keys unknown to the
//                                                     version, and answer texts too long for an index key)
// Missing answers are not stored (complete minus the question's counts). The kind is decided by the response's own
// survey version, which is immutable, so an update or delete subtracts exactly what the insert added; the summary
// uses the counts only where their kind fits the current question type (src/domain/analysis/answer-counts.repository.ts).
// Each statement writes ONE aggregated INSERT ... ON CONFLICT DO UPDATE, rows in key order (no deadlocks between
// concurrent writers), so a group-committed batch of 500 submissions costs one aggregate write. The counts are
// striped by `shard` (the writing connection's backend pid mod 16): every batch touches the survey's 'complete' row,
// and without stripes concurrent batch writers would queue on that one row lock until each other's commit (fsync).
// Readers sum the stripes (at most 16 rows per answer).
// Needs PostgreSQL 12+ (jsonpath); PGlite is PostgreSQL 17.

/** Longest answer text counted by value, and longest question name counted at all (btree key size). */
const MAX_VALUE = 500;
const MAX_QUESTION = 200;

/** The upsert of one statement's changes; `changes` is SQL yielding (workspace_id, survey_id, version, answers, channel, sign). */
function applyChangesSql(changes: string, shard = '(pg_backend_pid() % 16)::smallint'): string {
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
    select workspace_id, survey_id, question, kind, value, ${shard}, sum(delta)
    from tallies
    group by workspace_id, survey_id, question, kind, value
    having sum(delta) <> 0
    order by survey_id, question, kind, value
    on conflict (survey_id, question, kind, value, shard) do update set n = a.n + excluded.n`;
}

const COLUMNS = 'workspace_id, survey_id, version, answers, channel';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('survey_answer_counts')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull())
    .addColumn('survey_id', 'uuid', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('complete', 'channel', 'value', 'answered')`))
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('shard', 'smallint', (c) => c.notNull())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_answer_counts_pkey', ['survey_id', 'question', 'kind', 'value', 'shard'])
    .execute();
  // No foreign key to surveys on purpose: deleting a survey cascades to its responses, whose delete trigger then
  // writes here; a foreign key would refuse those rows. The delete trigger removes them (and rows that fall to zero).

  // The names of the questions of a definition whose answers are counted by value (as listQuestions maps
  // SurveyJS types: radiogroup, checkbox, dropdown, boolean, rating, text with inputType number).
  await sql`
    create function survey_value_questions(definition jsonb) returns text[] language sql immutable parallel safe as $$
      select coalesce(array_agg(distinct q #>> '{}'), '{}')
      from jsonb_path_query(definition,
        'strict $.** ? (@.type == "radiogroup" || @.type == "checkbox" || @.type == "dropdown" || @.type == "boolean" || @.type == "rating" || (@.type == "text" && @.inputType == "number")).name',
        '{}', true) q
      where jsonb_typeof(q) in ('string', 'number')
    $$`.execute(db);

  const complete = (table: string, sign: number) => `select ${COLUMNS}, ${sign}::bigint as sign from ${table} where status = 'complete'`;
  await sql
    .raw(`
    create function survey_answer_counts_apply() returns trigger language plpgsql as $fn$
    begin
      -- Most statements need nothing: an upsert of new responses fires the UPDATE trigger with no rows, page saves
      -- write partial rows. Checking first keeps them at one look into the transition tables.
      if tg_op = 'INSERT' then
        if exists (select 1 from new_responses where status = 'complete') then
          ${applyChangesSql(complete('new_responses', 1))};
        end if;
      elsif tg_op = 'UPDATE' then
        if exists (select 1 from new_responses where status = 'complete') or exists (select 1 from old_responses where status = 'complete') then
          ${applyChangesSql(`${complete('new_responses', 1)} union all ${complete('old_responses', -1)}`)};
        end if;
      elsif tg_op = 'DELETE' then
        ${applyChangesSql(complete('old_responses', -1))};
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
    $fn$`)
    .execute(db);
  // Transition tables allow one event per trigger.
  await sql`create trigger survey_answer_counts_insert after insert on responses referencing new table as new_responses for each statement execute function survey_answer_counts_apply()`.execute(db);
  await sql`create trigger survey_answer_counts_update after update on responses referencing old table as old_responses new table as new_responses for each statement execute function survey_answer_counts_apply()`.execute(db);
  await sql`create trigger survey_answer_counts_delete after delete on responses referencing old table as old_responses for each statement execute function survey_answer_counts_apply()`.execute(db);
  await sql`create trigger survey_answer_counts_truncate after truncate on responses for each statement execute function survey_answer_counts_apply()`.execute(db);

  // Backfill: the responses already stored, in the same statement the triggers use.
  await sql.raw(applyChangesSql(complete('responses', 1), '0::smallint')).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['insert', 'update', 'delete', 'truncate']) await sql.raw(`drop trigger if exists survey_answer_counts_${t} on responses`).execute(db);
  await sql`drop function if exists survey_answer_counts_apply()`.execute(db);
  await sql`drop function if exists survey_value_questions(jsonb)`.execute(db);
  await db.schema.dropTable('survey_answer_counts').execute();
}
