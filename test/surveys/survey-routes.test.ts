import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';

let t: TestApp;
let u: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  u = await signUpUser(t.app, { workspaceName: 'Bakkerij' });
});
afterAll(async () => t.close());

const token = () => randomUUID().replace(/-/g, '');

async function openSurvey(template = 'nps', settings: Record<string, unknown> = {}) {
  const created = await u.request({ method: 'POST', url: `/api/w/${u.workspaceId}/surveys`, payload: { name: `Survey ${template}`, template } });
  expect(created.statusCode).toBe(201);
  const s = created.json();
  const open = await u.request({ method: 'PATCH', url: `/api/w/${u.workspaceId}/surveys/${s.id}/settings`, payload: { status: 'open', ...settings } });
  expect(open.statusCode, open.body).toBe(200);
  return s as { id: string; slug: string };
}

function submit(slug: string, body: Record<string, unknown>, cookie?: string) {
  return t.app.inject({ method: 'POST', url: `/api/public/surveys/${slug}/responses`, payload: body, headers: cookie ? { cookie } : {} });
}

async function storedCount(surveyId: string, status?: string) {
  let q = t.app.db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).where('survey_id', '=', surveyId);
  if (status) q = q.where('status', '=', status as 'complete');
  return Number((await q.executeTakeFirstOrThrow()).n);
}

describe('admin survey routes', () => {
  it('lists templates, creates from one, and shows it in the list', async () => {
    const templates = (await u.request({ method: 'GET', url: `/api/w/${u.workspaceId}/surveys/templates` })).json();
    expect(templates.map((x: { name: string }) => x.name)).toEqual(['nps', 'csat', 'customer-needs', 'housing-preferences', 'co-creation']);
    const created = (await u.request({ method: 'POST', url: `/api/w/${u.workspaceId}/surveys`, payload: { name: 'Woonwensen', template: 'housing-preferences' } })).json();
    expect(created).toMatchObject({ name: 'Woonwensen', status: 'draft', currentVersion: 1, template: 'housing-preferences', publicPath: `/s/${created.slug}` });
    expect(created.slug).toMatch(/^[a-z2-9]{8}$/);
    const list = (await u.request({ method: 'GET', url: `/api/w/${u.workspaceId}/surveys` })).json();
    expect(list.map((s: { id: string }) => s.id)).toContain(created.id);
  });

  it('creates a blank survey and refuses an invalid definition with field details', async () => {
    const blank = await u.request({ method: 'POST', url: `/api/w/${u.workspaceId}/surveys`, payload: { name: 'Leeg' } });
    expect(blank.statusCode).toBe(201);
    const bad = await u.request({
      method: 'PUT',
      url: `/api/w/${u.workspaceId}/surveys/${blank.json().id}/definition`,
      payload: { definition: { pages: [{ elements: [{ type: 'file', name: 'upload' }] }] } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('definition.pages.0.elements.0.type');
  });

  it('edits in place without responses, and makes a new version once a response exists', async () => {
    const s = await openSurvey('nps');
    const detail = (await u.request({ method: 'GET', url: `/api/w/${u.workspaceId}/surveys/${s.id}` })).json();
    const def = detail.definition;
    const first = await u.request({ method: 'PUT', url: `/api/w/${u.workspaceId}/surveys/${s.id}/definition`, payload: { definition: def } });
    expect(first.json()).toMatchObject({ currentVersion: 1, newVersion: false });

    expect((await submit(s.slug, { clientToken: token(), answers: { nps: 8, frequency: 'monthly' }, complete: true })).statusCode).toBe(201);

    // Remove the "first time" option: the stored answer keeps pointing at version 1, which still has it.
    const edited = structuredClone(def);
    edited.pages[1].elements[0].choices = edited.pages[1].elements[0].choices.filter((c: { value: string }) => c.value !== 'first');
    const second = await u.request({ method: 'PUT', url: `/api/w/${u.workspaceId}/surveys/${s.id}/definition`, payload: { definition: edited } });
    expect(second.json()).toMatchObject({ currentVersion: 2, newVersion: true });
    const versions = (await u.request({ method: 'GET', url: `/api/w/${u.workspaceId}/surveys/${s.id}/versions` })).json();
    expect(versions.map((v: { version: number; responseCount: number }) => [v.version, v.responseCount])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    const pub = (await t.app.inject({ method: 'GET', url: `/api/public/surveys/${s.slug}` })).json();
    expect(pub.version).toBe(2);
    // On version 2 "first" is no longer an option; a respondent still on version 1 may pick it.
    expect((await submit(s.slug, { clientToken: token(), answers: { nps: 8, frequency: 'first' }, complete: true })).statusCode).toBe(400);
    expect((await submit(s.slug, { clientToken: token(), version: 1, answers: { nps: 8, frequency: 'first' }, complete: true })).statusCode).toBe(201);
  });

  it('deletes a survey', async () => {
    const s = await openSurvey('csat');
    expect((await u.request({ method: 'DELETE', url: `/api/w/${u.workspaceId}/surveys/${s.id}` })).statusCode).toBe(200);
    expect((await u.request({ method: 'GET', url: `/api/w/${u.workspaceId}/surveys/${s.id}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/surveys/${s.slug}` })).statusCode).toBe(404);
  });
});

describe('public survey routes', () => {
  it('hides a draft (404) and serves an open survey with its languages', async () => {
    const draft = (await u.request({ method: 'POST', url: `/api/w/${u.workspaceId}/surveys`, payload: { name: 'Concept', template: 'nps' } })).json();
    expect((await t.app.inject({ method: 'GET', url: `/api/public/surveys/${draft.slug}` })).statusCode).toBe(404);
    expect((await submit(draft.slug, { clientToken: token(), answers: {}, complete: false })).statusCode).toBe(404);
    const s = await openSurvey('nps');
    const res = await t.app.inject({ method: 'GET', url: `/api/public/surveys/${s.slug}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ slug: s.slug, version: 1, languages: ['nl', 'en'], alreadyResponded: false });
    expect(res.cookies.find((c) => c.name === 'kb_respondent')).toBeTruthy();
  });

  it('answers bad input with 400 naming the question and the reason', async () => {
    const s = await openSurvey('nps');
    const cases: [Record<string, unknown>, boolean, string, RegExp][] = [
      [{ nps: 12 }, false, 'answers.nps', /outside the scale/],
      [{ nps: 9, frequency: 'yearly' }, false, 'answers.frequency', /not one of the options/],
      [{ frequency: 'weekly' }, true, 'answers.nps', /is required/],
      [{ nps: 10, why_low: 'slecht' }, false, 'answers.why_low', /hidden by its show-if/],
      [{ nps: 'tien' }, false, 'answers.nps', /must be a number/],
    ];
    for (const [answers, complete, field, reason] of cases) {
      const res = await submit(s.slug, { clientToken: token(), answers, complete });
      expect(res.statusCode, JSON.stringify(answers)).toBe(400);
      const err = res.json().error;
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.details[0].field).toBe(field);
      expect(err.details[0].reason).toMatch(reason);
    }
    expect(await storedCount(s.id)).toBe(0);
    const extra = await submit(s.slug, { clientToken: token(), answers: {}, complete: true, admin: true });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.details[0].field).toBe('body.admin');
  });

  it('saves page by page, resumes, completes, and stores a retried submission once', async () => {
    const s = await openSurvey('nps');
    const ct = token();
    const page = await submit(s.slug, { clientToken: ct, answers: { nps: 4, why_low: 'Te duur' }, page: 1, complete: false, language: 'nl' });
    expect(page.statusCode).toBe(200);
    expect(page.json().status).toBe('partial');
    const resume = (await t.app.inject({ method: 'GET', url: `/api/public/surveys/${s.slug}/responses/${ct}` })).json();
    expect(resume).toEqual({ status: 'partial', version: 1, page: 1, answers: { nps: 4, why_low: 'Te duur' } });

    const body = { clientToken: ct, answers: { nps: 4, why_low: 'Te duur', frequency: 'weekly' }, complete: true, language: 'nl' };
    const [a, b] = await Promise.all([submit(s.slug, body), submit(s.slug, body)]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json()).toEqual(b.json());
    const again = await submit(s.slug, body);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ id: page.json().id, status: 'complete', version: 1 });
    // A late page save does not reopen a complete response.
    await submit(s.slug, { clientToken: ct, answers: { nps: 10 }, complete: false });
    const row = await t.app.db.selectFrom('responses').selectAll().where('survey_id', '=', s.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'complete', answers: { nps: 4, why_low: 'Te duur', frequency: 'weekly' }, language: 'nl', channel: 'link' });
    expect(row.completed_at).toBeInstanceOf(Date);
    expect(await storedCount(s.id)).toBe(1);
  });

  it('stores many concurrent submissions once each (group commit)', async () => {
    const s = await openSurvey('nps');
    const bodies = Array.from({ length: 60 }, (_, i) => ({ clientToken: token(), answers: { nps: i % 11 }, complete: true }));
    const results = await Promise.all([...bodies, ...bodies.slice(0, 20)].map((b) => submit(s.slug, b)));
    expect(results.map((r) => r.statusCode)).toEqual(results.map(() => 201));
    for (let i = 0; i < 20; i++) expect(results[60 + i].json()).toEqual(results[i].json());
    expect(new Set(results.map((r) => r.json().id)).size).toBe(60);
    expect(await storedCount(s.id, 'complete')).toBe(60);
  });

  it('refuses after the close date (410 SURVEY_CLOSED) and before the open date (409)', async () => {
    const s = await openSurvey('nps');
    expect((await submit(s.slug, { clientToken: token(), answers: { nps: 7 }, complete: true })).statusCode).toBe(201);
    await u.request({ method: 'PATCH', url: `/api/w/${u.workspaceId}/surveys/${s.id}/settings`, payload: { closesAt: new Date(Date.now() - 1000).toISOString() } });
    const late = await submit(s.slug, { clientToken: token(), answers: { nps: 7 }, complete: true });
    expect(late.statusCode).toBe(410);
    expect(late.json().error.code).toBe('SURVEY_CLOSED');
    expect((await t.app.inject({ method: 'GET', url: `/api/public/surveys/${s.slug}` })).json().error.code).toBe('SURVEY_CLOSED');

    const later = await openSurvey('nps', { opensAt: new Date(Date.now() + 86_400_000).toISOString() });
    const early = await submit(later.slug, { clientToken: token(), answers: { nps: 7 }, complete: true });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('SURVEY_NOT_YET_OPEN');

    const closed = await openSurvey('nps');
    await u.request({ method: 'PATCH', url: `/api/w/${u.workspaceId}/surveys/${closed.id}/settings`, payload: { status: 'closed' } });
    expect((await submit(closed.slug, { clientToken: token(), answers: { nps: 7 }, complete: true })).statusCode).toBe(410);
  });

  it('enforces the quota exactly, also under concurrent submissions', async () => {
    const s = await openSurvey('nps', { quota: 5 });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => submit(s.slug, { clientToken: token(), answers: { nps: i % 11 }, complete: true })));
    expect(results.filter((r) => r.statusCode === 201).length).toBe(5);
    const refused = results.filter((r) => r.statusCode === 410);
    expect(refused.length).toBe(7);
    expect(refused[0].json().error.code).toBe('QUOTA_REACHED');
    expect(await storedCount(s.id, 'complete')).toBe(5);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/surveys/${s.slug}` })).json().error.code).toBe('QUOTA_REACHED');
  });

  it('takes one response per person by device cookie', async () => {
    const s = await openSurvey('nps', { oneResponsePerPerson: true });
    const page = await t.app.inject({ method: 'GET', url: `/api/public/surveys/${s.slug}` });
    const c = page.cookies.find((x) => x.name === 'kb_respondent')!;
    const cookie = `kb_respondent=${c.value}`;
    expect((await submit(s.slug, { clientToken: token(), answers: { nps: 9 }, complete: true }, cookie)).statusCode).toBe(201);
    const second = await submit(s.slug, { clientToken: token(), answers: { nps: 3 }, complete: true }, cookie);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('ALREADY_RESPONDED');
    const again = await t.app.inject({ method: 'GET', url: `/api/public/surveys/${s.slug}`, headers: { cookie } });
    expect(again.json().alreadyResponded).toBe(true);
    // Another device may still respond.
    expect((await submit(s.slug, { clientToken: token(), answers: { nps: 3 }, complete: true }, 'kb_respondent=another-device-0001')).statusCode).toBe(201);
    expect(await storedCount(s.id, 'complete')).toBe(2);
  });

  it('recognises the device inside an embed by its partitioned cookie (the Lax cookie is not sent cross-site)', async () => {
    const s = await openSurvey('nps', { oneResponsePerPerson: true });
    const page = await t.app.inject({ method: 'GET', url: `/api/public/surveys/${s.slug}` });
    const lax = page.cookies.find((x) => x.name === 'kb_respondent')!;
    const embed = page.cookies.find((x) => x.name === 'kb_respondent_embed')!;
    expect(lax).toMatchObject({ sameSite: 'Lax', httpOnly: true });
    expect(embed).toMatchObject({ value: lax.value, sameSite: 'None', secure: true, httpOnly: true, path: '/api/public/surveys' });
    expect(page.headers['set-cookie']).toEqual(expect.arrayContaining([expect.stringMatching(/^kb_respondent_embed=[\w-]+;.*; Partitioned/)]));
    // Only the partitioned cookie, as a cross-site iframe sends it.
    const cookie = `kb_respondent_embed=${embed.value}`;
    expect((await submit(s.slug, { clientToken: token(), answers: { nps: 7 }, complete: true, channel: 'embed' }, cookie)).statusCode).toBe(201);
    const second = await submit(s.slug, { clientToken: token(), answers: { nps: 2 }, complete: true, channel: 'embed' }, cookie);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('ALREADY_RESPONDED');
    expect((await t.app.inject({ method: 'GET', url: `/api/public/surveys/${s.slug}`, headers: { cookie } })).json().alreadyResponded).toBe(true);
    // Neither cookie (a browser that refuses both): the response is taken, without a device key.
    expect((await submit(s.slug, { clientToken: token(), answers: { nps: 2 }, complete: true, channel: 'embed' })).statusCode).toBe(201);
    expect(await storedCount(s.id, 'complete')).toBe(2);
  });

  it('takes one response per person by customer id through the command', async () => {
    const { submitResponse } = await import('../../src/domain/responses/submit-response.command.ts');
    const s = await openSurvey('nps', { oneResponsePerPerson: true });
    const customerId = randomUUID();
    await t.app.db.insertInto('customers').values({ id: customerId, workspace_id: u.workspaceId, email: 'klant@example.org', name: 'Klant', attributes: '{}', locale: 'nl' }).execute();
    const first = await submitResponse(t.app.db, { surveySlug: s.slug, clientToken: token(), answers: { nps: 9 }, complete: true, channel: 'email', customerId });
    expect(first.status).toBe('complete');
    await expect(submitResponse(t.app.db, { surveySlug: s.slug, clientToken: token(), answers: { nps: 9 }, complete: true, channel: 'email', customerId })).rejects.toMatchObject({ code: 'ALREADY_RESPONDED' });
    const row = await t.app.db.selectFrom('responses').select(['customer_id', 'channel', 'respondent_key']).where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ customer_id: customerId, channel: 'email', respondent_key: `customer:${customerId}` });
  });

  it('refuses a body over the size limit with 413', async () => {
    const s = await openSurvey('nps');
    const res = await submit(s.slug, { clientToken: token(), answers: { why_low: 'x'.repeat(70_000), nps: 1 }, complete: false });
    expect(res.statusCode).toBe(413);
  });
});

describe('response batcher', () => {
  /** A complete NPS submission as submitResponse hands it to the batcher (no quota, no customer). */
  const pendingResponse = (surveyId: string, over: { clientToken?: string; customerId?: string | null; answers?: Record<string, unknown> } = {}) => ({
    workspaceId: u.workspaceId, surveyId, clientToken: over.clientToken ?? token(), version: 1, status: 'complete' as const, answers: over.answers ?? { nps: 9 }, page: 0,
    channel: 'link', language: 'nl', customerId: over.customerId ?? null, invitationId: null, respondentKey: null, quota: null, onePerPerson: false,
  });

  it('refuses a customer of another workspace', async () => {
    const { submitResponse } = await import('../../src/domain/responses/submit-response.command.ts');
    const s = await openSurvey('nps');
    const stranger = await signUpUser(t.app);
    const customerId = randomUUID();
    await t.app.db.insertInto('customers').values({ id: customerId, workspace_id: stranger.workspaceId, email: 'x@example.org', name: 'X', attributes: '{}', locale: 'nl' }).execute();
    await expect(submitResponse(t.app.db, { surveySlug: s.slug, clientToken: token(), answers: { nps: 8 }, complete: true, channel: 'email', customerId })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await storedCount(s.id)).toBe(0);
  });

  it('fails only the bad row of a batch (unknown customer), storing its neighbours', async () => {
    const { ResponseBatcher } = await import('../../src/domain/responses/response-batcher.ts');
    const s = await openSurvey('nps');
    const batcher = new ResponseBatcher(t.app.db, { windowMs: 20 });
    const item = (customerId: string | null) => pendingResponse(s.id, { customerId, answers: { nps: 8 } });
    const results = await Promise.allSettled([...Array.from({ length: 5 }, () => batcher.submit(item(null))), batcher.submit(item(randomUUID()))]);
    expect(results.slice(0, 5).map((r) => r.status)).toEqual(Array(5).fill('fulfilled'));
    expect(results[5]).toMatchObject({ status: 'rejected', reason: { code: 'VALIDATION_FAILED', details: [{ field: 'customerId', reason: 'is not a customer of this workspace' }] } });
    expect(await storedCount(s.id, 'complete')).toBe(5);
  });

  it('stores a burst bigger than one batch, with retried tokens, once per token', async () => {
    const { ResponseBatcher } = await import('../../src/domain/responses/response-batcher.ts');
    const s = await openSurvey('nps');
    // Batches of 4, up to 2 at a time: 23 submissions arrive while writes run, some as retries of a token.
    const batcher = new ResponseBatcher(t.app.db, { windowMs: 1, maxBatch: 4, parallelWrites: 2 });
    const tokens = Array.from({ length: 20 }, () => token());
    const item = (clientToken: string) => pendingResponse(s.id, { clientToken });
    const first = tokens.slice(0, 10).map((tk) => batcher.submit(item(tk)));
    await new Promise((r) => setImmediate(r));
    const rest = [...tokens.slice(10), ...tokens.slice(0, 3)].map((tk) => batcher.submit(item(tk)));
    const results = await Promise.all([...first, ...rest]);
    expect(results).toHaveLength(23);
    expect(new Set(results.map((r) => r.id)).size).toBe(20);
    expect(results.slice(20).map((r) => r.created)).toEqual([false, false, false]);
    expect(results.slice(20).map((r) => r.id)).toEqual(results.slice(0, 3).map((r) => r.id));
    expect(await storedCount(s.id, 'complete')).toBe(20);
  });
});
