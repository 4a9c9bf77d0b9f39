import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionUser, signUpUser, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('sign-up, log-in and sessions', () => {
  it('signs up a user with a workspace and a session cookie that is httpOnly and SameSite', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'Anna@Example.org', password: 'correct horse battery', name: 'Anna', workspaceName: 'Bakkerij Test' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.user.email).toBe('anna@example.org');
    expect(body.workspaces).toEqual([expect.objectContaining({ name: 'Bakkerij Test', slug: 'bakkerij-test', role: 'owner' })]);
    const cookie = res.cookies.find((c) => c.name === 'kb_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const row = await t.app.db.selectFrom('users').select('password_hash').where('email', '=', 'anna@example.org').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(row.password_hash).not.toContain('correct horse');
  });

  it('refuses a second account on the same e-mail with 409 naming the field', async () => {
    const payload = { email: 'dup@example.org', password: 'correct horse battery', name: 'A', workspaceName: 'W' };
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload })).statusCode).toBe(201);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { ...payload, email: 'DUP@example.org' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'EMAIL_TAKEN', details: [{ field: 'body.email' }] });
  });

  it('logs in, reports me, logs out and then the cookie no longer works', async () => {
    const user = await signUpUser(t.app, { email: 'login@example.org' });
    const bad = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'login@example.org', password: 'wrong password!' } });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('INVALID_CREDENTIALS');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'LOGIN@example.org', password: 'correct horse battery' } });
    expect(res.statusCode).toBe(200);
    const session = sessionUser(t.app, res);
    expect(session.workspaceId).toBe(user.workspaceId);
    const me = await session.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json().user.email).toBe('login@example.org');
    expect((await session.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    expect((await session.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('rejects a state-changing request without the CSRF token', async () => {
    const user = await signUpUser(t.app);
    const res = await t.app.inject({ method: 'POST', url: '/api/workspaces', headers: { cookie: user.cookie }, payload: { name: 'Other' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const ok = await user.request({ method: 'POST', url: '/api/workspaces', payload: { name: 'Other' } });
    expect(ok.statusCode).toBe(201);
  });

  it('rate-limits log-in attempts per address', async () => {
    await signUpUser(t.app, { email: 'limited@example.org' });
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'limited@example.org', password: 'guess ' + i } });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
    const last = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'limited@example.org', password: 'x' } });
    expect(last.json().error.code).toBe('RATE_LIMITED');
  });
});

describe('workspaces, invitations and roles', () => {
  it('invites a teammate by link as viewer; the viewer can read but not write; switching workspaces works', async () => {
    const owner = await signUpUser(t.app, { workspaceName: 'Owner WS' });
    const mate = await signUpUser(t.app, { workspaceName: 'Mate WS' });
    const inv = await owner.request({ method: 'POST', url: `/api/w/${owner.workspaceId}/invites`, payload: { role: 'viewer' } });
    expect(inv.statusCode).toBe(201);
    const { token, url } = inv.json();
    expect(url).toBe(`http://localhost:3000/invite/${token}`);
    const preview = await t.app.inject({ method: 'GET', url: `/api/invites/${token}` });
    expect(preview.json()).toMatchObject({ workspaceName: 'Owner WS', role: 'viewer' });
    expect((await mate.request({ method: 'POST', url: `/api/invites/${token}/accept` })).statusCode).toBe(200);
    // A link is used once.
    const again = await mate.request({ method: 'POST', url: `/api/invites/${token}/accept` });
    expect(again.statusCode).toBe(410);

    const me = await mate.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json().workspaces.map((w: { name: string }) => w.name).sort()).toEqual(['Mate WS', 'Owner WS']);
    expect(me.json().currentWorkspaceId).toBe(owner.workspaceId);
    expect((await mate.request({ method: 'GET', url: `/api/w/${owner.workspaceId}/members` })).statusCode).toBe(200);
    const rename = await mate.request({ method: 'PATCH', url: `/api/w/${owner.workspaceId}`, payload: { name: 'Hijacked' } });
    expect(rename.statusCode).toBe(403);
    const sw = await mate.request({ method: 'POST', url: '/api/auth/switch-workspace', payload: { workspaceId: mate.workspaceId } });
    expect(sw.json().currentWorkspaceId).toBe(mate.workspaceId);

    // The owner promotes the viewer to editor, and cannot demote the last owner.
    expect((await owner.request({ method: 'PATCH', url: `/api/w/${owner.workspaceId}/members/${mate.userId}`, payload: { role: 'editor' } })).statusCode).toBe(200);
    const demote = await owner.request({ method: 'PATCH', url: `/api/w/${owner.workspaceId}/members/${owner.userId}`, payload: { role: 'viewer' } });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.code).toBe('LAST_OWNER');
  });
});
