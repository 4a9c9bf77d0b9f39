import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';
import { addImageSurvey } from './decision-fixtures.ts';

let t: TestApp;
let owner: TestUser;
let ws: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUpUser(t.app, { workspaceName: 'Woningcorporatie' });
  ws = owner.workspaceId;
});
afterAll(async () => {
  await t.close();
});

const url = (path: string) => `/api/w/${ws}${path}`;
const post = (path: string, payload: object) => owner.request({ method: 'POST', url: url(path), payload });
const patch = (path: string, payload: object) => owner.request({ method: 'PATCH', url: url(path), payload });
const board = async () => (await owner.request({ method: 'GET', url: url('/decisions') })).json().cards as any[];

const PRICE = 'Het brood is veel te duur geworden';
const OTHER = 'Vriendelijke mensen achter de toonbank';

describe('a theme belongs to its survey', () => {
  let surveyA: string;
  let surveyB: string;

  beforeAll(async () => {
    // Survey A: 6 of 10 complete responses about price; survey B: 2 of 10.
    surveyA = await addImageSurvey(t.app.db, ws, Array.from({ length: 10 }, (_, i) => ({ describe: i < 6 ? PRICE : OTHER })));
    surveyB = await addImageSurvey(t.app.db, ws, Array.from({ length: 10 }, (_, i) => ({ describe: i < 2 ? PRICE : OTHER })));
  });

  it('the same theme id from two surveys gives two cards, each with the evidence of its own survey', async () => {
    const a = await post('/decisions', { sourceType: 'theme', sourceRef: 'price', surveyId: surveyA });
    expect(a.statusCode, a.body).toBe(201);
    const b = await post('/decisions', { sourceType: 'theme', sourceRef: 'price', surveyId: surveyB });
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json().id).not.toBe(a.json().id);

    const cards = (await board()).filter((c) => c.sourceType === 'theme' && c.sourceRef === 'price');
    expect(cards).toHaveLength(2);
    const ofA = cards.find((c) => c.surveyId === surveyA);
    const ofB = cards.find((c) => c.surveyId === surveyB);
    expect(ofA.evidence).toMatchObject({ distinctPeople: 6, base: 10, share: 0.6, verdict: 'established' });
    // 2 people: fewer than the 5 distinct people of the rule, so an anecdote.
    expect(ofB.evidence).toMatchObject({ distinctPeople: 2, base: 10, share: 0.2, verdict: 'anecdote' });
  });

  it('the same theme twice from one survey is a 409, as for ideas', async () => {
    const again = await post('/decisions', { sourceType: 'theme', sourceRef: 'price', surveyId: surveyA });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DECISION_CARD_EXISTS');
  });

  it('moving a theme card onto a survey that already has that theme is a 409', async () => {
    const ofB = (await board()).find((c) => c.sourceRef === 'price' && c.surveyId === surveyB);
    const res = await patch(`/decisions/${ofB.id}`, { surveyId: surveyA });
    expect(res.statusCode).toBe(409);
    expect((await board()).find((c) => c.id === ofB.id).surveyId).toBe(surveyB);
  });

  it('the database refuses a second card of the same theme and survey (the unique index)', async () => {
    const row = { workspace_id: ws, source_type: 'theme' as const, source_ref: 'price', survey_id: surveyA, title: 'dubbel', identity_items: JSON.stringify([]), score_customer: null, score_us: null, score_society: null, effort: null, created_by: null };
    await expect(t.app.db.insertInto('decision_cards').values({ id: randomUUID(), ...row }).execute()).rejects.toThrow(/decision_cards_survey_source_idx|duplicate|unique/i);
  });
});

describe('a survey finding with a question and an answer value', () => {
  let surveyId: string;

  beforeAll(async () => {
    // Newcombe (1998), Stat. Med. 17:857-872, Table I, example (a): 81 of 263, Wilson 95% interval 0.2553 to 0.3662.
    const answers = [
      ...Array.from({ length: 81 }, () => ({ adjectives: ['expensive', 'tasty'] })),
      ...Array.from({ length: 3 }, () => ({ adjectives: ['slow'] })),
      ...Array.from({ length: 179 }, () => ({ adjectives: ['friendly'] })),
      // Answered only the open question: not in the base of the adjectives question.
      ...Array.from({ length: 7 }, () => ({ describe: OTHER })),
    ];
    surveyId = await addImageSurvey(t.app.db, ws, answers);
    // An incomplete response that picked 'expensive' does not count.
    await t.app.db
      .insertInto('responses')
      .values({ id: randomUUID(), workspace_id: ws, survey_id: surveyId, version: 1, client_token: randomUUID(), status: 'partial', answers: JSON.stringify({ adjectives: ['expensive'] }), language: 'nl', customer_id: null, invitation_id: null, respondent_key: null, metadata: JSON.stringify({}), completed_at: null })
      .execute();
  });

  it('shows the share of respondents with that answer, the Wilson 95% interval and the distinct respondents', async () => {
    const res = await post('/decisions', { sourceType: 'finding', surveyId, finding: { question: 'adjectives', value: 'expensive' } });
    expect(res.statusCode, res.body).toBe(201);
    const card = res.json();
    expect(card).toMatchObject({ sourceType: 'finding', sourceRef: 'adjectives=expensive', surveyId, finding: { question: 'adjectives', value: 'expensive' }, title: 'Welke woorden passen bij ons?: duur' });
    expect(card.evidence).toMatchObject({ distinctPeople: 81, mentions: 81, base: 263, verdict: 'established' });
    expect(card.evidence.share).toBeCloseTo(81 / 263, 10);
    expect(card.evidence.shareCi[0]).toBeCloseTo(0.2553, 4);
    expect(card.evidence.shareCi[1]).toBeCloseTo(0.3662, 4);
    expect(card.evidence.baseLabel.en).toMatch(/answered this question/);
  });

  it('marks a finding of 3 respondents as an anecdote (the same rule as themes and ideas)', async () => {
    const res = await post('/decisions', { sourceType: 'finding', surveyId, finding: { question: 'adjectives', value: 'slow' }, title: '1% vindt ons traag' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().title).toBe('1% vindt ons traag');
    expect(res.json().evidence).toMatchObject({ distinctPeople: 3, base: 263, verdict: 'anecdote' });
    expect(res.json().evidence.reason.en).toMatch(/fewer than 5/);
  });

  it('counts a customer with two responses once', async () => {
    const customerId = randomUUID();
    await t.app.db.insertInto('customers').values({ id: customerId, workspace_id: ws, email: null, name: null, attributes: JSON.stringify({}), locale: 'nl', unsubscribed_at: null }).execute();
    const twice = await addImageSurvey(t.app.db, ws, [
      { customerId, adjectives: ['tasty'] },
      { customerId, adjectives: ['tasty'] },
      ...Array.from({ length: 6 }, () => ({ adjectives: ['tasty'] })),
      ...Array.from({ length: 2 }, () => ({ adjectives: ['slow'] })),
    ]);
    const res = await post('/decisions', { sourceType: 'finding', surveyId: twice, finding: { question: 'adjectives', value: 'tasty' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().evidence).toMatchObject({ mentions: 8, distinctPeople: 7, base: 9 });
  });

  it('the same answer of the same survey twice is a 409; another survey may have its own', async () => {
    expect((await post('/decisions', { sourceType: 'finding', surveyId, finding: { question: 'adjectives', value: 'expensive' } })).statusCode).toBe(409);
    const other = await addImageSurvey(t.app.db, ws, [{ adjectives: ['expensive'] }]);
    const res = await post('/decisions', { sourceType: 'finding', surveyId: other, finding: { question: 'adjectives', value: 'expensive' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().evidence).toMatchObject({ distinctPeople: 1, base: 1, verdict: 'anecdote' });
  });

  it('refuses a question or value the survey does not have, a finding without survey, and a finding on another source type', async () => {
    const bad = async (body: object, field: string) => {
      const res = await post('/decisions', body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
    };
    await bad({ sourceType: 'finding', surveyId, finding: { question: 'nope', value: 'x' } }, 'body.finding.question');
    await bad({ sourceType: 'finding', surveyId, finding: { question: 'describe', value: 'x' } }, 'body.finding.question');
    await bad({ sourceType: 'finding', surveyId, finding: { question: 'adjectives', value: 'cheap' } }, 'body.finding.value');
    await bad({ sourceType: 'finding', finding: { question: 'adjectives', value: 'tasty' } }, 'body.surveyId');
    await bad({ sourceType: 'theme', surveyId, finding: { question: 'adjectives', value: 'tasty' } }, 'body.finding');
    await bad({ sourceType: 'theme', surveyId }, 'body.sourceRef');
  });

  it("keeps a finding's survey: its question belongs to it", async () => {
    const card = (await board()).find((c) => c.sourceRef === 'adjectives=expensive' && c.surveyId === surveyId);
    const other = await addImageSurvey(t.app.db, ws, []);
    expect((await patch(`/decisions/${card.id}`, { surveyId: other })).statusCode).toBe(400);
    expect((await patch(`/decisions/${card.id}`, { effort: 2 })).statusCode).toBe(200);
  });

  it('a free finding without a question still has no evidence', async () => {
    const res = await post('/decisions', { sourceType: 'finding', sourceRef: 'f-free', title: 'Klanten vragen naar glutenvrij' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ finding: null, evidence: null });
  });
});
