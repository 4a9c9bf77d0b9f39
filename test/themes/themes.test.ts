import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';
import type { ThemeModel, AnswersPage } from '../../src/shared/themes.ts';
import { addAnswer, addCustomer, createNpsSurvey, ref } from './theme-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const PRICE = ['Veel te duur voor wat je krijgt', 'De prijzen zijn flink omhoog gegaan', 'Brood is te duur geworden', 'Prijs kwaliteit klopt niet meer', 'Duur hoor, 4 euro voor een brood'];
const DELIVERY = ['De bezorging duurde twee weken', 'Lang wachten op mijn bestelling', 'Levering kwam veel te laat', 'Bezorger was uren te laat', 'Ik moest een half uur wachten in de rij'];
const STAFF = ['Het personeel is onvriendelijk', 'Chagrijnige verkoopster achter de toonbank', 'Onbeleefd behandeld door de medewerker'];

async function setup(name: string) {
  const u = await signUpUser(t.app, { workspaceName: name });
  const surveyId = await createNpsSurvey(u);
  const source = `survey:${surveyId}:why_low`;
  const base = `/api/w/${u.workspaceId}/themes/sources/${encodeURIComponent(source)}`;
  return { u, surveyId, source, base };
}

async function model(u: TestUser, base: string, query = ''): Promise<ThemeModel> {
  const res = await u.request({ method: 'GET', url: `${base}${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function refresh(u: TestUser, base: string) {
  const res = await u.request({ method: 'POST', url: `${base}/refresh` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function answers(u: TestUser, base: string, query = ''): Promise<AnswersPage> {
  const res = await u.request({ method: 'GET', url: `${base}/answers${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('themes of an open question', () => {
  it('lists sources, runs themes with human labels and evidence, lists answers with sentiment and decisive words', async () => {
    const { u, surveyId, source, base } = await setup('Themes run');
    for (const text of [...PRICE, ...DELIVERY, ...STAFF]) await addAnswer(t, u.workspaceId, surveyId, text, { customerId: await addCustomer(t, u.workspaceId) });
    const sources = (await u.request({ method: 'GET', url: `/api/w/${u.workspaceId}/themes/sources` })).json();
    const s = sources.find((x: { key: string }) => x.key === source);
    expect(s).toMatchObject({ kind: 'question', answers: 13, analyzedAt: null });
    expect(sources.some((x: { key: string }) => x.key === 'board')).toBe(true);
    expect(sources.some((x: { key: string }) => x.key === `survey:${surveyId}:*`)).toBe(true);

    const run = await refresh(u, base);
    expect(run).toMatchObject({ answers: 13, newAnswers: 13, manualKept: 0 });
    const m = await model(u, base);
    expect(m.base).toBe(13);
    const price = m.themes.find((x) => x.id === 'price')!;
    expect(price.label).toEqual({ nl: 'Prijs en waarde', en: 'Price and value' });
    expect(price.evidence.distinctPeople).toBe(5);
    expect(price.evidence.share).toBeCloseTo(5 / 13, 10);
    expect(price.evidence.verdict).toBe('established');
    expect(price.quotes).toHaveLength(3);
    expect(price.sentiment.negative).toBeGreaterThanOrEqual(3);
    expect(price.evidence.rule.nl).toContain('Anekdote');
    expect(price.evidence.segmentNote).not.toBeNull();
    expect(m.themes.find((x) => x.id === 'staff_friendliness')!.evidence.verdict).toBe('anecdote');

    const list = await answers(u, base, '?themeId=price');
    expect(list.total).toBe(5);
    const duur = list.answers.find((a) => a.text === 'Brood is te duur geworden')!;
    expect(duur.sentiment.label).toBe('negative');
    expect(duur.sentiment.decisive.some((d) => d.token.includes('duur'))).toBe(true);
  });

  it('keeps renames, moves, merges and hidden themes when new answers arrive', async () => {
    const { u, surveyId, base } = await setup('Themes edits');
    const ids: string[] = [];
    for (const text of [...PRICE, ...DELIVERY, ...STAFF]) ids.push(await addAnswer(t, u.workspaceId, surveyId, text));
    await refresh(u, base);
    expect((await u.request({ method: 'PATCH', url: `${base}/themes/price`, payload: { label: { nl: 'Te duur', en: 'Too expensive' } } })).statusCode).toBe(200);
    // "Bezorging duurde twee weken" goes to price by hand.
    const moved = ref(ids[PRICE.length]);
    expect((await u.request({ method: 'POST', url: `${base}/answers/move`, payload: { answerRef: moved, themeId: 'price' } })).statusCode).toBe(200);
    expect((await u.request({ method: 'POST', url: `${base}/themes/staff_friendliness/merge`, payload: { intoThemeId: 'delivery' } })).statusCode).toBe(200);

    for (const text of ['Veel te duur geworden', 'Het personeel was onvriendelijk tegen mij', 'Bezorging liep weer weken uit']) await addAnswer(t, u.workspaceId, surveyId, text);
    const run = await refresh(u, base);
    expect(run).toMatchObject({ answers: 16, newAnswers: 3, manualKept: 1 });
    const m = await model(u, base);
    const price = m.themes.find((x) => x.id === 'price')!;
    expect(price.label.nl).toBe('Te duur');
    expect(m.themes.some((x) => x.id === 'staff_friendliness')).toBe(false);
    const delivery = m.themes.find((x) => x.id === 'delivery')!;
    expect(delivery.mergedFrom).toEqual(['staff_friendliness']);
    const inPrice = (await answers(u, base, '?themeId=price')).answers.map((a) => a.ref);
    expect(inPrice).toContain(moved);
    const inDelivery = (await answers(u, base, '?themeId=delivery')).answers.map((a) => a.text);
    expect(inDelivery).toContain('Het personeel was onvriendelijk tegen mij');
    expect(inDelivery).toContain('Bezorging liep weer weken uit');

    expect((await u.request({ method: 'PATCH', url: `${base}/themes/price`, payload: { hidden: true } })).statusCode).toBe(200);
    await addAnswer(t, u.workspaceId, surveyId, 'Prijzen zijn te hoog');
    await refresh(u, base);
    const after = await model(u, base);
    expect(after.themes.some((x) => x.id === 'price')).toBe(false);
    expect(after.hidden.map((h) => h.id)).toEqual(['price']);
  });

  it('learns from a correction: a near-identical later answer follows the move', async () => {
    const { u, surveyId, base } = await setup('Themes corrections');
    for (const text of [...PRICE, ...DELIVERY]) await addAnswer(t, u.workspaceId, surveyId, text);
    const odd = await addAnswer(t, u.workspaceId, surveyId, 'Nergens een plekje om de fiets te stallen');
    await refresh(u, base);
    const before = (await answers(u, base)).answers.find((a) => a.ref === ref(odd))!;
    expect(before.themeId).not.toBe('cleanliness_ambience');
    expect((await u.request({ method: 'POST', url: `${base}/answers/move`, payload: { answerRef: ref(odd), themeId: 'cleanliness_ambience' } })).statusCode).toBe(200);
    const twin = await addAnswer(t, u.workspaceId, surveyId, 'Nergens een plekje om je fiets te stallen!');
    await refresh(u, base);
    const later = (await answers(u, base)).answers.find((a) => a.ref === ref(twin))!;
    expect(later.themeId).toBe('cleanliness_ambience');
    expect(later.manual).toBe(false);
  });

  it("adds a workspace's own theme that takes matching answers on refresh", async () => {
    const { u, surveyId, base } = await setup('Themes custom');
    for (const text of [...PRICE, 'Parkeren bij de winkel is onmogelijk', 'Nooit een parkeerplaats vrij', 'Parkeerplekken zijn altijd vol']) await addAnswer(t, u.workspaceId, surveyId, text);
    const bad = await u.request({ method: 'POST', url: `/api/w/${u.workspaceId}/themes/custom`, payload: { label: { nl: 'Leeg', en: 'Empty' } } });
    expect(bad.statusCode).toBe(400);
    const created = await u.request({ method: 'POST', url: `/api/w/${u.workspaceId}/themes/custom`, payload: { label: { nl: 'Parkeren', en: 'Parking' }, keywords: ['parkeer*', 'parkeren'] } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    await refresh(u, base);
    const parking = (await model(u, base)).themes.find((x) => x.id === id)!;
    expect(parking).toMatchObject({ origin: 'custom', size: 3, label: { nl: 'Parkeren', en: 'Parking' } });
    expect((await u.request({ method: 'GET', url: `/api/w/${u.workspaceId}/themes/custom` })).json()).toHaveLength(1);
  });

  it('counts a person in both merged themes once', async () => {
    const { u, surveyId, base } = await setup('Themes merge people');
    const both = await addCustomer(t, u.workspaceId);
    await addAnswer(t, u.workspaceId, surveyId, 'Veel te duur voor wat je krijgt', { customerId: both });
    await addAnswer(t, u.workspaceId, surveyId, 'De bezorging duurde twee weken', { customerId: both });
    await addAnswer(t, u.workspaceId, surveyId, 'Brood is te duur geworden', { customerId: await addCustomer(t, u.workspaceId) });
    await addAnswer(t, u.workspaceId, surveyId, 'Levering kwam veel te laat', { customerId: await addCustomer(t, u.workspaceId) });
    await refresh(u, base);
    const m = await model(u, base);
    expect(m.base).toBe(3);
    expect(m.themes.find((x) => x.id === 'price')!.evidence.distinctPeople).toBe(2);
    expect(m.themes.find((x) => x.id === 'delivery')!.evidence.distinctPeople).toBe(2);
    await u.request({ method: 'POST', url: `${base}/themes/delivery/merge`, payload: { intoThemeId: 'price' } });
    const merged = (await model(u, base)).themes.find((x) => x.id === 'price')!;
    expect(merged.size).toBe(4);
    expect(merged.evidence.mentions).toBe(4);
    expect(merged.evidence.distinctPeople).toBe(3);
    expect(merged.evidence.share).toBe(1);
  });

  it('splits answers off into a new theme and accepts or dismisses candidates', async () => {
    const { u, surveyId, base } = await setup('Themes split');
    const ids: string[] = [];
    for (const text of DELIVERY) ids.push(await addAnswer(t, u.workspaceId, surveyId, text));
    await refresh(u, base);
    const queue = ids.slice(4);
    const inDelivery = (await answers(u, base, '?themeId=delivery')).answers.map((a) => a.ref);
    expect(inDelivery).toContain(ref(queue[0]));
    const res = await u.request({ method: 'POST', url: `${base}/themes/delivery/split`, payload: { label: { nl: 'Rij in de winkel', en: 'Queue in the shop' }, answerRefs: queue.map((id) => ref(id)) } });
    expect(res.statusCode, res.body).toBe(201);
    const m = await model(u, base);
    expect(m.themes.find((x) => x.id === res.json().id)).toMatchObject({ origin: 'split', splitFrom: 'delivery', size: 1 });
    const outside = await u.request({ method: 'POST', url: `${base}/themes/price/split`, payload: { label: { nl: 'x', en: 'x' }, answerRefs: [ref(ids[0])] } });
    expect(outside.statusCode).toBe(404);
    const notCandidate = await u.request({ method: 'POST', url: `${base}/themes/delivery/dismiss` });
    expect(notCandidate.statusCode).toBe(409);
  });

  it('offers clearly new material as a candidate theme', async () => {
    const { u, surveyId, base } = await setup('Themes candidates');
    const texts = [
      'De kerstpakketten waren prachtig ingepakt',
      'Mooie kerstpakketten voor mijn personeel besteld',
      'Kerstpakketten met leuke inhoud',
      'Het kerstpakket was een groot succes op kantoor',
      'Kerstpakketten waren snel uitverkocht, jammer',
      'Graag weer kerstpakketten volgend jaar',
      'De taarten voor de verjaardag waren perfect versierd',
      'Verjaardagstaart prachtig versierd met naam',
      'Taart versierd precies zoals gevraagd',
      'Versierde taarten zijn een aanrader',
      'De versiering van de taart was schitterend',
      'Taart voor het feest mooi versierd',
    ];
    for (const text of texts) await addAnswer(t, u.workspaceId, surveyId, text);
    const run = await refresh(u, base);
    const m = await model(u, base);
    expect(run.newCandidates).toBe(m.candidates.length);
    if (m.candidates.length > 0) {
      const c = m.candidates[0];
      expect(c.origin).toBe('candidate');
      expect((await u.request({ method: 'POST', url: `${base}/themes/${c.id}/accept`, payload: { label: { nl: 'Kerstpakketten', en: 'Christmas hampers' } } })).statusCode).toBe(200);
      const after = await model(u, base);
      expect(after.themes.find((x) => x.id === c.id)?.label.nl).toBe('Kerstpakketten');
      await refresh(u, base);
      expect((await model(u, base)).themes.find((x) => x.id === c.id)?.size).toBeGreaterThan(0);
    }
  });
});

describe('evidence', () => {
  it('spreads people over segments and filters by segment (customers.attributes.segment)', async () => {
    const { u, surveyId, base } = await setup('Themes segments');
    for (const [i, text] of PRICE.entries()) await addAnswer(t, u.workspaceId, surveyId, text, { customerId: await addCustomer(t, u.workspaceId, { segment: i < 3 ? 'Vaste klant' : 'Nieuw' }) });
    for (const text of DELIVERY) await addAnswer(t, u.workspaceId, surveyId, text, { customerId: await addCustomer(t, u.workspaceId, { segment: 'Nieuw' }) });
    await refresh(u, base);
    const m = await model(u, base);
    expect(m.segmentOptions.map((o) => o.label).sort()).toEqual(['Nieuw', 'Vaste klant']);
    const price = m.themes.find((x) => x.id === 'price')!;
    expect(price.evidence.segmentNote).toBeNull();
    expect(price.evidence.segments).toEqual([
      { segment: 'Vaste klant', people: 3, share: 0.6 },
      { segment: 'Nieuw', people: 2, share: 0.4 },
    ]);
    const vast = await model(u, base, `?segment=${encodeURIComponent('attr:Vaste klant')}`);
    expect(vast.base).toBe(3);
    expect(vast.themes.map((x) => x.id)).toEqual(['price']);
  });

  it("gives an idea's card from its voters and commenters against the people active on the board", async () => {
    const u = await signUpUser(t.app, { workspaceName: 'Idea evidence' });
    const { ensureBoard } = await import('../../src/domain/ideas/board.repository.ts');
    const { randomUUID } = await import('node:crypto');
    const board = await ensureBoard(t.app.db, u.workspaceId);
    const idea = async (customerId: string) => {
      const id = randomUUID();
      await t.app.db.insertInto('ideas').values({ id, workspace_id: u.workspaceId, board_id: board.id, customer_id: customerId, pending_session_id: null, title: 'Zondag open', photo_id: null, language: 'nl', status_reason: null, status_changed_at: null, merged_into_id: null, published_at: new Date(), state: 'published' }).execute();
      return id;
    };
    const vote = (ideaId: string, customerId: string, at: Date) =>
      t.app.db.insertInto('votes').values({ id: randomUUID(), workspace_id: u.workspaceId, idea_id: ideaId, customer_id: customerId, anonymous_key: null, pending_session_id: null, pending: false, created_at: at }).execute();
    const comment = (ideaId: string, customerId: string, body: string) =>
      t.app.db.insertInto('idea_comments').values({ id: randomUUID(), workspace_id: u.workspaceId, idea_id: ideaId, customer_id: customerId, author_user_id: null, pending_session_id: null, body, state: 'published' }).execute();
    // Idea A: 6 voters, a comment by one of them and one by someone else → 7 distinct people, 8 mentions.
    const a = await idea(await addCustomer(t, u.workspaceId));
    const voters = [];
    for (let i = 0; i < 6; i++) {
      const c = await addCustomer(t, u.workspaceId);
      voters.push(c);
      await vote(a, c, new Date(Date.now() - i * 86_400_000));
    }
    await comment(a, voters[0], 'Wat een geweldig idee, echt top!');
    await comment(a, await addCustomer(t, u.workspaceId), 'Slecht plan, zondag moet rust zijn');
    // Idea B: its author and 3 voters. Board base: 1 + 6 + 1 + 1 + 3 = 12 people.
    const b = await idea(await addCustomer(t, u.workspaceId));
    for (let i = 0; i < 3; i++) await vote(b, await addCustomer(t, u.workspaceId), new Date());

    const res = await u.request({ method: 'GET', url: `/api/w/${u.workspaceId}/evidence/ideas/${a}` });
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json().evidence;
    expect(e).toMatchObject({ mentions: 8, distinctPeople: 7, base: 12 });
    // Wilson score interval for 7/12 (z = 1.96): R prop.test(7, 12, correct = FALSE)$conf.int = 0.3195, 0.8067.
    expect(e.shareCi[0]).toBeCloseTo(0.3195, 4);
    expect(e.shareCi[1]).toBeCloseTo(0.8067, 4);
    expect(e.sentiment).toMatchObject({ positive: 1, negative: 1, unknown: 6 });
    expect(e.verdict).toBe('established');
    expect(e.trend.periods).toHaveLength(4);

    // Thresholds are workspace settings: with 10 people needed, 7 is an anecdote.
    const get = (await u.request({ method: 'GET', url: `/api/w/${u.workspaceId}/evidence/settings` })).json();
    const put = await u.request({ method: 'PUT', url: `/api/w/${u.workspaceId}/evidence/settings`, payload: { ...get.thresholds, minDistinct: 10 } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().rule.nl).toContain('minder dan 10');
    const again = (await u.request({ method: 'GET', url: `/api/w/${u.workspaceId}/evidence/ideas/${a}` })).json().evidence;
    expect(again.verdict).toBe('anecdote');
    expect(again.thresholds.minDistinct).toBe(10);
    const bad = await u.request({ method: 'PUT', url: `/api/w/${u.workspaceId}/evidence/settings`, payload: { ...get.thresholds, trivialShare: 2 } });
    expect(bad.statusCode).toBe(400);
  });

  it('computes a 10-of-40 share with its Wilson interval (R prop.test(10, 40, correct = FALSE): 0.1419–0.4019)', async () => {
    const { u, surveyId, base } = await setup('Themes wilson');
    for (let i = 0; i < 10; i++) await addAnswer(t, u.workspaceId, surveyId, PRICE[i % PRICE.length]);
    for (let i = 0; i < 30; i++) await addAnswer(t, u.workspaceId, surveyId, DELIVERY[i % DELIVERY.length]);
    await refresh(u, base);
    const price = (await model(u, base)).themes.find((x) => x.id === 'price')!;
    expect(price.evidence).toMatchObject({ distinctPeople: 10, base: 40, share: 0.25 });
    expect(price.evidence.shareCi[0]).toBeCloseTo(0.1419, 4);
    expect(price.evidence.shareCi[1]).toBeCloseTo(0.4019, 4);
  });
});
