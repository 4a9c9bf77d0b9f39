// Analysis benchmark: `npm run bench:analysis`. Generates 1,000,000 synthetic survey responses from a fixed
// seed and times the in-memory summary functions of src/analysis against a baseline loop (a plain sum over the
// same array) in the same process, so the ratios are comparable across machines.
// Structured as named sections: add a section (e.g. "postgres-sql-aggregates") to SECTIONS below; each section
// gets the same generated responses and returns its timed rows. Never run by `npm test`.
import { describeNumbers, weightedMean } from '../src/analysis/descriptives.ts';
import { answerDistribution } from '../src/analysis/distribution.ts';
import { netPromoterScore } from '../src/analysis/nps.ts';
import { crosstab } from '../src/analysis/crosstab.ts';

export const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
export const SEED = 20260101;
const REPEATS = 5;

/** The synthetic responses every section works on (one array per answer, one entry per response). */
export interface BenchResponses {
  n: number;
  /** NPS question, integers 0..10. */
  nps: number[];
  /** Rating question, integers 1..5. */
  rating: number[];
  /** Single-choice question with 5 options. */
  choice: string[];
  /** Segment (crosstab column), 4 values. */
  segment: string[];
  /** Respondent weights around 1. */
  weight: number[];
}

export interface BenchRow {
  name: string;
  /** Median of REPEATS timings, milliseconds. */
  ms: number;
  /** ms / baseline ms of the same section. */
  ratio: number;
  /** Millions of responses per second. */
  mPerSecond: number;
  /** A figure from the result, printed so the work cannot be optimised away and can be eyeballed. */
  check: string;
}

export interface BenchSection {
  name: string;
  run(data: BenchResponses): Promise<BenchRow[]>;
}

// mulberry32: tiny, fast, seedable; good enough for synthetic data (not for statistics).
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateResponses(n: number, seed: number): BenchResponses {
  const rand = mulberry32(seed);
  const options = ['heel goed', 'goed', 'neutraal', 'slecht', 'heel slecht'];
  const segments = ['A', 'B', 'C', 'D'];
  const npsCdf = [0.02, 0.04, 0.06, 0.08, 0.1, 0.14, 0.2, 0.32, 0.55, 0.78, 1];
  const data: BenchResponses = { n, nps: new Array(n), rating: new Array(n), choice: new Array(n), segment: new Array(n), weight: new Array(n) };
  for (let i = 0; i < n; i++) {
    const u = rand();
    let s = 0;
    while (npsCdf[s] < u) s++;
    data.nps[i] = s;
    data.rating[i] = 1 + Math.min(4, Math.floor(s / 2.2));
    data.choice[i] = options[Math.floor(rand() * 5)];
    data.segment[i] = segments[Math.floor(rand() * 4)];
    data.weight[i] = 0.5 + rand();
  }
  return data;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const runs: number[] = [];
  let value!: T;
  fn(); // warm-up
  for (let r = 0; r < REPEATS; r++) {
    const t0 = performance.now();
    value = fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(REPEATS / 2)], value };
}

const inMemory: BenchSection = {
  name: 'in-memory summaries (src/analysis)',
  async run(data) {
    const baseline = time(() => {
      let s = 0;
      for (let i = 0; i < data.nps.length; i++) s += data.nps[i];
      return s;
    });
    const rows: BenchRow[] = [];
    const add = (name: string, ms: number, check: string) =>
      rows.push({ name, ms, ratio: ms / baseline.ms, mPerSecond: data.n / 1e6 / (ms / 1000), check });
    add('baseline: plain sum of NPS scores', baseline.ms, `sum ${baseline.value}`);
    const nps = time(() => netPromoterScore(data.nps));
    add('netPromoterScore', nps.ms, `NPS ${nps.value.nps.toFixed(2)} ± ${nps.value.se.toFixed(3)}`);
    const npsW = time(() => netPromoterScore(data.nps, data.weight));
    add('netPromoterScore, weighted', npsW.ms, `NPS ${npsW.value.nps.toFixed(2)}, n_eff ${npsW.value.nEffective.toFixed(0)}`);
    const counts = time(() => answerDistribution(data.choice));
    add('answerDistribution (counts + Wilson CIs)', counts.ms, `first share ${counts.value.rows[0].share.toFixed(4)}`);
    const mean = time(() => weightedMean(data.rating));
    add('weightedMean (no weights)', mean.ms, `mean ${mean.value.toFixed(4)}`);
    const meanW = time(() => weightedMean(data.rating, data.weight));
    add('weightedMean, weighted', meanW.ms, `mean ${meanW.value.toFixed(4)}`);
    const desc = time(() => describeNumbers(data.rating));
    add('describeNumbers (mean, median, SD, CIs)', desc.ms, `median ${desc.value.median}`);
    const xt = time(() => crosstab(data.choice, data.segment));
    add('crosstab 5 x 4 with chi-square', xt.ms, `chi2 ${xt.value.chi2?.toFixed(2)}`);
    return rows;
  },
};

// ---- PostgreSQL summary ------------------------------------------------------------------------------------
// Run when DATABASE_URL is set: a fresh database on that server, RESPONSES generated responses inserted by one
// generate_series INSERT (its time includes the answer-count triggers), then the summary of every question through
// the app's own domain function, timed against `select count(*)` on the same responses: the default view from the
// incremental answer counts (survey_answer_counts), and the scan (a GROUP BY per question, 8 in parallel) that
// filters and weighting use; the two summaries are compared for equality.
const benchDefinition = {
  pages: [{
    name: 'p1',
    elements: [
      { type: 'rating', name: 'nps', title: 'Aanbevelen?', rateMin: 0, rateMax: 10 },
      { type: 'radiogroup', name: 'frequency', title: 'Hoe vaak?', choices: ['weekly', 'monthly', 'rarely'] },
      { type: 'dropdown', name: 'age', title: 'Leeftijd', choices: ['u35', '35-54', '55+'] },
      { type: 'radiogroup', name: 'household', title: 'Huishouden', choices: ['single', 'family'] },
      { type: 'checkbox', name: 'products', title: 'Producten', choices: ['bread', 'cake', 'coffee', 'pie'] },
      { type: 'rating', name: 'overall', title: 'Tevredenheid', rateMin: 1, rateMax: 5 },
      { type: 'rating', name: 'taste', title: 'Smaak', rateMin: 1, rateMax: 5 },
      { type: 'rating', name: 'price', title: 'Prijs', rateMin: 1, rateMax: 5 },
      { type: 'text', inputType: 'number', name: 'visits', title: 'Bezoeken per maand' },
      { type: 'comment', name: 'why', title: 'Waarom?' },
    ],
  }],
};

async function timeAsync<T>(fn: () => Promise<T>, repeats = 3): Promise<{ ms: number; value: T }> {
  const runs: number[] = [];
  let value = await fn(); // warm-up
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    value = await fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(repeats / 2)], value };
}

const postgresSummary: BenchSection = {
  name: 'PostgreSQL summary',
  async run() {
    const url = process.env.DATABASE_URL!;
    const { randomUUID, randomBytes } = await import('node:crypto');
    const pg = (await import('pg')).default;
    const { sql } = await import('kysely');
    const { openDatabase } = await import('../src/db/database.ts');
    const { migrateToLatest } = await import('../src/db/migrate.ts');
    const { summariseSurvey } = await import('../src/domain/analysis/summarise-survey.ts');
    const name = `kb_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const handle = await openDatabase({ databaseUrl: dbUrl.toString(), dataDir: 'unused' });
    const db = handle.db;
    try {
      await migrateToLatest(db);
      const workspaceId = randomUUID();
      const surveyId = randomUUID();
      await db.insertInto('workspaces').values({ id: workspaceId, name: 'Bench', slug: `bench-${name}` }).execute();
      await db.insertInto('surveys').values({ id: surveyId, workspace_id: workspaceId, slug: `bench-${name}`, name: 'Bench' }).execute();
      await db.insertInto('survey_versions').values({ workspace_id: workspaceId, survey_id: surveyId, version: 1, definition: JSON.stringify(benchDefinition) }).execute();
      const t0 = performance.now();
      await sql`select setseed(0.20260101)`.execute(db);
      await sql`
        insert into responses (id, workspace_id, survey_id, version, client_token, status, answers, channel, completed_at)
        select gen_random_uuid(), ${workspaceId}, ${surveyId}, 1, 'bench-' || g,
          case when random() < 0.95 then 'complete' else 'partial' end,
          jsonb_build_object(
            'nps', floor(random() * 11)::int,
            'frequency', (array['weekly', 'monthly', 'rarely'])[1 + floor(random() * 3)::int],
            'age', (array['u35', '35-54', '55+'])[1 + floor(random() * 3)::int],
            'household', (array['single', 'family'])[1 + floor(random() * 2)::int],
            'products', to_jsonb(array_remove(array[case when random() < 0.5 then 'bread' end, case when random() < 0.3 then 'cake' end,
                                                    case when random() < 0.4 then 'coffee' end, case when random() < 0.2 then 'pie' end], null)),
            'overall', 1 + floor(random() * 5)::int,
            'taste', 1 + floor(random() * 5)::int,
            'price', 1 + floor(random() * 5)::int,
            'visits', floor(random() * 12)::int,
            'why', case when random() < 0.3 then 'Lekker brood' end),
          (array['link', 'email', 'qr'])[1 + floor(random() * 3)::int],
          timestamptz '2026-01-01 00:00:00+00' + random() * interval '240 days'
        from generate_series(1, ${RESPONSES}) g`.execute(db);
      await sql`analyze responses`.execute(db);
      console.log(`\n(PostgreSQL: ${RESPONSES.toLocaleString('en')} responses inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s into ${name})`);
      const plan = await sql<{ 'QUERY PLAN': string }>`explain select count(*) from responses r where r.workspace_id = ${workspaceId} and r.survey_id = ${surveyId} and r.status = 'complete'`.execute(db);
      console.log(`count plan: ${plan.rows.map((r) => r['QUERY PLAN'].trim()).slice(0, 3).join(' | ')}`);
      const baseline = await timeAsync(async () => Number((await sql<{ n: number }>`select count(*) as n from responses r where r.workspace_id = ${workspaceId} and r.survey_id = ${surveyId} and r.status = 'complete'`.execute(db)).rows[0].n));
      // Default view: the incremental answer counts the triggers kept during the INSERT; scan: the GROUP BY per question.
      const counted = await timeAsync(async () => (await summariseSurvey(db, { workspaceId, surveyId }))!, 5);
      const summary = await timeAsync(async () => (await summariseSurvey(db, { workspaceId, surveyId, counting: 'scan' }))!);
      const filtered = await timeAsync(async () => (await summariseSurvey(db, { workspaceId, surveyId, filter: { channels: ['link', 'email'], answers: [{ question: 'age', values: ['u35'] }] } }))!);
      const { isDeepStrictEqual } = await import('node:util');
      const identical = isDeepStrictEqual(counted.value, summary.value);
      const counts = await sql<{ n: number }>`select count(*) as n from survey_answer_counts where survey_id = ${surveyId}`.execute(db);
      const nps = summary.value.questions[0].figures;
      const rows: BenchRow[] = [];
      const add = (label: string, ms: number, check: string) => rows.push({ name: label, ms, ratio: ms / baseline.ms, mPerSecond: RESPONSES / 1e6 / (ms / 1000), check });
      add('baseline: select count(*) (complete responses)', baseline.ms, `${(baseline.ms / 1000).toFixed(3)} s; count ${baseline.value}`);
      add(`summariseSurvey (answer counts), ${counted.value.questions.length} questions`, counted.ms, `${(counted.ms / 1000).toFixed(3)} s; ${counts.rows[0].n} count rows; identical to the scan: ${identical ? 'yes' : 'NO'}`);
      add(`summariseSurvey (scan), ${summary.value.questions.length} questions`, summary.ms, `${(summary.ms / 1000).toFixed(3)} s; NPS ${nps.type === 'nps' ? nps.nps?.nps.toFixed(2) : '?'} (n ${summary.value.base.filtered}); ${(summary.ms / counted.ms).toFixed(0)}x the answer counts`);
      add('summariseSurvey, channel + answer filter (scan)', filtered.ms, `${(filtered.ms / 1000).toFixed(3)} s; n ${filtered.value.base.filtered}`);
      return rows;
    } finally {
      await handle.close();
      // Without "with (force)": forcing would kill pool connections still closing and crash the process.
      for (let attempt = 0; ; attempt++) {
        try {
          await admin.query(`drop database if exists ${name}`);
          break;
        } catch (e) {
          if (attempt >= 20) throw e;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      await admin.end();
    }
  },
};

/** Sections in run order; a PostgreSQL SQL-aggregate section can be appended here. */
export const SECTIONS: BenchSection[] = [inMemory, ...(process.env.DATABASE_URL ? [postgresSummary] : [])];

async function main() {
  const t0 = performance.now();
  const data = generateResponses(RESPONSES, SEED);
  const genMs = performance.now() - t0;
  console.log(`klankbord analysis bench: ${RESPONSES.toLocaleString('en')} responses, seed ${SEED}, median of ${REPEATS} runs (generated in ${genMs.toFixed(0)} ms)`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
  const all: Record<string, BenchRow[]> = {};
  for (const section of SECTIONS) {
    const rows = await section.run(data);
    all[section.name] = rows;
    console.log(`\n## ${section.name}`);
    const w = Math.max(...rows.map((r) => r.name.length));
    console.log(`${'function'.padEnd(w)}  ${'ms'.padStart(9)}  ${'x baseline'.padStart(10)}  ${'M rows/s'.padStart(9)}  check`);
    for (const r of rows) {
      console.log(`${r.name.padEnd(w)}  ${r.ms.toFixed(2).padStart(9)}  ${r.ratio.toFixed(1).padStart(10)}  ${r.mPerSecond.toFixed(1).padStart(9)}  ${r.check}`);
    }
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify({ responses: RESPONSES, seed: SEED, sections: all }));
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench/analysis.ts')) {
  await main();
}
