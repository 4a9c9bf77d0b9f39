import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { runDueJobs } from '../../src/jobs/job-runner.ts';
import { confirmByMail, confirmedCustomer, startSignIn, type BoardCustomer } from './board-support.ts';

let t: TestApp;
let sink: SmtpSink;
let team: TestUser;
let slug: string;
let anna: BoardCustomer;

const PNG_1x1 = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b550000000a49444154789c6360000000020001e221bc330000000049454e44ae426082', 'hex');

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url, publicUrl: 'http://board.test' });
  team = await signUpUser(t.app, { workspaceName: 'Bakkerij Test' });
  const board = await team.request({ method: 'GET', url: `/api/w/${team.workspaceId}/board` });
  expect(board.statusCode).toBe(200);
  slug = board.json().slug;
  anna = await confirmedCustomer(t.app, sink, slug, 'anna@example.org', 'Anna Jansen');
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

const url = (path = '') => `/api/public/boards/${slug}${path}`;
async function postIdea(v: BoardCustomer, title: string, description = '') {
  const res = await v.request({ method: 'POST', url: url('/ideas'), payload: { title, description } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; state: string };
}
async function storedVotes(ideaId: string) {
  const r = await sql<{ n: number }>`select count(*)::int as n from votes where idea_id = ${ideaId} and not pending`.execute(t.app.db);
  return Number(r.rows[0].n);
}

describe('board and settings', () => {
  it('gives each workspace a board at its slug, with anonymous voting off by default', async () => {
    const res = await t.app.inject({ method: 'GET', url: url() });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ slug: 'bakkerij-test', title: 'Bakkerij Test', anonymousVoting: false, moderation: false, viewer: { signedIn: false } });
  });
  it('answers 404 for an unknown board and 400 for bad query values', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/public/boards/bestaat-niet/ideas' })).statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'GET', url: url('/ideas?sort=random') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('querystring.sort');
    expect((await t.app.inject({ method: 'GET', url: url('/ideas/not-a-uuid') })).statusCode).toBe(400);
  });
  it('refuses a taken or malformed slug', async () => {
    const other = await signUpUser(t.app, { workspaceName: 'Ander' });
    await other.request({ method: 'GET', url: `/api/w/${other.workspaceId}/board` });
    const taken = await other.request({ method: 'PATCH', url: `/api/w/${other.workspaceId}/board`, payload: { slug } });
    expect(taken.statusCode).toBe(409);
    const bad = await other.request({ method: 'PATCH', url: `/api/w/${other.workspaceId}/board`, payload: { slug: 'Niet Goed!' } });
    expect(bad.statusCode).toBe(400);
  });
});

describe('magic-link sign-in and pending content', () => {
  it('keeps an unconfirmed idea, comment and vote out of public view until the link is followed', async () => {
    const existing = await postIdea(anna, 'Langer open op zaterdag');
    const bob = await startSignIn(t.app, slug, 'bob@example.org', 'Bob');
    expect((await t.app.inject({ method: 'GET', url: url() , headers: { cookie: bob.cookie } })).json().viewer).toMatchObject({ signedIn: true, confirmed: false });
    const idea = await postIdea(bob, 'Glutenvrij assortiment', 'Meer glutenvrije broden graag');
    expect(idea.state).toBe('pending');
    const comment = await bob.request({ method: 'POST', url: url(`/ideas/${existing.id}/comments`), payload: { body: 'Ja, tot 18 uur!' } });
    expect(comment.json().state).toBe('pending');
    const vote = await bob.request({ method: 'PUT', url: url(`/ideas/${existing.id}/vote`) });
    expect(vote.json()).toMatchObject({ voted: true, pending: true, votes: 1 });

    const publicList = (await t.app.inject({ method: 'GET', url: url('/ideas?sort=newest') })).json();
    expect(publicList.ideas.map((i: { title: string }) => i.title)).not.toContain('Glutenvrij assortiment');
    const bobList = (await bob.request({ method: 'GET', url: url('/ideas?sort=newest') })).json();
    expect(bobList.ideas.find((i: { id: string }) => i.id === idea.id).state).toBe('pending');
    expect((await t.app.inject({ method: 'GET', url: url(`/ideas/${existing.id}`) })).json().commentList).toEqual([]);

    const confirmed = await confirmByMail(t.app, sink, bob);
    expect(confirmed.published).toBe(4); // idea, its author vote, the comment, the vote
    const after = (await t.app.inject({ method: 'GET', url: url(`/ideas/${existing.id}`) })).json();
    expect(after.votes).toBe(2);
    expect(after.commentList.map((c: { body: string }) => c.body)).toEqual(['Ja, tot 18 uur!']);
    expect(after.commentList[0].authorName).toBe('Bob');
    expect((await t.app.inject({ method: 'GET', url: url(`/ideas/${idea.id}`) })).json().state).toBe('published');
  });

  it('uses a link once and refuses unknown ones', async () => {
    const v = await startSignIn(t.app, slug, 'once@example.org');
    await runDueJobs(t.app);
    const mail = await sink.waitFor((m) => m.to.includes('once@example.org'));
    const token = mail.text.match(/token=([\w-]+)/)![1];
    expect(mail.subject).toContain('Bevestig');
    expect((await v.request({ method: 'POST', url: '/api/public/customer-sign-in/confirm', payload: { token } })).statusCode).toBe(200);
    const again = await v.request({ method: 'POST', url: '/api/public/customer-sign-in/confirm', payload: { token } });
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('LINK_USED');
    expect((await t.app.inject({ method: 'POST', url: '/api/public/customer-sign-in/confirm', payload: { token: 'x'.repeat(43) } })).statusCode).toBe(404);
  });

  it('limits sign-in mails per address and answers a filled honeypot without storing anything', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.app.inject({ method: 'POST', url: url('/sign-in'), payload: { email: 'flood@example.org' }, remoteAddress: `10.9.9.${i + 1}` });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([202, 202, 202, 202, 202, 429, 429]);
    const bot = await t.app.inject({ method: 'POST', url: url('/sign-in'), payload: { email: 'bot@example.org', website: 'http://spam' }, remoteAddress: '10.9.8.1' });
    expect(bot.statusCode).toBe(202);
    const stored = await t.app.db.selectFrom('customers').select('id').where('email', '=', 'bot@example.org').execute();
    expect(stored).toEqual([]);
  });

  it('limits sign-in requests per IP address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await t.app.inject({ method: 'POST', url: url('/sign-in'), payload: { email: `ip${i}@example.org` }, remoteAddress: '10.7.7.7' })).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 202)).toBe(true);
    expect(codes[10]).toBe(429);
  });
});

describe('public endpoints reject bad input with clear 4xx', () => {
  it('limits ideas per customer per hour', async () => {
    const dora = await confirmedCustomer(t.app, sink, slug, 'dora@example.org');
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await dora.request({ method: 'POST', url: url('/ideas'), payload: { title: `Idee nummer ${i}` } })).statusCode);
    expect(codes).toEqual([...Array(10).fill(201), 429]);
  });
  it('needs a session and the customer CSRF header to post or vote', async () => {
    expect((await t.app.inject({ method: 'POST', url: url('/ideas'), payload: { title: 'Zonder account' } })).statusCode).toBe(401);
    const idea = await postIdea(anna, 'Croissants op maandag');
    expect((await t.app.inject({ method: 'PUT', url: url(`/ideas/${idea.id}/vote`) })).statusCode).toBe(401);
    const noCsrf = await t.app.inject({ method: 'PUT', url: url(`/ideas/${idea.id}/vote`), headers: { cookie: anna.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_TOKEN_INVALID');
  });
  it('names the field for short titles, unknown fields, long comments, bad e-mail', async () => {
    const short = await anna.request({ method: 'POST', url: url('/ideas'), payload: { title: 'ab' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].field).toBe('body.title');
    const unknown = await anna.request({ method: 'POST', url: url('/ideas'), payload: { title: 'Goed idee hier', votes: 1000 } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].reason).toContain('votes');
    const idea = await postIdea(anna, 'Taart van de week');
    const long = await anna.request({ method: 'POST', url: url(`/ideas/${idea.id}/comments`), payload: { body: 'x'.repeat(2001) } });
    expect(long.statusCode).toBe(400);
    const email = await t.app.inject({ method: 'POST', url: url('/sign-in'), payload: { email: 'geen-adres' }, remoteAddress: '10.6.6.6' });
    expect(email.statusCode).toBe(400);
    expect(email.json().error.details[0].field).toBe('body.email');
    expect((await anna.request({ method: 'PUT', url: url('/ideas/7a1c1d7e-0000-4000-8000-000000000000/vote') })).statusCode).toBe(404);
  });
  it('accepts PNG photos with their text chunks removed and refuses other types and oversized bodies', async () => {
    const withText = Buffer.concat([PNG_1x1.subarray(0, 33), Buffer.from('0000000d74455874436f6d6d656e74004750532121', 'hex'), Buffer.alloc(4), PNG_1x1.subarray(33)]);
    const ok = await anna.request({ method: 'POST', url: url('/ideas'), payload: { title: 'Foto van de vitrine', photo: { data: `data:image/png;base64,${withText.toString('base64')}` } } });
    expect(ok.statusCode, ok.body).toBe(201);
    const detail = (await anna.request({ method: 'GET', url: url(`/ideas/${ok.json().id}`) })).json();
    const img = await t.app.inject({ method: 'GET', url: detail.photoUrl });
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.rawPayload.includes(Buffer.from('GPS'))).toBe(false);
    expect(img.rawPayload.equals(PNG_1x1)).toBe(true);

    const gif = await anna.request({ method: 'POST', url: url('/ideas'), payload: { title: 'Een gif', photo: { data: Buffer.from('GIF89a;;;;;;').toString('base64') } } });
    expect(gif.statusCode).toBe(400);
    expect(gif.json().error.details[0]).toEqual({ field: 'body.photo.data', reason: 'only JPEG, PNG and WebP images are accepted' });
    const huge = await anna.request({ method: 'POST', url: url('/ideas'), payload: { title: 'Te groot', photo: { data: 'A'.repeat(3_500_000) } } });
    expect(huge.statusCode).toBe(413);
  });
});

describe('votes', () => {
  it('stores one vote under 40 parallel double clicks, and the shown count equals count(*)', async () => {
    const idea = await postIdea(anna, 'Online bestellen en ophalen');
    const results = await Promise.all(Array.from({ length: 40 }, () => anna.request({ method: 'PUT', url: url(`/ideas/${idea.id}/vote`) })));
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    expect(await storedVotes(idea.id)).toBe(1);
    const shown = (await t.app.inject({ method: 'GET', url: url(`/ideas/${idea.id}`) })).json().votes;
    expect(shown).toBe(1);
  });

  it('counts many customers voting at once exactly, and withdrawing is idempotent', async () => {
    const idea = await postIdea(anna, 'Minder plastic verpakking');
    const voters = await Promise.all(Array.from({ length: 12 }, (_, i) => confirmedCustomer(t.app, sink, slug, `voter${i}@example.org`)));
    const results = await Promise.all(voters.flatMap((v) => [1, 2, 3].map(() => v.request({ method: 'PUT', url: url(`/ideas/${idea.id}/vote`) }))));
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    expect(await storedVotes(idea.id)).toBe(13);
    const listed = (await t.app.inject({ method: 'GET', url: url('/ideas?sort=top') })).json().ideas.find((i: { id: string }) => i.id === idea.id);
    expect(listed.votes).toBe(13);
    const withdrawals = await Promise.all([0, 1].map(() => voters[0].request({ method: 'DELETE', url: url(`/ideas/${idea.id}/vote`) })));
    expect(withdrawals.map((w) => w.json().votes)).toEqual([12, 12]);
    expect(await storedVotes(idea.id)).toBe(12);
    const mine = (await voters[0].request({ method: 'GET', url: url(`/ideas/${idea.id}`) })).json();
    expect(mine.votedByMe).toBe(false);
  });

  it('allows anonymous votes only when the team switches them on, once per browser', async () => {
    const idea = await postIdea(anna, 'Koffie to go');
    expect((await t.app.inject({ method: 'PUT', url: url(`/ideas/${idea.id}/vote`) })).statusCode).toBe(401);
    await team.request({ method: 'PATCH', url: `/api/w/${team.workspaceId}/board`, payload: { anonymousVoting: true } });
    const first = await t.app.inject({ method: 'PUT', url: url(`/ideas/${idea.id}/vote`) });
    expect(first.statusCode).toBe(200);
    const visitor = first.cookies.find((c) => c.name === 'kb_visitor')!;
    const again = await Promise.all([1, 2, 3].map(() => t.app.inject({ method: 'PUT', url: url(`/ideas/${idea.id}/vote`), headers: { cookie: `kb_visitor=${visitor.value}` } })));
    expect(again.map((r) => r.json().votes)).toEqual([2, 2, 2]);
    await team.request({ method: 'PATCH', url: `/api/w/${team.workspaceId}/board`, payload: { anonymousVoting: false } });
  });
});

describe('sorting, filtering, search, similar ideas', () => {
  let carla: BoardCustomer;
  beforeAll(async () => {
    carla = await confirmedCustomer(t.app, sink, slug, 'carla@example.org', 'Carla');
  });

  it('sorts by top and newest, filters by status and tag, and searches title and description', async () => {
    const a = await postIdea(carla, 'Speltbrood vaker bakken', 'Spelt is lekker');
    const tag = (await team.request({ method: 'POST', url: `/api/w/${team.workspaceId}/idea-tags`, payload: { name: 'Assortiment', color: 'green' } })).json();
    await team.request({ method: 'PATCH', url: `/api/w/${team.workspaceId}/ideas/${a.id}`, payload: { tagIds: [tag.id] } });
    const byTag = (await t.app.inject({ method: 'GET', url: url(`/ideas?tag=${tag.id}`) })).json();
    expect(byTag.ideas.map((i: { id: string }) => i.id)).toEqual([a.id]);
    expect(byTag.ideas[0].tags).toEqual([{ id: tag.id, name: 'Assortiment', color: 'green' }]);
    const search = (await t.app.inject({ method: 'GET', url: url('/ideas?q=spelt') })).json();
    expect(search.ideas.map((i: { id: string }) => i.id)).toEqual([a.id]);
    const percent = (await t.app.inject({ method: 'GET', url: url('/ideas?q=%25') })).json();
    expect(percent.total).toBe(0);
    const newest = (await t.app.inject({ method: 'GET', url: url('/ideas?sort=newest&limit=1') })).json();
    expect(newest.ideas[0].id).toBe(a.id);
    const top = (await t.app.inject({ method: 'GET', url: url('/ideas?sort=top') })).json().ideas;
    const counts = top.map((i: { votes: number }) => i.votes);
    expect(counts).toEqual([...counts].sort((x: number, y: number) => y - x));
  });

  it('ranks trending by recent votes: a vote today weighs 1, one a week old 0.5, older than 14 days 0', async () => {
    const old = await postIdea(carla, 'Oude populaire wens');
    const fresh = await postIdea(carla, 'Verse nieuwe wens');
    await sql`update votes set created_at = now() - interval '20 days' where idea_id = ${old.id}`.execute(t.app.db);
    const list = (await t.app.inject({ method: 'GET', url: url('/ideas?sort=trending&limit=100') })).json().ideas;
    const o = list.find((i: { id: string }) => i.id === old.id);
    const f = list.find((i: { id: string }) => i.id === fresh.id);
    expect(o.trending).toBe(0);
    expect(f.trending).toBeCloseTo(1, 2);
    await sql`update votes set created_at = now() - interval '7 days' where idea_id = ${fresh.id}`.execute(t.app.db);
    const later = (await t.app.inject({ method: 'GET', url: url(`/ideas/${fresh.id}`) })).json();
    expect(later.trending).toBeCloseTo(0.5, 2);
  });

  it('suggests an existing idea while someone types with other word forms ("geleverd" / "levering")', async () => {
    const idea = await postIdea(carla, 'Levering aan huis', 'Brood thuis laten bezorgen');
    const res = await t.app.inject({ method: 'GET', url: url(`/similar?q=${encodeURIComponent('Kan het brood geleverd worden?')}`) });
    expect(res.statusCode).toBe(200);
    expect(res.json().ideas[0].id).toBe(idea.id);
    expect((await t.app.inject({ method: 'GET', url: url('/similar?q=') })).statusCode).toBe(400);
  });
});
