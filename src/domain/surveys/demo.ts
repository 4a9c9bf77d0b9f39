import { randomUUID } from 'node:crypto';
import type { Random } from '../../analysis/random.ts';
import type { Db } from '../../db/database.ts';
import { registerDemoSeeder, type DemoContext } from '../demo/seed-demo.ts';
import { validateAnswers } from './answer-validation.ts';
import { createSurvey } from './create-survey.command.ts';
import { demoText } from './demo-answers.ts';
import { findTemplate } from './templates/index.ts';

/**
 * Demo surveys for "Bakkerij De Vries": an NPS survey (~400 responses with Dutch/English "why" texts
 * built from topic phrases), a housing-preferences survey (~300, with two planted groups: young
 * families wanting a ground-floor home with a garden under € 350k, and older couples wanting an
 * apartment near the centre), a CSAT survey (~150) and a draft co-creation survey. Seeded, spread over
 * the last six months, mostly Dutch, channels mixed. Every generated answer set passes validateAnswers.
 */
const DAY = 86_400_000;
const CHANNELS = ['link', 'embed', 'email'];
const CHANNEL_WEIGHTS = [0.55, 0.25, 0.2];

interface DemoResponse {
  answers: Record<string, unknown>;
  language: 'nl' | 'en';
  status?: 'partial' | 'complete';
}

function chance(random: Random, p: number) {
  return random.next() < p;
}

function pick<T>(random: Random, list: readonly T[], weights?: number[]): T {
  return list[weights ? random.categorical(weights) : random.int(list.length)];
}

async function seedSurvey(
  ctx: DemoContext,
  props: { name: string; template: Parameters<typeof findTemplate>[0]; slug: string; count: number; make: (i: number, language: 'nl' | 'en') => DemoResponse; startedDaysAgo: number },
) {
  const { db, random } = ctx;
  const definition = findTemplate(props.template).definition;
  const now = Date.now();
  const survey = await createSurvey(db, {
    workspaceId: ctx.workspaceId,
    name: props.name,
    template: props.template,
    createdBy: ctx.userId,
    slug: props.slug,
    status: 'open',
    createdAt: new Date(now - (props.startedDaysAgo + 3) * DAY),
  });
  const rows = [];
  for (let i = 0; i < props.count; i++) {
    const language = chance(random, 0.85) ? 'nl' : 'en';
    const r = props.make(i, language);
    const status = r.status ?? 'complete';
    const check = validateAnswers(definition, r.answers, { complete: status === 'complete' });
    if (check.problems.length) throw new Error(`demo ${props.template} response ${i} is invalid: ${JSON.stringify(check.problems)}`);
    // More responses right after launch, then a steady trickle.
    const daysAgo = props.startedDaysAgo * Math.pow(random.next(), 0.8);
    const completed = new Date(now - daysAgo * DAY - random.int(10 * 3600) * 1000);
    const started = new Date(completed.getTime() - (60 + random.int(600)) * 1000);
    rows.push({
      id: randomUUID(),
      workspace_id: ctx.workspaceId,
      survey_id: survey.id,
      version: 1,
      client_token: `demo-${props.slug}-${i}`,
      status,
      answers: JSON.stringify(check.answers),
      current_page: 0,
      channel: pick(random, CHANNELS, CHANNEL_WEIGHTS),
      language: r.language,
      metadata: '{}',
      started_at: started,
      updated_at: completed,
      completed_at: status === 'complete' ? completed : null,
    });
  }
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('responses').values(rows.slice(i, i + 200)).execute();
  ctx.log(`demo: survey "${props.name}" with ${rows.length} responses`);
  return survey;
}

function npsResponse(random: Random, i: number, language: 'nl' | 'en'): DemoResponse {
  const group = random.categorical([0.45, 0.3, 0.25]);
  const nps = group === 0 ? pick(random, [9, 10], [0.5, 0.5]) : group === 1 ? pick(random, [7, 8]) : pick(random, [0, 2, 3, 4, 5, 6], [0.05, 0.08, 0.12, 0.2, 0.25, 0.3]);
  const answers: Record<string, unknown> = { nps };
  if (chance(random, 0.85)) {
    const tone = nps >= 9 ? (chance(random, 0.85) ? 'good' : 'mixed') : nps >= 7 ? (chance(random, 0.7) ? 'mixed' : 'good') : chance(random, 0.8) ? 'bad' : 'mixed';
    answers[nps <= 6 ? 'why_low' : nps <= 8 ? 'why_mid' : 'why_high'] = demoText(random, language, tone).text;
  }
  // A few stop after the first page: partial responses are part of real data.
  if (chance(random, 0.05)) return { answers, language, status: 'partial' };
  answers.frequency = pick(random, ['weekly', 'monthly', 'sometimes', 'first'], nps >= 9 ? [0.5, 0.3, 0.15, 0.05] : [0.25, 0.3, 0.3, 0.15]);
  answers.contact_ok = chance(random, nps <= 6 ? 0.35 : 0.15);
  if (answers.contact_ok) answers.email = `klant${i + 1}@example.nl`;
  return { answers, language };
}

function housingResponse(random: Random, language: 'nl' | 'en'): DemoResponse {
  const group = random.categorical([0.4, 0.35, 0.25]);
  const fit = (p: number) => chance(random, p);
  let a: Record<string, unknown>;
  if (group === 0) {
    // Young families: a ground-floor home with a garden, under € 350k, near schools and greenery.
    a = {
      household: fit(0.85) ? 'family' : 'single_parent',
      age: fit(0.8) ? '30-44' : 'u30',
      current_home: pick(random, ['rent_apartment', 'rent_house', 'own_apartment'], [0.5, 0.35, 0.15]),
      current_satisfaction: pick(random, [1, 2, 3, 4], [0.15, 0.4, 0.35, 0.1]),
      desired_type: fit(0.75) ? 'ground_floor' : pick(random, ['terraced', 'semi_detached']),
      price_range: fit(0.85) ? pick(random, ['u250', '250-350'], [0.35, 0.65]) : '350-450',
      garden: fit(0.9),
      ground_floor: fit(0.8),
      location: ['schools', 'green', ...(fit(0.4) ? ['shops'] : []), ...(fit(0.15) ? ['transport'] : [])],
      importance: { parking: pick(random, [2, 3], [0.3, 0.7]), energy: pick(random, [2, 3]), space: pick(random, [2, 3], [0.15, 0.85]) },
    };
  } else if (group === 1) {
    // Older couples: an apartment near the centre, shops and care, a higher budget, no garden.
    a = {
      household: fit(0.85) ? 'couple' : 'single',
      age: fit(0.75) ? '65+' : '45-64',
      current_home: fit(0.8) ? 'own_house' : 'rent_house',
      current_satisfaction: pick(random, [2, 3, 4, 5], [0.15, 0.35, 0.35, 0.15]),
      desired_type: fit(0.85) ? 'apartment' : 'ground_floor',
      price_range: fit(0.8) ? pick(random, ['350-450', '450+'], [0.6, 0.4]) : 'rent',
      garden: fit(0.15),
      ground_floor: fit(0.65),
      location: ['centre', ...(fit(0.8) ? ['shops'] : []), ...(fit(0.6) ? ['care'] : []), ...(fit(0.3) ? ['transport'] : [])],
      importance: { parking: pick(random, [1, 2, 3]), energy: pick(random, [2, 3], [0.3, 0.7]), space: pick(random, [1, 2], [0.5, 0.5]) },
    };
  } else {
    const locs = ['centre', 'shops', 'schools', 'green', 'transport', 'care'].filter(() => fit(0.3));
    a = {
      household: pick(random, ['single', 'couple', 'family', 'single_parent', 'other']),
      age: pick(random, ['u30', '30-44', '45-64', '65+']),
      current_home: pick(random, ['rent_apartment', 'rent_house', 'own_apartment', 'own_house', 'with_parents']),
      current_satisfaction: 1 + random.int(5),
      desired_type: pick(random, ['terraced', 'semi_detached', 'apartment', 'ground_floor', 'detached']),
      price_range: pick(random, ['u250', '250-350', '350-450', '450+', 'rent']),
      garden: fit(0.5),
      ground_floor: fit(0.4),
      location: locs.length ? locs : ['transport'],
      importance: { parking: 1 + random.int(3), energy: 1 + random.int(3), space: 1 + random.int(3) },
    };
  }
  if (fit(0.2)) {
    a.remarks =
      language === 'nl'
        ? pick(random, ['Graag betaalbare woningen voor starters.', 'Er moet meer gebouwd worden voor ouderen in het dorp.', 'Een lift is voor ons belangrijk.', 'Veel groen en een speeltuin in de buurt.', 'Liefst dicht bij de bakker!'])
        : pick(random, ['Please build affordable homes for first-time buyers.', 'A lift matters to us.', 'Lots of greenery and a playground nearby.']);
  }
  return { answers: a, language };
}

function csatResponse(random: Random, language: 'nl' | 'en'): DemoResponse {
  const csat = pick(random, [1, 2, 3, 4, 5], [0.04, 0.08, 0.16, 0.4, 0.32]);
  const around = (base: number) => Math.max(1, Math.min(5, base + pick(random, [-1, 0, 0, 1])));
  const answers: Record<string, unknown> = {
    csat,
    aspects: { quality: around(csat), staff: around(csat), speed: around(csat - 1), price: around(csat - 1) },
  };
  if (csat <= 3 && chance(random, 0.8)) answers.improve = demoText(random, language, 'bad').text;
  answers.channel = pick(random, ['shop', 'web', 'phone'], [0.7, 0.25, 0.05]);
  if (chance(random, 0.15)) answers.remarks = demoText(random, language, csat >= 4 ? 'good' : 'mixed').text;
  return { answers, language };
}

async function seedSurveys(ctx: DemoContext) {
  const r = ctx.random;
  await seedSurvey(ctx, { name: 'Klanttevredenheid 2026 (NPS)', template: 'nps', slug: 'bakkerij-nps', count: 400, startedDaysAgo: 180, make: (i, lang) => npsResponse(r, i, lang) });
  await seedSurvey(ctx, { name: 'Woonwensen Nieuwbouw Bakkerswijk', template: 'housing-preferences', slug: 'woonwensen', count: 300, startedDaysAgo: 120, make: (_, lang) => housingResponse(r, lang) });
  await seedSurvey(ctx, { name: 'Hoe was uw bezoek? (CSAT)', template: 'csat', slug: 'bakkerij-csat', count: 150, startedDaysAgo: 90, make: (_, lang) => csatResponse(r, lang) });
  await createSurvey(ctx.db as Db, { workspaceId: ctx.workspaceId, name: 'Welk nieuw brood bakken we?', template: 'co-creation', createdBy: ctx.userId, slug: 'nieuw-brood' });
}

registerDemoSeeder({ name: 'surveys', seed: seedSurveys });
