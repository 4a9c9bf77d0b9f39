import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AnalysisFilter } from '../../shared/analysis.ts';

/** Which responses an analysis looks at: the complete responses of one survey that pass the filter. */
export interface ResponseScope {
  workspaceId: string;
  surveyId: string;
  filter?: AnalysisFilter;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filter as a condition on `responses r` (only complete responses; a plain-date `to` includes that day). */
export function scopeCondition(scope: ResponseScope): RawBuilder<boolean> {
  const f = scope.filter ?? {};
  const parts: RawBuilder<unknown>[] = [
    sql`r.workspace_id = ${scope.workspaceId}`,
    sql`r.survey_id = ${scope.surveyId}`,
    sql`r.status = 'complete'`,
  ];
  if (f.from) parts.push(sql`r.completed_at >= ${new Date(DAY.test(f.from) ? `${f.from}T00:00:00Z` : f.from)}`);
  if (f.to) {
    parts.push(DAY.test(f.to) ? sql`r.completed_at < ${new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)}` : sql`r.completed_at <= ${new Date(f.to)}`);
  }
  if (f.channels?.length) parts.push(sql`r.channel in (${sql.join(f.channels)})`);
  for (const a of f.answers ?? []) {
    // A plain answer compares as text ("9" finds 9); a list answer matches when it holds one of the values.
    parts.push(sql`(r.answers ->> ${a.question} in (${sql.join(a.values)}) or (jsonb_typeof(r.answers -> ${a.question}) = 'array' and jsonb_exists_any(r.answers -> ${a.question}, array[${sql.join(a.values)}]::text[])))`);
  }
  if (f.segment) {
    parts.push(sql`exists (select 1 from segment_assignments sa where sa.workspace_id = r.workspace_id and sa.segmentation_id = ${f.segment.segmentationId} and sa.response_id = r.id and sa.segment = ${f.segment.segment})`);
  }
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

/** Respondents per combination of answers; `values` in the order of the questions asked for (null = no answer). */
export interface AnswerCombination {
  values: (string | null)[];
  count: number;
}

/**
 * Counts respondents per combination of answers (`answers ->> q` as text) to the given questions, in one
 * GROUP BY in the database: used for weighting cells, crosstabs, group tests and driver analysis, so no
 * respondent rows travel to Node. Cost: one scan of the survey's complete responses.
 */
export async function countAnswerCombinations(db: Db, scope: ResponseScope, questions: readonly string[]): Promise<AnswerCombination[]> {
  if (questions.length === 0) {
    const row = await sql<{ n: number }>`select count(*) as n from responses r where ${scopeCondition(scope)}`.execute(db);
    return [{ values: [], count: Number(row.rows[0]?.n ?? 0) }];
  }
  const columns = questions.map((q, i) => sql`r.answers ->> ${q} as ${sql.ref(`v${i}`)}`);
  const refs = questions.map((_, i) => sql.ref(`v${i}`));
  const rows = await sql<Record<string, string | null | number>>`
    select count(*) as n, ${sql.join(refs)}
    from (select ${sql.join(columns)} from responses r where ${scopeCondition(scope)}) s
    group by ${sql.join(refs)}`.execute(db);
  return rows.rows.map((row) => ({ values: questions.map((_, i) => (row[`v${i}`] as string | null) ?? null), count: Number(row.n) }));
}

/** Respondents per answer of one question within one weighting cell. */
export interface QuestionAnswerCount {
  cell: (string | null)[];
  value: string | null;
  count: number;
}

/**
 * For every question, respondents per (weighting cell, answer): one GROUP BY per question (`answers ->> q` as
 * text, so a hash aggregate over a few dozen groups), run `concurrency` at a time. Multi-choice answers come back as
 * their JSON list text and are split into options in Node (the number of distinct lists is small). The cells' totals
 * are the sums over the first question's groups (missing answers form a group too).
 * Measured on PostgreSQL with a million responses (bench/analysis.ts "PostgreSQL summary"): one GROUP BY GROUPING
 * SETS scan sorts once per question and was slowest; unpivoting every answer into one hash aggregate came next;
 * separate hash aggregates in parallel connections were fastest.
 */
export async function countAnswersPerQuestion(
  db: Db, scope: ResponseScope, questions: readonly string[], cellQuestions: readonly string[], concurrency = 1,
): Promise<{ cells: AnswerCombination[]; byQuestion: Map<string, QuestionAnswerCount[]> }> {
  const byQuestion = new Map<string, QuestionAnswerCount[]>();
  if (questions.length === 0) return { cells: await countAnswerCombinations(db, scope, cellQuestions), byQuestion };
  const one = async (question: string): Promise<QuestionAnswerCount[]> =>
    (await countAnswerCombinations(db, scope, [...cellQuestions, question])).map((c) => ({ cell: c.values.slice(0, -1), value: c.values[c.values.length - 1], count: c.count }));
  let next = 0;
  const worker = async () => {
    while (next < questions.length) {
      const q = questions[next++];
      byQuestion.set(q, await one(q));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, questions.length)) }, worker));
  const cells = new Map<string, AnswerCombination>();
  for (const g of byQuestion.get(questions[0])!) {
    const key = JSON.stringify(g.cell);
    const c = cells.get(key) ?? { values: g.cell, count: 0 };
    c.count += g.count;
    cells.set(key, c);
  }
  return { cells: [...cells.values()], byQuestion };
}

/**
 * For open (text) questions only whether they were answered matters: one scan counts, per weighting cell, the
 * respondents and those with a non-blank answer to each question. Returned like countAnswersPerQuestion, with the
 * value 'answered' or null.
 */
export async function countTextAnswers(db: Db, scope: ResponseScope, questions: readonly string[], cellQuestions: readonly string[]): Promise<Map<string, QuestionAnswerCount[]>> {
  const out = new Map<string, QuestionAnswerCount[]>(questions.map((q) => [q, []]));
  if (questions.length === 0) return out;
  const cellCols = cellQuestions.map((q, i) => sql`r.answers ->> ${q} as ${sql.ref(`c${i}`)}`);
  const cellRefs = cellQuestions.map((_, i) => sql.ref(`c${i}`));
  const flags = questions.map((q, i) => sql`, (nullif(btrim(r.answers ->> ${q}), '') is not null) as ${sql.ref(`a${i}`)}`);
  const answered = questions.map((_, i) => sql`, count(*) filter (where ${sql.ref(`a${i}`)}) as ${sql.ref(`a${i}`)}`);
  const inner = sql`select 1 as one ${sql.join(cellCols.map((c) => sql`, ${c}`), sql``)} ${sql.join(flags, sql``)} from responses r where ${scopeCondition(scope)}`;
  const rows = await sql<Record<string, string | number | null>>`
    select count(*) as n ${sql.join(cellRefs.map((c) => sql`, ${c}`), sql``)} ${sql.join(answered, sql``)}
    from (${inner}) s ${cellRefs.length > 0 ? sql`group by ${sql.join(cellRefs)}` : sql``}`.execute(db);
  for (const row of rows.rows) {
    const cell = cellQuestions.map((_, i) => (row[`c${i}`] as string | null) ?? null);
    questions.forEach((q, i) => {
      const a = Number(row[`a${i}`]);
      out.get(q)!.push({ cell, value: 'answered', count: a }, { cell, value: null, count: Number(row.n) - a });
    });
  }
  return out;
}

/** Respondents per (day, weighting cell, answer) of one question, for trends. Days are UTC dates YYYY-MM-DD. */
export async function countAnswersPerDay(
  db: Db, scope: ResponseScope, question: string, cellQuestions: readonly string[],
): Promise<{ day: string; cell: (string | null)[]; value: string | null; count: number }[]> {
  const cellCols = cellQuestions.map((q, i) => sql`r.answers ->> ${q} as ${sql.ref(`c${i}`)}`);
  const cellRefs = cellQuestions.map((_, i) => sql.ref(`c${i}`));
  const rows = await sql<Record<string, string | number | null>>`
    select count(*) as n, day, v ${sql.join(cellRefs.map((c) => sql`, ${c}`), sql``)}
    from (select to_char(r.completed_at at time zone 'UTC', 'YYYY-MM-DD') as day, r.answers ->> ${question} as v
          ${sql.join(cellCols.map((c) => sql`, ${c}`), sql``)}
          from responses r where ${scopeCondition(scope)} and r.completed_at is not null) s
    group by day, v ${sql.join(cellRefs.map((c) => sql`, ${c}`), sql``)}`.execute(db);
  return rows.rows.map((row) => ({
    day: String(row.day),
    value: (row.v as string | null) ?? null,
    cell: cellQuestions.map((_, i) => (row[`c${i}`] as string | null) ?? null),
    count: Number(row.n),
  }));
}

/** The channels of a survey's complete responses, for the filter bar. */
export async function completeResponseChannels(db: Db, workspaceId: string, surveyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('responses')
    .select('channel')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .where('status', '=', 'complete')
    .orderBy('channel')
    .execute();
  return rows.map((r) => r.channel);
}

/** The planner's estimate of the rows in the responses table (pg_class.reltuples; −1 or 0 before ANALYZE). Costs nothing. */
export async function estimatedResponseRows(db: Db): Promise<number> {
  const row = await sql<{ n: number }>`select reltuples::float8 as n from pg_class where oid = 'responses'::regclass`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}
