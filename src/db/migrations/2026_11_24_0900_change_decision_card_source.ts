import { sql, type Kysely } from 'kysely';

// A theme or a survey finding belongs to its survey: the same theme id ("price") from two surveys is two
// sources, so the one-card-per-source rule becomes (source_type, source_ref, survey_id) for themes and
// findings. An idea is one thing in the workspace whatever survey its card is linked to, so ideas stay unique
// by their id alone. survey_id becomes null when the survey is deleted (on delete set null); NULLs are
// distinct in a unique index, so deleting two surveys never makes their cards collide.
// A finding can now point at a survey question and one answer value (its evidence: the share of respondents
// who gave that answer); both are set or neither.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index decision_cards_source_idx`.execute(db);
  await sql`create unique index decision_cards_idea_source_idx on decision_cards (workspace_id, source_ref) where source_type = 'idea'`.execute(db);
  await sql`create unique index decision_cards_survey_source_idx on decision_cards (workspace_id, source_type, source_ref, survey_id) where source_type <> 'idea'`.execute(db);
  await db.schema.alterTable('decision_cards').addColumn('finding_question', 'text').execute();
  await db.schema.alterTable('decision_cards').addColumn('finding_value', 'text').execute();
  await sql`alter table decision_cards add constraint decision_cards_finding_answer_check
    check ((finding_question is null) = (finding_value is null) and (finding_question is null or source_type = 'finding'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table decision_cards drop constraint decision_cards_finding_answer_check`.execute(db);
  await db.schema.alterTable('decision_cards').dropColumn('finding_value').execute();
  await db.schema.alterTable('decision_cards').dropColumn('finding_question').execute();
  await sql`drop index decision_cards_survey_source_idx`.execute(db);
  await sql`drop index decision_cards_idea_source_idx`.execute(db);
  await sql`create unique index decision_cards_source_idx on decision_cards (workspace_id, source_type, source_ref)`.execute(db);
}
