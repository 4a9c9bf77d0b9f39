import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.ts';
import { submitResponse } from '../../src/domain/responses/submit-response.command.ts';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';

// What the database guarantees about a response's survey, version and workspace, and about deleting them (one
// foreign key to survey_versions since migration 2026_11_24_1000, plus a trigger that keeps answered versions).
let t: TestApp;
let db: Db;
let user: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  db = t.app.db;
  user = await signUpUser(t.app);
});
afterAll(async () => {
  await t?.close();
});

async function openSurvey(owner: TestUser): Promise<string> {
  const created = await owner.request({ method: 'POST', url: `/api/w/${owner.workspaceId}/surveys`, payload: { name: `Integriteit ${randomUUID()}`, template: 'nps' } });
  const surveyId = created.json().id as string;
  await db.updateTable('surveys').set({ status: 'open' }).where('id', '=', surveyId).execute();
  return surveyId;
}

const submit = (owner: TestUser, surveyId: string, nps: number) =>
  submitResponse(db, { surveyId, workspaceId: owner.workspaceId, clientToken: randomUUID(), answers: { nps }, complete: true, channel: 'link' });

const insertResponse = (workspaceId: string, surveyId: string, version: number) =>
  db.insertInto('responses').values({ id: randomUUID(), workspace_id: workspaceId, survey_id: surveyId, version, client_token: randomUUID(), status: 'complete', answers: '{}', metadata: '{}' }).execute();

const responsesOf = async (surveyId: string) => (await db.selectFrom('responses').select('id').where('survey_id', '=', surveyId).execute()).length;

describe('responses and their survey versions', () => {
  it('refuse a response for a version, survey or workspace that does not exist, or a survey of another workspace', async () => {
    const surveyId = await openSurvey(user);
    const other = await signUpUser(t.app);
    await expect(insertResponse(user.workspaceId, surveyId, 2)).rejects.toMatchObject({ code: '23503' });
    await expect(insertResponse(user.workspaceId, randomUUID(), 1)).rejects.toMatchObject({ code: '23503' });
    await expect(insertResponse(randomUUID(), surveyId, 1)).rejects.toMatchObject({ code: '23503' });
    await expect(insertResponse(other.workspaceId, surveyId, 1)).rejects.toMatchObject({ code: '23503' });
    await insertResponse(user.workspaceId, surveyId, 1);
    expect(await responsesOf(surveyId)).toBe(1);
  });

  it('keep a version that responses refer to: deleting it alone is refused, an unanswered one may go', async () => {
    const surveyId = await openSurvey(user);
    await submit(user, surveyId, 8);
    const put = await user.request({ method: 'PUT', url: `/api/w/${user.workspaceId}/surveys/${surveyId}/definition`, payload: { definition: { pages: [{ name: 'p', elements: [{ type: 'rating', name: 'nps', rateMin: 0, rateMax: 10 }] }] } } });
    expect(put.json().newVersion).toBe(true);
    await expect(db.deleteFrom('survey_versions').where('survey_id', '=', surveyId).where('version', '=', 1).execute()).rejects.toMatchObject({ code: '23503' });
    await expect(db.deleteFrom('survey_versions').where('survey_id', '=', surveyId).execute()).rejects.toMatchObject({ code: '23503' });
    expect(await responsesOf(surveyId)).toBe(1);
    await db.deleteFrom('survey_versions').where('survey_id', '=', surveyId).where('version', '=', 2).execute();
    expect((await db.selectFrom('survey_versions').select('version').where('survey_id', '=', surveyId).execute()).map((v) => v.version)).toEqual([1]);
  });

  it('are deleted with their survey, and with their workspace', async () => {
    const kept = await openSurvey(user);
    const gone = await openSurvey(user);
    for (const surveyId of [kept, gone]) for (let i = 0; i < 3; i++) await submit(user, surveyId, i);
    const del = await user.request({ method: 'DELETE', url: `/api/w/${user.workspaceId}/surveys/${gone}` });
    expect(del.statusCode).toBeLessThan(300);
    expect(await responsesOf(gone)).toBe(0);
    expect(await responsesOf(kept)).toBe(3);

    const other = await signUpUser(t.app);
    const theirs = await openSurvey(other);
    for (let i = 0; i < 3; i++) await submit(other, theirs, i);
    await db.deleteFrom('workspaces').where('id', '=', other.workspaceId).execute();
    expect(await responsesOf(theirs)).toBe(0);
    expect(await db.selectFrom('survey_versions').select('version').where('survey_id', '=', theirs).execute()).toEqual([]);
    expect(await responsesOf(kept)).toBe(3);
  });
});

describe('responses of customers', () => {
  it('lose their customer when the customer is deleted, through the partial index on customer_id', async () => {
    const surveyId = await openSurvey(user);
    const customerId = randomUUID();
    await db.insertInto('customers').values({ id: customerId, workspace_id: user.workspaceId, email: `c-${customerId}@example.org`, attributes: '{}' }).execute();
    await submitResponse(db, { surveyId, workspaceId: user.workspaceId, clientToken: randomUUID(), answers: { nps: 9 }, complete: true, channel: 'email', customerId });
    await submit(user, surveyId, 4);

    // The index holds only responses with a customer, and still serves the lookups by customer: the repository's
    // filter and the ON DELETE SET NULL of the customers foreign key (a generic plan with the id as a parameter).
    const plans = await db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      await sql`set local plan_cache_mode = force_generic_plan`.execute(trx);
      const plan = async (q: ReturnType<typeof sql>) => (await q.execute(trx)).rows.map((r: any) => r['QUERY PLAN']).join('\n');
      const byCustomer = await plan(sql`explain select id from responses where customer_id = ${customerId}`);
      await sql`prepare kb_set_null(uuid) as update only responses set customer_id = null where $1 operator(pg_catalog.=) customer_id`.execute(trx);
      const setNull = await plan(sql`explain execute kb_set_null(${sql.lit(customerId)})`);
      await sql`deallocate kb_set_null`.execute(trx);
      return { byCustomer, setNull };
    });
    expect(plans.byCustomer).toMatch(/responses_customer_idx/);
    expect(plans.setNull).toMatch(/responses_customer_idx/);
    const index = await sql<{ def: string }>`select pg_get_indexdef('responses_customer_idx'::regclass) as def`.execute(db);
    expect(index.rows[0].def).toMatch(/WHERE \(customer_id IS NOT NULL\)/);

    await db.deleteFrom('customers').where('id', '=', customerId).execute();
    const rows = await db.selectFrom('responses').select(['customer_id', 'channel']).where('survey_id', '=', surveyId).orderBy('channel').execute();
    expect(rows).toEqual([{ customer_id: null, channel: 'email' }, { customer_id: null, channel: 'link' }]);
  });
});
