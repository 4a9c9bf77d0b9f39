import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../src/server/app.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const signup = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: payload as string, headers: { 'content-type': 'application/json', ...headers } });

function expectEnvelope(body: string, code: string) {
  const json = JSON.parse(body);
  expect(Object.keys(json)).toEqual(['error']);
  expect(json.error.code).toBe(code);
  expect(typeof json.error.message).toBe('string');
  expect(Array.isArray(json.error.details)).toBe(true);
  expect(body).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
  return json.error;
}

describe('bad input is a clear 4xx, never a 500', () => {
  const good = { email: 'x@example.org', password: 'long enough pw', name: 'X', workspaceName: 'W' };

  it('names an unknown field', async () => {
    const res = await signup(JSON.stringify({ ...good, isAdmin: true }));
    expect(res.statusCode).toBe(400);
    const err = expectEnvelope(res.body, 'VALIDATION_FAILED');
    expect(err.details).toEqual([{ field: 'body.isAdmin', reason: 'unknown field: isAdmin' }]);
  });

  it('names a field of the wrong type and a missing field', async () => {
    const res = await signup(JSON.stringify({ ...good, password: 12, name: undefined }));
    expect(res.statusCode).toBe(400);
    const err = expectEnvelope(res.body, 'VALIDATION_FAILED');
    expect(err.details.map((d: { field: string }) => d.field).sort()).toEqual(['body.name', 'body.password']);
  });

  it('explains a bad e-mail address', async () => {
    const res = await signup(JSON.stringify({ ...good, email: 'not-an-address' }));
    const err = expectEnvelope(res.body, 'VALIDATION_FAILED');
    expect(err.details).toEqual([{ field: 'body.email', reason: 'must be an e-mail address' }]);
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await signup('{"email": "x@example.org",');
    expect(res.statusCode).toBe(400);
    expectEnvelope(res.body, 'MALFORMED_JSON');
  });

  it('rejects an oversized body with 413', async () => {
    const res = await signup(JSON.stringify({ ...good, name: 'x'.repeat(BODY_LIMIT + 10) }));
    expect(res.statusCode).toBe(413);
    expectEnvelope(res.body, 'PAYLOAD_TOO_LARGE');
  });

  it('rejects an unsupported content type with 415', async () => {
    const res = await signup('email=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(415);
    expectEnvelope(res.body, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers unknown API routes with the envelope and 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expectEnvelope(res.body, 'NOT_FOUND');
  });

  it('rejects a non-uuid workspace id with 401/403, not 500', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/w/not-a-uuid/members' });
    expect(res.statusCode).toBe(401);
  });
});

describe('health and OpenAPI', () => {
  it('/health reports the database', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('/api/openapi.json documents the routes with their schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/auth/signup'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['email', 'password', 'name', 'workspaceName']),
    );
    expect(doc.paths['/api/w/{workspaceId}/members']).toBeDefined();
  });
});
