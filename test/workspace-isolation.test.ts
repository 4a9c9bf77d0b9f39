import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpUser, type TestApp, type TestUser } from './support/test-app.ts';
import type { IsolationFixtures } from './support/isolation/types.ts';

/**
 * Walks EVERY registered admin route (/api/w/:workspaceId/...) and proves that
 *  1. an anonymous caller gets 401,
 *  2. a user of workspace A gets 403 on workspace B,
 *  3. inside their own workspace A, a user gets 404 (or 403) on the ids of workspace B's objects.
 * A new route with a new path parameter fails here until its parameter has a fixture in test/support/isolation/,
 * so no route escapes the check.
 */

// Each capability describes its objects in test/support/isolation/<capability>.ts.
const modules = import.meta.glob<{ fixtures: IsolationFixtures }>('./support/isolation/*.ts', { eager: true });
const all = Object.values(modules).filter((m) => m.fixtures).map((m) => m.fixtures);
const objectFixtures: IsolationFixtures['objects'] = Object.assign({}, ...all.map((f) => f.objects));
const sampleBodies: Record<string, unknown> = Object.assign({}, ...all.map((f) => f.sampleBodies));

let t: TestApp;
let a: TestUser;
let b: TestUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  a = await signUpUser(t.app, { workspaceName: 'A' });
  b = await signUpUser(t.app, { workspaceName: 'B' });
});
afterAll(async () => t.close());

function adminRoutes() {
  return t.app.routeList.filter((r) => r.url.startsWith('/api/w/:workspaceId') && r.method !== 'HEAD');
}

function fill(url: string, workspaceId: string, values: Record<string, string>) {
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) => (name === 'workspaceId' ? workspaceId : (values[name] ?? randomUUID())));
}

describe('workspace isolation over every admin route', () => {
  it('finds the admin routes', () => {
    expect(adminRoutes().length).toBeGreaterThanOrEqual(8);
  });

  it('has a fixture for every path parameter', async () => {
    const params = new Set(adminRoutes().flatMap((r) => [...r.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1])));
    params.delete('workspaceId');
    const missing = [...params].filter((p) => !objectFixtures[p]);
    expect(missing, 'add these to objectFixtures in test/workspace-isolation.test.ts').toEqual([]);
    for (const p of params) ids[p] = await objectFixtures[p](b, t);
  });

  it('refuses anonymous callers with 401', async () => {
    for (const r of adminRoutes()) {
      const res = await t.app.inject({ method: r.method as 'GET', url: fill(r.url, b.workspaceId, ids), payload: sampleBodies[`${r.method} ${r.url}`] as object });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it("refuses a user of workspace A on workspace B's routes with 403", async () => {
    for (const r of adminRoutes()) {
      const res = await a.request({ method: r.method as 'GET', url: fill(r.url, b.workspaceId, ids), payload: sampleBodies[`${r.method} ${r.url}`] as object });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });

  it("gives 404 (or 403) for workspace B's object ids used inside workspace A", async () => {
    for (const r of adminRoutes()) {
      if (!/:(?!workspaceId)[A-Za-z]+/.test(r.url)) continue;
      const res = await a.request({ method: r.method as 'GET', url: fill(r.url, a.workspaceId, ids), payload: sampleBodies[`${r.method} ${r.url}`] as object });
      expect([403, 404], `${r.method} ${r.url} answered ${res.statusCode}: ${res.body}`).toContain(res.statusCode);
    }
  });
});
