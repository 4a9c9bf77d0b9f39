import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../src/analysis/random.ts';
import type { Db } from '../../src/db/database.ts';
import { analysedQuestions } from '../../src/domain/analysis/analysis-questions.ts';
import { loadSurveyAnswerCounts } from '../../src/domain/analysis/answer-counts.repository.ts';
import { answerGroupsFromCounts, summariseSurvey } from '../../src/domain/analysis/summarise-survey.ts';
import { findSurveyDefinition } from '../../src/domain/responses/response-list.repository.ts';
import { deleteResponse } from '../../src/domain/responses/response.repository.ts';
import { importResponses } from '../../src/domain/responses/import-responses.command.ts';
import { submitResponse } from '../../src/domain/responses/submit-response.command.ts';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';

// The incremental answer counts (survey_answer_counts, kept by statement-level triggers on responses) must give
// the very same summary as the scan of the responses: every field of every question, compared with toEqual.

/** Every question type the builder makes, and an "other" text box. */
const definition = {
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'rating', name: 'nps', title: 'Aanbevelen?', rateMin: 0, rateMax: 10 },
        { type: 'radiogroup', name: 'frequency', title: 'Hoe vaak?', choices: ['weekly', 'monthly', 'rarely'] },
        { type: 'dropdown', name: 'age', title: 'Leeftijd', choices: ['u35', '35-54', '55+'] },
        { type: 'boolean', name: 'member', title: 'Lid?' },
        { type: 'checkbox', name: 'products', title: 'Producten', choices: ['bread', 'cake', 'coffee', 'pie'], hasOther: true },
        { type: 'rating', name: 'overall', title: 'Tevredenheid', rateMin: 1, rateMax: 5 },
        { type: 'text', inputType: 'number', name: 'visits', title: 'Bezoeken per maand' },
      ],
    },
    {
      name: 'p2',
      elements: [
        { type: 'matrix', name: 'grid', title: 'Oordeel', columns: ['bad', 'ok', 'good'], rows: ['service', 'speed'] },
        { type: 'ranking', name: 'rank', title: 'Volgorde', choices: ['a', 'b', 'c'] },
        { type: 'text', name: 'city', title: 'Woonplaats' },
        { type: 'text', inputType: 'email', name: 'mail', title: 'E-mail' },
        { type: 'comment', name: 'why', title: 'Waarom?' },
        { type: 'comment', name: 'later', title: 'Later een keuze' },
      ],
    },
  ],
};

function answersFor(rng: ReturnType<typeof createRandom>, i: number): Record<string, unknown> {
  const a: Record<string, unknown> = {
    nps: rng.int(11),
    frequency: ['weekly', 'monthly', 'rarely'][rng.int(3)],
    age: ['u35', '35-54', '55+'][rng.int(3)],
    member: rng.next() < 0.6,
    products: ['bread', 'cake', 'coffee', 'pie', 'other'].filter(() => rng.next() < 0.4),
    overall: 1 + rng.int(5),
    visits: rng.next() < 0.5 ? rng.int(30) : rng.int(300) / 10,
    grid: { service: ['bad', 'ok', 'good'][rng.int(3)], speed: ['bad', 'ok', 'good'][rng.int(3)] },
    rank: ['a', 'b', 'c'].sort(() => rng.next() - 0.5),
    city: rng.next() < 0.2 ? '   ' : `Stad ${rng.int(50)}`,
    mail: `r${i}@example.org`,
    why: `Reden ${i} ${'x'.repeat(rng.int(700))}`,
    later: rng.next() < 0.5 ? 'iets' : '',
  };
  if ((a.products as string[]).includes('other')) a['products-Comment'] = `anders ${i}`;
  for (const k of Object.keys(a)) if (rng.next() < 0.08) delete a[k];
  return a;
}

let t: TestApp;
let user: TestUser;
let db: Db;

async function createSurvey(def: unknown): Promise<string> {
  const created = await user.request({ method: 'POST', url: `/api/w/${user.workspaceId}/surveys`, payload: { name: `Tellingen ${randomUUID()}`, template: 'nps' } });
  const surveyId = created.json().id as string;
  await putDefinition(surveyId, def);
  await db.updateTable('surveys').set({ status: 'open' }).where('id', '=', surveyId).execute();
  return surveyId;
}

async function putDefinition(surveyId: string, def: unknown) {
  const put = await user.request({ method: 'PUT', url: `/api/w/${user.workspaceId}/surveys/${surveyId}/definition`, payload: { definition: def } });
  if (put.statusCode !== 200) throw new Error(`definition: ${put.statusCode} ${put.body}`);
}

const submit = (surveyId: string, clientToken: string, answers: Record<string, unknown>, complete: boolean, channel = 'link') =>
  submitResponse(db, { surveyId, workspaceId: user.workspaceId, clientToken, answers, complete, channel });

async function bothPaths(surveyId: string) {
  const counted = await summariseSurvey(db, { workspaceId: user.workspaceId, surveyId });
  const scanned = await summariseSurvey(db, { workspaceId: user.workspaceId, surveyId, counting: 'scan' });
  return { counted: counted!, scanned: scanned! };
}

/** True when the counts alone give every question's groups (the summary then reads no response rows). */
async function countsCover(surveyId: string): Promise<boolean> {
  const survey = await findSurveyDefinition(db, user.workspaceId, surveyId);
  return answerGroupsFromCounts(await loadSurveyAnswerCounts(db, user.workspaceId, surveyId), analysedQuestions(survey!.definition)) !== null;
}

async function completeCount(surveyId: string): Promise<number> {
  const r = await db.selectFrom('responses').select(sql<number>`count(*)`.as('n')).where('survey_id', '=', surveyId).where('status', '=', 'complete').executeTakeFirstOrThrow();
  return Number(r.n);
}

beforeAll(async () => {
  t = await createTestApp();
  db = t.app.db;
  user = await signUpUser(t.app);
});
afterAll(async () => {
  await t?.close();
});

describe('survey answer counts', () => {
  it('give the scan summary field by field through submits, completions, a new version, deletes and an import', async () => {
    const surveyId = await createSurvey(definition);
    const rng = createRandom(11);
    const partials: string[] = [];
    for (let i = 0; i < 120; i++) {
      const token = `c${i}`;
      const complete = rng.next() < 0.7;
      await submit(surveyId, token, answersFor(rng, i), complete, ['link', 'email', 'qr'][rng.int(3)]);
      if (!complete) partials.push(token);
    }
    let { counted, scanned } = await bothPaths(surveyId);
    expect(await countsCover(surveyId)).toBe(true);
    expect(counted.base.complete).toBe(await completeCount(surveyId));
    expect(counted.questions.length).toBe(10); // matrix, ranking and e-mail are not summarised
    expect(counted).toEqual(scanned);

    // Partial responses completed (an UPDATE through the batcher's upsert), some with other answers than saved.
    for (const token of partials.slice(0, Math.ceil(partials.length / 2))) await submit(surveyId, token, answersFor(rng, 1000), true, 'qr');
    ({ counted, scanned } = await bothPaths(surveyId));
    expect(counted.base.complete).toBe(await completeCount(surveyId));
    expect(counted).toEqual(scanned);

    // Deletes: complete and partial responses.
    const ids = await db.selectFrom('responses').select(['id', 'status']).where('survey_id', '=', surveyId).orderBy('client_token').execute();
    for (const r of ids.filter((_, k) => k % 7 === 0)) expect(await deleteResponse(db, user.workspaceId, r.id)).toBe(true);
    await db.deleteFrom('responses').where('survey_id', '=', surveyId).where('channel', '=', 'email').where('status', '=', 'complete').where(sql<boolean>`(answers ->> 'nps')::int < 3`).execute();
    ({ counted, scanned } = await bothPaths(surveyId));
    expect(counted.base.complete).toBe(await completeCount(surveyId));
    expect(counted).toEqual(scanned);

    // An edit of stored answers (both rows complete): the old answers are subtracted, the new added.
    await sql`update responses set answers = jsonb_set(answers, '{frequency}', '"rarely"') where survey_id = ${surveyId} and answers ->> 'age' = 'u35'`.execute(db);
    ({ counted, scanned } = await bothPaths(surveyId));
    expect(counted).toEqual(scanned);

    // An import (channel 'import', one multi-row statement).
    const csv = ['nps,frequency,overall,visits,why,products', '9,weekly,5,3,Prima,bread;cake', '4,monthly,2,"2,5",,coffee', '10,rarely,4,12,Goed,', '7,weekly,3,0,,pie'].join('\n');
    const mapping = { nps: 'nps', frequency: 'frequency', overall: 'overall', visits: 'visits', why: 'why', products: 'products' };
    const imported = await importResponses(db, { workspaceId: user.workspaceId, surveyId, csv, mapping });
    expect(imported.problems).toEqual([]);
    expect(imported.imported).toBe(4);
    ({ counted, scanned } = await bothPaths(surveyId));
    expect(counted.channels).toContain('import');
    expect(counted.base.complete).toBe(await completeCount(surveyId));
    expect(counted).toEqual(scanned);

    // A new version where the open question 'later' becomes a choice: its old answers were counted only as
    // answered, so the counts cannot give its distribution and the summary must scan (and still agree).
    const v2 = structuredClone(definition);
    v2.pages[1].elements[5] = { type: 'radiogroup', name: 'later', title: 'Nu een keuze', choices: ['iets', 'niets'] } as (typeof v2.pages)[1]['elements'][number];
    await putDefinition(surveyId, v2);
    await submit(surveyId, 'v2-a', { nps: 8, later: 'niets' }, true);
    expect(await countsCover(surveyId)).toBe(false);
    ({ counted, scanned } = await bothPaths(surveyId));
    expect(counted).toEqual(scanned);
    const later = counted.questions.find((q) => q.question.name === 'later')!.figures;
    expect(later.type === 'choice' && later.distribution.map((d) => [d.value, d.count])).toEqual([['iets', (await db.selectFrom('responses').select(sql<number>`count(*)`.as('n')).where('survey_id', '=', surveyId).where('status', '=', 'complete').where(sql<boolean>`answers ->> 'later' = 'iets'`).executeTakeFirstOrThrow()).n], ['niets', 1]]);

    // The stored value questions of each version: version 1 (the nps template, edited in place before any response)
    // holds this definition's, version 2 adds 'later'; the column always equals the function over the definition.
    const versions = await db.selectFrom('survey_versions').select(['version', 'value_questions']).where('survey_id', '=', surveyId).orderBy('version').execute();
    const valueQuestions = ['age', 'frequency', 'member', 'nps', 'overall', 'products', 'visits'];
    expect(versions).toEqual([{ version: 1, value_questions: valueQuestions }, { version: 2, value_questions: [...valueQuestions, 'later'].sort() }]);
    expect((await sql<{ n: number }>`select count(*) as n from survey_versions where value_questions is distinct from survey_value_questions(definition)`.execute(db)).rows[0].n).toBe(0);

    // Version 1's responses (counted with 'later' as answered) and version 2's (by value) in one UPDATE statement,
    // and in one DELETE statement: each row is tallied under its own version's kinds.
    await sql`update responses set answers = answers || '{"later": "niets", "member": true}' where survey_id = ${surveyId} and status = 'complete' and answers ->> 'nps' in ('7', '8')`.execute(db);
    ({ counted, scanned } = await bothPaths(surveyId));
    expect(counted).toEqual(scanned);
    await sql`delete from responses where survey_id = ${surveyId} and answers ->> 'later' = 'niets'`.execute(db);
    ({ counted, scanned } = await bothPaths(surveyId));
    expect(counted.base.complete).toBe(await completeCount(surveyId));
    expect(counted).toEqual(scanned);
    expect(await db.selectFrom('survey_answer_counts').select('n').where('survey_id', '=', surveyId).where('n', '=', 0).execute()).toEqual([]);
  });

  it('follow a version edited in place before its first response (the stored value questions change with the definition)', async () => {
    // First a definition in which 'frequency' is open text, then (still unanswered, so edited in place) a choice.
    const open = structuredClone(definition);
    open.pages[0].elements[1] = { type: 'text', name: 'frequency', title: 'Hoe vaak?' } as (typeof open.pages)[0]['elements'][number];
    const surveyId = await createSurvey(open);
    const v1 = () => db.selectFrom('survey_versions').select('value_questions').where('survey_id', '=', surveyId).where('version', '=', 1).executeTakeFirstOrThrow();
    expect((await v1()).value_questions).not.toContain('frequency');
    await putDefinition(surveyId, definition);
    expect((await db.selectFrom('survey_versions').select('version').where('survey_id', '=', surveyId).execute()).length).toBe(1);
    expect((await v1()).value_questions).toContain('frequency');
    const rng = createRandom(17);
    for (let i = 0; i < 30; i++) await submit(surveyId, `e${i}`, answersFor(rng, i), true);
    expect(await countsCover(surveyId)).toBe(true);
    const { counted, scanned } = await bothPaths(surveyId);
    expect(counted).toEqual(scanned);
    const frequency = await db.selectFrom('survey_answer_counts').select('kind').distinct().where('survey_id', '=', surveyId).where('question', '=', 'frequency').execute();
    expect(frequency).toEqual([{ kind: 'value' }]);
  });

  it('count one statement that writes to two surveys and two versions', async () => {
    const first = await createSurvey(definition);
    const second = await createSurvey(definition);
    await submit(second, 'v1', { nps: 3, later: 'iets' }, true); // freezes version 1 of the second survey
    const v2 = structuredClone(definition);
    v2.pages[1].elements[5] = { type: 'radiogroup', name: 'later', title: 'Nu een keuze', choices: ['iets', 'niets'] } as (typeof v2.pages)[1]['elements'][number];
    await putDefinition(second, v2);
    const rng = createRandom(23);
    const row = (surveyId: string, version: number, i: number) => ({
      id: randomUUID(), workspace_id: user.workspaceId, survey_id: surveyId, version, client_token: `m${version}-${i}`,
      status: (i % 4 ? 'complete' : 'partial') as 'complete' | 'partial', answers: JSON.stringify({ ...answersFor(rng, i), later: i % 2 ? 'iets' : 'niets' }),
      channel: ['link', 'qr'][i % 2], metadata: '{}',
    });
    await db.insertInto('responses').values([
      ...Array.from({ length: 20 }, (_, i) => row(first, 1, i)),
      ...Array.from({ length: 20 }, (_, i) => row(second, 1, i)),
      ...Array.from({ length: 20 }, (_, i) => row(second, 2, i)),
    ]).execute();
    expect(await countsCover(first)).toBe(true);
    for (const surveyId of [first, second]) {
      const { counted, scanned } = await bothPaths(surveyId);
      expect(counted.base.complete).toBe(await completeCount(surveyId));
      expect(counted).toEqual(scanned);
    }
    // 'later' of the second survey: by value for version 2 only (15 complete rows per version: odd i 'iets', even 'niets').
    const later = await db.selectFrom('survey_answer_counts').select(['kind', 'value', sql<number>`sum(n)`.as('n')]).where('survey_id', '=', second).where('question', '=', 'later').groupBy(['kind', 'value']).orderBy('kind').orderBy('value').execute();
    expect(later.map((r) => [r.kind, r.value, Number(r.n)])).toEqual([['answered', '', 1 + 15], ['value', 'iets', 10], ['value', 'niets', 5]]);
  });

  it('keep the counts of the responses already stored when the summary is filtered or weighted (scan path unchanged)', async () => {
    const surveyId = await createSurvey(definition);
    const rng = createRandom(5);
    for (let i = 0; i < 40; i++) await submit(surveyId, `f${i}`, answersFor(rng, i), true, i % 2 ? 'qr' : 'link');
    const filtered = await summariseSurvey(db, { workspaceId: user.workspaceId, surveyId, filter: { channels: ['qr'] } });
    expect(filtered!.base).toEqual({ complete: 40, filtered: 20, smallBase: true });
    const emptyFilter = await summariseSurvey(db, { workspaceId: user.workspaceId, surveyId, filter: { channels: [], answers: [] } });
    expect(emptyFilter).toEqual(await summariseSurvey(db, { workspaceId: user.workspaceId, surveyId, counting: 'scan' }));
  });

  it('equal count(*) of complete responses after many parallel submissions and inserts', async () => {
    const surveyId = await createSurvey(definition);
    const rng = createRandom(3);
    const jobs = Array.from({ length: 300 }, (_, i) => submit(surveyId, `p${i}`, answersFor(rng, i), i % 5 !== 0, ['link', 'qr'][i % 2]));
    await Promise.all(jobs);
    // Parallel multi-row inserts and updates straight into the table (several connections on PostgreSQL).
    const version = (await db.selectFrom('surveys').select('current_version').where('id', '=', surveyId).executeTakeFirstOrThrow()).current_version;
    await Promise.all(
      Array.from({ length: 12 }, (_, b) =>
        db.insertInto('responses').values(Array.from({ length: 25 }, (_, i) => ({
          id: randomUUID(), workspace_id: user.workspaceId, survey_id: surveyId, version, client_token: `d${b}-${i}`,
          status: (i % 3 ? 'complete' : 'partial') as 'complete' | 'partial', answers: JSON.stringify(answersFor(rng, b * 100 + i)), channel: 'email', metadata: '{}',
        }))).execute()),
    );
    await Promise.all(Array.from({ length: 6 }, (_, b) => sql`update responses set status = 'complete' where survey_id = ${surveyId} and client_token like ${`d${b}-%`} and status = 'partial'`.execute(db)));
    const n = await completeCount(surveyId);
    expect(n).toBe(240 + 12 * 16 + 6 * 9);
    const { counted, scanned } = await bothPaths(surveyId);
    expect(counted.base.complete).toBe(n);
    expect(counted).toEqual(scanned);
    const perChannel = await db.selectFrom('survey_answer_counts').select(['value', sql<number>`sum(n)`.as('n')]).where('survey_id', '=', surveyId).where('kind', '=', 'channel').groupBy('value').orderBy('value').execute();
    const truth = await db.selectFrom('responses').select(['channel', sql<number>`count(*)`.as('n')]).where('survey_id', '=', surveyId).where('status', '=', 'complete').groupBy('channel').orderBy('channel').execute();
    expect(perChannel.map((r) => [r.value, Number(r.n)])).toEqual(truth.map((r) => [r.channel, Number(r.n)]));
  });

  it('are removed with the survey', async () => {
    const surveyId = await createSurvey(definition);
    await submit(surveyId, 'x1', { nps: 9 }, true);
    expect((await loadSurveyAnswerCounts(db, user.workspaceId, surveyId)).complete).toBe(1);
    await db.deleteFrom('surveys').where('id', '=', surveyId).execute();
    const left = await db.selectFrom('survey_answer_counts').select('n').where('survey_id', '=', surveyId).execute();
    expect(left).toEqual([]);
  });

  it('are removed with the workspace', async () => {
    const other = await signUpUser(t.app);
    const created = await other.request({ method: 'POST', url: `/api/w/${other.workspaceId}/surveys`, payload: { name: 'Weg', template: 'nps' } });
    const surveyId = created.json().id as string;
    await db.updateTable('surveys').set({ status: 'open' }).where('id', '=', surveyId).execute();
    for (let i = 0; i < 5; i++) await submitResponse(db, { surveyId, workspaceId: other.workspaceId, clientToken: `w${i}`, answers: { nps: i }, complete: true, channel: 'link' });
    expect((await loadSurveyAnswerCounts(db, other.workspaceId, surveyId)).complete).toBe(5);
    await db.deleteFrom('workspaces').where('id', '=', other.workspaceId).execute();
    expect(await db.selectFrom('responses').select('id').where('survey_id', '=', surveyId).execute()).toEqual([]);
    expect(await db.selectFrom('survey_answer_counts').select('n').where('survey_id', '=', surveyId).execute()).toEqual([]);
  });
});
