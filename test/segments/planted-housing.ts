import { randomUUID } from 'node:crypto';
import { createRandom, type Random } from '../../src/analysis/random.ts';
import type { TestApp, TestUser } from '../support/test-app.ts';

/**
 * Housing-preferences answers with planted groups, for the segment tests. Group 0: young families
 * who want a ground-floor home with a garden under € 350k, near schools; group 1: older couples who
 * want an apartment near the centre, no garden. With `structure: false` every answer is drawn
 * independently of everything else (no groups at all).
 */
export function plantedHousingAnswers(count: number, seed: number, opts: { structure?: boolean } = {}): { answers: Record<string, unknown>[]; truth: number[] } {
  const random = createRandom(seed);
  const answers: Record<string, unknown>[] = [];
  const truth: number[] = [];
  const pick = <T,>(list: readonly T[], weights?: number[]) => list[weights ? random.categorical(weights) : random.int(list.length)];
  const fit = (p: number) => random.next() < p;
  for (let i = 0; i < count; i++) {
    if (opts.structure === false) {
      truth.push(0);
      answers.push(noise(random, pick, fit));
      continue;
    }
    const group = random.categorical([0.55, 0.45]);
    truth.push(group);
    if (group === 0) {
      answers.push({
        household: fit(0.85) ? 'family' : pick(['single_parent', 'couple']),
        age: fit(0.8) ? '30-44' : 'u30',
        current_satisfaction: pick([1, 2, 3, 4], [0.15, 0.4, 0.35, 0.1]),
        desired_type: fit(0.8) ? 'ground_floor' : pick(['terraced', 'semi_detached']),
        price_range: fit(0.85) ? pick(['u250', '250-350'], [0.35, 0.65]) : '350-450',
        garden: fit(0.9),
        ground_floor: fit(0.6),
        location: ['schools', ...(fit(0.6) ? ['green'] : [])],
        recommend: pick([6, 7, 8, 9, 10], [0.1, 0.2, 0.3, 0.2, 0.2]),
      });
    } else {
      answers.push({
        household: fit(0.85) ? 'couple' : 'single',
        age: fit(0.8) ? '65+' : '45-64',
        current_satisfaction: pick([2, 3, 4, 5], [0.15, 0.35, 0.35, 0.15]),
        desired_type: fit(0.85) ? 'apartment' : 'ground_floor',
        price_range: fit(0.8) ? pick(['350-450', '450+'], [0.6, 0.4]) : 'rent',
        garden: fit(0.1),
        ground_floor: fit(0.7),
        location: ['centre', ...(fit(0.7) ? ['shops'] : [])],
        recommend: pick([3, 5, 7, 9, 10], [0.2, 0.2, 0.2, 0.2, 0.2]),
      });
    }
  }
  return { answers, truth };
}

function noise(random: Random, pick: <T>(list: readonly T[], weights?: number[]) => T, fit: (p: number) => boolean): Record<string, unknown> {
  return {
    household: pick(['single', 'couple', 'family', 'single_parent', 'other']),
    age: pick(['u30', '30-44', '45-64', '65+']),
    current_satisfaction: 1 + random.int(5),
    desired_type: pick(['terraced', 'semi_detached', 'apartment', 'ground_floor', 'detached']),
    price_range: pick(['u250', '250-350', '350-450', '450+', 'rent']),
    garden: fit(0.5),
    ground_floor: fit(0.5),
    location: [pick(['centre', 'shops', 'schools', 'green', 'transport', 'care'])],
    recommend: random.int(11),
  };
}

/** The housing template plus a 0–10 recommendation question, so segments can be compared on NPS. */
export async function createHousingSurvey(user: TestUser, t: TestApp): Promise<string> {
  const res = await user.request({ method: 'POST', url: `/api/w/${user.workspaceId}/surveys`, payload: { name: 'Woonwensen', template: 'housing-preferences' } });
  if (res.statusCode !== 201) throw new Error(`survey create failed ${res.statusCode}: ${res.body}`);
  const surveyId: string = res.json().id;
  const version = await t.app.db.selectFrom('survey_versions').select('definition').where('survey_id', '=', surveyId).where('version', '=', 1).executeTakeFirstOrThrow();
  const definition = structuredClone(version.definition) as { pages: { elements: unknown[] }[] };
  definition.pages[0].elements.push({ type: 'rating', name: 'recommend', title: { nl: 'Zou u ons aanbevelen?', en: 'Would you recommend us?' }, rateMin: 0, rateMax: 10 });
  await t.app.db.updateTable('survey_versions').set({ definition: JSON.stringify(definition) }).where('survey_id', '=', surveyId).where('version', '=', 1).execute();
  return surveyId;
}

/** Stores complete responses (oldest first, in the given order); customers for every `customerEvery`-th response. Returns the response ids. */
export async function insertResponses(t: TestApp, user: TestUser, surveyId: string, answers: Record<string, unknown>[], opts: { customerEvery?: number } = {}): Promise<{ ids: string[]; customers: Map<number, string> }> {
  const ids: string[] = [];
  const customers = new Map<number, string>();
  const start = Date.UTC(2026, 0, 1);
  const rows = [];
  for (let i = 0; i < answers.length; i++) {
    const id = randomUUID();
    ids.push(id);
    let customerId: string | null = null;
    if (opts.customerEvery && i % opts.customerEvery === 0) {
      customerId = randomUUID();
      customers.set(i, customerId);
      await t.app.db.insertInto('customers').values({ id: customerId, workspace_id: user.workspaceId, email: `r${i}-${customerId.slice(0, 6)}@example.org`, name: null, attributes: JSON.stringify({ plan: 'basic' }), locale: 'nl', unsubscribed_at: null }).execute();
    }
    rows.push({
      id,
      workspace_id: user.workspaceId,
      survey_id: surveyId,
      version: 1,
      client_token: randomUUID(),
      status: 'complete' as const,
      answers: JSON.stringify(answers[i]),
      customer_id: customerId,
      invitation_id: null,
      respondent_key: null,
      language: 'nl',
      metadata: '{}',
      completed_at: new Date(start + i * 60_000),
    });
  }
  for (let i = 0; i < rows.length; i += 500) await t.app.db.insertInto('responses').values(rows.slice(i, i + 500)).execute();
  return { ids, customers };
}

/**
 * Answers with two planted groups that differ mainly on the 0–10 recommendation (a number) and on
 * household (categorical); age, desired type and garden are drawn alike in both groups. Group 0
 * (55%): families who recommend highly (mostly 8–10); group 1: couples around 3–6.
 */
export function plantedMixedAnswers(count: number, seed: number): { answers: Record<string, unknown>[]; truth: number[] } {
  const random = createRandom(seed);
  const answers: Record<string, unknown>[] = [];
  const truth: number[] = [];
  const pick = <T,>(list: readonly T[], weights?: number[]) => list[weights ? random.categorical(weights) : random.int(list.length)];
  for (let i = 0; i < count; i++) {
    const group = random.categorical([0.55, 0.45]);
    truth.push(group);
    answers.push({
      household: group === 0 ? pick(['family', 'couple', 'single'], [0.8, 0.1, 0.1]) : pick(['family', 'couple', 'single'], [0.1, 0.75, 0.15]),
      recommend: group === 0 ? pick([7, 8, 9, 10], [0.1, 0.3, 0.35, 0.25]) : pick([2, 3, 4, 5, 6], [0.1, 0.2, 0.3, 0.25, 0.15]),
      age: pick(['u30', '30-44', '45-64', '65+']),
      desired_type: pick(['terraced', 'apartment', 'ground_floor']),
      garden: random.next() < 0.5,
    });
  }
  return { answers, truth };
}
