import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionUser, type TestApp } from '../support/test-app.ts';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from '../../src/domain/demo/seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.app.db);
}, 240_000);
afterAll(async () => t.close());

describe('demo workspace: identity and decisions', () => {
  it('has the profile of Bakkerij De Vries and a ranked board with decisions', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO_EMAIL, password: DEMO_PASSWORD } });
    const demo = sessionUser(t.app, login);
    const ws = demo.workspaceId;
    const identity = (await demo.request({ method: 'GET', url: `/api/w/${ws}/identity` })).json();
    expect(identity.greatAt).toEqual(['zuurdesembrood', 'persoonlijk contact']);
    expect(identity.cannotDo).toEqual(['bezorgen buiten de stad', '24/7 open']);
    const board = (await demo.request({ method: 'GET', url: `/api/w/${ws}/decisions` })).json();
    expect(board.cards.length).toBeGreaterThanOrEqual(8);
    // Equal weights: Oud brood (3+3+5)/1 = 11 is first, Zuurdesem op zondag (5+4+2)/2 = 5.5 second.
    expect(board.cards.slice(0, 2).map((c: { title: string; score: number }) => [c.title, c.score])).toEqual([
      ['Oud brood met korting aan het eind van de dag', 11],
      ['Zuurdesembrood ook op zondag', 5.5],
    ]);
    const noord = board.cards.find((c: { title: string }) => c.title === 'Tweede vestiging in Noord');
    expect(noord.status).toBe('declined');
    expect(noord.touchesCannotDo).toBe(true);
    const history = (await demo.request({ method: 'GET', url: `/api/w/${ws}/decisions/${noord.id}/history` })).json().events;
    expect(history.map((e: { kind: string }) => e.kind)).toEqual(['park', 'decline']);
    expect(board.cards.some((c: { evidence: { verdict: string } | null }) => c.evidence?.verdict === 'anecdote')).toBe(true);
    const image = (await demo.request({ method: 'GET', url: `/api/w/${ws}/identity/image` })).json();
    expect(image.questions.length).toBe(2);
    expect(image.questions[0].top.length).toBeGreaterThan(0);
  });
});
