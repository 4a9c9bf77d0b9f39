import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../src/analysis/adjusted-rand.ts';
import { settleSegmentationRun } from '../../src/domain/segments/run-segmentation.command.ts';
import { responseIdsInSegment, segmentResponseIds } from '../../src/domain/segments/segmentation.repository.ts';
import type { Segmentation, SegmentationRun, SegmentComparison, SegmentItemsResponse } from '../../src/shared/segments.ts';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';
import { createHousingSurvey, insertResponses, plantedHousingAnswers, plantedMixedAnswers } from './planted-housing.ts';

let t: TestApp;
let user: TestUser;
let surveyId: string;
let responseIds: string[];
let truth: number[];
let customers: Map<number, string>;
const N = 400;

beforeAll(async () => {
  t = await createTestApp();
  user = await signUpUser(t.app, { workspaceName: 'Segments' });
  surveyId = await createHousingSurvey(user, t);
  const planted = plantedHousingAnswers(N, 4242);
  truth = planted.truth;
  const inserted = await insertResponses(t, user, surveyId, planted.answers, { customerEvery: 10 });
  responseIds = inserted.ids;
  customers = inserted.customers;
});
afterAll(async () => t.close());

const base = () => `/api/w/${user.workspaceId}`;

async function runToEnd(payload: Record<string, unknown>): Promise<SegmentationRun> {
  const started = await user.request({ method: 'POST', url: `${base()}/segmentation-runs`, payload });
  expect(started.statusCode, started.body).toBe(202);
  const id: string = started.json().id;
  await settleSegmentationRun(t.app.db, id);
  const res = await user.request({ method: 'GET', url: `${base()}/segmentation-runs/${id}` });
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('segments of a survey with two planted groups', () => {
  let items: SegmentItemsResponse;
  let run: SegmentationRun;
  let saved: Segmentation;

  it('suggests the categorical questions that vary and were answered', async () => {
    const res = await user.request({ method: 'GET', url: `${base()}/surveys/${surveyId}/segment-items` });
    expect(res.statusCode, res.body).toBe(200);
    items = res.json();
    expect(items.responses).toBe(N);
    const byKey = new Map(items.items.map((i) => [i.key, i]));
    for (const key of ['household', 'age', 'desired_type', 'price_range', 'garden', 'ground_floor', 'current_satisfaction', 'location=centre']) {
      expect(byKey.get(key)?.suggested, key).toBe(true);
    }
    // Nobody answered current_home; the 0–10 question has 11 categories; nobody chose "care".
    expect(byKey.get('current_home')).toMatchObject({ suggested: false, reason: 'few-answers', answered: 0 });
    expect(byKey.get('recommend')).toMatchObject({ suggested: false, reason: 'too-many-categories' });
    expect(byKey.get('location=care')).toMatchObject({ suggested: false, reason: 'nearly-constant' });
    expect(byKey.get('household')?.categories.find((c) => c.value === 'family')?.text.nl).toBe('Gezin met thuiswonende kinderen');
  });

  it('finds two segments (best by BIC) that match the planted groups', async () => {
    const suggested = items.items.filter((i) => i.suggested).map((i) => i.key);
    run = await runToEnd({ surveyId, items: suggested, maxK: 5, starts: 5 });
    expect(run.status, run.error ?? '').toBe('done');
    expect(run.progress).toBe(1);
    const result = run.result!;
    expect(result.models.map((m) => m.k)).toEqual([1, 2, 3, 4, 5]);
    expect(result.best).toBe(2);
    expect(result.noStructure).toBe(false);
    const bics = result.models.map((m) => m.bic);
    expect(Math.min(...bics)).toBe(result.models[1].bic);
    expect(result.models[0].entropy).toBeNull();
    expect(result.models[1].entropy!).toBeGreaterThan(0.8);
  });

  it('explains each segment in the survey’s own words, in Dutch and English', () => {
    const cards = run.result!.models[1].segments;
    expect(cards.map((c) => c.letter)).toEqual(['A', 'B']);
    const families = cards.find((c) => c.traits.some((tr) => tr.item === 'household' && tr.answer.nl === 'Gezin met thuiswonende kinderen'))!;
    const couples = cards.find((c) => c !== families)!;
    expect(families, JSON.stringify(cards.map((c) => c.traits))).toBeDefined();
    expect(families.sentence.nl).toMatch(new RegExp(`^Segment ${families.letter} \\(\\d+%\\): vaak `));
    expect(families.sentence.nl).toContain("'Gezin met thuiswonende kinderen' bij Hoe ziet uw huishouden eruit");
    expect(couples.sentence.en).toMatch(/often .*'(Apartment|Close to the centre|Couple without children|65 or older)'/);
    expect(couples.sentence.nl).not.toContain('Gezin met thuiswonende kinderen');
    // Planted shares 55% / 45%: the model share and the Wilson interval of the assigned share cover them.
    expect(families.share).toBeGreaterThan(0.45);
    expect(families.share).toBeLessThan(0.65);
    expect(families.ci95[0]).toBeLessThan(families.assignedShare);
    expect(families.ci95[1]).toBeGreaterThan(families.assignedShare);
    for (const c of cards) {
      for (const tr of c.traits) expect(tr.lift).toBeGreaterThanOrEqual(1.2);
      expect(c.traits.map((x) => x.lift)).toEqual([...c.traits.map((x) => x.lift)].sort((a, b) => b - a));
    }
  });

  it('saves the segmentation: every respondent gets a segment (ARI >= 0.9 against the planted groups) and customers get the label', async () => {
    const res = await user.request({ method: 'POST', url: `${base()}/segmentations`, payload: { runId: run.id, k: 2, name: 'Woonwensgroepen', language: 'nl' } });
    expect(res.statusCode, res.body).toBe(201);
    saved = res.json();
    expect(saved.respondents).toBe(N);
    expect(saved.labels).toEqual(run.result!.models[1].segments.map((s) => s.name.nl));
    const rows = await t.app.db.selectFrom('segment_assignments').select(['response_id', 'segment', 'probability', 'customer_id']).where('segmentation_id', '=', saved.id).execute();
    expect(rows).toHaveLength(N);
    const bySegment = new Map(rows.map((r) => [r.response_id, r.segment]));
    const predicted = responseIds.map((id) => bySegment.get(id)!);
    expect(adjustedRandIndex(truth, predicted)).toBeGreaterThanOrEqual(0.9);
    for (const r of rows) {
      expect(r.probability).toBeGreaterThanOrEqual(0.5);
      expect(r.probability).toBeLessThanOrEqual(1);
    }
    for (const [i, customerId] of customers) {
      const c = await t.app.db.selectFrom('customers').select('attributes').where('id', '=', customerId).executeTakeFirstOrThrow();
      expect(c.attributes).toEqual({ plan: 'basic', segment: saved.labels[bySegment.get(responseIds[i])!] });
    }
  });

  it('exposes the responses of a segment to other analyses', async () => {
    const a = await responseIdsInSegment(t.app.db, user.workspaceId, saved.id, 0);
    const b = await responseIdsInSegment(t.app.db, user.workspaceId, saved.id, 1);
    expect(a.length + b.length).toBe(N);
    expect(a.length).toBe(saved.segments[0].respondents);
    const joined = await t.app.db.selectFrom('responses').select('id').where('workspace_id', '=', user.workspaceId).where('id', 'in', segmentResponseIds(t.app.db, user.workspaceId, saved.id, 1)).execute();
    expect(joined.map((r) => r.id).sort()).toEqual([...b].sort());
    expect(await responseIdsInSegment(t.app.db, 'ffffffff-ffff-4fff-8fff-ffffffffffff', saved.id, 0)).toEqual([]);
  });

  it('renames segments and carries the new labels to the customers', async () => {
    const res = await user.request({ method: 'PATCH', url: `${base()}/segmentations/${saved.id}`, payload: { name: 'Doelgroepen', labels: ['Groep een', 'Groep twee'] } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Doelgroepen', labels: ['Groep een', 'Groep twee'] });
    const seg = await t.app.db.selectFrom('segment_assignments').select('segment').where('segmentation_id', '=', saved.id).where('customer_id', '=', customers.get(0)!).executeTakeFirstOrThrow();
    const c = await t.app.db.selectFrom('customers').select('attributes').where('id', '=', customers.get(0)!).executeTakeFirstOrThrow();
    expect((c.attributes as Record<string, unknown>).segment).toBe(['Groep een', 'Groep twee'][seg.segment]);
    const wrong = await user.request({ method: 'PATCH', url: `${base()}/segmentations/${saved.id}`, payload: { labels: ['Alleen een'] } });
    expect(wrong.statusCode).toBe(400);
    const customerView = await user.request({ method: 'GET', url: `${base()}/customers/${customers.get(0)}/segments` });
    expect(customerView.json()).toEqual([expect.objectContaining({ segmentationId: saved.id, label: ['Groep een', 'Groep twee'][seg.segment] })]);
  });

  it('compares segments on NPS and satisfaction with intervals', async () => {
    const res = await user.request({ method: 'GET', url: `${base()}/segmentations/${saved.id}/compare` });
    expect(res.statusCode, res.body).toBe(200);
    const cmp: SegmentComparison = res.json();
    const nps = cmp.metrics.find((m) => m.question === 'recommend')!;
    expect(nps.kind).toBe('nps');
    const satisfaction = cmp.metrics.find((m) => m.question === 'current_satisfaction')!;
    expect(satisfaction.kind).toBe('mean');
    // Recompute one segment's figures from the stored answers.
    const rows = await t.app.db
      .selectFrom('segment_assignments')
      .innerJoin('responses', 'responses.id', 'segment_assignments.response_id')
      .select(['segment_assignments.segment', 'responses.answers'])
      .where('segment_assignments.segmentation_id', '=', saved.id)
      .execute();
    for (const s of [0, 1]) {
      const scores = rows.filter((r) => r.segment === s).map((r) => (r.answers as { recommend: number }).recommend);
      const promoters = scores.filter((x) => x >= 9).length;
      const detractors = scores.filter((x) => x <= 6).length;
      expect(nps.segments[s].n).toBe(scores.length);
      expect(nps.segments[s].value).toBeCloseTo((100 * (promoters - detractors)) / scores.length, 9);
      expect(nps.segments[s].ci95![0]).toBeLessThan(nps.segments[s].value!);
      const sat = rows.filter((r) => r.segment === s).map((r) => (r.answers as { current_satisfaction: number }).current_satisfaction);
      expect(satisfaction.segments[s].value).toBeCloseTo(sat.reduce((a, b) => a + b, 0) / sat.length, 9);
    }
    // Planted: families recommend more (no 3s or 5s), couples are more satisfied with their home.
    const familySegment = saved.segments.findIndex((s) => s.traits.some((tr) => tr.item === 'household' && tr.answer.nl.startsWith('Gezin')));
    expect(nps.segments[familySegment].value!).toBeGreaterThan(nps.segments[1 - familySegment].value!);
    expect(satisfaction.segments[familySegment].value!).toBeLessThan(satisfaction.segments[1 - familySegment].value!);
  });

  it('exports respondents with their segment as CSV', async () => {
    const res = await user.request({ method: 'GET', url: `${base()}/segmentations/${saved.id}/export.csv` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('Doelgroepen.csv');
    const parsed = Papa.parse<string[]>(res.body.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    const [header, ...data] = parsed.data;
    expect(header.slice(0, 5)).toEqual(['response_id', 'email', 'segment', 'segment_name', 'probability']);
    expect(header).toContain('household');
    expect(header).toContain('location=centre');
    expect(data).toHaveLength(N);
    const first = data.find((row) => row[0] === responseIds[0])!;
    expect(first[1]).toMatch(/^r0-.*@example\.org$/);
    expect(['1', '2']).toContain(first[2]);
    expect(first[3]).toBe(['Groep een', 'Groep twee'][Number(first[2]) - 1]);
    expect(Number(first[4])).toBeGreaterThan(0.5);
    const withoutCustomer = data.find((row) => row[0] === responseIds[1])!;
    expect(withoutCustomer[1]).toBe('');
  });

  it('lists and deletes segmentations; deleting removes the customer label', async () => {
    const list = await user.request({ method: 'GET', url: `${base()}/segmentations?surveyId=${surveyId}` });
    expect(list.json()).toEqual([expect.objectContaining({ id: saved.id, k: 2, respondents: N, surveyName: 'Woonwensen' })]);
    const del = await user.request({ method: 'DELETE', url: `${base()}/segmentations/${saved.id}` });
    expect(del.statusCode).toBe(200);
    const c = await t.app.db.selectFrom('customers').select('attributes').where('id', '=', customers.get(0)!).executeTakeFirstOrThrow();
    expect(c.attributes).toEqual({ plan: 'basic' });
    expect(await t.app.db.selectFrom('segment_assignments').select('response_id').where('segmentation_id', '=', saved.id).execute()).toEqual([]);
    expect((await user.request({ method: 'GET', url: `${base()}/segmentations/${saved.id}` })).statusCode).toBe(404);
  });
});

describe('segments of structureless answers', () => {
  it('finds one segment and says the data show no clear groups', async () => {
    const other = await createHousingSurvey(user, t);
    const { answers } = plantedHousingAnswers(300, 77, { structure: false });
    await insertResponses(t, user, other, answers);
    const run = await runToEnd({ surveyId: other, items: ['household', 'age', 'desired_type', 'price_range', 'garden', 'ground_floor'], maxK: 4, starts: 5 });
    expect(run.status).toBe('done');
    expect(run.result!.best).toBe(1);
    expect(run.result!.noStructure).toBe(true);
    expect(run.result!.models[0].segments[0].sentence.nl).toContain('geen duidelijke groepen');
    expect(run.result!.models[0].segments[0].sentence.en).toContain('no clear groups');
  });
});

describe('segments of mixed data (the 0–10 recommendation as a number)', () => {
  let mixedSurvey: string;
  let ids: string[];
  let planted: number[];
  let run: SegmentationRun;
  const ITEMS = ['recommend', 'household', 'age', 'desired_type', 'garden'];

  it('runs a mixture model when an item is used as a number, with the same model-choice report', async () => {
    mixedSurvey = await createHousingSurvey(user, t);
    const answers = plantedMixedAnswers(300, 808);
    planted = answers.truth;
    ids = (await insertResponses(t, user, mixedSurvey, answers.answers)).ids;
    const items: SegmentItemsResponse = (await user.request({ method: 'GET', url: `${base()}/surveys/${mixedSurvey}/segment-items` })).json();
    expect(items.items.find((i) => i.key === 'recommend')).toMatchObject({ measures: ['categories', 'number'], defaultMeasure: 'number' });
    // recommend is a number by default; say so explicitly for one run and leave it out for the other.
    run = await runToEnd({ surveyId: mixedSurvey, items: ITEMS, maxK: 4, starts: 5, measures: { recommend: 'number' } });
    expect(run.status, run.error ?? '').toBe('done');
    const result = run.result!;
    expect(result.model).toBe('mixture');
    expect(result.numeric).toEqual(['recommend']);
    expect(result.models.map((m) => m.k)).toEqual([1, 2, 3, 4]);
    expect(result.best).toBe(2);
    expect(result.noStructure).toBe(false);
    expect(Math.min(...result.models.map((m) => m.bic))).toBe(result.models[1].bic);
    expect(result.models[0].entropy).toBeNull();
    expect(result.models[1].entropy!).toBeGreaterThan(0.8);
    const cards = result.models[1].segments;
    const high = cards.find((c) => c.traits.some((tr) => tr.kind === 'mean' && tr.lift > 0))!;
    expect(high, JSON.stringify(cards.map((c) => c.traits))).toBeDefined();
    expect(high.sentence.nl).toMatch(/gemiddeld \d+,\d bij 'Zou u ons aanbevelen' \(rest \d+,\d\)/);
    expect(high.sentence.nl).toContain("'Gezin met thuiswonende kinderen'");

    const byDefault = await runToEnd({ surveyId: mixedSurvey, items: ITEMS, maxK: 2, starts: 3 });
    expect(byDefault.result!.model).toBe('mixture');
    const asCategories = await runToEnd({ surveyId: mixedSurvey, items: ITEMS, maxK: 2, starts: 3, measures: { recommend: 'categories' } });
    expect(asCategories.result!.model).toBe('lca');
    expect(asCategories.result!.numeric).toEqual([]);
    expect(asCategories.result!.models[1].segments.flatMap((c) => c.traits).every((tr) => tr.kind === 'answer')).toBe(true);
  });

  it('saves the mixed model: every respondent gets a segment with its probability (ARI >= 0.9) and the cards keep the mean', async () => {
    const res = await user.request({ method: 'POST', url: `${base()}/segmentations`, payload: { runId: run.id, k: 2, name: 'Aanbevelers', language: 'en' } });
    expect(res.statusCode, res.body).toBe(201);
    const saved: Segmentation = res.json();
    expect(saved.respondents).toBe(300);
    expect(saved.numeric).toEqual(['recommend']);
    expect([...saved.items].sort()).toEqual([...ITEMS].sort());
    const rows = await t.app.db.selectFrom('segment_assignments').select(['response_id', 'segment', 'probability']).where('segmentation_id', '=', saved.id).execute();
    expect(rows).toHaveLength(300);
    const bySegment = new Map(rows.map((r) => [r.response_id, r]));
    expect(adjustedRandIndex(planted, ids.map((id) => bySegment.get(id)!.segment))).toBeGreaterThanOrEqual(0.9);
    for (const r of rows) {
      expect(r.probability).toBeGreaterThanOrEqual(0.5);
      expect(r.probability).toBeLessThanOrEqual(1);
    }
    const shown: Segmentation = (await user.request({ method: 'GET', url: `${base()}/segmentations/${saved.id}` })).json();
    expect(shown.segments.some((s) => s.traits.some((tr) => tr.kind === 'mean' && tr.item === 'recommend'))).toBe(true);
    expect(shown.segments.map((s) => s.sentence.en).join(' ')).toMatch(/on average \d+\.\d for 'Would you recommend us' \(rest \d+\.\d\)/);
    const csv = await user.request({ method: 'GET', url: `${base()}/segmentations/${saved.id}/export.csv` });
    expect(csv.body.split('\r\n')[0]).toContain('recommend');
  });

  it('refuses a number measure for a choice question and measures for items not picked', async () => {
    const res = await user.request({ method: 'POST', url: `${base()}/segmentation-runs`, payload: { surveyId: mixedSurvey, items: ['household', 'recommend'], measures: { household: 'number', age: 'categories' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: 'body.measures.household', reason: expect.stringContaining('only be used as categories') },
      { field: 'body.measures.age', reason: expect.stringContaining('not one of the items') },
    ]);
  });
});

describe('runs: validation and cancellation', () => {
  it('refuses items that are not categorical questions of the survey', async () => {
    const res = await user.request({ method: 'POST', url: `${base()}/segmentation-runs`, payload: { surveyId, items: ['household', 'remarks'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'body.items.1', reason: expect.stringContaining('remarks') }]);
    const unknownField = await user.request({ method: 'POST', url: `${base()}/segmentation-runs`, payload: { surveyId, items: ['household'], k: 3 } });
    expect(unknownField.statusCode).toBe(400);
  });

  it('cancels a running fit: the run ends cancelled without a result and cannot be saved', async () => {
    const started = await user.request({ method: 'POST', url: `${base()}/segmentation-runs`, payload: { surveyId, items: ['household', 'age', 'desired_type', 'price_range', 'garden'], maxK: 8, starts: 50 } });
    expect(started.statusCode).toBe(202);
    const id = started.json().id;
    const cancel = await user.request({ method: 'POST', url: `${base()}/segmentation-runs/${id}/cancel` });
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json()).toEqual({ id, status: 'cancelled' });
    await settleSegmentationRun(t.app.db, id);
    const run: SegmentationRun = (await user.request({ method: 'GET', url: `${base()}/segmentation-runs/${id}` })).json();
    expect(run.status).toBe('cancelled');
    expect(run.result).toBeNull();
    const save = await user.request({ method: 'POST', url: `${base()}/segmentations`, payload: { runId: id, k: 2, name: 'x' } });
    expect(save.statusCode).toBe(409);
  });
});

describe('a run interrupted by a server restart', () => {
  it('is reported as failed instead of running forever', async () => {
    const id = '0b7c9a52-3f0e-4c4e-9a51-4b8f3f3f0c11';
    await t.app.db.insertInto('segmentation_runs').values({ id, workspace_id: user.workspaceId, survey_id: surveyId, items: JSON.stringify(['household']), result: null, error: null, created_by: null, status: 'running' }).execute();
    const run: SegmentationRun = (await user.request({ method: 'GET', url: `${base()}/segmentation-runs/${id}` })).json();
    expect(run.status).toBe('failed');
    expect(run.error).toContain('interrupted');
  });
});
