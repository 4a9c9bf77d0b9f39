import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summariseQuestion, type QuestionAnswer, type QuestionType } from '../../src/analysis/question-summary.ts';
import { crosstab } from '../../src/analysis/crosstab.ts';
import { multiResponseCrosstab } from '../../src/analysis/multi-response-crosstab.ts';
import { compareGroups } from '../../src/analysis/group-tests.ts';
import { driverAnalysis } from '../../src/analysis/drivers.ts';
import { trend } from '../../src/analysis/trend.ts';
import { rake } from '../../src/analysis/weighting.ts';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';
import { createAnalysisSurvey, generateResponses, type GeneratedResponse } from './analysis-fixture.ts';

/**
 * The analysis routes on generated, demo-like data: every figure the database aggregation produces must equal
 * what src/analysis computes from the same respondents one by one (the library itself is tested against
 * published examples). Runs on PGlite and, with DATABASE_URL, on PostgreSQL.
 */

let t: TestApp;
let user: TestUser;
let surveyId: string;
const data = generateResponses(700);
const complete = data.filter((r) => r.status === 'complete');

const QUESTIONS: { name: string; type: QuestionType; options?: string[]; scale?: { min: number; max: number } }[] = [
  { name: 'nps', type: 'nps' },
  { name: 'frequency', type: 'choice', options: ['weekly', 'monthly', 'rarely'] },
  { name: 'age', type: 'choice', options: ['u35', '35-54', '55+'] },
  { name: 'household', type: 'choice', options: ['single', 'family'] },
  { name: 'products', type: 'multi', options: ['bread', 'cake', 'coffee', 'pie'] },
  { name: 'overall', type: 'rating', options: ['1', '2', '3', '4', '5'], scale: { min: 1, max: 5 } },
  { name: 'taste', type: 'rating', options: ['1', '2', '3', '4', '5'], scale: { min: 1, max: 5 } },
  { name: 'price', type: 'rating', options: ['1', '2', '3', '4', '5'], scale: { min: 1, max: 5 } },
  { name: 'visits', type: 'number' },
];

/** Equal within 1e-9 (relative) for numbers, exactly otherwise; the SQL path sums in another order. */
function expectSame(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    expect(Math.abs((actual as number) - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((e, i) => expectSame((actual as unknown[])[i], e, `${path}[${i}]`));
  } else if (expected && typeof expected === 'object') {
    for (const [k, v] of Object.entries(expected)) expectSame((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

function librarySummaries(rows: GeneratedResponse[], weights?: number[]) {
  return Object.fromEntries(
    QUESTIONS.map((q) => [q.name, summariseQuestion({ type: q.type, answers: rows.map((r) => r.answers[q.name] as QuestionAnswer), options: q.options, scale: q.scale, weights })]),
  );
}

const url = () => `/api/w/${user.workspaceId}/surveys/${surveyId}/analysis`;
const post = (path: string, payload: unknown) => user.request({ method: 'POST', url: `${url()}/${path}`, payload: payload as object });

beforeAll(async () => {
  t = await createTestApp();
  user = await signUpUser(t.app);
  surveyId = await createAnalysisSurvey(t.app, user, data);
}, 60_000);
afterAll(async () => t?.close());

describe('summary', () => {
  it('summarises every question from complete responses exactly as the library does', async () => {
    const res = await user.request({ method: 'GET', url: `${url()}/summary` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.base).toEqual({ complete: complete.length, filtered: complete.length, smallBase: false });
    expect(body.weighting).toBeNull();
    expect(body.channels).toEqual(['email', 'link', 'qr']);
    const expected = librarySummaries(complete);
    for (const q of QUESTIONS) {
      const got = body.questions.find((x: { question: { name: string } }) => x.question.name === q.name);
      expect(got.figures.type).toBe(q.type);
      expectSame(got.figures, expected[q.name], q.name);
    }
    const why = body.questions.find((x: { question: { name: string } }) => x.question.name === 'why');
    expect(why.figures).toMatchObject({ type: 'text', base: complete.filter((r) => r.answers.why).length });
    // a spot check of the shape the page shows: NPS with its groups, SE and CI
    const nps = body.questions[0].figures.nps;
    expect(nps.promoters + nps.passives + nps.detractors).toBeCloseTo(1, 12);
    expect(nps.ci95[0]).toBeLessThan(nps.nps);
  });

  it('applies date, channel and answer filters to every figure', async () => {
    const filter = { from: '2026-02-01', to: '2026-06-30', channels: ['link', 'email'], answers: [{ question: 'products', values: ['cake', 'pie'] }, { question: 'frequency', values: ['weekly', 'monthly'] }] };
    const rows = complete.filter((r) => {
      const products = r.answers.products as string[];
      return (
        r.completedAt >= new Date('2026-02-01T00:00:00Z') && r.completedAt < new Date('2026-07-01T00:00:00Z') && ['link', 'email'].includes(r.channel) &&
        (products.includes('cake') || products.includes('pie')) && ['weekly', 'monthly'].includes(r.answers.frequency as string)
      );
    });
    expect(rows.length).toBeGreaterThan(50);
    const res = await post('summary', { filter });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.base).toEqual({ complete: complete.length, filtered: rows.length, smallBase: false });
    const expected = librarySummaries(rows);
    for (const q of QUESTIONS) expectSame(body.questions.find((x: { question: { name: string } }) => x.question.name === q.name).figures, expected[q.name], q.name);
  });

  it("filters on a segment of the segments capability's assignments", async () => {
    const segmentationId = randomUUID();
    await t.app.db.insertInto('segmentations').values({ id: segmentationId, workspace_id: user.workspaceId, survey_id: surveyId, name: 'Test', items: JSON.stringify(['age']), k: 2, model: JSON.stringify({}), labels: JSON.stringify(['A', 'B']) }).execute();
    const responses = await t.app.db.selectFrom('responses').select(['id', 'answers', 'status']).where('survey_id', '=', surveyId).execute();
    await t.app.db.insertInto('segment_assignments').values(responses.map((r) => ({ workspace_id: user.workspaceId, segmentation_id: segmentationId, response_id: r.id, segment: (r.answers as { age?: string }).age === 'u35' ? 0 : 1, probability: 1 }))).execute();
    const res = await post('summary', { filter: { segment: { segmentationId, segment: 0 } } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().base.filtered).toBe(complete.filter((r) => r.answers.age === 'u35').length);
    const age = res.json().questions.find((x: { question: { name: string } }) => x.question.name === 'age').figures;
    expect(age.distribution.find((d: { value: string }) => d.value === 'u35').share).toBe(1);
  });

  it('marks small bases (n < 30) instead of hiding them', async () => {
    const res = await post('summary', { filter: { from: '2026-01-05', to: '2026-01-12', channels: ['qr'] } });
    const body = res.json();
    expect(body.base.filtered).toBeLessThan(30);
    expect(body.base.smallBase).toBe(true);
    const nps = body.questions.find((x: { question: { name: string } }) => x.question.name === 'nps').figures;
    expect(nps.smallBase).toBe(true);
    expect(nps.base).toBe(body.base.filtered);
  });

  it('rejects unknown filter fields and bad dates with 400', async () => {
    expect((await post('summary', { filter: { colour: 'red' } })).statusCode).toBe(400);
    expect((await post('summary', { filter: { from: 'yesterday' } })).statusCode).toBe(400);
    expect((await post('crosstab', { rowQuestion: 'nope', columnQuestion: 'age' })).statusCode).toBe(400);
  });
});

describe('crosstab', () => {
  it('gives the library crosstab and group tests on the same respondents', async () => {
    const res = await post('crosstab', { rowQuestion: 'frequency', columnQuestion: 'age' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const rows = complete.filter((r) => r.answers.frequency && r.answers.age);
    const frequency = rows.map((r) => String(r.answers.frequency));
    const age = rows.map((r) => String(r.answers.age));
    // rows and columns in the survey's answer order, not sorted
    expect(body.table.rows).toEqual(['weekly', 'monthly', 'rarely']);
    expect(body.table.cols).toEqual(['u35', '35-54', '55+']);
    expect(body.table.multi).toBe(false);
    expect(body.table.chiSquareOmitted).toBeNull();
    expectSame(body.table, crosstab(frequency, age, undefined, { rows: ['weekly', 'monthly', 'rarely'], cols: ['u35', '35-54', '55+'] }));
    // the same cells, chi-square and p as the sorted table, permuted
    const sorted = crosstab(frequency, age);
    expect(sorted.rows).toEqual(['monthly', 'rarely', 'weekly']);
    expect(sorted.cols).toEqual(['35-54', '55+', 'u35']);
    const rowAt = [2, 0, 1];
    const colAt = [2, 0, 1];
    expectSame(body.table.counts, rowAt.map((i) => colAt.map((j) => sorted.counts[i][j])));
    expectSame(body.table.chi2, sorted.chi2);
    expectSame(body.table.p, sorted.p);
    expect(body.table.columnLetters).toEqual(['A', 'B', 'C']);
    expect(body.table.df).toBe(4);
    expect(body.groupTests).toEqual([]);

    const numeric = await post('crosstab', { rowQuestion: 'overall', columnQuestion: 'household' });
    const nb = numeric.json();
    // groups in the survey's answer order: single before family
    const both = [...complete.filter((r) => r.answers.household === 'single'), ...complete.filter((r) => r.answers.household === 'family')];
    const c = compareGroups(both.map((r) => Number(r.answers.overall)), both.map((r) => String(r.answers.household)));
    expect(nb.groupTests).toHaveLength(1);
    expect(nb.groupTests[0].parametric.test).toBe('welch-t');
    expect(c.parametric.test).toBe('welch-t');
    if (c.parametric.test === 'welch-t' && c.rank.test === 'mann-whitney') {
      expect(nb.groupTests[0].parametric.statistic).toBeCloseTo(c.parametric.result.t, 9);
      expect(nb.groupTests[0].parametric.p).toBeCloseTo(c.parametric.result.p, 9);
      expect(nb.groupTests[0].parametric.effectSize).toBeCloseTo(c.parametric.result.hedgesG, 9);
      expect(nb.groupTests[0].rank.statistic).toBeCloseTo(c.rank.result.u, 6);
      expect(nb.groupTests[0].rank.p).toBeCloseTo(c.rank.result.p, 9);
    }
    const three = (await post('crosstab', { rowQuestion: 'age', columnQuestion: 'nps' })).json();
    expect(three.groupTests[0].parametric.test).toBe('anova');
    expect(three.groupTests[0].rank.test).toBe('kruskal-wallis');
  });

  it('crosses a multiple-choice question: respondents in every option chosen, no chi-square, column-versus-rest tests', async () => {
    const answered = complete.filter((r) => (r.answers.products as string[]).length > 0 && r.answers.age);
    const products = answered.map((r) => r.answers.products as string[]);
    const age = answered.map((r) => [String(r.answers.age)]);
    const order = { rows: ['bread', 'cake', 'coffee', 'pie'], cols: ['u35', '35-54', '55+'] };
    // the API table carries the library's figures (not its internal overlapping/weightedN fields)
    const library = (...args: Parameters<typeof multiResponseCrosstab>) => {
      const { overlapping: _overlapping, weightedN: _weightedN, ...figures } = multiResponseCrosstab(...args);
      return figures;
    };

    const res = await post('crosstab', { rowQuestion: 'products', columnQuestion: 'age' });
    expect(res.statusCode, res.body).toBe(200);
    const table = res.json().table;
    expect(table.multi).toBe(true);
    expect(table.rows).toEqual(['bread', 'cake', 'coffee', 'pie']);
    expect(table.n).toBe(answered.length); // base: respondents who answered the question
    expect(table.chi2).toBeNull();
    expect(table.p).toBeNull();
    expect(table.expected).toBeNull();
    expect(table.chiSquareOmitted).toBe('overlapping-categories');
    expectSame(table, library(products, age, undefined, order));
    // a column's percentages sum over 100: people buy more than one product
    expect(table.colPercents.reduce((s: number, r: number[]) => s + r[0], 0)).toBeGreaterThan(100);
    expect(table.counts[0][0]).toBe(answered.filter((r) => (r.answers.products as string[]).includes('bread') && r.answers.age === 'u35').length);

    const flipped = (await post('crosstab', { rowQuestion: 'age', columnQuestion: 'products' })).json().table;
    expectSame(flipped, library(age, products, undefined, { rows: order.cols, cols: order.rows }));
    expect(flipped.restTests).toHaveLength(3);
    expect(flipped.restTests[0]).toHaveLength(4);

    const numeric = (await post('crosstab', { rowQuestion: 'products', columnQuestion: 'visits' })).json();
    expect(numeric.table).toBeNull();
    expect(numeric.groupTests).toEqual([]);
    expect(numeric.notes.join(' ')).toMatch(/multiple-choice/);
  });
});

describe('drivers and trend', () => {
  it('gives the library Shapley importance and quadrants', async () => {
    const res = await post('drivers', { outcome: 'overall', attributes: ['taste', 'price', 'visits'] });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const rows = complete.filter((r) => ['overall', 'taste', 'price', 'visits'].every((k) => r.answers[k] !== undefined));
    const lib = driverAnalysis(rows.map((r) => Number(r.answers.overall)), Object.fromEntries(['taste', 'price', 'visits'].map((k) => [k, rows.map((r) => Number(r.answers[k]))])));
    expect(body.n).toBe(rows.length);
    expect(body.r2).toBeCloseTo(lib.r2, 9);
    for (const a of body.attributes) expect(a.importance).toBeCloseTo(lib.importance[a.question.name], 9);
    const taste = body.attributes.find((a: { question: { name: string } }) => a.question.name === 'taste');
    expect(taste.importance).toBeGreaterThan(0.4); // taste drives overall satisfaction in the generated data
    expect(taste.performance).toBeCloseTo(rows.reduce((s, r) => s + Number(r.answers.taste), 0) / rows.length, 9);
  });

  it('gives the library NPS trend per month and per week', async () => {
    for (const period of ['month', 'week'] as const) {
      const res = await post('trend', { period });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      const lib = trend(complete.map((r) => r.completedAt), complete.map((r) => Number(r.answers.nps)), { period, statistic: 'nps' });
      expect(body.statistic).toBe('nps');
      expectSame(body.points, lib);
    }
  });
});

describe('weighting', () => {
  const margins = { age: { u35: 30, '35-54': 35, '55+': 35 }, household: { single: 40, family: 60 } };

  it('stores margins, reports design effect and uses the weights in every estimate', async () => {
    const put = await user.request({ method: 'PUT', url: `${url()}/weighting`, payload: { margins, trim: null } });
    expect(put.statusCode, put.body).toBe(200);
    const report = put.json();
    const lib = rake(
      { age: complete.map((r) => String(r.answers.age)), household: complete.map((r) => String(r.answers.household)) },
      { age: { u35: 0.3, '35-54': 0.35, '55+': 0.35 }, household: { single: 0.4, family: 0.6 } },
    );
    expect(report.result.designEffect).toBeCloseTo(lib.designEffect, 9);
    expect(report.result.effectiveN).toBeCloseTo(lib.effectiveN, 6);
    expect(report.result.minWeight).toBeCloseTo(lib.minWeight, 9);
    expect(report.result.maxWeight).toBeCloseTo(lib.maxWeight, 9);
    expect(report.result.converged).toBe(true);
    for (const m of report.result.margins) expect(m.weighted).toBeCloseTo(m.target, 5);

    const summary = (await user.request({ method: 'GET', url: `${url()}/summary` })).json();
    expect(summary.weighting.designEffect).toBeCloseTo(lib.designEffect, 9);
    const expected = librarySummaries(complete, lib.weights);
    for (const q of QUESTIONS) {
      // weights per cell agree with raking respondent by respondent to about 1e-7 (raking tolerance 1e-6)
      const got = summary.questions.find((x: { question: { name: string } }) => x.question.name === q.name).figures;
      expect(got.nEffective).toBeCloseTo(expected[q.name].nEffective, 4);
    }
    const nps = summary.questions[0].figures.nps;
    const libNps = expected.nps.type === 'nps' ? expected.nps.nps! : null;
    expect(nps.nps).toBeCloseTo(libNps!.nps, 5);
    expect(nps.ci95[0]).toBeCloseTo(libNps!.ci95[0], 5);

    const unweighted = (await post('summary', { weighted: false })).json();
    expect(unweighted.weighting).toBeNull();
    expect(unweighted.questions[0].figures.nps.nps).not.toBeCloseTo(nps.nps, 5);

    // a weighted multiple-choice crosstab: weighted respondents per option, effective bases in the rest tests
    const multi = (await post('crosstab', { rowQuestion: 'products', columnQuestion: 'household' })).json();
    expect(multi.weighting).not.toBeNull();
    const keep = complete.map((r) => (r.answers.products as string[]).length > 0);
    const libMulti = multiResponseCrosstab(
      complete.filter((_, i) => keep[i]).map((r) => r.answers.products as string[]),
      complete.filter((_, i) => keep[i]).map((r) => [String(r.answers.household)]),
      lib.weights.filter((_, i) => keep[i]), { rows: ['bread', 'cake', 'coffee', 'pie'], cols: ['single', 'family'] },
    );
    expect(multi.table.cols).toEqual(['single', 'family']);
    multi.table.colPercents.forEach((row: number[], i: number) => row.forEach((v, j) => expect(v).toBeCloseTo(libMulti.colPercents[i][j], 4)));
    expect(multi.table.nEffective).toBeCloseTo(libMulti.nEffective, 4);
    multi.table.restTests.forEach((row: { z: number }[], i: number) => row.forEach((c, j) => expect(c.z).toBeCloseTo(libMulti.restTests[i][j].z!, 4)));

    const trimmed = await user.request({ method: 'PUT', url: `${url()}/weighting`, payload: { margins, trim: [0.8, 1.2] } });
    expect(trimmed.statusCode, trimmed.body).toBe(200);
    expect(trimmed.json().result.maxWeight).toBeLessThanOrEqual(1.2 + 1e-9);
    expect(trimmed.json().result.minWeight).toBeGreaterThanOrEqual(0.8 - 1e-9);
  });

  it('refuses margins that do not fit the survey', async () => {
    expect((await user.request({ method: 'PUT', url: `${url()}/weighting`, payload: { margins: { age: { u35: 50, '35-54': 20 } } } })).statusCode).toBe(400);
    expect((await user.request({ method: 'PUT', url: `${url()}/weighting`, payload: { margins: { nps: { '1': 100 } } } })).statusCode).toBe(400);
    const missing = await user.request({ method: 'PUT', url: `${url()}/weighting`, payload: { margins: { age: { u35: 30, '35-54': 30, '55+': 30, '80+': 10 } } } });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.message).toMatch(/80\+/);
  });

  it('removes the weighting', async () => {
    expect((await user.request({ method: 'DELETE', url: `${url()}/weighting` })).statusCode).toBe(200);
    expect((await user.request({ method: 'GET', url: `${url()}/weighting` })).json().setup).toBeNull();
    expect((await user.request({ method: 'GET', url: `${url()}/summary` })).json().weighting).toBeNull();
  });
});

describe('workspace isolation', () => {
  it("answers 404 for another workspace's survey", async () => {
    const other = await signUpUser(t.app);
    const res = await other.request({ method: 'POST', url: `/api/w/${other.workspaceId}/surveys/${surveyId}/analysis/summary`, payload: {} });
    expect(res.statusCode).toBe(404);
  });
});
