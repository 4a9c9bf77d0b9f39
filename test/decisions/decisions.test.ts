import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { runDueJobs } from '../../src/jobs/job-runner.ts';
import { addCustomer, addIdea, addImageSurvey } from './decision-fixtures.ts';

let t: TestApp;
let sink: SmtpSink;
let owner: TestUser;
let ws: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url });
  owner = await signUpUser(t.app, { workspaceName: 'Bakkerij' });
  ws = owner.workspaceId;
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

const url = (path: string) => `/api/w/${ws}${path}`;
const get = (path: string) => owner.request({ method: 'GET', url: url(path) });
const post = (path: string, payload: object) => owner.request({ method: 'POST', url: url(path), payload });
const patch = (path: string, payload: object) => owner.request({ method: 'PATCH', url: url(path), payload });
const put = (path: string, payload: object) => owner.request({ method: 'PUT', url: url(path), payload });

async function cardOfIdea(title: string, voters: string[] = []) {
  const ideaId = await addIdea(t.app.db, ws, title, voters);
  const res = await post('/decisions', { sourceType: 'idea', sourceRef: ideaId });
  expect(res.statusCode, res.body).toBe(201);
  return { ideaId, card: res.json() };
}

const profile = {
  character: 'ambachtelijk, vroeg open',
  values: 'buurtfunctie',
  ownWords: 'De bakker om de hoek.',
  greatAt: ['zuurdesembrood', 'persoonlijk contact'],
  goodAt: ['taarten op bestelling'],
  cannotDo: ['bezorgen buiten de stad', '24/7 open'],
  audience: 'Buurtbewoners die om goed brood geven',
  audienceSegmentIds: [],
  imageQuestions: [],
};

describe('identity profile', () => {
  it('starts empty and is saved whole by an owner', async () => {
    expect((await get('/identity')).json().filled).toBe(false);
    const res = await put('/identity', profile);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ filled: true, greatAt: ['zuurdesembrood', 'persoonlijk contact'], cannotDo: ['bezorgen buiten de stad', '24/7 open'] });
    expect((await put('/identity', { ...profile, extra: 1 })).statusCode).toBe(400);
  });

  it('shows what customers say next to the claims, with the gaps', async () => {
    const answers = [
      ...Array.from({ length: 6 }, () => ({ describe: 'Heerlijk zuurdesem brood', adjectives: ['tasty', 'expensive'] })),
      ...Array.from({ length: 4 }, () => ({ describe: 'Duur maar goed', adjectives: ['expensive'] })),
      { describe: 'Vriendelijk', adjectives: ['friendly'] },
    ];
    const surveyId = await addImageSurvey(t.app.db, ws, answers);
    expect(
      (
        await put('/identity', {
          ...profile,
          imageQuestions: [
            { surveyId, question: 'describe' },
            { surveyId, question: 'adjectives' },
          ],
        })
      ).statusCode,
    ).toBe(200);
    const image = (await get('/identity/image')).json();
    const adjectives = image.questions.find((q: { question: string }) => q.question === 'adjectives');
    // 6 tasty+expensive, 4 expensive, 1 friendly: expensive 10, tasty 6, friendly 1.
    expect(adjectives.top.map((a: { label: string; count: number }) => [a.label, a.count])).toEqual([
      ['duur', 10],
      ['lekker', 6],
      ['vriendelijk', 1],
    ]);
    const describe = image.questions.find((q: { question: string }) => q.question === 'describe');
    expect(describe.kind).toBe('open');
    expect(describe.respondents).toBe(11);
    // Claimed and mentioned: zuurdesembrood (customers say "zuurdesem brood").
    expect(image.gaps.matched.map((m: { item: string }) => m.item)).toContain('zuurdesembrood');
    // Claimed, never mentioned: taarten op bestelling, buurtfunctie.
    const notMentioned = image.gaps.claimedNotMentioned.map((c: { item: string }) => c.item);
    expect(notMentioned).toContain('taarten op bestelling');
    expect(notMentioned).toContain('buurtfunctie');
    expect(notMentioned).not.toContain('zuurdesembrood');
    // Said often, never claimed: "duur" (10 people).
    expect(image.gaps.saidNotClaimed[0]).toEqual({ label: 'duur', count: 10 });
  });

  it('refuses a survey of another workspace', async () => {
    const other = await signUpUser(t.app);
    const foreign = await addImageSurvey(t.app.db, other.workspaceId, []);
    expect((await put('/identity', { ...profile, imageQuestions: [{ surveyId: foreign, question: 'describe' }] })).statusCode).toBe(404);
  });
});

describe('decision board', () => {
  it('ranks by the formula and the weights change the order', async () => {
    const a = await cardOfIdea('Vaker spelt');
    const b = await cardOfIdea('Bankjes voor de deur');
    // A = (w_c·5 + w_u·1 + w_s·1) / 1, B = (w_c·2 + w_u·5 + w_s·5) / 1.
    await patch(`/decisions/${a.card.id}`, { scores: { customer: { score: 5, reason: 'veel gevraagd' }, us: { score: 1, reason: 'weinig marge' }, society: { score: 1, reason: '-' } }, effort: 1 });
    await patch(`/decisions/${b.card.id}`, { scores: { customer: { score: 2, reason: 'leuk' }, us: { score: 5, reason: 'mensen blijven' }, society: { score: 5, reason: 'buurt' } }, effort: 1 });
    let board = (await get('/decisions')).json();
    const order = () => board.cards.filter((c: { id: string }) => [a.card.id, b.card.id].includes(c.id)).map((c: { title: string; score: number }) => [c.title, c.score]);
    expect(order()).toEqual([
      ['Bankjes voor de deur', 12],
      ['Vaker spelt', 7],
    ]);
    expect((await put('/decision-weights', { customer: 3, us: 1, society: 1 })).json()).toEqual({ customer: 3, us: 1, society: 1 });
    board = (await get('/decisions')).json();
    expect(order()).toEqual([
      ['Vaker spelt', 17],
      ['Bankjes voor de deur', 16],
    ]);
    expect((await put('/decision-weights', { customer: -1, us: 1, society: 1 })).statusCode).toBe(400);
    await put('/decision-weights', { customer: 1, us: 1, society: 1 });
  });

  it('marks anecdotes and cards that touch a "cannot do" item', async () => {
    const { card } = await cardOfIdea('Bezorgen in Zeist', [await addCustomer(t.app.db, ws)]);
    expect(card.evidence.verdict).toBe('anecdote');
    expect(card.evidence.distinctPeople).toBe(1);
    const res = await patch(`/decisions/${card.id}`, { identityItems: [{ kind: 'cannot', item: 'bezorgen buiten de stad' }] });
    expect(res.json().touchesCannotDo).toBe(true);
    expect((await patch(`/decisions/${card.id}`, { identityItems: [{ kind: 'great', item: 'iets anders' }] })).statusCode).toBe(400);
    expect((await post('/decisions', { sourceType: 'idea', sourceRef: card.sourceRef })).statusCode).toBe(409);
  });

  it('decline: the idea shows its public reason; accept: planned; history keeps both', async () => {
    const { ideaId, card } = await cardOfIdea('Open op zondag');
    expect((await post(`/decisions/${card.id}/decide`, { decision: 'decline' })).statusCode).toBe(400);
    const declined = await post(`/decisions/${card.id}/decide`, { decision: 'decline', reason: 'Ons team heeft zondag vrij', publicReason: 'Op zondag rust het team.' });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json().status).toBe('declined');
    let idea = await t.app.db.selectFrom('ideas').select(['status', 'status_reason']).where('id', '=', ideaId).executeTakeFirstOrThrow();
    expect(idea).toEqual({ status: 'declined', status_reason: 'Op zondag rust het team.' });
    const board = (await get('/decisions')).json();
    expect(board.cards.find((c: { id: string }) => c.id === card.id).idea.statusReason).toBe('Op zondag rust het team.');

    const accepted = await post(`/decisions/${card.id}/decide`, { decision: 'accept', reason: 'Toch proberen in december' });
    expect(accepted.json().status).toBe('accepted');
    idea = await t.app.db.selectFrom('ideas').select(['status', 'status_reason']).where('id', '=', ideaId).executeTakeFirstOrThrow();
    expect(idea.status).toBe('planned');
    const history = (await get(`/decisions/${card.id}/history`)).json().events;
    expect(history.map((e: { kind: string }) => e.kind)).toEqual(['decline', 'accept']);
    expect(history[1].supersedesId).toBe(history[0].id);
    expect(history[0].authorName).toMatch(/^User/);
    // No route changes or removes an event.
    expect(t.app.routeList.filter((r) => r.url.includes('decision') && ['PUT', 'PATCH', 'DELETE'].includes(r.method)).map((r) => r.url)).toEqual(['/api/w/:workspaceId/decisions/:cardId', '/api/w/:workspaceId/decision-weights']);
  });

  it('the database refuses UPDATE and DELETE of decision events', async () => {
    const { card } = await cardOfIdea('Glutenvrij brood');
    await post(`/decisions/${card.id}/decide`, { decision: 'park', reason: 'Eerst de oven vervangen' });
    await expect(sql`update decision_events set reason = 'anders' where card_id = ${card.id}`.execute(t.app.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from decision_events where card_id = ${card.id}`.execute(t.app.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from decision_cards where id = ${card.id}`.execute(t.app.db)).rejects.toThrow(/append-only/);
    const events = (await get(`/decisions/${card.id}/history`)).json().events;
    expect(events).toHaveLength(1);
    expect(events[0].reason).toBe('Eerst de oven vervangen');
  });

  it('deleting a whole workspace still removes its decision events', async () => {
    const other = await signUpUser(t.app);
    const ideaId = await addIdea(t.app.db, other.workspaceId, 'Idee');
    const card = (await other.request({ method: 'POST', url: `/api/w/${other.workspaceId}/decisions`, payload: { sourceType: 'idea', sourceRef: ideaId } })).json();
    await other.request({ method: 'POST', url: `/api/w/${other.workspaceId}/decisions/${card.id}/decide`, payload: { decision: 'park', reason: 'later' } });
    await t.app.db.deleteFrom('workspaces').where('id', '=', other.workspaceId).execute();
    expect(await t.app.db.selectFrom('decision_events').select('id').where('workspace_id', '=', other.workspaceId).execute()).toEqual([]);
  });

  it('mark as made publishes a changelog entry that e-mails the voters once', async () => {
    const voterA = await addCustomer(t.app.db, ws, { email: 'anna@example.org', locale: 'nl' });
    const voterB = await addCustomer(t.app.db, ws, { email: 'bob@example.org', locale: 'en' });
    const gone = await addCustomer(t.app.db, ws, { email: 'gone@example.org', unsubscribed: true });
    const { ideaId, card } = await cardOfIdea('Spelt-zuurdesem', [voterA, voterB, gone]);
    await post(`/decisions/${card.id}/decide`, { decision: 'accept', reason: 'Past bij ons zuurdesem' });
    await runDueJobs(t.app);
    sink.messages.length = 0;
    const made = await post(`/decisions/${card.id}/made`, { reason: 'Vanaf zaterdag in de winkel', changelogTitle: 'Nieuw: spelt-zuurdesem' });
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json().notified).toBe(2);
    expect(made.json().card.status).toBe('made');
    await runDueJobs(t.app);
    const anna = await sink.waitFor((m) => m.to.includes('anna@example.org'));
    expect(anna.subject).toBe('Jullie vroegen, wij maakten het: Nieuw: spelt-zuurdesem');
    const bob = await sink.waitFor((m) => m.to.includes('bob@example.org'));
    expect(bob.subject).toBe('You asked, we made it: Nieuw: spelt-zuurdesem');
    expect(sink.messages.filter((m) => m.to.includes('gone@example.org'))).toEqual([]);
    expect((await t.app.db.selectFrom('ideas').select('status').where('id', '=', ideaId).executeTakeFirstOrThrow()).status).toBe('made');
  });

  it('tells survey respondents what we heard and did: nl/en by locale, not the unsubscribed, once', async () => {
    const nl = await addCustomer(t.app.db, ws, { email: 'klant@example.org', locale: 'nl', name: 'Els' });
    const en = await addCustomer(t.app.db, ws, { email: 'customer@example.org', locale: 'en' });
    const off = await addCustomer(t.app.db, ws, { email: 'off@example.org', unsubscribed: true });
    const noMail = await addCustomer(t.app.db, ws, { email: null });
    const surveyId = await addImageSurvey(t.app.db, ws, [{ customerId: nl, describe: 'Te duur' }, { customerId: en, describe: 'pricey' }, { customerId: off, describe: 'duur' }, { customerId: noMail, describe: 'duur' }, { describe: 'anoniem' }]);
    const created = await post('/decisions', { sourceType: 'finding', sourceRef: `${surveyId}:price`, title: 'Brood is te duur', surveyId });
    expect(created.statusCode, created.body).toBe(201);
    const card = created.json();
    expect((await post(`/decisions/${card.id}/notify-respondents`, {})).statusCode).toBe(409);
    await post(`/decisions/${card.id}/decide`, { decision: 'decline', reason: 'Goede grondstoffen kosten geld; de prijs blijft.' });
    sink.messages.length = 0;
    const res = await post(`/decisions/${card.id}/notify-respondents`, {});
    expect(res.json()).toEqual({ queued: 2, skipped: 2 });
    expect((await post(`/decisions/${card.id}/notify-respondents`, {})).json()).toEqual({ queued: 0, skipped: 4 });
    await runDueJobs(t.app);
    const dutch = await sink.waitFor((m) => m.to.includes('klant@example.org'));
    expect(dutch.subject).toBe('Wat we hoorden en wat we deden — Bakkerij');
    expect(dutch.text).toContain('Beste Els,');
    expect(dutch.text).toContain('Brood is te duur');
    expect(dutch.text).toContain('Goede grondstoffen kosten geld; de prijs blijft.');
    expect(dutch.raw).toMatch(/List-Unsubscribe:\s+<http[^>]*\/unsubscribe\/[^>]+>/);
    const english = await sink.waitFor((m) => m.to.includes('customer@example.org'));
    expect(english.subject).toBe('What we heard and what we did — Bakkerij');
    expect(english.text).toContain("What we do: we won't do it.");
    expect(sink.messages.map((m) => m.to[0]).sort()).toEqual(['customer@example.org', 'klant@example.org']);
  });
});

describe('report links', () => {
  it('works without an account and stops working after revoke', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const created = await post('/reports', { periodKind: 'month', period: month });
    expect(created.statusCode, created.body).toBe(201);
    const link = created.json();
    expect(link.url).toMatch(/\/r\/[A-Za-z0-9_-]{32}$/);
    const stored = await t.app.db.selectFrom('report_links').select('token_hash').where('id', '=', link.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(link.token);
    const report = await t.app.inject({ method: 'GET', url: `/api/public/reports/${link.token}` });
    expect(report.statusCode, report.body).toBe(200);
    const body = report.json();
    expect(body.workspaceName).toBe('Bakkerij');
    expect(body.label).toBe(month);
    const kinds = body.decisions.map((d: { kind: string }) => d.kind);
    expect(kinds).toContain('decline');
    expect(body.decisions.find((d: { title: string; kind: string }) => d.title === 'Open op zondag' && d.kind === 'decline').reason).toBe('Op zondag rust het team.');
    expect(body.ideas[0].title).toBe('Spelt-zuurdesem');
    expect(body.ideas[0].votes).toBe(3);
    expect((await get('/reports')).json()[0]).not.toHaveProperty('token');
    expect((await post(`/reports/${link.id}/revoke`, {})).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/reports/${link.token}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/reports/${'x'.repeat(32)}` })).statusCode).toBe(404);
  });

  it('quarters start in January, April, July and October', async () => {
    const res = await post('/reports', { periodKind: 'quarter', period: '2026-11' });
    expect(res.json()).toMatchObject({ periodStart: '2026-10', label: '2026 Q4' });
    expect((await post('/reports', { periodKind: 'quarter', period: '2026-13' })).statusCode).toBe(400);
  });
});

describe('roles', () => {
  it('only owners edit the identity profile', async () => {
    const res = await owner.request({ method: 'POST', url: url('/invites'), payload: { role: 'editor' } });
    const token = res.json().token;
    const editor = await signUpUser(t.app);
    const accept = await editor.request({ method: 'POST', url: `/api/invites/${token}/accept`, payload: {} });
    expect(accept.statusCode, accept.body).toBeLessThan(300);
    expect((await editor.request({ method: 'PUT', url: url('/identity'), payload: profile })).statusCode).toBe(403);
    expect((await editor.request({ method: 'GET', url: url('/identity') })).statusCode).toBe(200);
  });
});
