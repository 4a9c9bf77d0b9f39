import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/domain/demo/seed-demo.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
  await migrateToLatest(h.db);
  await seedDemo(h.db);
});
afterAll(async () => h.close());

async function responses(slug: string) {
  return h.db
    .selectFrom('responses')
    .innerJoin('surveys', 'surveys.id', 'responses.survey_id')
    .select(['responses.answers', 'responses.status', 'responses.language', 'responses.channel', 'responses.completed_at'])
    .where('surveys.slug', '=', slug)
    .execute();
}

describe('survey demo data', () => {
  it('creates the NPS survey with ~400 responses, mostly Dutch, over six months, channels mixed', async () => {
    const rows = await responses('bakkerij-nps');
    expect(rows.length).toBe(400);
    const complete = rows.filter((r) => r.status === 'complete');
    expect(complete.length).toBeGreaterThan(360);
    const nl = rows.filter((r) => r.language === 'nl').length / rows.length;
    expect(nl).toBeGreaterThan(0.75);
    expect(nl).toBeLessThan(0.95);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(['link', 'embed', 'email']));
    const ages = complete.map((r) => (Date.now() - r.completed_at!.getTime()) / 86_400_000);
    expect(Math.max(...ages)).toBeGreaterThan(120);
    expect(Math.max(...ages)).toBeLessThan(185);
    const whys = rows.map((r) => r.answers.why_low ?? r.answers.why_mid ?? r.answers.why_high).filter(Boolean) as string[];
    expect(new Set(whys).size).toBeGreaterThan(150);
    // Detractors talk negatively: a low score goes with a "why_low" text, never a "why_high" one.
    expect(rows.every((r) => !(Number(r.answers.nps) <= 6 && r.answers.why_high))).toBe(true);
  });

  it('plants two groups in the housing survey', async () => {
    const rows = (await responses('woonwensen')).map((r) => r.answers);
    expect(rows.length).toBe(300);
    const families = rows.filter((a) => a.desired_type === 'ground_floor' && a.garden === true && ['u250', '250-350'].includes(String(a.price_range)));
    const seniors = rows.filter((a) => a.desired_type === 'apartment' && (a.location as string[]).includes('centre'));
    expect(families.length).toBeGreaterThan(60);
    expect(seniors.length).toBeGreaterThan(60);
    expect(families.filter((a) => a.household === 'family' || a.household === 'single_parent').length / families.length).toBeGreaterThan(0.8);
    expect(seniors.filter((a) => a.age === '65+' || a.age === '45-64').length / seniors.length).toBeGreaterThan(0.8);
  });

  it('creates the CSAT survey and a draft', async () => {
    expect((await responses('bakkerij-csat')).length).toBe(150);
    const draft = await h.db.selectFrom('surveys').select('status').where('slug', '=', 'nieuw-brood').executeTakeFirstOrThrow();
    expect(draft.status).toBe('draft');
  });
});
