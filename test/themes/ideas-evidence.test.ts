import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBoard } from '../../src/domain/ideas/board.repository.ts';
import type { IdeaEvidence, IdeasEvidence } from '../../src/shared/evidence.ts';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';
import { addCustomer } from './theme-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const DAY = 86_400_000;

/** A board with ideas, votes and comments written straight into the tables (as customers would leave them). */
async function boardOf(u: TestUser) {
  const board = await ensureBoard(t.app.db, u.workspaceId);
  const idea = async (title: string, customerId: string | null, state: 'published' | 'pending' = 'published') => {
    const id = randomUUID();
    await t.app.db
      .insertInto('ideas')
      .values({ id, workspace_id: u.workspaceId, board_id: board.id, customer_id: customerId, pending_session_id: null, title, photo_id: null, language: 'nl', status_reason: null, status_changed_at: null, merged_into_id: null, published_at: new Date(), state })
      .execute();
    return id;
  };
  const vote = (ideaId: string, customerId: string | null, at = new Date(), anonymousKey: string | null = null) =>
    t.app.db.insertInto('votes').values({ id: randomUUID(), workspace_id: u.workspaceId, idea_id: ideaId, customer_id: customerId, anonymous_key: anonymousKey, pending_session_id: null, pending: false, created_at: at }).execute();
  const comment = (ideaId: string, customerId: string, body: string) =>
    t.app.db.insertInto('idea_comments').values({ id: randomUUID(), workspace_id: u.workspaceId, idea_id: ideaId, customer_id: customerId, author_user_id: null, pending_session_id: null, body, state: 'published' }).execute();
  const customer = () => addCustomer(t, u.workspaceId);
  return { idea, vote, comment, customer };
}

async function verdicts(u: TestUser, workspaceId = u.workspaceId) {
  return u.request({ method: 'GET', url: `/api/w/${workspaceId}/evidence/ideas` });
}

describe('GET /evidence/ideas: the verdicts of all ideas in one request', () => {
  it("gives every idea the verdict and people of its own card (GET /evidence/ideas/:ideaId)", async () => {
    const u = await signUpUser(t.app, { workspaceName: 'Idea verdicts' });
    const b = await boardOf(u);
    // A: 6 voters on different days + a comment by a seventh customer → 7 distinct people of a base of
    //    1 + 6 + 1 (A) + 1 + 3 (B) + 1 (C) + 1 anonymous (C) = 14: established (7 ≥ 5 and a share far above trivial).
    const a = await b.idea('Zondag open', await b.customer());
    for (let i = 0; i < 6; i++) await b.vote(a, await b.customer(), new Date(Date.now() - i * DAY));
    await b.comment(a, await b.customer(), 'Wat een geweldig idee, echt top!');
    // B: 3 voters → fewer than 5 people: an anecdote.
    const bId = await b.idea('Glutenvrij brood', await b.customer());
    for (let i = 0; i < 3; i++) await b.vote(bId, await b.customer());
    // C: no author, one anonymous vote → 1 person.
    const c = await b.idea('Meer parkeerplaatsen', null);
    await b.vote(c, null, new Date(), 'browser-1');
    // D: waiting for moderation, no votes: listed too (the team list shows every state), 0 people.
    const d = await b.idea('Nog te keuren', await b.customer(), 'pending');

    const res = await verdicts(u);
    expect(res.statusCode, res.body).toBe(200);
    const list: IdeasEvidence = res.json();
    expect(list.ideas.map((x) => x.ideaId).sort()).toEqual([a, bId, c, d].sort());
    expect(list.rule.nl).toContain('Anekdote: minder dan 5');
    expect(list.thresholds.minDistinct).toBe(5);
    const byId = new Map(list.ideas.map((x) => [x.ideaId, x]));
    expect(byId.get(a)).toMatchObject({ title: 'Zondag open', distinctPeople: 7, mentions: 7, verdict: 'established' });
    expect(byId.get(a)!.share).toBeCloseTo(7 / 14, 12);
    expect(byId.get(bId)).toMatchObject({ distinctPeople: 3, verdict: 'anecdote' });
    expect(byId.get(c)).toMatchObject({ distinctPeople: 1, mentions: 1, verdict: 'anecdote' });
    expect(byId.get(d)).toMatchObject({ distinctPeople: 0, mentions: 0, verdict: 'anecdote' });

    // The same figures as the per-idea endpoint, idea by idea.
    for (const id of [a, bId, c, d]) {
      const one = await u.request({ method: 'GET', url: `/api/w/${u.workspaceId}/evidence/ideas/${id}` });
      expect(one.statusCode, one.body).toBe(200);
      const card = (one.json() as IdeaEvidence).evidence;
      expect(byId.get(id), id).toMatchObject({ verdict: card.verdict, reason: card.reason, distinctPeople: card.distinctPeople, mentions: card.mentions, share: card.share });
      expect(list.rule).toEqual(card.rule);
    }

    // The workspace's thresholds apply to the list as to the card: with 8 people needed, A is an anecdote too.
    const settings = (await u.request({ method: 'GET', url: `/api/w/${u.workspaceId}/evidence/settings` })).json();
    const put = await u.request({ method: 'PUT', url: `/api/w/${u.workspaceId}/evidence/settings`, payload: { ...settings.thresholds, minDistinct: 8 } });
    expect(put.statusCode, put.body).toBe(200);
    const after: IdeasEvidence = (await verdicts(u)).json();
    expect(after.ideas.find((x) => x.ideaId === a)!.verdict).toBe('anecdote');
    expect(after.rule.nl).toContain('minder dan 8');
  });

  it('lists only the ideas and people of the own workspace', async () => {
    const u = await signUpUser(t.app, { workspaceName: 'Verdicts A' });
    const other = await signUpUser(t.app, { workspaceName: 'Verdicts B' });
    const mine = await boardOf(u);
    const theirs = await boardOf(other);
    const myIdea = await mine.idea('Mijn idee', await mine.customer());
    await mine.vote(myIdea, await mine.customer());
    const theirIdea = await theirs.idea('Hun idee', await theirs.customer());
    for (let i = 0; i < 9; i++) await theirs.vote(theirIdea, await theirs.customer());

    const list: IdeasEvidence = (await verdicts(u)).json();
    expect(list.ideas.map((x) => x.ideaId)).toEqual([myIdea]);
    // Base: the author and the voter of my board only (their 10 people do not count).
    expect(list.ideas[0]).toMatchObject({ distinctPeople: 1, share: 0.5 });
    // Someone else's workspace: 403, and no figures of theirs.
    const foreign = await verdicts(u, other.workspaceId);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.body).not.toContain('Hun idee');
    // Anonymous: 401.
    const anon = await t.app.inject({ method: 'GET', url: `/api/w/${u.workspaceId}/evidence/ideas` });
    expect(anon.statusCode).toBe(401);
  });

  it('gives an empty list for a workspace without ideas', async () => {
    const u = await signUpUser(t.app, { workspaceName: 'No ideas' });
    const res = await verdicts(u);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().ideas).toEqual([]);
  });
});
