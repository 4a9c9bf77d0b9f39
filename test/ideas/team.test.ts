import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { runDueJobs } from '../../src/jobs/job-runner.ts';
import { publishChangelogEntry } from '../../src/domain/ideas/publish-changelog-entry.command.ts';
import { setIdeaStatus } from '../../src/domain/ideas/set-idea-status.command.ts';
import { confirmByMail, confirmedCustomer, startSignIn, type BoardCustomer } from './board-support.ts';

let t: TestApp;
let sink: SmtpSink;
let team: TestUser;
let slug: string;
// SOI, APP0 JFIF, APP1 Exif, SOS with a few scan bytes, EOI.
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffe1000c45786966000047405353ffda0008010100003f00123456ffd9', 'hex');
const admin = (path: string) => `/api/w/${team.workspaceId}${path}`;
const url = (path = '') => `/api/public/boards/${slug}${path}`;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url, publicUrl: 'http://board.test' });
  team = await signUpUser(t.app, { workspaceName: 'Bakkerij Team' });
  slug = (await team.request({ method: 'GET', url: admin('/board') })).json().slug;
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

async function postIdea(v: BoardCustomer, title: string) {
  const res = await v.request({ method: 'POST', url: url('/ideas'), payload: { title } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}
const vote = (v: BoardCustomer, id: string) => v.request({ method: 'PUT', url: url(`/ideas/${id}/vote`) });
const mailsTo = (email: string, match: string) => sink.messages.filter((m) => m.to.includes(email) && m.subject.includes(match));

describe('status workflow', () => {
  it('changes status with a public reason and e-mails voters through the job queue', async () => {
    const eva = await confirmedCustomer(t.app, sink, slug, 'eva@example.org', 'Eva');
    const finn = await confirmedCustomer(t.app, sink, slug, 'finn@example.org', 'Finn');
    const id = await postIdea(eva, 'Zuurdesembrood ook op zondag');
    await vote(finn, id);
    const declinedWithout = await team.request({ method: 'POST', url: admin(`/ideas/${id}/status`), payload: { status: 'declined' } });
    expect(declinedWithout.statusCode).toBe(400);
    expect(declinedWithout.json().error.details[0].field).toBe('body.reason');
    const res = await team.request({ method: 'POST', url: admin(`/ideas/${id}/status`), payload: { status: 'planned', reason: 'Vanaf maart' } });
    expect(res.json()).toEqual({ ideaId: id, status: 'planned', notified: 2 });
    await runDueJobs(t.app);
    const mail = await sink.waitFor((m) => m.to.includes('finn@example.org') && m.subject.includes('gepland'));
    expect(mail.text).toContain('Vanaf maart');
    expect(mail.text).toContain(`http://board.test/b/${slug}/ideas/${id}`);
    expect(mail.raw).toMatch(/^List-Unsubscribe:\s+<http:\/\/board.test\/b\/[a-z-]+\/unsubscribe\?token=/m);
    const pub = (await t.app.inject({ method: 'GET', url: url(`/ideas/${id}`) })).json();
    expect(pub).toMatchObject({ status: 'planned', statusReason: 'Vanaf maart' });
    const roadmap = (await t.app.inject({ method: 'GET', url: url('/roadmap') })).json();
    expect(roadmap.planned.map((i: { id: string }) => i.id)).toEqual([id]);
    // The same status again mails nobody twice.
    expect((await setIdeaStatus(t.app.db, { workspaceId: team.workspaceId, ideaId: id, status: 'planned' })).notified).toBe(0);
  });

  it('lets viewers read but not change', async () => {
    const ideas = await team.request({ method: 'GET', url: admin('/ideas') });
    expect(ideas.statusCode).toBe(200);
  });
});

describe('merging duplicates', () => {
  it('moves votes and comments, counts a customer who voted on both once, and tells the voters', async () => {
    const gijs = await confirmedCustomer(t.app, sink, slug, 'gijs@example.org', 'Gijs');
    const hanna = await confirmedCustomer(t.app, sink, slug, 'hanna@example.org', 'Hanna');
    const ivo = await confirmedCustomer(t.app, sink, slug, 'ivo@example.org', 'Ivo');
    const kept = await postIdea(gijs, 'Glutenvrij assortiment'); // gijs votes (author)
    const dup = await postIdea(hanna, 'Meer glutenvrije producten'); // hanna votes (author)
    await vote(hanna, kept); // hanna on both
    await vote(ivo, dup);
    await ivo.request({ method: 'POST', url: url(`/ideas/${dup}/comments`), payload: { body: 'Graag ook taart' } });
    const res = await team.request({ method: 'POST', url: admin(`/ideas/${kept}/merge`), payload: { duplicateId: dup } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ keptId: kept, movedVotes: 1, droppedDoubleVotes: 1, movedComments: 1, notified: 2 });
    const detail = (await t.app.inject({ method: 'GET', url: url(`/ideas/${kept}`) })).json();
    expect(detail.votes).toBe(3);
    expect(detail.commentList.map((c: { body: string }) => c.body)).toEqual(['Graag ook taart']);
    const n = await sql<{ n: number }>`select count(*)::int as n from votes where idea_id = ${kept}`.execute(t.app.db);
    expect(n.rows[0].n).toBe(3);
    const gone = await t.app.inject({ method: 'GET', url: url(`/ideas/${dup}`) });
    expect(gone.statusCode).toBe(409);
    expect(gone.json().error.code).toBe('IDEA_MERGED');
    await runDueJobs(t.app);
    const mail = await sink.waitFor((m) => m.to.includes('ivo@example.org') && m.subject.includes('samengevoegd'));
    expect(mail.text).toContain(`/ideas/${kept}`);
    expect((await team.request({ method: 'POST', url: admin(`/ideas/${kept}/merge`), payload: { duplicateId: dup } })).statusCode).toBe(409);
    expect((await team.request({ method: 'POST', url: admin(`/ideas/${kept}/merge`), payload: { duplicateId: kept } })).statusCode).toBe(400);
  });
});

describe('who asks: votes by customer attribute', () => {
  it('breaks the votes down by a customers.attributes value', async () => {
    const people = await Promise.all(['j', 'k', 'l', 'm'].map((x) => confirmedCustomer(t.app, sink, slug, `${x}@klant.example`)));
    const id = await postIdea(people[0], 'Langer open op zaterdag');
    for (const p of people.slice(1)) await vote(p, id);
    const groups = ['vaste klant', 'vaste klant', 'nieuwe klant'];
    for (const [i, g] of groups.entries()) {
      await t.app.db.updateTable('customers').set({ attributes: JSON.stringify({ klantgroep: g }) }).where('email', '=', `${'jkl'[i]}@klant.example`).execute();
    }
    const res = await team.request({ method: 'GET', url: admin(`/ideas/${id}/votes-by-attribute?attribute=klantgroep`) });
    expect(res.json()).toEqual({
      attribute: 'klantgroep',
      total: 4,
      groups: [
        { value: 'vaste klant', votes: 2 },
        { value: 'nieuwe klant', votes: 1 },
        { value: null, votes: 1 },
      ],
    });
    expect((await team.request({ method: 'GET', url: admin('/ideas/customer-attributes') })).json().attributes).toContain('klantgroep');
    expect((await team.request({ method: 'GET', url: admin(`/ideas/${id}/votes-by-attribute`) })).statusCode).toBe(400);
  });
});

describe('moderation', () => {
  it('holds ideas and comments for review when switched on, and always reviews showcase photos', async () => {
    await team.request({ method: 'PATCH', url: admin('/board'), payload: { moderation: true } });
    const nina = await confirmedCustomer(t.app, sink, slug, 'nina@example.org', 'Nina');
    const id = await postIdea(nina, 'Appeltaart met slagroom');
    expect((await t.app.inject({ method: 'GET', url: url(`/ideas/${id}`) })).statusCode).toBe(404);
    const photo = await nina.request({
      method: 'POST',
      url: url('/showcase'),
      payload: { caption: 'Ik met mijn taart', photo: { data: JPEG.toString('base64') } },
    });
    expect(photo.statusCode, photo.body).toBe(201);
    const queue = (await team.request({ method: 'GET', url: admin('/ideas/moderation') })).json();
    expect(queue.ideas.map((i: { id: string }) => i.id)).toContain(id);
    expect(queue.showcase).toHaveLength(1);
    expect((await team.request({ method: 'POST', url: admin(`/ideas/${id}/moderation`), payload: { decision: 'approve' } })).json().state).toBe('published');
    expect((await team.request({ method: 'POST', url: admin(`/ideas/${id}/moderation`), payload: { decision: 'approve' } })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'GET', url: url('/showcase') })).json().photos).toEqual([]);
    await team.request({ method: 'POST', url: admin(`/showcase/${queue.showcase[0].id}/moderation`), payload: { decision: 'approve' } });
    expect((await t.app.inject({ method: 'GET', url: url('/showcase') })).json().photos[0].caption).toBe('Ik met mijn taart');
    await team.request({ method: 'PATCH', url: admin('/board'), payload: { moderation: false } });
  });

  it('hides and pins ideas', async () => {
    const olga = await confirmedCustomer(t.app, sink, slug, 'olga@example.org');
    const id = await postIdea(olga, 'Verborgen idee');
    await team.request({ method: 'PATCH', url: admin(`/ideas/${id}`), payload: { hidden: true, internalNote: 'dubbel met iets anders' } });
    expect((await t.app.inject({ method: 'GET', url: url(`/ideas/${id}`) })).statusCode).toBe(404);
    const detail = (await team.request({ method: 'GET', url: admin(`/ideas/${id}`) })).json();
    expect(detail).toMatchObject({ hidden: true, internalNote: 'dubbel met iets anders' });
    const p = await postIdea(olga, 'Vastgepind idee');
    await team.request({ method: 'PATCH', url: admin(`/ideas/${p}`), payload: { pinned: true } });
    expect((await t.app.inject({ method: 'GET', url: url('/ideas?sort=top') })).json().ideas[0].id).toBe(p);
    // Internal notes never reach the public API.
    expect(JSON.stringify((await t.app.inject({ method: 'GET', url: url('/ideas?sort=top') })).json())).not.toContain('internalNote');
  });
});

describe('changelog', () => {
  it('publishes an entry and mails every voter and commenter of its ideas once, honouring unsubscribe', async () => {
    const piet = await confirmedCustomer(t.app, sink, slug, 'piet@example.org', 'Piet');
    const quinn = await confirmedCustomer(t.app, sink, slug, 'quinn@example.org', 'Quinn');
    const rosa = await confirmedCustomer(t.app, sink, slug, 'rosa@example.org', 'Rosa');
    const pending = await startSignIn(t.app, slug, 'pending@example.org');
    const id = await postIdea(piet, 'Online bestellen en ophalen');
    await vote(quinn, id);
    await rosa.request({ method: 'POST', url: url(`/ideas/${id}/comments`), payload: { body: 'Heel handig!' } });
    await vote(pending, id); // never confirmed: not counted, not mailed

    // Quinn unsubscribes through the link in an earlier mail.
    await team.request({ method: 'POST', url: admin(`/ideas/${id}/status`), payload: { status: 'in_progress' } });
    await runDueJobs(t.app);
    const statusMail = await sink.waitFor((m) => m.to.includes('quinn@example.org') && m.subject.includes('in uitvoering'));
    const token = statusMail.text.match(/unsubscribe\?token=([\w.-]+)/)![1];
    expect((await t.app.inject({ method: 'POST', url: '/api/public/unsubscribe', payload: { token } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/public/unsubscribe', payload: { token: token.slice(0, -3) + 'xyz' } })).statusCode).toBe(400);

    const entry = (await team.request({ method: 'POST', url: admin('/changelog'), payload: { title: 'Online bestellen is er!', body: 'Bestel voor 20 uur, haal morgen op.', ideaIds: [id] } })).json();
    expect(entry.publishedAt).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: url('/changelog') })).json().entries).toEqual([]);
    const published = await team.request({ method: 'POST', url: admin(`/changelog/${entry.id}/publish`) });
    expect(published.json().notified).toBe(2); // piet (voted as author) and rosa (commented); not quinn, not pending
    await runDueJobs(t.app);
    const pietMail = await sink.waitFor((m) => m.to.includes('piet@example.org') && m.subject.includes('Online bestellen is er!'));
    expect(pietMail.subject).toBe('Jullie vroegen, wij maakten het: Online bestellen is er!');
    await sink.waitFor((m) => m.to.includes('rosa@example.org') && m.subject.includes('Online bestellen is er!'));
    expect(mailsTo('quinn@example.org', 'Online bestellen is er!')).toEqual([]);
    expect(mailsTo('pending@example.org', 'Online bestellen')).toEqual([]);

    // Publishing again (or through the exported command) mails nobody twice.
    expect((await publishChangelogEntry(t.app.db, { workspaceId: team.workspaceId, entryId: entry.id })).notified).toBe(0);
    await runDueJobs(t.app);
    expect(mailsTo('piet@example.org', 'Online bestellen is er!')).toHaveLength(1);
    const pub = (await t.app.inject({ method: 'GET', url: url('/changelog') })).json();
    expect(pub.entries[0]).toMatchObject({ title: 'Online bestellen is er!', ideas: [{ id, title: 'Online bestellen en ophalen' }] });
    void confirmByMail;
  });

  it('skips a customer who unsubscribed after the mail was queued, and retries when SMTP is down', async () => {
    const sam = await confirmedCustomer(t.app, sink, slug, 'sam@example.org');
    const tess = await confirmedCustomer(t.app, sink, slug, 'tess@example.org');
    const id = await postIdea(sam, 'Verse soep in de winter');
    await vote(tess, id);
    const entry = (await team.request({ method: 'POST', url: admin('/changelog'), payload: { title: 'Soep!', ideaIds: [id] } })).json();
    await team.request({ method: 'POST', url: admin(`/changelog/${entry.id}/publish`) });
    await t.app.db.updateTable('customers').set({ unsubscribed_at: new Date() }).where('email', '=', 'tess@example.org').execute();
    // SMTP down: the job fails and stays queued for a retry.
    const smtpUrl = t.app.config.smtpUrl;
    (t.app.config as { smtpUrl?: string }).smtpUrl = 'smtp://127.0.0.1:1';
    await runDueJobs(t.app);
    const queued = await t.app.db.selectFrom('idea_notifications').select(['status']).where('entry_id', '=', entry.id).where('customer_id', '=', sam.customerId).execute();
    expect(queued.map((q) => q.status)).toEqual(['queued']);
    (t.app.config as { smtpUrl?: string }).smtpUrl = smtpUrl;
    // The back-off put the retry 30 s ahead; move it to now instead of waiting.
    await t.app.db.updateTable('jobs').set({ run_at: new Date() }).where('status', '=', 'queued').execute();
    await runDueJobs(t.app);
    await sink.waitFor((m) => m.to.includes('sam@example.org') && m.subject.includes('Soep!'));
    const states = await t.app.db.selectFrom('idea_notifications').innerJoin('customers', 'customers.id', 'idea_notifications.customer_id').select(['customers.email', 'idea_notifications.status']).where('entry_id', '=', entry.id).orderBy('customers.email').execute();
    expect(states).toEqual([
      { email: 'sam@example.org', status: 'sent' },
      { email: 'tess@example.org', status: 'skipped' },
    ]);
  });
});

describe('embedding', () => {
  it('serves the widget script and makes only /b/* frameable', async () => {
    const js = await t.app.inject({ method: 'GET', url: `/embed/board.js?slug=${slug}` });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toContain('javascript');
    expect(js.body).toContain(JSON.stringify(slug));
    expect((await t.app.inject({ method: 'GET', url: '/embed/board.js?slug=%3Cscript%3E' })).statusCode).toBe(400);
    const page = await t.app.inject({ method: 'GET', url: `/b/${slug}` });
    expect(page.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(page.headers['x-frame-options']).toBeUndefined();
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const other = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(other.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(other.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
