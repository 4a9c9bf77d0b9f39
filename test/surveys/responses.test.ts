import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';
import { countResponses, deleteResponse, getResponse, listResponses } from '../../src/domain/responses/response.repository.ts';
import { submitResponse } from '../../src/domain/responses/submit-response.command.ts';
import { registerInvitationResolver } from '../../src/domain/responses/invitation-resolver.ts';

let t: TestApp;
let u: TestUser;
let other: TestUser;
let survey: { id: string; slug: string };

beforeAll(async () => {
  t = await createTestApp();
  u = await signUpUser(t.app);
  other = await signUpUser(t.app);
  survey = (await u.request({ method: 'POST', url: `/api/w/${u.workspaceId}/surveys`, payload: { name: 'NPS', template: 'nps' } })).json();
  await u.request({ method: 'PATCH', url: `/api/w/${u.workspaceId}/surveys/${survey.id}/settings`, payload: { status: 'open' } });
  const submissions = [
    { nps: 9, channel: 'link', language: 'nl', complete: true },
    { nps: 3, channel: 'email', language: 'en', complete: true },
    { nps: 7, channel: 'embed', language: 'nl', complete: false },
  ];
  for (const s of submissions) {
    await submitResponse(t.app.db, { surveySlug: survey.slug, clientToken: randomUUID(), answers: { nps: s.nps }, complete: s.complete, channel: s.channel, language: s.language });
  }
});
afterAll(async () => t.close());

describe('response repository', () => {
  it('lists and counts with filters, only within the workspace', async () => {
    expect(await countResponses(t.app.db, u.workspaceId, { surveyId: survey.id })).toBe(3);
    expect(await countResponses(t.app.db, u.workspaceId, { surveyId: survey.id, status: 'complete' })).toBe(2);
    const en = await listResponses(t.app.db, u.workspaceId, { surveyId: survey.id, language: 'en' });
    expect(en.map((r) => [r.answers.nps, r.channel, r.status])).toEqual([[3, 'email', 'complete']]);
    expect((await listResponses(t.app.db, u.workspaceId, { channel: 'embed' })).map((r) => r.status)).toEqual(['partial']);
    expect(await listResponses(t.app.db, u.workspaceId, { from: new Date(Date.now() + 60_000) })).toEqual([]);
    expect(await listResponses(t.app.db, other.workspaceId, { surveyId: survey.id })).toEqual([]);
  });

  it('gets and deletes one response, never across workspaces', async () => {
    const [first] = await listResponses(t.app.db, u.workspaceId, { surveyId: survey.id, limit: 1 });
    expect(await getResponse(t.app.db, other.workspaceId, first.id)).toBeUndefined();
    expect(await deleteResponse(t.app.db, other.workspaceId, first.id)).toBe(false);
    expect((await getResponse(t.app.db, u.workspaceId, first.id))?.id).toBe(first.id);
    expect(await deleteResponse(t.app.db, u.workspaceId, first.id)).toBe(true);
    expect(await countResponses(t.app.db, u.workspaceId, { surveyId: survey.id })).toBe(2);
  });
});

describe('personal invitation links on the public route', () => {
  it('passes the resolved invitation and customer to the response, and refuses unknown tokens', async () => {
    const customerId = randomUUID();
    await t.app.db.insertInto('customers').values({ id: customerId, workspace_id: u.workspaceId, email: 'jan@example.nl', name: 'Jan', attributes: '{}', locale: 'nl' }).execute();
    const invitationId = randomUUID();
    registerInvitationResolver(async (_db, p) => (p.token === 'personal-token-123' && p.surveyId === survey.id ? { invitationId, customerId, language: 'nl' } : null));
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/public/surveys/${survey.slug}/responses`,
      payload: { clientToken: randomUUID(), answers: { nps: 10 }, complete: true, invitation: 'personal-token-123' },
    });
    expect(ok.statusCode).toBe(201);
    const row = await getResponse(t.app.db, u.workspaceId, ok.json().id);
    expect(row).toMatchObject({ customer_id: customerId, invitation_id: invitationId, channel: 'email', language: 'nl', respondent_key: `invitation:${invitationId}` });
    // The same personal link cannot complete a second response, even from another device.
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/public/surveys/${survey.slug}/responses`,
      payload: { clientToken: randomUUID(), answers: { nps: 1 }, complete: true, invitation: 'personal-token-123' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_RESPONDED');
    const bad = await t.app.inject({ method: 'POST', url: `/api/public/surveys/${survey.slug}/responses`, payload: { clientToken: randomUUID(), answers: { nps: 1 }, complete: true, invitation: 'wrong-token-456' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.invitation');
  });
});

describe('text PostgreSQL cannot store', () => {
  it('refuses a NUL character in an answer with a 400 naming it, and stores nothing', async () => {
    const before = await countResponses(t.app.db, u.workspaceId, { surveyId: survey.id });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/public/surveys/${survey.slug}/responses`,
      payload: { clientToken: randomUUID(), answers: { nps: 3, why_low: 'te\u0000duur' }, complete: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'body.answers.why_low', reason: 'contains a NUL character (\\u0000), which text may not hold' }]);
    const key = await t.app.inject({ method: 'POST', url: `/api/public/surveys/${survey.slug}/responses`, payload: { clientToken: randomUUID(), answers: { 'nps\u0000': 3 }, complete: true } });
    expect(key.json().error.details[0].field).toBe('body.answers.nps\\u0000');
    // A backslash followed by "u0000" is ordinary text, not a NUL.
    const literal = await t.app.inject({ method: 'POST', url: `/api/public/surveys/${survey.slug}/responses`, payload: { clientToken: randomUUID(), answers: { nps: 3, why_low: 'path C:\\u0000' }, complete: true } });
    expect(literal.statusCode).toBe(201);
    expect(await countResponses(t.app.db, u.workspaceId, { surveyId: survey.id })).toBe(before + 1);
  });
});
